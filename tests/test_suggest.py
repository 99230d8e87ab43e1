"""``tifa lexicon suggest`` / ``accept``: recall of the seeded novel formulations of
``corpus/novel/`` and the review-file round trip into a temporary lexicon copy."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

import pipeline
from pipeline.cli import app, lexicon_cmd  # noqa: F401  (register the commands)
from pipeline.errors import TifaError
from pipeline.lexicon import default_path
from pipeline.curation.mine import suggest
from pipeline.curation.review import read_review, seeded_recall, write_review

NOVEL = Path(__file__).resolve().parent.parent / "corpus" / "novel"
runner = CliRunner()

# Measured on corpus/novel (80 documents, 20 seeded terms): recall 0.95 in the top 50
# (19/20; the list has 30 candidates with a positive score) and 0.70 in the top 20
# (14 of the top 20 are seeded terms, 6 are distractors). The thresholds leave two terms
# of room for jieba segmentation differences between versions; README reports the figures.
RECALL_AT_50 = 0.85
RECALL_AT_20 = 0.60


@pytest.fixture(scope="module")
def seeded() -> list[dict]:
    return YAML(typ="safe").load((NOVEL / "seeded.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def result(lexicon) -> dict:
    return suggest([str(NOVEL / "docs.jsonl")], lexicon, n=50)


def test_seeded_terms_are_novel_and_used_in_three_documents(lexicon, seeded):
    docs = [json.loads(x) for x in (NOVEL / "docs.jsonl").read_text(encoding="utf-8").splitlines()]
    assert 60 <= len(docs) <= 80 and len({d["id"] for d in docs}) == len(docs)
    for s in seeded:
        term = lexicon.normalizer.term(s["term"])
        users = []
        for d in docs:
            text = lexicon.normalize(d["text"]).text
            at = text.find(term)
            if at < 0:
                continue
            users.append(d["id"])
            for h in lexicon.formulations.find(text):
                assert not (h.start < at + len(term) and at < h.end), (s["term"], d["id"], h)
        assert len(users) >= 3, s["term"]


def test_suggest_ranks_most_seeded_terms_in_its_top_50(result, seeded):
    rows = result["candidates"]
    r50, missed50 = seeded_recall(rows[:50], seeded)
    r20, _ = seeded_recall(rows[:20], seeded)
    typed = [seeded_recall([r for r in rows[:50] if r["type"] == s["type"]], [s])[0] for s in seeded]
    print(f"\nsuggest on corpus/novel: recall@50 {r50:.2f} (missed {missed50}), recall@20 {r20:.2f}, "
          f"{len(rows)} candidates listed, seeded type suggested for {sum(typed):.0f} found")  # the README's figures
    assert r50 >= RECALL_AT_50 and r20 >= RECALL_AT_20
    top = rows[0]
    assert top["count"] >= 3 and top["docs"] >= 2 and top["provinces"] and 1 <= len(top["kwic"]) <= 3
    assert all(top["term"] in k.replace("【", "").replace("】", "") for k in top["kwic"])
    assert top["evidence"] and top["type"] == "designated_role"
    scores = [r["score"] for r in rows]
    assert scores == sorted(scores, reverse=True)


def test_seeded_recall_needs_the_term_not_any_overlap():
    seeded = [{"term": "国际商贸集散地", "lang": "zh"}, {"term": "logistics anchor", "lang": "en"}]
    assert seeded_recall([{"term": "商贸集散地", "lang": "zh"}], seeded)[0] == 0.5
    assert seeded_recall([{"term": "集散地", "lang": "zh"}, {"term": "anchor", "lang": "zh"}], seeded)[0] == 0.0


def test_review_round_trip_accept_then_tag(result, tmp_path):
    lex = tmp_path / "lexicon"
    shutil.copytree(default_path(), lex)
    review = tmp_path / "review.yaml"
    write_review(result, review)
    y = YAML(typ="rt")
    rows = y.load(review.read_text(encoding="utf-8"))
    assert [r["term"] for r in rows] == [r["term"] for r in result["candidates"]]
    want = {"国际商贸集散地": "designated_role", "跨境贸易便利化": "opening_up"}
    for r in rows:
        if r["term"] in want:
            r["decision"], r["type"] = "accept", want[r["term"]]
        elif r["term"] == "跨境电商":
            r["decision"] = "reject"
    with open(review, "w", encoding="utf-8") as fh:
        y.dump(rows, fh)
    out = runner.invoke(app, ["lexicon", "accept", str(review), "--lexicon", str(lex)])
    assert out.exit_code == 0, out.stderr
    assert out.stdout.count("added ") == 2
    text = (lex / "formulations" / "opening_up.yaml").read_text(encoding="utf-8")
    assert "zh: [跨境贸易便利化]" in text and "accepted from review.yaml" in text
    rec = pipeline.load(lex, model=False).tag("广西推进跨境贸易便利化，把凭祥建成国际商贸集散地。")
    assert set(rec.formulations) == {"opening_up", "designated_role"}
    again = runner.invoke(app, ["lexicon", "accept", str(review), "--lexicon", str(lex)])
    assert again.exit_code == 0 and again.stderr.count("W006") == 2  # already there: skipped, nothing written


def test_csv_review_and_bad_rows(result, tmp_path):
    path = tmp_path / "review.csv"
    write_review(result, path)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert len(rows) == len(result["candidates"]) and rows[0]["decision"] == ""
    rows[0]["decision"] = "accept"
    rows[1]["decision"] = "x"
    rows[1]["type"] = "periphery_diplomacy"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    got = read_review(path)
    assert [(r["term"], r["type"], r["line"]) for r in got] == [
        (rows[0]["term"], rows[0]["type"], 2), (rows[1]["term"], "periphery_diplomacy", 3)]
    rows[2]["decision"] = "maybe"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    with pytest.raises(TifaError) as exc:
        read_review(path)
    assert exc.value.code == "E034" and exc.value.path.endswith("review.csv:4")
    bad = tmp_path / "bad.yaml"
    bad.write_text("- term: 伙伴城市\n  lang: zh\n  decision: accept\n  type: ''\n", encoding="utf-8")
    with pytest.raises(TifaError) as exc:
        read_review(bad)
    assert exc.value.code == "E036" and exc.value.path.endswith("bad.yaml:1")
    out = runner.invoke(app, ["lexicon", "accept", str(bad), "--lexicon", str(default_path())])
    assert out.exit_code == 2 and "E036" in out.stderr


def test_english_frames_and_known_terms_are_masked(lexicon, tmp_path):
    docs = tmp_path / "d.jsonl"
    lines = [
        "Officials said Qinzhou would become a trade springboard, part of its high-level opening up.",
        "Leaders want Kunming to serve as a trade springboard and to deepen opening up.",
        "The port was described by officials as a trade springboard for high-level opening up.",
        "Qinzhou is a hub for opening up; a hub also for trade.",
    ]
    docs.write_text("\n".join(json.dumps({"id": f"e{i}", "text": t}) for i, t in enumerate(lines)) + "\n")
    rows = suggest([str(docs)], lexicon, n=10, min_count=2)["candidates"]
    terms = [r["term"] for r in rows]
    assert terms[0] == "trade springboard" and rows[0]["type"] == "designated_role"
    assert not any("opening up" in t or t == "hub" for t in terms)  # known formulations are never suggested


def test_suggest_names_the_inputs_it_could_not_read(lexicon, tmp_path):
    """'6 inputs could not be read' alone sent the user hunting: the first ones are named."""
    from pipeline.curation.review import render_suggestions

    (tmp_path / "ok.txt").write_text("云南省与越南加强合作。", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text("{not json\n", encoding="utf-8")
    res = suggest([str(tmp_path)], lexicon, n=5)
    assert res["unreadable"] == 1 and res["unreadable_inputs"][0]["code"] == "E007"
    assert "bad.jsonl" in res["unreadable_inputs"][0]["path"]
    shown = render_suggestions(res)
    assert "1 inputs could not be read" in shown and "E007" in shown and "bad.jsonl" in shown
