"""The corpus's engagement gold (corpus/scripts/add_engagements.py) is consistent with the
document-level gold and valid against the schema."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from pipeline.schemas import Engagement

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location("add_engagements", ROOT / "corpus/scripts/add_engagements.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


@pytest.mark.parametrize("split", ["train", "dev", "test"])
def test_split_engagements_agree_with_document_gold(split):
    docs = [json.loads(line) for line in (ROOT / f"corpus/{split}.jsonl").read_text(encoding="utf-8").splitlines()]
    scored = [d for d in docs if "engagements" in d]
    assert len(scored) >= len(docs) - 7  # only unreviewed multi-actor test documents lack them
    for d in scored:
        engs = d["engagements"]
        assert (d.get("engagement") is None) == (engs == []), d["id"]
        if engs:
            assert engs[0]["category"] == d["engagement"], d["id"]
            for e in engs:
                Engagement.model_validate(e)
                assert set(e["provinces"]) <= set(d.get("provinces") or []), d["id"]
                assert set(e["partners"]) <= set(d.get("partners") or []), d["id"]


def test_derive_rules():
    mod = _script()
    doc = {"id": "x", "text": "2024年4月27日，云南省省长会见来访的越南老街省委书记。", "engagement": "high_level_meeting",
           "provinces": ["CN-YN"], "partners": ["VNM"], "regions": []}
    (e,) = mod.derive(doc)
    assert e["direction"] == "inbound" and e["level"] == "provincial" and e["date"] == "2024-04-27"
    assert mod.derive({**doc, "provinces": ["CN-YN", "CN-GX"]}) is None  # flagged for review
    assert mod.derive({**doc, "provinces": ["CN-YN", "CN-GX"]}, joint=True)[0]["provinces"] == ["CN-YN", "CN-GX"]
    assert mod.derive({**doc, "engagement": None}) == []
    stationed = {**doc, "text": "日本驻上海总领事赴合肥考察新能源汽车企业"}
    assert mod.direction(stationed) == "inbound"  # not outbound: a consul travels inside China
    assert "level" not in mod.derive({**doc, "text": "昆明市市长会见越南老街省省长"})[0]
