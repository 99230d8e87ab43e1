"""``tifa report RECORDS... -o DIR``: tables and charts from records (a thin wrapper of :func:`run_report`)."""

from __future__ import annotations

from typing import Annotated

import typer

from ..errors import TifaError
from . import app


def _split(values: list[str] | None) -> tuple[str, ...]:
    """Repeated and comma-separated option values as one tuple: ``-e a,b -e c`` → ``(a, b, c)``."""
    return tuple(x.strip() for v in values or [] for x in v.split(",") if x.strip())


@app.command("report")
def report_cli(
    records: Annotated[list[str], typer.Argument(
        help="Records written by `tifa tag`: .jsonl, .parquet or .csv files, or folders of .jsonl/.parquet.")],
    out: str = typer.Option(..., "-o", "--out", help="Output folder (created when missing)."),
    fmt: str = typer.Option("html", "--format", help="html (index.html + CSV), md (report.md + SVG + CSV) or csv."),
    by: str = typer.Option("province", "--by", help="Group the sections by province, partner or region."),
    since: str | None = typer.Option(None, "--since", help="Only documents dated on or after (YYYY[-MM[-DD]])."),
    until: str | None = typer.Option(None, "--until", help="Only documents dated on or before (YYYY[-MM[-DD]])."),
    min_docs: int = typer.Option(1, "--min-docs", help="Leave out groups with fewer documents."),
    engagement: Annotated[list[str] | None, typer.Option(
        "--engagement", "-e", help="Only these engagement categories (repeat or comma-separate).")] = None,
    formulation: Annotated[list[str] | None, typer.Option(
        "--formulation", "-f", help="Only documents using these formulation types (repeat or comma-separate).")] = None,
    period: str = typer.Option("quarter", "--period", help="Time-series period: month or quarter."),
    ci: bool = typer.Option(False, "--ci", help="Bootstrap 95% confidence intervals on every share."),
    n_boot: int = typer.Option(1000, "--n-boot", help="Bootstrap resamples (with --ci)."),
    top: int = typer.Option(10, "--top", help="Partners/regions/entries listed per group."),
    labels: str = typer.Option("both", "--labels", help="Names in tables and charts: both, zh, en or code."),
    title: str = typer.Option("tifa report", "--title", help="Report title."),
    lexicon: str | None = typer.Option(None, "--lexicon", envvar="TIFA_LEXICON",
                                          help="Lexicon for region members and names."),
) -> None:
    """Shares by province, partner and region, matrices, formulations and time series as HTML/Markdown/CSV."""
    from ..report import ReportOptions, run_report

    try:
        opts = ReportOptions(by=by, since=since, until=until, min_docs=min_docs, engagements=_split(engagement),
                             formulations=_split(formulation), period=period, ci=ci, n_boot=n_boot, top=top,
                             labels=labels)
        result = run_report(records, out, fmt=fmt, options=opts, title=title, lexicon=lexicon)
    except TifaError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from None
    for problem in result.records.problems if result.records else []:
        typer.echo(f"warning: {problem}", err=True)
    typer.echo(result.line())
