"""Reports: records → the tables and charts analysts publish (``tifa report``).

DESIGN.md names a module ``report.py``; it is a package because it has several parts,
each readable alone:

* :mod:`.read` — tolerant reading of records files (JSONL, CSV, Parquet, partitioned folders;
  malformed lines skipped and counted);
* :mod:`.options` — :class:`ReportOptions` and their vocabularies;
* :mod:`.engagements` — engagements as the unit (TAXONOMY.md §3b) and their cross-tables;
* :mod:`.dedup` — the same engagement once: grouping engagements several documents report;
* :mod:`.evidence` — the engagements and sentences behind every number;
* :mod:`.bootstrap` — percentile intervals, documents resampled as clusters;
* :mod:`.rollup` — country → region/bloc roll-up (lexicon members + CLDR UN M49) and names;
* :mod:`.tables` — the tables as pandas DataFrames (the Python API for notebooks);
* :mod:`.charts` — matplotlib charts as inline SVG (text kept as text);
* :mod:`.content` — what both formats show; :mod:`.fmt` — formatting helpers;
* :mod:`.render` — the HTML, Markdown and CSV writers.

Example:
    >>> from pipeline.report import build_tables  # doctest: +SKIP
    >>> t = build_tables("records.jsonl", by="province", ci=True)  # doctest: +SKIP
    >>> t["partners"].query("province == 'CN-YN'").head()  # doctest: +SKIP
"""

from .dedup import DedupResult, dedup, run_dedup
from .read import RecordSet, load_records
from .render import run_report, write_report
from .rollup import RegionRollup
from .tables import ReportOptions, ReportTables, build_tables, documents_frame, matrix, shares

__all__ = [
           "DedupResult",
           "RecordSet",
           "RegionRollup",
           "ReportOptions",
           "ReportTables",
           "build_tables",
           "dedup",
           "documents_frame",
           "load_records",
           "matrix",
           "run_dedup",
           "run_report",
           "shares",
           "write_report",
]
