"""Engagement rows: one row per engagement (``tifa tag --unit engagement``).

The table an analyst loads into pandas, R or Stata: document id, the engagement's index
in its record, every field of TAXONOMY §3b (lists joined with ``;`` in CSV), the evidence
offsets and sentence, and the rule that decided each attribute.

Example:
    >>> from pipeline.tagger import Tagger
    >>> rows = engagement_rows(Tagger().tag("云南省委书记在昆明会见越南驻华大使。", id="d1"))
    >>> rows[0]["doc_id"], rows[0]["index"], rows[0]["partners"], rows[0]["direction"]
    ('d1', 0, ['VNM'], 'inbound')
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from ..schemas import ENGAGEMENT_ATTRIBUTES, Record

COLUMNS = ("doc_id", "index", "category", "provinces", "partners", "regions", "direction", "venue", "official",
           "counterpart", "level", "date", "evidence_start", "evidence_end", "evidence_text", "doc_date", "lang",
           *(f"rule_{a}" for a in ENGAGEMENT_ATTRIBUTES))
UNIT_FORMATS = ("jsonl", "csv", "parquet")


def engagement_rows(record: Record) -> list[dict[str, Any]]:
    """One dict per engagement of ``record`` (lists stay lists)."""
    rows = []
    for i, e in enumerate(record.engagements):
        ev = e.provenance.get("evidence")
        row: dict[str, Any] = {
            "doc_id": record.id, "index": i, "category": e.category, "provinces": list(e.provinces),
            "partners": list(e.partners), "regions": list(e.regions), "direction": e.direction, "venue": e.venue,
            "official": e.official, "counterpart": e.counterpart, "level": e.level, "date": e.date,
            "evidence_start": e.evidence[0] if e.evidence else None,
            "evidence_end": e.evidence[1] if e.evidence else None,
            "evidence_text": ev.text if ev else None, "doc_date": record.date, "lang": record.lang,
        }
        for a in ENGAGEMENT_ATTRIBUTES:
            p = e.provenance.get(a)
            row[f"rule_{a}"] = f"{p.source}:{p.rule}" if p else None
        rows.append(row)
    return rows


def write_engagement_rows(records: Iterable[Record], path: str | Path | None, fmt: str) -> int:
    """Write the engagement rows of ``records`` to ``path`` (stdout when None, not for
    Parquet); returns the number of rows."""
    import sys

    rows = [r for rec in records for r in engagement_rows(rec)]
    if fmt == "jsonl":
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        if path is None:
            sys.stdout.write(lines)
        else:
            Path(path).write_text(lines, encoding="utf-8")
        return len(rows)
    import pandas as pd

    df = pd.DataFrame(rows, columns=list(COLUMNS))
    if fmt == "csv":
        for col in ("provinces", "partners", "regions"):
            df[col] = df[col].map(lambda v: ";".join(v) if isinstance(v, list) else v)
        if path is None:
            sys.stdout.write(df.to_csv(index=False))
        else:
            df.to_csv(path, index=False, encoding="utf-8-sig")  # a BOM, as for records: Excel reads it as UTF-8
    else:
        df.to_parquet(path, index=False)
    return len(rows)
