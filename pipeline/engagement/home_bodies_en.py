"""China's own national bodies meeting a province's leaders, as English pages write it (helper een, round 11).

CPAFFC's English pages, the Foreign Ministry's and the Party's International Department's report their
president or minister meeting a provincial vice governor or party secretary (its president "received the vice
governor of Hunan and his party at the association's offices"): work between Chinese bodies, with no foreign
party, is ``domestic_coordination`` (TAXONOMY §3 rule 5), as :mod:`.peer_offices` reads the Chinese forms.
The cue vote reads "met with" as a meeting with foreign visitors. An English meeting or visit that names no
country or region, whose report names such a body and no foreign party in words (ambassador, consul,
embassy, envoys, foreign guests), is re-read so.

Example:
    >>> home_body_en("Li Bin, President of the CPAFFC, met with the Vice Governor of Gansu Province.")
    True
    >>> home_body_en("Li Bin, President of the CPAFFC, met with the Ambassador of Chile and the Vice Governor.")
    False
"""

from __future__ import annotations

import re

from ..schemas import Engagement, Provenance

_HOME_BODY_EN = re.compile(
    r"\b(?:CPAFFC|Chinese People['’]s Association for Friendship with Foreign Countries"
    r"|(?:Chinese|China['’]s) (?:Ministry of Foreign Affairs|Foreign Ministry)"
    r"|Ministry of Foreign Affairs of (?:China|the People['’]s Republic of China|the PRC)"
    r"|International (?:Liaison )?Department of the (?:CPC|Communist Party of China)(?: Central Committee)?"
    r"|IDCPC)\b")
_FOREIGN_PARTY_EN = re.compile(
    r"\b(?:ambassadors?|consuls?|consulates?|embass(?:y|ies)|envoys?|diplomats?|diplomatic corps"
    r"|foreign (?:guests?|delegations?|delegates|officials|friends|journalists|students|mayors|governors|leaders)"
    r"|overseas|international (?:organi[sz]ations?|guests))\b", re.I)
_MEETINGS = frozenset({"high_level_meeting", "delegation_visit"})


def home_body_en(report: str) -> bool:
    """Whether the English ``report`` names one of China's national bodies and no foreign party in words."""
    return _HOME_BODY_EN.search(report) is not None and _FOREIGN_PARTY_EN.search(report) is None


def home_bodies_en(engagements: list[Engagement], text: str, lang: str) -> list[Engagement]:
    """``engagements``, each English meeting or visit with no partner or region whose report (its evidence)
    is :func:`home_body_en` re-read as ``domestic_coordination`` (module docstring)."""
    if lang != "en":
        return engagements
    for e in engagements:
        if e.category not in _MEETINGS or e.partners or e.regions or len(e.evidence) != 2:
            continue
        report = text[e.evidence[0]:e.evidence[1]]
        if not home_body_en(report):
            continue
        body = _HOME_BODY_EN.search(report)
        e.category = "domestic_coordination"
        e.direction, e.counterpart = "domestic", None
        e.provenance.pop("counterpart", None)
        why = Provenance(source="rule", rule="home_body_en", text=body.group(0) if body else None, score=0.8)
        e.provenance["category"] = e.provenance["direction"] = why
    return engagements
