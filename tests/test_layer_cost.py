"""The engagement layer's mechanical speed-ups (issue 15) pinned to the forms they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.engagement import actors
from pipeline.schemas import new_mention


def _listed_as_written(text, acting, places):
    """actors.listed_with_countries before issue 15 (a dict probe per character of the gap)."""
    countries = {m.end: m for m in places if m.label == "country"}
    starts = {m.start: m for m in places if m.label == "country"}
    out = set()
    for i, m in enumerate(acting):
        sar = m.code in actors._SARS
        for k in range(0, 7):
            p = countries.get(m.start - k)
            if p is not None:
                if (actors._LIST_ENUM if not sar else actors._LIST_ANY).match(text[p.end:m.start]):
                    out.add(i)
                break
        else:
            for k in range(0, 3):
                q = starts.get(m.end + k)
                if q is not None and actors._LIST_ENUM.match(text[m.end:q.start]):
                    out.add(i)
                    break
    if len(out) == len(acting):
        return set()
    return out


_TOKENS = [("泰国", "country", "THA"), ("新加坡", "country", "SGP"), ("云南", "province", "CN-YN"),
           ("香港", "province", "CN-HK"), ("东盟", "region", "ASEAN"), ("、", None, None), ("和", None, None),
           (" and ", None, None), ("，", None, None), (" ", None, None), ("  ", None, None), ("x", None, None)]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=14))
def test_listed_with_countries_is_as_written(tokens):
    text, places = "", []
    for surface, label, code in tokens:
        if label is not None:
            places.append(new_mention(len(text), len(text) + len(surface), surface, label, code, "e"))
        text += surface
    acting = [m for m in places if m.label == "province"]
    assert actors.listed_with_countries(text, acting, places) == _listed_as_written(text, acting, places)


def test_listed_with_countries_cases():
    """Co-guests listed with countries; a gap of six characters at most (the former probe's reach)."""
    def listed(text, *names):
        places = []
        for name, label, code in names:
            i = text.index(name)
            places.append(new_mention(i, i + len(name), name, label, code, "e"))
        places.sort(key=lambda m: m.start)
        acting = [m for m in places if m.label == "province"]
        return sorted(actors.listed_with_countries(text, acting, places))

    thai, hk, yn = ("泰国", "country", "THA"), ("香港", "province", "CN-HK"), ("云南", "province", "CN-YN")
    assert listed("云南邀请泰国、香港客商", yn, thai, hk) == [1]
    assert listed("云南邀请泰国 和    香港客商", yn, thai, hk) == [1]  # 和 between: only for an SAR, 6 characters
    assert listed("云南邀请泰国 和     香港客商", yn, thai, hk) == []  # 7: too far
    assert listed("云南邀请香港、 泰国客商", yn, hk, thai) == [1]  # the country after, 2 characters at most
