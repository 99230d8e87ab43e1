"""Scoring records against gold (TAXONOMY.md §5).

For ``provinces``, ``partners``, ``regions`` and ``formulations``: micro-averaged
precision, recall and F1 over the documents where the gold field is present; for
``engagement``: accuracy and macro-F1 (over the gold and predicted labels, ``null``
counting as a label of its own). A ``by_lang`` breakdown repeats the same per language.

Example:
    >>> gold = [{"id": "a", "text": "", "lang": "zh", "partners": ["VNM"], "engagement": "greeting"}]
    >>> pred = [{"id": "a", "partners": ["VNM", "LAO"], "engagement": "greeting"}]
    >>> r = evaluate(gold, pred)
    >>> r["partners"]["precision"], r["partners"]["recall"], r["engagement"]["accuracy"]
    (0.5, 1.0, 1.0)
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable, Mapping

from .schemas import GoldDoc

SET_FIELDS = ("provinces", "partners", "regions", "formulations")
NULL = "null"


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold documents from JSONL, validated against :class:`GoldDoc` (absent fields kept absent)."""
    docs = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                obj = json.loads(line)
                GoldDoc.model_validate(obj)
                docs.append(obj)
    return docs


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _score(gold: list[Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for field in SET_FIELDS:
        tp = fp = fn = support = 0
        for g in gold:
            if field not in g:
                continue
            gs = set(g[field] or [])
            ps = set(pred.get(g["id"], {}).get(field) or [])
            tp += len(gs & ps)
            fp += len(ps - gs)
            fn += len(gs - ps)
            support += 1
        out[field] = {**_prf(tp, fp, fn), "support": support}
    pairs = [(g.get("engagement") or NULL, pred.get(g["id"], {}).get("engagement") or NULL)
             for g in gold if "engagement" in g]
    out["engagement"] = engagement_scores(pairs)
    out["n_docs"] = len(gold)
    return out


def engagement_scores(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Accuracy and macro-F1 over (gold, predicted) label pairs."""
    if not pairs:
        return {"accuracy": 0.0, "macro_f1": 0.0, "support": 0}
    labels = sorted({g for g, _ in pairs} | {p for _, p in pairs})
    f1s = []
    for lab in labels:
        tp = sum(1 for g, p in pairs if g == lab and p == lab)
        fp = sum(1 for g, p in pairs if g != lab and p == lab)
        fn = sum(1 for g, p in pairs if g == lab and p != lab)
        f1s.append(_prf(tp, fp, fn)["f1"])
    acc = sum(1 for g, p in pairs if g == p) / len(pairs)
    return {"accuracy": round(acc, 4), "macro_f1": round(sum(f1s) / len(f1s), 4), "support": len(pairs)}


def evaluate(gold: Iterable[Mapping[str, Any]], records: Iterable[Any]) -> dict[str, Any]:
    """The TAXONOMY §5 object for ``records`` (Records or dicts) against ``gold``."""
    gold = list(gold)
    pred = {}
    for r in records:
        d = r if isinstance(r, Mapping) else r.model_dump()
        pred[d["id"]] = d
    result = _score(gold, pred)
    by_lang: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for g in gold:
        lang = g.get("lang") or pred.get(g["id"], {}).get("lang") or "zh"
        by_lang[lang].append(g)
    result["by_lang"] = {lang: _score(docs, pred) for lang, docs in sorted(by_lang.items())}
    return result


def field_errors(gold: Iterable[Mapping[str, Any]], records: Iterable[Any], field: str) -> list[dict[str, Any]]:
    """Per-document false positives/negatives of one field (for error analysis)."""
    pred = {(r if isinstance(r, Mapping) else r.model_dump())["id"]: r for r in records}
    out = []
    for g in gold:
        if field not in g:
            continue
        p = pred.get(g["id"])
        pd = (p if isinstance(p, Mapping) else p.model_dump()) if p is not None else {}
        if field == "engagement":
            if (g.get(field) or NULL) != (pd.get(field) or NULL):
                out.append({"id": g["id"], "gold": g.get(field), "pred": pd.get(field), "text": g["text"]})
            continue
        gs, ps = set(g[field] or []), set(pd.get(field) or [])
        if gs != ps:
            out.append({"id": g["id"], "fp": sorted(ps - gs), "fn": sorted(gs - ps), "text": g["text"]})
    return out


def confusion(pairs: Iterable[tuple[str, str]]) -> Counter:
    return Counter(pairs)
