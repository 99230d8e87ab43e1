"""``tifa train engagement``: fit an engagement classifier on the gold corpus."""

from __future__ import annotations

import json

import typer

from ..errors import TifaError
from . import app

train_app = typer.Typer(help="Train models on the gold corpus.", no_args_is_help=True)
app.add_typer(train_app, name="train")


@train_app.command("engagement")
def train_engagement_cli(
    data: str = typer.Option("corpus", "--data", help="Folder with train.jsonl, dev.jsonl (and test.jsonl)."),
    out: str = typer.Option(..., "--out", help="Model directory to write (e.g. models/default)."),
    kind: str = typer.Option("sklearn", "--kind", help="Model kind: sklearn (char n-gram TF-IDF + logistic regression)."),
    seed: int = typer.Option(13, "--seed"),
) -> None:
    """Train, choose hyper-parameters and the rules/model weight on dev, score test once."""
    if kind != "sklearn":
        typer.echo(f"error: --kind {kind} is not available in this version; use --kind sklearn", err=True)
        raise typer.Exit(2)
    from ..classify.train import train_sklearn

    try:
        meta = train_sklearn(data, out, seed=seed)
    except TifaError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from None
    typer.echo(json.dumps({"out": out, "metrics": meta["metrics"], "weight": meta["combination"]["weight"]},
                          indent=2))
