"""Write corpus/parts/real-train/real-dev and real2-train/real2-dev from corpus/scripts/real_src/.

    python corpus/scripts/make_real_parts.py

Idempotent: the parts are rebuilt from the source modules every time; ids are given in
order (real-train-0001, ...), so documents added at the end keep earlier ids stable.
The two parts were written separately (different events): train_*.py → real-train,
dev_*.py → real-dev. The second round (issue 14/15, weighted towards neighbouring
categories, no-act passages and multi-engagement round-ups) is written the same way:
r2train_*.py → real2-train, r2dev_*.py → real2-dev (ids real2-train-0001, ...).
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PARTS = HERE.parent / "parts"


def _modules(prefix: str) -> list[str]:
    return sorted(p.stem for p in (HERE / "real_src").glob(f"{prefix}_*.py"))


def build() -> dict[str, int]:
    sys.path.insert(0, str(HERE))
    counts = {}
    for part, prefix in (("real-train", "train"), ("real-dev", "dev"), ("real2-train", "r2train"),
                         ("real2-dev", "r2dev")):
        docs = []
        for name in _modules(prefix):
            docs.extend(importlib.import_module(f"real_src.{name}").DOCS)
        lines = []
        for i, d in enumerate(docs, 1):
            out = {"id": f"{part}-{i:04d}", **d}
            lines.append(json.dumps(out, ensure_ascii=False))
        (PARTS / f"{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        counts[part] = len(lines)
    return counts


if __name__ == "__main__":
    print(build())
