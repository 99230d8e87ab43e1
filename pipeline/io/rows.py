"""The one row schema: which fields a document row holds in CSV, Parquet and flat rows.

Every output field is spelled out once, in :data:`FIELDS`; the CSV header
(:data:`CSV_FIELDS`), :func:`flat_row`, the Parquet schema and :func:`parquet_row` are
read off that table. A new output field is one line here (and its model in ``schemas``).

Example:
    >>> from pipeline.schemas import Record, RecordMeta
    >>> rec = Record(id="d1", lang="zh", partners=["VNM", "LAO"], meta=RecordMeta(tifa_version="0", lexicon_hash="h"))
    >>> row = flat_row(rec)
    >>> row["partners"], row["title"], row["n_mentions"]
    ('VNM;LAO', '', 0)
    >>> CSV_FIELDS[:3], PARQUET_FIELDS[-3:]
    (['id', 'source', 'lang'], ['mentions', 'meta', 'engagements'])
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable, Sequence

import msgspec

from ..schemas import Mention, Record

FORMATS = ("jsonl", "csv", "parquet")
CSV_BOM = "\ufeff"  # CSV files start with it, as `tifa report`'s do: Excel then reads them as UTF-8


@dataclass(frozen=True)
class Field:
    """One output column.

    Attributes:
        name: the column name.
        get: the value, read off a record (lists stay lists, None stays None).
        kind: ``str``, ``list`` (of strings; joined with ``;`` in CSV), ``float`` or ``int``.
        formats: the tabular formats that carry the column.
    """

    name: str
    get: Callable[[Record], Any]
    kind: str = "str"
    formats: tuple[str, ...] = ("csv", "parquet")


def _mentions_json(r: Record) -> str:
    return json.dumps([m.model_dump() for m in r.mentions], ensure_ascii=False)


def _engagements_json(r: Record) -> str:
    return json.dumps([e.model_dump() for e in r.engagements], ensure_ascii=False)


FIELDS: tuple[Field, ...] = (
    Field("id", lambda r: r.id),
    Field("source", lambda r: r.source),
    Field("lang", lambda r: r.lang),
    Field("title", lambda r: r.title),
    Field("date", lambda r: r.date),
    Field("provinces", lambda r: r.provinces, "list"),
    Field("partners", lambda r: r.partners, "list"),
    Field("regions", lambda r: r.regions, "list"),
    Field("formulations", lambda r: r.formulations, "list"),
    Field("engagement", lambda r: r.engagement),
    Field("engagement_score", lambda r: r.engagement_detail.score, "float"),
    Field("engagement_source", lambda r: r.engagement_detail.source),
    Field("engagement_runner_up", lambda r: r.engagement_detail.runner_up),
    Field("role_targets", lambda r: r.role_targets, "list"),
    Field("n_mentions", lambda r: len(r.mentions), "int", ("csv",)),
    Field("mentions", _mentions_json, "str", ("parquet",)),  # JSON: the nested mentions in one cell
    Field("meta", lambda r: r.meta.model_dump_json(), "str", ("parquet",)),
    Field("tifa_version", lambda r: r.meta.tifa_version, "str", ("csv",)),
    Field("lexicon_hash", lambda r: r.meta.lexicon_hash, "str", ("csv",)),
    Field("engagements", _engagements_json),  # JSON, so `tifa report records.csv` counts engagements
    # the document's warning codes (W003: no text extracted, W002: a PDF without a text layer), so
    # a spreadsheet tells an empty input from a text with no finding (Parquet has them in `meta`)
    Field("warnings", lambda r: r.meta.warnings, "list", ("csv",)),
)
_CSV = tuple(f for f in FIELDS if "csv" in f.formats)
_PARQUET = tuple(f for f in FIELDS if "parquet" in f.formats)
CSV_FIELDS = [f.name for f in _CSV]
PARQUET_FIELDS = [f.name for f in _PARQUET]


def _flat(value: Any, kind: str) -> Any:
    if kind == "list":
        return ";".join(value)
    if kind == "str" and value is None:
        return ""
    return value


def flat_row(r: Record) -> dict[str, Any]:
    """A record as one flat row (lists joined with ``;``, missing text as ``""``) for CSV."""
    return {f.name: _flat(f.get(r), f.kind) for f in _CSV}


def parquet_row(r: Record) -> dict[str, Any]:
    """A record as one Parquet row (lists stay lists, missing values stay null)."""
    return {f.name: f.get(r) for f in _PARQUET}


def parquet_schema():
    """The Parquet (Arrow) schema of :func:`parquet_row`."""
    import pyarrow as pa

    types = {"str": pa.string(), "list": pa.list_(pa.string()), "float": pa.float64(), "int": pa.int64()}
    return pa.schema([(f.name, types[f.kind]) for f in _PARQUET])


def render_row(record: Record, fmt: str) -> str | dict[str, Any]:
    """A record as a part file of ``fmt`` stores it: a JSON line, a CSV row or a Parquet row.

    Rendering happens where the record was made (in the worker), so the writing process
    only moves finished rows.
    """
    if fmt == "jsonl":
        return record_json(record) + "\n"
    return flat_row(record) if fmt == "csv" else parquet_row(record)


_NO_MENTIONS = {"mentions"}
_ENGAGEMENTS_KEY = ',"engagements":'


def record_json(record: Record) -> str:
    """``record.model_dump_json()``, the same characters, with the mentions written by msgspec.

    pydantic writes each mention through a Python call (its fields as a dict) and then the
    dict; msgspec writes the Structs themselves, ~5x faster (issue 17: the mentions were
    two thirds of the time of writing a record). The record without its mentions is written
    by pydantic and the mentions' array put back in their place, before ``engagements``
    (the next field: no string value can hold its key's unescaped quotes). Where msgspec
    would write a value otherwise than pydantic (a weight that is an ``int``, or a float
    pydantic writes with an exponent sign, ``1e+16``), or for a subclass of ``Record``, the
    whole record is pydantic's.
    """
    mentions = record.mentions
    if not mentions or type(record) is not Record or not _plain_weights(mentions):
        return record.model_dump_json()
    body = record.model_dump_json(exclude=_NO_MENTIONS)
    i = body.index(_ENGAGEMENTS_KEY)
    return "".join((body[:i], ',"mentions":', _encode(mentions).decode(), body[i:]))


_encode = msgspec.json.Encoder().encode


def _plain_weights(mentions: Sequence[Mention]) -> bool:
    """Whether msgspec writes every weight as pydantic does: None, or a float below 1e15 in size."""
    for m in mentions:
        w = m.weight
        if w is not None and (type(w) is not float or not -1e15 < w < 1e15):
            return False
    return True
