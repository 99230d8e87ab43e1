"""Gold corpus consistency: schema, spans, ids, codes, split hygiene."""

import json
from pathlib import Path

import pytest

from pipeline.schemas import ENGAGEMENT_CATEGORIES, FORMULATION_TYPES, GoldDoc, code_kind

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SPLITS = ("train", "dev", "test")


def load(split):
    return [json.loads(line) for line in (CORPUS / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


@pytest.fixture(scope="module")
def corpus():
    return {s: load(s) for s in SPLITS}


def test_sizes_and_languages(corpus):
    docs = [d for s in SPLITS for d in corpus[s]]
    assert len(docs) >= 600
    assert sum(d["lang"] == "zh" for d in docs) >= 450 and sum(d["lang"] == "en" for d in docs) >= 150
    assert len(corpus["test"]) >= 150


def test_every_doc_validates_and_codes_come_from_taxonomy(corpus):
    for s in SPLITS:
        for d in corpus[s]:
            GoldDoc.model_validate(d)
            for p in d.get("provinces") or []:
                assert code_kind(p) == "province", (d["id"], p)
            for c in d.get("partners") or []:
                assert code_kind(c) == "country", (d["id"], c)
            for r in d.get("regions") or []:
                assert code_kind(r) == "region", (d["id"], r)
            for f in d.get("formulations") or []:
                assert f in FORMULATION_TYPES, (d["id"], f)
            assert d.get("engagement") is None or d["engagement"] in ENGAGEMENT_CATEGORIES, d["id"]


def test_spans_slice_to_text_and_match_types(corpus):
    for s in SPLITS:
        for d in corpus[s]:
            spans = d.get("spans") or []
            for sp in spans:
                assert 0 <= sp["start"] < sp["end"] <= len(d["text"]), d["id"]
                if sp.get("text") is not None:
                    assert d["text"][sp["start"]:sp["end"]] == sp["text"], d["id"]
                assert sp["type"] in FORMULATION_TYPES
            if "formulations" in d and spans:
                assert {sp["type"] for sp in spans} == set(d["formulations"]), d["id"]


def test_ids_unique_and_no_text_shared_between_splits(corpus):
    ids = [d["id"] for s in SPLITS for d in corpus[s]]
    assert len(ids) == len(set(ids))
    texts = {s: {d["text"] for d in corpus[s]} for s in SPLITS}
    assert not texts["test"] & (texts["train"] | texts["dev"])
    assert not texts["dev"] & texts["train"]


def test_split_files_are_built_from_parts(corpus, tmp_path, monkeypatch):
    import importlib.util

    spec = importlib.util.spec_from_file_location("corpus_build", CORPUS / "build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for split, parts in mod.SPLITS.items():
        n = sum(1 for p in parts for line in (CORPUS / p).read_text(encoding="utf-8").splitlines() if line.strip())
        assert n == len(corpus[split]), f"{split}.jsonl is stale: run python corpus/build.py"


def test_every_category_and_type_is_covered(corpus):
    docs = [d for s in SPLITS for d in corpus[s]]
    for cat in ENGAGEMENT_CATEGORIES:
        assert sum(d.get("engagement") == cat for d in docs) >= 25, cat
    for t in FORMULATION_TYPES:
        assert sum(t in (d.get("formulations") or []) for d in docs) >= 40, t
    assert len({p for d in docs for p in d.get("provinces") or []}) >= 16
    assert len({c for d in docs for c in d.get("partners") or []}) >= 40


def test_file_formats_in_corpus_read_and_score(tmp_path):
    """corpus/files: the same documents as HTML (with boilerplate), PDF and DOCX."""
    import subprocess
    import sys

    files = sorted((CORPUS / "files").rglob("*.*"))
    assert {p.suffix for p in files} == {".html", ".pdf", ".docx"}
    out = tmp_path / "r.jsonl"
    r = subprocess.run([sys.executable, "-m", "pipeline", "tag", str(CORPUS / "files"), "-o", str(out), "--no-model"],
                       capture_output=True, text=True)
    assert r.returncode == 0 and f"{len(files)} tagged, 0 failed" in r.stderr
    from pipeline.evaluate import evaluate, read_gold

    gold = read_gold(CORPUS / "files.gold.jsonl")
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert {g["id"] for g in gold} == {x["id"] for x in recs}
    res = evaluate(gold, recs)
    for field in ("provinces", "partners", "regions"):
        assert res[field]["f1"] >= 0.95, (field, res[field])


def test_readme_counts_match_the_split_files(corpus):
    """The per-split table in corpus/README.md is typed; keep it true."""
    import re

    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    total = sum(len(corpus[s]) for s in SPLITS)
    assert f"{total:,} documents" in readme or f"{total} documents" in readme
    assert f"{total} hand-coded documents" in (CORPUS.parent / "docs" / "accuracy.md").read_text(encoding="utf-8")
    for s in SPLITS:
        m = re.search(rf"\| {s} \| `{s}.jsonl` \| (\d+) \| (\d+) \(\d+\) \| (\d+) \|", readme)
        assert m, s
        n, zh, en = map(int, m.groups())
        assert (n, zh, en) == (len(corpus[s]), sum(d["lang"] == "zh" for d in corpus[s]),
                               sum(d["lang"] == "en" for d in corpus[s])), s


def _add_engagements():
    import importlib.util

    spec = importlib.util.spec_from_file_location("add_engagements", CORPUS / "scripts" / "add_engagements.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_derived_engagements_leave_out_regions_named_only_as_a_role_target():
    """面向南亚东南亚辐射中心 names the role's target, not a region engaged in the act (TAXONOMY §3b)."""
    mod = _add_engagements()
    text = "省长在昆明会见越南驻华大使，表示云南正加快建设面向南亚东南亚辐射中心。"
    start = text.index("面向")
    doc = {"id": "t-1", "text": text, "provinces": ["CN-YN"], "partners": ["VNM"],
           "regions": ["SOUTH_ASIA", "SOUTHEAST_ASIA"], "engagement": "high_level_meeting",
           "spans": [{"start": start, "end": start + 11, "type": "designated_role", "text": "面向南亚东南亚辐射中心"}]}
    assert mod.derive(doc)[0]["regions"] == []
    # named again outside the role phrase (an expo of the region): engaged, kept
    doc2 = dict(doc, text=text + "双方还商定共同办好中国—南亚博览会。")
    assert mod.derive(doc2)[0]["regions"] == ["SOUTH_ASIA"]
    # a region the script's patterns do not find is kept (nothing to decide on)
    assert mod.derive(dict(doc, regions=["GMS"]))[0]["regions"] == ["GMS"]


def test_the_relabelling_scripts_rewrite_only_the_lines_they_change(tmp_path):
    """corpus/scripts/rewrite_lines.py, the loop weekday_dates, unnamed_city_officials and
    relabel_route_partners share: unchanged lines stay byte for byte, an unchanged file is not
    written, and the count is per file."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("rewrite_lines", CORPUS / "scripts" / "rewrite_lines.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text('{"id": "x",  "n": 1}\n{"id": "y"}\n', encoding="utf-8")
    b.write_text('{"id": "z"}\n', encoding="utf-8")
    mod.CORPUS = tmp_path
    before = b.stat().st_mtime_ns
    got = mod.rewrite(lambda line: line.replace('"y"', '"Y"'), [a, b, tmp_path / "missing.jsonl"])
    assert got == {"a.jsonl": 1}
    assert a.read_text(encoding="utf-8") == '{"id": "x",  "n": 1}\n{"id": "Y"}\n'
    assert b.stat().st_mtime_ns == before
