"""Transformer engagement classifier: windows over long documents, batched inference.

A document is read as (lead, body) pairs: the lead sentence (TAXONOMY §3 rule 1 makes it
decisive) is the first segment of every window and the body is cut into overlapping
windows of ``max_length`` tokens with ``stride`` tokens of overlap, so nothing is
silently truncated. The document's probabilities are the mean of its windows'.
Traditional characters are converted to Simplified first (the vocabularies are built on
Simplified text).

Models load from a local directory only (``local_files_only``), weights from safetensors
only, never with ``trust_remote_code``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

from ..errors import E, TifaError
from ..text import sentences

WEIGHTS_FILE = "model.safetensors"
LEAD_CHARS = {"zh": 80, "en": 240}


@dataclass(frozen=True)
class WindowSpec:
    """How documents are cut into model inputs."""

    max_length: int = 256
    stride: int = 64


class Simplifier:
    """Traditional → Simplified, only when the text holds characters that change."""

    def __init__(self) -> None:
        import opencc

        self._cc = opencc.OpenCC("t2s")

    def __call__(self, text: str) -> str:
        if text.isascii():
            return text
        return self._cc.convert(text)


def lead_and_body(text: str) -> tuple[str, str]:
    """The lead sentence (capped) and the whole text as the body."""
    spans = sentences(text)
    lead = text[spans[0][0]:spans[0][1]] if spans else ""
    cap = LEAD_CHARS["en"] if lead.isascii() else LEAD_CHARS["zh"]
    return lead[:cap], text


def encode_windows(tokenizer: Any, texts: Sequence[str], spec: WindowSpec, simplify: Simplifier) -> dict[str, list]:
    """Cut documents into ``[CLS] lead [SEP] window [SEP]`` inputs; ``doc`` maps each window to its text.

    The lead takes at most a quarter of ``max_length``; body windows fill the rest and
    overlap by ``stride`` tokens (less when the room left is small), so every token of
    the body is read at least once.
    """
    pairs = [lead_and_body(simplify(t)) for t in texts]
    # whole bodies on purpose (windows are cut below): no truncation, no length warning
    leads = tokenizer([a for a, _ in pairs], add_special_tokens=False, verbose=False)["input_ids"] if pairs else []
    bodies = tokenizer([b for _, b in pairs], add_special_tokens=False, verbose=False)["input_ids"] if pairs else []
    cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
    out: dict[str, list] = {"input_ids": [], "token_type_ids": [], "doc": []}
    for d, (lead, body) in enumerate(zip(leads, bodies)):
        lead = lead[:spec.max_length // 4]
        room = spec.max_length - 3 - len(lead)
        step = max(room - min(spec.stride, room // 2), 1)
        for k in range(0, max(len(body) - (room - step), 1), step):
            win = body[k:k + room]
            out["input_ids"].append([cls, *lead, sep, *win, sep])
            out["token_type_ids"].append([0] * (len(lead) + 2) + [1] * (len(win) + 1))
            out["doc"].append(d)
    return out


def pick_device(device: str | None = None) -> str:
    """``$TIFA_DEVICE`` or the given device, else CUDA when present, else CPU."""
    import torch

    want = device or os.environ.get("TIFA_DEVICE")
    if want:
        return want
    return "cuda" if torch.cuda.is_available() else "cpu"


def batches(n: int, lengths: Sequence[int], size: int) -> Iterator[list[int]]:
    """Index batches of about equal length (sorted), so padding stays small."""
    order = sorted(range(n), key=lambda i: lengths[i])
    for k in range(0, n, size):
        yield order[k:k + size]


def collate(encoded: dict[str, list], idx: list[int], pad_id: int, device: str) -> dict[str, Any]:
    """A padded tensor batch of the given windows."""
    import torch

    width = max(len(encoded["input_ids"][i]) for i in idx)
    ids = torch.full((len(idx), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(idx), width), dtype=torch.long)
    types = torch.zeros((len(idx), width), dtype=torch.long)
    for row, i in enumerate(idx):
        seq = encoded["input_ids"][i]
        ids[row, :len(seq)] = torch.tensor(seq)
        mask[row, :len(seq)] = 1
        if encoded.get("token_type_ids") is not None:
            types[row, :len(seq)] = torch.tensor(encoded["token_type_ids"][i])
    return {"input_ids": ids.to(device), "attention_mask": mask.to(device), "token_type_ids": types.to(device)}


def window_probs(model: Any, encoded: dict[str, list], *, pad_id: int, device: str, batch_size: int) -> Any:
    """Softmax probabilities per window (a float32 CPU tensor, windows in input order)."""
    import torch

    n = len(encoded["input_ids"])
    out = torch.zeros((n, model.config.num_labels), dtype=torch.float32)
    lengths = [len(x) for x in encoded["input_ids"]]
    use_amp = device.startswith("cuda")
    with torch.inference_mode():
        for idx in batches(n, lengths, batch_size):
            batch = collate(encoded, idx, pad_id, device)
            with torch.autocast("cuda", dtype=torch.bfloat16, enabled=use_amp):
                logits = model(**batch).logits
            out[idx] = torch.softmax(logits.float(), dim=-1).cpu()
    return out


def doc_probs(win: Any, doc_of_window: Sequence[int], n_docs: int) -> Any:
    """Mean of each document's window probabilities."""
    import torch

    index = torch.tensor(list(doc_of_window), dtype=torch.long)
    sums = torch.zeros((n_docs, win.shape[1]), dtype=torch.float32).index_add_(0, index, win)
    counts = torch.bincount(index, minlength=n_docs).clamp(min=1).unsqueeze(1)
    return sums / counts


def predict_encoded(model: Any, encoded: dict[str, list], n_docs: int, labels: Sequence[str], *, pad_id: int,
                    device: str, batch_size: int) -> list[dict[str, float]]:
    """One ``{label: probability}`` per document from its encoded windows (mean of the windows)."""
    rows = doc_probs(window_probs(model, encoded, pad_id=pad_id, device=device, batch_size=batch_size),
                     encoded["doc"], n_docs).tolist()
    return [{lab: float(v) for lab, v in zip(labels, row)} for row in rows]


class TransformerClassifier:
    """A fine-tuned sequence classifier read from a local directory.

    ``predict_proba(texts)`` takes raw document texts (not ``model_input``: the windows
    carry the lead themselves) and returns one ``{label: probability}`` per text. ``spec``
    must be the window shape the model was trained with (``load_model`` reads it from
    ``meta.json``).
    """

    def __init__(self, path: str | Path, *, device: str | None = None, batch_size: int | None = None,
                 spec: WindowSpec | None = None) -> None:
        self.path = Path(path)
        self.device = pick_device(device)
        self.batch_size = batch_size or (128 if self.device.startswith("cuda") else 16)
        self.tokenizer, self.model = load_checkpoint(self.path, device=self.device)
        self.spec = spec or WindowSpec()
        self.labels = [self.model.config.id2label[i] for i in range(self.model.config.num_labels)]
        self._simplify = Simplifier()

    def __reduce__(self) -> tuple:
        # pickled (worker processes, Dask) as its directory and settings: reloaded, not serialised
        return (_reload, (str(self.path), self.device, self.batch_size, self.spec))

    def predict_proba(self, texts: Sequence[str]) -> list[dict[str, float]]:
        if not texts:
            return []
        enc = encode_windows(self.tokenizer, texts, self.spec, self._simplify)
        return predict_encoded(self.model, enc, len(texts), self.labels, pad_id=self.tokenizer.pad_token_id or 0,
                               device=self.device, batch_size=self.batch_size)


def _reload(path: str, device: str, batch_size: int, spec: WindowSpec) -> TransformerClassifier:
    return TransformerClassifier(path, device=device, batch_size=batch_size, spec=spec)


def load_checkpoint(path: Path, *, device: str = "cpu", num_labels: int | None = None,
                    id2label: dict[int, str] | None = None) -> tuple[Any, Any]:
    """Tokenizer and sequence classifier from a local directory (safetensors only).

    With ``num_labels``/``id2label`` a base checkpoint gets a fresh classification head.
    """
    from transformers import AutoModelForSequenceClassification, AutoTokenizer
    from transformers.utils import logging as hf_logging

    if not (path / "config.json").is_file():
        raise TifaError(E.MODEL_NOT_FOUND, path=str(path), detail="no config.json (not a Hugging Face checkpoint)")
    if not (path / WEIGHTS_FILE).is_file():
        raise TifaError(E.MODEL_NOT_SAFETENSORS, path=str(path), detail=f"no {WEIGHTS_FILE}")
    import torch

    kwargs: dict[str, Any] = {"local_files_only": True, "use_safetensors": True, "trust_remote_code": False,
                              "dtype": torch.float32}  # float16 files are computed in float32 (autocast on GPU)
    if id2label is not None:
        kwargs.update(num_labels=num_labels, id2label=id2label, label2id={v: k for k, v in id2label.items()})
    verbosity, bars = hf_logging.get_verbosity(), hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity_error()  # a fresh head's "newly initialized" notice is expected, not news
    hf_logging.disable_progress_bar()  # no "Loading weights" bar in the middle of a tagging run
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True, trust_remote_code=False)
        model = AutoModelForSequenceClassification.from_pretrained(str(path), **kwargs)
    except TifaError:
        raise
    except Exception as exc:
        raise TifaError(E.MODEL_UNREADABLE, path=str(path), detail=f"{type(exc).__name__}: {str(exc)[:200]}") from None
    finally:
        hf_logging.set_verbosity(verbosity)
        if bars:
            hf_logging.enable_progress_bar()
    model.to(device)
    model.eval()
    return tokenizer, model
