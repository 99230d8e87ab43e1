"""Shared helper: turn a matcher hit on the normalised text into an original-text mention."""

from __future__ import annotations

from ..lexicon import Hit
from ..schemas import Document, Mention, new_mention
from ..text import Normalized


def mention(doc: Document, norm: Normalized, hit: Hit, label: str, code: str) -> Mention:
    a, b = norm.orig_span(hit.start, hit.end)
    return new_mention(a, b, doc.text[a:b], label, code, hit.entry.id, hit.rule)
