"""English bilateral coverage: the foreign envoys a page names, and a trip's own signing (helper fen, round 12).

**Envoys named on the page are there.** An English page about a provincial leader's meeting, an
envoys' tour or an event names its foreign diplomats by their posts, often in a sentence of their
own after the act: a list of those present ("The Kenyan Ambassador to China, the Consul General
of Peru in Chongqing and the counsellor of the Embassy of Laos attended"), a quoted remark ("said
the Ambassador of Ghana to China"). A diplomat of country X named by post is a party to the act the
page reports (TAXONOMY §2: co-participants are partners), not a country in passing.

- :func:`envoy_country`: whether a country mention names a foreign envoy's country: "Ambassador of
  X (to China)", "Consul General of X", "counsellor of the Embassy of the Republic of X", "X's
  Ambassador", "X Ambassador to China", "Xian Consul General", "Embassy of X". China's own
  envoys posted abroad ("Ambassador of China to X", "Chinese Ambassador to X") do not count: the
  country follows "to", not "of".
- :func:`with_envoys`: a page's engagement given the envoy countries its report names, where the
  mention lies after the engagement's first evidence and inside its report (the only engagement,
  or the one whose evidence holds the mention), in a sentence that reports no act of its own.

**A trip's signing reported in its own paragraph** (:func:`trip_signing_merged`): an English page
tells a trip twice, a caption and then the body ("X led a delegation to visit Y between June 27
and 29 … signed letters of intent"); pairing may give the caption's trip and the body's signing
as two engagements of the same province, country, venue and date. They are one occasion, and rule 4
makes it the signing's category.

Example:
    >>> t = "Governor Li met the envoys. The Kenyan Ambassador to China attended the meeting."
    >>> from pipeline.schemas import Mention
    >>> m = Mention(start=32, end=38, text="Kenyan", label="country", code="KEN", entry="country.KEN.demonym")
    >>> envoy_country(t, m)
    True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from ..schemas import Engagement, Mention, Provenance

if TYPE_CHECKING:
    from ..analysis import Analysis

_POST = (r"(?:ambassadors?|consuls?[- ]general|consul generals?|consuls?|charg[eé]s? d['’]affaires|counsel+ors?"
         r"|ministers?[- ]counsel+ors?|minister(?=\s+at\b)|attach[eé]s?|envoys?|diplomats?"
         r"|(?:first|second|third) secretar(?:y|ies)|embass(?:y|ies)|consulates?(?:[- ]general)?|missions?)")
# the post before its country: "Ambassador of the Republic of Ghana to China", "Minister at the Embassy of Germany",
# "the Consul General of Peru in Chongqing", "diplomats from Laos"
_STATE = (r"(?:(?:republic|kingdom|federal republic|democratic republic|state|islamic republic|union|commonwealth|sultanate"
          r"|principality|grand duchy|plurinational state|bolivarian republic|oriental republic|socialist republic"
          r"|federative republic|united republic|arab republic|people['’]s republic|democratic socialist republic)"
          r" of (?:the )?)")
_POST_BEFORE = re.compile(r"\b" + _POST + r"(?: extraordinary and plenipotentiary)?(?: at the (?:embassy|consulate(?:[- ]general)?))?"
                          r" (?:of|from) (?:the )?" + _STATE + r"?$", re.I)
# the country before its post: "Ghana's Ambassador to China", "Mozambican Ambassador", "Cambodian Consul General in
# Haikou", "the Lao Embassy"
_POST_AFTER = re.compile(r"(?:['’]s)?\s+(?:deputy |acting |new |former |outgoing )?" + _POST + r"\b", re.I)
# China's own envoy named by the country he is posted to: "Chinese Ambassador to Laos", "Ambassador of China to Laos"
_CHINA_POST = re.compile(r"\b(?:chinese|china['’]s|china|prc)\s+(?:deputy |acting )?" + _POST
                         + r"(?: extraordinary and plenipotentiary)?\s+(?:to|in)\s+(?:the\s+)?$"
                         r"|\b(?:of|from) (?:the )?(?:people['’]s republic of )?china (?:to|in) (?:the )?$", re.I)
# the sentence reports an act of its own: another engagement, not those present
_OWN_ACT_EN = re.compile(r"\b(?:met with|held talks|signed|inked|visited|will (?:visit|attend|meet))\b", re.I)
# a look-back or a future frame around the mention: no one present
_ELSEWHEN_EN = re.compile(r"\b(?:in the past|previously|formerly|former|last year|will|plans? to|is expected to)\b", re.I)


def envoy_country(text: str, m: Mention) -> bool:
    """Whether the English country mention ``m`` names the country of a foreign envoy (module docstring)."""
    if not m.text[:1].isascii():
        return False
    before = text[max(0, m.start - 80):m.start]
    if _CHINA_POST.search(before):
        return False
    if _POST_BEFORE.search(before):
        return True
    return _POST_AFTER.match(text, m.end, min(len(text), m.end + 60)) is not None


# a country listed after an envoy's ("…'s Ambassador to China Hassan R., as well as Nigeria, Uganda and Kenya")
_LISTED_AFTER = re.compile(r"[^.;!?\n]{0,80}?(?:,|\band|\bas well as)\s*$", re.I)


def envoy_mentions(text: str, countries: Sequence[Mention]) -> list[Mention]:
    """The English country mentions of ``countries`` that name a foreign envoy's country (:func:`envoy_country`),
    and those listed right after one of them in the same list (module docstring)."""
    out: list[Mention] = []
    prev: Mention | None = None
    for m in sorted(countries, key=lambda x: x.start):
        if envoy_country(text, m) or (prev is not None and out and out[-1] is prev and prev.end <= m.start
                                      and _LISTED_AFTER.fullmatch(text, prev.end, m.start) is not None):
            out.append(m)
        prev = m
    return out


def with_envoys(engagements: list[Engagement], analysis: "Analysis | None", places: Sequence[Mention],
                lang: str) -> list[Engagement]:
    """``engagements``, each given the countries of the foreign envoys named in its report (module docstring)."""
    if lang != "en" or analysis is None or not engagements:
        return engagements
    text = analysis.doc.text
    envoys = envoy_mentions(text, [m for m in places if m.label == "country" and m.role == "partner"])
    if not envoys:
        return engagements
    spans = [tuple(e.evidence) if len(e.evidence) == 2 else None for e in engagements]
    where = analysis.sentence_of(envoys)
    for m, si in zip(envoys, where):
        if si is None or si < 0:
            continue
        a, b = analysis.sentences[si]
        if _OWN_ACT_EN.search(text, a, b) or _ELSEWHEN_EN.search(text, a, b):
            continue
        holders = [i for i, s in enumerate(spans) if s is not None and s[0] <= m.start < s[1]]
        if not holders and len(engagements) == 1 and spans[0] is not None and m.start >= spans[0][0]:
            holders = [0]
        if len(holders) != 1:
            continue
        e = engagements[holders[0]]
        if e.direction == "domestic" or m.code in e.partners:
            continue
        e.partners = list(e.partners) + [m.code]
        e.provenance["partners"] = Provenance(source="rule", rule="envoys_named_en", score=0.7)
    return engagements


def trip_signing_merged(engagements: list[Engagement], lang: str) -> list[Engagement]:
    """``engagements`` with a trip and a signing of the same province, country, venue and date merged into the
    signing (rule 4; module docstring)."""
    if lang != "en" or len(engagements) < 2:
        return engagements
    out: list[Engagement] = []
    for e in engagements:
        prev = out[-1] if out else None
        if (prev is not None and {prev.category, e.category} == {"delegation_visit", "cooperation_project"}
                and prev.provinces == e.provinces and prev.date is not None and prev.date == e.date
                and prev.venue is not None and prev.venue == e.venue and prev.direction == e.direction
                and set(prev.partners) & set(e.partners)):
            keep, other = (e, prev) if e.category == "cooperation_project" else (prev, e)
            keep.partners = list(dict.fromkeys(list(prev.partners) + list(e.partners)))
            keep.regions = list(dict.fromkeys(list(prev.regions) + list(e.regions)))
            if len(prev.evidence) == 2 and len(e.evidence) == 2:
                keep.evidence = [min(prev.evidence[0], e.evidence[0]), max(prev.evidence[1], e.evidence[1])]
            first = prev  # (the trip's lead names its highest sides)
            for field in ("official", "counterpart"):
                if getattr(first, field) is not None:
                    setattr(keep, field, getattr(first, field))
            keep.provenance["category"] = Provenance(source="rule", rule="rule4_trip_signing_en", score=0.7)
            out[-1] = keep
            continue
        out.append(e)
    return out


# the sentence names the visiting group again: "The delegation also visited …", "Over the next three days, the group toured …"
_GROUP_AGAIN_EN = re.compile(r"[^.;]{0,40}?\b(?:they|the (?:delegation|guests|visitors|group|envoys|diplomats|mission"
                             r"|team|party))\b", re.I)
_IN_CHINA = ("inbound", None)


def tour_told_again(text: str, engagements: list[Engagement], lang: str) -> list[Engagement]:
    """``engagements`` with an English inbound tour that names the group of the engagement before it again ("The
    delegation also visited a port", "Between 9 and 12 June, the group toured four towns") merged into that one: a
    meeting with a touring group and its tour are one occasion (rule 8), as are a tour's lead and its itinerary
    told with other dates; the tour lends its countries and regions, the meeting keeps its category."""
    if lang != "en" or len(engagements) < 2:
        return engagements
    out: list[Engagement] = []
    for e in engagements:
        prev = out[-1] if out else None
        if (prev is not None and e.category == "delegation_visit" and len(e.evidence) == 2 and len(prev.evidence) == 2
                and prev.category in ("high_level_meeting", "delegation_visit")
                and set(e.provinces) & set(prev.provinces) and e.direction in _IN_CHINA + ("remote",)
                and prev.direction in _IN_CHINA + ("remote",)
                and (not e.partners or not prev.partners or set(e.partners) <= set(prev.partners))
                and _GROUP_AGAIN_EN.match(text, e.evidence[0], e.evidence[1]) is not None):
            keep, other = (prev, e) if prev.category == "high_level_meeting" or prev.partners or not e.partners else (e, prev)
            keep.provinces = [p for p in keep.provinces if p in set(prev.provinces)] or keep.provinces
            keep.partners = list(dict.fromkeys(list(prev.partners) + list(e.partners)))
            keep.regions = list(dict.fromkeys(list(prev.regions) + list(e.regions)))
            if keep.direction == "remote" and other.direction == "inbound":  # (a tour is where it goes)
                keep.direction, keep.venue = other.direction, other.venue or keep.venue
            if keep.date is None:
                keep.date = other.date
            keep.evidence = [min(prev.evidence[0], e.evidence[0]), max(prev.evidence[1], e.evidence[1])]
            out[-1] = keep
            continue
        out.append(e)
    return out
