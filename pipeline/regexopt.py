"""Regex helpers that keep slot patterns fast on long texts.

* :func:`trie_alternation` writes a list of words as one prefix-factored alternation, so
  the engine walks a trie instead of trying hundreds of alternatives at every position.
* :func:`anchors` reads a compiled pattern's parse tree and returns strings of which every
  match must contain one, and how far into the match they can start, so a pattern can be
  skipped on texts that contain none of them and tried only near those that do. The sets
  may be large (a slot's fillers): the matcher looks them up with its own Aho–Corasick
  automaton.

Example:
    >>> import re
    >>> rx = re.compile(trie_alternation(["asean", "asia", "asian"]))
    >>> rx.fullmatch("asian") is not None, rx.pattern
    (True, 'as(?:ean|ia(?:n)?)')
    >>> anchors(re.compile("面向(?:南亚|东南亚)的(?:枢纽|门户)"))
    (frozenset({'面向'}), 0)

* :func:`first_chars` gives the characters a match can start with, so that of those
  positions a matcher tries only the ones where the text has such a character.
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

MAX_TRIGGERS = 2000


def _weak(s: str) -> bool:
    """A trigger found in nearly every text: one character (or only spaces). Short Latin
    words ("eu", "to") are allowed but, being common, lose to longer ones (:func:`_better`)."""
    return len(s.strip()) < 2


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


def anchors(rx: re.Pattern[str], groups: dict[int, Iterable[str]] | None = None,
            ) -> tuple[frozenset[str], int | None] | None:
    """``(triggers, lead)``: every match of ``rx`` contains one of ``triggers`` starting at
    most ``lead`` characters after the match start (``lead`` None: no bound known), or
    None when no useful trigger set is known. ``groups`` gives, for a capturing group
    (by number), the words it matches (a slot's fillers), which its trie-shaped
    alternation hides from the parse tree.

    A matcher that knows where the triggers occur can then try ``rx.match`` only at the
    ``lead + 1`` positions before each occurrence instead of at every position.

    >>> anchors(re.compile("(?:高水平|全方位)?开放(?:门户|窗口)"))
    (frozenset({'开放'}), 3)
    >>> anchors(re.compile("[a-z]+ hub"))
    (frozenset({' hub'}), None)
    """
    try:
        tree = _sre.parse(rx.pattern, rx.flags)
    except Exception:  # pragma: no cover - a compiled pattern always parses
        return None
    found = _seq(list(tree), tree.state, {g: set(ws) for g, ws in (groups or {}).items()})
    if not found:
        return None
    return frozenset(found[0]), found[1]


MAX_FIRST = 512  # a larger first-character set is not worth checking


def first_chars(rx: re.Pattern[str]) -> frozenset[str] | None:
    """The characters every match of ``rx`` starts with, or None when not known (the
    pattern can match the empty string, starts with a class such as ``\\w`` or ``.``, or
    ignores case).

    >>> sorted(first_chars(re.compile("(?<![a-z])(?:面向|向)?对(?:南亚|东盟)")))
    ['向', '对', '面']
    >>> sorted(first_chars(re.compile("[a-c]*hub")))
    ['a', 'b', 'c', 'h']
    >>> first_chars(re.compile("[^a]b")) is None, first_chars(re.compile("x?")) is None
    (True, True)
    """
    if rx.flags & re.IGNORECASE:
        return None
    found = _first(list(_sre.parse(rx.pattern, rx.flags)))  # a compiled pattern parses
    if found is None or found[1] or len(found[0]) > MAX_FIRST:
        return None
    return frozenset(found[0])


def _first(items: list) -> tuple[set[str], bool] | None:
    """``(first characters, can be empty)`` of a sequence of parse items; None: unknown."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _c.IN:
            for kind, arg in av:
                if kind is _c.LITERAL:
                    out.add(chr(arg))
                elif kind is _c.RANGE and arg[1] - arg[0] < MAX_FIRST:
                    out.update(map(chr, range(arg[0], arg[1] + 1)))
                else:  # NEGATE, CATEGORY, a wide range
                    return None
            return out, False
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero width: the next item starts the match
            continue
        if op is _c.SUBPATTERN:
            inner = _first(list(av[-1]))
        elif op is _c.BRANCH:
            parts = [_first(list(b)) for b in av[1]]
            if any(p is None for p in parts):
                return None
            inner = (set().union(*(p[0] for p in parts)), any(p[1] for p in parts))  # type: ignore[index]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            inner = _first(list(av[2]))
            if inner is not None and av[0] == 0:
                inner = (inner[0], True)
        else:  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, ...
            return None
        if inner is None:
            return None
        out |= inner[0]
        if not inner[1]:
            return out, False
    return out, True


def _add(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def _max_width(state: object, item: tuple) -> int | None:
    hi = _sre.SubPattern(state, [item]).getwidth()[1]
    return None if hi >= _c.MAXREPEAT else hi


def _seq(items: list, state: object, groups: dict[int, set[str]]) -> tuple[set[str], int | None] | None:
    """Best ``(required set, lead)`` of a sequence: literal runs and required sub-items."""
    best: tuple[set[str], int | None] | None = None
    run: list[str] = []
    run_at: int | None = 0
    offset: int | None = 0  # the most characters the items so far can take

    def consider(cand: tuple[set[str], int | None] | None) -> None:
        nonlocal best
        if cand and cand[0] and not any(_weak(c) for c in cand[0]) and len(cand[0]) <= MAX_TRIGGERS:
            if best is None or _better(cand, best):
                best = cand

    for item in items:
        op, av = item
        if op is _c.LITERAL:
            if not run:
                run_at = offset
            run.append(chr(av))
            offset = _add(offset, 1)
            continue
        if run:
            consider(({"".join(run)}, run_at))
            run = []
        inner: tuple[set[str], int | None] | None = None
        if op is _c.SUBPATTERN and av[0] in groups:
            inner = (groups[av[0]], 0)
            if any(_weak(w) for w in inner[0]):
                inner = _seq(list(av[-1]), state, groups)
        elif op is _c.SUBPATTERN:
            inner = _seq(list(av[-1]), state, groups)
        elif op is _c.BRANCH:
            parts = [_seq(list(b), state, groups) for b in av[1]]
            if all(parts):
                leads = [p[1] for p in parts]  # type: ignore[index]
                inner = (set().union(*(p[0] for p in parts)),  # type: ignore[index]
                         None if None in leads else max(leads))  # type: ignore[type-var]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            inner = _seq(list(av[2]), state, groups)  # found in the first repetition
        if inner:
            consider((inner[0], _add(offset, inner[1])))
        offset = _add(offset, _max_width(state, item))
    if run:
        consider(({"".join(run)}, run_at))
    return best


def _better(a: tuple[set[str], int | None], b: tuple[set[str], int | None]) -> bool:
    """Prefer a bounded lead; then the fewest expected ``match`` attempts, taking a
    trigger's length as its rarity: (lead + 1) / shortest trigger; then fewer strings."""
    def key(c: tuple[set[str], int | None]) -> tuple:
        shortest = min(map(len, c[0]))
        return (c[1] is None, ((c[1] or 0) + 1) / shortest, len(c[0]), -shortest)

    return key(a) < key(b)
