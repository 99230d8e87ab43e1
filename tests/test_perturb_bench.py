"""bench/perturb.py: every perturbation keeps a document's meaning, and tifa reads through it."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest


sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import perturb  # noqa: E402

ZH = ("吉林省代表团访问俄罗斯滨海边疆区\n"
      "6月12日，吉林省副省长率省政府代表团抵达符拉迪沃斯托克，与滨海边疆区副行政长官举行会谈，双方就珲春—扎鲁比诺"
      "港口通道、跨境电商和农产品贸易交换了意见。会谈后，两地有关部门签署了物流合作备忘录。来自俄罗斯、蒙古国、韩国、"
      "日本、朝鲜等国的客商代表出席了签约仪式。\n"
      "代表团一行还参观了当地港口和自由港企业。")
EN = ("Yunnan delegation visits Laos\n"
      "Yunnan's vice governor led a provincial government delegation to Vientiane on March 5, where it held talks with "
      "Lao deputy ministers on cross-border railway freight, power trade and tourism. The two sides signed a memorandum "
      "on logistics cooperation after the talks, attended by business groups from Thailand, Cambodia, Myanmar and "
      "Vietnam. Yunnan's party secretary met the Lao deputy prime minister in Kunming on March 9.")


def _triples(rec):
    return sorted((tuple(e.provinces), tuple(e.partners), e.category, e.official, e.direction) for e in rec.engagements)


@pytest.mark.parametrize("name", sorted(perturb.PERTURBATIONS))
@pytest.mark.parametrize("text", [ZH, EN], ids=["zh", "en"])
def test_each_perturbation_leaves_the_record_as_it_was(name, text, tagger):
    noisy = perturb.PERTURBATIONS[name](text, random.Random(f"7:{name}"), "2024-06-20")
    clean, rec = tagger.tag(text, date="2024-06-20"), tagger.tag(noisy, date="2024-06-20")
    assert (rec.provinces, rec.partners, rec.engagement) == (clean.provinces, clean.partners, clean.engagement)
    assert _triples(rec) == _triples(clean)
    assert all(m.text == noisy[m.start:m.end] for m in rec.mentions)


def test_perturbed_keeps_ids_and_labels_and_clean_is_the_gold_itself():
    gold = [{"id": "a", "text": ZH, "provinces": ["CN-JL"]}, {"id": "b", "text": EN, "provinces": ["CN-YN"]}]
    assert perturb.perturbed(gold, "clean", 1) is gold
    out = perturb.perturbed(gold, "entities", 1)
    assert [g["id"] for g in out] == ["a", "b"] and [g["provinces"] for g in out] == [["CN-JL"], ["CN-YN"]]
    assert out[1]["text"] != EN and gold[1]["text"] == EN
    assert perturb.perturbed(gold, "hardwrap", 1) == perturb.perturbed(gold, "hardwrap", 1)  # seeded
