"""Records back from the flat rows ``tifa tag`` writes (CSV, Parquet): the inverse of
:func:`pipeline.io.render_row`, so that ``tifa report`` and ``tifa eval --records`` read
every output format ``tag`` has.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def record_rows(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number, record dict) from a Parquet or CSV file ``tifa tag`` wrote.

    The inverse of :func:`render_row`: the flat columns become the record's fields again
    (``mentions`` and ``meta`` from their JSON text, lists from ``a;b``, the engagement
    columns into ``engagement_detail``), so ``tifa report`` reads what ``tifa tag``
    writes in every format. CSV carries no mentions.

    Raises:
        OSError, ValueError: the file cannot be read as Parquet / UTF-8 CSV.
    """
    if Path(path).suffix.lower() in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(path)
        n = 0
        for batch in pf.iter_batches(batch_size=1000):
            for row in batch.to_pylist():
                n += 1
                yield n, _unflatten(row)
        return
    import csv

    with open(path, encoding="utf-8-sig", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), 2):  # line 1 is the header
            yield n, _unflatten(row)


def _unflatten(row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {k: (row.get(k) or None) for k in ("id", "source", "lang", "title", "date", "engagement")}
    out["source"] = out["source"] or ""
    for key in ("provinces", "partners", "regions", "formulations", "role_targets"):
        v = row.get(key) or []
        out[key] = [x for x in v.split(";") if x] if isinstance(v, str) else list(v)
    score = row.get("engagement_score")
    out["engagement_detail"] = {"label": out["engagement"], "score": float(score) if score not in (None, "") else 0.0,
                                "source": row.get("engagement_source") or "rules",
                                "runner_up": row.get("engagement_runner_up") or None}
    mentions = row.get("mentions")
    out["mentions"] = json.loads(mentions) if isinstance(mentions, str) and mentions else []
    meta = row.get("meta")
    out["meta"] = (json.loads(meta) if isinstance(meta, str) and meta else
                   {"tifa_version": row.get("tifa_version") or "unknown", "lexicon_hash": row.get("lexicon_hash") or "unknown"})
    return out
