"""What building and serialising records costs on the rules-only hot path (issue 17, item 3).
Interleaved, fastest of ``--reps``, on the generated corpus::

    python bench/records_cost.py --mb 2 --reps 5

Prints, beside the whole ``Tagger.pipe`` + JSON time: building the records' mentions
through ``schemas.new_mention`` (tifa's mentions: ``msgspec.Struct``) and, for scale, the
same as pydantic models through pydantic's own unvalidated constructor (``model_construct``
of ``_MentionModel``; the former pydantic ``Mention`` and the whole path are compared with
the commit before in docs/performance.md, "Mentions as Structs"); ``Record`` validation
(once per document); and
serialising the records with pydantic's ``model_dump_json`` and with ``msgspec.json``
(checked byte-identical).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args()

    import msgspec
    from pydantic import BaseModel

    from pipeline import load
    from pipeline.schemas import Record, _MentionModel, new_mention
    from run import make_corpus

    docs = make_corpus(args.mb)
    tagger = load(model=False)
    recs = list(tagger.pipe(docs))
    gc.freeze()

    def hook(o: object) -> object:
        if isinstance(o, BaseModel):
            extra = o.__pydantic_extra__
            return {**o.__dict__, **extra} if extra else o.__dict__
        raise TypeError(type(o))

    enc = msgspec.json.Encoder(enc_hook=hook)
    construct, names = _MentionModel.model_construct, tuple(_MentionModel.model_fields)
    rows = [(m.start, m.end, m.text, m.label, m.code, m.entry, m.rule, m.role, m.targets, m.weight)
            for r in recs for m in r.mentions]

    dumps = [r.model_dump(exclude={"mentions"}) for r in recs]
    mention_lists = [r.mentions for r in recs]
    same = [r.model_dump_json() for r in recs] == [enc.encode(r).decode() for r in recs]
    runs = {
        "Tagger.pipe + model_dump_json (whole)": lambda: [r.model_dump_json() for r in tagger.pipe(docs)],
        "mentions via new_mention (msgspec.Struct, tifa's)": lambda: [new_mention(*x) for x in rows],
        "the same as pydantic models (model_construct)": lambda: [construct(**dict(zip(names, x))) for x in rows],
        "Record validation (one per document)":
            lambda: [Record(**d, mentions=ms) for d, ms in zip(dumps, mention_lists)],
        "serialise: pydantic model_dump_json": lambda: [r.model_dump_json() for r in recs],
        "serialise: msgspec.json (same bytes)": lambda: [enc.encode(r).decode() for r in recs],
    }
    best = {k: float("inf") for k in runs}
    for _ in range(args.reps):
        for k, f in runs.items():
            t = time.perf_counter()
            f()
            best[k] = min(best[k], time.perf_counter() - t)
    whole = best["Tagger.pipe + model_dump_json (whole)"]
    print(f"{len(docs)} docs, {len(rows)} mentions; msgspec output byte-identical to pydantic's: {same}")
    print("| step | seconds | share of the whole |\n|---|---|---|")
    for k, v in best.items():
        print(f"| {k} | {v:.3f} | {v / whole * 100:.1f}% |")


if __name__ == "__main__":
    main()
