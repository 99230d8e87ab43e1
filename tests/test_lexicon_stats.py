"""``tifa lexicon list|stats|diff`` on the shipped lexicon and temporary copies."""

from __future__ import annotations

import json
import shutil
from collections import Counter

from typer.testing import CliRunner

from pipeline.cli import app, lexicon_cmd  # noqa: F401  (register the commands)
from pipeline.lexicon import default_path
from pipeline.curation.stats import family, list_entries, render_diff, stats

runner = CliRunner()


def test_stats_count_entries_forms_and_patterns_per_family(lexicon):
    s = stats(lexicon)
    forms = [e for e in lexicon.formulation_entries if e.type == "designated_role"]
    dr = s["families"]["designated_role"]
    assert dr["entries"] == len(forms)
    assert dr["zh"] == sum(len(e.zh) + len(e.zh_hant) for e in forms)
    assert dr["en"] == sum(len(e.en) for e in forms)
    assert dr["patterns_en"] == sum(p.lang == "en" for e in forms for p in e.patterns)
    assert s["total"]["entries"] == sum(1 for _ in lexicon.all_entries())
    assert s["families"]["blocker"]["entries"] == len(lexicon.blocker_entries)
    assert s["hash"] == lexicon.hash
    assert family(lexicon.by_id["province.CN-YN"]) == "province" and family(lexicon.by_id["region.ASEAN"]) == "region"


def test_list_filters_by_family(lexicon):
    rows = list_entries(lexicon, family_filter="opening_up")
    assert {r["id"] for r in rows} == {e.id for e in lexicon.formulation_entries if e.type == "opening_up"}
    r = next(r for r in rows if r["id"] == "opening_up.core_zh")
    assert r["file"] == "formulations/opening_up.yaml" and r["zh"] == len(lexicon.by_id["opening_up.core_zh"].zh)
    out = runner.invoke(app, ["lexicon", "list", "--type", "opening_up", "--json"])
    assert out.exit_code == 0 and [x["id"] for x in json.loads(out.stdout)] == [x["id"] for x in rows]


def test_stats_on_a_corpus_names_entries_that_never_fire(lexicon, tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in [
        {"id": "a", "text": "云南省委书记会见越南老街省委书记，双方表示将建设面向南亚东南亚辐射中心。"},
        {"id": "b", "text": "吉林省朝鲜族群众欢迎韩国庆尚北道代表团，推动高水平对外开放。"},
        {"id": "c", "text": "Guangxi officials said the province would deepen opening up and build a hub."},
    ]) + "\n", encoding="utf-8")
    s = stats(lexicon, [str(corpus)])
    c = s["corpus"]
    assert c["documents"] == 3 and c["by_lang"] == {"zh": 2, "en": 1}
    assert c["fired"]["designated_role.yunnan_radiation_centre"] == 1
    assert c["fired"]["blocker.chaoxianzu"] == 1           # blocked forms fire too
    assert c["fired"]["opening_up.core_en"] == 1
    never = {r["id"] for r in c["never_fired"]}
    assert "periphery_diplomacy.qin_cheng_hui_rong_zh" in never and "friendship_network.sister_city_zh" in never
    assert never.isdisjoint(c["fired"]) and not any(i.startswith("slot.") for i in never)
    assert len(never) + len(c["fired"]) == sum(1 for e in lexicon.all_entries() if family(e) != "slot")
    fams = [r["family"] for r in c["never_fired"]]
    assert fams.index("country") > fams.index("designated_role")  # formulations are listed first
    out = runner.invoke(app, ["lexicon", "stats", "--corpus", str(corpus), "--show", "5"])
    assert out.exit_code == 0 and "never fired:" in out.stdout and "designated_role" in out.stdout
    bad = runner.invoke(app, ["lexicon", "stats", "--corpus", str(tmp_path / "missing")])
    assert bad.exit_code == 2 and "E035" in bad.stderr


def test_diff_lists_added_removed_and_changed_entries(tmp_path):
    new = tmp_path / "new"
    shutil.copytree(default_path(), new)
    f = new / "formulations" / "periphery_diplomacy.yaml"
    text = f.read_text(encoding="utf-8")
    start = text.index("- id: periphery_diplomacy.qin_cheng_hui_rong_zh")
    end = text.index("- id:", start + 5)
    text = text[:start] + text[end:]                                     # removed
    text = text.replace("周边是首要]", "周边是首要, 周边外交新局面]")           # changed: one more zh form
    text += "\n- id: periphery_diplomacy.test_added\n  zh: [亲望亲好]\n"  # added
    f.write_text(text, encoding="utf-8")
    out = runner.invoke(app, ["lexicon", "diff", str(default_path()), str(new), "--json"])
    assert out.exit_code == 0
    d = json.loads(out.stdout)
    assert [r["id"] for r in d["added"]] == ["periphery_diplomacy.test_added"]
    assert [r["id"] for r in d["removed"]] == ["periphery_diplomacy.qin_cheng_hui_rong_zh"]
    assert [r["id"] for r in d["changed"]] == ["periphery_diplomacy.core_zh"]
    old_zh, new_zh = d["changed"][0]["fields"]["zh"]
    assert Counter(new_zh) - Counter(old_zh) == Counter(["周边外交新局面"])
    assert list(d["changed"][0]["fields"]) == ["zh"]
    assert d["old"]["hash"] != d["new"]["hash"]
    shown = render_diff(d)
    assert "1 added, 1 removed, 1 changed" in shown
    assert "+ periphery_diplomacy.test_added" in shown and "- periphery_diplomacy.qin_cheng" in shown
    assert "周边外交新局面" in shown
