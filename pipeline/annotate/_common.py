"""Shared helpers: turn matcher hits on the normalised text into original-text spans."""

from __future__ import annotations

from ..lexicon import Hit
from ..schemas import Document, Mention, new_mention
from ..text import Normalized


def orig_span(offsets: tuple[int, ...] | None, start: int, end: int) -> tuple[int, int]:
    """Original ``(start, end)`` of normalised ``[start, end)`` (:meth:`Normalized.orig`
    and ``orig_end`` in one call: it runs for every match of every document)."""
    if offsets is None:
        return start, end
    return offsets[start], offsets[end - 1] + 1


def mention(doc: Document, norm: Normalized, hit: Hit, label: str, code: str) -> Mention:
    a, b = orig_span(norm.offsets, hit.start, hit.end)
    return new_mention(a, b, doc.text[a:b], label, code, hit.entry.id, hit.rule)
