"""Reports: records → the tables and charts analysts publish (``tifa report``).

DESIGN.md names a module ``report.py``; it is a package because it has five parts,
each readable alone:

* :mod:`.read` — tolerant reading of records files (malformed lines skipped and counted);
* :mod:`.rollup` — country → region/bloc roll-up (lexicon members + CLDR UN M49) and names;
* :mod:`.tables` — the tables as pandas DataFrames (the Python API for notebooks);
* :mod:`.charts` — matplotlib charts as inline SVG (text kept as text);
* :mod:`.render` — the HTML, Markdown and CSV writers.

Example:
    >>> from pipeline.report import build_tables  # doctest: +SKIP
    >>> t = build_tables("records.jsonl", by="province", ci=True)  # doctest: +SKIP
    >>> t["partners"].query("province == 'CN-YN'").head()  # doctest: +SKIP
"""

from .read import RecordSet, load_records
from .render import run_report, write_report
from .rollup import RegionRollup
from .tables import ReportOptions, ReportTables, build_tables, documents_frame, matrix, shares

__all__ = [
           "RecordSet",
           "RegionRollup",
           "ReportOptions",
           "ReportTables",
           "build_tables",
           "documents_frame",
           "load_records",
           "matrix",
           "run_report",
           "shares",
           "write_report",
]
