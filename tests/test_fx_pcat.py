"""Engagement categories other than meetings and visits (helper pcat: a probe grid of invented texts).

Each class below was found by a grid of invented probes that varies one thing at a time (kept outside the
repository); the sentences here are new ones, written for the tests. Each end-to-end test fails without its fix.
"""

from __future__ import annotations

from _helpers import triples


# --- a list of country abbreviations closed by a count of countries (中、俄、蒙、韩四国) ---------------------

def test_an_enumerated_list_of_country_abbreviations_names_each_country(tagger):
    r = tagger.tag("5日，泰、柬、越三国商协会代表在南宁出席经贸洽谈会。", date="2024-03-06")
    assert set(r.partners) == {"THA", "KHM", "VNM"}
    assert r.engagement == "forum_expo"


def test_a_list_opened_by_china_names_the_foreign_countries_only(tagger):
    r = tagger.tag("10日，中、俄、蒙三国边境口岸管理部门在满洲里举行会晤。", date="2024-05-11")
    assert set(r.partners) == {"RUS", "MNG"}
    assert ("CN-NM",) in {t[0] for t in triples(r)}


def test_a_list_with_indonesia_does_not_read_india_and_nepal(tagger):
    r = tagger.tag("12日，中、印尼两国青年在海口参加文化交流活动。", date="2024-05-13")
    assert "IND" not in r.partners and "NPL" not in r.partners


# --- a body's annual meeting is a meeting, not the forum bare 年会 / "annual meeting" votes for -------------

def test_a_committees_annual_meeting_of_several_countries_is_multilateral(tagger):
    r = tagger.tag("9日，东北亚地方合作圆桌联合会年会在珲春召开，日、韩、蒙三国地方代表与会。", date="2024-08-10")
    assert r.engagement == "multilateral_meeting"
    r = tagger.tag("Delegates from Japan, Mongolia and Russia gathered in Hunchun on Friday for the annual meeting "
                   "of the regional governors' cooperation council.", date="2024-08-10")
    assert r.engagement == "multilateral_meeting"


def test_border_leaders_holding_their_annual_meeting_meet_one_country(tagger):
    r = tagger.tag("Leaders of Yunnan and three northern provinces of Laos held their annual meeting in Kunming "
                   "on Monday.", date="2024-05-21")
    assert r.engagement == "high_level_meeting"


def test_a_forums_annual_conference_stays_a_forum(tagger):
    assert tagger.tag("3月26日，博鳌亚洲论坛2025年年会在海南博鳌开幕。", date="2025-03-27").engagement == "forum_expo"


def test_a_working_groups_numbered_session_is_a_meeting(tagger):
    r = tagger.tag("14日，普洱市与老挝丰沙里省合作工作组第八次会议在普洱召开。", date="2024-06-15")
    assert r.engagement == "high_level_meeting"


# --- an event still to come, or one a reception meeting prepares, is no act --------------------------------

def test_a_reception_coordination_meeting_for_an_expo_is_domestic_work(tagger):
    r = tagger.tag("3日，省外办在大理召开第九届南博会外事接待工作协调会。", date="2025-06-04")
    assert r.engagement == "domestic_coordination"


def test_a_meeting_on_the_upcoming_fair_is_domestic_work(tagger):
    r = tagger.tag("Heilongjiang's commerce department held a coordination meeting in Harbin on Monday on "
                   "security arrangements for the upcoming China-Russia Expo.", date="2025-05-13")
    assert r.engagement == "domestic_coordination"


def test_work_for_an_expo_said_to_be_coming_soon_is_domestic_work(tagger):
    r = tagger.tag("7日，昆明市召开即将举办的第九届中国—南亚博览会服务保障工作推进会。", date="2025-06-08")
    assert r.engagement == "domestic_coordination"


# --- rule 5: a work meeting that a foreign unit's representatives attend engages that unit -----------------

def test_a_work_meeting_attended_by_foreign_representatives_is_a_meeting(tagger):
    r = tagger.tag("20日，中老边境联防工作会议在勐腊召开，老挝南塔省官员出席。", date="2024-11-21")
    assert r.engagement == "high_level_meeting"
    assert "LAO" in r.partners


def test_a_work_meeting_attended_by_home_officials_stays_domestic(tagger):
    r = tagger.tag("20日，全区外事工作会议在南宁召开，各市外办负责人出席。", date="2024-11-21")
    assert r.engagement == "domestic_coordination"


# --- lexicon families: letters and replies, athletes' camps, sister schools, films, culture fairs and shows,
# --- and the training of the province's own foreign-affairs staff ----------------------------------------

def test_a_reply_to_a_season_letter_is_a_greeting(tagger):
    r = tagger.tag("Shandong Governor Zhou Naixiang replied to a New Year letter from the premier of South "
                   "Australia on Tuesday.", date="2024-01-10")
    assert r.engagement == "greeting"


def test_an_athletes_training_camp_is_sport(tagger):
    r = tagger.tag("Kazakh speed skaters began a three-week winter training camp in Harbin on Monday.", date="2024-12-03")
    assert r.engagement == "sports_exchange"


def test_sister_schools_are_education(tagger):
    r = tagger.tag("A primary school in Kunming and one in Chiang Mai, Thailand, became sister schools on Friday.",
                   date="2024-04-13")
    assert r.engagement == "educational_exchange"


def test_films_and_culture_fairs_and_exhibitions_are_culture(tagger):
    r = tagger.tag("A Chinese film week hosted by Guangxi opened in Hanoi, Vietnam, on Saturday.", date="2024-10-14")
    assert r.engagement == "cultural_exchange"
    r = tagger.tag("Hunchun and a Russian town jointly staged a cultural fair on Sunday, with folk singers from "
                   "both sides.", date="2024-07-15")
    assert r.engagement == "cultural_exchange"
    r = tagger.tag("A Yunnan ethnic costume culture exhibition opened in Yangon, Myanmar, on Tuesday.", date="2024-03-06")
    assert r.engagement == "cultural_exchange"


def test_training_of_the_provinces_own_foreign_affairs_staff_is_domestic_work(tagger):
    r = tagger.tag("A training course on foreign affairs for county officials in Guangxi opened in Baise on Monday.",
                   date="2024-05-14")
    assert r.engagement == "domestic_coordination"
    r = tagger.tag("13日，全市外事培训班在大连开班，各区县外办干部参加。", date="2024-05-14")
    assert r.engagement == "domestic_coordination"


# --- rule 2: meeting a guest who came for a sports, culture or school event is a meeting -------------------

def test_meeting_a_guest_of_a_sports_event_is_a_meeting(tagger):
    r = tagger.tag("8日，四川省省长施小琳在成都会见出席世界大学生运动会的泰国体育部长一行。", date="2024-08-09")
    assert r.engagement == "high_level_meeting"


def test_meeting_a_team_come_for_a_friendly_match_is_a_meeting(tagger):
    r = tagger.tag("8日，省长在昆明会见来滇参加中老友谊赛的老挝体育代表团一行。", date="2024-08-09")
    assert r.engagement == "high_level_meeting"


def test_meeting_a_guest_of_a_culture_festival_stays_a_meeting(tagger):  # (a guard: right before the fix too)
    r = tagger.tag("8日，副省长在西宁会见来青参加国际唐卡艺术节的尼泊尔文化部长一行。", date="2024-08-09")
    assert r.engagement == "high_level_meeting"


def test_a_troupe_performing_with_an_official_watching_stays_culture(tagger):
    r = tagger.tag("8日，老挝国家艺术团在昆明演出，副省长出席观看。", date="2024-08-09")
    assert r.engagement == "cultural_exchange"


# --- a firm named by its seat ("a Singapore-based firm") that the province signs with is a party ----------

def test_a_firm_named_by_its_seat_is_a_partner_when_it_signs(tagger):
    r = tagger.tag("Qingdao port signed a shipping cooperation agreement with a Rotterdam-based operator and a "
                   "Malaysia-based logistics group on Friday.", date="2024-06-08")
    assert {"NLD", "MYS"} <= set(r.partners)


def test_a_seat_in_a_comment_stays_background(tagger):
    r = tagger.tag("A Japan-based economist said Shandong's trade with Africa grew fast last year.", date="2024-06-08")
    assert "JPN" not in r.partners


# --- a trip told as earlier: the country then visited is no partner of the act reported --------------------

def test_an_earlier_trip_recalled_in_chinese_is_background(tagger):
    r = tagger.tag("5日，省长在南宁会见泰国客人。他曾于前年率团访问柬埔寨。", date="2024-03-06")
    assert "KHM" not in r.partners and "THA" in r.partners


def test_an_earlier_trip_recalled_in_english_is_background(tagger):
    r = tagger.tag("Hainan's governor met Singaporean guests in Haikou on Monday. He had previously visited "
                   "Malaysia.", date="2024-03-06")
    assert "MYS" not in r.partners and "SGP" in r.partners
    r = tagger.tag("Hainan's governor met Singaporean guests in Haikou on Monday. He visited Indonesia years ago.",
                   date="2024-03-06")
    assert "IDN" not in r.partners


def test_the_trip_reported_keeps_its_country(tagger):
    r = tagger.tag("Hainan's governor visited Malaysia last week and met state leaders.", date="2024-03-06")
    assert "MYS" in r.partners
