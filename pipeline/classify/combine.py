"""Combining rule cue scores with classifier probabilities.

Policy (chosen on dev, never on test): ``score = w * p_model + (1 - w) * share_rules``,
where ``share_rules`` is each category's share of the rule vote (0 when no cue fired;
"null" gets 1 then). ``w`` is stored in the model's ``meta.json``.

Example:
    >>> d = combine({"greeting": 3.0, "forum_expo": 1.0}, {"greeting": 0.3, "forum_expo": 0.6, "null": 0.1}, 0.5)
    >>> d.label, d.source, d.runner_up
    ('greeting', 'combined', 'forum_expo')
"""

from __future__ import annotations

from typing import Mapping

from ..schemas import EngagementDetail
from .data import LABELS, NULL


def rule_shares(rule_scores: Mapping[str, float]) -> dict[str, float]:
    total = sum(v for v in rule_scores.values() if v > 0)
    if total <= 0:
        return {NULL: 1.0}
    return {k: v / total for k, v in rule_scores.items() if v > 0}


def combine(rule_scores: Mapping[str, float], probs: Mapping[str, float], weight: float, *,
            cues: list[str] | None = None) -> EngagementDetail:
    """Blend and decide; ``null`` as the winner means no engagement."""
    shares = rule_shares(rule_scores)
    if weight >= 1.0:
        mixed = {lab: probs.get(lab, 0.0) for lab in LABELS}
        source = "model"
    else:
        mixed = {lab: weight * probs.get(lab, 0.0) + (1 - weight) * shares.get(lab, 0.0) for lab in LABELS}
        source = "combined" if weight > 0 else "rules"
    ranked = sorted(mixed.items(), key=lambda kv: kv[1], reverse=True)
    (top, top_v), (ru, ru_v) = ranked[0], ranked[1]
    rules_top = max(shares, key=shares.__getitem__)
    model_top = max(probs, key=probs.__getitem__) if probs else NULL
    return EngagementDetail(label=None if top == NULL else top, score=round(top_v, 4), source=source,  # type: ignore[arg-type]
                            runner_up=None if ru == NULL else ru, runner_up_score=round(ru_v, 4), cues=cues or [],
                            rules_label=None if rules_top == NULL else rules_top,
                            model_label=None if model_top == NULL else model_top)
