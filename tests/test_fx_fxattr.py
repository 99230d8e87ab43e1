"""Engagement attributes official, counterpart and level on shapes real English and Chinese
pages take (issue 15, fix round 2 of helper fxattr). Every sentence was written for these
tests; names and places are public facts, the events are illustrative."""

from __future__ import annotations

import pytest

from tests.test_pairing import first, tagger  # noqa: F401  (the rules-only tagger fixture and its helper)

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
