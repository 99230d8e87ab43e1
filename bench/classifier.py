"""Engagement classifier throughput: model alone and the full tagger, per model and device.

    python bench/classifier.py --model models/default --model models/minilm-cjk
    python bench/classifier.py --model DIR --device cuda          # on a machine with a GPU
    python bench/classifier.py ... --update-readme                # rewrite the table in docs/accuracy.md

Documents are the dev split (real lengths: headlines to ~1,900 characters), repeated to
``--docs``. Figures are single-process; torch uses ``--threads`` intra-op threads.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_texts(n: int) -> list[str]:
    with open(ROOT / "corpus" / "dev.jsonl", encoding="utf-8") as fh:
        texts = [json.loads(x)["text"] for x in fh if x.strip()]
    return (texts * (n // len(texts) + 1))[:n]


def measure(model_dir: str, texts: list[str], *, device: str | None, batch: int) -> dict:
    import os

    if device:
        os.environ["TIFA_DEVICE"] = device
    from pipeline.classify.models import load_model
    from pipeline.tagger import Tagger, load

    t0 = time.perf_counter()
    model = load_model(model_dir)
    load_s = time.perf_counter() - t0
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    model.predict_proba(texts[:batch])  # warm-up
    t0 = time.perf_counter()
    for k in range(0, len(texts), batch):
        model.predict_proba(texts[k:k + batch])
    alone = time.perf_counter() - t0
    tagger = load(model=False)
    with_model = Tagger(tagger.lexicon, model=model, batch_size=batch)
    list(with_model.pipe(texts[:batch]))
    t0 = time.perf_counter()
    for _ in with_model.pipe(texts):
        pass
    full = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in tagger.pipe(texts):
        pass
    rules = time.perf_counter() - t0
    dev = getattr(model.estimator, "device", "cpu")
    return {"model": Path(model_dir).name, "kind": model.kind, "device": dev, "docs": len(texts),
            "load_s": round(load_s, 2), "model_docs_s": round(len(texts) / alone, 1),
            "model_mb_s": round(nbytes / 1e6 / alone, 3), "tagger_docs_s": round(len(texts) / full, 1),
            "rules_docs_s": round(len(texts) / rules, 1)}


def render(rows: list[dict]) -> str:
    head = ("| model | kind | device | model alone: docs/s | MB/s | `Tagger.pipe` with it: docs/s "
            "| rules only: docs/s | load s |\n|---|---|---|---|---|---|---|---|")
    body = "\n".join(f"| {r['model']} | {r['kind']} | {r['device']} | {r['model_docs_s']} | {r['model_mb_s']} | "
                     f"{r['tagger_docs_s']} | {r['rules_docs_s']} | {r['load_s']} |" for r in rows)
    cpu = platform.processor() or platform.machine()
    return f"{head}\n{body}\n\n{rows[0]['docs']} dev documents, batch {rows[0].get('batch')}, {cpu}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", action="append", required=True, help="model directory (repeatable)")
    ap.add_argument("--device", default=None, help="cpu or cuda (default: cuda when present)")
    ap.add_argument("--docs", type=int, default=450)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--threads", type=int, default=0, help="torch intra-op threads (0: torch's default)")
    ap.add_argument("--update-readme", action="store_true")
    args = ap.parse_args()
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    texts = load_texts(args.docs)
    rows = []
    for m in args.model:
        r = measure(m, texts, device=args.device, batch=args.batch)
        r["batch"] = args.batch
        rows.append(r)
        print(json.dumps(r))
    table = render(rows)
    print(table)
    if args.update_readme:
        readme = ROOT / "docs" / "accuracy.md"
        text = readme.read_text(encoding="utf-8")
        readme.write_text(re.sub(r"(<!-- classifier-bench:start -->\n).*?(<!-- classifier-bench:end -->)",
                                 lambda mt: mt.group(1) + table + "\n" + mt.group(2), text, flags=re.S),
                          encoding="utf-8")


if __name__ == "__main__":
    main()
