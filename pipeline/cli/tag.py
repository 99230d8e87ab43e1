"""``tifa tag PATH... -o OUT``: tag folders, files, JSONL and stdin into records.

Inputs stream through an engine (:mod:`pipeline.engines`) in chunks; with ``-o`` the
records are written as they come, in atomic parts (:mod:`pipeline.engines.checkpoint`),
and joined into ``OUT`` at the end, so an interrupted run can ``--resume``.
"""

from __future__ import annotations

import hashlib
import json
import signal
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

import typer

from ..engines import ENGINES
from ..engines.checkpoint import Checkpoint, fingerprint_inputs, parts_dir
from ..engines.local import (CHUNK_DOCS, DEFAULT_MAX_CHARS, DEFAULT_MAX_SECONDS, Chunk, ChunkTagger, chunked,
                             default_workers)
from ..errors import TifaError
from ..inputs import check_setting
from ..io import DEFAULT_MAX_BYTES, DEFAULT_MAX_EXPANDED, FORMATS, iter_inputs
from ..runpaths import has_input, input_prefixes, output_format, own_files, unique_ids
from . import app

PART_DOCS = 1024
# Output names that promise a format tifa does not write: without --format, -o report.xlsx would
# get JSONL under an Excel name (Excel then refuses it). Refused (E041) before anything runs.
FOREIGN_SUFFIXES = {".xlsx": "csv", ".xls": "csv", ".xlsm": "csv", ".ods": "csv", ".tsv": "csv", ".xml": "jsonl",
                    ".feather": "parquet", ".arrow": "parquet", ".dta": "csv", ".sav": "csv", ".rds": "csv"}


def check_output_name(output: str | None, fmt: str | None) -> None:
    """Refuse an ``-o`` name whose extension names a format tifa does not write.

    Raises:
        TifaError: ``E041``, saying which extension to use instead.
    """
    if output is None or fmt is not None:
        return
    suffix = Path(output).suffix.lower()
    if suffix in FOREIGN_SUFFIXES:
        use = FOREIGN_SUFFIXES[suffix]
        raise TifaError("E041", path=output,
                        detail=f"tifa writes .jsonl, .csv or .parquet, not {suffix}; name the output "
                               f"{Path(output).stem}.{use}" + (" (Excel opens it)" if use == "csv" else ""))


@dataclass
class TagSummary:
    """What a batch run did; ``inputs == tagged + failed`` always (resumed parts included)."""

    inputs: int = 0
    tagged: int = 0
    failed: int = 0
    seconds: float = 0.0
    output: str | None = None
    errors_file: str | None = None
    error_codes: dict[str, int] = field(default_factory=dict)
    resumed: int = 0  # inputs already written by the interrupted run, skipped this time
    skipped: list[str] = field(default_factory=list)  # hidden files and folders the walk met (not inputs)
    engine: str = "local"
    workers: int = 1
    first_errors: list[dict[str, Any]] = field(default_factory=list)  # shown on the terminal
    notes: list[str] = field(default_factory=list)  # e.g. ids prefixed to keep them unique

    def line(self) -> str:
        where = f" -> {self.output}" if self.output else ""
        errs = f" (errors in {self.errors_file})" if self.failed and self.errors_file else ""
        again = f"; {self.resumed} of them already written before the interruption" if self.resumed else ""
        hidden = (f"; {len(self.skipped)} hidden file(s)/folder(s) skipped (first: {self.skipped[0]})"
                  if self.skipped else "")
        return f"{self.tagged} tagged, {self.failed} failed{where}{errs} in {self.seconds:.1f}s{again}{hidden}"

    def count(self, results: list[tuple[str, Any]]) -> None:
        for kind, payload in results:
            self.inputs += 1
            if kind == "ok":
                self.tagged += 1
            else:
                self.failed += 1
                self.error_codes[payload["code"]] = self.error_codes.get(payload["code"], 0) + 1
                if len(self.first_errors) < 5:
                    self.first_errors.append(payload)


def tag_paths(
    paths: list[str],
    output: str | None,
    *,
    fmt: str | None = None,
    workers: int | None = None,
    lexicon: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    max_expanded: int = DEFAULT_MAX_EXPANDED,
    max_seconds: float = DEFAULT_MAX_SECONDS,
    progress: bool = False,
    model: str | bool | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    scheduler_timeout: float = 10.0,
    resume: bool = False,
    partitioned: bool = False,
    part_docs: int = PART_DOCS,
    chunk_docs: int = CHUNK_DOCS,
    tagger: Any = None,
    lines: bool = False,
    note: Any = None,
    source_province: str | None = None,
    also_exclude: str | None = None,
) -> TagSummary:
    """Tag every input and write records (and the errors sidecar) as resumable parts.

    Args:
        paths: folders, files, JSONL files or ``-`` (stdin).
        output: the output file (None: JSONL to stdout, errors to stderr).
        workers: worker processes (default: the CPUs available); 1 tags in this process.
        max_bytes: larger files (and JSONL lines) are E006.
        max_chars: longer documents are E017 (refused whole, never truncated).
        max_expanded: what a DOCX's XML, a PDF's text or an HTML page may expand to (E014).
        max_seconds: time to read and tag one document (E018; 0: no limit); a worker
            process past it is stopped and replaced.
        model: a model directory, None for the shipped default (if any), False for rules only.
        engine: ``local`` or ``dask`` (``scheduler`` implies ``dask``).
        resume: continue the interrupted run that left ``OUT.parts/``.
        partitioned: leave ``OUT`` as a folder of part files instead of one file.
        part_docs: inputs per output part (the unit of resume); a multiple of ``chunk_docs``.
        chunk_docs: inputs per worker task (and classifier batch).
        tagger: an already loaded :class:`~pipeline.tagger.Tagger` (then lexicon/model are ignored).
        fmt: ``jsonl``, ``csv`` or ``parquet``; None: the output's extension decides (else jsonl).
        lines: plain text on stdin is one document per line.
        note: called with each note meant for the user (ids prefixed to keep them unique).
        source_province: a province (code or name) for every document without its own, or
            ``from-folder`` to read it from each file's folder (:mod:`pipeline.inputs`).
        also_exclude: another output whose files are never read as input (``--unit
            engagement`` tags into a temporary file, then writes this one).

    Raises:
        TifaError: E001 (an input path does not exist), E011 (no input at all), E013 (source province), E041/E042 (format),
            E071/E072/E073 (resume), E070 (scheduler), E075 (engine).
    """
    engine = "dask" if scheduler else engine
    fmt = output_format(output, fmt)
    missing = [p for p in paths if p != "-" and not Path(p).exists()]
    if missing:  # before anything is written: a mistyped path must not leave an empty output
        raise TifaError("E001", path=missing[0], detail=f"{len(missing)} input path(s) not found: {', '.join(missing[:5])}")
    exclude = own_files(output) + own_files(also_exclude)
    prefixes = input_prefixes(paths)
    for given, pre in prefixes.items():
        msg = f"note: ids of files under {given} are prefixed with {pre!r}: another input gives the same names"
        if note is not None:
            note(msg)
    if not has_input(paths, exclude):
        raise TifaError("E011", path=", ".join(paths[:5]), detail="no file to read (nothing was written)")
    if output is None and (fmt != "jsonl" or partitioned):
        raise TifaError("E041", detail=f"{fmt}{' --partitioned' if partitioned else ''} needs -o FILE "
                                       "(stdout takes jsonl only)")
    if engine not in ENGINES:
        raise TifaError("E075", detail=engine)
    inputs_hash = fingerprint_inputs(paths, output=output) if output else None
    if resume and (output is None or inputs_hash is None):
        raise TifaError("E073", detail="stdin input" if output else "no -o FILE")
    if output and not resume and parts_dir(output).exists():  # before the slow model load
        raise TifaError("E071", path=str(parts_dir(output)), detail="pass --resume or delete it")
    if scheduler:  # before the slow model load: a wrong address fails at once
        try:
            from ..engines.dask import check_scheduler
        except ImportError as exc:
            raise TifaError("E076", detail=str(exc)) from None
        check_scheduler(scheduler, scheduler_timeout)
    if tagger is None:
        from ..tagger import load as load_tagger

        tagger = load_tagger(lexicon, model=model)
    source_province = check_setting(source_province, tagger.lexicon)
    workers = workers or default_workers()
    chunk_docs = max(1, chunk_docs)
    summary = TagSummary(output=output, engine=engine, workers=workers)
    t0 = time.perf_counter()
    work = ChunkTagger(tagger, fmt, max_bytes, encoding, max_chars=max_chars, max_expanded=max_expanded,
                       max_seconds=max_seconds, source_province=source_province)
    ckpt = None
    if output:
        settings = {"inputs": list(paths), "inputs_hash": inputs_hash, "lexicon_hash": tagger.lexicon.hash,
                    "model": _model_id(tagger.model), "max_bytes": max_bytes, "encoding": encoding,
                    "max_chars": max_chars, "max_expanded": max_expanded, "max_seconds": max_seconds,
                    "tifa_version": tagger.meta.tifa_version, "partitioned": partitioned,
                    "chunk_docs": chunk_docs, "source_province": source_province,
                    "part_docs": -(-max(part_docs, 1) // chunk_docs) * chunk_docs}
        ckpt = Checkpoint(output, fmt, settings, resume=resume).open()
        chunk_docs = ckpt.chunk_docs
    per_part = ckpt.part_docs // chunk_docs if ckpt else 1
    n_parts = 0

    def source() -> Iterator[Chunk]:
        nonlocal n_parts
        items_in = unique_ids(iter_inputs(paths, exclude=exclude, prefixes=prefixes, lines=lines,
                                          max_bytes=max_bytes, skipped=summary.skipped))
        for index, items in chunked(items_in, chunk_docs):
            part = index // per_part
            n_parts = part + 1
            if ckpt is not None and part in ckpt.done:
                if index % per_part == 0:
                    errors = ckpt.part_errors(part)
                    summary.count([("error", e) for e in errors])
                    summary.inputs -= len(errors)  # counted with the whole chunk below
                    summary.tagged -= len(errors)
                summary.inputs += len(items)
                summary.tagged += len(items)
                summary.resumed += len(items)
                continue
            yield index, items

    results = _engine_run(engine, source(), work, workers=workers, scheduler=scheduler, timeout=scheduler_timeout)
    with _Progress(enabled=progress) as bar:
        if ckpt is None:
            _to_stdout(results, summary, bar)
        else:
            try:
                _to_parts(results, ckpt, per_part, summary, bar)
            except BaseException:
                ckpt.discard_if_empty()  # nothing to resume: leave no folder that would demand --resume
                raise
            summary.errors_file = str(ckpt.finish(n_parts, partitioned=partitioned))
    summary.seconds = time.perf_counter() - t0
    if summary.inputs == 0:
        raise TifaError("E011", path=", ".join(paths[:5]), detail="nothing was read")
    return summary


def _engine_run(engine: str, chunks: Iterator[Chunk], work: ChunkTagger, *, workers: int, scheduler: str | None,
                timeout: float) -> Iterator[tuple[int, list]]:
    if engine == "dask":
        try:
            from ..engines import dask as dask_engine
        except ImportError as exc:  # a declared dependency, but an install may lack it
            raise TifaError("E076", detail=str(exc)) from None

        return dask_engine.run(chunks, work, workers=workers, scheduler=scheduler, timeout=timeout)
    from ..engines import local

    return local.run(chunks, work, workers=workers)


def _to_parts(results: Iterator[tuple[int, list]], ckpt: Checkpoint, per_part: int, summary: TagSummary,
              bar: _Progress) -> None:
    """Group finished chunks (any order) into parts; write each part once it is whole."""
    buf: dict[int, dict[int, list]] = {}

    def flush(part: int) -> None:
        chunks = buf.pop(part)
        rows = [p for i in sorted(chunks) for kind, p in chunks[i] if kind == "ok"]
        errors = [p for i in sorted(chunks) for kind, p in chunks[i] if kind != "ok"]
        ckpt.write(part, rows, errors)

    for index, res in results:
        part = index // per_part
        buf.setdefault(part, {})[index] = res
        summary.count(res)
        if len(buf[part]) == per_part:
            flush(part)
        bar.advance(summary)
    for part in sorted(buf):  # the last, shorter part
        flush(part)


def _to_stdout(results: Iterator[tuple[int, list]], summary: TagSummary, bar: _Progress) -> None:
    """Records to stdout in input order (chunks may finish out of order); errors to stderr."""
    waiting: dict[int, list] = {}
    nxt = 0
    for index, res in results:
        waiting[index] = res
        while nxt in waiting:
            for kind, payload in waiting.pop(nxt):
                if kind == "ok":
                    sys.stdout.write(payload)
                else:
                    print(json.dumps(payload, ensure_ascii=False), file=sys.stderr)
            nxt += 1
        summary.count(res)
        bar.advance(summary)
    sys.stdout.flush()


def _model_id(model: Any) -> str | None:
    """The model's name and a digest of its meta.json (what makes its scores what they are)."""
    if model is None:
        return None
    meta = getattr(model, "meta", None)
    digest = hashlib.sha256(json.dumps(meta, sort_keys=True, default=str).encode()).hexdigest()[:16]
    return f"{getattr(model, 'name', type(model).__name__)}:{digest}"


class _Progress:
    """A rich progress display on a terminal; nothing otherwise."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self._p = None
        self._task = None

    def __enter__(self) -> Self:
        if self.enabled:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._p = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                               transient=True)
            self._p.__enter__()
            self._task = self._p.add_task("tagging")
        return self

    def advance(self, s: TagSummary) -> None:
        if self._p is not None:
            self._p.update(self._task, description=f"{s.tagged} tagged, {s.failed} failed")

    def __exit__(self, *exc: object) -> None:
        if self._p is not None:
            self._p.__exit__(*exc)


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
            raise TifaError("E079", detail=unit)
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

    from ..engagement_rows import write_engagement_rows
    from ..engines.checkpoint import remove_leftovers
    from ..io import errors_path, read_records

    fmt = output_format(output, fmt)
    if resume or partitioned or (fmt == "parquet" and not output):
        raise TifaError("E078")
    if fmt not in FORMATS:
        raise TifaError("E079", detail=f"--format {fmt}")
    if output:
        remove_leftovers(output)

    def replace(write: Any, dest: Path) -> Any:
        tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)  # as the document unit does
            result = write(tmp)
            os.replace(tmp, dest)
        except OSError as exc:
            raise TifaError("E040", path=str(dest), detail=str(exc)) from None
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
