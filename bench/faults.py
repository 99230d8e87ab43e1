"""The fault folder: 10,000 inputs, ~5% of them hostile, through ``tifa tag`` with the default limits.

Usage::

    python bench/faults.py                    # build /tmp/tifa-faults (10,000 inputs) and run tifa tag on it
    python bench/faults.py --n 2000 --workers 2 --folder /tmp/f --kill 3   # also 3 random kill -9 + --resume

The folder mixes ordinary reports (dev texts as .txt, the corpus's .html/.pdf/.docx files,
GBK/Big5/UTF-16 copies, JSONL files) with hostile inputs: non-UTF-8 (GBK) file names,
random bytes, truncated PDFs and DOCX, DOCX bombs (tens of MB of XML in a few KB), HTML
nested 3,000 deep or with a lying ``<meta charset>``, a one-line text longer than
``--max-chars``, JSONL lines nested 100,000 deep, with a bad byte or lone surrogates,
symbolic link loops, dangling links, FIFOs, empty and hidden files, and one document that
hangs a worker inside the regex engine (the test hook ``TIFA_TEST_HANG_ON``: the watchdog
must stop it at ``--max-seconds``).

Checked: records + errors = inputs (inputs counted by construction, not by tifa's walk),
hidden files reported as skipped, peak memory of the process tree (PSS and RSS, sampled
every 0.2 s) under 2 GB, and the hanging document stopped (E018). With ``--kill K`` the run
is killed (SIGKILL) K times at random moments and resumed with ``--resume``; the final
records and errors must equal an uninterrupted run's byte for byte.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from scale import tree_memory  # noqa: E402

HANG_ID = "hang/slow.txt"


def _texts() -> list[str]:
    with open(ROOT / "corpus" / "dev.jsonl", encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh]


def _docx_bomb(mb: int) -> bytes:
    import io

    src = next((ROOT / "corpus" / "files" / "dev").glob("*.docx")).read_bytes()
    big = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
           b'main"><w:body>' + b"<w:p/>" * (mb * 2**20 // 6) + b"</w:body></w:document>")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(src)) as zi, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for n in zi.namelist():
            zo.writestr(n, big if n == "word/document.xml" else zi.read(n))
    return out.getvalue()


def build(folder: Path, n: int, seed: int = 19) -> dict[str, int]:
    """Write the fault folder; returns the expected counts (inputs, hidden)."""
    rng = random.Random(seed)
    if folder.exists():
        shutil.rmtree(folder)
    for sub in ("ok", "bad", "names", "jsonl", "hang"):
        (folder / sub).mkdir(parents=True)
    texts = _texts()
    files = sorted((ROOT / "corpus" / "files" / "dev").iterdir())
    inputs = hidden = 0

    def put(rel: str | bytes, data: bytes) -> None:
        nonlocal inputs
        p = os.path.join(os.fsencode(folder), rel if isinstance(rel, bytes) else rel.encode())
        with open(p, "wb") as fh:
            fh.write(data)
        inputs += 1

    n_bad = n // 20
    n_jsonl_lines = n // 10
    n_ok = n - n_bad - n_jsonl_lines - 1
    for i in range(n_ok):  # ordinary reports
        r = rng.random()
        t = rng.choice(texts)
        if r < 0.85:
            put(f"ok/{i:05d}.txt", t.encode("utf-8"))
        elif r < 0.9:
            put(f"ok/{i:05d}.txt", t.encode("gb18030"))
        elif r < 0.92:
            put(f"ok/{i:05d}.txt", t.encode("utf-16"))
        else:
            f = rng.choice(files)
            put(f"ok/{i:05d}{f.suffix}", f.read_bytes())
    with open(folder / "jsonl" / "batch.jsonl", "wb") as fh:  # JSONL lines, some hostile
        for i in range(n_jsonl_lines):
            r = rng.random()
            if r < 0.01:
                fh.write(b'{"id": "deep", "text": "x", "m": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n")
            elif r < 0.02:
                fh.write(b'{"id": "badbyte", "text": "\xff\xfe"}\n')
            elif r < 0.03:
                fh.write(b'{"id": "sur\\ud800", "title": "\\udfff", "text": "\\u4e91\\u5357\\ud800"}\n')
            elif r < 0.04:
                fh.write(b'{"id": "t", "text": "x", "title": 5}\n')
            else:
                fh.write(json.dumps({"id": f"j{i}", "text": rng.choice(texts)}, ensure_ascii=False).encode() + b"\n")
        inputs += n_jsonl_lines
    kinds = ["gbk_name", "random", "pdf_cut", "docx_cut", "docx_bomb", "html_deep", "html_lie", "long",
             "loop", "dangling", "fifo", "empty", "hidden", "unsupported"]
    for i in range(n_bad):
        kind = kinds[i % len(kinds)]
        t = rng.choice(texts)
        if kind == "gbk_name":
            put(b"names/" + f"外事{i}".encode("gbk") + b".txt", t.encode("utf-8"))
        elif kind == "random":
            put(f"bad/{i}.txt", bytes(rng.randrange(256) for _ in range(2000)))
        elif kind == "pdf_cut":
            data = next(f for f in files if f.suffix == ".pdf").read_bytes()
            put(f"bad/{i}.pdf", data[: len(data) // 3])
        elif kind == "docx_cut":
            data = next(f for f in files if f.suffix == ".docx").read_bytes()
            put(f"bad/{i}.docx", data[: len(data) // 2])
        elif kind == "docx_bomb":
            put(f"bad/{i}.docx", _docx_bomb(40))
        elif kind == "html_deep":
            put(f"bad/{i}.html", ("<html><body>" + "<div>" * 3000 + f"<p>{t}</p>" + "</div>" * 3000).encode())
        elif kind == "html_lie":
            put(f"bad/{i}.html", f'<html><head><meta charset="gbk"></head><body><p>{t}</p></body></html>'.encode())
        elif kind == "long":
            put(f"bad/{i}.txt", ("云南省与越南签署合作协议" * 100_000).encode())  # 1.2M characters, one line
        elif kind == "loop":
            os.symlink("..", folder / "bad" / f"loop{i}")
            inputs += 1
        elif kind == "dangling":
            os.symlink(folder / "nowhere", folder / "bad" / f"dangling{i}.txt")
            inputs += 1
        elif kind == "fifo":
            os.mkfifo(folder / "bad" / f"fifo{i}.txt")
            inputs += 1
        elif kind == "empty":
            put(f"bad/{i}.txt", b"")
        elif kind == "hidden":
            (folder / "bad" / f".hidden{i}.txt").write_bytes(t.encode())
            hidden += 1
        else:
            put(f"bad/{i}.bin", bytes(range(256)) * 4)
    put(HANG_ID, rng.choice(texts).encode())
    return {"inputs": inputs, "hidden": hidden}


def run(folder: Path, out: Path, *, workers: int, extra: tuple[str, ...] = (), kill_after: float | None = None
        ) -> dict:
    """One ``tifa tag`` run on the folder (killed with SIGKILL after ``kill_after`` s if given)."""
    import psutil

    cmd = [sys.executable, "-m", "pipeline", "tag", str(folder), "-o", str(out), "--no-model",
           "--workers", str(workers), "--part-size", "256", *extra]
    env = {**os.environ, "TIFA_TEST_HANG_ON": HANG_ID, "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    ps = psutil.Process(proc.pid)
    peak_pss = peak_rss = 0
    while proc.poll() is None:
        pss, rss = tree_memory(ps)
        peak_pss, peak_rss = max(peak_pss, pss), max(peak_rss, rss)
        if kill_after is not None and time.perf_counter() - t0 > kill_after:
            for p in [ps, *ps.children(recursive=True)]:
                try:
                    p.send_signal(signal.SIGKILL)
                except psutil.Error:
                    pass
            proc.wait()
            return {"killed": True}
        time.sleep(0.2)
    err = proc.stderr.read() if proc.stderr else ""
    return {"rc": proc.returncode, "wall_s": round(time.perf_counter() - t0, 1), "stderr": err.strip()[-600:],
            "peak_pss_mb": round(peak_pss / 2**20), "peak_rss_mb": round(peak_rss / 2**20)}


def count(out: Path) -> tuple[int, Counter]:
    from pipeline.io import errors_path

    records = sum(1 for line in open(out, encoding="utf-8") if line.strip())
    codes = Counter(json.loads(line)["code"] for line in open(errors_path(out), encoding="utf-8") if line.strip())
    return records, codes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000, help="inputs (default 10,000)")
    ap.add_argument("--folder", type=Path, default=Path("/tmp/tifa-faults"))
    ap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--kill", type=int, default=0, help="random kill -9 + --resume rounds")
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--max-seconds", type=float, default=None, help="passed to tifa tag (default: its own)")
    a = ap.parse_args(argv)
    limit = ("--max-seconds", str(a.max_seconds)) if a.max_seconds is not None else ()
    want = build(a.folder / "in", a.n, a.seed)
    out = a.folder / "out" / "records.jsonl"
    shutil.rmtree(out.parent, ignore_errors=True)
    out.parent.mkdir(parents=True)
    res = run(a.folder / "in", out, workers=a.workers, extra=limit)
    records, codes = count(out)
    failed = sum(codes.values())
    print(f"inputs {want['inputs']} (+{want['hidden']} hidden), records {records}, errors {failed}: "
          f"records + errors = inputs: {records + failed == want['inputs']}")
    print(f"error codes: {dict(sorted(codes.items()))}")
    print(f"wall {res['wall_s']} s, workers {a.workers}, peak PSS {res['peak_pss_mb']} MB, "
          f"peak RSS {res['peak_rss_mb']} MB (limit 2048)")
    print(f"tifa: {res['stderr'].splitlines()[-1] if res['stderr'] else ''}")
    ok = records + failed == want["inputs"] and res["peak_pss_mb"] < 2048 and codes.get("E018") == 1
    ok = ok and "E010" not in codes and f"{want['hidden']} hidden" in res["stderr"]
    if a.kill:
        clean = (out.read_bytes(), (out.parent / "records.errors.jsonl").read_bytes())
        rng = random.Random(a.seed)
        same = 0
        for k in range(a.kill):
            o2 = a.folder / "out" / f"k{k}.jsonl"
            run(a.folder / "in", o2, workers=a.workers, extra=limit,
                kill_after=rng.uniform(2, max(3.0, res["wall_s"] * 0.8)))
            r2 = run(a.folder / "in", o2, workers=a.workers, extra=(*limit, "--resume"))
            got = (o2.read_bytes() if o2.exists() else b"", (o2.parent / f"k{k}.errors.jsonl").read_bytes()
                   if (o2.parent / f"k{k}.errors.jsonl").exists() else b"")
            same += got == clean and r2["rc"] in (0, 1)
        print(f"kill -9 + --resume: {same} of {a.kill} byte-identical to the uninterrupted run")
        ok = ok and same == a.kill
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
