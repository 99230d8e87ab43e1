"""Gold files (TAXONOMY.md §4): read and check them whole, and match their ids to records.

Every problem of a gold file is reported at once, each with ``file:line``, a code and
the fix, as ``tifa lexicon validate`` does for the lexicon: a line that is not JSON
(``E091``, with the file's line number, not the JSON parser's), a line without ``id`` or
``text`` or with a field of the wrong type (``E092``), a label outside TAXONOMY.md
(``E093``: engagement ``meeting``, partners ``["Vietnam"]``), an id given twice
(``E094``). A gold file that cannot be read at all is ``E090``.

Example:
    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "g.jsonl")
    >>> _ = open(p, "w").write('{"id": "a", "text": "x", "partners": ["Vietnam"]}\\n{"id": "a", "text": "y"}\\n{"id"\\n')
    >>> [(q.line, q.code) for q in check_gold(p)[1]]
    [(1, 'E093'), (2, 'E094'), (3, 'E091')]
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any, get_args

from pydantic import ValidationError

from .errors import E, CATALOGUE, Problem, TifaError
from .schemas import (
    ENGAGEMENT_CATEGORIES,
    FORMULATION_TYPES,
    REGION_CODES,
    Counterpart,
    Direction,
    GoldDoc,
    Level,
    Official,
    country_codes,
    province_codes,
)

_ENGAGEMENT_FIELDS = {"category", "provinces", "partners", "regions", "direction", "venue", "official",
                      "counterpart", "level", "date", "evidence", "provenance"}


class GoldError(TifaError):
    """A gold file with problems; carries every one of them (``message`` lists them all)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0]
        super().__init__(first.code, path=first.location, detail=f"{len(problems)} problem(s); first: {first.detail}")

    @property
    def message(self) -> str:  # type: ignore[override]
        lines = [f"gold file has {len(self.problems)} problem(s); nothing was scored:"]
        lines += [f"  {p}. Fix: {CATALOGUE[p.code].fix}" for p in self.problems[:50]]
        if len(self.problems) > 50:
            lines.append(f"  … {len(self.problems) - 50} more")
        return "\n".join(lines)


def _codes(values: Any, allowed: Iterable[str] | frozenset[str], what: str) -> list[str]:
    if not isinstance(values, list):
        return []  # the schema check reports the type
    allowed = allowed if isinstance(allowed, frozenset) else frozenset(allowed)
    return [f"{what} {v!r} is not a TAXONOMY code" for v in values if v not in allowed]


def _label_problems(obj: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(code, detail) for every label outside TAXONOMY.md in one gold object."""
    out: list[tuple[str, str]] = []
    checks = (("provinces", province_codes(), "province"), ("partners", country_codes(), "partner"),
              ("regions", REGION_CODES, "region"), ("formulations", FORMULATION_TYPES, "formulation type"))
    for key, allowed, what in checks:
        out += [(E.GOLD_LABEL, d + _hint(key)) for d in _codes(obj.get(key), allowed, what)]
    eng = obj.get("engagement")
    if eng is not None and eng not in ENGAGEMENT_CATEGORIES:
        out.append((E.GOLD_LABEL, f"engagement {eng!r} is not a TAXONOMY §3 category (or null)"))
    sp = obj.get("source_province")
    if sp is not None and sp not in province_codes():
        out.append((E.GOLD_LABEL, f"source_province {sp!r} is not an ISO 3166-2:CN code (e.g. CN-YN)"))
    for i, span in enumerate(obj.get("spans") or []):
        if isinstance(span, dict) and span.get("type") not in FORMULATION_TYPES:
            out.append((E.GOLD_LABEL, f"spans[{i}].type {span.get('type')!r} is not a formulation type"))
    engagements = obj.get("engagements")
    if isinstance(engagements, list):
        for i, e in enumerate(engagements):
            out += [(E.GOLD_LABEL if c == E.GOLD_LABEL else c, f"engagements[{i}]: {d}") for c, d in _engagement_problems(e)]
    return out


def _hint(key: str) -> str:
    return {"provinces": " (ISO 3166-2:CN, e.g. CN-YN)", "partners": " (ISO 3166-1 alpha-3, e.g. VNM)",
            "regions": " (TAXONOMY §2, e.g. SOUTHEAST_ASIA)", "formulations": " (TAXONOMY §1)"}[key]


def _engagement_problems(e: Any) -> list[tuple[str, str]]:
    """TAXONOMY §3b codes of one gold engagement."""
    if not isinstance(e, dict):
        return [(E.GOLD_FORMAT, "must be an object")]
    out: list[tuple[str, str]] = []
    for key in sorted(set(e) - _ENGAGEMENT_FIELDS):
        out.append((E.GOLD_FORMAT, f"unknown field {key!r}"))
    if e.get("category") not in ENGAGEMENT_CATEGORIES:
        out.append((E.GOLD_LABEL, f"category {e.get('category')!r} is not a TAXONOMY §3 category"))
    for key, allowed, what in (("provinces", province_codes(), "province"), ("partners", country_codes(), "partner"),
                               ("regions", REGION_CODES, "region")):
        if key in e and not isinstance(e[key], list):
            out.append((E.GOLD_FORMAT, f"{key} must be a list"))
        out += [(E.GOLD_LABEL, d) for d in _codes(e.get(key, []), allowed, what)]
    for key, lit in (("direction", Direction), ("official", Official), ("counterpart", Counterpart), ("level", Level)):
        v = e.get(key)
        if v is not None and v not in get_args(lit):
            out.append((E.GOLD_LABEL, f"{key} {v!r} is not one of {', '.join(get_args(lit))} (or null)"))
    venue = e.get("venue")
    if venue is not None and venue not in province_codes() and venue not in country_codes():
        out.append((E.GOLD_LABEL, f"venue {venue!r} is not a province or country code (or null)"))
    return out


def _schema_problems(obj: Any) -> list[tuple[str, str]]:
    if not isinstance(obj, dict):
        return [(E.GOLD_FORMAT, f"a line must be a JSON object, not {type(obj).__name__}")]
    out = []
    for key in ("id", "text"):
        if key not in obj:
            out.append((E.GOLD_FORMAT, f'"{key}" is missing'))
    try:
        GoldDoc.model_validate(obj)
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            loc = ".".join(str(x) for x in err["loc"])
            if err["type"] == "missing" and loc in ("id", "text"):
                continue
            out.append((E.GOLD_FORMAT, f"{loc}: {err['msg']}"))
    if isinstance(obj.get("id"), str) and not obj["id"].strip():
        out.append((E.GOLD_FORMAT, '"id" is empty'))
    return out


def check_gold(path: str | Path) -> tuple[list[dict[str, Any]], list[Problem]]:
    """Gold documents and every problem found (absent fields kept absent).

    Raises:
        TifaError: ``E090`` when the file cannot be read at all.
    """
    p = Path(path)
    try:
        with open(p, encoding="utf-8-sig") as fh:
            lines = list(fh)
    except FileNotFoundError:
        raise TifaError(E.GOLD_NOT_FOUND, path=str(p), detail="no such file") from None
    except IsADirectoryError:
        raise TifaError(E.GOLD_NOT_FOUND, path=str(p), detail="a folder, not a JSONL file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TifaError(E.GOLD_NOT_FOUND, path=str(p), detail=str(exc)[:200]) from None
    docs: list[dict[str, Any]] = []
    problems: list[Problem] = []
    first_line: dict[str, int] = {}
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(E.GOLD_JSON, str(p), lineno, f"{exc.msg} at column {exc.colno}"
                                        + (" (the line is cut short?)" if exc.pos >= len(line.rstrip()) else "")))
            continue
        found = _schema_problems(obj)
        if not found:
            found = _label_problems(obj)
            gid = obj["id"]
            if gid in first_line:
                found.append((E.GOLD_DUPLICATE_ID, f"id {gid!r} already on line {first_line[gid]}"))
            else:
                first_line[gid] = lineno
        problems += [Problem(code, str(p), lineno, detail) for code, detail in found]
        if not found:
            docs.append(obj)
    return docs, problems


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold documents, or a :class:`GoldError` listing every problem of the file.

    Raises:
        TifaError: ``E090`` unreadable file; :class:`GoldError` (``E091``–``E094``).
    """
    docs, problems = check_gold(path)
    if problems:
        raise GoldError(problems)
    if not docs:
        raise TifaError(E.GOLD_NOT_FOUND, path=str(path), detail="the file holds no gold document")
    return docs


def _stem(doc_id: str) -> str:
    """File name without extension: ``in/yn-0001.txt`` → ``yn-0001``."""
    name = PurePosixPath(doc_id.replace("\\", "/")).name
    return name.rsplit(".", 1)[0] if "." in name[1:] else name


def align(gold: Iterable[Mapping[str, Any]], records: Iterable[Any]) -> dict[str, dict[str, Any]]:
    """Records keyed by the gold id each one scores against (TAXONOMY §4).

    A record whose id is a gold id matches it; else the record whose id without its
    extension is the gold id (gold ``yunnan/001`` ↔ record ``yunnan/001.txt``); else the
    record whose file name without extension is the gold id (gold ``yn-0001`` ↔ record
    ``in/yn-0001.txt``), when that name belongs to one record only (:func:`ambiguous` lists
    the others).

    >>> sorted(align([{"id": "yn-0001"}, {"id": "b"}], [{"id": "in/yn-0001.txt"}, {"id": "b"}]).items())
    [('b', {'id': 'b'}), ('yn-0001', {'id': 'in/yn-0001.txt'})]
    """
    by_id: dict[str, dict[str, Any]] = {}
    for r in records:
        d = r if isinstance(r, Mapping) else r.model_dump()
        by_id[d["id"]] = d
    gold_ids = [g["id"] for g in gold]
    out = {gid: by_id[gid] for gid in gold_ids if gid in by_id}
    if len(out) == len(gold_ids):
        return out
    by_path: dict[str, str] = {}
    by_stem: dict[str, list[str]] = {}
    for rid in by_id:
        if rid not in out:
            by_path.setdefault(_without_extension(rid), rid)
            by_stem.setdefault(_stem(rid), []).append(rid)
    for gid in gold_ids:
        if gid not in out:
            path = by_path.get(_without_extension(gid))  # gold yunnan/001 = record yunnan/001.txt
            cands = [path] if path is not None else by_stem.get(_stem(gid), [])
            if len(cands) == 1:
                out[gid] = by_id[cands[0]]
    return out


def _without_extension(doc_id: str) -> str:
    """The id as a path without its extension: ``in/yn-0001.txt`` → ``in/yn-0001``."""
    doc_id = doc_id.replace("\\", "/")
    head, _, name = doc_id.rpartition("/")
    name = name.rsplit(".", 1)[0] if "." in name[1:] else name
    return f"{head}/{name}" if head else name


def ambiguous(gold: Iterable[Mapping[str, Any]], records: Iterable[Any]) -> dict[str, list[str]]:
    """Gold ids that no record has and whose file name several records share (gold ``001``,
    records ``guangxi/001.txt`` and ``yunnan/001.txt``): gold id → those record ids."""
    ids = [r.get("id") if isinstance(r, Mapping) else getattr(r, "id", None) for r in records]
    have = set(ids)
    by_stem: dict[str, list[str]] = {}
    for rid in ids:
        if rid is not None:
            by_stem.setdefault(_stem(rid), []).append(rid)
    out = {}
    for g in gold:
        cands = by_stem.get(_stem(g["id"]), [])
        if g["id"] not in have and len(cands) > 1 and _without_extension(g["id"]) not in map(_without_extension, cands):
            out[g["id"]] = cands
    return out


def require_matches(gold: list[Mapping[str, Any]], pred: Mapping[str, Any], records: list[Any]) -> None:
    """``E095`` when no gold id matches any record, with an example of each.

    Raises:
        TifaError: ``E095``.
    """
    if gold and not pred:
        several = ambiguous(gold, records)
        if several:
            gid, cands = next(iter(several.items()))
            raise TifaError(E.GOLD_NO_MATCH, detail=f"{len(several)} gold id(s) name a file that several records share "
                            f"(gold {gid!r}: records {', '.join(map(repr, cands[:3]))}); give the gold ids with "
                            f"their folder, as the records have them ({_without_extension(cands[0])!r})")
        rid = None
        if records:
            r = records[0]
            rid = r.get("id") if isinstance(r, Mapping) else getattr(r, "id", None)
        raise TifaError(E.GOLD_NO_MATCH, detail=f"gold ids look like {gold[0]['id']!r}, record ids like {rid!r}"
                        if rid is not None else "the records file holds no record")
