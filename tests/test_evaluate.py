"""The scorer against an independent implementation of TAXONOMY.md §5 (scikit-learn)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support
from sklearn.preprocessing import MultiLabelBinarizer

from pipeline.evaluate import SET_FIELDS, evaluate, read_gold, span_scores

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def independent(gold, pred):
    """TAXONOMY §5 with scikit-learn: micro P/R/F1 per set field, accuracy + macro-F1."""
    out = {}
    for f in SET_FIELDS:
        docs = [g for g in gold if f in g]
        y_true = [set(g[f] or []) for g in docs]
        y_pred = [set(pred[g["id"]].get(f) or []) for g in docs]
        mlb = MultiLabelBinarizer().fit(y_true + y_pred)
        p, r, f1, _ = precision_recall_fscore_support(mlb.transform(y_true), mlb.transform(y_pred),
                                                      average="micro", zero_division=0)
        out[f] = (p, r, f1)
    docs = [g for g in gold if "engagement" in g]
    t = [g.get("engagement") or "null" for g in docs]
    p = [pred[g["id"]].get("engagement") or "null" for g in docs]
    out["engagement"] = (accuracy_score(t, p), f1_score(t, p, average="macro", labels=sorted(set(t) | set(p))))
    return out


@pytest.fixture(scope="module")
def dev_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("eval") / "dev.records.jsonl"
    subprocess.run([sys.executable, "-m", "pipeline", "tag", str(CORPUS / "dev.jsonl"), "-o", str(out)],
                   check=True, capture_output=True)
    return out


def test_eval_json_agrees_with_independent_implementation(dev_run):
    r = subprocess.run([sys.executable, "-m", "pipeline", "eval", "--gold", str(CORPUS / "dev.jsonl"),
                        "--records", str(dev_run), "--json"], capture_output=True, text=True, check=True)
    ours = json.loads(r.stdout)  # --json prints the object and nothing else
    gold = read_gold(CORPUS / "dev.jsonl")
    pred = {json.loads(line)["id"]: json.loads(line) for line in dev_run.read_text(encoding="utf-8").splitlines()}
    ref = independent(gold, pred)
    def agree(a: float, b: float) -> bool:  # "to three decimals": within half a unit of the third
        return abs(a - b) < 5e-4

    for f in SET_FIELDS:
        for ours_v, ref_v in zip((ours[f]["precision"], ours[f]["recall"], ours[f]["f1"]), ref[f]):
            assert agree(ours_v, ref_v), (f, ours_v, ref_v)
    assert agree(ours["engagement"]["accuracy"], ref["engagement"][0])
    assert agree(ours["engagement"]["macro_f1"], ref["engagement"][1])
    assert set(ours) >= {*SET_FIELDS, "engagement", "n_docs", "by_lang"}
    assert set(ours["by_lang"]) == {"zh", "en"}


def test_absent_fields_are_not_scored_present_empty_fields_are():
    gold = [{"id": "a", "text": "", "partners": []}, {"id": "b", "text": ""}]
    pred = [{"id": "a", "partners": ["VNM"]}, {"id": "b", "partners": ["LAO"]}]
    r = evaluate(gold, pred)
    assert r["partners"]["support"] == 1 and r["partners"]["precision"] == 0.0
    assert r["provinces"]["support"] == 0


def test_span_scores_exact_and_overlap():
    gold = [{"id": "a", "text": "xx发挥区位优势", "spans": [{"start": 2, "end": 8, "type": "leverage_advantage"}]}]
    pred = {"a": {"mentions": [{"start": 2, "end": 6, "label": "formulation", "code": "leverage_advantage"}]}}
    s = span_scores(gold, pred)
    assert s["exact"]["f1"] == 0.0 and s["overlap"]["f1"] == 1.0


def test_engagement_sources_coverage_precision_conflicts():
    from pipeline.evaluate import engagement_sources

    gold = [{"id": i, "text": "", "engagement": e} for i, e in (("a", "greeting"), ("b", "training"), ("c", None))]
    det = lambda r, m: {"engagement_detail": {"rules_label": r, "model_label": m, "source": "combined"}}  # noqa: E731
    pred = {"a": det("greeting", "greeting"), "b": det("forum_expo", "training"), "c": det(None, "greeting")}
    rows = {r["source"]: r for r in engagement_sources(gold, pred)}
    assert rows["engagement:rules"]["coverage"] == round(2 / 3, 4) and rows["engagement:rules"]["precision"] == 0.5
    assert rows["engagement:model"]["coverage"] == 1.0 and rows["engagement:model"]["precision"] == round(2 / 3, 4)
    assert rows["engagement:model"]["conflicts"] == 2
