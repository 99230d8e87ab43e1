"""Resumable output (pipeline.engines.checkpoint): kills, Ctrl-C, refusals, formats."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.cli.tag import tag_paths
from pipeline.engines.checkpoint import Checkpoint, parts_dir
from pipeline.errors import TifaError
from pipeline.io import RecordSink, read_records

PART = 128
N = 1500  # documents (plus one broken line): 12 parts of 128
SENTENCES = [
    "云南省副省长在昆明会见老挝琅南塔省代表团，双方就边境贸易和旅游合作交换意见。",
    "广西壮族自治区与越南广宁省签署口岸基础设施互联互通合作备忘录。",
    "辽宁省外办负责人率团访问日本北海道，出席两地友好交流周年纪念活动。",
    "黑龙江省举办中俄地方合作论坛，俄罗斯哈巴罗夫斯克边疆区官员出席。",
    "Officials from Xinjiang met a Kazakh business delegation in Urumqi to discuss rail freight.",
    "新疆维吾尔自治区面向中亚开放的枢纽作用进一步增强，与哈萨克斯坦的班列数量稳步增加。",
    "海南省与新加坡联合举办职业教育研修班，来自东盟国家的学员参加培训。",
]


def make_jsonl(path: Path, n: int, *, seed: int = 7) -> Path:
    """``n`` generated documents of 1–3 sentences (and one broken line, an input error)."""
    import random

    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            text = "".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 3)))
            fh.write(json.dumps({"id": f"doc-{i:05d}", "text": text}, ensure_ascii=False) + "\n")
            if i == n // 3:
                fh.write('{"id": "broken", "text": 5}\n')
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_jsonl(tmp_path_factory.mktemp("resume") / "in.jsonl", N)


# The kill and Ctrl-C tests interrupt a real `tifa tag` process once two parts exist, so the
# run must last well beyond that moment whatever the machine's speed: a longer corpus.
N_SIGNAL = 16000  # 125 parts of 128


@pytest.fixture(scope="module")
def signal_corpus(tmp_path_factory) -> Path:
    return make_jsonl(tmp_path_factory.mktemp("resume-signal") / "in.jsonl", N_SIGNAL)


@pytest.fixture(scope="module")
def signal_clean(signal_corpus, tagger) -> dict[str, bytes]:
    return clean_run(signal_corpus, tagger, N_SIGNAL)


@pytest.fixture(scope="module")
def clean(corpus, tagger) -> dict[str, bytes]:
    return clean_run(corpus, tagger, N)


def clean_run(corpus: Path, tagger, n: int) -> dict[str, bytes]:
    """The records and errors of one uninterrupted run (CSV: the streaming RecordSink's bytes)."""
    target = corpus.parent / "clean.jsonl"
    s = tag_paths([str(corpus)], str(target), workers=1, tagger=tagger, part_docs=PART)
    assert s.inputs == n + 1 and s.failed == 1
    with RecordSink(corpus.parent / "clean.csv", "csv") as sink:
        for rec in read_records(target):
            sink.write(rec)
    return {"jsonl": target.read_bytes(), "csv": (corpus.parent / "clean.csv").read_bytes(),
            "errors": (corpus.parent / "clean.errors.jsonl").read_bytes()}


def _default_sigint() -> None:
    # a shell starts background jobs with SIGINT ignored, and Python then installs no
    # KeyboardInterrupt handler: give the child the handler a terminal user's tifa has
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def tifa(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline", "tag", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, preexec_fn=_default_sigint, **kw)


def wait_for_parts(proc: subprocess.Popen, folder: Path, n: int) -> None:
    deadline = time.monotonic() + 120
    while len(list(folder.glob("part-*"))) < n:
        assert proc.poll() is None, proc.communicate()[1]
        assert time.monotonic() < deadline, "no parts appeared"
        time.sleep(0.02)


def resume(corpus: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", "tag", str(corpus), "-o", str(out), "--no-model",
                           "--resume", *extra], capture_output=True, text=True, timeout=300, check=False)


ARGS = ("--no-model", "--part-size", str(PART), "--chunk-size", "16")


def test_sigkill_then_resume_gives_the_clean_records(signal_corpus, signal_clean, tmp_path):
    out = tmp_path / "r.jsonl"
    # its own session: the kill takes the parent and its workers at once, like a power cut
    proc = tifa(str(signal_corpus), "-o", str(out), *ARGS, "--workers", "2", start_new_session=True)
    wait_for_parts(proc, parts_dir(out), 2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not out.exists() and parts_dir(out).is_dir()  # killed mid-run: no final file, parts kept
    # a part caught half-written by the power cut: a temporary file that never got renamed
    (parts_dir(out) / ".part-000124.jsonl.tmp-99999").write_text('{"id": "half', encoding="utf-8")
    done_before = len(list(parts_dir(out).glob("part-*")))
    r = resume(signal_corpus, out, "--workers", "2")
    assert r.returncode == 1, r.stderr  # the broken line is an error, as in the clean run
    assert out.read_bytes() == signal_clean["jsonl"]
    assert (tmp_path / "r.errors.jsonl").read_bytes() == signal_clean["errors"]
    assert not parts_dir(out).exists()
    assert f"{N_SIGNAL} tagged, 1 failed" in r.stderr and "already written" in r.stderr
    assert done_before < 125  # the rerun really had work left


def test_ctrl_c_stops_cleanly_and_resumes(signal_corpus, signal_clean, tmp_path):
    out = tmp_path / "r.jsonl"
    proc = tifa(str(signal_corpus), "-o", str(out), *ARGS, "--workers", "1")
    wait_for_parts(proc, parts_dir(out), 2)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "--resume" in err
    assert not out.exists() and list(parts_dir(out).glob("part-*"))
    r = resume(signal_corpus, out, "--workers", "1")
    assert out.read_bytes() == signal_clean["jsonl"], r.stderr


class Stop(KeyboardInterrupt):
    """An interruption raised from inside the writer, after some parts were written."""


def interrupt_after(monkeypatch, n_parts: int) -> None:
    real = Checkpoint.write
    calls = {"n": 0}

    def write(self, index, rows, errors):
        if calls["n"] == n_parts:
            raise Stop
        calls["n"] += 1
        real(self, index, rows, errors)

    monkeypatch.setattr(Checkpoint, "write", write)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_resume_in_every_format(corpus, clean, tagger, tmp_path, monkeypatch, fmt):
    out = tmp_path / f"r.{fmt}"
    kw = {"fmt": fmt, "workers": 1, "tagger": tagger, "part_docs": PART}
    with monkeypatch.context() as m:
        interrupt_after(m, 3)
        with pytest.raises(Stop):
            tag_paths([str(corpus)], str(out), **kw)
    assert not out.exists() and len(list(parts_dir(out).glob("part-*"))) == 3
    s = tag_paths([str(corpus)], str(out), resume=True, **kw)
    assert (s.inputs, s.failed, s.resumed) == (N + 1, 1, 3 * PART)
    if fmt == "csv":
        assert out.read_bytes() == clean["csv"]
    else:
        import pyarrow.parquet as pq

        ids = pq.read_table(out).column("id").to_pylist()
        want = [json.loads(x)["id"] for x in clean["jsonl"].decode().splitlines()]
        assert ids == want


def test_resume_is_refused_when_inputs_or_options_change(corpus, tagger, tmp_path, monkeypatch):
    src = tmp_path / "in.jsonl"
    src.write_bytes(corpus.read_bytes())
    out = tmp_path / "r.jsonl"
    with monkeypatch.context() as m:
        interrupt_after(m, 1)
        with pytest.raises(Stop):
            tag_paths([str(src)], str(out), workers=1, tagger=tagger, part_docs=PART)
    with pytest.raises(TifaError) as e:  # parts exist, no --resume
        tag_paths([str(src)], str(out), workers=1, tagger=tagger)
    assert e.value.code == "E071" and "--resume" in e.value.message
    with pytest.raises(TifaError) as e:  # another option that changes records
        tag_paths([str(src)], str(out), workers=1, tagger=tagger, resume=True, max_bytes=1000)
    assert e.value.code == "E072" and "max_bytes" in e.value.detail
    with pytest.raises(TifaError) as e:  # another output format: under a .jsonl name, refused before resuming
        tag_paths([str(src)], str(out), fmt="csv", workers=1, tagger=tagger, resume=True)
    assert e.value.code == "E042"
    with open(src, "a", encoding="utf-8") as fh:  # the input grew
        fh.write('{"id": "late", "text": "云南"}\n')
    with pytest.raises(TifaError) as e:
        tag_paths([str(src)], str(out), workers=1, tagger=tagger, resume=True)
    assert e.value.code == "E072" and "inputs_hash" in e.value.detail
    with pytest.raises(TifaError) as e:
        tag_paths(["-"], str(out), workers=1, tagger=tagger, resume=True)
    assert e.value.code == "E073"
    assert parts_dir(out).is_dir()  # nothing refused touched the interrupted run's parts


def test_a_run_that_fails_before_any_part_leaves_no_folder(tagger, tmp_path, monkeypatch):
    src = make_jsonl(tmp_path / "in.jsonl", 40)
    out = tmp_path / "r.jsonl"
    with monkeypatch.context() as m:
        interrupt_after(m, 0)
        with pytest.raises(Stop):
            tag_paths([str(src)], str(out), workers=1, tagger=tagger)
    assert not parts_dir(out).exists()  # a plain rerun needs no --resume
    s = tag_paths([str(src)], str(out), workers=1, tagger=tagger, resume=True)  # --resume, nothing to resume
    assert s.resumed == 0 and s.inputs == 41 and out.exists()


# ------------------------------------------------- kills at the edges of a run (issue 19)

def _bad_every(path: Path, n: int, every: int) -> Path:
    """``n`` documents with a broken line after every ``every``-th one (errors in every part)."""
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"d{i}", "text": SENTENCES[i % len(SENTENCES)]}, ensure_ascii=False) + "\n")
            if i % every == 0:
                fh.write(json.dumps({"id": f"bad{i}", "text": 1}) + "\n")
    return path


class Killed(BaseException):
    """Stands for a SIGKILL: nothing after it runs."""


def test_kill_during_clean_up_loses_no_error_entry(tagger, tmp_path, monkeypatch):
    src = _bad_every(tmp_path / "in.jsonl", 120, 5)  # 24 errors over 8 parts
    out = tmp_path / "r.jsonl"
    import pipeline.engines.checkpoint as ck

    real = ck.shutil.rmtree

    def half_rmtree(path, *a, **kw):  # removes the error parts, then the process "dies"
        for f in sorted(Path(path).glob("_errors-*"))[:3]:
            f.unlink()
        raise Killed

    with monkeypatch.context() as m:
        m.setattr(ck.shutil, "rmtree", half_rmtree)
        with pytest.raises(Killed):
            tag_paths([str(src)], str(out), workers=1, tagger=tagger, part_docs=16, chunk_docs=16)
    ck.shutil.rmtree = real
    s = tag_paths([str(src)], str(out), workers=1, tagger=tagger, part_docs=16, chunk_docs=16, resume=True)
    assert (s.inputs, s.failed, s.tagged) == (144, 24, 120)
    assert len((tmp_path / "r.errors.jsonl").read_text(encoding="utf-8").splitlines()) == 24


def test_kill_while_the_parts_folder_is_created(tagger, tmp_path, monkeypatch):
    src = make_jsonl(tmp_path / "in.jsonl", 20)
    out = tmp_path / "r.jsonl"
    with monkeypatch.context() as m:
        def die(self, folder):
            raise Killed
        m.setattr(Checkpoint, "_write_manifest", die)
        with pytest.raises(Killed):
            tag_paths([str(src)], str(out), workers=1, tagger=tagger)
    assert not parts_dir(out).exists()
    s = tag_paths([str(src)], str(out), workers=1, tagger=tagger)  # a plain rerun is accepted
    assert s.inputs == 21 and out.exists()


def test_orphans_of_a_killed_join_are_removed(tagger, tmp_path):
    src = make_jsonl(tmp_path / "in.jsonl", 20)
    out = tmp_path / "r.jsonl"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()
    orphans = [tmp_path / f".r.jsonl.tmp-{dead}", tmp_path / f".r.errors.jsonl.tmp-{dead}"]
    for o in orphans:
        o.write_bytes(b"x" * 1000)
    (tmp_path / f".r.jsonl.parts.tmp-{dead}").mkdir()
    alive = tmp_path / f".r.jsonl.tmp-{os.getppid()}"  # a running process's file is not touched
    alive.write_bytes(b"x")
    tag_paths([str(src)], str(out), workers=1, tagger=tagger)
    assert not any(o.exists() for o in orphans) and alive.exists()
    assert not (tmp_path / f".r.jsonl.parts.tmp-{dead}").exists()


def test_partitioned_kill_before_errors_go_keeps_them(tagger, tmp_path, monkeypatch):
    src = _bad_every(tmp_path / "in.jsonl", 40, 5)
    out = tmp_path / "r"
    kw = {"workers": 1, "tagger": tagger, "part_docs": 16, "chunk_docs": 16, "partitioned": True}
    with monkeypatch.context() as m:
        def die(self):
            raise Killed
        m.setattr(Checkpoint, "_replace_dir", die)
        with pytest.raises(Killed):
            tag_paths([str(src)], str(out), **kw)
    s = tag_paths([str(src)], str(out), resume=True, **kw)
    assert s.failed == 8 and not list(out.glob("_errors-*"))
    assert len((tmp_path / "r.errors.jsonl").read_text(encoding="utf-8").splitlines()) == 8
