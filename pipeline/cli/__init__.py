"""The ``tifa`` command line: one module per command, each a thin Typer wrapper."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="tifa",
    help="tifa (提法): structured records from Chinese provincial foreign-affairs reports.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def register() -> typer.Typer:
    """Import the command modules (each registers its commands on :data:`app`) and return the app."""
    from . import dedup, eval, explain, lexicon_cmd, report, tag, train  # noqa: F401

    return app


def _version(value: bool) -> None:
    if value:
        from ..version import __version__

        typer.echo(f"tifa {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the tifa version and exit."),
) -> None:
    """tifa (提法): structured records from Chinese provincial foreign-affairs reports."""


def main() -> None:
    """Console-script entry point."""
    register()()
