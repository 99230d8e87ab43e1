"""Relabel the gold corpus: a formulation phrase carries every type whose term it contains.

    python corpus/scripts/relabel_nested_types.py          # rewrites the files in place
    python corpus/scripts/relabel_nested_types.py --check  # exit 1 if anything would change

TAXONOMY §1 (issue 14) reversed GUIDELINES §4 "one phrase, one mention": 向北开放桥头堡 is
``opening_up`` and ``designated_role``; so are 对外开放新高地, 向西开放的桥头堡,
对外开放大通道, 双向开放枢纽, "bridgehead for opening up to the north". For every gold
``spans`` entry, the script reads the phrase (``text[start:end]``) with the shipped
lexicon's matcher (:func:`pipeline.annotate.formulations.nested_types`, the same function
the tagger uses), adds a span on the same offsets for each further type and adds the type
to ``formulations``. ``corpus/files.gold.jsonl`` (no spans) takes the formulations of the
split document whose text it carries. Idempotent: a second run changes nothing. Lines are
rewritten only where they change; key order is kept. Afterwards run ``python corpus/build.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.annotate.formulations import nested_types  # noqa: E402
from pipeline.lexicon import load  # noqa: E402

PARTS = sorted((ROOT / "corpus" / "parts").glob("*.jsonl")) + sorted((ROOT / "corpus" / "stress").glob("*.jsonl"))
FILES_GOLD = ROOT / "corpus" / "files.gold.jsonl"


def relabel_doc(doc: dict, lexicon) -> bool:
    """Add nested types to ``doc``'s spans and formulations; True when it changed."""
    spans = doc.get("spans")
    if not spans:
        return False
    have = {(s["start"], s["end"], s["type"]) for s in spans}
    added = []
    for s in spans:
        phrase = lexicon.normalize(doc["text"][s["start"]:s["end"]]).text
        for t, _ in nested_types(lexicon, phrase, s["type"]):
            key = (s["start"], s["end"], t)
            if key not in have:
                have.add(key)
                added.append({**s, "type": t})
    if not added:
        return False
    doc["spans"] = sorted(spans + added, key=lambda x: (x["start"], x["end"], x["type"]))
    if "formulations" in doc:
        doc["formulations"] = sorted(set(doc["formulations"]) | {a["type"] for a in added})
    return True


def _rewrite(path: Path, fix) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    changed = 0
    out = []
    for line in lines:
        if not line.strip():
            out.append(line)
            continue
        doc = json.loads(line)
        if fix(doc):
            changed += 1
            out.append(json.dumps(doc, ensure_ascii=False))
        else:
            out.append(line)
    if changed and not CHECK:
        path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return changed


CHECK = "--check" in sys.argv


def main() -> int:
    lexicon = load()
    lexicon.compile()
    total = 0
    by_text: dict[str, list[str]] = {}
    for path in PARTS:
        n = _rewrite(path, lambda d: relabel_doc(d, lexicon))
        print(f"{path.relative_to(ROOT)}: {n} documents relabelled")
        total += n
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                if "formulations" in d:
                    by_text[d["text"]] = d["formulations"]

    def fix_file_gold(d: dict) -> bool:
        forms = by_text.get(d.get("text", ""))
        if forms is None or "formulations" not in d or set(forms) <= set(d["formulations"]):
            return False
        d["formulations"] = sorted(set(d["formulations"]) | set(forms))
        return True

    if FILES_GOLD.is_file():
        n = _rewrite(FILES_GOLD, fix_file_gold)
        print(f"{FILES_GOLD.relative_to(ROOT)}: {n} documents relabelled")
        total += n
    return 1 if CHECK and total else 0


if __name__ == "__main__":
    raise SystemExit(main())
