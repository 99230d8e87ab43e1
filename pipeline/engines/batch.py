"""Batch orchestration: tag folders, files, JSONL and stdin into one output (``tifa tag``).

Inputs stream through an engine (:mod:`pipeline.engines`) in chunks; with an output path
the records are written as they come, in atomic parts (:mod:`pipeline.engines.checkpoint`),
and joined into the output at the end, so an interrupted run can resume. The CLI
(:mod:`pipeline.cli.tag`) parses options and calls :func:`tag_paths`; the Python API and the
tests call it directly.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from ..errors import CATALOGUE, E, TifaError
from ..io import DEFAULT_MAX_BYTES, DEFAULT_MAX_EXPANDED, iter_inputs
from ..io.inputs import check_setting
from ..io.runpaths import has_input, input_prefixes, output_format, own_files, unique_ids
from . import ENGINES
from .checkpoint import Checkpoint, fingerprint_inputs, parts_dir
from .local import CHUNK_DOCS, DEFAULT_MAX_CHARS, DEFAULT_MAX_SECONDS, Chunk, ChunkTagger, chunked, default_workers

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
        raise TifaError(E.OUTPUT_FORMAT, path=output,
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
    warned: int = 0  # tagged documents with a warning (W003 no text extracted, ...)
    warning_codes: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        where = f" -> {self.output}" if self.output else ""
        errs = f" (errors in {self.errors_file})" if self.failed and self.errors_file else ""
        again = f"; {self.resumed} of them already written before the interruption" if self.resumed else ""
        hidden = (f"; {len(self.skipped)} hidden file(s)/folder(s) skipped (first: {self.skipped[0]})"
                  if self.skipped else "")
        warned = ""
        if self.warned:
            codes = ", ".join(f"{c} {CATALOGUE[c].title} x{n}" for c, n in sorted(self.warning_codes.items()))
            warned = f" ({self.warned} with warnings: {codes}; see meta.warnings)"
        return (f"{self.tagged} tagged{warned}, {self.failed} failed{where}{errs} in {self.seconds:.1f}s"
                f"{again}{hidden}")

    def count(self, results: list[tuple]) -> None:
        for kind, payload, *warnings in results:
            self.inputs += 1
            if kind == "ok":
                self.tagged += 1
                if warnings:
                    self.warned += 1
                    for code in warnings[0]:
                        self.warning_codes[code] = self.warning_codes.get(code, 0) + 1
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
            ``from-folder`` to read it from each file's folder (:mod:`pipeline.io.inputs`).
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
        raise TifaError(E.INPUT_NOT_FOUND, path=missing[0], detail=f"{len(missing)} input path(s) not found: {', '.join(missing[:5])}")
    exclude = own_files(output) + own_files(also_exclude)
    prefixes = input_prefixes(paths)
    for given, pre in prefixes.items():
        msg = f"note: ids of files under {given} are prefixed with {pre!r}: another input gives the same names"
        if note is not None:
            note(msg)
    if not has_input(paths, exclude):
        raise TifaError(E.NO_DOCUMENTS, path=", ".join(paths[:5]), detail="no file to read (nothing was written)")
    if output is None and (fmt != "jsonl" or partitioned):
        raise TifaError(E.OUTPUT_FORMAT, detail=f"{fmt}{' --partitioned' if partitioned else ''} needs -o FILE "
                                       "(stdout takes jsonl only)")
    if engine not in ENGINES:
        raise TifaError(E.UNKNOWN_ENGINE, detail=engine)
    inputs_hash = fingerprint_inputs(paths, output=output) if output else None
    if resume and (output is None or inputs_hash is None):
        raise TifaError(E.RESUME_INPUTS, detail="stdin input" if output else "no -o FILE")
    if output and not resume and parts_dir(output).exists():  # before the slow model load
        raise TifaError(E.PARTS_LEFT, path=str(parts_dir(output)), detail="pass --resume or delete it")
    if scheduler:  # before the slow model load: a wrong address fails at once
        try:
            from ..engines.dask import check_scheduler
        except ImportError as exc:
            raise TifaError(E.DASK_MISSING, detail=str(exc)) from None
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
        raise TifaError(E.NO_DOCUMENTS, path=", ".join(paths[:5]), detail="nothing was read")
    return summary


def _engine_run(engine: str, chunks: Iterator[Chunk], work: ChunkTagger, *, workers: int, scheduler: str | None,
                timeout: float) -> Iterator[tuple[int, list]]:
    if engine == "dask":
        try:
            from ..engines import dask as dask_engine
        except ImportError as exc:  # a declared dependency, but an install may lack it
            raise TifaError(E.DASK_MISSING, detail=str(exc)) from None

        return dask_engine.run(chunks, work, workers=workers, scheduler=scheduler, timeout=timeout)
    from ..engines import local

    return local.run(chunks, work, workers=workers)


def _to_parts(results: Iterator[tuple[int, list]], ckpt: Checkpoint, per_part: int, summary: TagSummary,
              bar: _Progress) -> None:
    """Group finished chunks (any order) into parts; write each part once it is whole."""
    buf: dict[int, dict[int, list]] = {}

    def flush(part: int) -> None:
        chunks = buf.pop(part)
        rows = [r[1] for i in sorted(chunks) for r in chunks[i] if r[0] == "ok"]
        errors = [r[1] for i in sorted(chunks) for r in chunks[i] if r[0] != "ok"]
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
            for kind, payload, *_ in waiting.pop(nxt):
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
