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

from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Mapping

from .evaluate_engagements import engagement_report, has_engagement_gold
from .schemas import GoldDoc

SET_FIELDS = ("provinces", "partners", "regions", "formulations")
NULL = "null"


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold documents from JSONL (absent fields kept absent); every problem of the file is
    raised at once (:func:`pipeline.gold.read_gold`)."""
    from .gold import read_gold as _read

    return _read(path)


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
    if has_engagement_gold(gold):
        out["engagements"] = engagement_report(gold, pred)
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
    from .gold import align

    gold = list(gold)
    pred = align(gold, records)  # exact ids, else file name without extension (TAXONOMY §4)
    result = _score(gold, pred)
    by_lang: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for g in gold:
        lang = g.get("lang") or pred.get(g["id"], {}).get("lang") or "zh"
        by_lang[lang].append(g)
    result["by_lang"] = {lang: _score(docs, pred) for lang, docs in sorted(by_lang.items())}
    return result



# ------------------------------------------------------------------ detailed report

def per_label(gold: list[Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]], field: str) -> dict[str, dict]:
    """P/R/F1 and support per label of one set field (or of engagement)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    for g in gold:
        if field not in g:
            continue
        p = pred.get(g["id"], {})
        if field == "engagement":
            gs, ps = {g.get(field) or NULL}, {p.get(field) or NULL}
        else:
            gs, ps = set(g[field] or []), set(p.get(field) or [])
        for lab in gs & ps:
            counts[lab][0] += 1
        for lab in ps - gs:
            counts[lab][1] += 1
        for lab in gs - ps:
            counts[lab][2] += 1
    return {lab: {**_prf(*c), "support": c[0] + c[2]} for lab, c in sorted(counts.items())}


def confusion_matrix(gold: list[Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, int]]:
    """gold engagement label → predicted label → count."""
    m: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for g in gold:
        if "engagement" in g:
            m[g.get("engagement") or NULL][pred.get(g["id"], {}).get("engagement") or NULL] += 1
    return {k: dict(v) for k, v in sorted(m.items())}


def span_scores(gold: list[Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """Formulation-mention spans: exact (same offsets and type) and overlap matching."""
    tp_e = tp_o_p = tp_o_g = n_pred = n_gold = docs = 0
    for g in gold:
        if g.get("spans") is None:
            continue
        docs += 1
        gs = [(s["start"], s["end"], s["type"]) for s in g["spans"]]
        ps = [(m["start"], m["end"], m["code"]) for m in pred.get(g["id"], {}).get("mentions", [])
              if m.get("label") == "formulation"]
        n_gold += len(gs)
        n_pred += len(ps)
        tp_e += len(set(gs) & set(ps))
        tp_o_p += sum(1 for p in ps if any(p[2] == q[2] and p[0] < q[1] and q[0] < p[1] for q in gs))
        tp_o_g += sum(1 for q in gs if any(p[2] == q[2] and p[0] < q[1] and q[0] < p[1] for p in ps))

    def prf(tp_p: int, tp_g: int) -> dict[str, float]:
        p = tp_p / n_pred if n_pred else 0.0
        r = tp_g / n_gold if n_gold else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}

    return {"docs": docs, "gold_spans": n_gold, "pred_spans": n_pred, "exact": prf(tp_e, tp_e),
            "overlap": prf(tp_o_p, tp_o_g)}


def source_summary(gold: list[Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Per lexicon entry or rule (Snorkel-style): coverage, precision against gold, overruled.

    ``coverage`` is the share of scored documents where the source fires; ``precision``
    the share of its labels (for the field it feeds) found in gold; ``overruled`` the
    mentions that resolve set aside (background country, locator province), i.e. where
    the source conflicted with the role rules.
    """
    field_of = {"province": "provinces", "country": "partners", "region": "regions", "formulation": "formulations"}
    stats: dict[str, dict[str, Any]] = defaultdict(lambda: {"docs": set(), "labels": 0, "correct": 0, "overruled": 0})
    scored = 0
    for g in gold:
        p = pred.get(g["id"])
        if p is None:
            continue
        scored += 1
        for m in p.get("mentions", []):
            fld = field_of.get(m.get("label"))
            if fld is None:
                continue
            src = m.get("rule") or m["entry"]
            s = stats[src]
            s["docs"].add(g["id"])
            if m.get("role") in ("background", "locator", "passing"):
                s["overruled"] += 1
                continue
            if fld in g:
                s["labels"] += 1
                s["correct"] += m["code"] in set(g[fld] or [])
    out = []
    for src, s in stats.items():
        out.append({"source": src, "coverage": round(len(s["docs"]) / scored, 4) if scored else 0.0,
                    "docs": len(s["docs"]), "labels": s["labels"],
                    "precision": round(s["correct"] / s["labels"], 4) if s["labels"] else None,
                    "overruled": s["overruled"]})
    return sorted(out, key=lambda r: (r["precision"] if r["precision"] is not None else 2, -r["docs"]))


def engagement_sources(gold: list[Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rules and model as sources of the engagement label: coverage (share of documents
    where the source names a category), precision (share of those that match gold), and
    conflicts (documents where the two sources disagree)."""
    rows = []
    pairs = []
    for g in gold:
        p = pred.get(g["id"])
        if p is None or "engagement" not in g:
            continue
        d = p.get("engagement_detail") or {}
        pairs.append((g.get("engagement"), d.get("rules_label"), d.get("model_label"), "model_label" in d and
                      d.get("source") in ("model", "combined")))
    if not pairs:
        return rows
    has_model = any(m for *_, m in pairs)
    for name, idx in (("rules", 1), ("model", 2)):
        if name == "model" and not has_model:
            continue
        fired = [(gl, t[idx]) for t in pairs for gl in [t[0]] if t[idx] is not None]
        conflicts = sum(1 for t in pairs if has_model and t[1] != t[2])
        rows.append({"source": f"engagement:{name}", "coverage": round(len(fired) / len(pairs), 4),
                     "docs": len(fired), "labels": len(fired),
                     "precision": round(sum(1 for gl, lab in fired if gl == lab) / len(fired), 4) if fired else None,
                     "conflicts": conflicts})
    return rows


def worst_errors(gold: list[Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]], n: int = 10,
                 width: int = 40) -> list[dict[str, Any]]:
    """Documents with the most label errors, each error shown with the text around it."""
    rows = []
    for g in gold:
        p = pred.get(g["id"], {})
        errs = []
        for fld in SET_FIELDS:
            if fld not in g:
                continue
            gs, ps = set(g[fld] or []), set(p.get(fld) or [])
            errs += [(fld, "fp", c) for c in sorted(ps - gs)] + [(fld, "fn", c) for c in sorted(gs - ps)]
        if "engagement" in g and (g.get("engagement") or NULL) != (p.get("engagement") or NULL):
            errs.append(("engagement", f"{g.get('engagement') or NULL}->{p.get('engagement') or NULL}", ""))
        if not errs:
            continue
        text = g["text"]
        shown = []
        for fld, kind, code in errs:
            ctx = ""
            for m in p.get("mentions", []):
                if code and m.get("code") == code:
                    a, b = m["start"], m["end"]
                    ctx = text[max(0, a - width):a] + "[" + text[a:b] + "]" + text[b:b + width]
                    break
            shown.append({"field": fld, "error": kind, "code": code, "context": ctx.replace("\n", " ")})
        rows.append({"id": g["id"], "n_errors": len(errs), "errors": shown, "text": text[:2 * width * 2]})
    rows.sort(key=lambda r: -r["n_errors"])
    return rows[:n]


def bootstrap_ci(gold: list[Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]], *, n: int = 1000,
                 seed: int = 0, alpha: float = 0.05) -> dict[str, list[float]]:
    """Percentile bootstrap intervals (documents resampled) for the headline figures."""
    import random

    rng = random.Random(seed)
    draws: dict[str, list[float]] = defaultdict(list)
    for _ in range(n):
        sample = [gold[rng.randrange(len(gold))] for _ in gold]
        s = _score(sample, pred)
        for fld in SET_FIELDS:
            draws[f"{fld}.f1"].append(s[fld]["f1"])
        draws["engagement.accuracy"].append(s["engagement"]["accuracy"])
        draws["engagement.macro_f1"].append(s["engagement"]["macro_f1"])
    out = {}
    for k, v in draws.items():
        v.sort()
        out[k] = [round(v[int(alpha / 2 * n)], 4), round(v[min(n - 1, int((1 - alpha / 2) * n))], 4)]
    return out


def report(gold: list[Mapping[str, Any]], records: Iterable[Any], *, worst: int = 10, ci: bool = False) -> dict[str, Any]:
    """Everything ``tifa eval`` prints: §5 figures plus per-label, confusion, spans, sources, errors.

    Raises:
        TifaError: ``E095`` when no gold id matches a record.
    """
    from .gold import align, require_matches

    records = list(records)
    pred = align(gold, records)
    require_matches(gold, pred, records)
    out = {"summary": evaluate(gold, [{**d, "id": gid} for gid, d in pred.items()])}
    out["per_label"] = {f: per_label(gold, pred, f) for f in (*SET_FIELDS, "engagement")}
    out["confusion"] = confusion_matrix(gold, pred)
    out["spans"] = span_scores(gold, pred)
    out["sources"] = source_summary(gold, pred)
    out["engagement_sources"] = engagement_sources(gold, pred)
    out["worst"] = worst_errors(gold, pred, worst)
    if has_engagement_gold(gold):
        out["engagement_worst"] = engagement_report(gold, pred, worst=worst).get("worst", [])
    out["missing"] = [g["id"] for g in gold if g["id"] not in pred]
    if ci:
        out["ci"] = bootstrap_ci(gold, pred)
    return out
