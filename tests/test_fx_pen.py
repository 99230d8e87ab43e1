"""English coverage of provincial meetings, visits and envoys' tours (helper pen, round 13).

A grid of invented English probes (kept outside the repository) varied the actor's naming, the
meeting verb, the counterpart, the direction, the date form and the word order one at a time;
each class of miss it showed has a test below, with sentences written for the tests (other
places, names and dates than the probes). Each test fails without its fix.
"""

from __future__ import annotations

from _helpers import triples


def _cats(r):
    return [e.category for e in r.engagements]


# --- a foreign envoy's trip to a prefecture-level city is a visit received (rule 8), not a trip abroad ----------

def test_consul_visits_prefecture_city_and_meets_its_mayor(tagger):
    r = tagger.tag("The Lao consul general in Kunming visited Pu'er on August 12 and met with the city's mayor.",
                   date="2024-08-15")
    assert _cats(r) == ["high_level_meeting"]
    assert r.engagements[0].provinces == ["CN-YN"] and r.engagements[0].direction == "inbound"


def test_consul_visits_border_port_city_and_holds_talks(tagger):
    r = tagger.tag("The Mongolian consul general in Hohhot visited Erenhot on July 9 and held talks with the "
                   "city's Party secretary on port traffic.", date="2024-07-12")
    assert triples(r) == [(("CN-NM",), ("MNG",), (), "high_level_meeting")]


def test_consul_visits_prefecture_and_is_received(tagger):
    r = tagger.tag("The Vietnamese consul general in Nanning visited Fangchenggang on April 2 and was received by "
                   "the city's mayor.", date="2024-04-05")
    assert _cats(r) == ["high_level_meeting"]


def test_envoy_tour_of_city_without_meeting_stays_a_visit(tagger):
    r = tagger.tag("The Russian consul general in Shenyang visited Dandong on May 20, touring the port and a "
                   "logistics park.", date="2024-05-22")
    assert _cats(r) == ["delegation_visit"]


# --- a prefecture city's bare English name (the lexicon had only "Yining City", "Jinhua City", …) ------------

def test_bare_english_prefecture_city_names_stand_for_their_province(tagger):
    r = tagger.tag("The Kyrgyz consul general in Urumqi toured a border market in Yining on Monday.", date="2024-03-06")
    assert r.provinces == ["CN-XJ"]
    r = tagger.tag("A Spanish trade delegation visited Jinhua on Tuesday to look at its small-commodity market.",
                   date="2024-03-06")
    assert r.provinces == ["CN-ZJ"]


# --- envoys of several countries received by a provincial leader: rule 2/8, not rule 7; inbound -------------

def test_envoys_of_several_countries_met_with_a_provincial_leader(tagger):
    r = tagger.tag("Envoys from nine countries including Nepal, Peru and Ghana met with Gansu Governor Ren Zhenhe "
                   "on Thursday during a tour of the province.", date="2024-09-14")
    assert _cats(r) == ["high_level_meeting"]
    e = r.engagements[0]
    assert e.provinces == ["CN-GS"] and {"NPL", "PER", "GHA"} <= set(e.partners)
    assert e.direction == "inbound"


def test_officials_of_several_countries_meeting_one_another_stay_multilateral(tagger):
    r = tagger.tag("Officials from six countries including Laos, Myanmar and Thailand met in Jinghong on Monday "
                   "to review joint river patrols.", date="2024-09-14")
    assert _cats(r) == ["multilateral_meeting"]


# --- "met visiting X": the adjective marks the guest, so the Chinese side stayed at home ----------------------

def test_met_visiting_foreign_leader_is_inbound(tagger):
    r = tagger.tag("Hainan Governor Liu Xiaoming met visiting Fijian Prime Minister Sitiveni Rabuka on Friday.",
                   date="2024-04-20")
    e = r.engagements[0]
    assert e.category == "high_level_meeting" and e.direction == "inbound"


# --- a foreign province's delegation named by the country's adjective is subnational, not national ---------

def test_delegation_of_the_demonym_province_of_x_is_subnational(tagger):
    r = tagger.tag("A delegation of the Lao province of Oudomxay visited Pu'er from April 8 to 10.", date="2024-04-12")
    assert r.engagements[0].counterpart == "subnational"


def test_demonym_provincial_delegation_is_subnational(tagger):
    r = tagger.tag("Guangxi vice chairman meets Thai provincial delegation\nA vice chairman of Guangxi met the "
                   "delegation in Nanning on Monday.", date="2024-04-12")
    assert r.engagements[0].counterpart == "subnational"


# --- a province named in an official's earlier career does not act ------------------------------------------

def test_former_post_province_is_no_actor(tagger):
    r = tagger.tag("Hu Changsheng, who previously served as governor of Heilongjiang, met the Pakistani Ambassador "
                   "to China in Lanzhou on Monday.", date="2024-03-06")
    assert r.provinces == ["CN-GS"]
    assert r.engagements[0].counterpart == "diplomat"


def test_former_post_in_apposition_is_no_actor(tagger):
    r = tagger.tag("Xu Kunlin, a former vice governor of Fujian, met a Norwegian business delegation in Shenyang "
                   "on Monday.", date="2025-11-10")
    assert r.provinces == ["CN-LN"]


def test_a_former_envoy_visiting_a_province_still_makes_it_act(tagger):
    r = tagger.tag("A former Mexican ambassador to China visited Shaanxi on Monday.", date="2024-03-06")
    assert r.provinces == ["CN-SN"]


# --- English meeting verbs and envoy titles the lists lacked -----------------------------------------------

def test_greeted_the_visiting_and_talked_with_are_meetings(tagger):
    r = tagger.tag("Hainan's party chief greeted the visiting Singaporean Deputy Prime Minister in Haikou on Friday.",
                   date="2024-04-20")
    assert _cats(r) == ["high_level_meeting"]
    r = tagger.tag("Fujian Governor Zhao Long talked with the Speaker of Samoa's parliament in Fuzhou on Friday.",
                   date="2024-04-20")
    assert _cats(r) == ["high_level_meeting"]


def test_heads_of_foreign_missions_are_diplomats(tagger):
    r = tagger.tag("Heads of foreign missions from Chile and Peru toured tea gardens in Pu'er on Friday.",
                   date="2024-04-20")
    assert r.engagements[0].counterpart == "diplomat"
