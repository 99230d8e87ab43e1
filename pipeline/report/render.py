"""Writers: a self-contained HTML report, a Markdown report, and every table as CSV.

The HTML file (``index.html``) holds its charts as inline SVG and its style inline: no
font and nothing fetched from the network; with engagements as the unit it carries the
evidence lists (shown by CSS ``:target``) and one small inline filter script. Every file is written atomically
(:class:`pipeline.io.AtomicWriter`); the output folder is created when missing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ..errors import E, TifaError
from ..io import AtomicWriter
from .content import Builder as _Builder
from .evidence import EVIDENCE_COLUMNS, Evidence
from .fmt import _strip, html_table, md_table
from .read import RecordSet, load_records
from .tables import FORMATS, ReportOptions, ReportTables, build_tables


@dataclass
class ReportResult:
    """What ``tifa report`` wrote and read (the CLI prints it)."""

    out_dir: str
    files: list[str] = field(default_factory=list)
    documents: int = 0
    groups: int = 0
    records: RecordSet | None = None
    unit: str = "document"
    merged: int | None = None

    def line(self) -> str:
        rs = self.records
        read = f"{len(rs.records)} records read" if rs else ""
        skipped = f", {rs.skipped} malformed line(s) skipped" if rs and rs.skipped else ""
        skipped += f", {rs.duplicates} duplicate id(s) counted once" if rs and rs.duplicates else ""
        merged = f" ({self.merged} duplicate engagement(s) merged, see duplicates.csv)" if self.merged is not None else ""
        return (f"{read}{skipped}; {self.documents} {self.unit}s in the report{merged}, {self.groups} groups -> "
                f"{self.out_dir} ({len(self.files)} files)")


# ------------------------------------------------------------------------ writers


def _template():
    from jinja2 import Environment

    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    src = (resources.files("pipeline.report") / "templates" / "report.html.j2").read_text(encoding="utf-8")
    return env.from_string(src)


def render_html(rt: ReportTables, *, title: str = "tifa report") -> str:
    """The self-contained HTML report as a string."""
    from ..version import __version__

    b = _Builder(rt)
    sel = rt.selection
    df = sel.frame

    def table(hr: tuple[list[str], list[list[Any]]], num: Iterable[int] = ()) -> Markup:
        return html_table(hr[0], hr[1], num=num)

    groups = []
    for g in sel.groups:
        d = b.group(g)
        d["charts"] = [Markup(c) for c in d["charts"]]
        d["tables"] = [(name, html_table(h, rows)) for name, h, rows in d["tables"]]
        groups.append(d)
    time_tables = []
    if not rt["ts_documents"].empty:
        for name in ("ts_documents", "ts_formulations", "ts_regions"):
            t = rt[name]
            time_tables.append(html_table(list(t.columns), [[_fmt(v) for v in row] for row in t.itertuples(index=False)]))
        if b.ev is not None:
            time_tables.insert(0, html_table(*b.ts_rows()))
    ctx = {
        "title": title, "version": __version__, "by": rt.options.by, "period": rt.options.period, "ci": rt.options.ci,
        "n_docs": len(df), "n_read": sel.n_read, "n_eng": int(df["foreign"].sum()) if len(df) else 0,
        "n_dated": int(df["date"].notna().sum()) if len(df) else 0, "n_groups": len(sel.groups),
        "omitted": sel.omitted_groups, "filters": b.filters(),
        "warnings": [str(p) for p in rt.records.problems if p.code in (E.RECORDS_LINE_SKIPPED, E.RECORDS_OTHER_VERSION, E.RECORDS_OTHER_LEXICON, E.NOTHING_AFTER_FILTERS)][:8],
        "overview_chart": Markup(b.overview_chart()), "overview_table": table(b.overview(), num=(1, 2)),
        "heat_partner": Markup(b.heat("partner", "Province × partner")),
        "table_partner": table(b.matrix_rows("partner"), num=range(1, 999)),
        "heat_region": Markup(b.heat("region", "Province × region and bloc")),
        "table_region": table(b.matrix_rows("region"), num=range(1, 999)),
        "heat_formulation": Markup(b.heat_formulation()), "table_roles": table(b.role_rows()),
        "table_entries": table(b.entry_rows(), num=(2, 3)),
        "time_charts": [Markup(c) for c in b.time_charts()], "time_tables": time_tables,
        "groups": groups, "notes": b.notes(), "unit": b.unit,
        "table_oc": table(b.official_counterpart_rows(), num=range(1, 999)) if b.ev else None,
        "evidence_sections": b.ev.html_sections() if b.ev else None, "evidence_all": b.ev.html_all() if b.ev else None,
        "n_units": len(df), "merged": rt.dedup.merged if rt.dedup is not None else None,
        "n_docs_all": len(rt.documents.frame) if rt.documents is not None else len(df),
    }
    return _template().render(**ctx)


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def render_markdown(rt: ReportTables, *, title: str = "tifa report") -> tuple[str, dict[str, str]]:
    """The Markdown report and its charts (file name under ``charts/`` → SVG text).

    With engagements as the unit, share cells link to ``evidence/*.md`` (:func:`write_report` writes them).
    """
    b = _Builder(rt, markdown=True)
    svgs: dict[str, str] = {}

    def chart(name: str, svg: str) -> str:
        if not svg:
            return ""
        svgs[f"{name}.svg"] = svg
        return f"![{name}](charts/{name}.svg)\n"

    def tab(hr: tuple[list[str], list[list[Any]]]) -> str:
        return md_table(hr[0], [[_md_cell(c) for c in r] for r in hr[1]])

    sel = rt.selection
    lines = [f"# {title}", "", (f"{len(sel.frame)} {b.unit} ({sel.n_read} read), grouped by {rt.options.by}; "
                                f"shares count {b.unit} (n/denominator). See the notes at the end."), ""]
    lines += ["## Overview", "", chart("overview", b.overview_chart()), tab(b.overview()), ""]
    lines += ["## Matrices", "", "### Province × partner", "", chart("province_partner", b.heat("partner", "Province × partner")),
              "Counts and row shares: `matrix_province_partner_counts.csv`, `matrix_province_partner_shares.csv`.", "",
              "### Province × region and bloc", "", chart("province_region", b.heat("region", "Province × region")),
              tab(b.matrix_rows("region")), ""]
    if b.ev:
        lines += ["### Who meets whom (official × counterpart, foreign engagements)", "",
                  tab(b.official_counterpart_rows()), "",
                  "Every linked share opens its engagements in `evidence/`; `evidence.csv` holds the same lists.", ""]
    lines += ["## Formulations", "", chart("formulations", b.heat_formulation()), "### Designated roles", "",
              tab(b.role_rows()), "", "### Most used formulation entries", "", tab(b.entry_rows()), ""]
    lines += ["## Time series", ""]
    tc = b.time_charts()
    lines += [chart(f"time_{i}", c) for i, c in enumerate(tc)] or ["No selected document carries a date.", ""]
    lines += ["", f"## By {rt.options.by}", ""]
    for i, g in enumerate(sel.groups):
        d = b.group(g)
        lines += [f"### {d['label']} ({g})", "", " · ".join(f"{k}: {v}" for k, v in d["cards"]), ""]
        lines += [chart(f"group_{i}_{j}", c) for j, c in enumerate(d["charts"])]
        for name, h, rows in d["tables"]:
            lines += [f"**{name}**", "", md_table(h, [[_md_cell(c) for c in r] for r in rows]), ""]
    lines += ["## Notes", ""] + [f"{i}. {n}" for i, n in enumerate(b.notes(), 1)] + [""]
    return "\n".join(lines), svgs


def _md_cell(c: Any) -> str:
    """A cell for Markdown: a linked share becomes ``[text](evidence/….md#anchor)``."""
    if isinstance(c, Markup) and 'class="evl" href="' in c:
        href = str(c).split('href="', 1)[1].split('"', 1)[0]
        inner = Markup(str(c).split(">", 1)[1].split("</a>", 1)[0]).striptags()
        rest = Markup(str(c).split("</a>", 1)[1]).striptags()
        return f"[{inner}]({href}){rest}"
    return _strip(c)


def write_csv(rt: ReportTables, out_dir: Path) -> list[str]:
    """Every table as ``OUT/NAME.csv`` (UTF-8 with BOM, so spreadsheet programs read the Chinese)."""
    files = []
    for name, t in rt.tables.items():
        t = t.copy()
        for col in t.columns:
            if t[col].map(lambda v: isinstance(v, list)).any():
                t[col] = t[col].map(lambda v: ";".join(map(str, v)) if isinstance(v, list) else v)
        path = out_dir / f"{name}.csv"
        with AtomicWriter(path) as fh:
            fh.write("\ufeff")
            t.to_csv(fh, index=False, lineterminator="\n")
        files.append(str(path))
    return files


def write_report(rt: ReportTables, out_dir: str | Path, *, fmt: str = "html", title: str = "tifa report") -> list[str]:
    """Write the report in ``fmt`` (``html``, ``md`` or ``csv``) into ``out_dir``; returns the files written.

    ``html`` writes ``index.html`` plus every table as CSV; ``md`` writes ``report.md``,
    ``charts/*.svg`` and the CSV tables; ``csv`` only the CSV tables.
    """
    if fmt not in FORMATS:
        raise TifaError(E.REPORT_OPTION, detail=f"--format {fmt!r}: choose {', '.join(FORMATS)}")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise TifaError(E.OUTPUT_WRITE, path=str(out), detail="exists and is not a folder")
    files = []
    if fmt == "html":
        html = render_html(rt, title=title)
        with AtomicWriter(out / "index.html") as fh:
            fh.write(html)
        files.append(str(out / "index.html"))
    elif fmt == "md":
        md, svgs = render_markdown(rt, title=title)
        for name, svg in svgs.items():
            with AtomicWriter(out / "charts" / name) as fh:
                fh.write(svg)
            files.append(str(out / "charts" / name))
        with AtomicWriter(out / "report.md") as fh:
            fh.write(md)
        files.append(str(out / "report.md"))
    files += write_csv(rt, out)
    files += write_evidence(rt, out, markdown=fmt == "md")
    prune_stale(out, files)
    return files


MANIFEST = ".tifa-report.json"  # the files the last report into this folder wrote


def prune_stale(out: Path, files: list[str]) -> list[Path]:
    """Remove what the previous report into ``out`` wrote and this one did not, then record
    this one's files in ``out/.tifa-report.json``; returns what was removed.

    A report with other options (``--unit document`` after an engagement report, no
    ``--dedup`` after one with it) writes fewer files; the old ``evidence.csv``,
    ``duplicates.csv`` or ``officials.csv`` left beside the new tables would contradict
    them. Only files listed in the manifest are ever removed, never the user's own.
    """
    import json

    manifest = out / MANIFEST
    new = sorted(Path(f).relative_to(out).as_posix() for f in files)
    try:
        old = json.loads(manifest.read_text(encoding="utf-8")).get("files", [])
    except (OSError, ValueError, AttributeError):
        old = []
    removed = []
    for rel in sorted(set(old) - set(new)) if isinstance(old, list) else []:
        parts = Path(str(rel)).parts
        if not parts or Path(str(rel)).is_absolute() or ".." in parts:
            continue
        path = out / rel
        if path.is_file():
            path.unlink()
            removed.append(path)
        if len(parts) > 1 and path.parent.is_dir() and not any(path.parent.iterdir()):
            path.parent.rmdir()  # charts/ or evidence/ left empty
    with AtomicWriter(manifest) as fh:
        json.dump({"files": new}, fh, ensure_ascii=False, indent=0)
    return removed


def write_evidence(rt: ReportTables, out: Path, *, markdown: bool = False) -> list[str]:
    """``evidence.csv`` (and ``evidence/*.md`` when ``markdown``), and ``duplicates.csv`` after a dedup."""
    import csv

    files = []
    if rt.dedup is not None:
        from .dedup import write_duplicates

        files.append(write_duplicates(rt.dedup, out / "duplicates.csv"))
    if rt.unit != "engagement" or rt.selection.frame.empty:
        return files
    ev = Evidence(rt)
    with AtomicWriter(out / "evidence.csv") as fh:
        fh.write("\ufeff")
        w = csv.DictWriter(fh, fieldnames=EVIDENCE_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(ev.csv_rows())
    files.append(str(out / "evidence.csv"))
    if markdown:
        for name, text in ev.markdown_files().items():
            with AtomicWriter(out / "evidence" / name) as fh:
                fh.write(text)
            files.append(str(out / "evidence" / name))
    return files


def run_report(paths: Sequence[str], out_dir: str | Path, *, fmt: str = "html", options: ReportOptions | None = None,
               title: str = "tifa report", lexicon: str | None = None, **kwargs: Any) -> ReportResult:
    """Read records files, build every table and write the report: what ``tifa report`` does.

    Args:
        paths: records JSONL files or folders.
        out_dir: the output folder (created when missing).
        fmt: ``html``, ``md`` or ``csv``.
        options: a :class:`ReportOptions`; keyword arguments override its fields.
        title: the report title.
        lexicon: lexicon directory for region membership and names (default: the shipped one).

    Returns:
        A :class:`ReportResult` (files written, counts, reading problems).
    """
    from ..lexicon import load
    from .rollup import RegionRollup

    if fmt not in FORMATS:
        raise TifaError(E.REPORT_OPTION, detail=f"--format {fmt!r}: choose {', '.join(FORMATS)}")
    opts = replace(options or ReportOptions(), **kwargs).check()
    lex = load(lexicon)
    rs = load_records(paths, lexicon_hash=lex.hash)
    if not rs.records:
        raise TifaError(E.RECORDS_EMPTY, path=", ".join(rs.files) or ", ".join(paths),
                        detail=f"{rs.lines} line(s), {rs.skipped} malformed")
    rt = build_tables(rs, opts, rollup=RegionRollup.from_lexicon(lex))
    files = write_report(rt, out_dir, fmt=fmt, title=title)
    return ReportResult(out_dir=str(out_dir), files=files, documents=len(rt.selection.frame),
                        groups=len(rt.selection.groups), records=rs, unit=rt.unit,
                        merged=rt.dedup.merged if rt.dedup is not None else None)

