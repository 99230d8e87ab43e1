"""The news agencies of a dateline are one list (engagement.datelines.AGENCIES_ZH / AGENCIES_EN), read
by both dateline readers: resolve.is_dateline (which province acts) and datelines.dateline_place (where
the act was). Each used to keep its own list: "(VNA)" made a dateline for the venue but not for the
actor, 人民网 for the actor but not for the venue."""

from __future__ import annotations

import pytest

from pipeline.engagement.datelines import AGENCIES_EN, AGENCIES_ZH, dateline_place
from pipeline.resolve import is_dateline


def _first_place(tagger, text: str):
    a = tagger.annotate(text)
    return a.places[0], a.places


@pytest.mark.parametrize("agency", AGENCIES_EN)
def test_every_english_agency_opens_a_dateline_for_both_readers(tagger, agency):
    text = f"KUNMING, May 5 ({agency}) -- Guangxi Party Secretary met a Vietnamese delegation."
    place, places = _first_place(tagger, text)
    assert place.text == "KUNMING"
    assert is_dateline(text, place), agency
    assert dateline_place(text, places) is place, agency


@pytest.mark.parametrize("agency", AGENCIES_ZH)
def test_every_chinese_agency_opens_a_dateline_for_both_readers(tagger, agency):
    text = f"{agency}昆明5月3日电 广西壮族自治区党委书记在昆明会见越南客人。"
    place, places = _first_place(tagger, text)
    assert place.text == "昆明"
    assert is_dateline(text, place), agency
    assert dateline_place(text, places) is place, agency


@pytest.mark.parametrize("text", [
    "KUNMING, May 5 (VNA) -- Guangxi Party Secretary met a Vietnamese delegation.",    # was the venue's only
    "KUNMING, May 5 (Kyodo) -- Guangxi Party Secretary met a Japanese delegation.",
])
def test_the_actor_reader_knows_the_venue_readers_agencies(tagger, text):
    place, _ = _first_place(tagger, text)
    assert is_dateline(text, place)


def test_the_venue_reader_knows_the_actor_readers_agencies(tagger):
    text = "人民网河内5月3日电 越南国家主席会见广西壮族自治区党委书记。"  # 人民网 was the actor reader's only
    place, places = _first_place(tagger, text)
    assert place.text == "河内" and dateline_place(text, places) is place


@pytest.mark.parametrize("text", [
    "KUNMING, May 5 (Bloomberg) -- Guangxi Party Secretary met a Vietnamese delegation.",  # not a listed agency
    "昆明市长5月3日会见越南客人。",
])
def test_no_agency_no_dateline(tagger, text):
    place, _ = _first_place(tagger, text)
    assert not is_dateline(text, place)


@pytest.mark.parametrize("text,direction,venue", [
    # a wire dateline with two hyphens and no agency ("WELLINGTON -- …")
    ("WELLINGTON -- A Chinese provincial delegation from Zhejiang signed a partnership agreement with the region's "
     "mayors on Thursday.", "outbound", "NZL"),
    ("KUNMING -- Yunnan's governor met the Lao ambassador on Thursday.", "inbound", "CN-YN"),
])
def test_a_double_hyphen_dateline_places_the_act(tagger, text, direction, venue):
    e = tagger.tag(text, date="2012-09-07").engagements[0]
    assert (e.direction, e.venue) == (direction, venue)
