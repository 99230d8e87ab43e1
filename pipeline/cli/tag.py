"""``tifa tag PATH... -o OUT``: tag folders, files, JSONL and stdin into records."""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from typing import Optional

import typer

from ..engines import local
from ..errors import TifaError
from ..io import DEFAULT_MAX_BYTES, FORMATS, AtomicWriter, RecordSink, errors_path, iter_inputs
from . import app


@dataclass
class TagSummary:
    """What a batch run did; ``inputs == tagged + failed`` always."""

    inputs: int = 0
    tagged: int = 0
    failed: int = 0
    seconds: float = 0.0
    output: str | None = None
    errors_file: str | None = None
    error_codes: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        where = f" -> {self.output}" if self.output else ""
        errs = f" (errors in {self.errors_file})" if self.failed and self.errors_file else ""
        return f"{self.tagged} tagged, {self.failed} failed{where}{errs} in {self.seconds:.1f}s"


def tag_paths(
    paths: list[str],
    output: str | None,
    *,
    fmt: str = "jsonl",
    workers: int = 1,
    lexicon: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    progress: bool = False,
    model: str | bool | None = None,
) -> TagSummary:
    """Tag every input and write records (and the errors sidecar) atomically.

    ``model``: a model directory, None for the shipped default (if any), False for rules only.
    """
    from ..tagger import load as load_tagger

    tagger = load_tagger(lexicon, model=model)
    lex = tagger.lexicon
    summary = TagSummary(output=output)
    t0 = time.perf_counter()
    errors: list[dict] = []
    err_path = errors_path(output) if output else None
    bar = _Progress(enabled=progress)
    with RecordSink(output, fmt) as sink, bar:
        for kind, payload in local.run(iter_inputs(paths), lex, workers=workers, max_bytes=max_bytes,
                                       encoding=encoding, tagger=tagger):
            summary.inputs += 1
            if kind == "ok":
                sink.write(payload)  # type: ignore[arg-type]
                summary.tagged += 1
            else:
                errors.append(payload)  # type: ignore[arg-type]
                summary.failed += 1
                code = payload["code"]  # type: ignore[index]
                summary.error_codes[code] = summary.error_codes.get(code, 0) + 1
                if output is None:
                    print(json.dumps(payload, ensure_ascii=False), file=sys.stderr)
            bar.advance(summary)
        if err_path is not None:
            with AtomicWriter(err_path) as fh:
                for e in errors:
                    fh.write(json.dumps(e, ensure_ascii=False) + "\n")
            summary.errors_file = str(err_path)
    summary.seconds = time.perf_counter() - t0
    return summary


class _Progress:
    """A rich progress display on a terminal; nothing otherwise."""

    def __init__(self, *, enabled: bool) -> None:
        self.enabled = enabled
        self._p = None
        self._task = None

    def __enter__(self) -> "_Progress":
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
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Output file (default: JSONL to stdout)."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help=f"Output format: {', '.join(FORMATS)}."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes."),
    lexicon: Optional[str] = typer.Option(None, "--lexicon", envvar="TIFA_LEXICON", help="Lexicon directory."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Skip (with E006) larger files."),
    encoding: Optional[str] = typer.Option(None, "--encoding", help="Force an input encoding (e.g. gb18030)."),
    model: Optional[str] = typer.Option(None, "--model", envvar="TIFA_MODEL",
                                        help="Engagement model directory (default: the shipped one, if any)."),
    no_model: bool = typer.Option(False, "--no-model", help="Rules only: do not load an engagement model."),
) -> None:
    """Tag documents into structured records (one per document)."""
    try:
        s = tag_paths(paths, output, fmt=fmt, workers=workers, lexicon=lexicon, max_bytes=max_bytes,
                      encoding=encoding, progress=sys.stderr.isatty(), model=False if no_model else model)
    except TifaError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from None
    typer.echo(s.line(), err=True)
    raise typer.Exit(1 if s.failed else 0)
