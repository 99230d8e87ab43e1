"""Formulations annotator: lexicon terms and slot patterns, with role target regions.

A ``designated_role`` mention carries the target regions fixed by its entry plus those
named inside its match (面向南亚东南亚辐射中心 → SOUTH_ASIA, SOUTHEAST_ASIA).
"""

from __future__ import annotations

from bisect import bisect_left

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
    if any(a.start > b.start for a, b in zip(regions, regions[1:])):
        regions.sort(key=lambda r: r.start)  # (annotate_places gives them in text order)
    region_starts = [r.start for r in regions]
    out: list[Mention] = []
    for hit in lexicon.formulations.find(norm.text, doc.date):
        entry = hit.entry
        m = mention(doc, norm, hit, "formulation", entry.type)  # type: ignore[attr-defined]
        if entry.type == "designated_role":  # type: ignore[attr-defined]
            targets = list(entry.targets)  # type: ignore[attr-defined]
            targets += _inside(regions, region_starts, m.start, m.end)
            m.targets = list(dict.fromkeys(targets))
        out.append(m)
    return out


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
