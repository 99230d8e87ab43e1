"""Engagement cue annotator: each cue is a weighted vote for a TAXONOMY §3 category.

Example:
    >>> from pipeline.lexicon import load
    >>> from pipeline.schemas import Document
    >>> [(c.text, c.code) for c in annotate_cues(Document("d", "省长会见越南客人"), load())]
    [('会见', 'high_level_meeting')]
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..schemas import NO_TARGETS, Document, Mention
from ..text import Normalized
from .host_cues import ENTRY as HOST_ENTRY, host_cues


def _vote(entry: object, surface: str, codes: tuple[str, ...], exact: str | None) -> tuple[str, float, str] | None:
    """(category, weight, entry id) of a cue entry; None for a guard (``category: none``)."""
    cat = entry.category  # type: ignore[attr-defined]
    return None if cat == "none" else (cat, entry.weight, entry.id)  # type: ignore[attr-defined]


def annotate_cues(doc: Document, lexicon: Lexicon, *, norm: Normalized | None = None) -> list[Mention]:
    """Cue mentions (guards with ``category: none`` stop shorter cues and are dropped)."""
    norm = norm or lexicon.normalize(doc.text)
    matcher = lexicon.cues
    votes = matcher.per_literal(_vote)
    text, orig_span = doc.text, norm.orig_span
    same = norm.offsets is None  # (normalised offsets are the original ones: no orig_span call per cue)
    out: list[Mention] = []
    shared = {}.setdefault  # one string per distinct cue text (as annotate_places; issue 17)
    append = out.append
    for start, end, idx, hit in matcher.spans(norm.text, doc.date):
        vote = votes[idx] if hit is None else _vote(hit.entry, hit.surface, hit.codes, None)
        if vote is None:
            continue
        cat, weight, entry_id = vote
        if not same:
            start, end = orig_span(start, end)
        t = text[start:end]
        # (new_mention's fields, without its call: ~0.4 us a cue, tens of thousands a MB)
        append(Mention(start=start, end=end, text=shared(t, t), label="cue", code=cat, entry=entry_id,
                       rule=None if hit is None else hit.rule, targets=NO_TARGETS, weight=weight))
    hosts = host_cues(text, lexicon)  # "hosted the South Korean consul general" (host_cues.py)
    if hosts:
        entry = lexicon.by_id[HOST_ENTRY]
        for a, b in hosts:
            if not any(m.start < b and a < m.end for m in out):
                append(Mention(start=a, end=b, text=text[a:b], label="cue", code=entry.category, entry=entry.id,
                               rule="host_person", targets=NO_TARGETS, weight=entry.weight))
        out.sort(key=lambda m: m.start)
    return out
