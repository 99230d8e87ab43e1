"""Shared helper: turn matcher hits on the normalised text into original-text mentions."""

from __future__ import annotations

from ..lexicon import Hit
from ..schemas import Document, Mention, new_mention
from ..text import Normalized


def span(doc: Document, norm: Normalized, hit: Hit) -> tuple[int, int, str]:
    """Original ``(start, end, text)`` of a hit found on ``norm`` (runs for every hit of
    every document: :meth:`Normalized.orig` and ``orig_end`` written out)."""
    offsets = norm.offsets
    if offsets is None:
        a, b = hit.start, hit.end
    else:
        a, b = offsets[hit.start], offsets[hit.end - 1] + 1
    return a, b, doc.text[a:b]


def case_ok(doc: Document, norm: Normalized, hit: Hit) -> bool:
    """Short all-capital acronyms match only when the original is written that way."""
    return hit.exact_case is None or span(doc, norm, hit)[2] == hit.exact_case


def mention(doc: Document, norm: Normalized, hit: Hit, label: str, code: str, *,
            weight: float | None = None) -> Mention:
    a, b, t = span(doc, norm, hit)
    return new_mention(a, b, t, label, code, hit.entry.id, hit.rule, weight=weight)
