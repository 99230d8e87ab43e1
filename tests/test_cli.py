"""``tifa tag`` / ``tifa lexicon validate`` end to end on real files in a temp folder."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_io import HTML, write_docx, write_pdf


def tifa(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], input=stdin, capture_output=True,
                          text=True, cwd=cwd, timeout=300)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("inputs")
    (d / "gbk.txt").write_bytes("广西壮族自治区主席会见越南谅山省委书记\n双方签署合作协议。".encode("gbk"))
    (d / "big5.txt").write_bytes("廣東省代表團訪問馬來西亞\n雙方簽署經貿合作協議。".encode("big5"))
    (d / "utf16.txt").write_text("黑龙江省代表团访问俄罗斯阿穆尔州。", encoding="utf-16")
    (d / "page.html").write_text(HTML, encoding="utf-8")
    sub = d / "nested" / "deeper"
    sub.mkdir(parents=True)
    write_pdf(sub / "liaoning.pdf", ["辽宁省代表团访问韩国京畿道，", "双方签署友好交流协议。"])
    write_docx(d / "jilin.docx", "吉林省与韩国京畿道签署教育交流协议", ["吉林省与韩国京畿道签署教育交流协议。"])
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.bin").write_bytes(bytes(range(256)) * 20)
    (d / "lines.jsonl").write_text(
        '{"id": "j1", "text": "Yunnan officials met a Lao delegation in Kunming"}\n{"broken\n', encoding="utf-8")
    return d


def test_tag_folder_accounts_for_every_input(folder, tmp_path):
    out = tmp_path / "records.jsonl"
    r = tifa("tag", str(folder), "-o", str(out), "--no-model")  # rules: the engagement asserts pin rule 4
    assert r.returncode == 1, r.stderr  # the binary file and the broken JSONL line failed
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    errs = [json.loads(x) for x in (tmp_path / "records.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(recs) + len(errs) == 9 + 1  # 9 files, the JSONL holding 2 lines
    assert "8 tagged (1 with warnings: W003 no text extracted from the document x1; see meta.warnings), 2 failed" \
        in r.stderr, r.stderr  # empty.txt is tagged, with W003
    by_id = {x["id"]: x for x in recs}
    assert set(by_id) == {"gbk.txt", "big5.txt", "utf16.txt", "page.html", "nested/deeper/liaoning.pdf",
                          "jilin.docx", "empty.txt", "j1"}
    assert by_id["gbk.txt"]["provinces"] == ["CN-GX"] and by_id["gbk.txt"]["partners"] == ["VNM"]
    assert by_id["big5.txt"]["provinces"] == ["CN-GD"] and by_id["big5.txt"]["partners"] == ["MYS"]
    assert by_id["utf16.txt"]["partners"] == ["RUS"]
    assert by_id["page.html"]["partners"] == ["JPN"]  # nav/footer mentions of 美国/越南 dropped
    assert by_id["nested/deeper/liaoning.pdf"]["partners"] == ["KOR"]
    assert by_id["jilin.docx"]["engagement"] == "educational_exchange"
    assert by_id["empty.txt"]["provinces"] == [] and by_id["empty.txt"]["mentions"] == []
    assert by_id["j1"]["provinces"] == ["CN-YN"] and by_id["j1"]["partners"] == ["LAO"]
    codes = sorted(e["code"] for e in errs)
    assert codes == ["E002", "E007"]
    assert all(e["fix"] and e["path"] for e in errs)
    for rec in recs:
        assert rec["meta"]["lexicon_hash"] and rec["meta"]["tifa_version"]
        assert all(m["text"] and m["end"] > m["start"] for m in rec["mentions"])


def test_workers_give_identical_records_in_order(folder, tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    tifa("tag", str(folder), "-o", str(a))
    tifa("tag", str(folder), "-o", str(b), "--workers", "2")
    assert a.read_text(encoding="utf-8") == b.read_text(encoding="utf-8")


def test_formats_and_stdin(folder, tmp_path):
    for fmt in ("csv", "parquet"):
        out = tmp_path / f"r.{fmt}"
        r = tifa("tag", str(folder / "gbk.txt"), "-o", str(out), "--format", fmt)
        assert r.returncode == 0 and out.stat().st_size > 0, r.stderr
    r = tifa("tag", "-", stdin='{"id": "s1", "text": "宁夏与阿拉伯国家深化合作"}\n')
    assert r.returncode == 0
    rec = json.loads(r.stdout)
    assert rec["id"] == "s1" and rec["provinces"] == ["CN-NX"] and rec["regions"] == ["ARAB_STATES"]
    r = tifa("tag", "-", stdin="海南省会见新加坡代表团")
    assert json.loads(r.stdout)["partners"] == ["SGP"]


def test_clean_run_exits_zero_and_failed_run_keeps_old_output(folder, tmp_path):
    out = tmp_path / "r.jsonl"
    assert tifa("tag", str(folder / "gbk.txt"), "-o", str(out)).returncode == 0
    good = out.read_text(encoding="utf-8")
    r = tifa("tag", str(folder / "gbk.txt"), "-o", str(out), "--format", "nope")
    assert r.returncode == 2 and "E041" in r.stderr
    assert out.read_text(encoding="utf-8") == good


def test_missing_input_path_is_refused_before_anything_is_written(tmp_path):
    """Was an E001 entry in the errors file beside an empty output, exit 1 (issue 18 item 9)."""
    out = tmp_path / "r.jsonl"
    r = tifa("tag", str(tmp_path / "nope.txt"), "-o", str(out))
    assert r.returncode == 2 and "E001" in r.stderr
    assert not out.exists() and not (tmp_path / "r.errors.jsonl").exists()


def test_lexicon_validate_cli(tmp_path):
    from tests.test_lexicon import make_bad_lexicon

    assert tifa("lexicon", "validate").returncode == 0
    make_bad_lexicon(tmp_path)
    r = tifa("lexicon", "validate", str(tmp_path))
    assert r.returncode == 1
    assert "places/countries.yaml:4: E023" in r.stdout
    r = tifa("tag", "-", "--lexicon", str(tmp_path), stdin="x")
    assert r.returncode == 2 and "E023" in r.stderr and "Traceback" not in r.stderr


def test_custom_lexicon_is_used(tmp_path):
    import shutil

    from pipeline.lexicon import default_path

    lex = tmp_path / "lex"
    shutil.copytree(default_path(), lex)
    with open(lex / "formulations" / "designated_role.yaml", "a", encoding="utf-8") as fh:
        fh.write("\n- id: designated_role.test_frontier\n  zh: [开放前哨站]\n")
    r = tifa("tag", "-", "--lexicon", str(lex), stdin="把口岸建成开放前哨站")
    assert "designated_role" in json.loads(r.stdout)["formulations"]


# --- a new user's first hour (issue 18): in this process, rules only, one worker -------------------------

from typer.testing import CliRunner  # noqa: E402

from pipeline.cli import app, report as _report_cmd, tag as _tag_cmd  # noqa: E402,F401  (register the commands)


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, list(args), input=stdin)


def tag_run(*args: str, stdin: str | None = None):
    return run("tag", *args, "--no-model", "-w", "1", stdin=stdin)


@pytest.fixture()
def two_provinces(tmp_path) -> Path:
    for prov, text in (("yunnan", "云南省代表团访问老挝，双方签署合作协议。"), ("guangxi", "广西壮族自治区主席会见越南谅山省委书记。")):
        (tmp_path / "prov" / prov).mkdir(parents=True)
        (tmp_path / "prov" / prov / "001.txt").write_text(text, encoding="utf-8")
    return tmp_path / "prov"


def test_two_input_folders_give_unique_ids_and_say_so(two_provinces, tmp_path):
    out = tmp_path / "r.jsonl"
    r = tag_run(str(two_provinces / "yunnan"), str(two_provinces / "guangxi"), "-o", str(out))
    assert r.exit_code == 0, r.output
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert {x["id"]: x["provinces"] for x in recs} == {"yunnan/001.txt": ["CN-YN"], "guangxi/001.txt": ["CN-GX"]}
    assert "prefixed" in r.stderr and "yunnan/" in r.stderr
    # so that a report counts both provinces (with duplicate ids one vanished: W015)
    rep = run("report", str(out), "-o", str(tmp_path / "rep"), "--format", "csv")
    assert rep.exit_code == 0 and "W015" not in rep.output + rep.stderr


def test_duplicate_jsonl_ids_are_refused_not_tagged_twice(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "云南"}\n{"id": "a", "text": "广西"}\n{"id": "b", "text": "越南"}\n',
                   encoding="utf-8")
    out = tmp_path / "r.jsonl"
    r = tag_run(str(src), "-o", str(out))
    assert r.exit_code == 1
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["a", "b"]
    err = json.loads((tmp_path / "r.errors.jsonl").read_text(encoding="utf-8"))
    assert err["code"] == "E012" and "E012" in r.stderr
    assert err["path"].endswith("in.jsonl:2")  # the line of the repeated id, to find it in a large file


@pytest.mark.parametrize("ext", ["parquet", "csv"])
def test_output_format_is_inferred_from_the_extension(two_provinces, tmp_path, ext):
    out = tmp_path / f"r.{ext}"
    r = tag_run(str(two_provinces / "yunnan"), "-o", str(out))
    assert r.exit_code == 0, r.output
    head = out.read_bytes()[:8]
    assert head.startswith(b"PAR1") if ext == "parquet" else head.startswith("\ufeffid".encode())  # CSV with a BOM
    r = tag_run(str(two_provinces / "yunnan"), "-o", str(tmp_path / f"x.{ext}"), "--format", "jsonl")
    assert r.exit_code == 2 and "E042" in r.stderr and not (tmp_path / f"x.{ext}").exists()


def test_f_is_not_an_option_of_tag(two_provinces, tmp_path):
    """`-f` meant --format in tag and --formulation in report; it now means only the latter."""
    r = tag_run(str(two_provinces / "yunnan"), "-o", str(tmp_path / "r.csv"), "-f", "csv")
    assert r.exit_code == 2 and not (tmp_path / "r.csv").exists()


def test_output_inside_the_input_folder_is_never_read_back(two_provinces):
    folder = two_provinces / "yunnan"
    out = folder / "records.jsonl"
    for _ in range(2):  # the rerun finds its own records and errors files in the folder
        r = tag_run(str(folder), "-o", str(out))
        assert r.exit_code == 0, r.stderr
        assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == ["001.txt"]
        assert (folder / "records.errors.jsonl").read_text(encoding="utf-8") == ""


def test_missing_input_path_stops_before_writing_and_says_why(tmp_path):
    out = tmp_path / "r.jsonl"
    r = tag_run(str(tmp_path / "nope.txt"), "-o", str(out))
    assert r.exit_code == 2 and "E001" in r.stderr and "nope.txt" in r.stderr
    assert not out.exists() and not (tmp_path / "r.errors.jsonl").exists()


def test_empty_folder_is_an_error_not_zero_tagged(tmp_path):
    (tmp_path / "empty" / ".git").mkdir(parents=True)
    (tmp_path / "empty" / ".git" / "HEAD").write_text("ref", encoding="utf-8")  # hidden: not an input
    (tmp_path / "empty" / "blank.jsonl").write_text("\n\n", encoding="utf-8")
    r = tag_run(str(tmp_path / "empty"), "-o", str(tmp_path / "r.jsonl"))
    assert r.exit_code == 2 and "E011" in r.stderr and not (tmp_path / "r.jsonl").exists()


def test_failures_are_shown_on_the_terminal_not_only_in_the_errors_file(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "blob.bin").write_bytes(bytes(range(256)) * 20)
    r = tag_run(str(tmp_path / "in"), "-o", str(tmp_path / "r.jsonl"))
    assert r.exit_code == 1 and "E002" in r.stderr and "blob.bin" in r.stderr and "Fix:" in r.stderr


def test_csv_and_jsonl_outputs_keep_separate_errors_files(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("云南", encoding="utf-8")
    (tmp_path / "in" / "blob.bin").write_bytes(bytes(range(256)) * 20)
    tag_run(str(tmp_path / "in"), "-o", str(tmp_path / "records.jsonl"))
    tag_run(str(tmp_path / "in"), "-o", str(tmp_path / "records.csv"))
    assert (tmp_path / "records.errors.jsonl").exists() and (tmp_path / "records.csv.errors.jsonl").exists()


def test_report_reads_the_parquet_and_csv_that_tag_writes(two_provinces, tmp_path):
    for ext in ("parquet", "csv"):
        out = tmp_path / f"r.{ext}"
        assert tag_run(str(two_provinces / "yunnan"), str(two_provinces / "guangxi"), "-o", str(out)).exit_code == 0
        rep = run("report", str(out), "-o", str(tmp_path / f"rep-{ext}"), "--format", "csv")
        assert rep.exit_code == 0, rep.stderr
        assert "2 documents" in rep.output or "2 records" in rep.output, rep.output


def test_stdin_lines_option_makes_one_document_per_line():
    r = tag_run("-", "--lines", stdin="云南省代表团访问老挝\n\n广西会见越南代表团\n")
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["id"] for x in recs] == ["stdin:1", "stdin:3"]
    assert [x["provinces"] for x in recs] == [["CN-YN"], ["CN-GX"]]
    r = tag_run("-", stdin="云南省代表团访问老挝\n广西会见越南代表团\n")
    assert len(r.stdout.splitlines()) == 1  # without --lines: one document


def test_version_option():
    import pipeline

    r = run("--version")
    assert r.exit_code == 0 and r.output.strip() == f"tifa {pipeline.__version__}"
