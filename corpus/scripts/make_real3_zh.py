"""Write corpus/parts/real3-zh-dev.jsonl from corpus/scripts/real_src/r3zh_dev_*.py.

    python corpus/scripts/make_real3_zh.py

Idempotent: the part is rebuilt from the source modules every time; ids are given in
order (real3-zh-dev-0001, ...), so documents added at the end keep earlier ids stable.
Written for issue 15 (Chinese readouts, engagement attributes on fresh text), blind:
the gold was coded by hand before the tagger was run on the texts.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PART = HERE.parent / "parts" / "real3-zh-dev.jsonl"


def build() -> int:
    """Rebuild the part; returns the number of documents written."""
    sys.path.insert(0, str(HERE))
    docs = []
    for p in sorted((HERE / "real_src").glob("r3zh_dev_*.py")):
        docs.extend(importlib.import_module(f"real_src.{p.stem}").DOCS)
    lines = [json.dumps({"id": f"real3-zh-dev-{i:04d}", **d}, ensure_ascii=False) for i, d in enumerate(docs, 1)]
    PART.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


if __name__ == "__main__":
    print(build())
