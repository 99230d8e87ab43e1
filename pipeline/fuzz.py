"""Fuzzing ``decode + read + tag``: hostile inputs and the outcome of each.

The promise checked: whatever the input, the batch gets a record or a coded error; never an
uncaught exception, never E010 (an internal error), and every mention slices its document
(``mention.text == text[start:end]``). Four kinds of input, drawn from one seeded
:class:`random.Random` so that a failure is reproducible from ``(seed, index)``:

* ``bytes``: random bytes read as a .txt/.md/.html/.pdf/.docx/.jsonl file;
* ``unicode``: random text mixing CJK, Latin, lexicon forms, whitespace runs, invisible
  and combining characters, astral characters and lone surrogates, through a JSONL line
  and through :meth:`~pipeline.tagger.Tagger.tag` directly;
* ``mutated``: real documents (the project's example and corpus files, dev texts) with
  bytes flipped, cut, repeated or inserted;
* ``json``: JSONL lines nested deep, with fields of every type.

Used by ``tests/test_fuzz.py`` (10^4 inputs) and ``bench/fuzz.py`` (10^6, in processes).

Example:
    >>> from pipeline.tagger import Tagger
    >>> counts = run_fuzz(Tagger(), seed=1, n=20)
    >>> sum(counts.values()), bad_outcomes(counts)
    (20, {})
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .engines.local import ChunkTagger
from .errors import E, TifaError
from .io import parse_jsonl_line, read_data
from .schemas import Document

KINDS = ("bytes", "unicode", "mutated", "json")
ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (".txt", ".md", ".html", ".pdf", ".docx", ".jsonl")
_PIECES = ["云南省", "越南", "老挝", "东盟", "一带一路", "对外开放", "会见", "签署", "Yunnan", "Vietnam", "ASEAN",
           "Belt and\nRoad", "opening  up", "South\tAsia", "廣西壯族自治區", "ＡＳＥＡＮ", "ﬁ", "İ", "\u00ad", "\u200b",
           "\ufeff", "\u0301", "\U0001d400", "\U00020000", "\ud800", "\udfff", "\udc80", "\n\n", "  ", "\t", "\r\n",
           "。", "，", "“", "(", "-\n", "2024年3月5日", "March 5, 2024", "\x00", "\x1b", "\u2028", "\u3000"]


@dataclass(frozen=True)
class Case:
    """One fuzz input: its kind, a label, and either bytes with a suffix or a text."""

    kind: str
    label: str
    data: bytes = b""
    suffix: str = ".txt"
    text: str | None = None


def _seeds() -> list[tuple[bytes, str]]:
    """Real documents to mutate: example and corpus files, and dev texts as .txt."""
    out: list[tuple[bytes, str]] = []
    for folder in (ROOT / "corpus" / "examples", ROOT / "corpus" / "files" / "dev"):
        if folder.is_dir():
            out += [(f.read_bytes(), f.suffix.lower()) for f in sorted(folder.iterdir()) if f.is_file()]
    dev = ROOT / "corpus" / "dev.jsonl"
    if dev.is_file():
        with open(dev, encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i % 20 == 0:
                    out.append((json.loads(line)["text"].encode("utf-8"), ".txt"))
    return out or [("云南省与越南签署合作协议。".encode(), ".txt")]


def _random_text(rng: random.Random, size: int) -> str:
    out = []
    while sum(map(len, out)) < size:
        r = rng.random()
        if r < 0.35:
            out.append(rng.choice(_PIECES))
        elif r < 0.6:
            out.append(chr(rng.randint(0x4E00, 0x9FFF)))
        elif r < 0.8:
            out.append(chr(rng.randint(0x20, 0x7E)))
        elif r < 0.95:
            out.append(chr(rng.randint(0x80, 0xFFFF)))  # lone surrogates included
        else:
            out.append(chr(rng.randint(0x10000, 0x10FFFF)))
    return "".join(out)


def _mutate(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.random()
        pos = rng.randint(0, len(b)) if b else 0
        if op < 0.35 and b:
            b[min(pos, len(b) - 1)] = rng.randrange(256)
        elif op < 0.5:
            b[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op < 0.65:
            del b[pos:pos + rng.randint(1, 64)]
        elif op < 0.75:
            b[pos:pos] = b[pos:pos + rng.randint(1, 256)] * rng.randint(2, 20)
        elif op < 0.85:
            b[pos:pos] = _random_text(rng, 12).encode("utf-8", "surrogatepass")
        else:
            del b[rng.randint(0, len(b)):]  # truncated
    return bytes(b)


def _nested(rng: random.Random) -> bytes:
    depth = rng.choice([1, 2, 10, 63, 64, 65, 200, 990, 5000, 100_000])
    opener, closer = rng.choice([("[", "]"), ('{"a":', "}")])
    junk = opener * depth + "1" + closer * depth
    values: list[Any] = [None, 1, 1.5, True, "x", [], {}, ["a"], {"b": 1}, "云南省\\ud800", 10**30]
    fields = {k: rng.choice(values) for k in ("id", "text", "title", "date", "lang", "source") if rng.random() < 0.8}
    if rng.random() < 0.5:
        fields["id"], fields["text"] = f"n{rng.randrange(10**6)}", _random_text(rng, 40)
    body = json.dumps(fields, ensure_ascii=True)[:-1]
    return (body + (", " if fields else "") + '"m": ' + junk + "}").encode() if rng.random() < 0.7 else body.encode()


def cases(seed: int, n: int) -> Iterator[Case]:
    """``n`` fuzz inputs from ``seed``, the four kinds in turn."""
    rng = random.Random(seed)
    seeds = _seeds()
    for i in range(n):
        kind = KINDS[i % len(KINDS)]
        label = f"{seed}:{i}"
        if kind == "bytes":
            data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 300)))
            yield Case(kind, label, data, rng.choice(SUFFIXES))
        elif kind == "unicode":
            yield Case(kind, label, text=_random_text(rng, rng.randint(0, 300)))
        elif kind == "mutated":
            data, suffix = rng.choice(seeds)
            yield Case(kind, label, _mutate(rng, data), suffix)
        else:
            yield Case(kind, label, _nested(rng), ".jsonl")


def _item(case: Case) -> Document | TifaError:
    """What the input walk and readers make of a case (an uncaught exception propagates)."""
    where = f"fuzz-{case.label}{case.suffix}"
    if case.text is not None:
        return parse_jsonl_line(json.dumps({"id": case.label, "text": case.text}), where, where)
    if case.suffix == ".jsonl":
        line = case.data.split(b"\n", 1)[0]
        return parse_jsonl_line(line, where, where) if line.strip() else Document(id=case.label, text="")
    try:
        text, title, found, _ = read_data(case.data, case.suffix, where)
    except TifaError as exc:
        return exc
    return Document(id=case.label, text=text, title=title, source=where, meta={"warnings": found} if found else {})


def outcomes(tagger: Any, batch: list[Case]) -> list[str]:
    """The outcome of each case: ``ok``, an error code, ``uncaught:Type``, ``offset`` or ``E010``."""
    out: list[str | None] = [None] * len(batch)
    items: list[Document | TifaError] = []
    where: list[int] = []
    for k, case in enumerate(batch):
        try:
            items.append(_item(case))
            where.append(k)
        except Exception as exc:  # noqa: BLE001 - that is the finding
            out[k] = f"uncaught:{type(exc).__name__}"
    results = ChunkTagger(tagger, max_seconds=0)(items)
    for k, item, (kind, payload, *_) in zip(where, items, results):
        if kind != "ok":
            out[k] = payload["code"]
            continue
        rec = json.loads(payload)
        text = item.text if isinstance(item, Document) else ""
        bad = any(m["text"] != text[m["start"]:m["end"]] for m in rec["mentions"])
        out[k] = "offset" if bad else "ok"
    for k, case in enumerate(batch):  # raw text, surrogates and all, straight into the tagger
        if case.text is not None and out[k] == "ok":
            try:
                rec = tagger.tag(case.text, id=case.label)
            except Exception as exc:  # noqa: BLE001
                out[k] = f"uncaught:tag:{type(exc).__name__}"
                continue
            if any(m.text != case.text[m.start:m.end] for m in rec.mentions):
                out[k] = "offset"
    return out  # type: ignore[return-value]


def run_fuzz(tagger: Any, *, seed: int, n: int, batch: int = 64, failures: list[str] | None = None) -> Counter:
    """Counts by outcome of ``n`` cases from ``seed``; labels of bad outcomes go to ``failures``."""
    counts: Counter = Counter()
    buf: list[Case] = []
    for case in cases(seed, n):
        buf.append(case)
        if len(buf) == batch:
            _tally(tagger, buf, counts, failures)
            buf = []
    if buf:
        _tally(tagger, buf, counts, failures)
    return counts


def _tally(tagger: Any, buf: list[Case], counts: Counter, failures: list[str] | None) -> None:
    for case, outcome in zip(buf, outcomes(tagger, buf)):
        counts[outcome] += 1
        if failures is not None and is_bad(outcome):
            failures.append(f"{case.label} {case.kind}{case.suffix}: {outcome}")


def is_bad(outcome: str) -> bool:
    """An outcome that breaks the promise."""
    return outcome in (E.INTERNAL, "offset", E.WORKER_CRASHED) or outcome.startswith("uncaught")


def bad_outcomes(counts: Counter) -> dict[str, int]:
    """The counts that break the promise (empty when it holds)."""
    return {k: v for k, v in counts.items() if is_bad(k)}
