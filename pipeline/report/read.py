"""Tolerant reading of records files for reports.

A report is made from whatever is readable: a malformed line is skipped and counted
(``W010``), fields a newer or older tifa wrote are dropped or defaulted, records written
by another tifa version (``W011``) or lexicon (``W012``) are read with a warning, and a
record id seen twice is counted once (``W015``). Only a path that cannot be read at all
is an error (``E060``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import E, Problem, TifaError
from ..io import ERRORS_SUFFIX
from ..schemas import Engagement, EngagementDetail, Mention, Provenance, Record

_RECORD_FIELDS = frozenset(Record.model_fields)
_MENTION_FIELDS = frozenset(Mention.model_fields)
_DETAIL_FIELDS = frozenset(EngagementDetail.model_fields)
_ENGAGEMENT_FIELDS = frozenset(Engagement.model_fields)
_PROVENANCE_FIELDS = frozenset(Provenance.model_fields)
#: record file suffixes the report reads (every format ``tifa tag`` writes)
SUFFIXES = (".jsonl", ".csv", ".parquet")


@dataclass
class RecordSet:
    """Records read from one or more files, with everything that went wrong on the way.

    Attributes:
        records: the records, first occurrence of each id, in file order.
        files: the files read.
        lines: non-empty lines seen.
        skipped: malformed lines skipped (each also in ``problems`` as ``W010``).
        duplicates: records dropped because their id was already read.
        without_engagements: records whose line has no ``engagements`` field at all (written
            before engagements existed; a record with ``[]`` reports none).
        problems: warnings (malformed lines listed individually, up to 20 per file; version
            and lexicon differences once per file with a count).
    """

    records: list[Record] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    lines: int = 0
    skipped: int = 0
    duplicates: int = 0
    without_engagements: int = 0
    problems: list[Problem] = field(default_factory=list)


def _json_field(value: Any) -> Any:
    """A list/dict column that CSV and Parquet store as a JSON string, decoded (``""`` → absent)."""
    if isinstance(value, str):
        return json.loads(value) if value.strip() else None
    return value


def _engagement(obj: Any) -> Any:
    """One engagement with unknown keys dropped (also inside ``provenance``)."""
    if not isinstance(obj, dict):
        return obj
    out = {k: v for k, v in obj.items() if k in _ENGAGEMENT_FIELDS}
    if isinstance(out.get("provenance"), dict):
        out["provenance"] = {a: {k: v for k, v in p.items() if k in _PROVENANCE_FIELDS} if isinstance(p, dict) else p
                             for a, p in out["provenance"].items()}
    return out


def _tolerant(obj: dict[str, Any]) -> dict[str, Any]:
    """Drop fields this tifa does not know; default what older files lack."""
    obj = dict(obj)
    for key in ("mentions", "engagements", "meta", "engagement_detail"):
        if key in obj:
            obj[key] = _json_field(obj[key])
    if "meta" not in obj or obj["meta"] is None:  # CSV rows carry the meta as two columns
        obj["meta"] = {k: obj[k] for k in ("tifa_version", "lexicon_hash") if obj.get(k)}
    if obj.get("engagement_detail") is None and "engagement_score" in obj:  # flat rows: the detail as columns
        score = obj.get("engagement_score")
        obj["engagement_detail"] = {"label": obj.get("engagement") or None,
                                    "score": float(score) if score not in (None, "") else 0.0,
                                    "source": obj.get("engagement_source") or "rules",
                                    "runner_up": obj.get("engagement_runner_up") or None}
    for key in ("title", "date", "engagement"):
        if obj.get(key) == "":
            obj[key] = None
    out = {k: v for k, v in obj.items() if k in _RECORD_FIELDS and (v is not None or k in ("title", "date", "engagement"))}
    if isinstance(out.get("engagements"), list):
        out["engagements"] = [_engagement(e) for e in out["engagements"]]
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
        if p.is_dir():  # a folder of records files, or a `tifa tag --partitioned` folder of parts
            files += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix in SUFFIXES
                            and not f.name.endswith(ERRORS_SUFFIX) and not f.name.startswith((".", "_")))
        elif p.is_file():
            files.append(p)
        else:
            raise TifaError(E.RECORDS_NOT_FOUND, path=str(given), detail="no such file or folder")
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
        from ..version import __version__ as tifa_version
    rs = RecordSet()
    seen: set[str] = set()
    for f in _expand(paths):
        rs.files.append(str(f))
        other_version: dict[str, int] = {}
        other_lexicon: dict[str, int] = {}
        listed = skipped_here = 0
        for lineno, line in _rows(f):
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
                    rs.problems.append(Problem(E.RECORDS_LINE_SKIPPED, f"{f}:{lineno}", detail=msg[:160]))
                    listed += 1
                continue
            if rec.id in seen:
                rs.duplicates += 1
                continue
            seen.add(rec.id)
            if "engagements" not in obj or obj["engagements"] in (None, ""):
                rs.without_engagements += 1
            if rec.meta.tifa_version != tifa_version:
                other_version[rec.meta.tifa_version] = other_version.get(rec.meta.tifa_version, 0) + 1
            if lexicon_hash is not None and rec.meta.lexicon_hash != lexicon_hash:
                other_lexicon[rec.meta.lexicon_hash] = other_lexicon.get(rec.meta.lexicon_hash, 0) + 1
            rs.records.append(rec)
        if skipped_here > listed:
            rs.problems.append(Problem(E.RECORDS_LINE_SKIPPED, str(f), detail=f"{skipped_here - listed} further malformed line(s) not listed"))
        for v, n in other_version.items():
            rs.problems.append(Problem(E.RECORDS_OTHER_VERSION, str(f), detail=f"{n} record(s) written by tifa {v}, this is {tifa_version}"))
        for h, n in other_lexicon.items():
            rs.problems.append(Problem(E.RECORDS_OTHER_LEXICON, str(f), detail=f"{n} record(s) tagged with lexicon {h}, current is {lexicon_hash}"))
    if rs.duplicates:
        rs.problems.append(Problem(E.RECORDS_ID_TWICE, ", ".join(rs.files), detail=f"{rs.duplicates} record(s) with an id already read"))
    return rs


def _rows(f: Path) -> list[tuple[int, str | dict[str, Any]]]:
    """(line or row number, JSON line or record dict) of one records file; engagement rows regrouped."""
    return _from_engagement_rows(_file_rows(f))


_ENGAGEMENT_ROW_KEYS = ("doc_id", "index", "category")
_SCALAR_ATTRS = ("category", "direction", "venue", "official", "counterpart", "level", "date")


def _blank(v: Any) -> bool:
    return v is None or v == "" or (isinstance(v, float) and math.isnan(v))


def _engagement_from_row(o: dict[str, Any]) -> dict[str, Any]:
    """An engagement dict from one engagement row (``tifa tag --unit engagement``)."""
    e: dict[str, Any] = {a: None if _blank(o.get(a)) else o.get(a) for a in _SCALAR_ATTRS}
    for a in ("provinces", "partners", "regions"):
        v = o.get(a)
        e[a] = [x for x in v.split(";") if x] if isinstance(v, str) else list(v) if isinstance(v, list) else []
    start, end = o.get("evidence_start"), o.get("evidence_end")
    prov: dict[str, Any] = {}
    if not _blank(start) and not _blank(end):
        e["evidence"] = [int(float(start)), int(float(end))]
    if not _blank(o.get("evidence_text")):
        prov["evidence"] = {"source": "rule", "rule": "sentence", "text": o["evidence_text"],
                            "start": e["evidence"][0] if "evidence" in e else None,
                            "end": e["evidence"][1] if "evidence" in e else None}
    sources = set(Provenance.model_fields["source"].annotation.__args__)
    for key, v in o.items():
        if key.startswith("rule_") and not _blank(v):
            src, _, rule = str(v).partition(":")
            prov[key[5:]] = {"source": src if src in sources else "rule", "rule": rule or src}
    e["provenance"] = prov
    return e


def _from_engagement_rows(rows: list[tuple[int, Any]]) -> list[tuple[int, Any]]:
    """Engagement rows (one per engagement: ``doc_id``, ``index``, §3b fields, ``evidence_text``,
    ``rule_*``) regrouped into one record dict per document; any other file unchanged.

    Such records carry no mentions, formulations or meta (read as version ``unknown``).
    """
    parsed = []
    for n, row in rows:
        obj = row
        if isinstance(row, str) and row.strip():
            try:
                obj = json.loads(row)
            except ValueError:
                obj = row
        parsed.append((n, obj))
    first = next((o for _, o in parsed if isinstance(o, dict)), None)
    if not (isinstance(first, dict) and all(k in first for k in _ENGAGEMENT_ROW_KEYS) and "id" not in first):
        return rows
    docs: dict[str, tuple[int, dict[str, Any]]] = {}
    out: list[tuple[int, Any]] = []
    for n, o in parsed:
        if not isinstance(o, dict) or _blank(o.get("doc_id")):
            out.append((n, o if isinstance(o, str) else json.dumps(o, default=str)))  # counted as malformed
            continue
        doc = str(o["doc_id"])
        if doc not in docs:
            docs[doc] = (n, {"id": doc, "lang": o.get("lang") or "zh",
                             "date": None if _blank(o.get("doc_date")) else o.get("doc_date"), "engagements": [],
                             "meta": {"tifa_version": "unknown", "lexicon_hash": "unknown"}})
            out.append(docs[doc])
        idx = 0 if _blank(o.get("index")) else int(float(o["index"]))
        docs[doc][1]["engagements"].append((idx, _engagement_from_row(o)))
    for _n, rec in docs.values():
        engs = [e for _i, e in sorted(rec["engagements"], key=lambda t: t[0])]
        rec["engagements"] = engs
        for a in ("provinces", "partners", "regions"):
            rec[a] = list(dict.fromkeys(x for e in engs for x in e[a]))
        rec["engagement"] = engs[0]["category"] if engs else None
    return out


def _file_rows(f: Path) -> list[tuple[int, str | dict[str, Any]]]:
    """(line or row number, JSON line or row dict) of one records file, by its suffix.

    JSONL lines are returned as text (parsed by the caller, so a malformed line is
    counted), CSV rows (``tifa tag --format csv``: lists joined with ``;``, meta as
    columns, ``engagements`` as JSON when the writer added it) and Parquet rows
    (``mentions``, ``meta``, ``engagements`` as JSON strings) as dicts.

    Raises:
        TifaError: ``E060`` when the file cannot be read, ``E065`` for another suffix.
    """
    try:
        if f.suffix == ".parquet":
            import pyarrow.parquet as pq

            return list(enumerate(pq.read_table(f).to_pylist(), 1))
        with open(f, encoding="utf-8-sig", newline="" if f.suffix == ".csv" else None) as fh:
            if f.suffix == ".csv":
                import csv

                return list(enumerate(csv.DictReader(fh), 2))
            if f.suffix != ".jsonl" and f.suffix not in ("", ".json", ".txt"):
                raise TifaError(E.RECORDS_FORMAT, path=str(f), detail=f"suffix {f.suffix!r}")
            return list(enumerate(fh, 1))
    except TifaError:
        raise
    except Exception as exc:  # noqa: BLE001  (pyarrow raises its own types for a damaged file)
        raise TifaError(E.RECORDS_NOT_FOUND, path=str(f), detail=str(exc)[:200]) from None
