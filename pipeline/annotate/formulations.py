"""Formulations annotator: lexicon terms and slot patterns, with role target regions.

A ``designated_role`` mention carries the target regions fixed by its entry plus those
named inside its match (面向南亚东南亚辐射中心 → SOUTH_ASIA, SOUTHEAST_ASIA).

A phrase carries every type whose term it contains (TAXONOMY §1): matching is
leftmost-longest, so 向北开放桥头堡 is one ``designated_role`` hit; :func:`nested_types`
then finds the terms of other types inside it (向北开放 → ``opening_up``) and the
annotator emits one more mention per further type, on the same span, with
``rule = "nested:<outer entry id>"``.

Example:
    >>> from pipeline.lexicon import load
    >>> from pipeline.schemas import Document
    >>> ms = annotate_formulations(Document("d", "把内蒙古建设成为我国向北开放桥头堡"), load())
    >>> sorted((m.text, m.code) for m in ms)
    [('向北开放桥头堡', 'designated_role'), ('向北开放桥头堡', 'opening_up')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date

from ..lexicon import Lexicon, Matcher
from ..schemas import Document, Mention, new_mention
from ..text import Normalized
from ._common import mention
from .places import annotate_places

_WORD_START = re.compile(r"(?<![a-z0-9'’-])[a-z0-9]")
_WORD_END = re.compile(r"[a-z0-9](?![a-z0-9'’-])")
_CJK = re.compile("[\u3400-\u9fff]")
# A friendship term that opens the name of an organisation is the organisation, not the
# formulation (TAXONOMY §1): "Sister Cities International", 中国国际友好城市联合会,
# 美国姐妹城市国际组织. Matched on the original text right after the term; English needs
# the capitalised word of a name.
_ORG_AFTER_EN = re.compile(r"\s+(?:International|Association|Associations|Council|Federation|Foundation|Commission|Alliance|Network|Institute|Society|Program|Programme)\b")
_ORG_AFTER_ZH = re.compile(r"(?:国际组织|國際組織|国际协会|國際協會|协会|協會|联合会|聯合會|联谊会|聯誼會|促进会|促進會"
                           r"|研究会|研究會|基金会|基金會|委员会|委員會)")
# The site name of a foreign-affairs office's page on its own line at the top of the text
# (辽宁省人民政府外事办公室, maybe with the date line), and a page footer (版权所有, 主办单位),
# are page furniture, not the vocabulary of the report (issue 14, HTML headline).
_SITE_LINE = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{2,16}?(?:人民政府)?外事(?:办公室|辦公室|办|辦)"
    r"|(?:the )?(?:[A-Z][\w'’-]+ ){1,5}(?:Provincial |Municipal |Regional )?Foreign Affairs Office)"
    r"(?:\s+(?:发布(?:日期|时间)|發布(?:日期|時間))?\s*[:：]?\s*\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?\s*$")
_FOOTER_LINE = re.compile(r"版权所有|版權所有|主办单位|主辦單位|ICP备|ICP備|Copyright ©|All rights reserved", re.I)
# every character a footer match can start with, re.I's folds included (İ and ı fold onto i):
# a case-sensitive class, which re skips to by its own scan; a line without one holds no
# footer (issue 17: the case-insensitive alternation was tried at every character of every
# line, a fifth of the formulation annotator's time on the dev texts)
_FOOTER_START = re.compile("[版主IiİıCcAa]")
# A role "of Kazakhstan" or "Kazakhstan's gateway" is a foreign place's, not a
# designation of a Chinese province or city (TAXONOMY §1 designated_role).
_OF_AFTER = re.compile(r"[\s'’]*of (?:the )?", re.I)
_POSS_BEFORE = re.compile(r"['’]s\s+(?:[A-Za-z-]+\s+){0,2}$")


def nested_types(lexicon: Lexicon, phrase: str, outer_type: str, day: date | None = None) -> list[tuple[str, str]]:
    """``(type, entry id)`` of every term of another type than ``outer_type`` inside ``phrase``.

    ``phrase`` is normalised text (``lexicon.normalize(...).text``) of one formulation
    hit. Every proper suffix and prefix is matched (cut at each character in Chinese, at
    word boundaries in Latin script), so a term at either end or inside is found.
    """
    if len(phrase) < 3:
        return []
    matcher = lexicon.formulations
    key = ("nested", phrase, outer_type, day if matcher.dated else None)
    return list(matcher.memo(key, lambda: _nested_types(matcher, phrase, outer_type, day)))


def _nested_types(matcher: Matcher, phrase: str, outer_type: str, day: date | None) -> tuple[tuple[str, str], ...]:
    """:func:`nested_types` computed (the matcher remembers it per phrase, type and, for a
    dated lexicon, day: a phrase's nested terms do not depend on the document)."""
    n = len(phrase)
    if _CJK.search(phrase):
        starts, ends = range(1, n - 1), range(n - 1, 1, -1)
    else:
        starts = [m.start() for m in _WORD_START.finditer(phrase) if m.start() > 0]
        ends = [m.end() for m in _WORD_END.finditer(phrase) if m.end() < n]
    found: dict[str, str] = {}
    pieces = [phrase[i:] for i in starts] + [phrase[:j] for j in ends]
    for piece in pieces:
        for hit in matcher.find(piece, day):
            t = hit.entry.type  # type: ignore[attr-defined]
            if t != outer_type and t not in found:
                found[t] = hit.entry.id
    return tuple(sorted(found.items()))


def annotate_formulations(
    doc: Document,
    lexicon: Lexicon,
    *,
    norm: Normalized | None = None,
    places: list[Mention] | None = None,
) -> list[Mention]:
    """Formulation mentions; ``places`` (if already computed) supplies target regions."""
    norm = norm or lexicon.normalize(doc.text)
    if places is None:
        places = annotate_places(doc, lexicon, norm=norm)
    regions = [m for m in places if m.label == "region"]
    if any(a.start > b.start for a, b in zip(regions, regions[1:])):
        regions.sort(key=lambda r: r.start)  # (annotate_places gives them in text order)
    region_starts = [r.start for r in regions]
    out: list[Mention] = []
    countries = {m.start for m in places if m.label == "country" and m.code != "CHN"}, \
        {m.end for m in places if m.label == "country" and m.code != "CHN"}
    furniture = page_furniture(doc.text)
    furniture_starts = [a for a, _ in furniture]
    for hit in lexicon.formulations.find(norm.text, doc.date):
        entry = hit.entry
        m = mention(doc, norm, hit, "formulation", entry.type)  # type: ignore[attr-defined]
        if furniture and _within(furniture, furniture_starts, m.start, m.end):
            continue
        if m.code == "friendship_network" and organisation_name(doc.text, m):
            continue
        if m.code == "designated_role" and foreign_role(doc.text, m, countries):
            continue
        made = [m]
        for t, entry_id in nested_types(lexicon, norm.text[hit.start:hit.end], m.code, doc.date):
            made.append(new_mention(m.start, m.end, m.text, "formulation", t, entry_id, f"nested:{entry.id}"))
        for x in made:
            if x.code == "designated_role":
                targets = list(entry.targets) if x is m else []  # type: ignore[attr-defined]
                targets += _inside(regions, region_starts, x.start, x.end)
                x.targets = list(dict.fromkeys(targets))
        out.extend(made)
    return out


def page_furniture(text: str) -> list[tuple[int, int]]:
    """Spans of page-furniture lines: a site-name line among the first two lines
    (辽宁省人民政府外事办公室, "… 发布时间:2024-01-12") and footer lines (版权所有, 主办单位)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for i, line in enumerate(text.split("\n")):
        if ((i < 2 and ("外事" in line or "Foreign Affairs Office" in line) and _SITE_LINE.match(line))
                or (len(line) < 200 and _FOOTER_START.search(line) and _FOOTER_LINE.search(line))):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def organisation_name(text: str, m: Mention) -> bool:
    """Whether the friendship term ``m`` opens an organisation's name (Sister Cities
    International, 友好城市联合会, 姐妹城市国际组织)."""
    after = text[m.end:m.end + 16]
    if _CJK.match(after[:1] or " "):
        return _ORG_AFTER_ZH.match(after) is not None
    return _ORG_AFTER_EN.match(after) is not None


def foreign_role(text: str, m: Mention, countries: tuple[set[int], set[int]]) -> bool:
    """Whether the English role ``m`` belongs to a foreign country: "the western gateway
    of Kazakhstan", "Kazakhstan's western gateway" (a country mention right after "of", or
    a possessive country just before). "a gateway for Laos to the sea" stays a role: the
    province serves the country.

    Roles that already name their object inside the match ("gateway to Central Asia")
    are not touched: only the text outside the mention is read. ``countries`` holds the
    start and the end offsets of the document's foreign country mentions.
    """
    if _CJK.search(m.text):
        return False
    after = _OF_AFTER.match(text, m.end)
    if after is not None and after.end() in countries[0]:
        return True
    before = text[max(0, m.start - 40):m.start]
    poss = _POSS_BEFORE.search(before)
    if poss is not None:
        at = m.start - len(before) + poss.start()
        return at in countries[1]
    return False


def _within(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of ``spans`` (sorted, disjoint)."""
    i = bisect_right(starts, start) - 1
    return i >= 0 and spans[i][1] >= end


def _inside(regions: list[Mention], starts: list[int], start: int, end: int) -> list[str]:
    """Codes of the regions (sorted by start) lying within ``[start, end)``, in order: a
    binary search to the first that can, so a long document's many designated roles do
    not each walk every region (that walk made tagging quadratic in document size)."""
    out = []
    for i in range(bisect_left(starts, start), len(regions)):
        r = regions[i]
        if r.start >= end:
            break
        if r.end <= end:
            out.append(r.code)
    return out
