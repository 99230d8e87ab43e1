"""Dump the rules-only records of the whole gold corpus, or compare two dumps.

Every speed change must leave the records byte-identical except where it fixes a bug
(issue 17). Dump before and after (e.g. with ``PYTHONPATH`` pointing at an export of the
base commit for "before"), then diff::

    PYTHONPATH=/tmp/base python bench/records_diff.py dump /tmp/before.jsonl
    PYTHONPATH=$PWD     python bench/records_diff.py dump /tmp/after.jsonl
    python bench/records_diff.py diff /tmp/before.jsonl /tmp/after.jsonl

The corpus: ``corpus/train.jsonl``, ``dev.jsonl``, ``test.jsonl``, ``corpus/stress/*.jsonl``
and every file under ``corpus/files`` (read as ``tifa tag`` reads them), plus the
benchmark's generated corpus (``--bench-mb``, 2 MB by default). Records are written as
``model_dump_json`` lines keyed by source and id; ``tifa_version`` is blanked so that two
checkouts of different versions compare.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _documents(root: Path, bench_mb: float):
    from pipeline.io import FileTask, iter_inputs, read_file
    from pipeline.schemas import Document

    sources = [root / "corpus" / f"{s}.jsonl" for s in ("train", "dev", "test")]
    sources += sorted((root / "corpus" / "stress").glob("*.jsonl"))
    sources += [root / "corpus" / "files"]
    for item in iter_inputs([str(s) for s in sources]):
        if isinstance(item, FileTask):
            item = read_file(Path(item.path), doc_id=item.id, source=item.source)
        if isinstance(item, Document):
            src = item.source
            yield (Path(src).relative_to(root).as_posix() if src.startswith(str(root)) else src), item
    if bench_mb > 0:
        sys.path.insert(0, str(root / "bench"))
        from run import make_corpus

        for i, text in enumerate(make_corpus(bench_mb)):
            yield "bench", Document(id=f"b{i}", text=text)


def dump(out: Path, bench_mb: float, model: bool = False) -> int:
    """Tag every document one at a time (``--model``: with the default model) and write the records."""
    from pipeline import load

    tagger = load(model=None if model else False)
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        for source, doc in _documents(ROOT, bench_mb):
            rec = tagger.tag_document(doc)
            rec.meta.tifa_version = ""
            fh.write(json.dumps({"key": f"{source}#{doc.id}", "record": json.loads(rec.model_dump_json())},
                                ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    return n


def diff(a: Path, b: Path) -> int:
    """Print each record that differs (key and the fields that changed); returns how many."""
    def read(p: Path) -> dict[str, dict]:
        return {(o := json.loads(line))["key"]: o["record"] for line in p.read_text(encoding="utf-8").splitlines()}

    left, right = read(a), read(b)
    changed = 0
    for key in sorted(left.keys() | right.keys()):
        x, y = left.get(key), right.get(key)
        if x == y:
            continue
        changed += 1
        if x is None or y is None:
            print(f"{key}: only in {'after' if x is None else 'before'}")
            continue
        fields = sorted(k for k in x.keys() | y.keys() if x.get(k) != y.get(k))
        print(f"{key}: {', '.join(fields)}")
        if "mentions" in fields:
            mx = {json.dumps(m, sort_keys=True) for m in x["mentions"]}
            my = {json.dumps(m, sort_keys=True) for m in y["mentions"]}
            for m in sorted(mx - my):
                print(f"    - {m}")
            for m in sorted(my - mx):
                print(f"    + {m}")
    print(f"{len(left)} before, {len(right)} after, {changed} differ")
    return changed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--bench-mb", type=float, default=2.0)
    d.add_argument("--model", action="store_true", help="with the shipped default model (else rules only)")
    c = sub.add_parser("diff")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args()
    if args.cmd == "dump":
        print(f"{dump(args.out, args.bench_mb, args.model)} records -> {args.out}")
    else:
        sys.exit(1 if diff(args.before, args.after) else 0)


if __name__ == "__main__":
    main()
