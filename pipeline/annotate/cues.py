"""Engagement cue annotator: each cue is a weighted vote for a TAXONOMY §3 category."""

from __future__ import annotations

from ..lexicon import Lexicon
from ..schemas import Document, Mention
from ..text import Normalized
from ._common import mention


def annotate_cues(doc: Document, lexicon: Lexicon, *, norm: Normalized | None = None) -> list[Mention]:
    """Cue mentions (guards with ``category: none`` stop shorter cues and are dropped)."""
    norm = norm or lexicon.normalize(doc.text)
    out = []
    for hit in lexicon.cues.find(norm.text, doc.date, pairs=norm.pairs):
        cat = hit.entry.category  # type: ignore[attr-defined]
        if cat == "none":
            continue
        out.append(mention(doc, norm, hit, "cue", cat, weight=hit.entry.weight))  # type: ignore[attr-defined]
    return out
