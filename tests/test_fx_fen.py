"""English bilateral coverage on shapes seen on unseen real pages (round 12, helper fen): foreign envoys named
by post after the act, a list of envoys' countries, "called on X to …" (an urging, no call), a visitor's warm
welcome, "During official meetings" as the meeting of a visit (rule 8), a trip and its signing told in two
paragraphs (rule 4). Sentences written for these tests (facts only)."""

from __future__ import annotations

import pytest

from pipeline.engagement.act_patterns import ACT_EN
from pipeline.engagement.lead import MEETING
from pipeline.engagement.meet_en import envoy_country, envoy_mentions
from pipeline.schemas import Mention


def _country(text: str, word: str, code: str) -> Mention:
    i = text.index(word)
    return Mention(start=i, end=i + len(word), text=word, label="country", code=code, entry=f"country.{code}.test")


@pytest.mark.parametrize("text,word,code,expected", [
    ("The Ambassador of Peru to China attended.", "Peru", "PER", True),
    ("A counsellor from the Kenyan Republic's embassy, the Embassy of Kenya, spoke.", "Kenya", "KEN", True),
    ("Minister at the Embassy of Austria in China joined them.", "Austria", "AUT", True),
    ("Chile's ambassador to China was present.", "Chile", "CHL", True),
    ("The Zambian Consul General in Shanghai took part.", "Zambian", "ZMB", True),
    # China's own envoy named by the country he is posted to: no foreign envoy
    ("The Chinese Ambassador to Peru greeted the delegation.", "Peru", "PER", False),
    ("The Ambassador of China to Peru greeted the delegation.", "Peru", "PER", False),
    ("Trade with Peru rose last year.", "Peru", "PER", False),
])
def test_envoy_country(text, word, code, expected):
    assert envoy_country(text, _country(text, word, code)) is expected


def test_envoy_list_continues():
    t = "The Omani Ambassador to China Salim Ahmed, as well as Jordan, Qatar and Kuwait, attended."
    ms = [_country(t, w, c) for w, c in (("Omani", "OMN"), ("Jordan", "JOR"), ("Qatar", "QAT"), ("Kuwait", "KWT"))]
    assert [m.code for m in envoy_mentions(t, ms)] == ["OMN", "JOR", "QAT", "KWT"]


def test_envoys_listed_after_a_meeting_are_its_partners(tagger):
    t = ("On May 6, Jiangxi Governor Ye Jianchun met with the envoys of several Latin American countries in Nanchang. "
         "The Peruvian Ambassador to China, the Chilean Ambassador to China and the Consul General of Colombia in "
         "Shanghai were among the guests. They toured a photovoltaic plant the next day.")
    r = tagger.tag(t, date="2024-05-08")
    assert r.engagements[0].category == "high_level_meeting"
    assert {"PER", "CHL", "COL"} <= set(r.engagements[0].partners)
    assert {"PER", "CHL", "COL"} <= set(r.partners)


def test_envoy_quoted_on_a_tour_is_a_partner(tagger):
    t = ("HEFEI, June 12 (Xinhua) -- A group of foreign diplomats wrapped up a three-day tour of Anhui Province on "
         "Tuesday, visiting car factories and a quantum lab. The province offers a lot for Nordic firms, said the "
         "Ambassador of Finland to China, who joined the tour. Nigeria's Consul General in Shanghai praised the "
         "province's universities.")
    r = tagger.tag(t, date="2024-06-12")
    assert {"FIN", "NGA"} <= set(r.engagements[0].partners)


@pytest.mark.parametrize("sentence,meeting", [
    ("The President called on Guizhou Province to expand trade with his country.", False),
    ("The Governor called on the Prime Minister in Dhaka on Monday.", True),
    ("The mayor called on the minister to discuss port cooperation.", True),
    ("The visiting envoys received a warm welcome at the airport.", False),
    ("The governor received the ambassador in Harbin.", True),
    ("During official meetings, the two leaders discussed dairy farming.", True),
])
def test_meeting_words(sentence, meeting):
    assert (MEETING.search(sentence) is not None) is meeting


def test_urging_is_no_act():
    assert ACT_EN.search("The Premier called on Gansu to deepen exchanges with his country.") is None


def test_urging_opens_no_second_engagement(tagger):
    t = ("On April 9, Lao Prime Minister Sonexay received a courtesy call from Guangxi Party Secretary Chen Gang in "
         "Nanning. The Prime Minister called on Guangxi to deepen cooperation with Laos in farming and logistics.")
    r = tagger.tag(t, date="2024-04-10")
    assert [e.category for e in r.engagements] == ["high_level_meeting"]


def test_visit_with_official_meetings_is_a_meeting(tagger):
    t = ("The Chief Minister of Sindh paid a visit to Urumqi, capital of China's Xinjiang region. He was warmly "
         "welcomed by Xinjiang's Party Secretary. During official meetings, the two sides discussed cotton "
         "processing and rail links.")
    r = tagger.tag(t, date="2024-03-02")
    assert r.engagements[0].category == "high_level_meeting"


def test_trip_and_its_signing_in_two_paragraphs(tagger):
    t = ("Governor Leads a Delegation to Visit Kenya\n\n"
         "Fujian Governor Zhao Long led a delegation to visit Kenya from May 3 to 5, 2024. The photo shows Governor "
         "Zhao meeting the Kenyan Minister of Trade in Nairobi on May 3.\n\n"
         "Fujian Governor Zhao Long led a delegation to visit Kenya from May 3 to 5, 2024. During the trip he met "
         "the Governor of Mombasa County, and the two sides inked a letter of intent about the port.")
    r = tagger.tag(t, date="2024-05-08")
    assert [e.category for e in r.engagements] == ["cooperation_project"]


@pytest.mark.parametrize("sentence,expected", [
    ("The minister began a visit to the capital of China's Gansu province, Lanzhou.", True),
    ("The mayor paid a visit to southwest China's Guizhou Province last week.", True),
    ("The delegation visited the Chinese province of Fujian.", True),
    ("The governor visited Cambodia and Thailand.", False),
])
def test_visit_to_a_province_as_foreign_press_writes_it(sentence, expected):
    from pipeline.engagement.categories import visit_to_china
    assert visit_to_china(sentence) is expected


def test_school_named_after_another_province(tagger):
    t = ("On March 3, Chongqing Vice Mayor Zhang Hua met the Mayor of Kumamoto and his delegation. The delegation "
         "also visited Sichuan International Studies University and a car plant.")
    r = tagger.tag(t, date="2024-03-05")
    assert r.provinces == ["CN-CQ"]
    assert [e.category for e in r.engagements] == ["high_level_meeting"]


def test_tour_told_again_is_one_tour(tagger):
    t = ("NANNING, May 30 (Xinhua) -- Envoys from 12 countries in Asia and Africa have wrapped up a tour of Guangxi, "
         "a takeaway message of which was the region's green growth.\n\n"
         "From May 25 to 28, they visited Guilin and Beihai, said the regional foreign affairs office. The Consul "
         "General of Thailand in Nanning said Thai firms would follow.")
    r = tagger.tag(t, date="2024-05-30")
    assert len(r.engagements) == 1
    e = r.engagements[0]
    assert (e.category, e.direction) == ("delegation_visit", "inbound")
    assert "THA" in e.partners


@pytest.mark.parametrize("sentence,province", [
    ("A Yunnanese trade delegation met the Governor of Chiang Rai on Monday.", "CN-YN"),
    ("Sichuanese officials signed a memorandum with the city of Lahore.", "CN-SC"),
    ("A Fujianese business group met the Mayor of Manila on Tuesday.", "CN-FJ"),
    ("A Cantonese opera troupe performed in Penang on Friday.", "CN-GD"),
])
def test_province_demonyms(tagger, sentence, province):
    assert province in tagger.tag(sentence, date="2024-05-10").provinces


def test_envoy_accompanies_a_delegation_to_a_meeting(tagger):
    t = ("On March 12, Chinese Ambassador to Nepal accompanied the Qinghai provincial delegation to meet Nepali Vice "
         "President in Kathmandu.")
    r = tagger.tag(t, date="2024-03-13")
    assert [(e.category, e.provinces, e.partners) for e in r.engagements] == [("high_level_meeting", ["CN-QH"], ["NPL"])]


def test_wire_dateline_under_headline_and_caption(tagger):
    t = ("Lang Son and Guangxi officials look at border gate hours\n"
         "The meeting on June 4 (Photo: VNA)\n"
         "Lang Son (VNA) – Agencies of Lang Son province met their counterparts from Guangxi, China, "
         "on June 4 to discuss longer opening hours at two border gates.")
    e = tagger.tag(t, date="2024-06-05").engagements[0]
    assert (e.direction, e.venue) == ("outbound", "VNM")
