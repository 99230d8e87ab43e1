"""Training data: gold splits as (text, label, lang) examples, and their hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from ..schemas import ENGAGEMENT_CATEGORIES
from ..text import detect_lang, sentences

NULL = "null"
LABELS: tuple[str, ...] = ENGAGEMENT_CATEGORIES + (NULL,)


@dataclass(frozen=True)
class Split:
    texts: list[str]
    labels: list[str]
    langs: list[str]
    ids: list[str]


def model_input(text: str) -> str:
    """What a classifier reads: the lead sentence twice, then the text.

    TAXONOMY §3 rule 1 makes the headline/first clause decisive; repeating it weights
    its n-grams without a second feature space.
    """
    spans = sentences(text)
    lead = text[spans[0][0]:spans[0][1]] if spans else ""
    return f"{lead}\n{lead}\n{text}"


def load_split(path: str | Path) -> Split:
    """Documents of a gold JSONL whose ``engagement`` field is present (``null`` kept)."""
    texts, labels, langs, ids = [], [], [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            if "engagement" not in d:
                continue
            texts.append(d["text"])
            labels.append(d["engagement"] or NULL)
            langs.append(d.get("lang") or detect_lang(d["text"]))
            ids.append(d["id"])
    return Split(texts, labels, langs, ids)


def data_hash(*paths: str | Path) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(Path(p).read_bytes())
    return h.hexdigest()[:16]
