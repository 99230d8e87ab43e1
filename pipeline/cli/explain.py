"""``tifa explain TEXT|FILE``: show why a document got its labels."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from ..errors import TifaError
from . import app


@app.command("explain")
def explain_cli(
    source: str = typer.Argument(..., help="A text, or the path of a file to read (any format tifa tag reads)."),
    as_json: bool = typer.Option(False, "--json", help="Print the explanation as JSON."),
    lexicon: Optional[str] = typer.Option(None, "--lexicon", envvar="TIFA_LEXICON", help="Lexicon directory."),
    model: Optional[str] = typer.Option(None, "--model", envvar="TIFA_MODEL", help="Engagement model directory."),
    no_model: bool = typer.Option(False, "--no-model", help="Rules only."),
) -> None:
    """Mentions with the entry or pattern behind each, blocked forms, cues and the engagement decision."""
    from ..explain import explain, render
    from ..io import read_file
    from ..tagger import load

    try:
        path = Path(source)
        text = read_file(path, doc_id=path.name, source=source).text if _is_file(path) else source
        tagger = load(lexicon, model=False if no_model else model)
        e = explain(tagger, text)
    except TifaError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from None
    typer.echo(json.dumps(e, ensure_ascii=False, indent=2) if as_json else render(e, text))


def _is_file(path: Path) -> bool:
    """Whether the argument names an existing file (a long text is not a path: OSError)."""
    try:
        return "\n" not in str(path) and path.is_file()
    except OSError:  # e.g. "File name too long"
        return False
