"""Attributes of matched engagements on shapes seen on unseen real pages (round 11, eattr):
a foreign leader's tour that meets a Chinese firm, a country naming one half of an event's name,
a trip told as earlier, a stay written by the province's one-character name, a Dutch province's
head. Sentences written for these tests (facts only)."""

from __future__ import annotations

import pytest

from pipeline.engagement.datelines import not_venue_en
from pipeline.engagement.venue_zh import abbr_stay_venue, earlier_visit_zh
from tests.test_pairing import first  # (the helper; the rules-only tagger fixture is conftest's)


@pytest.mark.parametrize("text,direction,venue", [
    # a foreign governor's delegation meets a Chinese bank on its tour: no foreign host, the act is in China
    ("美国华盛顿州州长率代表团一行访问了北京和杭州。在华期间，浙江省委书记会见了代表团。代表团还会见了中国建设银行代表。",
     "inbound", "CN-ZJ"),
    # English: "at the US-Hubei Trade Week" names no place; the week is held in the province
    ("Hubei governor met with the American ambassador at the US-Hubei Trade Week held in Wuhan on May 8.",
     "inbound", "CN-HB"),
    # a trip told as earlier in the remarks is not the act's venue
    ("Jiangsu Party Secretary met the Mayor of Lyon and his delegation on Monday. He said he visited Lyon this "
     "March and found both cities keen to work together.", "inbound", "CN-JS"),
    # 在闽期间: a stay in Fujian written by its one-character name
    ("应对外友协邀请，加拿大某省代表团访问了厦门和上海。在闽期间，福建省副省长会见了代表团。", "inbound", "CN-FJ"),
])
def test_direction_and_venue(tagger, text, direction, venue):
    e = first(tagger, text, date="2024-05-10")
    assert (e.direction, e.venue) == (direction, venue)


def test_kings_commissioner_is_a_provincial_head(tagger):
    e = first(tagger, "On June 3, the Governor of Shandong met King's Commissioner of the Province of Utrecht "
                      "in Jinan.", date="2024-06-04")
    assert e.counterpart == "subnational"


def test_helpers():
    t = "The two cities signed a pact. The mayor had visited Laos and returned to Kunming."
    assert not_venue_en(t, t.index("Laos"))
    t = "He toured Osaka this March."
    assert not_venue_en(t, t.index("Osaka"))
    t = "Jiangsu sent a delegation of teachers to Germany last month."
    assert not not_venue_en(t, t.index("Germany"))
    assert earlier_visit_zh("省长此前访问了老挝。", 7)
    assert not earlier_visit_zh("省长率团访问了老挝。", 7)
    t = "在沪期间，代表团会见了上海市副市长。"
    assert abbr_stay_venue(t, 0, len(t))[0] == "CN-SH"


def test_chinese_host_named_again_by_surname_is_no_head_of_state(tagger):
    e = first(tagger, "On 3 May 2024, the Secretary-General of the ASEAN-China Centre met with Ms. Liu Fang, "
                      "head of the Hunan friendship association with other nations, in "
                      "Changsha. President Liu briefed the guests on the province's exchanges.", date="2024-05-04")
    assert e.counterpart == "international_org"


def test_people_met_on_an_earlier_trip_are_no_counterparts(tagger):
    e = first(tagger, "Guangdong Party Secretary met Mayor Anna Berg of Gothenburg and her delegation on Monday. "
                      "He visited Gothenburg this April and held talks with Swedish ministers.", date="2024-06-05")
    assert (e.counterpart, e.venue) == ("subnational", "CN-GD")


@pytest.mark.parametrize("text,direction", [
    # an earlier video talk told after a meeting placed in the province: the meeting was held there
    ("The Governor of Fujian met the Governor of Akita Prefecture of Japan in Fuzhou on May 6. The two governors "
     "first talked by video in 2021 and the ties have grown since.", "inbound"),
    # a video call held during a trip abroad: the trip is the act
    ("From May 6 to 9, the Secretary of the Jilin Provincial Party Committee led a delegation to visit Mongolia. "
     "In Ulaanbaatar he met the Prime Minister. He also held a video call with the governor of Dornod.", "outbound"),
])
def test_a_remote_cue_told_after_a_located_act(tagger, text, direction):
    assert first(tagger, text, date="2024-05-10").direction == direction
