"""The sides of a page's one act, not of its summaries (helper fxno, round 10).

A page that reports one engagement gives it every partner and region the page names
(:mod:`.pairing`'s ``single_engagement_document``): right for a readout, whose headline and body
name the same sides, wrong for a work report, a review or a commentary that names one dated act
among summaries (过去一年，省领导出访老挝、越南等国。4月9日，省长率团访问泰国，签署…): the countries of
the summary sentences are the summaries' (partners of the document, TAXONOMY §2), not the act's.

:func:`act_sides` drops from such an engagement the partners and regions named only in sentences that act
detection mutes as summaries or history (:mod:`.summaries`: a year's or a period's summary, a
retrospective list's item, a work summary's office, history told later; a lead of recent years
with no day, 近年来…), when at least one of its
partners or regions is named in a sentence that reports an act; a side also named in any other
sentence (an act, a headline's noun phrase, a remark, a tour's stops) stays. Readouts are left as they were: their
sides are named in their act sentences.

Example:
    >>> from pipeline.schemas import Engagement
    >>> act_sides([], None, [], "zh")
    []
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from ..schemas import Engagement, Mention
from .reading import muted, reading, reports_act
from .summaries import HISTORY_YEARS, history_sentence, page_year, summary_sentence, undated

if TYPE_CHECKING:
    from ..analysis import Analysis

_ALONE = "single_engagement_document"
# a year recalled as the start of ties (从1986年…开始, 自1990年结好以来, 早在1992年, "since 1985", "as early as 1979")
_SINCE_YEAR = re.compile(r"(?:从|從|自|早在)\s*((?:19|20)\d\d)\s*年|\b(?:ever since|since|as early as|back in) ((?:19|20)\d\d)\b",
                         re.I)
# a sentence led by a span of recent years with no day (近年来，某国某省多次组团来访; "Over the years, …"): a summary
_RECENT_YEARS = re.compile(r"^\W{0,3}(?:近年来|近年來|近几年|近幾年|近些年|多年来|多年來|长期以来|長期以來"
                           r"|(?:over|in) (?:the )?(?:past|recent|last) (?:few |several |\w+ )?years\b|over the years\b)", re.I)

# an undated clause led by "in the past," ("As the bureau put it, in the past, like accords were reached with …"):
# earlier occasions recalled, not this act's sides
_PAST_CLAUSE = re.compile(r"(?:^\W{0,3}|[,;]\s*)(?:in the past|in previous years|in earlier years)\s*,", re.I)


def act_sides(engagements: list[Engagement], analysis: "Analysis | None", places: Sequence[Mention],
              lang: str) -> list[Engagement]:
    """``engagements``, the one engagement of a page (its sides taken from the whole page) keeping only
    the partners and regions named outside muted sentences, where one of them is named in an act
    sentence (module docstring)."""
    if analysis is None or len(engagements) != 1:
        return engagements
    e = engagements[0]
    prov = e.provenance.get("partners")
    if prov is None or prov.rule != _ALONE or not (e.partners or e.regions):
        return engagements
    named = [m for m in places if (m.label == "country" and m.code in e.partners)
             or (m.label == "region" and m.code in e.regions)]
    if not named:
        return engagements
    where = analysis.sentence_of(named)
    in_act: set[str] = set()
    kept: set[str] = set()
    told: dict[int, bool] = {}
    for m, si in zip(named, where):
        if reports_act(analysis, lang, si):
            in_act.add(m.code)
            kept.add(m.code)
        elif not muted(analysis, lang, si):
            kept.add(m.code)
        else:
            got = told.get(si)
            if got is None:
                got = told[si] = _summary(analysis, lang, si)
            if not got:
                kept.add(m.code)  # muted for another reason (a remark, a tour's 先后): still this act's side
    if not in_act or kept >= set(e.partners) | set(e.regions):
        return engagements
    e.partners = [p for p in e.partners if p in kept]
    e.regions = [r for r in e.regions if r in kept]
    return engagements


def _summary(analysis: "Analysis", lang: str, si: int) -> bool:
    """Whether the document's sentence ``si`` is muted as a summary or as history (:mod:`.summaries`: a year's or a
    period's lead, a work summary's office, a retrospective list's item, a lead years before the page's)."""
    a, b = analysis.sentences[si]
    text = analysis.text
    raw = text[a:b]
    s = reading(raw, analysis.simplified(si) if analysis.normalizer is not None else None)
    zh = lang == "zh"
    if summary_sentence(raw, s, a, zh=zh, before=text[max(0, a - 400):a]):
        return True
    if (_RECENT_YEARS.match(s) or _PAST_CLAUSE.search(s)) and undated(s, zh=zh):
        return True
    year = analysis.fact("page_year", lambda: page_year(text, analysis.doc.date.year if analysis.doc.date else None))
    if history_sentence(s, zh=zh, doc_year=year):
        return True
    # history recalled anywhere in the sentence (a speech's 从1986年…开始, "ever since 1985"): the tie's, not the act's
    return year is not None and any(int(m.group(1) or m.group(2)) <= year - HISTORY_YEARS
                                    for m in _SINCE_YEAR.finditer(s))
