"""The one adapter between the engagement layer and the engagement category policy.

The category of each engagement is decided by the same rules + model blend and
precedence rules as the document's (today :func:`pipeline.resolve.rule_scores` /
:func:`pipeline.resolve.decide` and :func:`pipeline.classify.combine.combine`), applied to
that engagement's own sentences. Re-point :func:`categorize` when the policy moves.

Example:
    >>> from pipeline.schemas import new_mention
    >>> cue = new_mention(2, 4, "会见", "cue", "high_level_meeting", "cue.x", weight=2.0)
    >>> categorize([cue], [0], foreign=True).label
    'high_level_meeting'
"""

from __future__ import annotations

from typing import Mapping, Sequence

from ..resolve import decide, rule_scores
from ..schemas import EngagementDetail, Mention


def categorize(cues: Sequence[Mention], sent_starts: list[int], *, foreign: bool,
               model_probs: Mapping[str, float] | None = None, model_weight: float = 0.0) -> EngagementDetail:
    """The category decision for one engagement.

    Args:
        cues: the cue mentions of the engagement's sentences, in text order.
        sent_starts: start offsets of those sentences; the first is the engagement's lead
            (the headline for the primary engagement), weighted as the policy weights a lead.
        foreign: whether the engagement has a foreign partner (precedence rule 5).
        model_probs: classifier probabilities (document-level: given for the primary only).
        model_weight: the model's blend weight.
    """
    scores = rule_scores(list(cues), sent_starts, foreign=foreign)
    entries = sorted({c.entry for c in cues})
    if model_probs is not None:
        from ..classify.combine import combine

        return combine(scores, model_probs, model_weight, cues=entries)
    return decide(scores, cues=entries)
