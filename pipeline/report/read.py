"""Tolerant reading of records files for reports.

A report is made from whatever is readable: a malformed line is skipped and counted
(``W010``), fields a newer or older tifa wrote are dropped or defaulted, records written
by another tifa version (``W011``) or lexicon (``W012``) are read with a warning, and a
record id seen twice is counted once (``W015``). Only a path that cannot be read at all
is an error (``E060``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import CATALOGUE, TifaError
from ..io import ERRORS_SUFFIX
from ..rows import record_rows
from ..schemas import EngagementDetail, Mention, Record

_RECORD_FIELDS = frozenset(Record.model_fields)
_MENTION_FIELDS = frozenset(Mention.model_fields)
_DETAIL_FIELDS = frozenset(EngagementDetail.model_fields)


@dataclass
class Problem:
    """One warning met while reading: its code, where, and what."""

    code: str
    path: str
    detail: str

    def __str__(self) -> str:
        return f"{self.path}: {self.code} {CATALOGUE[self.code].title} ({self.detail}). Fix: {CATALOGUE[self.code].fix}"


@dataclass
class RecordSet:
    """Records read from one or more files, with everything that went wrong on the way.

    Attributes:
        records: the records, first occurrence of each id, in file order.
        files: the files read.
        lines: non-empty lines seen.
        skipped: malformed lines skipped (each also in ``problems`` as ``W010``).
        duplicates: records dropped because their id was already read.
        problems: warnings (malformed lines listed individually, up to 20 per file; version
            and lexicon differences once per file with a count).
    """

    records: list[Record] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    lines: int = 0
    skipped: int = 0
    duplicates: int = 0
    problems: list[Problem] = field(default_factory=list)


def _tolerant(obj: dict[str, Any]) -> dict[str, Any]:
    """Drop fields this tifa does not know; default what older files lack."""
    out = {k: v for k, v in obj.items() if k in _RECORD_FIELDS}
    if isinstance(out.get("mentions"), list):
        out["mentions"] = [{k: v for k, v in m.items() if k in _MENTION_FIELDS}
                           for m in out["mentions"] if isinstance(m, dict)]
    if isinstance(out.get("engagement_detail"), dict):
        out["engagement_detail"] = {k: v for k, v in out["engagement_detail"].items() if k in _DETAIL_FIELDS}
    meta = out.get("meta") if isinstance(out.get("meta"), dict) else {}
    out["meta"] = {"tifa_version": "unknown", "lexicon_hash": "unknown", **meta}
    out.setdefault("lang", "zh")
    for key in ("provinces", "partners", "regions", "formulations", "role_targets"):
        if isinstance(out.get(key), str):  # CSV-style "a;b" lists
            out[key] = [x for x in out[key].split(";") if x]
    return out


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.suffix in (".jsonl", ".parquet")
                            and not f.name.endswith(ERRORS_SUFFIX) and not f.name.startswith("."))
        elif p.is_file():
            files.append(p)
        else:
            raise TifaError("E060", path=str(given), detail="no such file or folder")
    return files


def load_records(paths: Iterable[str | Path] | str | Path, *, tifa_version: str | None = None,
                 lexicon_hash: str | None = None, max_listed: int = 20) -> RecordSet:
    """Read records JSONL files (or folders of them) tolerantly.

    Args:
        paths: records files written by ``tifa tag`` (JSONL), or folders holding them.
        tifa_version: the version to compare with (default: this tifa's).
        lexicon_hash: the lexicon hash to compare with (``None``: not compared).
        max_listed: how many malformed lines to list individually per file.

    Returns:
        A :class:`RecordSet`.

    Raises:
        TifaError: ``E060`` when a path does not exist or cannot be read as UTF-8 text.

    Example:
        >>> import tempfile, os
        >>> d = tempfile.mkdtemp(); p = os.path.join(d, "r.jsonl")
        >>> _ = open(p, "w").write('{"id": "a", "lang": "zh", "meta": {"tifa_version": "0.0.1", "lexicon_hash": "x"}}\\nnot json\\n')
        >>> rs = load_records([p], tifa_version="0.1.0")
        >>> len(rs.records), rs.skipped, sorted({q.code for q in rs.problems})
        (1, 1, ['W010', 'W011'])
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if tifa_version is None:
        from .. import __version__ as tifa_version
    rs = RecordSet()
    seen: set[str] = set()
    for f in _expand(paths):
        rs.files.append(str(f))
        other_version: dict[str, int] = {}
        other_lexicon: dict[str, int] = {}
        listed = skipped_here = 0
        try:
            if f.suffix.lower() in (".parquet", ".pq", ".csv"):  # what `tifa tag -o x.parquet / x.csv` writes
                numbered: list[tuple[int, str | dict[str, Any]]] = list(record_rows(f))
            else:
                with open(f, encoding="utf-8-sig") as fh:
                    numbered = list(enumerate(fh, 1))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise TifaError("E060", path=str(f), detail=str(exc)[:200]) from None
        for lineno, line in numbered:
            if isinstance(line, str) and not line.strip():
                continue
            rs.lines += 1
            try:
                obj = json.loads(line) if isinstance(line, str) else line
                if not isinstance(obj, dict):
                    raise TypeError("not a JSON object")
                rec = Record.model_validate(_tolerant(obj))
            except (ValueError, TypeError, ValidationError) as exc:
                rs.skipped += 1
                skipped_here += 1
                if listed < max_listed:
                    msg = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
                    rs.problems.append(Problem("W010", f"{f}:{lineno}", msg[:160]))
                    listed += 1
                continue
            if rec.id in seen:
                rs.duplicates += 1
                continue
            seen.add(rec.id)
            if rec.meta.tifa_version != tifa_version:
                other_version[rec.meta.tifa_version] = other_version.get(rec.meta.tifa_version, 0) + 1
            if lexicon_hash is not None and rec.meta.lexicon_hash != lexicon_hash:
                other_lexicon[rec.meta.lexicon_hash] = other_lexicon.get(rec.meta.lexicon_hash, 0) + 1
            rs.records.append(rec)
        if skipped_here > listed:
            rs.problems.append(Problem("W010", str(f), f"{skipped_here - listed} further malformed line(s) not listed"))
        for v, n in other_version.items():
            rs.problems.append(Problem("W011", str(f), f"{n} record(s) written by tifa {v}, this is {tifa_version}"))
        for h, n in other_lexicon.items():
            rs.problems.append(Problem("W012", str(f), f"{n} record(s) tagged with lexicon {h}, current is {lexicon_hash}"))
    if rs.duplicates:
        rs.problems.append(Problem("W015", ", ".join(rs.files), f"{rs.duplicates} record(s) with an id already read"))
    return rs
