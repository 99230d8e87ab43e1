"""Engagement attributes official, counterpart and level on shapes real English and Chinese
pages take (issue 15, fix round 2 of helper fxattr). Every sentence was written for these
tests; names and places are public facts, the events are illustrative."""

from __future__ import annotations

import pytest

from tests.test_pairing import first  # (the helper; the rules-only tagger fixture is conftest's)

DATE = "2023-04-10"


# --- an English "Mayor" with no place: a city's mayor (市长), not a province's governor ------------

@pytest.mark.parametrize("t", [
    "Mayor Chen Gang met visiting Governor Anne Roe of Saxony in Dalian, Liaoning province on April 2, 2023.",
    "Vice Mayor Zhou Lin received a business delegation from Osaka, Japan in Wuxi, Jiangsu province on April 3, 2023.",
])
def test_an_english_mayor_without_a_place_is_a_citys_leader(tagger, t):
    e = first(tagger, t, date=DATE)
    assert (e.official, e.level) == ("municipal", "municipal")


def test_a_deputy_mayor_after_an_unlisted_city_is_the_citys(tagger):
    t = ("Two sister-city agreements were signed in Denver on May 5, 2019, one by Boulder, Colorado and "
         "Yulin, Shaanxi province. Yulin Deputy Mayor Li Ping and Boulder Mayor Tom Berg exchanged gifts.")
    e = first(tagger, t, date=DATE)
    assert (e.official, e.level) == ("municipal", "municipal")


def test_a_municipalitys_mayor_stays_its_governor(tagger):
    e = first(tagger, "Mayor Gong Zheng met a delegation from Lyon, France in Shanghai on April 2, 2023.", date=DATE)
    assert (e.official, e.level) == ("governor", "provincial")


# --- a leader only named in greetings conveyed on his behalf does not act ---------------------

def test_a_secretary_whose_greetings_are_conveyed_does_not_outrank_the_governor_acting(tagger):
    t = "2016年4月12日下午，陈武主席在河内拜访越南国会主席。访问中陈武对国会主席会见广西代表团表示感谢，并转达了彭清华书记的问候。"
    e = first(tagger, t, date="2016-04-13")
    assert (e.official, e.counterpart) == ("governor", "legislature")


def test_greetings_conveyed_in_english_name_no_acting_secretary(tagger):
    t = ("On April 12, 2016, Chen Wu, Chairman of the Guangxi Zhuang Autonomous Region, called on the Chairwoman "
         "of the National Assembly of Vietnam in Hanoi. Chen conveyed the warm greetings of Party Secretary Peng Qinghua.")
    e = first(tagger, t, date="2016-04-13")
    assert e.official == "governor"


def test_a_secretary_who_meets_is_still_the_official(tagger):
    t = "2016年4月12日下午，彭清华书记在南宁会见越南国会主席，双方转达了各自领导人的问候。"
    e = first(tagger, t, date="2016-04-13")
    assert e.official == "party_secretary"


# --- the full name of a provincial party committee (中共…自治区委员会书记) ------------------------

@pytest.mark.parametrize("t", [
    "2023年3月2日，中共廣西壯族自治區委員會書記劉寧與越南諒山省委書記在南寧舉行會談，共同簽署會談紀要。",
    "2023年3月2日，中共云南省委员会书记王宁在昆明会见老挝琅南塔省委书记一行。",
])
def test_the_full_name_of_the_provincial_committee_gives_its_secretary(tagger, t):
    e = first(tagger, t, date=DATE)
    assert e.official == "party_secretary"


# --- English apposition: "X, the Secretary of the … Autonomous Region" -----------------------------

@pytest.mark.parametrize("t", [
    "On May 3, 2023, a Nepali minister held talks in Lhasa with Wang Junzheng, the Secretary of the "
    "Tibet Autonomous Region.",
    "On May 3, 2019, a delegation of the Lao National Assembly was received in Kunming by Chen Hao, "
    "Secretary of Yunnan Province.",
])
def test_the_secretary_of_a_chinese_region_or_province_is_its_party_secretary(tagger, t):
    e = first(tagger, t, date=DATE)
    assert e.official == "party_secretary"


# --- English: the head of a foreign delegation ("… delegation … led by Governor Kim") ------------------

@pytest.mark.parametrize("t", [
    "Governor Xu Kunlin met with a delegation from Gyeonggi-do, Korea led by Governor Kim Dongyeon and Speaker "
    "Yeom Jong-hyun in Nanjing, Jiangsu on June 26, 2023.",
    "Governor Xu Kunlin met with a Gyeonggi-do delegation headed by Mayor Lee Jae-joon in Nanjing, Jiangsu on June 26, 2023.",
])
def test_the_head_of_a_foreign_delegation_is_the_foreign_side(tagger, t):
    e = first(tagger, t, date=DATE)
    assert (e.official, e.counterpart) == ("governor", "subnational")


def test_the_head_of_a_chinese_delegation_stays_chinese(tagger):
    t = "A Jiangsu delegation led by Governor Xu Kunlin visited Gyeonggi-do, Korea on June 26, 2023."
    e = first(tagger, t, date=DATE)
    assert e.official == "governor"
