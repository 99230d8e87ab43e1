"""Training engagement classifiers: ``tifa train engagement --kind sklearn``.

Hyper-parameters and the rules/model combination weight are chosen on dev; test is
only scored, after every choice is made, and reported in ``meta.json`` and ``card.md``.
"""

from __future__ import annotations

import itertools
import json
import os
import time
import zipfile
from pathlib import Path
from typing import Any

from ..errors import TifaError
from ..evaluate import engagement_scores
from .combine import combine
from .data import LABELS, NULL, data_hash, load_split, model_input
from .models import SKOPS_FILE, EngagementModel


def _splits(data: Path) -> dict[str, Path]:
    paths = {s: data / f"{s}.jsonl" for s in ("train", "dev", "test")}
    if not paths["train"].is_file() or not paths["dev"].is_file():
        raise TifaError("E054", path=str(data))
    return paths


def _pipeline(c: float, ngram: tuple[int, int], seed: int):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    return Pipeline([
        ("tfidf", TfidfVectorizer(analyzer="char_wb", ngram_range=ngram, sublinear_tf=True, min_df=2,
                                  lowercase=True)),
        ("clf", LogisticRegression(C=c, max_iter=2000, class_weight="balanced", random_state=seed)),
    ])


def rule_evidence(texts: list[str], langs: list[str]) -> list[tuple[dict[str, float], list[str]]]:
    """Rule cue scores per text (the rules tagger, no model)."""
    from ..tagger import load

    tagger = load()
    return [tagger.engagement_evidence(t, lang=lang) for t, lang in zip(texts, langs)]


def _accuracy(gold: list[str], pred: list[str]) -> dict[str, float]:
    return engagement_scores(list(zip(gold, pred)))


def train_sklearn(data: str | Path, out: str | Path, *, seed: int = 13) -> dict[str, Any]:
    """Fit the TF-IDF baseline, choose C, n-grams and the combination weight on dev."""
    import skops.io as sio

    t0 = time.perf_counter()
    paths = _splits(Path(data))
    train, dev = load_split(paths["train"]), load_split(paths["dev"])
    test = load_split(paths["test"]) if paths["test"].is_file() else None
    x_train = [model_input(t) for t in train.texts]
    x_dev = [model_input(t) for t in dev.texts]
    grid = list(itertools.product([1.0, 4.0, 16.0], [(1, 3), (2, 4)]))
    scored = []
    for c, ngram in grid:
        est = _pipeline(c, ngram, seed).fit(x_train, train.labels)
        scored.append((_accuracy(dev.labels, list(est.predict(x_dev)))["accuracy"], c, ngram))
    best_acc, best_c, best_ngram = max(scored, key=lambda r: (r[0], -r[1]))
    est = _pipeline(best_c, best_ngram, seed).fit(x_train, train.labels)
    model = EngagementModel(Path(out), {"kind": "sklearn"}, est)

    dev_probs = model.predict_proba(x_dev)
    dev_rules = rule_evidence(dev.texts, dev.langs)
    weights = [round(w * 0.1, 1) for w in range(11)]

    def combined(probs, rules, w):
        return [combine(r, p, w).label or NULL for p, (r, _) in zip(probs, rules)]

    w_scores = [(_accuracy(dev.labels, combined(dev_probs, dev_rules, w))["accuracy"], w) for w in weights]
    best_w = max(w_scores, key=lambda r: (r[0], r[1]))[1]
    metrics: dict[str, Any] = {"dev": {
        "rules": _accuracy(dev.labels, combined(dev_probs, dev_rules, 0.0)),
        "model": _accuracy(dev.labels, combined(dev_probs, dev_rules, 1.0)),
        "combined": _accuracy(dev.labels, combined(dev_probs, dev_rules, best_w)),
    }}
    if test is not None:  # scored only after every choice above was made on dev
        test_probs = model.predict_proba([model_input(t) for t in test.texts])
        test_rules = rule_evidence(test.texts, test.langs)
        metrics["test"] = {name: _accuracy(test.labels, combined(test_probs, test_rules, w))
                           for name, w in (("rules", 0.0), ("model", 1.0), ("combined", best_w))}
    from ..lexicon import load as load_lexicon

    meta = {
        "kind": "sklearn",
        "base_model": "char_wb n-gram TF-IDF + logistic regression (class-balanced)",
        "labels": list(LABELS),
        "hyper_parameters": {"C": best_c, "ngram_range": list(best_ngram), "grid": [[c, list(n)] for c, n in grid],
                             "input": "lead sentence twice + text"},
        "seed": seed,
        "data": {"train": str(paths["train"]), "dev": str(paths["dev"]), "n_train": len(train.texts),
                 "n_dev": len(dev.texts), "hash": data_hash(paths["train"], paths["dev"])},
        "lexicon_hash": load_lexicon().hash,
        "combination": {"policy": "w * p_model + (1 - w) * rule share", "weight": best_w,
                        "chosen_on": "dev accuracy", "dev_accuracy_by_weight": {str(w): a for a, w in w_scores}},
        "metrics": metrics,
        "seconds": round(time.perf_counter() - t0, 1),
    }
    est.named_steps["tfidf"].stop_words_ = None  # pruned n-grams, kept only for inspection (large)
    _write_model_dir(Path(out), meta, lambda d: sio.dump(est, d / SKOPS_FILE, compression=zipfile.ZIP_DEFLATED,
                                                         compresslevel=9))
    return meta


def _write_model_dir(out: Path, meta: dict[str, Any], write_weights) -> None:
    """Write weights, meta.json and card.md into a temp dir, then swap it into place."""
    import shutil

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        write_weights(tmp)
        (tmp / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
        (tmp / "card.md").write_text(model_card(out.name, meta), encoding="utf-8")
        if out.exists():
            old = out.with_name(f".{out.name}.old-{os.getpid()}")
            os.replace(out, old)
            os.replace(tmp, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def model_card(name: str, meta: dict[str, Any]) -> str:
    m = meta["metrics"]
    rows = []
    for split in ("dev", "test"):
        for system in ("rules", "model", "combined"):
            if split in m:
                r = m[split][system]
                rows.append(f"| {split} | {system} | {r['accuracy']:.3f} | {r['macro_f1']:.3f} | {r['support']} |")
    return f"""# {name}: engagement classifier ({meta['kind']})

- **Base**: {meta['base_model']}; input {meta['hyper_parameters']['input']}.
- **Labels**: the eleven TAXONOMY §3 categories plus `null` (no engagement).
- **Training data**: `{meta['data']['train']}` ({meta['data']['n_train']} documents); hyper-parameters
  and the combination weight chosen on `{meta['data']['dev']}` ({meta['data']['n_dev']} documents);
  data hash `{meta['data']['hash']}`, lexicon hash `{meta['lexicon_hash']}`, seed {meta['seed']}.
- **Hyper-parameters**: {json.dumps({k: v for k, v in meta['hyper_parameters'].items() if k != 'grid'})}
- **Combination with rules**: {meta['combination']['policy']}, w = {meta['combination']['weight']}
  (chosen on dev accuracy).

| split | system | accuracy | macro-F1 | docs |
|---|---|---|---|---|
{chr(10).join(rows)}

Test figures were computed once, after all choices were made on dev. The corpus is
written for this project (see corpus/README.md); accuracy on real reports may differ.
Load only with tifa (`tifa tag --model {name}`): weights are a skops file read with an
explicit trusted-type list.
"""
