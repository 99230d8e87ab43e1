"""Aho–Corasick engines on tifa's own literals and texts (issue 17): which to use.

Usage::

    python bench/engines.py --mb 5 --reps 5

For each matcher's literal set (places, formulations, cues) and the slot-trigger set,
times, interleaved and fastest of ``--reps``, over the same normalised generated corpus:

* pyahocorasick ``iter_long`` over pair-encoded text (what tifa scanned with; encoding included)
  and over plain text;
* daachorse ``CharwiseDoubleArrayAhoCorasick`` (leftmost-longest ``find``; standard
  ``find_overlapping`` for triggers);
* ahocorasick_rs ``AhoCorasick`` (leftmost-longest ``find_matches_as_indexes``; standard
  overlapping for triggers);

and checks that the leftmost-longest engines report the same matches as each other
(and how many pyahocorasick's ``iter_long`` drops or differs on).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def pair_encode(text: str) -> str | None:
    """The pair encoding tifa scanned before daachorse (each character as U+0100 + its high
    byte, U+0200 + its low byte; None beyond the BMP), kept here for the comparison."""
    import numpy as np

    raw = text.encode("utf-16-be", "surrogatepass")
    if len(raw) != 2 * len(text):
        return None
    units = np.frombuffer(raw, dtype=np.uint8).astype("<u2")
    units[0::2] += 0x100
    units[1::2] += 0x200
    return units.tobytes().decode("utf-16-le")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args()

    import ahocorasick
    import ahocorasick_rs
    import daachorse

    from pipeline.lexicon import load
    from run import make_corpus

    lex = load()
    texts = [lex.normalize(d).text for d in make_corpus(args.mb)]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    sets = {name: [s for s, _, _ in getattr(lex, name).literals()] for name in ("places", "formulations", "cues")}
    sets["triggers"] = [k for k, _ in lex.formulations._triggers._keys]  # noqa: SLF001
    print(f"{len(texts)} texts, {nbytes / 1e6:.1f} MB; literals: "
          + ", ".join(f"{k} {len(v)}" for k, v in sets.items()))
    for name, pats in sets.items():
        overlapping = name == "triggers"
        pa_pair, pa_plain = ahocorasick.Automaton(), ahocorasick.Automaton()
        for i, p in enumerate(pats):
            pa_pair.add_word(pair_encode(p), (len(p), i))
            pa_plain.add_word(p, (len(p), i))
        pa_pair.make_automaton()
        pa_plain.make_automaton()
        kind_d = daachorse.MATCH_KIND_STANDARD if overlapping else daachorse.MATCH_KIND_LEFTMOST_LONGEST
        t = time.perf_counter()
        da = daachorse.CharwiseDoubleArrayAhoCorasick(pats, kind_d)
        build_da = time.perf_counter() - t
        kind_r = ahocorasick_rs.MatchKind.Standard if overlapping else ahocorasick_rs.MatchKind.LeftmostLongest
        t = time.perf_counter()
        rs = ahocorasick_rs.AhoCorasick(pats, matchkind=kind_r)
        build_rs = time.perf_counter() - t

        def pyaho_pairs() -> list:
            it = (lambda a, s: a.iter(s)) if overlapping else (lambda a, s: a.iter_long(s))
            return [[((e >> 1) - n + 1, (e >> 1) + 1, i) for e, (n, i) in it(pa_pair, pair_encode(x))] for x in texts]

        def pyaho_plain() -> list:
            it = (lambda a, s: a.iter(s)) if overlapping else (lambda a, s: a.iter_long(s))
            return [[(e - n + 1, e + 1, i) for e, (n, i) in it(pa_plain, x)] for x in texts]

        def daac() -> list:
            f = da.find_overlapping if overlapping else da.find
            return [f(x) for x in texts]

        def rust() -> list:
            f = rs.find_matches_as_indexes
            return [[(s, e, i) for i, s, e in f(x, overlapping=overlapping)] for x in texts]

        runs = {"pyahocorasick pairs": pyaho_pairs, "pyahocorasick plain": pyaho_plain, "daachorse": daac,
                "ahocorasick_rs": rust}
        best = {k: float("inf") for k in runs}
        out: dict[str, list] = {}
        for _ in range(args.reps):
            for k, f in runs.items():
                t = time.perf_counter()
                out[k] = f()
                best[k] = min(best[k], time.perf_counter() - t)
        ref = best["pyahocorasick pairs"]
        sets_of = {k: [sorted(set(m)) for m in v] for k, v in out.items()}
        same = sets_of["daachorse"] == sets_of["ahocorasick_rs"]
        lost = sum(len(set(a) - set(b)) for a, b in zip(sets_of["daachorse"], sets_of["pyahocorasick pairs"]))
        extra = sum(len(set(b) - set(a)) for a, b in zip(sets_of["daachorse"], sets_of["pyahocorasick pairs"]))
        total = sum(map(len, out["daachorse"]))
        print(f"\n{name} ({len(pats)} literals, {'overlapping' if overlapping else 'leftmost-longest'}; "
              f"build daachorse {build_da:.2f} s, ahocorasick_rs {build_rs:.2f} s)")
        for k, v in best.items():
            print(f"  {k:22s} {nbytes / 1e6 / v:7.1f} MB/s  {ref / v:5.2f}x pyahocorasick pairs")
        print(f"  daachorse == ahocorasick_rs: {same}; {total} matches; pyahocorasick pairs lacks {lost}, "
              f"has {extra} others")


if __name__ == "__main__":
    main()
