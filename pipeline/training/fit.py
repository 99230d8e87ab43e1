"""Training engagement classifiers: ``tifa train engagement --kind sklearn|transformer|ensemble``.

Hyper-parameters and the rules/model combination weight are chosen on dev; test is
only scored, after every choice is made, and reported in ``meta.json`` and ``card.md``.
"""

from __future__ import annotations

import itertools
import json
import os
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ..classify.data import LABELS, data_hash, load_split, model_input
from ..classify.models import SKOPS_FILE, EngagementModel
from .card import write_model_dir
from .select import accuracy, choose_weight_and_score, lexicon_for, rule_evidence, shared_meta, simplex, splits


def _pipeline(c: float, ngram: tuple[int, int], seed: int):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    return Pipeline([
        ("tfidf", TfidfVectorizer(analyzer="char_wb", ngram_range=ngram, sublinear_tf=True, min_df=2,
                                  lowercase=True)),
        ("clf", LogisticRegression(C=c, max_iter=2000, class_weight="balanced", random_state=seed)),
    ])


def train_sklearn(data: str | Path, out: str | Path, *, seed: int = 13, lexicon: Any = None,
                  weight_on: str | Path | None = None) -> dict[str, Any]:
    """Fit the TF-IDF baseline, choose C and n-grams on dev and the combination weight on dev
    or, with ``weight_on``, on that gold file (a set the rules were not tuned on)."""
    import skops.io as sio

    t0 = time.perf_counter()
    lexicon = lexicon_for(lexicon)
    paths = splits(Path(data))
    train, dev = load_split(paths["train"]), load_split(paths["dev"])
    test = load_split(paths["test"]) if paths["test"].is_file() else None
    x_train = [model_input(t) for t in train.texts]
    x_dev = [model_input(t) for t in dev.texts]
    grid = list(itertools.product([1.0, 4.0, 16.0], [(1, 3), (2, 4)]))
    scored = []
    for c, ngram in grid:
        est = _pipeline(c, ngram, seed).fit(x_train, train.labels)
        scored.append((accuracy(dev.labels, list(est.predict(x_dev)))["accuracy"], c, ngram))
    best_acc, best_c, best_ngram = max(scored, key=lambda r: (r[0], -r[1]))
    est = _pipeline(best_c, best_ngram, seed).fit(x_train, train.labels)
    model = EngagementModel(Path(out), {"kind": "sklearn"}, est)

    dev_probs = model.predict_proba(dev.texts)
    test_probs = (lambda: model.predict_proba(test.texts)) if test is not None else None
    weight_set = load_split(weight_on) if weight_on else None
    best_w, w_scores, metrics = choose_weight_and_score(
        dev, dev_probs, test, test_probs, lexicon=lexicon, weight_set=weight_set,
        weight_probs=model.predict_proba(weight_set.texts) if weight_set else None)

    meta = {
        "kind": "sklearn",
        "base_model": "char_wb n-gram TF-IDF + logistic regression (class-balanced)",
        "labels": list(LABELS),
        "hyper_parameters": {"C": best_c, "ngram_range": list(best_ngram), "grid": [[c, list(n)] for c, n in grid],
                             "input": "lead sentence twice + text"},
        "seed": seed,
        **shared_meta(paths, len(train.texts), len(dev.texts), lexicon, best_w, w_scores, metrics),
        "seconds": round(time.perf_counter() - t0, 1),
    }
    if weight_set is not None:
        meta["combination"]["chosen_on"] = (f"accuracy on {weight_on} ({len(weight_set.texts)} documents, "
                                            "a set the rules were not tuned on; weights within one standard "
                                            "error of the best tied, dev accuracy breaking the tie)")
        meta["combination"]["weight_set_accuracy_by_weight"] = meta["combination"].pop("dev_accuracy_by_weight")
        meta["combination"]["dev_accuracy_by_weight"] = meta["metrics"].pop("dev_accuracy_by_weight")
    est.named_steps["tfidf"].stop_words_ = None  # pruned n-grams, kept only for inspection (large)
    write_model_dir(Path(out), meta, lambda d: sio.dump(est, d / SKOPS_FILE, compression=zipfile.ZIP_DEFLATED,
                                                         compresslevel=9))
    return meta


@dataclass
class FinetuneParams:
    """Hyper-parameters of ``tifa train engagement --kind transformer`` (defaults for CPU)."""

    epochs: int = 6
    lr: float = 1e-4
    batch_size: int = 16
    max_length: int = 256
    stride: int = 64
    patience: int = 2
    warmup: float = 0.1
    weight_decay: float = 0.01
    embedding_lr_factor: float = 10.0
    half_weights: bool = True  # store float16 (half the size); loaded back as float32
    max_steps: int | None = None  # stop early after this many optimiser steps (tests, smoke runs)
    max_minutes: float | None = None  # time budget: stop after the step that exceeds it, then score


def train_transformer(data: str | Path, out: str | Path, *, base_model: str | Path, seed: int = 13, lexicon: Any = None,
                      params: FinetuneParams | None = None, device: str | None = None,
                      log: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Fine-tune a sequence classifier on train, early-stop on dev, score test once.

    Every document is cut into (lead, window) pairs (see ``transformer.encode_windows``);
    training windows carry their document's label, dev and test are scored per document
    (mean of window probabilities). On a GPU the same code runs in bfloat16 autocast
    with larger batches.
    """
    import torch
    from datasets import Dataset

    from ..classify.transformer import Simplifier, WindowSpec, collate, encode_windows, load_checkpoint, pick_device
    from ..classify.transformer import predict_encoded

    p = params or FinetuneParams()
    say = log or (lambda _m: None)
    t0 = time.perf_counter()
    lexicon = lexicon_for(lexicon)
    paths = splits(Path(data))
    train, dev = load_split(paths["train"]), load_split(paths["dev"])
    test = load_split(paths["test"]) if paths["test"].is_file() else None
    dev_name = pick_device(device)
    cuda = dev_name.startswith("cuda")
    batch_size = p.batch_size * (4 if cuda else 1)

    _seed_everything(seed)
    id2label = dict(enumerate(LABELS))
    tokenizer, model = load_checkpoint(Path(base_model), device=dev_name, num_labels=len(LABELS), id2label=id2label)
    spec, simplify = WindowSpec(p.max_length, p.stride), Simplifier()
    label_id = {lab: i for i, lab in id2label.items()}

    def windows(batch: dict[str, list]) -> dict[str, list]:
        enc = encode_windows(tokenizer, batch["text"], spec, simplify)
        return {"input_ids": enc["input_ids"], "token_type_ids": enc["token_type_ids"],
                "label": [label_id[batch["label"][d]] for d in enc["doc"]]}

    train_ds = Dataset.from_dict({"text": train.texts, "label": train.labels}).map(
        windows, batched=True, remove_columns=["text", "label"],
        new_fingerprint=f"tifa-windows-{data_hash(paths['train'])}-{p.max_length}-{p.stride}")
    train_enc = {k: train_ds[k] for k in ("input_ids", "token_type_ids")}
    train_labels = torch.tensor(train_ds["label"])
    dev_enc = encode_windows(tokenizer, dev.texts, spec, simplify)
    counts = torch.bincount(train_labels, minlength=len(LABELS)).float()
    class_weight = (counts.sum() / (len(LABELS) * counts.clamp(min=1))).to(dev_name)  # "balanced", as sklearn
    n = len(train_labels)
    steps_per_epoch = (n + batch_size - 1) // batch_size
    total = steps_per_epoch * p.epochs if p.max_steps is None else min(p.max_steps, steps_per_epoch * p.epochs)
    from transformers import get_linear_schedule_with_warmup

    emb = model.get_input_embeddings().weight
    rest = [q for q in model.parameters() if q is not emb]
    # the word embeddings learn faster: bases built here add thousands of untrained CJK rows
    opt = torch.optim.AdamW([{"params": [emb], "lr": p.lr * p.embedding_lr_factor}, {"params": rest, "lr": p.lr}],
                            weight_decay=p.weight_decay)
    sched = get_linear_schedule_with_warmup(opt, int(total * p.warmup), total)
    loss_fn = torch.nn.CrossEntropyLoss(weight=class_weight)
    gen = torch.Generator().manual_seed(seed)
    pad = tokenizer.pad_token_id or 0

    def predict(texts: list[str], enc: dict[str, list] | None = None) -> list[dict[str, float]]:
        model.eval()
        enc = enc or encode_windows(tokenizer, texts, spec, simplify)
        return predict_encoded(model, enc, len(texts), LABELS, pad_id=pad, device=dev_name, batch_size=batch_size * 2)

    def dev_predictions() -> list[dict[str, float]]:
        return predict(dev.texts, dev_enc)  # dev is encoded once, scored every epoch

    history, best, best_state, bad_epochs, step = [], -1.0, None, 0, 0
    started = time.perf_counter()

    def out_of_time() -> bool:
        return p.max_minutes is not None and time.perf_counter() - started > p.max_minutes * 60
    say(f"{n} training windows from {len(train.texts)} documents; {steps_per_epoch} steps/epoch on {dev_name}")
    for epoch in range(1, p.epochs + 1):
        model.train()
        perm = torch.randperm(n, generator=gen).tolist()
        losses = []
        for k in range(0, n, batch_size):
            idx = perm[k:k + batch_size]
            batch = collate(train_enc, idx, pad, dev_name)
            with torch.autocast("cuda", dtype=torch.bfloat16, enabled=cuda):
                logits = model(**batch).logits
            loss = loss_fn(logits.float(), train_labels[idx].to(dev_name))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad(set_to_none=True)
            losses.append(float(loss.detach()))
            step += 1
            if step >= total or out_of_time():
                break
        probs = dev_predictions()
        acc = accuracy(dev.labels, [max(pr, key=pr.__getitem__) for pr in probs])
        history.append({"epoch": epoch, "loss": round(sum(losses) / max(len(losses), 1), 4),
                        "dev_accuracy": acc["accuracy"], "dev_macro_f1": acc["macro_f1"]})
        say(f"epoch {epoch}: loss {history[-1]['loss']}, dev accuracy {acc['accuracy']:.3f}")
        if acc["accuracy"] > best:
            best, bad_epochs = acc["accuracy"], 0
            best_state = {k: v.detach().to("cpu", copy=True) for k, v in model.state_dict().items()}
        else:
            bad_epochs += 1
            if bad_epochs >= p.patience:
                break
        if step >= total or out_of_time():
            if out_of_time():
                say(f"time budget of {p.max_minutes} minutes reached after {step} steps")
            break
    assert best_state is not None
    model.load_state_dict(best_state)
    if p.half_weights:  # the metrics below describe exactly the weights that are shipped
        model.half().float()
    best_epoch = max(history, key=lambda h: (h["dev_accuracy"], -h["epoch"]))["epoch"]
    dev_probs = dev_predictions()
    best_w, w_scores, metrics = choose_weight_and_score(dev, dev_probs, test,
                                                        (lambda: predict(test.texts)) if test else None,
                                                        lexicon=lexicon)

    base_info = _base_info(Path(base_model))
    meta = {
        "kind": "transformer",
        "base_model": base_info.get("source") or str(base_model),
        "base": {"path": str(base_model), **base_info},
        "labels": list(LABELS),
        "hyper_parameters": {**{k: v for k, v in vars(p).items()}, "batch_size": batch_size, "best_epoch": best_epoch,
                             "input": "(lead sentence, text window) pairs; windows averaged",
                             "loss": "cross-entropy, class-balanced weights"},
        "seed": seed,
        "device": dev_name,
        "history": history,
        **shared_meta(paths, len(train.texts), len(dev.texts), lexicon, best_w, w_scores, metrics),
        # the in-memory model's dev probabilities for three documents: a saved and reloaded model must match
        "self_check": {"ids": dev.ids[:3], "probabilities": [{k: round(v, 6) for k, v in pr.items()}
                                                               for pr in dev_probs[:3]]},
        "seconds": round(time.perf_counter() - t0, 1),
    }

    def write(d: Path) -> None:
        model.to(torch.float16 if p.half_weights else torch.float32).save_pretrained(str(d))  # safetensors
        tokenizer.save_pretrained(str(d))

    write_model_dir(Path(out), meta, write)
    return meta


def _seed_everything(seed: int) -> None:
    import random

    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True, warn_only=True)


def _base_info(path: Path) -> dict[str, Any]:
    """What ``tifa train base`` recorded about a base checkpoint (empty for foreign ones)."""
    f = path / "base.json"
    try:
        return json.loads(f.read_text(encoding="utf-8")) if f.is_file() else {}
    except (OSError, ValueError):
        return {}


def train_ensemble(data: str | Path, out: str | Path, *, members: list[str | Path],
                   lexicon: Any = None) -> dict[str, Any]:
    """Mix trained models: member weights and the rules weight chosen together on dev, test scored once.

    The ensemble directory holds only ``meta.json`` and ``card.md``; members are referenced
    by relative path, so the models folder can move as a whole.
    """
    from ..classify.models import load_model

    t0 = time.perf_counter()
    lexicon = lexicon_for(lexicon)
    paths = splits(Path(data))
    dev = load_split(paths["dev"])
    test = load_split(paths["test"]) if paths["test"].is_file() else None
    models = [load_model(m, lexicon_hash=lexicon.hash) for m in members]
    dev_member_probs = [m.predict_proba(dev.texts) for m in models]

    def mix(member_probs: list[list[dict[str, float]]], alphas: tuple[float, ...]) -> list[dict[str, float]]:
        return [{lab: sum(a * mp[i].get(lab, 0.0) for a, mp in zip(alphas, member_probs)) for lab in LABELS}
                for i in range(len(member_probs[0]))]

    best = None
    dev_rules = rule_evidence(dev.texts, dev.langs, lexicon)
    for alphas in simplex(len(models)):
        w, w_scores, metrics = choose_weight_and_score(dev, mix(dev_member_probs, alphas), None, None,
                                                       lexicon=lexicon, dev_rules=dev_rules)
        key = (metrics["dev"]["combined"]["accuracy"], metrics["dev"]["combined"]["macro_f1"])
        if best is None or key > best[0]:
            best = (key, alphas, w, w_scores)
    assert best is not None
    _, alphas, _, _ = best
    test_probs = (lambda: mix([m.predict_proba(test.texts) for m in models], alphas)) if test else None
    best_w, w_scores, metrics = choose_weight_and_score(dev, mix(dev_member_probs, alphas), test, test_probs,
                                                        lexicon=lexicon, dev_rules=dev_rules)
    out = Path(out)
    rel = [os.path.relpath(Path(m).resolve(), out.resolve()) for m in members]

    meta = {
        "kind": "ensemble",
        "base_model": " + ".join(f"{a:.1f} x {m.name} ({m.kind})" for a, m in zip(alphas, models)),
        "members": [{"path": r, "weight": a, "kind": m.kind} for r, a, m in zip(rel, alphas, models)],
        "labels": list(LABELS),
        "hyper_parameters": {"member_weights": list(alphas), "grid": "member weights on a 0.1 simplex x rules weight",
                             "input": "each member's own"},
        "seed": None,
        **shared_meta(paths, models[0].meta.get("data", {}).get("n_train"), len(dev.texts), lexicon, best_w,
                       w_scores, metrics),
        "seconds": round(time.perf_counter() - t0, 1),
    }
    meta["combination"].update(policy="w * sum(a_i * p_i) + (1 - w) * rule share",
                               chosen_on="dev accuracy (member weights: then macro-F1)")
    write_model_dir(out, meta, lambda d: None)
    return meta
