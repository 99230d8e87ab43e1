"""Regex helpers that keep slot patterns fast on long texts.

* :func:`trie_alternation` writes a list of words as one prefix-factored alternation, so
  the engine walks a trie instead of trying hundreds of alternatives at every position.
* :func:`required_literals` reads a compiled pattern's parse tree and returns strings of
  which every match must contain one (or None when no such set is known), so a pattern
  can be skipped on texts that contain none of them.

Example:
    >>> import re
    >>> rx = re.compile(trie_alternation(["asean", "asia", "asian"]))
    >>> rx.fullmatch("asian") is not None, rx.pattern
    (True, 'as(?:ean|ia(?:n)?)')
    >>> sorted(required_literals(re.compile("面向(?:南亚|东南亚)的(?:枢纽|门户)")))
    ['面向']
"""

from __future__ import annotations

import re
from typing import Iterable

try:  # the parser module moved in Python 3.11; both expose the same API
    import re._parser as _sre  # type: ignore[import-not-found]
    from re import _constants as _c  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre  # type: ignore[no-redef]

MAX_TRIGGERS = 12


def trie_alternation(words: Iterable[str]) -> str:
    """A regex matching exactly ``words``, longest alternative first at every branch."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _render(trie)


def _render(node: dict) -> str:
    end = "" in node
    branches = [re.escape(ch) + _render(child) for ch, child in sorted(node.items()) if ch != ""]
    if not branches:
        return ""
    # longest-first preference: try the branches before ending here
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return f"(?:{body})?"
    return body


def required_literals(rx: re.Pattern[str]) -> frozenset[str] | None:
    """Strings of which every match of ``rx`` contains at least one, or None if unknown."""
    try:
        tree = _sre.parse(rx.pattern, rx.flags)
    except Exception:  # pragma: no cover - a compiled pattern always parses
        return None
    found = _seq(list(tree))
    if not found or len(found) > MAX_TRIGGERS or any(len(s.strip()) < 2 for s in found):
        return None  # a space or a single letter is in nearly every text: no use as a trigger
    return frozenset(found)


def _seq(items: list) -> set[str] | None:
    """Best required set of a sequence: literal runs and required sub-items."""
    best: set[str] | None = None
    run: list[str] = []

    def consider(cand: set[str] | None) -> None:
        nonlocal best
        if cand and all(len(c.strip()) >= 2 for c in cand) and len(cand) <= MAX_TRIGGERS:
            if best is None or _better(cand, best):
                best = cand

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider({"".join(run)})
            run = []
        if op is _c.SUBPATTERN:
            consider(_seq(list(av[-1])))
        elif op is _c.BRANCH:
            parts = [_seq(list(b)) for b in av[1]]
            if all(parts):
                consider(set().union(*parts))  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            consider(_seq(list(av[2])))
    if run:
        consider({"".join(run)})
    return best


def _better(a: set[str], b: set[str]) -> bool:
    """Prefer fewer, longer trigger strings."""
    return (len(a), -min(map(len, a))) < (len(b), -min(map(len, b)))
