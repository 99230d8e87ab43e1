"""corpus/scripts/check_parts.py: every part validates; bad lines are caught."""

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _checker():
    spec = importlib.util.spec_from_file_location("check_parts", ROOT / "corpus" / "scripts" / "check_parts.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_every_part_validates():
    mod = _checker()
    assert mod.check(sorted((ROOT / "corpus" / "parts").glob("*.jsonl"))) == []


def test_real_parts_carry_engagement_lists_and_no_act_documents():
    for name in ("real-train", "real-dev"):
        docs = [json.loads(x) for x in (ROOT / "corpus" / "parts" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
                if x.strip()]
        assert all("engagements" in d for d in docs)
        nulls = sum(d["engagement"] is None for d in docs)
        assert 0.2 <= nulls / len(docs) <= 0.45, (name, nulls, len(docs))


def test_real2_parts_mix_languages_no_act_and_multi_engagement_documents():
    for name in ("real2-train", "real2-dev"):
        docs = [json.loads(x) for x in (ROOT / "corpus" / "parts" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
                if x.strip()]
        assert all("engagements" in d for d in docs)
        assert 0.15 <= sum(d["engagement"] is None for d in docs) / len(docs) <= 0.35, name
        assert 0.25 <= sum(d["lang"] == "en" for d in docs) / len(docs) <= 0.45, name
        assert any(len(d["engagements"]) > 1 for d in docs), name
        # an engagement pairs only its own partners: no round-up engagement carries every partner of its document
        for d in docs:
            if len(d["engagements"]) > 1 and len({tuple(e["provinces"]) for e in d["engagements"]}) > 1:
                assert all(set(e["partners"]) < set(d["partners"]) or not e["partners"] for e in d["engagements"]), d["id"]


def test_bad_lines_are_reported(tmp_path):
    mod = _checker()
    good = {"id": "x-1", "lang": "zh", "text": "云南省长在昆明会见越南驻华大使", "provinces": ["CN-YN"], "partners": ["VNM"],
            "regions": [], "formulations": [], "engagement": "high_level_meeting",
            "engagements": [{"category": "high_level_meeting", "provinces": ["CN-YN"], "partners": ["VNM"],
                             "regions": [], "direction": "inbound", "venue": "CN-YN", "official": "governor",
                             "counterpart": "diplomat", "level": "provincial", "date": "2024-05-08"}]}
    bad = [
        dict(good, id="x-2", engagement="delegation_visit"),                      # not the primary's category
        dict(good, id="x-3", partners=["VN"]),                                     # not a country code
        dict(good, id="x-4", engagements=[dict(good["engagements"][0], direction="incoming")]),
        dict(good, id="x-5", engagements=[dict(good["engagements"][0], partners=["LAO"])]),  # not in doc partners
        dict(good, id="x-6", engagements=[dict(good["engagements"][0], date="8 May 2024")]),
        dict(good, id="x-1"),                                                      # duplicate id
        dict(good, id="x-7", engagement=None, engagements=[]) | {"engagement": "high_level_meeting"},
        dict(good, id="x-8", source_province="Yunnan"),
    ]
    p = tmp_path / "p.jsonl"
    p.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in [good, *bad]) + "\n", encoding="utf-8")
    errs = mod.check([p])
    for i in ("x-2", "x-3", "x-4", "x-5", "x-6", "x-7", "x-8"):
        assert any(f" {i}" in e for e in errs), (i, errs)
    assert any("id also at" in e for e in errs)
    # the good line itself raises nothing but the duplicate-id report of its copy
    assert [e for e in errs if e.split(":")[0].endswith("p.jsonl") and " x-1" in e and "id also" not in e] == []
