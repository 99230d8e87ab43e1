"""English pages about a province (round 11, helper een): classes of miss found on real English pages
labelled outside the repository. The texts are written for the tests with other facts and names; each
fix test fails without its fix, each guard says what must not change.
"""

from __future__ import annotations



# --- earlier occasions recalled "in the past," are not this act's sides ------------------------------------

def test_deals_signed_in_the_past_are_not_partners_of_todays_signing(tagger):
    text = ("Yunnan's commerce department put its name on memoranda with chambers of commerce of Spain and "
            "Italy on Tuesday in Kunming. "
            "As the bureau put it, in the past, like accords were signed with trade bodies from Chile, Peru "
            "and Mexico.")
    r = tagger.tag(text, date="2021-03-03")
    assert [sorted(e.partners) for e in r.engagements] == [["ESP", "ITA"]]


def test_in_the_past_week_is_no_look_back(tagger):  # guard: a recent act is still this act
    text = ("In the past week, a Guizhou delegation signed agreements with two Kenyan counties in Nairobi.")
    r = tagger.tag(text, date="2022-06-10")
    assert r.engagement == "cooperation_project" and r.engagements[0].partners == ["KEN"]


# --- a letter of intent is a document signed, not a letter sent -------------------------------------------

def test_a_letter_of_intent_signed_at_a_meeting_is_not_remote(tagger):
    text = ("Jiangxi vice governor meets visiting Bavarian delegation\n\n"
            "Vice Governor Zhao Ming of Jiangxi Province met a delegation of the Upper Franconia district of "
            "Germany on May 12. The two sides signed a letter of intent on vocational training cooperation.")
    r = tagger.tag(text, date="2019-05-14")
    assert r.engagements and r.engagements[0].direction != "remote"


def test_a_letter_sent_is_still_remote(tagger):  # guard
    text = ("Governor of Hunan Province sent a letter to the Governor of Saxony on March 4, congratulating "
            "the state on the 30th anniversary of sister-province ties.")
    r = tagger.tag(text, date="2023-03-05")
    assert r.engagements and r.engagements[0].direction == "remote"


# --- a foreign national leader as the subject of a meeting verb hosts it ------------------------------------

def test_a_foreign_deputy_prime_minister_who_held_talks_hosted_them(tagger):
    text = ("First Deputy Prime Minister of Kyrgyzstan Adylbek Kasymaliev held a meeting with Chen Quanguo, "
            "Secretary of the Party Committee of the Xinjiang Uygur Autonomous Region, on Thursday.")
    r = tagger.tag(text, date="2015-09-04")
    assert [(e.direction, e.venue) for e in r.engagements] == [("outbound", "KGZ")]


def test_a_president_who_meets_a_regional_chairman_hosts_him(tagger):
    text = ("President Battulga Meets with the Chairman of the Inner Mongolian Government\n\n"
            "President of Mongolia Khaltmaa Battulga met with Bu Xiaolin, Chairwoman of the Inner Mongolia "
            "Autonomous Region, on Friday.")
    r = tagger.tag(text, date="2018-06-09")
    assert r.engagements and r.engagements[0].direction == "outbound"


def test_a_foreign_minister_met_in_a_named_chinese_city_is_inbound(tagger):  # guard: the venue first
    text = ("Thai Deputy Prime Minister Somkid Jatusripitak met with Lu Xinshe, Secretary of the Guangxi "
            "Party Committee, in Nanning on Tuesday.")
    r = tagger.tag(text, date="2018-09-12")
    assert [(e.direction, e.venue) for e in r.engagements] == [("inbound", "CN-GX")]


def test_a_provincial_leader_who_met_a_minister_keeps_the_default(tagger):  # guard: the Chinese side as subject
    text = ("Lu Xinshe, Secretary of the Guangxi Party Committee, met with Thai Deputy Prime Minister Somkid "
            "Jatusripitak on Tuesday.")
    r = tagger.tag(text, date="2018-09-12")
    assert r.engagements and r.engagements[0].direction == "inbound"


# --- China's own national bodies meeting a province's leaders: rule 5 ----------------------------------------

def test_cpaffc_meeting_a_vice_governor_is_domestic_coordination(tagger):
    text = ("Lin Song of the CPAFFC, the national body for people-to-people ties, "
            "met on March 14 with a Guizhou Province group headed by Vice Governor Zhou Ping. Sister-city work and "
            "youth programmes were the topics.")
    r = tagger.tag(text, date="2022-03-15")
    assert r.engagement == "domestic_coordination"
    assert [(e.direction, e.counterpart) for e in r.engagements] == [("domestic", None)]


def test_cpaffc_with_a_foreign_ambassador_stays_a_meeting(tagger):  # guard: a foreign party in words
    text = ("On March 14, the CPAFFC President and the Vice Governor of Guizhou Province met with the Ambassador "
            "of Chile at the CPAFFC.")
    r = tagger.tag(text, date="2022-03-15")
    assert r.engagement == "high_level_meeting"


# --- "since we established …" looks back: no signing on this trip ------------------------------------------

def test_ties_established_since_are_no_signing_on_the_trip(tagger):
    text = ("Harbin Delegation Visits Irkutsk\n\n"
            "A Harbin city delegation arrived in Irkutsk on June 3, 2019, on the regional government's invitation, "
            "and had talks with its head of external relations. During the meeting, the host greeted the guests, "
            "adding, \u201cIt is good to see the progress made since we established friendship city relations.\u201d")
    r = tagger.tag(text, date="2019-06-05")
    assert r.engagement == "delegation_visit"


def test_a_sister_city_agreement_signed_on_the_trip_still_counts(tagger):  # guard: rule 4
    text = ("Harbin Delegation Visits Irkutsk\n\n"
            "A Harbin city delegation reached Irkutsk on June 3, 2019. The two cities signed an agreement "
            "establishing sister city relations during the visit.")
    r = tagger.tag(text, date="2019-06-05")
    assert r.engagement == "cooperation_project"


# --- rule 8: the host's welcome and "during their official meeting" in foreign press ------------------------

def test_a_chief_ministers_call_with_a_welcome_and_a_meeting_is_a_meeting(tagger):
    text = ("On Monday the Sindh Chief Minister paid a visit to the Provincial Government Office in Kunming as part "
            "of a week-long trip.\n\n"
            "Governor Wang Yubo extended a warm welcome to the guests from Karachi.\n\n"
            "Farm trade and tourism were on the agenda during their official meeting.")
    r = tagger.tag(text, date="2023-11-02")
    assert r.engagement == "high_level_meeting"


def test_a_visit_to_a_provinces_factories_without_a_meeting_stays_a_visit(tagger):  # guard
    text = ("On Monday the Sindh Chief Minister paid a visit to the Provincial Government Office in Kunming as part "
            "of a week-long trip.\n\nThe guests from Karachi toured two tea factories and a flower market.")
    r = tagger.tag(text, date="2023-11-02")
    assert r.engagement == "delegation_visit"
