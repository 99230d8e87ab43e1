"""Combining rule cue scores with classifier probabilities (kept for older callers).

The policy itself lives in :mod:`pipeline.engagement.policy` (act detection, rule
scores, the blend ``w * p_model + (1 - w) * share_rules`` and the precedence rules);
``combine`` blends a bare score dict as before, treating it as the vote of a text that
reports an act when it holds any score.

Example:
    >>> d = combine({"greeting": 3.0, "forum_expo": 1.0}, {"greeting": 0.3, "forum_expo": 0.6, "null": 0.1}, 0.5)
    >>> d.label, d.source, d.runner_up
    ('greeting', 'combined', 'forum_expo')
"""

from __future__ import annotations

from typing import Mapping

from ..engagement.policy import RuleParams, RuleVote, blend, rule_shares
from ..schemas import EngagementDetail

__all__ = ["combine", "rule_shares"]


def combine(rule_scores: Mapping[str, float], probs: Mapping[str, float], weight: float, *,
            cues: list[str] | None = None) -> EngagementDetail:
    """Blend and decide; ``null`` as the winner means no engagement (no precedence facts)."""
    vote = RuleVote(scores={k: v for k, v in rule_scores.items() if v > 0})
    return blend(vote, probs, weight, cues=cues, params=RuleParams(precedence=False))
