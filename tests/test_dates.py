"""Dates and venues of engagements (TAXONOMY §3b, issue 15): the date forms of Chinese and
English reports and the venue phrases. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.tagger import Tagger


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(model=None)


def first(tagger: Tagger, text: str, **kw):
    r = tagger.tag(text, **kw)
    assert r.engagements, text
    return r.engagements[0]


@pytest.mark.parametrize("text,venue", [
    # a Chinese city that is only the venue (a locator, no actor) after 在/赴 is the venue
    ("6月3日，甘肃省在北京举办丝路文化推介会，二十多个国家的驻华使节出席。", "CN-BJ"),
    ("9月12日，宁波市外办主任赴上海拜会德国驻沪总领事，双方就友城合作交换意见。", "CN-SH"),
    # but a consul general's seat is no venue of the act
    ("The Consul General of Malaysia in Guangzhou called on Guangxi's vice chairman in Nanning on Monday.",
     "CN-GX"),
])
def test_a_venue_city_that_acts_as_no_actor_is_still_the_venue(tagger, text, venue):
    assert first(tagger, text, date="2024-06-20").venue == venue
