"""``tifa lexicon validate``: check a lexicon and list every problem with file:line."""

from __future__ import annotations

from typing import Optional

import typer

from ..errors import TifaError
from ..lexicon import default_path, validate
from . import app

lexicon_app = typer.Typer(help="Inspect and check the lexicon.", no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")


@lexicon_app.command("validate")
def validate_cli(
    directory: Optional[str] = typer.Argument(None, help="Lexicon directory (default: shipped or $TIFA_LEXICON)."),
) -> None:
    """Report every problem at once; exit 1 on any error."""
    root = directory or str(default_path())
    try:
        problems = validate(root)
    except TifaError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from None
    for p in problems:
        typer.echo(str(p))
    errors = [p for p in problems if not p.is_warning]
    typer.echo(f"{root}: {len(errors)} error(s), {len(problems) - len(errors)} warning(s)", err=True)
    raise typer.Exit(1 if errors else 0)
