"""A foreign delegation's tour and the provincial leader's meeting with it: one engagement.

TAXONOMY §3 rule 8: a foreign body's or envoys' tour of the province on which provincial
leaders meet them is ``high_level_meeting`` when the meeting is reported. News pages
report such a visit in two steps: the group's arrival or tour (十五国领事官员代表团5日抵达成都，
开始为期四天的访川之行), then the leader's meeting with *that* group (副省长5日下午在成都会见了
访问团一行). Pairing reads the steps as two segments, a ``delegation_visit`` and a
``high_level_meeting``; they are one occasion. :func:`merged_tours` keeps the meeting,
with the tour's countries and regions (listed with the group) and its first evidence.

The meeting must name the group again (会见了访问团一行, 会见使节团, 接见代表团全体成员) and
be held by the tour's province, inbound: a meeting with another party keeps its own
engagement.

Example:
    >>> from pipeline.schemas import Engagement
    >>> t = "越南青年代表团抵达昆明，开始访问。副省长当天会见了代表团一行。"
    >>> a = Engagement(category="delegation_visit", provinces=["CN-YN"], partners=["VNM"],
    ...                direction="inbound", evidence=[0, 16])
    >>> b = Engagement(category="high_level_meeting", provinces=["CN-YN"], partners=[],
    ...                direction="inbound", evidence=[16, 31])
    >>> [(e.category, e.partners, e.evidence) for e in merged_tours(t, [a, b])]
    [('high_level_meeting', ['VNM'], [0, 31])]
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from ..schemas import Document, Engagement, Mention, Record
from .pairing import extract as _paired
from .segments import MEETS_GROUP_EN, refined, summary_page
from .group_guests import group_met  # (helper qgrp)
from .home_bodies_en import home_bodies_en
from .summary_sides import act_sides  # (a page's one act keeps the sides its act sentences name)
from .events_en import held_side_event, not_yet_held, with_participants  # (an English event's participants listed after its lead)
from .meet_en import tour_told_again, trip_signing_merged, with_envoys  # (English envoys named by post; a trip's signing: helper fen)

# the meeting names the touring group again (Simplified and Traditional forms of the verbs and groups)
_MEETS_GROUP = re.compile(
    "(?:会见|會見|接见|接見|会晤|會晤|看望|宴请|宴請)(?:了)?[^。！？\n]{0,16}?"
    "(?:访问团|訪問團|代表团|代表團|使节团|使節團|考察团|考察團|领事团|領事團|参访团|參訪團)")


def _meets_group(text: str, e: Engagement, lang: str = "zh") -> bool:
    if len(e.evidence) != 2:
        return False
    a, b = e.evidence
    return (MEETS_GROUP_EN if lang == "en" else _MEETS_GROUP).search(text, a, b) is not None or group_met(text, lang, a, b)


def merged_tours(text: str, engagements: list[Engagement], lang: str = "zh") -> list[Engagement]:
    """``engagements`` with each inbound tour followed by its province's meeting with the same
    group merged into that meeting (TAXONOMY §3 rule 8; ``lang``: "en" reads the English
    meeting, "met with the delegation")."""
    out: list[Engagement] = []
    for e in engagements:
        prev = out[-1] if out else None
        if (prev is not None and prev.category == "delegation_visit" and e.category == "high_level_meeting"
                and prev.direction == "inbound" and e.direction in ("inbound", None)
                and set(e.provinces) & set(prev.provinces) and _meets_group(text, e, lang)):
            # (the host's meeting: a province the meeting names beyond the tour's, a dated name read
            # at the page's date, is not the host: a former deputy secretary named at his later post)
            e.provinces = [p for p in e.provinces if p in prev.provinces]
            e.partners = list(dict.fromkeys(prev.partners + e.partners))
            e.regions = list(dict.fromkeys(prev.regions + e.regions))
            if e.date is None and prev.date is not None:
                e.date = prev.date
                if "date" in prev.provenance:
                    e.provenance["date"] = prev.provenance["date"]
            if len(prev.evidence) == 2 and len(e.evidence) == 2:
                e.evidence = [min(prev.evidence[0], e.evidence[0]), max(prev.evidence[1], e.evidence[1])]
            out[-1] = e
            continue
        out.append(e)
    return out


def extract(doc: Document, places: Sequence[Mention], cues: Sequence[Mention], record: Record, **kw: Any
            ) -> list[Engagement]:
    """:func:`pipeline.engagement.pairing.extract`, then :func:`merged_tours` on its engagements
    and :func:`.segments.refined` (rules 4 and 8 over each engagement's whole report)."""
    if summary_page(doc.text):
        return []  # a work summary, plan or yearbook: no occasion reported (the record's category goes with it)
    lang = doc.lang or "zh"
    analysis = kw.get("analysis")
    simplify = analysis.simplify if analysis is not None and analysis.normalizer else None
    year = doc.date.year if doc.date is not None else None
    out = refined(doc.text, lang, merged_tours(doc.text, _paired(doc, places, cues, record, **kw), lang), year, simplify,
                  [m for m in places if m.label == "province" and m.role == "actor"],
                  [m for m in places if m.label == "country" and m.role == "partner"])
    # the passes after pairing, in order (each takes and returns the engagements)
    out = tour_told_again(doc.text, trip_signing_merged(out, lang), lang)  # (a trip told twice: helper fen)
    out = act_sides(out, analysis, places, lang)
    out = with_participants(out, analysis, places, lang)  # (an English event's participants: helper een2)
    out = with_envoys(out, analysis, places, lang)  # (English envoys named by post: helper fen)
    out = not_yet_held(held_side_event(out, analysis, lang), doc.date, lang)
    return home_bodies_en(_no_foreign_counterpart(out), doc.text, lang)  # (CPAFFC meeting a vice governor: helper een)


def _no_foreign_counterpart(engagements: list[Engagement]) -> list[Engagement]:
    """Each engagement, a ``domestic_coordination`` one without the counterpart only a cue or a generic title's
    default side (秘书长, 会长) gave it: work between Chinese offices engages no foreign party (TAXONOMY §3 rule 5), so a 友协秘书长 or a
    友城 topic names none (fxzh, round 10); a title read as foreign by its place or marker stays."""
    out = []
    for e in engagements:
        p = e.provenance.get("counterpart")
        if e.category == "domestic_coordination" and e.counterpart is not None and (
                p is None or p.source == "cue" or (p.rule or "").endswith("entry_default")
                and e.counterpart in ("international_org", "other")):  # (a party or ministry post stays foreign)
            e.counterpart = None
            e.provenance.pop("counterpart", None)
        out.append(e)
    return out
