"""Reading inputs and writing records (layer ``io``: above the tagger, below the engines).

- :mod:`~pipeline.io.decode`: bytes to text (BOMs, UTF-8, charset detection, gb18030).
- :mod:`~pipeline.io.readers`: one reader per format; :func:`read_file`, :func:`read_data`.
- :mod:`~pipeline.io.htmlmeta`: an HTML page's headline, date and article part.
- :mod:`~pipeline.io.inputs`: the source province, JSONL lines, stdin and
  :func:`iter_inputs` (folders through :mod:`~pipeline.io.walk`).
- :mod:`~pipeline.io.runpaths`: output paths, parts folders and ids of a run.
- :mod:`~pipeline.io.rows`: the one row schema behind CSV, Parquet and flat rows.
- :mod:`~pipeline.io.engagement_rows`: one row per engagement.
- :mod:`~pipeline.io.writers`: atomic writers, part files, the errors sidecar.
"""

from .decode import decode
from .inputs import FileTask, iter_inputs, iter_jsonl, parse_jsonl_line
from .readers import (DEFAULT_MAX_BYTES, DEFAULT_MAX_EXPANDED, HTML_SUFFIXES, JSONL_SUFFIXES, NO_READER,
                      SUPPORTED, TEXT_SUFFIXES, read_data, read_docx, read_file, read_html, read_html_document,
                      read_pdf, read_records, read_text_file)
from .rows import CSV_BOM, CSV_FIELDS, FIELDS, FORMATS, flat_row, parquet_row, parquet_schema, render_row
from .writers import ERRORS_SUFFIX, AtomicWriter, RecordSink, assemble_parts, errors_path, write_jsonl, write_part

__all__ = [
    "AtomicWriter", "CSV_BOM", "CSV_FIELDS", "DEFAULT_MAX_BYTES", "DEFAULT_MAX_EXPANDED", "ERRORS_SUFFIX", "FIELDS",
    "FORMATS", "FileTask", "HTML_SUFFIXES", "JSONL_SUFFIXES", "NO_READER", "RecordSink", "SUPPORTED",
    "TEXT_SUFFIXES", "assemble_parts", "decode", "errors_path", "flat_row", "iter_inputs", "iter_jsonl",
    "parquet_row", "parquet_schema", "parse_jsonl_line", "read_data", "read_docx", "read_file", "read_html",
    "read_html_document", "read_pdf", "read_records", "read_text_file", "render_row", "write_jsonl", "write_part",
]
