"""Dask engine (pipeline.engines.dask) on a local two-process cluster."""

from __future__ import annotations

import json
import socket

import pytest

from pipeline.cli.tag import tag_paths
from pipeline.engines.checkpoint import parts_dir
from pipeline.engines.local import CRASH_ENV
from pipeline.errors import TifaError
from tests.test_resume import make_jsonl


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("dask")
    make_jsonl(d / "batch.jsonl", 200)
    (d / "a.txt").write_text("辽宁省代表团访问俄罗斯滨海边疆区，出席东北亚地方合作论坛。", encoding="utf-8")
    (d / "bin.dat").write_bytes(bytes(range(256)) * 8)
    return d


@pytest.fixture(scope="module")
def local_run(inputs, tagger, tmp_path_factory):
    out = tmp_path_factory.mktemp("local") / "r.jsonl"
    tag_paths([str(inputs)], str(out), workers=1, tagger=tagger, part_docs=32, chunk_docs=8)
    return out.read_text(encoding="utf-8"), out.with_name("r.errors.jsonl").read_text(encoding="utf-8")


def test_dask_local_cluster_gives_the_local_engines_records(inputs, tagger, local_run, tmp_path):
    out = tmp_path / "r.jsonl"
    s = tag_paths([str(inputs)], str(out), engine="dask", workers=2, tagger=tagger, part_docs=32, chunk_docs=8)
    assert (s.engine, s.inputs, s.failed) == ("dask", 203, 2)
    assert out.read_text(encoding="utf-8") == local_run[0]
    assert (tmp_path / "r.errors.jsonl").read_text(encoding="utf-8") == local_run[1]


def test_dask_worker_crash_loses_only_its_document(inputs, tagger, local_run, tmp_path, monkeypatch):
    monkeypatch.setenv(CRASH_ENV, "doc-00017")  # test-only hook, read by the worker processes
    out = tmp_path / "r.jsonl"
    s = tag_paths([str(inputs)], str(out), engine="dask", workers=2, tagger=tagger, part_docs=32, chunk_docs=8)
    assert s.error_codes.get("E074") == 1 and s.failed == 3
    want = [r for r in local_run[0].splitlines() if json.loads(r)["id"] != "doc-00017"]
    assert out.read_text(encoding="utf-8").splitlines() == want


def test_unreachable_scheduler_is_a_coded_error_naming_it(inputs, tagger, tmp_path):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    out = tmp_path / "r.jsonl"
    with pytest.raises(TifaError) as e:
        tag_paths([str(inputs)], str(out), scheduler=address, scheduler_timeout=1, tagger=tagger)
    assert e.value.code == "E070" and address in e.value.message
    assert not parts_dir(out).exists() and not out.exists()


@pytest.mark.parametrize("address", ["foo://x", "tcp://", "tcp://127.0.0.1:notaport", "127.0.0.1"])
def test_malformed_scheduler_is_refused_before_the_model_loads(tmp_path, monkeypatch, address):
    import pipeline.tagger as tg

    def no_load(*a, **kw):
        raise AssertionError("the model was loaded before the scheduler was checked")

    monkeypatch.setattr(tg, "load", no_load)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("云南省", encoding="utf-8")  # an input: else E011 comes first
    with pytest.raises(TifaError) as e:
        tag_paths([str(tmp_path / "in")], str(tmp_path / "o.jsonl"), scheduler=address, scheduler_timeout=1)
    assert e.value.code == "E070"
