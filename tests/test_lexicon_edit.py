"""``tifa lexicon add`` (and validate) end to end, always on temporary copies of the
shipped lexicon: the right file, the rest of it byte-identical, the next ``tifa tag``
uses the entry, duplicates and invalid entries refused with nothing written."""

from __future__ import annotations

import difflib
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pipeline
from pipeline.cli import app, lexicon_cmd, tag  # noqa: F401  (register the commands)
from pipeline.errors import TifaError
from pipeline.lexicon import default_path
from pipeline.curation.edit import AddRequest, add_entries, add_entry, splice

runner = CliRunner()


def tifa(*args: str, stdin: str | None = None):
    return runner.invoke(app, list(args), input=stdin)


@pytest.fixture()
def lex(tmp_path: Path) -> Path:
    root = tmp_path / "lexicon"
    shutil.copytree(default_path(), root)
    return root


def inserted_lines(old: str, new: str) -> list[str]:
    """The lines ``new`` adds to ``old``; fails if anything of ``old`` changed."""
    sm = difflib.SequenceMatcher(a=old.splitlines(keepends=True), b=new.splitlines(keepends=True), autojunk=False)
    ops = [op for op in sm.get_opcodes() if op[0] != "equal"]
    assert all(op[0] == "insert" for op in ops), ops
    assert len(ops) == 1, "the entry must be one contiguous block"
    _, _, _, j1, j2 = ops[0]
    return new.splitlines(keepends=True)[j1:j2]


def test_add_designated_role_then_tag_it_then_refuse_it_again(lex, tagger):
    f = lex / "formulations" / "designated_role.yaml"
    before = f.read_text(encoding="utf-8")
    text = "绥芬河市提出把口岸建成国际合作前哨站。"
    assert "designated_role" not in tagger.tag(text).formulations  # the shipped lexicon does not have it

    r = tifa("lexicon", "add", "--type", "designated_role", "--zh", "国际合作前哨站", "--en", "cooperation outpost",
             "--note", "seen in Heilongjiang readouts 2025", "--lexicon", str(lex))
    assert r.exit_code == 0, r.stderr
    after = f.read_text(encoding="utf-8")
    added = inserted_lines(before, after)
    assert [x.strip() for x in added if x.strip()] == [
        "- id: designated_role.cooperation_outpost", "zh: [国际合作前哨站]", "en: [cooperation outpost]",
        "note: seen in Heilongjiang readouts 2025"]
    line = after.splitlines().index("- id: designated_role.cooperation_outpost") + 1
    assert f"formulations/designated_role.yaml:{line}" in r.stdout

    rec = json.loads(tifa("tag", "-", "--lexicon", str(lex), "--no-model", stdin=text).stdout)
    assert "designated_role" in rec["formulations"]
    assert any(m["entry"] == "designated_role.cooperation_outpost" for m in rec["mentions"])
    assert rec["meta"]["lexicon_hash"] != tagger.lexicon.hash

    again = tifa("lexicon", "add", "--type", "opening_up", "--zh", "国际合作前哨站", "--lexicon", str(lex))
    assert again.exit_code == 1
    assert "E031" in again.stderr and f"formulations/designated_role.yaml:{line}" in again.stderr
    same_id = tifa("lexicon", "add", "--type", "designated_role", "--zh", "合作前哨", "--id",
                   "designated_role.cooperation_outpost", "--lexicon", str(lex))
    assert same_id.exit_code == 1 and "E030" in same_id.stderr and f":{line}" in same_id.stderr
    assert f.read_text(encoding="utf-8") == after


@pytest.mark.parametrize("args, code", [
    (["--country", "XYZ", "--zh", "某某新城"], "E025"),                                  # unknown country code
    (["--type", "designated_role", "--pattern-zh", "(?:开放)?"], "E026"),                # matches the empty string
    (["--type", "designated_role", "--pattern-en", "(a+)+$"], "E039"),                  # catastrophic backtracking
])
def test_invalid_entry_is_refused_and_nothing_changes(lex, args, code):
    snapshot = {p: p.read_bytes() for p in lex.rglob("*.yaml")}
    r = tifa("lexicon", "add", *args, "--lexicon", str(lex))
    assert r.exit_code == 1, r.stdout
    assert "E032" in r.stderr and code in r.stderr
    assert {p: p.read_bytes() for p in lex.rglob("*.yaml")} == snapshot
    assert not [p for p in lex.rglob("*") if ".tmp-" in p.name]


def test_bad_requests_are_coded():
    for args in (["--type", "nonsense", "--zh", "x"], ["--type", "designated_role"],
                 ["--country", "VNM", "--province", "CN-YN", "--zh", "x"], ["--type", "cue", "--zh", "致函"],
                 ["--type", "designated_role", "--zh", "x", "--valid-from", "2020-13-45"]):
        r = tifa("lexicon", "add", *args, "--lexicon", str(default_path()), "--dry-run")
        assert r.exit_code == 2 and "E029" in r.stderr, (args, r.stderr)


def test_places_regions_blockers_go_to_their_files_and_are_tagged(lex):
    countries = (lex / "places" / "countries.yaml").read_text(encoding="utf-8")
    res = add_entries([
        AddRequest(country="VNM", zh=["先安县"], en=["Tien Yen"]),
        AddRequest(province="CN-YN", zh=["海河县"], note="test-only county name"),
        AddRequest(region="ASEAN", zh=["东盟诸国"]),
        AddRequest(type="blocker", zh=["朝鲜冷面"], blocks=["PRK"], note="a dish, not North Korea"),
    ], lex)
    assert [(x.id, x.file) for x in res] == [
        ("country.VNM.tien_yen", "places/countries.yaml"), ("city.CN-YN.zh_" + res[1].id.split("_")[-1],
                                                            "places/cities.yaml"),
        ("region.ASEAN.zh_" + res[2].id.split("_")[-1], "places/regions.yaml"),
        ("blocker.zh_" + res[3].id.split("_")[-1], "blockers.yaml")]
    # the Vietnamese town joins the Vietnam section, before the Laos header
    new = (lex / "places" / "countries.yaml").read_text(encoding="utf-8")
    inserted_lines(countries, new)
    lines = new.splitlines()
    assert res[0].line < next(i for i, x in enumerate(lines, 1) if "Laos (LAO)" in x)
    assert lines[res[0].line - 1:res[0].line + 4] == ["- id: country.VNM.tien_yen", "  code: VNM", "  kind: city",
                                                      "  zh: [先安县]", "  en: [Tien Yen]"]
    t = pipeline.load(lex, model=False)
    rec = t.tag("海河县代表团访问越南先安县，与东盟诸国代表座谈，品尝朝鲜冷面。")
    assert rec.partners == ["VNM"] and rec.provinces == ["CN-YN"] and rec.regions == ["ASEAN"]
    assert [m.entry for m in rec.mentions if m.label == "blocked"] == [res[3].id]


def test_dated_entry_follows_the_document_date_end_to_end(lex, tmp_path):
    r = tifa("lexicon", "add", "--type", "opening_up", "--zh", "国内国际双循环", "--valid-from", "2020-05-14",
             "--note", "coined in May 2020", "--lexicon", str(lex))
    assert r.exit_code == 0, r.stderr
    assert "valid_from: 2020-05-14" in (lex / "formulations" / "opening_up.yaml").read_text(encoding="utf-8")
    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in [
        {"id": "old", "date": "2019-06-01", "text": "辽宁积极融入国内国际双循环。"},
        {"id": "new", "date": "2021-06-01", "text": "辽宁积极融入国内国际双循环。"},
        {"id": "in-text", "text": "2019年6月1日，辽宁积极融入国内国际双循环。"},
        {"id": "undated", "text": "辽宁积极融入国内国际双循环。"},
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "r.jsonl"
    assert tifa("tag", str(docs), "-o", str(out), "--lexicon", str(lex), "--no-model").exit_code == 0
    got = {x["id"]: x["formulations"] for x in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert got == {"old": [], "new": ["opening_up"], "in-text": [], "undated": ["opening_up"]}


def test_dry_run_and_batch_duplicates_write_nothing(lex):
    snapshot = {p: p.read_bytes() for p in lex.rglob("*.yaml")}
    res = add_entry(AddRequest(type="friendship_network", zh=["伙伴城市"]), lex, dry_run=True)
    assert res.file == "formulations/friendship_network.yaml" and res.line > 1
    with pytest.raises(TifaError) as exc:
        add_entries([AddRequest(type="friendship_network", zh=["伙伴城市"]),
                      AddRequest(type="designated_role", zh=["伙伴城市"])], lex)
    assert exc.value.code == "E031"
    assert {p: p.read_bytes() for p in lex.rglob("*.yaml")} == snapshot


def test_splice_keeps_every_other_byte():
    text = ("# header comment\n\n- id: a.one\n  code: VNM\n  zh: [一, 二,\n       三]   # hand-wrapped\n\n"
            "# ── section two ──\n- id: b.two\n  code: LAO\n  zh: [四]\n")
    block = "- id: a.new\n  code: VNM\n  zh: [五]\n"
    new, line = splice(text, block, after_code="VNM", codes=[["VNM"], ["LAO"]])
    assert new == text.replace("\n\n# ──", "\n\n- id: a.new\n  code: VNM\n  zh: [五]\n\n# ──")
    assert new.splitlines()[line - 1] == "- id: a.new"
    end, line2 = splice(text, block)
    assert end == text + "\n" + block and end.splitlines()[line2 - 1] == "- id: a.new"


def test_validate_lists_every_problem_of_a_malformed_lexicon(tmp_path):
    root = tmp_path / "bad"
    (root / "formulations").mkdir(parents=True)
    (root / "places").mkdir()
    (root / "places" / "countries.yaml").write_text(
        "- id: country.VNM.x\n  code: VNM\n  zh: [越南]\n"          # 1
        "- id: country.VNM.x\n  code: VNM\n  zh: [越方]\n"          # 4 duplicate id
        "- id: country.LAO.x\n  code: LAO\n  zh: [越南]\n"          # 7 same form, two countries
        "- id: country.QQQ.x\n  code: QQQ\n  zh: [某国]\n", encoding="utf-8")  # 10 unknown code
    (root / "places" / "regions.yaml").write_text(
        "- id: region.X\n  code: ASEAN\n  members: [VNM, ZZZ]\n  zh: [东盟]\n", encoding="utf-8")  # 1 unknown member
    (root / "formulations" / "designated_role.yaml").write_text(
        "- id: dr.a\n  zh: [枢纽]\n"                                   # 1
        "- id: dr.b\n  patterns:\n    - {lang: zh, regex: '(?=开放)'}\n"  # 3 zero-width: matches ''
        "- id: dr.c\n  patterns:\n    - {lang: zh, regex: '面向(东盟'}\n"  # 6 does not compile
        "- id: dr.d\n  targets: [MARS]\n  zh: [门户]\n"                     # 9 unknown target region
        "- id: dr.e\n  zh: [门户城]\n  valid_from: 2020-01-01\n  valid_to: 2019-01-01\n",  # 12 backwards dates
        encoding="utf-8")
    (root / "formulations" / "opening_up.yaml").write_text("- id: ou.a\n  zh: [枢纽]\n", encoding="utf-8")  # two types
    (root / "blockers.yaml").write_text(
        "- id: blocker.none\n  zh: [无关词语]\n"                                # 1 blocks nothing
        "- id: blocker.wrong\n  zh: [越南粉]\n  blocks: [KHM]\n", encoding="utf-8")  # 3 guards no KHM form
    r = tifa("lexicon", "validate", "--lexicon", str(root))
    assert r.exit_code == 1
    got = {tuple(line.split(": ")[:2]) for line in r.stdout.splitlines()}
    expected = {
        ("places/countries.yaml:4", "E023 duplicate lexicon id"),
        ("places/countries.yaml:7", "E024 the same surface form has two meanings"),
        ("places/countries.yaml:10", "E025 unknown code"),
        ("places/regions.yaml:1", "E025 unknown code"),
        ("formulations/designated_role.yaml:3", "E026 slot pattern is invalid"),
        ("formulations/designated_role.yaml:6", "E026 slot pattern is invalid"),
        ("formulations/designated_role.yaml:9", "E022 lexicon entry does not match the schema"),
        ("formulations/designated_role.yaml:12", "E022 lexicon entry does not match the schema"),
        ("formulations/opening_up.yaml:1", "E024 the same surface form has two meanings"),
        ("blockers.yaml:1", "E028 blocker blocks nothing"),
        ("blockers.yaml:3", "W007 blocker names a code that none of its place forms has"),
    }
    assert expected <= got, expected - got
    assert "error(s)" in r.stderr


def test_add_rejects_a_date_range_that_is_backwards(lex):
    with pytest.raises(TifaError) as exc:
        add_entry(AddRequest(type="opening_up", zh=["测试开放提法"], valid_from=date(2021, 1, 1),
                             valid_to=date(2020, 1, 1)), lex)
    assert exc.value.code == "E029"


def test_add_and_accept_refuse_to_edit_the_shipped_lexicon_unless_named(tmp_path, monkeypatch):
    """Issue 18 item 7: without --lexicon, `add` and `accept` wrote into the repository's (or
    the installed package's) lexicon and did not say where."""
    monkeypatch.delenv("TIFA_LEXICON", raising=False)
    shipped = default_path()
    before = {p: p.read_bytes() for p in shipped.rglob("*.yaml")}
    r = tifa("lexicon", "add", "--type", "opening_up", "--zh", "测试开放新提法")
    assert r.exit_code == 2 and "E037" in r.stderr and str(shipped.resolve()) in r.stderr
    review = tmp_path / "review.yaml"
    review.write_text("- term: 测试开放新提法\n  lang: zh\n  type: opening_up\n  decision: accept\n", encoding="utf-8")
    r = tifa("lexicon", "accept", str(review))
    assert r.exit_code == 2 and "E037" in r.stderr
    assert {p: p.read_bytes() for p in shipped.rglob("*.yaml")} == before
    # a dry run writes nothing, so it may look at the shipped lexicon
    assert tifa("lexicon", "add", "--type", "opening_up", "--zh", "测试开放新提法", "--dry-run").exit_code == 0


def test_copy_then_add_prints_the_absolute_path_written(tmp_path, monkeypatch):
    monkeypatch.delenv("TIFA_LEXICON", raising=False)
    monkeypatch.chdir(tmp_path)  # not the repository root: `cp -r lexicon …` would fail here
    r = tifa("lexicon", "copy", "my_lexicon")
    assert r.exit_code == 0, r.output
    assert (tmp_path / "my_lexicon" / "formulations").is_dir()
    assert tifa("lexicon", "copy", "my_lexicon").exit_code == 1  # never over an existing folder
    r = tifa("lexicon", "add", "--type", "opening_up", "--zh", "测试开放新提法", "--lexicon", "my_lexicon")
    assert r.exit_code == 0, r.output
    assert f"{(tmp_path / 'my_lexicon').resolve()}/formulations/" in r.stdout


def test_a_lexicon_that_cannot_be_written_is_e033_as_documented(lex, monkeypatch):
    """Issue 18 item 12: a read-only lexicon gave E040 (output) while the README says E033."""
    import builtins

    real_open = builtins.open

    def read_only(file, mode="r", *args, **kwargs):
        if "w" in mode and str(lex) in str(file):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("pipeline.io.writers.open", read_only, raising=False)
    r = tifa("lexicon", "add", "--type", "opening_up", "--zh", "测试开放新提法", "--lexicon", str(lex))
    assert r.exit_code == 1 and "E033" in r.stderr and "E040" not in r.stderr
