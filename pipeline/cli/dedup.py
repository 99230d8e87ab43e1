"""``tifa dedup RECORDS... -o DEDUPED``: each engagement once (a thin wrapper of :func:`run_dedup`)."""

from __future__ import annotations

from typing import Annotated

import typer

from ..errors import TifaError
from . import app


@app.command("dedup")
def dedup_cli(
    records: Annotated[list[str], typer.Argument(
        help="Records written by `tifa tag` (JSONL, CSV, Parquet, or folders) carrying engagements.")],
    out: str = typer.Option(..., "-o", "--out", help="Deduplicated records (JSONL)."),
    duplicates: str | None = typer.Option(None, "--duplicates",
                                          help="Where to write duplicates.csv (default: next to --out)."),
    window: int = typer.Option(3, "--window", help="Dates at most this many days apart match."),
    threshold: float = typer.Option(0.7, "--threshold", help="MinHash Jaccard from which documents are "
                                                             "near-duplicates."),
) -> None:
    """Merge engagements that several documents report; list each group in duplicates.csv for audit."""
    from ..report.dedup import run_dedup

    try:
        summary = run_dedup(records, out, duplicates=duplicates, window=window, threshold=threshold)
    except TifaError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from None
    for problem in summary["problems"]:
        typer.echo(f"warning: {problem}", err=True)
    typer.echo(f"{summary['records']} records, {summary['engagements']} engagements: {summary['merged']} merged into "
               f"{summary['groups']} groups reported by several documents -> {out}, {summary['duplicates']}")
