"""The engagement layer's cost (issue 15): rules-only ``Tagger.pipe`` with and without it.

Usage::

    python bench/layer_cost.py                 # 1 MB of the bench corpus, fastest of 3
    python bench/layer_cost.py --mb 0.5 --reps 5
    python bench/layer_cost.py --profile /tmp/layer.prof   # cProfile of one run with the layer
    python bench/layer_cost.py --gold corpus/dev.jsonl    # the texts of a gold file instead

Generates the benchmark corpus (``bench/run.py``'s ``make_corpus``, fixed seed: lexicon terms
mixed into filler at a dense rate, ~33 cues a 2 KB document, so many segments per document),
or reads the texts of a gold file (``--gold``: documents written in the registers of real
readouts, reports and news), then times
``Tagger.pipe`` rules-only with ``engagements=True`` and ``engagements=False`` in turn
(alternating, so a slow spell of the shared machine hits both alike; fastest of
``--reps``; ``time.process_time``, this process's CPU time), every record rendered as the
JSONL row ``tifa tag`` writes (as ``bench/run.py`` does). Prints both times and the
layer's share: (with - without) / without, the figure issue 15 bounds at 15%.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent


def runner(docs: list[str], *, engagements: bool) -> Callable[[], None]:
    """One rules-only pass over ``docs``: ``Tagger.pipe``, each record rendered as a JSONL row."""
    from pipeline import load
    from pipeline.io import render_row

    tagger = load(model=False)
    tagger.engagements = engagements

    def run() -> None:
        for rec in tagger.pipe(docs):
            render_row(rec, "jsonl")
    return run


def measure(docs: list[str], reps: int) -> dict[str, float]:
    """Fastest CPU time of ``reps`` alternating runs with the layer on and off."""
    runs = {"with": runner(docs, engagements=True), "without": runner(docs, engagements=False)}
    for run in runs.values():  # warm up: lexicon compiled, regexes built, lazy imports done
        run()
    best = {k: float("inf") for k in runs}
    for _ in range(reps):
        for name, run in runs.items():
            t = time.process_time()
            run()
            best[name] = min(best[name], time.process_time() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="size of the generated corpus (MB)")
    ap.add_argument("--reps", type=int, default=3, help="runs of each, alternating; the fastest counts")
    ap.add_argument("--profile", type=Path, help="write a cProfile of one run with the layer here instead")
    ap.add_argument("--gold", type=Path, help="time the texts of this gold JSONL file instead of the generated corpus")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from run import make_corpus

    if args.gold:
        import json

        docs = [json.loads(line)["text"] for line in args.gold.open(encoding="utf-8") if line.strip()]
    else:
        docs = make_corpus(args.mb)
    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    if args.profile:
        import cProfile

        run = runner(docs, engagements=True)
        run()
        cProfile.runctx("run()", globals(), {"run": run}, str(args.profile))
        print(f"profile of {len(docs)} documents ({nbytes / 1e6:.2f} MB) written to {args.profile}")
        return
    best = measure(docs, args.reps)
    w, wo = best["with"], best["without"]
    print(f"{len(docs)} documents, {nbytes / 1e6:.2f} MB, fastest of {args.reps} (CPU s)")
    print(f"with the layer    {w:.3f} s")
    print(f"without the layer {wo:.3f} s")
    print(f"the layer         {w - wo:.3f} s = +{100 * (w - wo) / wo:.1f}% of rules-only time")


if __name__ == "__main__":
    main()
