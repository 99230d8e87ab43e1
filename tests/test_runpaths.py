"""A run's files: output format from the extension, the run's own files never read
back, ids unique across inputs (issue 18 items 2, 3, 4, 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import TifaError
from pipeline.io import FileTask, errors_path, iter_inputs
from pipeline.io.runpaths import input_prefixes, output_format, own_files, unique_ids
from pipeline.schemas import Document


@pytest.mark.parametrize(("out", "fmt", "want"), [
    ("r.parquet", None, "parquet"), ("r.PARQUET", None, "parquet"), ("r.csv", None, "csv"), ("r.jsonl", None, "jsonl"),
    ("r.csv", "csv", "csv"), ("folder", "parquet", "parquet"), ("folder", None, "jsonl"), (None, None, "jsonl"),
])
def test_output_format_follows_the_extension(out, fmt, want):
    assert output_format(out, fmt) == want


def test_output_format_refuses_a_mismatch_and_unknown_formats():
    with pytest.raises(TifaError) as exc:
        output_format("r.parquet", "csv")
    assert exc.value.code == "E042" and "extension" in exc.value.message
    with pytest.raises(TifaError) as exc:
        output_format("r.jsonl", "xlsx")
    assert exc.value.code == "E041"


def test_each_output_has_its_own_errors_sidecar():
    names = {errors_path(f"out/records.{ext}").name for ext in ("jsonl", "csv", "parquet")}
    assert len(names) == 3
    assert errors_path("out/records.jsonl").name == "records.errors.jsonl"


def _tree(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")


def test_two_folders_with_the_same_file_names_get_prefixed_ids(tmp_path):
    _tree(tmp_path, {"prov/yunnan/001.txt": "云南省", "prov/guangxi/001.txt": "广西", "prov/guangxi/002.txt": "广西",
                     "other/x.txt": "x"})
    given = [str(tmp_path / "prov/yunnan"), str(tmp_path / "prov/guangxi"), str(tmp_path / "other")]
    assert input_prefixes(given) == {given[0]: "yunnan/", given[1]: "guangxi/"}  # other/ collides with none
    ids = [i.id for i in iter_inputs(given)]
    assert ids == ["yunnan/001.txt", "guangxi/001.txt", "guangxi/002.txt", "x.txt"]
    assert input_prefixes(given[:1]) == {}  # one input keeps its plain ids


def test_colliding_inputs_with_one_name_are_prefixed_by_their_path(tmp_path):
    _tree(tmp_path, {"a/x/1.txt": "a", "b/x/1.txt": "b", "c/1.txt": "c", "d/1.txt": "d"})
    pre = input_prefixes([str(tmp_path / "a/x"), str(tmp_path / "b/x")])
    assert len(set(pre.values())) == 2 and all(v.endswith("x/") for v in pre.values())
    files = [str(tmp_path / "c/1.txt"), str(tmp_path / "d/1.txt")]  # two files named alike
    assert [i.id for i in iter_inputs(files)] == ["c/1.txt", "d/1.txt"]


def test_duplicate_ids_in_jsonl_are_refused_with_where_the_first_came_from():
    items = [Document(id="a", text="x", source="in.jsonl"), FileTask("p/a", "b", "p/a"),
             Document(id="a", text="y", source="in.jsonl"), Document(id="b", text="z", source="more.jsonl")]
    out = list(unique_ids(items))
    assert [type(i).__name__ for i in out] == ["Document", "FileTask", "TifaError", "TifaError"]
    assert out[2].code == "E012" and out[2].path == "in.jsonl" and "'a'" in out[2].detail
    assert out[3].code == "E012" and out[3].path == "more.jsonl"


def test_id_set_grows_and_stays_exact():
    from pipeline.io.runpaths import IdSet

    s = IdSet(capacity=4)
    ids = [f"doc-{i}" for i in range(5000)]
    assert all(s.add(i) for i in ids)
    assert not any(s.add(i) for i in ids[::7])
    assert s.add("doc-5000")


def test_the_runs_own_files_are_never_inputs(tmp_path):
    _tree(tmp_path, {"in/a.txt": "云南", "in/records.jsonl": '{"id": "old"}\n', "in/records.errors.jsonl": "{}\n",
                     "in/records.jsonl.parts/_manifest.json": "{}", "in/records.jsonl.parts/part-000000.jsonl": "{}\n"})
    out = tmp_path / "in" / "records.jsonl"
    ids = [getattr(i, "id", None) for i in iter_inputs([str(tmp_path / "in")], exclude=own_files(out))]
    assert ids == ["a.txt"]
    # named as a file input, the output is skipped too
    assert list(iter_inputs([str(out)], exclude=own_files(out))) == []
    # without the exclusion the walker would read all of them (what the run did before)
    assert len(list(iter_inputs([str(tmp_path / "in")]))) > 1
