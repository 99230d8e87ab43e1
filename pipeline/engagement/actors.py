"""Which Chinese provinces act in a document's acts (TAXONOMY §2, §3b): the places that only
locate an act, name an SAR's office or are listed among foreign countries, and days named
relative to the act before. Pure functions over the text and the place mentions, used by
:mod:`.pairing`.

Example:
    >>> shifted_day("次日，双方签署协议。", (0, 10), (2024, 5, 6, 0, 5))[:3]
    (2024, 5, 7)
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from typing import Sequence

from ..rx import skipping
from ..schemas import Mention, Record
from .attributes import after_preposition, venue_chain

_SARS = frozenset({"CN-HK", "CN-MO", "CN-TW"})
_LIST_ENUM = re.compile(r"^\s*[、]\s*$")
_LIST_ANY = re.compile(r"^\s*(?:[、,，]|和|及|以及|,?\s*and)\s*$")
_SHIFT = skipping(re.compile(r"(前一天|前一日|\b(?:one|a) day (?:earlier|before)\b|\bthe (?:previous|preceding) day\b|"
                    r"\bthe day before\b)|次日|翌日|第二天|\bthe (?:next|following) day\b|\b(?:one|a) day later\b", re.I))
_SENT_STOP = re.compile(r"[。！？；;!?\n]")
_SAR_PASSING = skipping(re.compile(r"(?:特别行政区|特区)?(?:政府)?驻|\s+(?:Economic and Trade|Trade) Office", re.I))
_VENUE_ZH = ("在", "于", "赴", "前往", "抵达", "到访")  # before a place that only locates the act


def venue_only(text: str, actors: list[Mention]) -> set[int]:
    """Indexes of province mentions that only give the venue (在昆明, "in Kunming") in a
    sentence naming another actor province."""
    out = set()
    by_end = {m.end: m for m in actors}
    for i, m in enumerate(actors):
        if venue_chain(text, m, by_end, _VENUE_ZH):  # 在昆明, 在云南昆明, 赴上海, "in Nanning, Guangxi"
            out.add(i)
    # a venue is its province's only mention in a sentence that names no other actor: the host
    # (加纳总统在深圳出席论坛 → CN-GD; TAXONOMY §2: a city stands for the province hosting it)
    if not out:
        return out
    stops = [x.start() for x in _SENT_STOP.finditer(text)]
    others = [m for j, m in enumerate(actors) if j not in out]
    o_starts = [m.start for m in others]
    keep = set()
    for i in out:
        m = actors[i]
        k = bisect.bisect_left(stops, m.start)
        a = stops[k - 1] + 1 if k else 0
        b = stops[k] if k < len(stops) else len(text)
        lo, hi = bisect.bisect_left(o_starts, a), bisect.bisect_left(o_starts, b)
        if not any(o.code != m.code for o in others[lo:hi]):
            keep.add(i)
    return out - keep


def listed_with_countries(text: str, actors: list[Mention], places: Sequence[Mention]) -> set[int]:
    """Indexes of province mentions listed among foreign countries (来自泰国、新加坡、香港的客商;
    "investors from Thailand, Singapore and Hong Kong"): co-guests, not actors. The enumeration
    comma 、 lists; 和/及/and list only for Hong Kong, Macao and Taiwan (云南和老挝签署… is a
    joint act)."""
    countries = {m.end: m for m in places if m.label == "country"}  # (the last one ending there)
    if not countries:
        return set()
    starts = {m.start: m for m in places if m.label == "country"}
    ends, begins = sorted(countries), sorted(starts)
    out = set()
    for i, m in enumerate(actors):
        k = bisect.bisect_right(ends, m.start) - 1  # the nearest country ending before it, 6 characters at most
        if k >= 0 and m.start - ends[k] <= 6:
            p = countries[ends[k]]
            if (_LIST_ENUM if m.code not in _SARS else _LIST_ANY).match(text[p.end:m.start]):
                out.add(i)
            continue
        k = bisect.bisect_left(begins, m.end)  # else one starting after it, 2 characters at most
        while k < len(begins) and begins[k] - m.end <= 2:
            if _LIST_ENUM.match(text[m.end:begins[k]]):
                out.add(i)
                break
            k += 1
    if len(out) == len(actors):
        return set()  # nothing else acts: keep them
    return out


def passing_sars(text: str, actors: list[Mention]) -> set[int]:
    """Indexes of Hong Kong, Macao and Taiwan mentions that name an office of theirs in a
    mainland city (香港驻沪办, 香港特别行政区政府驻上海经济贸易办事处, "Hong Kong Economic and
    Trade Office in ...") or a venue in brackets (中葡论坛(澳门)常设秘书处), in a document whose
    other actors are mainland provinces: they are visited or located, not acting."""
    if not any(m.code not in _SARS for m in actors):
        return set()
    return {i for i, m in enumerate(actors) if m.code in _SARS and _SAR_PASSING.match(text, m.end)
            or m.code in _SARS and text[m.start - 1:m.start] in "(（" and text[m.end:m.end + 1] in ")）"}


def shifted_day(text: str, span: tuple[int, int], prev: tuple[int | None, int, int, int, int] | None
                ) -> tuple[int | None, int, int, int, int] | None:
    """The day of an act clause dated relative to the act before it: 次日/翌日/第二天/"the next
    day" (+1), 前一天/"one day earlier"/"the day before" (-1); None without such a cue or a
    previous day with its month."""
    if prev is None or prev[1] == 0:
        return None
    m = _SHIFT.search(text, *span)
    if m is None:
        return None
    step = -1 if m.group(1) else 1
    try:
        day = _dt.date(prev[0] or 2000, prev[1], prev[2]) + _dt.timedelta(days=step)
    except ValueError:
        return None
    year = day.year if prev[0] else None
    return (year, day.month, day.day, m.start(), m.end())


_VISITED_ZH = ("在", "于", "赴", "抵达", "前往", "访问", "到访", "出访", "考察", "飞抵")
_VISITED_EN = (" in", " at", " to", " visited", " visiting", " visit", " toured")


def visited(text: str, m: Mention, places: Sequence[Mention]) -> bool:
    """Whether a foreign place only locates the act: right after 在/赴/in (a city also after 访问/
    visited), also past its country's name (访问哈萨克斯坦阿拉木图, "in Milan, Italy"); a province
    visited (访问老街省) engages its government."""
    by_end = {p.end: p for p in places if p.label == "country" and p.code == m.code}
    city = (m.entry or "").endswith((".city", ".capital")) or "cities_" in (m.entry or "")
    zh, en = (_VISITED_ZH, _VISITED_EN) if city else (_VISITED_ZH[:5], _VISITED_EN[:3])  # 访问老街省: its government
    for _ in range(4):
        if after_preposition(text, m.start, chinese=zh, english=en):
            return True
        prev = by_end.get(m.start) or by_end.get(m.start - 1)
        if prev is None or text[prev.end:m.start] not in ("", " "):
            return False
        m = prev
    return False


def engaged_regions(record: Record) -> set[str]:
    """Regions the text names outside a designated role's phrase: 面向南亚东南亚辐射中心 casts
    the province as a hub facing South and Southeast Asia (a role target, ``role_targets``),
    it engages neither region in the act."""
    roles, regions = [], []
    for m in record.mentions:  # (one walk: a long document names many places)
        if m.label == "region":
            regions.append(m)
        elif m.label == "formulation" and m.code == "designated_role":
            roles.append((m.start, m.end))
    return {m.code for m in regions if not any(a <= m.start and m.end <= b for a, b in roles)}


_DURING = skipping(re.compile(r"期间|期間|其间|其間|\bduring\b|\bwhile\s+(?:on|in)\b", re.I))


def during_trip(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the clauses report an act during a trip (访问泰国、马来西亚期间，在曼谷会见; "during his
    visit to …"): the act is placed where the text says, not the trip as a whole."""
    return any(_DURING.search(text, a, b) is not None for a, b in spans)
