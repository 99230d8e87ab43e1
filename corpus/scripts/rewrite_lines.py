"""Rewrite gold JSONL files line by line: the loop the relabelling scripts share.

    from rewrite_lines import rewrite
    print(rewrite(fix_line))            # fix_line(str) -> str, applied to every line

A line ``fix`` returns unchanged is written back as it was (byte for byte); a file none of
whose lines changed is not written. Returns the number of changed lines per file, by path
relative to ``corpus/``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

CORPUS = Path(__file__).resolve().parent.parent
SPLITS = [CORPUS / f"{s}.jsonl" for s in ("train", "dev", "test")]


def all_files() -> list[Path]:
    """Every part and every split."""
    return sorted((CORPUS / "parts").glob("*.jsonl")) + SPLITS


def rewrite(fix: Callable[[str], str], files: Iterable[Path] | None = None) -> dict[str, int]:
    """Apply ``fix`` to every line of ``files`` (default: :func:`all_files`)."""
    changed: dict[str, int] = {}
    for path in all_files() if files is None else files:
        if not path.is_file():
            continue
        lines = path.read_text(encoding="utf-8").split("\n")
        new = [fix(ln) for ln in lines]
        n = sum(a != b for a, b in zip(lines, new))
        if n:
            path.write_text("\n".join(new), encoding="utf-8")
            changed[str(path.relative_to(CORPUS))] = n
    return changed
