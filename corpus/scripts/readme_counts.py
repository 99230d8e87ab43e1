"""Rewrite the typed document counts in corpus/README.md and README.md from the split files.

    python corpus/scripts/readme_counts.py

Idempotent: it only replaces the numbers that tests/test_corpus.py checks (the total and
the per-split docs / zh (Traditional) / en cells of the table).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRAD = re.compile(r"[們這來說會對於與為國經濟關係發開區東雲廣實現網灣頭]")


def counts() -> dict[str, tuple[int, int, int, int]]:
    out = {}
    for split in ("train", "dev", "test"):
        docs = [json.loads(x) for x in (ROOT / "corpus" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
                if x.strip()]
        zh = [d for d in docs if d["lang"] == "zh"]
        trad = sum(1 for d in zh if TRAD.search(d["text"]))
        out[split] = (len(docs), len(zh), trad, sum(d["lang"] == "en" for d in docs))
    return out


def main() -> None:
    c = counts()
    total = sum(v[0] for v in c.values())
    p = ROOT / "corpus" / "README.md"
    s = p.read_text(encoding="utf-8")
    s = re.sub(r"^[\d,]+ documents written for this project", f"{total} documents written for this project", s,
               flags=re.M)
    for split, (n, zh, _trad, en) in c.items():
        s = re.sub(rf"\| {split} \| `{split}.jsonl` \| \d+ \| \d+ \((\d+)\) \| \d+ \|",
                   lambda m, n=n, zh=zh, en=en, split=split: f"| {split} | `{split}.jsonl` | {n} | {zh} ({m.group(1)}) | {en} |",
                   s)
    p.write_text(s, encoding="utf-8")
    r = ROOT / "README.md"
    t = r.read_text(encoding="utf-8")
    t = re.sub(r"\d+ hand-coded documents", f"{total} hand-coded documents", t)
    r.write_text(t, encoding="utf-8")
    print(total, c)


if __name__ == "__main__":
    main()
