"""Local engine (pipeline.engines.local): chunks, order, workers, crash isolation; part writers."""

from __future__ import annotations

import json

import pytest

from pipeline.cli.tag import tag_paths
from pipeline.engines.local import CRASH_ENV, ChunkTagger, chunked, default_workers, run, start_method
from pipeline.errors import TifaError
from pipeline.io import FileTask, RecordSink, iter_inputs, read_records
from pipeline.schemas import Document
from tests.test_resume import make_jsonl


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """A folder with text files, a JSONL of 300 documents, an unreadable file and an empty one."""
    d = tmp_path_factory.mktemp("engines")
    make_jsonl(d / "batch.jsonl", 300)
    (d / "a.txt").write_text("吉林省代表团访问韩国庆尚北道，双方签署经贸合作协议。", encoding="utf-8")
    (d / "b.txt").write_bytes("广西壮族自治区主席会见越南谅山省委书记".encode("gbk"))
    (d / "bin.dat").write_bytes(bytes(range(256)) * 8)
    (d / "empty.txt").write_bytes(b"")
    return d


def test_chunk_tagger_gives_the_taggers_records_and_coded_errors(inputs, tagger):
    items = [Document(id="x", text="云南省委书记在昆明会见越南老街省委书记"),
             FileTask(str(inputs / "a.txt"), "a.txt", str(inputs / "a.txt")),
             FileTask(str(inputs / "bin.dat"), "bin.dat", str(inputs / "bin.dat")),
             TifaError("E007", path="x.jsonl:3")]
    out = ChunkTagger(tagger)(items)
    assert [k for k, _ in out] == ["ok", "ok", "error", "error"]
    assert out[0][1] == tagger.tag("云南省委书记在昆明会见越南老街省委书记", id="x").model_dump_json() + "\n"
    assert json.loads(out[1][1])["partners"] == ["KOR"]
    assert out[2][1]["code"] == "E002" and out[3][1]["code"] == "E007"


def test_a_document_that_breaks_the_tagger_is_one_error(tagger, monkeypatch):
    real = tagger.annotate

    def annotate(doc):
        if doc.id == "bad":
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(tagger, "annotate", annotate)
    docs = [Document(id=i, text="海南省会见新加坡代表团") for i in ("a", "bad", "c")]
    out = ChunkTagger(tagger)(docs)
    assert [k for k, _ in out] == ["ok", "error", "ok"]
    assert out[1][1]["code"] == "E010" and "boom" in out[1][1]["detail"]


def test_chunks_cover_the_inputs_in_order(inputs):
    def key(x):
        return x.message if isinstance(x, TifaError) else x

    items = [key(x) for x in iter_inputs([str(inputs)])]
    chunks = list(chunked(iter_inputs([str(inputs)]), 32))
    assert [i for i, _ in chunks] == list(range(len(chunks))) and len(chunks) == 10  # 305 items
    assert [key(x) for _, c in chunks for x in c] == items
    assert default_workers() >= 1


def test_pool_yields_chunks_in_input_order(inputs, tagger):
    chunks = list(chunked(iter_inputs([str(inputs)]), 8))
    got = list(run(iter(chunks), ChunkTagger(tagger), workers=2))
    assert [i for i, _ in got] == [i for i, _ in chunks]
    assert got == list(run(iter(chunks), ChunkTagger(tagger), workers=1))


def test_workers_started_without_fork_get_the_tagger_pickled(inputs, tagger):
    # the start method used with a PyTorch model (fork after torch ran deadlocks): same results
    chunks = list(chunked(iter_inputs([str(inputs / "batch.jsonl")]), 64))[:2]
    got = list(run(iter(chunks), ChunkTagger(tagger), workers=2, method="forkserver"))
    assert got == list(run(iter(chunks), ChunkTagger(tagger), workers=1))
    assert start_method(ChunkTagger(tagger)) == "fork"  # rules only: workers share memory


def test_workers_give_identical_files_rules(inputs, tagger, tmp_path):
    outs = {}
    for w in (1, 2):
        out = tmp_path / f"w{w}.jsonl"
        s = tag_paths([str(inputs)], str(out), workers=w, tagger=tagger, part_docs=64, chunk_docs=16)
        assert (s.inputs, s.failed) == (305, 2)  # 300 docs + broken line + 4 files; bin.dat and the line fail
        outs[w] = (out.read_bytes(), (tmp_path / f"w{w}.errors.jsonl").read_bytes())
    assert outs[1] == outs[2]
    want = [tagger.tag_document(d).model_dump_json() + "\n" for d in _docs(inputs)]
    assert outs[1][0].decode("utf-8") == "".join(want)


def _docs(folder):
    from pathlib import Path

    from pipeline.io import read_file

    for item in iter_inputs([str(folder)]):
        if isinstance(item, FileTask):
            try:
                yield read_file(Path(item.path), doc_id=item.id, source=item.source)
            except TifaError:
                continue
        elif isinstance(item, Document):
            yield item


@pytest.fixture(scope="module")
def model_tagger(lexicon):
    """The shipped default engagement model (whatever kind it is)."""
    from pipeline.tagger import default_model_path, load

    if default_model_path() is None:
        pytest.skip("no default model shipped")
    return load(lexicon, model=None)


def test_workers_give_identical_files_with_the_default_model(inputs, model_tagger, tmp_path):
    outs = []
    for w in (1, 2):
        out = tmp_path / f"m{w}.jsonl"
        tag_paths([str(inputs / "batch.jsonl")], str(out), workers=w, tagger=model_tagger, part_docs=64,
                  chunk_docs=32)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    recs = [json.loads(x) for x in outs[0].decode("utf-8").splitlines()]
    # every record went through the model (its label may be null: no engagement, issue 14)
    assert len(recs) == 300 and all(r["meta"]["model"] for r in recs)
    assert any(r["engagement_detail"]["model_label"] for r in recs)


def test_a_crashing_worker_loses_only_its_document(inputs, tagger, tmp_path, monkeypatch):
    clean = tmp_path / "clean.jsonl"
    tag_paths([str(inputs)], str(clean), workers=1, tagger=tagger, part_docs=64, chunk_docs=16)
    monkeypatch.setenv(CRASH_ENV, "doc-00042")  # test-only hook: the worker process exits on this id
    out = tmp_path / "crash.jsonl"
    s = tag_paths([str(inputs)], str(out), workers=2, tagger=tagger, part_docs=64, chunk_docs=16)
    assert (s.inputs, s.failed, s.error_codes.get("E074")) == (305, 3, 1)
    errs = [json.loads(x) for x in (tmp_path / "crash.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    crashed = [e for e in errs if e["code"] == "E074"]
    assert len(crashed) == 1 and "doc-00042" in crashed[0]["detail"]
    want = [r for r in clean.read_text(encoding="utf-8").splitlines() if json.loads(r)["id"] != "doc-00042"]
    assert out.read_text(encoding="utf-8").splitlines() == want


def test_the_crash_hook_never_fires_in_process(inputs, tagger, tmp_path, monkeypatch):
    monkeypatch.setenv(CRASH_ENV, "doc-00042")
    s = tag_paths([str(inputs / "batch.jsonl")], str(tmp_path / "r.jsonl"), workers=1, tagger=tagger)
    assert s.failed == 1 and "E074" not in s.error_codes  # only the broken line


def test_parts_assemble_like_the_streaming_sink(inputs, tagger, tmp_path):
    import pyarrow.parquet as pq

    src = [str(inputs / "batch.jsonl")]
    tag_paths(src, str(tmp_path / "r.jsonl"), workers=1, tagger=tagger, part_docs=64, chunk_docs=16)
    recs = list(read_records(tmp_path / "r.jsonl"))
    for fmt in ("csv", "parquet"):
        tag_paths(src, str(tmp_path / f"r.{fmt}"), fmt=fmt, workers=2, tagger=tagger, part_docs=64, chunk_docs=16)
        with RecordSink(tmp_path / f"sink.{fmt}", fmt) as sink:
            for r in recs:
                sink.write(r)
    assert (tmp_path / "r.csv").read_bytes() == (tmp_path / "sink.csv").read_bytes()
    assert pq.read_table(tmp_path / "r.parquet").equals(pq.read_table(tmp_path / "sink.parquet"))


def test_partitioned_output_is_a_folder_of_parts(inputs, tagger, tmp_path):
    import pyarrow.dataset as ds

    out = tmp_path / "records"
    s = tag_paths([str(inputs / "batch.jsonl")], str(out), fmt="parquet", workers=1, tagger=tagger,
                  part_docs=64, partitioned=True)
    parts = sorted(p.name for p in out.iterdir() if not p.name.startswith("_"))
    assert parts == [f"part-{i:06d}.parquet" for i in range(5)]  # 301 inputs in parts of 64
    table = ds.dataset(out, format="parquet").to_table()
    assert table.num_rows == s.tagged == 300
    assert json.loads((tmp_path / "records.errors.jsonl").read_text(encoding="utf-8"))["code"] == "E007"


def test_stdout_output_keeps_order_and_reports_errors(inputs, tagger, capsys):
    s = tag_paths([str(inputs)], None, workers=2, tagger=tagger, chunk_docs=16)
    out, err = capsys.readouterr()
    ids = [json.loads(x)["id"] for x in out.splitlines()]
    assert len(ids) == s.tagged == 303 and ids[:2] == ["a.txt", "b.txt"]
    assert sorted(json.loads(x)["code"] for x in err.splitlines()) == ["E002", "E007"]


def test_bad_engine_and_format_are_coded_errors(inputs, tagger, tmp_path):
    with pytest.raises(TifaError) as e:
        tag_paths([str(inputs)], str(tmp_path / "r.jsonl"), engine="spark", tagger=tagger)
    assert e.value.code == "E075"
    with pytest.raises(TifaError) as e:
        tag_paths([str(inputs)], None, fmt="parquet", tagger=tagger)
    assert e.value.code == "E041"


def test_cli_crash_isolation_terminates_the_broken_pool(inputs, tmp_path):
    # regression: workers inherited the CLI's SIGTERM handler, so the pool could not
    # terminate a worker blocked on a full result pipe and the run hung
    import os
    import subprocess
    import sys

    out = tmp_path / "r.jsonl"
    env = {**os.environ, CRASH_ENV: "doc-00100"}
    r = subprocess.run([sys.executable, "-m", "pipeline", "tag", str(inputs / "batch.jsonl"), "-o", str(out),
                        "--no-model", "--workers", "2", "--chunk-size", "64"], capture_output=True, text=True,
                       env=env, timeout=240, check=False)
    assert r.returncode == 1 and "299 tagged, 2 failed" in r.stderr, r.stderr
    codes = sorted(json.loads(x)["code"] for x in (tmp_path / "r.errors.jsonl").read_text().splitlines())
    assert codes == ["E007", "E074"]


# ------------------------------------------------------------ per-document limits (issue 19)

def test_a_hanging_document_is_stopped_and_coded(inputs, tagger, tmp_path, monkeypatch):
    from pipeline.engines.local import HANG_ENV

    clean = tmp_path / "clean.jsonl"
    tag_paths([str(inputs)], str(clean), workers=1, tagger=tagger, part_docs=64, chunk_docs=16)
    monkeypatch.setenv(HANG_ENV, "doc-00042")  # hangs in the regex engine (C code, GIL held)
    out = tmp_path / "hang.jsonl"
    s = tag_paths([str(inputs)], str(out), workers=2, tagger=tagger, part_docs=64, chunk_docs=16, max_seconds=2)
    assert (s.inputs, s.failed, s.error_codes.get("E018")) == (305, 3, 1)
    errs = [json.loads(x) for x in (tmp_path / "hang.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [e["detail"].split(":")[0] for e in errs if e["code"] == "E018"] == ["document doc-00042"]
    want = [r for r in clean.read_text(encoding="utf-8").splitlines() if json.loads(r)["id"] != "doc-00042"]
    assert out.read_text(encoding="utf-8").splitlines() == want


def test_in_process_a_slow_document_is_coded(tagger, tmp_path, monkeypatch):
    import time

    real = tagger.annotate

    def annotate(doc):
        if doc.id == "slow":
            while True:  # Python code: the alarm stops it
                time.sleep(0.01)
        return real(doc)

    monkeypatch.setattr(tagger, "annotate", annotate)
    docs = [Document(id=i, text="海南省会见新加坡代表团") for i in ("a", "slow", "c")]
    got = [r for _, rs in run(iter([(0, docs)]), ChunkTagger(tagger, max_seconds=0.5), workers=1) for r in rs]
    assert [k for k, _ in got] == ["ok", "error", "ok"] and got[1][1]["code"] == "E018"


def test_long_documents_are_refused_whole(tagger, tmp_path):
    f = tmp_path / "in.jsonl"
    long = "云南省会见越南代表团。" * 200
    f.write_text(json.dumps({"id": "long", "text": long}, ensure_ascii=False) + "\n"
                 + json.dumps({"id": "short", "text": long[:100]}, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "long.txt").write_text(long, encoding="utf-8")
    s = tag_paths([str(f), str(tmp_path / "long.txt")], str(tmp_path / "o.jsonl"), workers=1, tagger=tagger,
                  max_chars=1000)
    assert (s.tagged, s.failed, s.error_codes) == (1, 2, {"E017": 2})
    s = tag_paths([str(f)], str(tmp_path / "o2.jsonl"), workers=1, tagger=tagger)  # the default lets it through
    assert s.tagged == 2


def test_tag_help_documents_the_limits():
    from typer.testing import CliRunner

    from pipeline.cli import app

    out = CliRunner().invoke(app, ["tag", "--help"], env={"COLUMNS": "200"}).output
    for opt in ("--max-bytes", "--max-chars", "--max-expanded", "--max-seconds"):
        assert opt in out


def test_a_huge_text_file_is_refused_before_decoding(tagger, tmp_path, monkeypatch):
    import pipeline.io.readers as pio

    f = tmp_path / "big.txt"
    f.write_bytes("云南省".encode("gb18030") * 3000)  # 18,000 bytes: over 4 x 4,000 characters

    def no_decode(*a, **kw):
        raise AssertionError("decoded")

    monkeypatch.setattr(pio, "decode", no_decode)
    out = ChunkTagger(tagger, max_chars=4000)([FileTask(str(f), "big.txt", str(f))])
    assert out[0][1]["code"] == "E017"


def test_a_pool_that_breaks_between_results_loses_nothing(inputs, tagger, tmp_path, monkeypatch):
    """A worker may die while the parent is between two results: the next submit then
    raises BrokenProcessPool itself (this made the crash test above flaky). That chunk and
    every pending one run again after the restart; the batch goes on."""
    from concurrent.futures.process import BrokenProcessPool

    import pipeline.engines.local as local

    clean = tmp_path / "clean.jsonl"
    tag_paths([str(inputs)], str(clean), workers=1, tagger=tagger, part_docs=64, chunk_docs=16)
    real, calls = local._Pool.submit, []

    def submit(self, items, keys):
        calls.append(len(items))
        if len(calls) == 3:
            raise BrokenProcessPool("simulated: a worker died before this submit")
        return real(self, items, keys)

    monkeypatch.setattr(local._Pool, "submit", submit)
    out = tmp_path / "broken.jsonl"
    s = tag_paths([str(inputs)], str(out), workers=2, tagger=tagger, part_docs=64, chunk_docs=16)
    assert len(calls) > 3 and s.inputs == 305
    assert out.read_text(encoding="utf-8").splitlines() == clean.read_text(encoding="utf-8").splitlines()
