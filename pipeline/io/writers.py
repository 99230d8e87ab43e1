"""Writers: every output is written to a temporary file and renamed into place when whole.

A crash never leaves a half file where a good one was. The fields of each row come from
the one row schema in :mod:`pipeline.io.rows`.
"""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path
from typing import IO, Any, Iterable

from ..errors import E, TifaError
from ..schemas import Record
from .readers import JSONL_SUFFIXES
from .rows import CSV_BOM, CSV_FIELDS, FORMATS, flat_row, parquet_row, parquet_schema, record_json

class AtomicWriter:
    """Write to ``.NAME.tmp-PID`` next to ``path``; rename over ``path`` on success only.

    Use as a context manager: an exception inside the block deletes the temporary
    file and leaves any existing ``path`` untouched.
    """

    def __init__(self, path: str | Path, *, binary: bool = False) -> None:
        self.path = Path(path)
        self.tmp = self.path.with_name(f".{self.path.name}.tmp-{os.getpid()}")
        self.binary = binary
        self.fh: IO[Any] | None = None

    def __enter__(self) -> IO[Any]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fh = open(self.tmp, "wb" if self.binary else "w", **({} if self.binary else {"encoding": "utf-8", "newline": ""}))
        except OSError as exc:
            raise TifaError(E.OUTPUT_WRITE, path=str(self.path), detail=str(exc)) from None
        return self.fh

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self.fh is not None
        try:
            if exc_type is None:  # durable before visible: a power cut never leaves a renamed empty file
                self.fh.flush()
                os.fsync(self.fh.fileno())
        finally:
            self.fh.close()
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            self.tmp.unlink(missing_ok=True)


class RecordSink:
    """Streams records to JSONL, CSV or Parquet atomically (``with RecordSink(...) as s``)."""

    def __init__(self, path: str | Path | None, fmt: str = "jsonl", *, batch: int = 1000) -> None:
        if fmt not in FORMATS:
            raise TifaError(E.OUTPUT_FORMAT, detail=fmt)
        if path is None and fmt != "jsonl":
            raise TifaError(E.OUTPUT_FORMAT, detail=f"{fmt} needs -o FILE (stdout takes jsonl only)")
        self.path, self.fmt, self.batch = path, fmt, batch
        self._buf: list[Record] = []
        self._writer: AtomicWriter | None = None
        self._fh: IO[Any] | None = None
        self._csv: Any = None
        self._pq: Any = None
        self.count = 0

    def __enter__(self) -> "RecordSink":
        if self.path is None:
            self._fh = sys.stdout
        else:
            self._writer = AtomicWriter(self.path, binary=self.fmt == "parquet")
            self._fh = self._writer.__enter__()
        if self.fmt == "csv":
            import csv

            if self.path is not None:
                self._fh.write(CSV_BOM)  # Excel reads UTF-8 without a BOM as the local code page
            self._csv = csv.DictWriter(self._fh, fieldnames=CSV_FIELDS)
            self._csv.writeheader()
        return self

    def write(self, record: Record) -> None:
        self.count += 1
        if self.fmt == "jsonl":
            self._fh.write(record_json(record) + "\n")  # type: ignore[union-attr]
        elif self.fmt == "csv":
            self._csv.writerow(flat_row(record))
        else:
            self._buf.append(record)
            if len(self._buf) >= self.batch:
                self._flush_parquet()

    def _flush_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [parquet_row(r) for r in self._buf]
        table = pa.Table.from_pylist(rows, schema=parquet_schema())
        if self._pq is None:
            self._pq = pq.ParquetWriter(self._fh, table.schema)
        self._pq.write_table(table)
        self._buf = []

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None and self.fmt == "parquet":
                if self._buf or self._pq is None:
                    self._flush_parquet()
                self._pq.close()
        finally:
            if self._writer is not None:
                self._writer.__exit__(exc_type, exc, tb)
            elif self._fh is not None:
                self._fh.flush()


def write_part(path: str | Path, fmt: str, rows: list[Any]) -> None:
    """Write rendered rows (:func:`render_row`) as one self-contained file, atomically.

    CSV parts carry their header, Parquet parts the full schema, so each part is readable
    alone (a partitioned output) and :func:`assemble_parts` can join them.
    """
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        with AtomicWriter(path, binary=True) as fh:
            pq.write_table(pa.Table.from_pylist(rows, schema=parquet_schema()), fh)
        return
    with AtomicWriter(path) as fh:
        if fmt == "csv":
            import csv

            fh.write(CSV_BOM)
            w = csv.DictWriter(fh, fieldnames=CSV_FIELDS)
            w.writeheader()
            w.writerows(rows)
        else:
            fh.writelines(rows)


def write_jsonl(path: str | Path, objs: Iterable[dict[str, Any]]) -> None:
    """Plain JSON objects (error entries, manifests) as JSONL, atomically."""
    with AtomicWriter(path) as fh:
        for o in objs:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")


def assemble_parts(parts: Iterable[Path], out: str | Path, fmt: str) -> None:
    """Join part files (in the given order) into one output file, atomically.

    JSONL parts are copied byte for byte, CSV parts without their repeated header,
    Parquet parts one table at a time (memory bounded by the largest part).
    """
    import shutil

    if fmt == "parquet":
        import pyarrow.parquet as pq

        with AtomicWriter(out, binary=True) as fh:
            writer = pq.ParquetWriter(fh, parquet_schema())
            for part in parts:
                writer.write_table(pq.read_table(part, schema=parquet_schema()))
            writer.close()
        return
    with AtomicWriter(out, binary=True) as fh:
        if fmt == "csv":
            import csv

            header = io.StringIO(newline="")
            csv.DictWriter(header, fieldnames=CSV_FIELDS).writeheader()
            fh.write((CSV_BOM + header.getvalue()).encode("utf-8"))
        for part in parts:
            with open(part, "rb") as src:
                if fmt == "csv":
                    src.readline()  # the part's own BOM and header (no field of a header holds a newline)
                shutil.copyfileobj(src, fh, 1 << 20)


ERRORS_SUFFIX = ".errors.jsonl"


def errors_path(out: str | Path) -> Path:
    """The errors sidecar of an output, distinct for every output name.

    ``records.jsonl`` → ``records.errors.jsonl`` (as always); any other extension keeps
    its name whole, so ``records.csv`` and ``records.parquet`` written next to
    ``records.jsonl`` each get their own: ``records.csv.errors.jsonl``.

    >>> [errors_path(p).name for p in ("r.jsonl", "r.csv", "r.parquet", "r")]
    ['r.errors.jsonl', 'r.csv.errors.jsonl', 'r.parquet.errors.jsonl', 'r.errors.jsonl']
    """
    p = Path(out)
    if p.suffix.lower() in JSONL_SUFFIXES:
        return p.with_name(p.stem + ERRORS_SUFFIX)
    return p.with_name(p.name + ERRORS_SUFFIX)
