"""Formulations annotator: lexicon terms and slot patterns, with role target regions.

A ``designated_role`` mention carries the target regions fixed by its entry plus those
named inside its match (面向南亚东南亚辐射中心 → SOUTH_ASIA, SOUTHEAST_ASIA).
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..schemas import Document, Mention
from ..text import Normalized
from ._common import mention
from .places import annotate_places


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
    out: list[Mention] = []
    for hit in lexicon.formulations.find(norm.text, doc.date, pairs=norm.pairs):
        entry = hit.entry
        m = mention(doc, norm, hit, "formulation", entry.type)  # type: ignore[attr-defined]
        if entry.type == "designated_role":  # type: ignore[attr-defined]
            targets = list(entry.targets)  # type: ignore[attr-defined]
            targets += [r.code for r in regions if m.start <= r.start and r.end <= m.end]
            m.targets = list(dict.fromkeys(targets))
        out.append(m)
    return out
