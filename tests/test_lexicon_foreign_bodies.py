"""lexicon/foreign_bodies.yaml: international organisations and foreign firms named without a country
(TAXONOMY §3 rule 5), loaded and checked like every lexicon file, compiled once per loaded lexicon and
read by the engagement policy through the document's analysis."""

from __future__ import annotations

import pickle
import shutil

import pytest
from typer.testing import CliRunner

from pipeline.engagement.foreign_bodies import foreign_body, talks_with_foreign_body
from pipeline.errors import E, LexiconError
from pipeline.lexicon import default_path, load, validate
from pipeline.tagger import Tagger

CASTOR = "4月16日，省外办主任与卡斯托尔集团负责人座谈交流。"  # a made-up firm: known only once the file lists it


@pytest.fixture
def lex_copy(tmp_path):
    root = tmp_path / "lex"
    shutil.copytree(default_path(), root)
    return root


def _append(root, text: str) -> int:
    """Append entries to the copy's foreign_bodies.yaml; the line the first one starts on."""
    f = root / "foreign_bodies.yaml"
    before = f.read_text(encoding="utf-8")
    f.write_text(before + text, encoding="utf-8")
    return before.count("\n") + 1


def test_the_shipped_file_is_loaded_with_its_kinds(lexicon):
    entries = lexicon.foreign_body_entries
    assert {e.kind for e in entries} == {"org", "firm"}
    by_id = {e.id: e for e in entries}
    assert "亚洲开发银行" in by_id["body.org.adb"].zh and "World Bank" in by_id["body.org.world_bank"].en
    assert all(e.file == "foreign_bodies.yaml" and e.line > 0 for e in entries)
    assert not [p for p in validate() if p.file == "foreign_bodies.yaml"]


@pytest.mark.parametrize("text, named", [
    ("省长会见亚洲开发银行副行长一行", True),
    ("会见联合国开发计划署驻华代表", True),
    ("与中国-东盟中心秘书长座谈", True),            # every dash copy writes (read after normalisation)
    ("会见西门子全球执行副总裁", True),
    ("会见三星电子中国区总裁", True),
    ("met the world health organisation's representative", True),
    ("the asian development bank approved a loan", True),
    ("省长会见省商务厅负责人", False),
    ("三星堆遗址", False),                          # 三星 only as 三星集团/三星电子/三星公司
    ("现代农业产业园", False),                      # 现代 only as 现代汽车/现代集团
    ("asian development banks", False),             # English forms between word boundaries
    ("a fabbrica", False),                          # no bare "abb"
])
def test_the_shipped_bodies(lexicon, text, named):
    assert lexicon.foreign_bodies.named(text) is named


def test_compiled_once_per_loaded_lexicon_and_not_hashed(lexicon, lex_copy):
    assert lexicon.foreign_bodies is lexicon.foreign_bodies
    h0 = load(lex_copy).hash
    _append(lex_copy, "- {id: body.firm.test_castor, kind: firm, zh: [卡斯托尔集团]}\n")
    lex = load(lex_copy)
    assert lex.hash == h0 == lexicon.hash  # engagement layer only, like titles.yaml: models stay valid
    assert lex.foreign_bodies.named("卡斯托尔集团") and not lexicon.foreign_bodies.named("卡斯托尔集团")


def test_the_policy_reads_the_lexicon_it_was_given(tagger, lex_copy):
    """The regression this file exists for: the names are data, so a lexicon that lists a new firm
    makes 座谈 with it a meeting (rule 2, a foreign party engaged), where the shipped one reads a
    domestic exchange."""
    assert tagger.tag(CASTOR).engagement == "domestic_coordination"
    _append(lex_copy, "- {id: body.firm.test_castor, kind: firm, zh: [卡斯托尔集团]}\n")
    rec = Tagger(load(lex_copy)).tag(CASTOR)
    assert rec.engagement == "high_level_meeting"
    assert [e.category for e in rec.engagements] == ["high_level_meeting"]


def test_the_analysis_carries_the_bodies(tagger):
    a = tagger.annotate(CASTOR.replace("卡斯托尔集团", "亚洲开发银行"))
    assert a.bodies is tagger.lexicon.foreign_bodies
    lead = a.simplified(0)
    assert foreign_body(lead, a) and talks_with_foreign_body(lead, a)
    assert not foreign_body(lead, None) and not talks_with_foreign_body(lead, None)  # no lexicon: none known


def test_a_lexicon_without_the_file_knows_no_body(lex_copy):
    (lex_copy / "foreign_bodies.yaml").unlink()
    lex = load(lex_copy)
    assert lex.foreign_bodies.pattern is None and not lex.foreign_bodies.named("亚洲开发银行")


def test_pickled_lexicon_keeps_the_entries(lexicon):
    clone = pickle.loads(pickle.dumps(lexicon.compile()))
    assert len(clone.foreign_body_entries) == len(lexicon.foreign_body_entries)
    assert clone.foreign_bodies.named("会见世界银行代表")


@pytest.mark.parametrize("entry, code, detail", [
    ("- id: body.firm.bad_kind\n  kind: ngo\n  zh: [某某基金会]\n", E.LEXICON_SCHEMA, "kind"),
    ("- id: body.org.nameless\n  kind: org\n  note: no name\n", E.LEXICON_SCHEMA, "at least one name"),
    ("- id: body.org.extra\n  kind: org\n  zh: [某组织]\n  country: USA\n", E.LEXICON_SCHEMA, "country"),
    ("- id: body.org.adb\n  kind: org\n  zh: [某开发银行]\n", E.LEXICON_DUPLICATE_ID, "body.org.adb also at"),
    ("- id: country.VNM.name\n  kind: org\n  zh: [某组织]\n", E.LEXICON_DUPLICATE_ID, "places/"),
])
def test_a_bad_entry_names_its_file_and_line(lex_copy, entry, code, detail):
    line = _append(lex_copy, entry)
    problems = [p for p in validate(lex_copy) if p.code == code and p.file == "foreign_bodies.yaml"]
    assert [p.line for p in problems] == [line] and detail in problems[0].detail
    with pytest.raises(LexiconError) as exc:
        load(lex_copy)
    assert f"foreign_bodies.yaml:{line}" in exc.value.message


def test_a_form_listed_twice_is_a_warning(lex_copy):
    line = _append(lex_copy, "- {id: body.org.bank_again, kind: org, zh: [世界银行]}\n")
    got = [p for p in validate(lex_copy) if p.file == "foreign_bodies.yaml"]
    assert [(p.code, p.line) for p in got] == [(E.LEXICON_SURFACE_TWICE, line)] and "body.org.world_bank" in got[0].detail
    assert load(lex_copy).foreign_bodies.named("世界银行")  # a warning: the lexicon still loads


def test_bad_yaml_in_the_file_is_located(lex_copy):
    line = _append(lex_copy, "- id: body.org.broken\n  kind: org\n  zh: [未闭合\n")
    problems = [p for p in validate(lex_copy) if p.file == "foreign_bodies.yaml"]
    assert problems and problems[0].code == E.LEXICON_YAML and problems[0].line >= line


def test_tifa_lexicon_validate_sees_the_file(lex_copy):
    from pipeline.cli import app, lexicon_cmd  # noqa: F401  (register the commands)

    line = _append(lex_copy, "- id: body.firm.bad_kind\n  kind: ngo\n  zh: [某某基金会]\n")
    res = CliRunner().invoke(app, ["lexicon", "validate", str(lex_copy)])
    assert res.exit_code == 1
    assert f"foreign_bodies.yaml:{line}" in res.output and E.LEXICON_SCHEMA in res.output


def test_tifa_lexicon_list_shows_the_bodies(lexicon):
    import json

    from pipeline.cli import app, lexicon_cmd  # noqa: F401  (register the commands)

    res = CliRunner().invoke(app, ["lexicon", "list", "--type", "foreign_body", "--json"])
    rows = json.loads(res.stdout)
    assert res.exit_code == 0 and [r["id"] for r in rows] == [e.id for e in lexicon.foreign_body_entries]
    adb = next(r for r in rows if r["id"] == "body.org.adb")
    assert adb["file"] == "foreign_bodies.yaml" and adb["zh"] == 2 and adb["en"] == 1
