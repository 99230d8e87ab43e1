"""Fuzz ``decode + read + tag`` with up to millions of hostile inputs; print counts by outcome.

Usage::

    python bench/fuzz.py                      # 10^6 inputs, all CPUs
    python bench/fuzz.py --n 100000 --workers 2 --seed 7

Inputs come from :mod:`pipeline.fuzz` (random bytes as every file type, random Unicode with
lone surrogates, mutated real documents, nested JSON lines) in shards of ``--shard`` cases,
shard ``k`` drawn from seed ``seed * 1_000_003 + k``, so any finding is reproducible with
``pipeline.fuzz.cases(seed, n)``. Outcomes: ``ok`` (a record whose mentions all slice the
text), an error code (``E002``...), or a broken promise: ``uncaught:TYPE``, ``E010``,
``offset``. Exits 1 when any promise was broken, listing the first findings.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from multiprocessing import get_context
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline import fuzz  # noqa: E402

_TAGGER = None


def _init() -> None:
    global _TAGGER
    from pipeline.tagger import Tagger

    _TAGGER = Tagger()


def _shard(args: tuple[int, int]) -> tuple[Counter, list[str]]:
    seed, n = args
    failures: list[str] = []
    return fuzz.run_fuzz(_TAGGER, seed=seed, n=n, failures=failures), failures[:50]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=1_000_000, help="inputs (default 10^6)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--shard", type=int, default=10_000, help="inputs per task")
    a = ap.parse_args(argv)
    tasks = [(a.seed * 1_000_003 + k, min(a.shard, a.n - k * a.shard)) for k in range(-(-a.n // a.shard))]
    counts: Counter = Counter()
    findings: list[str] = []
    t0 = time.perf_counter()
    with get_context("fork").Pool(a.workers, initializer=_init) as pool:
        for done, (c, f) in enumerate(pool.imap_unordered(_shard, tasks), 1):
            counts.update(c)
            findings.extend(f)
            print(f"\r{sum(counts.values()):>9} inputs, {sum(fuzz.bad_outcomes(counts).values())} broken",
                  end="", file=sys.stderr, flush=True)
    secs = time.perf_counter() - t0
    print(file=sys.stderr)
    total = sum(counts.values())
    print(f"{total} inputs in {secs:.0f} s ({a.workers} workers, seed {a.seed})")
    print(f"{'outcome':<28}{'count':>10}{'share':>9}")
    for outcome, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{outcome:<28}{c:>10}{c / total:>9.2%}")
    bad = fuzz.bad_outcomes(counts)
    print(f"uncaught exceptions: {sum(v for k, v in bad.items() if k.startswith('uncaught'))}, "
          f"E010: {bad.get('E010', 0)}, offset violations: {bad.get('offset', 0)}")
    for line in findings[:20]:
        print("  ", line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
