"""Scoring engagement lists against gold (TAXONOMY.md §5, §3b).

* **Triples**: each engagement contributes (province, partner, category) for each of its
  provinces × partners; one with no partner contributes (province, region, category) per
  region, or (province, None, category). Triples are sets per document; precision, recall
  and F1 are micro-averaged over the documents whose gold has ``engagements``.
* **Attributes**: each gold engagement is matched (greedily, in order) to an unused
  predicted engagement of the same category sharing a province and a partner or region
  (or, with neither in gold, the province alone); over matched pairs, the accuracy of
  ``direction``, ``venue``, ``official``, ``counterpart``, ``level`` and ``date`` (gold
  ``null`` counts as a value; an attribute absent from the gold engagement is not scored),
  and each attribute's misreadings: (gold value, predicted value, count), most frequent first
  (dates counted by kind: ``a date -> None``, ``a date -> another date``, ``None -> a date``).

Example:
    >>> g = [{"id": "a", "text": "", "engagements": [{"category": "greeting", "provinces": ["CN-YN"],
    ...        "partners": ["VNM"], "direction": "remote"}]}]
    >>> p = [{"id": "a", "engagements": [{"category": "greeting", "provinces": ["CN-YN"],
    ...        "partners": ["VNM", "LAO"], "direction": "remote"}]}]
    >>> s = engagement_report(g, {"a": p[0]})
    >>> s["precision"], s["recall"], s["attributes"]["direction"]["accuracy"]
    (0.5, 1.0, 1.0)
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Mapping, Sequence

ATTRIBUTES = ("direction", "venue", "official", "counterpart", "level", "date")


def triples(engagements: Sequence[Mapping[str, Any]]) -> set[tuple[str | None, str | None, str]]:
    """The (province, partner or region or None, category) triples of an engagement list."""
    out: set[tuple[str | None, str | None, str]] = set()
    for e in engagements:
        cat = e.get("category") or "null"
        others = list(e.get("partners") or []) or list(e.get("regions") or []) or [None]
        for p in e.get("provinces") or [None]:
            for o in others:
                out.add((p, o, cat))
    return out


def _matches(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
    if g.get("category") != p.get("category"):
        return False
    if not set(g.get("provinces") or []) & set(p.get("provinces") or []):
        return False
    gp, gr = set(g.get("partners") or []), set(g.get("regions") or [])
    if not gp and not gr:
        return True
    return bool(gp & set(p.get("partners") or []) or gr & set(p.get("regions") or []))


def _misread_key(attr: str, gold: Any, pred: Any) -> tuple[Any, Any]:
    """How a misreading is counted: dates by kind (a date, another date, None), the rest by value."""
    if attr != "date":
        return gold, pred
    return ("a date" if gold else None), (None if not pred else "another date" if gold else "a date")


def match(gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """Greedy (gold index, predicted index) pairs per the matching rule above."""
    used: set[int] = set()
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if j not in used and _matches(g, p):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def engagement_report(gold: Sequence[Mapping[str, Any]], pred: Mapping[str, Mapping[str, Any]], *,
                      worst: int = 0) -> dict[str, Any]:
    """Triple P/R/F1, attribute accuracies, counts, and (``worst`` > 0) the worst documents."""
    tp = fp = fn = docs = n_gold = n_pred = n_matched = same_count = 0
    right = dict.fromkeys(ATTRIBUTES, 0)
    seen = dict.fromkeys(ATTRIBUTES, 0)
    misread: dict[str, Counter[tuple[Any, Any]]] = {a: Counter() for a in ATTRIBUTES}
    errors: list[dict[str, Any]] = []
    for g in gold:
        if g.get("engagements") is None:
            continue
        docs += 1
        ge = list(g["engagements"])
        pe = list(pred.get(g["id"], {}).get("engagements") or [])
        n_gold += len(ge)
        n_pred += len(pe)
        same_count += len(ge) == len(pe)
        gt, pt = triples(ge), triples(pe)
        tp += len(gt & pt)
        fp += len(pt - gt)
        fn += len(gt - pt)
        wrong_attrs = []
        for i, j in match(ge, pe):
            n_matched += 1
            for a in ATTRIBUTES:
                if a in ge[i]:
                    seen[a] += 1
                    if ge[i][a] == pe[j].get(a):
                        right[a] += 1
                    else:
                        misread[a][_misread_key(a, ge[i][a], pe[j].get(a))] += 1
                        wrong_attrs.append(f"{a}: {ge[i][a]} -> {pe[j].get(a)}")
        if worst and (gt != pt or wrong_attrs):
            errors.append({"id": g["id"], "n_errors": len(gt ^ pt) + len(wrong_attrs),
                           "missing": sorted(map(str, gt - pt)), "extra": sorted(map(str, pt - gt)),
                           "attributes": wrong_attrs, "text": (g.get("text") or "")[:160]})
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    out: dict[str, Any] = {
        "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": docs,
        "gold_engagements": n_gold, "predicted_engagements": n_pred, "matched": n_matched,
        "count_accuracy": round(same_count / docs, 4) if docs else 0.0,
        "attributes": {a: {"accuracy": round(right[a] / seen[a], 4) if seen[a] else None, "support": seen[a],
                           "misread": [[g, p, n] for (g, p), n in misread[a].most_common()]}
                       for a in ATTRIBUTES},
    }
    if worst:
        errors.sort(key=lambda e: -e["n_errors"])
        out["worst"] = errors[:worst]
    return out


def has_engagement_gold(gold: Sequence[Mapping[str, Any]]) -> bool:
    """Whether any gold document carries ``engagements``."""
    return any(g.get("engagements") is not None for g in gold)


def render(rep: Mapping[str, Any], *, misread_shown: int = 6) -> str:
    """Plain-text lines for ``tifa eval`` (each attribute's ``misread_shown`` most frequent misreadings)."""
    lines = [f"engagements   triples P {rep['precision']:.3f}  R {rep['recall']:.3f}  F1 {rep['f1']:.3f}  "
             f"({rep['support']} docs; {rep['gold_engagements']} gold, {rep['predicted_engagements']} predicted, "
             f"{rep['matched']} matched; count right in {rep['count_accuracy']:.3f} of docs)"]
    lines.append("  attribute accuracy on matched: " + "  ".join(
        f"{a} {v['accuracy']:.3f}" if v["accuracy"] is not None else f"{a} -" for a, v in rep["attributes"].items()))
    for a, v in rep["attributes"].items():
        if v.get("misread"):
            lines.append(f"  {a} misread (gold -> predicted): " + ", ".join(
                f"{g} -> {p} {n}" for g, p, n in v["misread"][:misread_shown]))
    for w in rep.get("worst", []):
        lines.append(f"  {w['id']} ({w['n_errors']}): missing {w['missing']} extra {w['extra']} {w['attributes']}")
    return "\n".join(lines)
