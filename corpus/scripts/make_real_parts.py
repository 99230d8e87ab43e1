"""Write corpus/parts/real-train.jsonl and real-dev.jsonl from corpus/scripts/real_src/.

    python corpus/scripts/make_real_parts.py

Idempotent: the parts are rebuilt from the source modules every time; ids are given in
order (real-train-0001, ...), so documents added at the end keep earlier ids stable.
The two parts were written separately (different events): train_*.py → real-train,
dev_*.py → real-dev.
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
    for split in ("train", "dev"):
        docs = []
        for name in _modules(split):
            docs.extend(importlib.import_module(f"real_src.{name}").DOCS)
        lines = []
        for i, d in enumerate(docs, 1):
            out = {"id": f"real-{split}-{i:04d}", **d}
            lines.append(json.dumps(out, ensure_ascii=False))
        (PARTS / f"real-{split}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        counts[split] = len(lines)
    return counts


if __name__ == "__main__":
    print(build())
