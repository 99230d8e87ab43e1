"""What a new analyst met using ``tifa`` on a scraped folder (issue: try tifa as a new user).

Each test pins one bug found that way; each fails without its fix.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import register

YN = "2024年5月16日，云南省省长在昆明会见越南驻昆明总领事，双方就深化经贸合作交换意见。"
GX = "广西壮族自治区党委书记率团访问老挝，与老挝国家主席会谈，推动中老铁路沿线合作。"


@pytest.fixture
def cli(tagger, monkeypatch):
    """Run ``tifa`` in this process with the session's rules-only tagger (no model load)."""
    import pipeline.tagger

    monkeypatch.setattr(pipeline.tagger, "load", lambda *a, **k: tagger)

    def run(*args: str, stdin: bytes | str | None = None):
        return CliRunner().invoke(register(), list(args), input=stdin)

    return run


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "in"
    (d / "2024").mkdir(parents=True)
    (d / "2024" / "yn.txt").write_bytes(YN.encode("gbk"))
    (d / "gx.txt").write_text(GX, encoding="utf-8")
    return d


def test_engagement_unit_honours_max_chars(cli, folder, tmp_path):
    out = tmp_path / "rows.jsonl"
    r = cli("tag", str(folder), "-o", str(out), "--unit", "engagement", "-w", "1", "--max-chars", "20")
    assert r.exit_code == 1, r.output
    errors = [json.loads(x) for x in (tmp_path / "rows.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(e["code"] for e in errors) == ["E017", "E017"]
    assert out.read_text(encoding="utf-8") == ""


def test_engagement_unit_prints_errors_like_the_document_unit(cli, folder, tmp_path):
    (folder / "scan.bin").write_bytes(b"\x00\x01")
    r = cli("tag", str(folder), "-o", str(tmp_path / "rows.csv"), "--unit", "engagement", "-w", "1")
    assert r.exit_code == 1
    assert "error: " in r.output and "E002" in r.output and "Fix:" in r.output
    assert "2 tagged, 1 failed" in r.output


def test_engagement_unit_never_reads_its_own_output(cli, folder):
    out = folder / "rows.jsonl"  # the table written inside the folder being tagged
    for _ in range(2):
        r = cli("tag", str(folder), "-o", str(out), "--unit", "engagement", "-w", "1")
        assert r.exit_code == 0, r.output
        assert "2 tagged, 0 failed" in r.output
    assert {json.loads(x)["doc_id"] for x in out.read_text(encoding="utf-8").splitlines()} == {"gx.txt", "2024/yn.txt"}


def test_engagement_csv_has_a_bom_like_the_record_csv(cli, folder, tmp_path):
    for unit, name in (("document", "docs.csv"), ("engagement", "rows.csv")):
        r = cli("tag", str(folder), "-o", str(tmp_path / name), "--unit", unit, "-w", "1")
        assert r.exit_code == 0, r.output
        assert (tmp_path / name).read_bytes().startswith(b"\xef\xbb\xbf"), unit


def test_engagement_unit_failed_write_keeps_the_good_table(cli, folder, tmp_path, monkeypatch):
    import pipeline.io.engagement_rows as er

    out = tmp_path / "rows.csv"
    assert cli("tag", str(folder), "-o", str(out), "--unit", "engagement", "-w", "1").exit_code == 0
    good = out.read_bytes()

    def half(records, path, fmt):
        Path(path).write_text("doc_id,ind", encoding="utf-8")
        raise KeyboardInterrupt

    monkeypatch.setattr(er, "write_engagement_rows", half)
    r = cli("tag", str(folder), "-o", str(out), "--unit", "engagement", "-w", "1")
    assert r.exit_code == 130
    assert out.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "rows.csv", "rows.csv.errors.jsonl"]


def test_refused_lexicon_entry_says_what_the_code_means(cli, tmp_path):
    import shutil

    from pipeline.lexicon import default_path

    lex = tmp_path / "lex"
    shutil.copytree(default_path(), lex)
    r = cli("lexicon", "add", "--type", "designated_role", "--zh", "开放前哨站", "--pattern-zh", "面向{SLOT}的开放前哨站",
            "--lexicon", str(lex))
    assert r.exit_code == 1
    assert "E032" in r.output and "E027 unknown slot in pattern" in r.output  # not only "E027 …: {SLOT}"
    help_text = cli("lexicon", "add", "--help").output
    assert "{REGION}" in help_text and "{PROVINCE}" in help_text


@pytest.mark.parametrize("suffix", ["csv", "parquet"])
def test_report_of_a_records_csv_or_parquet_counts_engagements_like_jsonl(cli, folder, tmp_path, suffix):
    from pipeline.report import build_tables

    for s in ("jsonl", suffix):
        assert cli("tag", str(folder), "-o", str(tmp_path / f"r.{s}"), "-w", "1").exit_code == 0
    want = build_tables(str(tmp_path / "r.jsonl"), unit="engagement")
    got = build_tables(str(tmp_path / f"r.{suffix}"), unit="engagement")
    assert got.unit == "engagement" and not [p for p in got.records.problems if p.code == "W016"]
    cols = ["province", "partner", "n", "denominator"]
    assert got["partners"][cols].values.tolist() == want["partners"][cols].values.tolist()
    assert len(got["engagements"]) == 2


PAGE = ("<html><head><title>某省外事办公室 - 首页</title><meta name=\"PubDate\" content=\"2024-06-03\"></head><body>"
        "<div class=\"article\"><h1>省外办主任会见泰国总领事</h1><p>6月3日，云南省外办主任在昆明会见泰国驻昆明总领事，"
        "双方就加强友好交流交换意见。</p></div></body></html>")


def test_explain_reads_a_file_as_tag_does(cli, tmp_path):
    """explain dropped the file's date (HTML <meta>), so '6月3日' had no year and the
    engagement no date, while tag dated it: the explanation was of another record."""
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert cli("tag", str(page), "-o", str(tmp_path / "r.jsonl"), "-w", "1").exit_code == 0
    tagged = json.loads((tmp_path / "r.jsonl").read_text(encoding="utf-8"))
    r = cli("explain", str(page), "--json")
    assert r.exit_code == 0, r.output
    explained = json.loads(r.output)["record"]
    assert tagged["engagements"][0]["date"] == "2024-06-03"
    assert [e["date"] for e in explained["engagements"]] == [e["date"] for e in tagged["engagements"]]
    assert explained["date"] == tagged["date"] == "2024-06-03"


def test_explain_takes_the_source_province_as_tag_does(cli, tmp_path):
    (tmp_path / "云南").mkdir()
    f = tmp_path / "云南" / "readout.txt"
    f.write_text("我省副省长会见老挝万象市市长一行。", encoding="utf-8")
    r = cli("explain", str(f), "--source-province", "from-folder", "--json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["record"]["provinces"] == ["CN-YN"]
    r = cli("explain", "我省副省长会见老挝万象市市长一行。", "--source-province", "云南", "--json")
    assert json.loads(r.output)["record"]["provinces"] == ["CN-YN"]
    bad = cli("explain", str(f), "--source-province", "nowhere")
    assert bad.exit_code == 2 and "E013" in bad.output


def test_report_notes_say_how_many_engagements_name_no_province(cli, folder, tmp_path):
    """Per-province tables silently left out engagements naming no province (a 我省 text
    tagged without --source-province): the notes said '3 in the report' while the
    province tables summed to 2."""
    (folder / "ours.txt").write_text("我省副省长会见老挝万象市市长一行。", encoding="utf-8")
    assert cli("tag", str(folder), "-o", str(tmp_path / "r.jsonl"), "-w", "1").exit_code == 0
    r = cli("report", str(tmp_path / "r.jsonl"), "-o", str(tmp_path / "rep"))
    assert r.exit_code == 0, r.output
    summary = (tmp_path / "rep" / "summary.csv").read_text(encoding="utf-8-sig")
    assert "CN-YN" in summary and "CN-GX" in summary
    html = (tmp_path / "rep" / "index.html").read_text(encoding="utf-8")
    assert "3 in the report" in html
    assert "1 of the engagements in the report name no province" in html


def test_engagement_table_into_a_new_folder(cli, folder, tmp_path):
    """The document unit made the output's folder; --unit engagement crashed with an OSError."""
    out = tmp_path / "new" / "sub" / "rows.csv"
    r = cli("tag", str(folder), "-o", str(out), "--unit", "engagement", "-w", "1")
    assert r.exit_code == 0, r.output
    assert out.read_text(encoding="utf-8-sig").startswith("doc_id,")


@pytest.mark.parametrize("unit", ["document", "engagement"])
def test_an_excel_name_is_refused_not_filled_with_jsonl(cli, folder, tmp_path, unit):
    out = tmp_path / "records.xlsx"
    r = cli("tag", str(folder), "-o", str(out), "--unit", unit, "-w", "1")
    assert r.exit_code == 2
    assert "E041" in r.output and "records.csv" in r.output
    assert not out.exists()


def _command_options(cmd) -> set[str]:
    return {o for p in cmd.params for o in (*p.opts, *p.secondary_opts)}


def test_every_option_the_docs_give_tifa_commands_exists():
    """docs/engagements.md told analysts `tifa tag DIR --unit engagement -f csv`; tag has no -f."""
    import re

    import typer.main

    root = typer.main.get_command(register())
    known = {name: _command_options(cmd) for name, cmd in root.commands.items()}
    here = Path(__file__).resolve().parents[1]
    bad = []
    for doc in [here / "README.md", *sorted((here / "docs").glob("*.md"))]:
        for line in doc.read_text(encoding="utf-8").splitlines():
            for m in re.finditer(r"\btifa (tag|report|eval|explain|dedup)\b([^`|#\n]*)", line):
                for opt in re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", m.group(2)):
                    if opt not in known[m.group(1)] and opt != "--help":
                        bad.append(f"{doc.name}: tifa {m.group(1)} {opt}")
    assert not bad, bad


def test_a_second_report_into_the_folder_leaves_no_stale_tables(cli, folder, tmp_path):
    """An engagement report with --dedup, then a document report into the same folder: the
    old evidence.csv, duplicates.csv, officials.csv … stayed beside tables that contradict them."""
    assert cli("tag", str(folder), "-o", str(tmp_path / "r.jsonl"), "-w", "1").exit_code == 0
    rep = tmp_path / "rep"
    rep.mkdir()
    (rep / "my_notes.csv").write_text("mine", encoding="utf-8")  # the analyst's own file stays
    assert cli("report", str(tmp_path / "r.jsonl"), "-o", str(rep), "--dedup", "--format", "md").exit_code == 0
    assert (rep / "duplicates.csv").exists() and (rep / "evidence.csv").exists() and (rep / "charts").is_dir()
    r = cli("report", str(tmp_path / "r.jsonl"), "-o", str(rep), "--unit", "document")
    assert r.exit_code == 0, r.output
    listed = json.loads((rep / ".tifa-report.json").read_text(encoding="utf-8"))["files"]
    on_disk = sorted(p.relative_to(rep).as_posix() for p in rep.rglob("*") if p.is_file() and p.name[0] != ".")
    assert on_disk == sorted([*listed, "my_notes.csv"])
    assert not (rep / "duplicates.csv").exists() and not (rep / "evidence.csv").exists()
    assert not (rep / "charts").exists() and (rep / "index.html").exists()


def test_a_gbk_file_name_gives_the_id_robustness_md_shows(cli, tmp_path):
    import os

    d = tmp_path / "in"
    d.mkdir()
    with open(os.path.join(os.fsencode(d), "外事动态.txt".encode("gbk")), "wb") as fh:
        fh.write(YN.encode("gbk"))
    assert cli("tag", str(d), "-o", str(tmp_path / "r.jsonl"), "-w", "1").exit_code == 0
    rec = json.loads((tmp_path / "r.jsonl").read_text(encoding="utf-8"))
    assert rec["id"] == "外事动态.txt"  # the GBK bytes read as GB18030
    assert "\\xcd\\xe2" in rec["source"]  # the source keeps the bytes on disk
    assert rec["id"] in (Path(__file__).resolve().parents[1] / "docs" / "robustness.md").read_text(encoding="utf-8")


def test_explain_a_jsonl_line(cli, tmp_path):
    """explain FILE.jsonl was E002 'convert it to … .jsonl': the help promises any format tag reads."""
    f = tmp_path / "feed.jsonl"
    f.write_text(json.dumps({"id": "a1", "text": YN}, ensure_ascii=False) + "\n{bad\n"
                 + json.dumps({"id": "b2", "text": GX, "date": "2024-05-20"}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    r = cli("explain", str(f), "--id", "b2", "--json")
    assert r.exit_code == 0, r.output
    rec = json.loads(r.output)["record"]
    assert rec["provinces"] == ["CN-GX"] and rec["date"] == "2024-05-20"
    several = cli("explain", str(f))
    assert several.exit_code == 2 and "E019" in several.output and "'a1', 'b2'" in several.output
    assert "E019" in cli("explain", str(f), "--id", "zz").output
    one = tmp_path / "one.jsonl"
    one.write_text(json.dumps({"id": "a1", "text": YN}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert json.loads(cli("explain", str(one), "--json").output)["record"]["provinces"] == ["CN-YN"]


@pytest.mark.parametrize("encoding", ["gbk", "utf-16"])
def test_piped_text_is_decoded_as_a_file_is(cli, encoding):
    """`cat gbk.txt | tifa tag -` raised UnicodeDecodeError under a strict UTF-8 locale, and
    under a lenient one tagged U+FFFD garbage as an empty record with '0 failed'."""
    r = cli("tag", "-", "-w", "1", stdin=YN.encode(encoding))
    assert r.exit_code == 0, r.output
    rec = json.loads(next(x for x in r.output.splitlines() if x.startswith("{")))
    assert rec["provinces"] == ["CN-YN"] and rec["partners"] == ["VNM"] and rec["date"] == "2024-05-16"


def test_a_piped_jsonl_line_that_is_not_utf8_is_e003_as_in_a_file(cli):
    data = (b'{"id": "x", "text": "' + YN.encode("gbk") + b'"}\n'
            + json.dumps({"id": "y", "text": GX}, ensure_ascii=False).encode() + b"\n")
    r = cli("tag", "-", "-w", "1", stdin=data)
    assert r.exit_code == 1, r.output
    assert '"E003"' in r.output and '"-:1"' in r.output
    assert [json.loads(x)["id"] for x in r.output.splitlines() if x.startswith('{"id"')] == ["y"]


def test_an_earlier_output_in_the_input_folder_is_named_as_such(cli, folder):
    """Tagging a folder to records.csv after records.jsonl was written into it read every
    record as a document: E007 'needs id and a string text', with no hint why."""
    (folder / "scan.bin").write_bytes(b"\x00\x01")
    assert cli("tag", str(folder), "-o", str(folder / "records.jsonl"), "-w", "1").exit_code == 1
    assert cli("tag", str(folder), "-o", str(folder / "rows.jsonl"), "--unit", "engagement", "-w", "1").exit_code == 1
    r = cli("tag", str(folder), "-o", str(folder / "records.csv"), "-w", "1")
    assert r.exit_code == 1
    errors = [json.loads(x) for x in (folder / "records.csv.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    told = [e for e in errors if e["code"] == "E007"]
    # records.jsonl: 2 records + its sidecar's 1 line; rows.jsonl: 2 rows + its sidecar's 4 lines
    # (the second run met records.jsonl and its sidecar too)
    assert len(told) == 9 and all("written by tifa" in e["detail"] for e in told)
