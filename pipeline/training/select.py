"""Choosing the rules/model combination weight on dev (or a weight set) and scoring test once.

Shared by every model kind that ``pipeline.training.fit`` trains.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any, Callable

from ..classify.data import NULL, Split, data_hash
from ..engagement.policy import blend
from ..errors import E, TifaError
from ..evaluate import engagement_scores
from ..lexicon import Lexicon
from ..lexicon import load as load_lexicon


def lexicon_for(lexicon: str | Path | Lexicon | None) -> Lexicon:
    """The lexicon whose rule votes a model is combined with, loaded once per training run."""
    return lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)


def splits(data: Path) -> dict[str, Path]:
    """``train``/``dev``/``test`` JSONL paths under ``data`` (E054 when train or dev is missing)."""
    paths = {s: data / f"{s}.jsonl" for s in ("train", "dev", "test")}
    if not paths["train"].is_file() or not paths["dev"].is_file():
        raise TifaError(E.TRAINING_DATA, path=str(data))
    return paths


def rule_evidence(texts: list[str], langs: list[str], lexicon: Any = None) -> list[tuple[dict[str, float], list[str]]]:
    """Rule cue scores per text (the rules tagger, no model)."""
    from ..tagger import load

    tagger = load(lexicon, model=False)
    return [tagger.engagement_evidence(t, lang=lang) for t, lang in zip(texts, langs)]


def accuracy(gold: list[str], pred: list[str]) -> dict[str, float]:
    """Accuracy, macro-F1 and support of ``pred`` against ``gold`` (labels, ``null`` included)."""
    return engagement_scores(list(zip(gold, pred)))


def choose_weight_and_score(dev: Split, dev_probs: list[dict[str, float]], test: Split | None,
                            test_probs: Callable[[], list[dict[str, float]]] | None, *, lexicon: Any = None,
                            dev_rules: list | None = None, weight_set: Split | None = None,
                            weight_probs: list[dict[str, float]] | None = None):
    """Choose the rules/model weight on dev (or on ``weight_set``); then, once, score test.

    ``weight_set`` (with the model's ``weight_probs`` on it) is a held-out set that the rules
    were not tuned on (issue 14: corpus/parts/real-dev.jsonl); when given, ``w`` is chosen on
    it by the one-standard-error rule (the weights within one standard error of its best
    accuracy are tied; dev accuracy breaks the tie) and its figures are reported under
    ``weight_set``.

    Returns ``(weight, [(accuracy, weight)...], metrics)`` where metrics holds, per split,
    accuracy and macro-F1 of rules alone, the model alone and the combination.
    """
    dev_rules = dev_rules if dev_rules is not None else rule_evidence(dev.texts, dev.langs, lexicon)
    weights = [round(w * 0.1, 1) for w in range(11)]

    def combined(probs, rules, w):
        return [blend(r, p, w).label or NULL for p, (r, _) in zip(probs, rules)]

    dev_scores = {w: accuracy(dev.labels, combined(dev_probs, dev_rules, w))["accuracy"] for w in weights}
    if weight_set is not None and weight_probs is not None:
        ws_rules = rule_evidence(weight_set.texts, weight_set.langs, lexicon)
        w_scores = [(accuracy(weight_set.labels, combined(weight_probs, ws_rules, w))["accuracy"], w)
                    for w in weights]
        # one-standard-error rule: on a small weight set, every weight whose accuracy is within one
        # standard error of the best is as good; among those, the best on dev (then the larger) wins
        top = max(a for a, _ in w_scores)
        se = (top * (1 - top) / max(len(weight_set.labels), 1)) ** 0.5
        tied = [(a, w) for a, w in w_scores if a >= top - se - 1e-9]
        best_w = max(tied, key=lambda r: (dev_scores[r[1]], r[1]))[1]
    else:
        w_scores = [(dev_scores[w], w) for w in weights]
        best_w = max(w_scores, key=lambda r: (r[0], r[1]))[1]
    systems = (("rules", 0.0), ("model", 1.0), ("combined", best_w))
    metrics: dict[str, Any] = {"dev": {name: accuracy(dev.labels, combined(dev_probs, dev_rules, w))
                                       for name, w in systems}}
    if weight_set is not None and weight_probs is not None:
        metrics["dev_accuracy_by_weight"] = {str(w): a for w, a in dev_scores.items()}
        metrics["weight_set"] = {name: accuracy(weight_set.labels, combined(weight_probs, ws_rules, w))
                                 for name, w in systems}
    if test is not None and test_probs is not None:  # scored only after every choice above was made on dev
        probs, rules = test_probs(), rule_evidence(test.texts, test.langs, lexicon)
        preds = {name: combined(probs, rules, w) for name, w in systems}
        metrics["test"] = {name: accuracy(test.labels, pred) for name, pred in preds.items()}
        metrics["test_by_lang"] = {
            lang: {name: accuracy([g for g, lg in zip(test.labels, test.langs) if lg == lang],
                                   [p for p, lg in zip(pred, test.langs) if lg == lang])
                   for name, pred in preds.items()}
            for lang in sorted(set(test.langs))}
    return best_w, w_scores, metrics


def shared_meta(paths: dict[str, Path], n_train: int | None, n_dev: int, lexicon: Lexicon, weight: float,
                 w_scores: list[tuple[float, float]], metrics: dict[str, Any]) -> dict[str, Any]:
    """The ``meta.json`` fields every model kind writes: data, lexicon, combination, metrics."""
    return {
        "data": {"train": str(paths["train"]), "dev": str(paths["dev"]), "n_train": n_train, "n_dev": n_dev,
                 "hash": data_hash(paths["train"], paths["dev"])},
        "lexicon_hash": lexicon.hash,
        "combination": {"policy": "w * p_model + (1 - w) * rule share", "weight": weight,
                        "chosen_on": "dev accuracy", "dev_accuracy_by_weight": {str(w): a for a, w in w_scores}},
        "metrics": metrics,
    }


def simplex(k: int, step: int = 10) -> list[tuple[float, ...]]:
    """All weight vectors of ``k`` members on a grid of 1/step that sum to 1."""
    return [tuple(c / step for c in combo) for combo in itertools.product(range(step + 1), repeat=k)
            if sum(combo) == step]
