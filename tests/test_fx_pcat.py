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
