"""Assemble the split files from the parts written by independent writers.

    python corpus/build.py          # writes corpus/train.jsonl, dev.jsonl, test.jsonl

Each part was written by a separate writer (prompt) and belongs to exactly one split;
see corpus/README.md. The split is fixed by file, never by random sampling, so the
test part stays frozen and independent of what rules and models were tuned on.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLITS = {
    "train": ["parts/train-a.jsonl", "parts/train-b.jsonl", "parts/train-c.jsonl", "parts/real-train.jsonl",
              "parts/real2-train.jsonl"],
    "dev": ["parts/dev-zh.jsonl", "parts/dev-en.jsonl", "parts/dev-b.jsonl", "parts/dev-e.jsonl", "parts/dev-f.jsonl",
            "parts/real-dev.jsonl", "parts/real2-dev.jsonl"],
    "test": ["parts/test.jsonl"],
}
#: later real-register dev parts, each written blind by one writer and hand-coded with its engagements
#: (``parts/real3-<topic>-dev.jsonl``): appended to dev in name order
SPLITS["dev"] += sorted(f"parts/{p.name}" for p in (HERE / "parts").glob("real3-*-dev.jsonl"))
#: the set the rules/model weight of the default classifier is chosen on (a subset of dev that the
#: engagement rules were not tuned on: the real-register dev parts); written to weight-set.jsonl
WEIGHT_SET = ["parts/real-dev.jsonl", "parts/real2-dev.jsonl"]


def build() -> dict[str, int]:
    counts = {}
    for split, parts in SPLITS.items():
        lines = []
        for part in parts:
            for line in (HERE / part).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    obj = json.loads(line)
                    obj["split"] = split
                    obj["part"] = Path(part).stem
                    lines.append(json.dumps(obj, ensure_ascii=False))
        (HERE / f"{split}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        counts[split] = len(lines)
    lines = [line for part in WEIGHT_SET for line in (HERE / part).read_text(encoding="utf-8").splitlines()
             if line.strip()]
    (HERE / "weight-set.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts["weight-set"] = len(lines)
    return counts


if __name__ == "__main__":
    print(build())
