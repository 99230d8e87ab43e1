"""Validate every line of every corpus part against the taxonomy (TAXONOMY.md §2–§4).

    python corpus/scripts/check_parts.py [PART.jsonl ...]     # default: corpus/parts/*.jsonl

Checks: JSON per line; required fields (id, text, lang zh/en); ids unique over all parts;
place codes of the right family; formulation and engagement codes; optional inputs
(date ISO, source_province a province code); and, where ``engagements`` is present,
each engagement's codes (category, direction, venue, official, counterpart, level, date),
that ``engagement`` is the first (primary) engagement's category (null for ``[]``), and
that an engagement's provinces/partners/regions are among the document's when those are
given. Exits 1 and prints one line per problem.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import get_args

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.schemas import (  # noqa: E402
    ENGAGEMENT_CATEGORIES, FORMULATION_TYPES, Counterpart, Direction, Level, Official, code_kind,
)

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ENG_KEYS = {"category", "provinces", "partners", "regions", "direction", "venue", "official", "counterpart",
            "level", "date", "evidence"}


def _places(where: str, values, kind: str, errs: list[str]) -> None:
    if values is None:
        return
    if not isinstance(values, list):
        errs.append(f"{where}: must be a list")
        return
    if len(values) != len(set(values)):
        errs.append(f"{where}: duplicate codes {values}")
    for v in values:
        if code_kind(v) != kind:
            errs.append(f"{where}: {v!r} is not a {kind} code")


def check_engagement(where: str, e: dict, doc: dict, errs: list[str]) -> None:
    extra = set(e) - ENG_KEYS
    if extra:
        errs.append(f"{where}: unknown keys {sorted(extra)}")
    if e.get("category") not in ENGAGEMENT_CATEGORIES:
        errs.append(f"{where}: category {e.get('category')!r} is not a TAXONOMY §3 code")
    for key, kind in (("provinces", "province"), ("partners", "country"), ("regions", "region")):
        _places(f"{where}.{key}", e.get(key, []), kind, errs)
        if doc.get(key) is not None and not set(e.get(key, [])) <= set(doc[key]):
            errs.append(f"{where}.{key}: {sorted(set(e.get(key, [])) - set(doc[key]))} not in the document's {key}")
    for key, lit in (("direction", Direction), ("official", Official), ("counterpart", Counterpart),
                     ("level", Level)):
        if e.get(key) is not None and e[key] not in get_args(lit):
            errs.append(f"{where}.{key}: {e[key]!r} not one of {get_args(lit)}")
    v = e.get("venue")
    if v is not None and code_kind(v) not in ("province", "country"):
        errs.append(f"{where}.venue: {v!r} is neither a province nor a country code")
    d = e.get("date")
    if d is not None and not ISO.match(str(d)):
        errs.append(f"{where}.date: {d!r} is not YYYY-MM-DD")
    if e.get("category") == "domestic_coordination" and e.get("partners"):
        errs.append(f"{where}: domestic_coordination with partners (rule 5)")


def check_doc(where: str, d: dict, errs: list[str]) -> None:
    for key in ("id", "text"):
        if not isinstance(d.get(key), str) or not d.get(key):
            errs.append(f"{where}: {key} missing or empty")
    if d.get("lang") not in (None, "zh", "en"):
        errs.append(f"{where}: lang {d.get('lang')!r}")
    _places(f"{where}.provinces", d.get("provinces"), "province", errs)
    _places(f"{where}.partners", d.get("partners"), "country", errs)
    _places(f"{where}.regions", d.get("regions"), "region", errs)
    for f in d.get("formulations") or []:
        if f not in FORMULATION_TYPES:
            errs.append(f"{where}.formulations: {f!r}")
    if "engagement" in d and d["engagement"] is not None and d["engagement"] not in ENGAGEMENT_CATEGORIES:
        errs.append(f"{where}.engagement: {d['engagement']!r}")
    if d.get("date") is not None and not ISO.match(str(d["date"])):
        errs.append(f"{where}.date: {d['date']!r}")
    if d.get("source_province") is not None and code_kind(d["source_province"]) != "province":
        errs.append(f"{where}.source_province: {d['source_province']!r}")
    for sp in d.get("spans") or []:
        if not (0 <= sp.get("start", -1) < sp.get("end", -1) <= len(d.get("text", ""))):
            errs.append(f"{where}.spans: {sp} outside the text")
    engs = d.get("engagements")
    if engs is not None:
        if not isinstance(engs, list):
            errs.append(f"{where}.engagements: must be a list")
            return
        primary = engs[0]["category"] if engs else None
        if "engagement" in d and d["engagement"] != primary:
            errs.append(f"{where}: engagement {d['engagement']!r} != primary engagement {primary!r}")
        for i, e in enumerate(engs):
            check_engagement(f"{where}.engagements[{i}]", e, d, errs)


def check(paths: list[Path]) -> list[str]:
    errs: list[str] = []
    seen: dict[str, str] = {}
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{n}"
            try:
                d = json.loads(line)
            except json.JSONDecodeError as exc:
                errs.append(f"{where}: not JSON ({exc})")
                continue
            where = f"{where} {d.get('id')}"
            if d.get("id") in seen:
                errs.append(f"{where}: id also at {seen[d['id']]}")
            seen[d.get("id")] = where
            check_doc(where, d, errs)
    return errs


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted((ROOT / "corpus" / "parts").glob("*.jsonl"))
    errs = check(paths)
    for e in errs:
        print(e)
    n = sum(1 for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip())
    print(f"{len(paths)} parts, {n} documents, {len(errs)} problems", file=sys.stderr)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
