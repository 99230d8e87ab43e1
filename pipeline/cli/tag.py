"""``tifa tag PATH... -o OUT``: tag folders, files, JSONL and stdin into records.

The options are parsed here; the batch itself runs in :mod:`pipeline.engines.batch`
(:func:`~pipeline.engines.batch.tag_paths`): inputs stream through an engine in chunks,
records are written in atomic parts and joined at the end, so an interrupted run can
``--resume``.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import Any

import typer

from ..engines.batch import PART_DOCS, TagSummary, check_output_name, tag_paths
from ..engines.checkpoint import parts_dir
from ..engines.local import CHUNK_DOCS, DEFAULT_MAX_CHARS, DEFAULT_MAX_SECONDS
from ..errors import E, TifaError
from ..io import DEFAULT_MAX_BYTES, DEFAULT_MAX_EXPANDED, FORMATS
from ..io.runpaths import output_format
from . import app

__all__ = ["TagSummary", "check_output_name", "tag_cli", "tag_paths"]


@app.command("tag")
def tag_cli(
    paths: list[str] = typer.Argument(..., help="Folders (recursive), files, JSONL files, or - for stdin."),
    output: str | None = typer.Option(None, "-o", "--output", help="Output file (default: JSONL to stdout)."),
    fmt: str | None = typer.Option(None, "--format",
                                   help=f"Output format: {', '.join(FORMATS)} (default: the -o extension, else jsonl)."),
    workers: int | None = typer.Option(None, "--workers", "-w", min=1,
                                          help="Worker processes (default: the CPUs available; 1: in this process)."),
    lexicon: str | None = typer.Option(None, "--lexicon", envvar="TIFA_LEXICON", help="Lexicon directory."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", min=1,
                                  help="Files (and JSONL lines) larger than this many bytes are E006."),
    max_chars: int = typer.Option(DEFAULT_MAX_CHARS, "--max-chars", min=1,
                                  help="Documents longer than this many characters are refused whole (E017), "
                                       "never truncated; memory per worker grows ~200 bytes per character."),
    max_expanded: int = typer.Option(DEFAULT_MAX_EXPANDED, "--max-expanded", min=1,
                                     help="Bytes a DOCX's XML, characters a PDF's text or an HTML page may "
                                          "expand to (E014: decompression bombs)."),
    max_seconds: float = typer.Option(DEFAULT_MAX_SECONDS, "--max-seconds", min=0,
                                      help="Seconds to read and tag one document (E018); a worker past it is "
                                           "stopped and replaced. 0: no limit. With --workers 1 only Python "
                                           "code is interrupted."),
    encoding: str | None = typer.Option(None, "--encoding", help="Force an input encoding (e.g. gb18030)."),
    model: str | None = typer.Option(None, "--model", envvar="TIFA_MODEL",
                                        help="Engagement model directory (default: the shipped one, if any)."),
    no_model: bool = typer.Option(False, "--no-model", help="Rules only: do not load an engagement model."),
    engine: str = typer.Option("local", "--engine", help="local (processes) or dask (a Dask cluster)."),
    scheduler: str | None = typer.Option(None, "--scheduler",
                                            help="Dask scheduler address (tcp://HOST:8786); implies --engine dask."),
    scheduler_timeout: float = typer.Option(10.0, "--scheduler-timeout", help="Seconds to wait for the scheduler."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run into the same -o file."),
    partitioned: bool = typer.Option(False, "--partitioned", help="Write -o as a folder of part files."),
    part_size: int = typer.Option(PART_DOCS, "--part-size", min=1, help="Documents per output part (resume unit)."),
    chunk_size: int = typer.Option(CHUNK_DOCS, "--chunk-size", min=1,
                                   help="Documents per worker task and classifier batch."),
    lines: bool = typer.Option(False, "--lines",
                               help="Plain text on stdin: one document per line (default: all of it is one)."),
    unit: str = typer.Option("document", "--unit",
                             help="document: one record per document; engagement: one row per engagement."),
    source_province: str | None = typer.Option(
        None, "--source-province",
        help="The province the documents come from (CN-JL, 吉林, jilin), or from-folder (yunnan/, 云南/, CN-YN/); "
             "it supplies the actor only of texts that say 我省/省外办/'the province'."),
) -> None:
    """Tag documents into structured records (one per document, or one row per engagement)."""
    signal.signal(signal.SIGTERM, _interrupt)  # a cluster job's time limit stops like Ctrl-C
    try:
        if unit not in ("document", "engagement"):
            raise TifaError(E.UNKNOWN_UNIT, detail=unit)
        check_output_name(output, fmt)
        if unit == "engagement":
            s = _tag_engagements(paths, output, fmt, resume=resume, partitioned=partitioned, workers=workers,
                                 lexicon=lexicon, max_bytes=max_bytes, encoding=encoding, max_chars=max_chars,
                                 max_expanded=max_expanded, max_seconds=max_seconds,
                                 model=False if no_model else model, engine=engine, scheduler=scheduler,
                                 scheduler_timeout=scheduler_timeout, chunk_docs=chunk_size, lines=lines,
                                 note=lambda m: typer.echo(m, err=True), source_province=source_province)
        else:
            s = tag_paths(paths, output, fmt=fmt, workers=workers, lexicon=lexicon, max_bytes=max_bytes,
                          encoding=encoding, max_chars=max_chars, max_expanded=max_expanded, max_seconds=max_seconds,
                          progress=sys.stderr.isatty(), model=False if no_model else model,
                          engine=engine, scheduler=scheduler, scheduler_timeout=scheduler_timeout, resume=resume,
                          partitioned=partitioned, part_docs=part_size, chunk_docs=chunk_size, lines=lines,
                          note=lambda m: typer.echo(m, err=True), source_province=source_province)
    except TifaError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        kept = parts_dir(output) if output else None
        if kept is not None and kept.exists():
            typer.echo(f"interrupted: finished parts are kept in {kept}; run the same command with --resume "
                       "to continue", err=True)
        else:
            typer.echo("interrupted", err=True)
        raise typer.Exit(130) from None
    # the reason on the terminal too, not only in the errors file (stdout runs print them all)
    if s.errors_file and s.errors_file != "stderr":
        for e in s.first_errors:
            typer.echo(f"error: {e.get('path') or ''}: {e['code']} {e['error']}"
                       + (f" ({e['detail']})" if e.get("detail") else "") + f". Fix: {e['fix']}", err=True)
        if s.failed > len(s.first_errors):
            typer.echo(f"… {s.failed - len(s.first_errors)} more in {s.errors_file}", err=True)
    typer.echo(s.line(), err=True)
    raise typer.Exit(1 if s.failed else 0)


def _tag_engagements(paths: list[str], output: str | None, fmt: str | None, *, resume: bool, partitioned: bool,
                     **options: Any) -> "TagSummary":
    """Tag into a temporary records file, then write one row per engagement.

    The table and its errors sidecar are each written to ``.OUT.tmp-PID`` and renamed over
    ``OUT``: an interrupted or failed run never leaves a half table in place of a good one.
    """
    import os
    import shutil
    import tempfile

    from ..engines.checkpoint import remove_leftovers
    from ..io import errors_path, read_records
    from ..io.engagement_rows import write_engagement_rows

    fmt = output_format(output, fmt)
    if resume or partitioned or (fmt == "parquet" and not output):
        raise TifaError(E.UNIT_COMBINATION)
    if fmt not in FORMATS:
        raise TifaError(E.UNKNOWN_UNIT, detail=f"--format {fmt}")
    if output:
        remove_leftovers(output)

    def replace(write: Any, dest: Path) -> Any:
        tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)  # as the document unit does
            result = write(tmp)
            os.replace(tmp, dest)
        except OSError as exc:
            raise TifaError(E.OUTPUT_WRITE, path=str(dest), detail=str(exc)) from None
        finally:
            tmp.unlink(missing_ok=True)
        return result

    with tempfile.TemporaryDirectory() as tmp:
        recs = str(Path(tmp) / "records.jsonl")
        s = tag_paths(paths, recs, fmt="jsonl", progress=False, also_exclude=output, **options)
        if output:
            n = replace(lambda t: write_engagement_rows(read_records(recs), t, fmt), Path(output))
        else:
            n = write_engagement_rows(read_records(recs), None, fmt)
        if s.errors_file and Path(s.errors_file).exists():  # keep the errors sidecar beside the table
            if output:
                dest = errors_path(output)
                replace(lambda t: shutil.copyfile(s.errors_file, t), dest)
                s.errors_file = str(dest)
            else:
                sys.stderr.write(Path(s.errors_file).read_text(encoding="utf-8"))
                s.errors_file = "stderr"
    s.output = f"{output or 'stdout'} ({n} engagement rows)"
    return s


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
