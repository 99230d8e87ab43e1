"""tifa scale benchmark: end-to-end ``tifa tag`` throughput and peak memory per engine and worker count.

Usage::

    python bench/scale.py                       # 5 MB corpus: rules-only and default model, workers 1, 2, N, Dask
    python bench/scale.py --mb 20 --update-readme
    python bench/scale.py --stream-gb 1         # also the 1 GB streaming run with the default model
    python bench/scale.py --folder-files 200000 # also a folder of that many small files (default model)

Every configuration runs the real command (``python -m pipeline tag SRC.jsonl -o OUT.jsonl``)
in a subprocess on the same generated JSONL corpus (``bench/run.py``'s generator, seed 13).
Throughput is measured over the tagging itself (the time ``tifa tag`` reports: reading,
tagging, writing parts, joining them; for Dask including the local cluster's start), so
the model's load time (the same for every worker count) does not hide the scaling; the
wall time including start-up is shown too. Peak memory is the largest sum of resident set
sizes over the ``tifa`` process and all its descendants (worker processes, Dask nannies
and workers), sampled every 0.2 s with psutil, as PSS (proportional set size: a page
shared by k processes counts 1/k in each, so the sum is the memory the run really holds)
and as plain RSS (forked workers share the lexicon and model copy-on-write, so the RSS sum
counts those pages once per process: an upper bound). CPU s is the user + system time of
the run and every process it waited for (``getrusage(RUSAGE_CHILDREN)``: pool workers, Dask
workers), and load the 1-minute load average as the run ended: on a machine shared with
other jobs, workers only speed a run up when cores are free, and the CPU time shows what
each configuration costs whatever the contention. Ratios are against the single-process
rules-only run. Each configuration runs once; on a shared machine the figures are noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import OUT, make_corpus, stream_file, write_doc
from pipeline.io import errors_path


def corpus_file(mb: float) -> tuple[Path, int]:
    """The generated corpus as JSONL (made once per size); returns the path and its document count."""
    OUT.mkdir(parents=True, exist_ok=True)
    src = OUT / f"scale-{mb:g}MB.jsonl"
    if not src.exists():
        with open(src, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps({"id": f"b{i}", "text": t}, ensure_ascii=False) + "\n"
                          for i, t in enumerate(make_corpus(mb)))
    with open(src, encoding="utf-8") as fh:
        return src, sum(1 for _ in fh)


def corpus_folder(n: int) -> Path:
    """A folder of ``n`` small text files (the train and dev gold texts, cycled) in 1,000-file subfolders."""
    root = OUT / f"folder-{n}"
    if root.is_dir() and sum(1 for _ in root.rglob("*.txt")) == n:
        return root  # made by an earlier run
    texts = []
    for split in ("train", "dev"):
        with open(ROOT / "corpus" / f"{split}.jsonl", encoding="utf-8") as fh:
            texts += [json.loads(x)["text"] for x in fh if x.strip()]
    for i in range(n):
        sub = root / f"d{i // 1000:04d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        (sub / f"r{i:07d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
    return root


def tree_memory(proc) -> tuple[int, int]:
    """(PSS, RSS) bytes summed over a psutil process and all its descendants ((0, 0) once gone)."""
    import psutil

    pss = rss = 0
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    for p in procs:
        try:
            m = p.memory_full_info()
        except psutil.Error:
            continue
        pss, rss = pss + m.pss, rss + m.rss
    return pss, rss


def run_tag(src: Path, *, workers: int, model: bool, engine: str = "local") -> dict:
    """One ``tifa tag`` run: wall seconds, the seconds it reports, peak tree PSS and RSS (MB)."""
    import psutil

    out = OUT / f"scale-{src.stem}-{engine}-w{workers}-{'model' if model else 'rules'}.records.jsonl"
    cmd = [sys.executable, "-m", "pipeline", "tag", str(src), "-o", str(out), "--workers", str(workers),
           "--engine", engine, *([] if model else ["--no-model"])]
    t0 = time.perf_counter()
    cpu0 = _children_cpu()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    ps = psutil.Process(proc.pid)
    peak_pss = peak_rss = 0
    while proc.poll() is None:
        pss, rss = tree_memory(ps)
        peak_pss, peak_rss = max(peak_pss, pss), max(peak_rss, rss)
        time.sleep(0.2)
    wall = time.perf_counter() - t0
    cpu = _children_cpu() - cpu0  # the run and every worker it waited for (pool, Dask workers)
    err = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    m = re.search(r" in ([0-9.]+)s", err)
    secs = float(m.group(1)) if m else wall
    for f in (out, errors_path(out)):
        f.unlink(missing_ok=True)
    return {"wall_s": round(wall, 1), "tag_s": round(secs, 2), "cpu_s": round(cpu, 1),
            "load": round(os.getloadavg()[0], 1), "peak_pss_mb": round(peak_pss / 2**20),
            "peak_rss_mb": round(peak_rss / 2**20)}


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=5.0, help="size of the generated corpus (MB)")
    ap.add_argument("--workers", type=int, default=None, help="N (default: the CPUs available)")
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--skip-model", action="store_true")
    ap.add_argument("--stream-gb", type=float, default=0.0, help="also stream a generated file this big (0: skip)")
    ap.add_argument("--stream-workers", type=int, default=1, help="workers for the stream and folder runs")
    ap.add_argument("--folder-files", type=int, default=0,
                    help="also tag a folder of this many small files, one gold text each (0: skip)")
    ap.add_argument("--update-readme", action="store_true")
    args = ap.parse_args()

    from pipeline.engines.local import default_workers

    n = args.workers or default_workers()
    src, n_docs = corpus_file(args.mb)
    size = src.stat().st_size
    print(f"corpus: {src.name}, {size / 1e6:.1f} MB, {n_docs} docs; N = {n} workers", flush=True)
    configs = []
    for model in ([False] if args.skip_model else [False, True]):
        for w in sorted({1, 2, n}):
            configs.append(("local", w, model))
        if not args.skip_dask:
            configs.append(("dask", n, model))
    rows = []
    for engine, w, model in configs:
        r = run_tag(src, workers=w, model=model, engine=engine)
        r.update(engine=engine, workers=w, model=model, mb_s=round(size / 1e6 / r["tag_s"], 3),
                 docs_s=round(n_docs / r["tag_s"], 1))
        rows.append(r)
        print(json.dumps(r), flush=True)
    res = {"corpus_mb": round(size / 1e6, 1), "docs": n_docs, "n": n, "runs": rows}
    if args.stream_gb > 0:
        big = stream_file(args.stream_gb)
        with open(big, encoding="utf-8") as fh:
            big_docs = sum(1 for _ in fh)
        s = run_tag(big, workers=args.stream_workers, model=True)
        s.update(gb=args.stream_gb, docs=big_docs, workers=args.stream_workers,
                 mb_s=round(big.stat().st_size / 1e6 / s["tag_s"], 3))
        res["stream"] = s
        print(json.dumps(s), flush=True)
    if args.folder_files > 0:
        folder = corpus_folder(args.folder_files)
        f = run_tag(folder, workers=args.stream_workers, model=True)
        f.update(files=args.folder_files, workers=args.stream_workers,
                 files_s=round(args.folder_files / f["tag_s"], 1))
        res["folder"] = f
        print(json.dumps(f), flush=True)
    (OUT / "scale.json").write_text(json.dumps(res, indent=2), encoding="utf-8")
    table = render(res)
    print(table)
    if args.update_readme:
        write_doc("scale-table", table, "docs/scale.md")


def render(res: dict) -> str:
    """The README table: throughput and peak memory, ratios against 1 process rules-only."""
    base = next(r for r in res["runs"] if r["engine"] == "local" and r["workers"] == 1 and not r["model"])
    lines = [(f"{res['corpus_mb']} MB JSONL, {res['docs']} generated ~2 KB documents, N = {res['n']} CPUs "
             "(shared machine: noisy, one run each)."), "",
             ("| engine | workers | classifier | MB/s | docs/s | × 1-process rules | CPU s (all processes) "
              "| wall s (with start-up) | load | peak PSS MB (all processes) | peak RSS sum MB |"),
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in res["runs"]:
        lines.append(f"| {r['engine']} | {r['workers']} | {'default model' if r['model'] else 'rules only'} "
                     f"| {r['mb_s']:.2f} | {r['docs_s']:.0f} | {r['mb_s'] / base['mb_s']:.2f} | {r['cpu_s']} "
                     f"| {r['wall_s']} | {r['load']} | {r['peak_pss_mb']} | {r['peak_rss_mb']} |")
    if "stream" in res:
        s = res["stream"]
        lines += ["", (f"Streaming {s['gb']:g} GB of JSONL ({s['docs']} documents) with the default model, "
                       f"{s['workers']} worker(s): peak PSS {s['peak_pss_mb']} MB over all processes "
                       f"(RSS sum {s['peak_rss_mb']} MB); {s['mb_s']:.2f} MB/s, {s['wall_s']:.0f} s.")]
    if "folder" in res:
        f = res["folder"]
        lines += ["", (f"A folder of {f['files']:,} small files (gold texts, 1,000 per subfolder) with the default "
                       f"model, {f['workers']} worker(s): peak PSS {f['peak_pss_mb']} MB over all processes "
                       f"(RSS sum {f['peak_rss_mb']} MB); {f['files_s']:.0f} files/s, {f['tag_s']:.0f} s.")]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
