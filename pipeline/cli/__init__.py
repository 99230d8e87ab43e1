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


def main() -> None:
    """Console-script entry point."""
    register()()
