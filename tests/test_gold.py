"""Gold files: every problem at once with file:line, a code and the fix; ids matched
exactly, else by file name without extension (issue 18 items 5 and 8, issue 14 item 6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.cli import eval as eval_cmd  # noqa: F401  (register the commands)
from pipeline.cli import tag as _tag  # noqa: F401
from pipeline.errors import TifaError
from pipeline.gold import GoldError, align, check_gold, read_gold

GOOD = {"id": "g1", "lang": "zh", "text": "云南省代表团访问老挝。", "provinces": ["CN-YN"], "partners": ["LAO"]}


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_every_problem_is_listed_with_its_file_line_and_code(tmp_path):
    lines = [json.dumps(GOOD, ensure_ascii=False)] * 0 + [
        json.dumps(GOOD, ensure_ascii=False),                                   # 1 fine
        json.dumps({"id": "g2", "text": "x", "engagement": "meeting"}),         # 2 E093
        json.dumps({"id": "g3", "text": "x", "partners": ["Vietnam"]}),         # 3 E093
        "", json.dumps({"id": "g4", "lang": "zh"}),                            # 5 E092 (no text)
        json.dumps({"id": "g1", "text": "again"}),                              # 6 E094
        '{"id": "g5", "text": "cut sh',                                         # 7 E091
        json.dumps({"id": "g6", "text": "x", "engagements": [
            {"category": "meeting", "direction": "incoming", "partners": ["VNM"]}]}),  # 8 E093 twice
        json.dumps({"id": "g7", "text": "x", "source_province": "Yunnan"}),     # 9 E093
        json.dumps({"id": "g8", "text": 5}),                                    # 10 E092
    ]
    f = write(tmp_path / "gold.jsonl", lines)
    docs, problems = check_gold(f)
    assert [(p.line, p.code) for p in problems] == [
        (2, "E093"), (3, "E093"), (5, "E092"), (6, "E094"), (7, "E091"), (8, "E093"), (8, "E093"), (9, "E093"),
        (10, "E092")]
    assert [d["id"] for d in docs] == ["g1"]
    by_line = {p.line: p.detail for p in problems}
    assert "'meeting'" in by_line[2] and "'Vietnam'" in by_line[3] and "line 1" in by_line[6]
    assert "text" in by_line[5] and "https://" not in by_line[5] and "pydantic" not in by_line[5]
    with pytest.raises(GoldError) as exc:
        read_gold(f)
    msg = exc.value.message
    assert msg.count(f"{f}:") == 9 and "Fix:" in msg  # all of them, each with file:line and the fix


def test_missing_gold_file_is_coded(tmp_path):
    with pytest.raises(TifaError) as exc:
        read_gold(tmp_path / "nope.jsonl")
    assert exc.value.code == "E090"
    (tmp_path / "empty.jsonl").write_text("\n", encoding="utf-8")
    with pytest.raises(TifaError) as exc:
        read_gold(tmp_path / "empty.jsonl")
    assert exc.value.code == "E090" and "no gold document" in exc.value.detail


def test_cli_reports_all_gold_problems_and_exits_2(tmp_path):
    f = write(tmp_path / "gold.jsonl", [json.dumps({"id": "a", "text": "x", "engagement": "meeting"}),
                                        '{"id": "b", "text": "x"'])
    r = CliRunner().invoke(app, ["eval", "--gold", str(f), "--no-model"])
    assert r.exit_code == 2
    assert f"{f}:1: E093" in r.stderr and f"{f}:2: E091" in r.stderr and "Traceback" not in r.stderr


def test_ids_match_by_file_name_without_extension():
    gold = [{"id": "yn-0001"}, {"id": "gx-0002"}, {"id": "exact"}]
    recs = [{"id": "in/yn-0001.txt"}, {"id": "gx-0002.html"}, {"id": "exact"}, {"id": "other.txt"}]
    pred = align(gold, recs)
    assert {k: v["id"] for k, v in pred.items()} == {"yn-0001": "in/yn-0001.txt", "gx-0002": "gx-0002.html",
                                                     "exact": "exact"}
    # a name two records share matches neither
    assert align([{"id": "a"}], [{"id": "x/a.txt"}, {"id": "y/a.txt"}]) == {}


def _records(tmp_path: Path, ids: list[str]) -> Path:
    from pipeline.tagger import load

    tagger = load(model=False)
    out = tmp_path / "r.jsonl"
    out.write_text("".join(tagger.tag("云南省代表团访问老挝。", id=i).model_dump_json() + "\n" for i in ids),
                   encoding="utf-8")
    return out


def test_eval_with_no_matching_id_is_an_error_showing_both_id_shapes(tmp_path):
    gold = write(tmp_path / "gold.jsonl", [json.dumps(GOOD, ensure_ascii=False)])
    recs = _records(tmp_path, ["doc-17"])
    r = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--records", str(recs)])
    assert r.exit_code == 2 and "E095" in r.stderr and "'g1'" in r.stderr and "'doc-17'" in r.stderr
    recs = _records(tmp_path, ["in/g1.txt"])  # the same document tagged from a folder
    r = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--records", str(recs), "--json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["partners"]["f1"] == 1.0


def test_fields_the_gold_file_does_not_code_print_n_a(tmp_path):
    gold = write(tmp_path / "gold.jsonl", [json.dumps({"id": "a", "text": "云南省代表团访问老挝。", "partners": ["LAO"]},
                                                      ensure_ascii=False)])
    r = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--no-model"])
    assert r.exit_code == 0, r.output
    rows = {}
    for line in r.stdout.splitlines():
        if line.strip():
            rows.setdefault(line.split()[0], line)  # the first line of each name: the summary table
    assert "1.000" in rows["partners"]
    assert "n/a" in rows["provinces"] and "0.000" not in rows["provinces"]
    assert "n/a" in rows["engagement"] and "0.000" not in rows["engagement"]


def test_gold_date_and_source_province_are_document_inputs():
    from pipeline.cli.eval import gold_documents

    doc = next(gold_documents([{"id": "a", "text": "我省代表团访问老挝。", "date": "2024-05-05",
                                "source_province": "CN-YN"}]))
    assert doc.source_province == "CN-YN" and doc.date.isoformat() == "2024-05-05"


def test_gold_url_dates_a_gold_text_without_date():
    from pipeline.cli.eval import gold_documents
    from pipeline.documents import prepare

    doc = prepare(next(gold_documents([{"id": "a", "text": "省长会见客人。",
                                        "url": "https://example.org/page/2018/1211/111.shtml"}])))
    assert doc.date.isoformat() == "2018-12-11"


def test_gold_ids_with_their_folder_match_records_that_share_a_file_name():
    """Per-province folders name files alike (guangxi/001.txt, yunnan/001.txt): a gold id with
    its folder matches its own record; a bare 001 matches neither and says why."""
    from pipeline.gold import ambiguous

    recs = [{"id": "guangxi/001.txt"}, {"id": "yunnan/001.txt"}]
    assert align([{"id": "yunnan/001"}], recs) == {"yunnan/001": {"id": "yunnan/001.txt"}}
    assert align([{"id": "001"}], recs) == {}
    assert ambiguous([{"id": "001"}, {"id": "yunnan/001"}], recs) == {"001": ["guangxi/001.txt", "yunnan/001.txt"]}


def test_eval_names_gold_ids_that_several_records_share(tmp_path):
    gold = write(tmp_path / "gold.jsonl", [json.dumps({**GOOD, "id": "001"}, ensure_ascii=False)])
    recs = _records(tmp_path, ["guangxi/001.txt", "yunnan/001.txt"])
    r = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--records", str(recs)])
    assert r.exit_code == 2 and "E095" in r.stderr and "several records share" in r.stderr
    assert "'guangxi/001'" in r.stderr  # the id shape to use
