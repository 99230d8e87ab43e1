"""Input walking (pipeline.io.walk, pipeline.io.iter_inputs): any bytes in names, links, FIFOs, hidden."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pipeline.cli.tag import tag_paths
from pipeline.engines.checkpoint import fingerprint_inputs
from pipeline.errors import TifaError
from pipeline.io import FileTask, iter_inputs
from pipeline.io.walk import walk

ZH = "云南省委书记在昆明会见越南老街省委书记。"


def bytes_name(folder: Path, raw: bytes) -> Path:
    """A file whose name is ``raw`` (any bytes), holding a short report."""
    p = os.path.join(os.fsencode(folder), raw)
    with open(p, "wb") as fh:
        fh.write(ZH.encode("utf-8"))
    return Path(os.fsdecode(p))


@pytest.fixture
def gbk_folder(tmp_path) -> Path:
    d = tmp_path / "scraped"
    d.mkdir()
    bytes_name(d, "云南外事.txt".encode("gbk"))  # a GBK-named file, as scraped Chinese folders hold
    bytes_name(d, b"a\xff.txt")
    bytes_name(d, "plain.txt".encode())
    return d


def test_non_utf8_names_are_read_and_named_readably(gbk_folder, tagger, tmp_path):
    out = tmp_path / "out.jsonl"
    s = tag_paths([str(gbk_folder)], str(out), workers=1, tagger=tagger)
    assert (s.inputs, s.tagged, s.failed) == (3, 3, 0)
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    ids = [r["id"] for r in recs]
    assert "a\\xff.txt" in ids and "plain.txt" in ids
    assert "云南外事.txt" in ids  # a GBK name is read as GB18030: a readable id
    assert all(r["provinces"] == ["CN-YN"] for r in recs)


def test_non_utf8_names_in_worker_processes(gbk_folder, tagger, tmp_path):
    s = tag_paths([str(gbk_folder)], str(tmp_path / "o.jsonl"), workers=2, tagger=tagger)
    assert (s.inputs, s.tagged) == (3, 3)


def test_fingerprint_and_resume_survive_non_utf8_names(gbk_folder, tagger, tmp_path):
    assert fingerprint_inputs([str(gbk_folder)]) == fingerprint_inputs([str(gbk_folder)])
    out = tmp_path / "out.jsonl"
    s = tag_paths([str(gbk_folder)], str(out), workers=1, tagger=tagger, resume=True)
    assert s.tagged == 3


def test_error_on_a_non_utf8_name_is_escaped(tmp_path, tagger):
    d = tmp_path / "d"
    d.mkdir()
    p = os.path.join(os.fsencode(d), b"bad\xfe.pdf")
    with open(p, "wb") as fh:
        fh.write(b"%PDF-1.4 not really")
    out = tmp_path / "out.jsonl"
    s = tag_paths([str(d)], str(out), workers=1, tagger=tagger)
    assert s.failed == 1
    err = json.loads((tmp_path / "out.errors.jsonl").read_text(encoding="utf-8"))
    assert err["path"].endswith("bad\\xfe.pdf") and err["code"] == "E004"


def test_links_fifos_and_hidden_files_are_never_dropped(tmp_path):
    d = tmp_path / "d"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(ZH, encoding="utf-8")
    (d / "sub" / "loop").symlink_to(d, target_is_directory=True)  # a link back to an ancestor
    (d / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (d / "self").symlink_to(d / "self")  # a link to itself (ELOOP)
    os.mkfifo(d / "pipe.txt")
    (d / ".hidden.txt").write_text(ZH, encoding="utf-8")
    (d / ".git").mkdir()
    (d / ".git" / "x.txt").write_text(ZH, encoding="utf-8")
    (d / "link.txt").symlink_to(d / "a.txt")
    skipped: list[str] = []
    items = list(iter_inputs([str(d)], skipped=skipped))
    files = sorted(i.id for i in items if isinstance(i, FileTask))
    errors = {Path(e.path).name: e.code for e in items if isinstance(e, TifaError)}
    assert files == ["a.txt", "link.txt"]
    assert errors == {"loop": "E016", "dangling.txt": "E001", "self": "E016", "pipe.txt": "E016"}
    assert sorted(Path(s).name for s in skipped) == [".git", ".hidden.txt"]


def test_hidden_files_are_counted_in_the_summary(tmp_path, tagger):
    d = tmp_path / "d"
    d.mkdir()
    (d / "a.txt").write_text(ZH, encoding="utf-8")
    (d / ".DS_Store").write_bytes(b"\x00\x01")
    s = tag_paths([str(d)], str(tmp_path / "o.jsonl"), workers=1, tagger=tagger)
    assert s.inputs == 1 and len(s.skipped) == 1 and "hidden" in s.line()


def test_unreadable_folder_is_an_error(tmp_path, monkeypatch):
    d = tmp_path / "d"
    (d / "locked").mkdir(parents=True)
    (d / "ok.txt").write_text(ZH, encoding="utf-8")
    real = os.listdir

    def listdir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "listdir", listdir)
    entries = list(walk(str(d)))
    assert [(e.kind, e.rel) for e in entries] == [("error", "locked"), ("file", "ok.txt")]
    assert entries[0].error.code == "E009"


def test_deep_folders_do_not_recurse(tmp_path):
    d = tmp_path / "deep"
    p = d
    for _ in range(60):
        p = p / "x"
    p.mkdir(parents=True)
    (p / "a.txt").write_text(ZH, encoding="utf-8")
    assert [e.kind for e in walk(str(d))] == ["file"]


def test_hidden_files_do_not_change_the_fingerprint(tmp_path):
    d = tmp_path / "d"
    d.mkdir()
    (d / "a.txt").write_text(ZH, encoding="utf-8")
    before = fingerprint_inputs([str(d)])
    (d / ".DS_Store").write_bytes(b"x")
    assert fingerprint_inputs([str(d)]) == before
    (d / "b.txt").write_text(ZH, encoding="utf-8")
    assert fingerprint_inputs([str(d)]) != before


def test_a_gbk_name_whose_reading_a_sibling_has_keeps_its_bytes(tmp_path, tagger):
    """外事.txt in UTF-8 and 外事.txt in GBK side by side: two files, two ids."""
    d = tmp_path / "both"
    d.mkdir()
    (d / "外事.txt").write_text("云南省长会见越南客人。", encoding="utf-8")
    bytes_name(d, "外事.txt".encode("gbk"))
    out = tmp_path / "o.jsonl"
    tag_paths([str(d)], str(out), workers=1, tagger=tagger)
    ids = sorted(json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines())
    assert ids == sorted(["外事.txt", "".join(f"\\x{b:02x}" for b in "外事".encode("gbk")) + ".txt"])


def test_readable_reads_each_part_on_its_own():
    import os

    from pipeline.io.walk import readable

    rel = os.fsdecode("云南".encode() + b"/" + "外事动态.txt".encode("gbk"))  # a UTF-8 folder, a GBK file
    assert readable(rel) == "云南/外事动态.txt"
    assert readable(os.fsdecode(b"x\xff\xfe.txt")) == "x\\xff\\xfe.txt"  # no GB18030 reading: bytes kept
