"""The acting Chinese unit's level and the act's venue in city, prefecture and county readouts
(issue 15, branch lvl; TAXONOMY §3b ``level``, ``venue``). Each class of form is tested with
sentences written for these tests (places are public facts, events are illustrative), and
with near misses that must not change."""

from __future__ import annotations

import pytest

from tests.test_pairing import first  # (the helper; the rules-only tagger fixture is conftest's)

DATE = "2024-05-10"


def eng(tagger, text: str):
    return first(tagger, text, date=DATE)


@pytest.mark.parametrize("text,level", [
    # an English county or banner in lower case, before the leader's title or as the actor
    ("Menghai county's party secretary met Myanmar traders from Tachileik on May 8.", "county"),
    ("Ejin banner's head met a delegation from Mongolia's Omnogovi province on May 8.", "county"),
    ("Hekou county signed a border trade agreement with Lao Cai province of Vietnam on May 8.", "county"),
    # near misses: the same title after a city stays municipal; a province's stays provincial
    ("Dongxing's party secretary met Mong Cai's party chief from Vietnam on May 8.", "municipal"),
    ("Yunnan's party secretary met the Lao ambassador in Kunming on May 8.", "provincial"),
])
def test_english_lower_case_county_and_banner(tagger, text, level):
    assert eng(tagger, text).level == level


@pytest.mark.parametrize("text,level", [
    # a city's foreign affairs office named after the city in English: municipal (county after a county)
    ("Officials of Heihe's foreign affairs office met a delegation from Russia's Amur region on May 8.", "municipal"),
    ("The Ruili foreign affairs office director met the Myanmar consul general on May 8.", "municipal"),
    # near misses: a province's and a province-level municipality's office stay provincial
    ("Yunnan's foreign affairs office director met the Lao consul general in Kunming on May 8.", "provincial"),
    ("Chongqing's foreign affairs office director met the Hungarian consul general on May 8.", "provincial"),
    ("5月8日，重庆市外办主任会见匈牙利驻重庆总领事。", "provincial"),
])
def test_city_foreign_affairs_office_in_english(tagger, text, level):
    assert eng(tagger, text).level == level


@pytest.mark.parametrize("text,level", [
    # a city introduced by an appositive ("X, the border city in P,") or as "the city of X"
    ("A delegation from Erenhot, the border city in Inner Mongolia, visited Mongolia's Dornogovi province on May 8.",
     "municipal"),
    ("The city of Suifenhe hosted a Russian trade delegation from Vladivostok on May 8.", "municipal"),
    ("The county of Hekou signed a border trade agreement with Lao Cai on May 8.", "county"),
    # near miss: a municipality's name keeps the provincial level
    ("The city of Chongqing signed a logistics agreement with Duisburg of Germany on May 8.", "provincial"),
])
def test_english_city_appositive_and_city_of(tagger, text, level):
    assert eng(tagger, text).level == level


@pytest.mark.parametrize("text,venue", [
    # the province in "X, the border city in P," only locates X: the trip's venue comes later
    ("A delegation from Erenhot, the border city in Inner Mongolia, visited Zamiin-Uud in Mongolia on May 8.", "MNG"),
    ("A delegation from Manzhouli, a port city in Inner Mongolia, visited Zabaikalsk in Russia on May 8.", "RUS"),
    # near miss: the province after a plain "in" is still the venue
    ("Inner Mongolia's vice chairman met a Mongolian minister in Inner Mongolia on May 8.", "CN-NM"),
])
def test_appositive_province_is_not_the_venue(tagger, text, venue):
    assert eng(tagger, text).venue == venue


@pytest.mark.parametrize("text,level", [
    # an English city mention whose own words name its unit in lower case ("Wenshan prefecture")
    ("Officials of Vietnam's Ha Giang province and Yunnan's Wenshan prefecture signed a border trade memorandum on May 8.",
     "municipal"),
    # an event held in a city or county named as such ("in Heihe city", as 在黑河市) that no named official or
    # province runs: the host city's or county's
    ("A youth football tournament between Chinese and Vietnamese teams opened in Pingxiang city on May 8.", "municipal"),
    ("A Russian folk music festival opened in Heihe City on May 8, with Amur region officials attending.", "municipal"),
    ("A China-Laos friendship basketball match was held in Mengla County on May 8.", "county"),
    # near misses: a bare city name (as 在黑河, dev's gold) and a provincial capital stay provincial;
    # a named provincial leader acts
    ("A Russian folk music festival opened in Heihe on May 8, with Amur region officials attending.", "provincial"),
    ("Officials from Vietnam's Lang Son province toured a border crossing in Pingxiang, Guangxi, on May 8.", "provincial"),
    ("An ASEAN trade fair opened in Nanning on May 8 with exhibitors from Vietnam and Thailand.", "provincial"),
    ("Yunnan's governor met the Thai ambassador in Jinghong on May 8.", "provincial"),
])
def test_english_prefecture_words_and_host_cities(tagger, text, level):
    assert eng(tagger, text).level == level


@pytest.mark.parametrize("text,level", [
    # a city's or county's own paper names its unit as the actor: 我市, 本县, 我州, 我旗
    ("5月8日，我市与越南谅山市签署跨境物流合作备忘录。", "municipal"),
    ("5月8日，我县与缅甸南坎县签署边境贸易合作协议。", "county"),
    ("5月8日，我州与老挝丰沙里省签署友好交流合作备忘录。", "municipal"),
    ("5月8日，我旗与蒙古国苏赫巴托省签署畜牧业合作协议。", "county"),
    # near misses: the own city only as the venue of a provincial leader's act; 我省; a municipality's paper
    ("5月8日，云南省副省长在我市会见缅甸驻昆明总领事。", "provincial"),
    ("5月8日，我省与老挝琅勃拉邦省签署友好交流合作备忘录。", "provincial"),
    ("5月8日，我市与匈牙利布达佩斯市签署友好合作协议，重庆市副市长出席。", "provincial"),
])
def test_own_city_or_county(tagger, text, level):
    assert eng(tagger, text).level == level


@pytest.mark.parametrize("text,level", [
    # an English title after its unit word: "the prefecture's governor", "the county party secretary"
    ("The prefecture's governor met the Lao consul general on May 8.", "municipal"),
    ("Honghe's prefectural governor met Lao Cai's party secretary on May 8.", "municipal"),
    ("The county party secretary met a delegation from Laos's Phongsaly province on May 8.", "county"),
    # the city's people act: "officials from Chongzuo", "Guilin officials"; a league named in capitals
    ("Officials from Chongzuo met a Vietnamese delegation from Lang Son on May 8.", "municipal"),
    ("Guilin officials met a Japanese delegation from Kumamoto on May 8.", "municipal"),
    ("The Xilingol League government signed a livestock agreement with Mongolia's Sukhbaatar province on May 8.",
     "municipal"),
    # near misses: a province's title and a province's officials stay provincial
    ("The province's governor met the Lao consul general on May 8.", "provincial"),
    ("Guangxi officials met a Vietnamese delegation from Lang Son on May 8.", "provincial"),
    # and a capital's officials (as a capital hosts provincial events: dev's gold) or a port's
    ("Nanning officials met a Vietnamese delegation from Lang Son on May 8.", "provincial"),
    ("Mohan port officials met Lao customs officers from Boten on May 8.", "provincial"),
])
def test_english_unit_words_and_city_people(tagger, text, level):
    assert eng(tagger, text).level == level


@pytest.mark.parametrize("text,level", [
    # a town named through its county acts at the county's level (镇康县南伞镇, 勐腊县磨憨镇)
    ("5月8日，镇康县南伞镇与缅甸果敢清水河举行边境联席会议。", "county"),
    ("5月8日，勐腊县磨憨镇与老挝磨丁经济特区举行会谈。", "county"),
    # near misses: a county followed by 乡村 (rural) words, and a county itself
    ("5月8日，红河州河口县与越南老街省坝洒县举行会谈，双方商定推进乡村振兴合作。", "county"),
    ("5月8日，德宏州瑞丽市与缅甸木姐市举行会谈。", "municipal"),
])
def test_town_of_a_county(tagger, text, level):
    assert eng(tagger, text).level == level


@pytest.mark.parametrize("text,venue", [
    # the venue named through a relative clause (在与…的 X) or "in the border town of X"
    ("5月8日，河口县县长在与河口一河之隔的越南老街市会见老街省副主席。", "VNM"),
    ("5月8日，勐腊县县长在与勐腊接壤的老挝南塔省会见南塔省副省长。", "LAO"),
    ("On May 8, Dongxing's mayor met his Vietnamese counterpart in the border town of Mong Cai.", "VNM"),
    ("On May 8, Guangxi's vice chairman met Vietnamese officials in the border city of Pingxiang.", "CN-GX"),
    # near misses: a place inside the clause that borders the venue is not it
    ("5月8日，云南省副省长在与越南接壤的河口县会见越南老街省副主席。", "CN-YN"),
])
def test_venue_through_a_relative_clause_or_town_of(tagger, text, venue):
    assert eng(tagger, text).venue == venue


@pytest.mark.parametrize("text,level", [
    # "a delegation from Heihe": the city's own delegation (not a capital's)
    ("On May 8, a delegation from Heihe visited Blagoveshchensk, across the Amur River.", "municipal"),
    ("On May 8, a delegation from Kunming visited Vientiane.", "provincial"),
])
def test_delegation_from_a_city(tagger, text, level):
    assert eng(tagger, text).level == level


def test_delegation_of_a_citys_traders_is_not_the_city(tagger):
    # "a delegation of Yiwu traders": people of the city, not its government
    assert eng(tagger, "On May 8, a delegation of Yiwu market traders visited Dubai.").level == "provincial"
