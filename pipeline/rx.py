"""Regex speed without changing a match: a lookahead of the characters a match can start with.

Python's ``re`` skips ahead to candidate characters only when it can read a pattern's first
characters off its start; an alternation whose branches open with a group, a lookbehind, a
word boundary or an optional item (``(?:都|均)已?…``, ``\\b(?:jan|feb…)``, ``(?<=…)\\n``) makes
it try the whole alternation at every position of the text (issue 17: the date, the
retrospective-marker and the whitespace-collapse patterns ran 2-3x slower than needed).
:func:`skipping` computes the set of characters every match starts with from the parsed
pattern and prefixes the pattern with a lookahead of that set, which the engine does use:
the matches are the same, found sooner. Where the set cannot be known (a pattern that can
match the empty string, a branch opening with ``.``, a negated class, a back reference) the
pattern is returned as it is. (:func:`pipeline.regexopt.first_chars` answers a narrower
question for the matcher's anchored runs: a small set of literal characters, no classes,
no case folding; this module needs classes such as ``\\d`` and case-insensitive patterns.)

Example:
    >>> rx = skipping(re.compile(r"(?:都|均)已?与|\\d+对"))
    >>> rx.pattern
    '(?=[\\\\d均都])(?:(?:都|均)已?与|\\\\d+对)'
    >>> [m.group() for m in rx.finditer("共12对，都已与")]
    ['12对', '都已与']
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s", C.CATEGORY_WORD: r"\w"}
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


class _Unknown(Exception):
    """The first characters of a pattern cannot be listed."""


def _class_items(items: list) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is C.RANGE:
            out.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            out.add(_CATEGORIES[av])
        else:  # a negated class, a negated category
            raise _Unknown
    return out


def _first(seq: list) -> tuple[set[str], bool]:
    """(the class items a match of ``seq`` can start with, whether ``seq`` can match empty)."""
    out: set[str] = set()
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the next item starts the match
        if op is C.LITERAL:
            out.add(re.escape(chr(av)))
            return out, False
        if op is C.IN:
            out |= _class_items(av)
            return out, False
        if op is C.BRANCH:
            nullable = False
            for alt in av[1]:
                first, empty = _first(alt)
                out |= first
                nullable = nullable or empty
            if not nullable:
                return out, False
            continue
        if op is C.SUBPATTERN:
            first, empty = _first(av[-1])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            first, empty = _first(av[2])
            empty = empty or av[0] == 0
        elif op is C.ATOMIC_GROUP:
            first, empty = _first(av)
        else:  # ANY, NOT_LITERAL, GROUPREF, conditional groups …
            raise _Unknown
        out |= first
        if not empty:
            return out, False
    return out, True


def first_class(rx: re.Pattern[str]) -> str | None:
    """A character class (``[…]``) holding every character a match of ``rx`` can start
    with, or None when that cannot be known or a match can be empty."""
    try:
        items, empty = _first(list(P.parse(rx.pattern, rx.flags)))
    except _Unknown:
        return None
    if empty or not items:
        return None
    return "[" + "".join(sorted(items)) + "]"


def _one_char(seq: list) -> bool:
    """Whether every match of ``seq`` is exactly one character (zero-width items aside)."""
    n = 0
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue
        if op is C.LITERAL or op is C.IN:
            n += 1
        elif op is C.SUBPATTERN and _one_char(list(av[-1])):
            n += 1
        elif op is C.BRANCH and all(_one_char(list(alt)) for alt in av[1]):
            n += 1
        else:
            return False
    return n == 1


def pair_scan(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that finds, at the same positions or more, where a match of ``rx`` can
    start: a class of its first characters followed by a lookahead of the characters its
    second one can be, ``[来访赴](?=[川滇苏])``; None when ``rx`` does not open with one
    single character (an item or alternation that always takes exactly one, after
    zero-width assertions) or the rest can be empty or cannot be listed.

    ``re`` skips to the first class by its own fast scan and tests the lookahead there: a
    pattern run over a whole text by :func:`pipeline.lexicon.matcher._scanned` is then
    tried in Python only where both characters fit (issue 17: 来 and 访 are frequent; a
    province's abbreviation right after them is rare).

    Example:
        >>> pair_scan(re.compile(r"(?:(?<!未)来|访)(?:川|滇)")).pattern
        '[来访](?=[川滇])'
    """
    first = first_class(rx)
    if first is None:
        return None
    seq = list(P.parse(rx.pattern, rx.flags))
    while seq and seq[0][0] is C.SUBPATTERN and not seq[0][1][1] and not seq[0][1][2]:
        seq = list(seq[0][1][-1]) + seq[1:]  # (a group without flags: its items open the pattern)
    k = 0
    while k < len(seq) and seq[k][0] in _ZERO_WIDTH:
        k += 1
    if k == len(seq) or not _one_char([seq[k]]):
        return None
    try:
        second, empty = _first(seq[k + 1:])
    except _Unknown:
        return None
    if empty or not second:
        return None
    return re.compile(f"{first}(?=[{''.join(sorted(second))}])", rx.flags)


def _re_skips_already(seq: list, flags: int) -> bool:
    """Whether ``re`` reads a literal or a set of first characters off the pattern itself (a
    first literal or class, or an alternation of branches that each open with a literal,
    without case folding): a lookahead would only add work there."""
    while seq and seq[0][0] is C.SUBPATTERN:
        _, add, _, sub = seq[0][1]
        flags |= add
        seq = list(sub)
    if not seq:
        return False
    op, av = seq[0]
    if op is C.LITERAL:
        return True
    if flags & re.IGNORECASE:  # (a cased first character defeats it; do not guess)
        return False
    if op is C.IN:
        return True
    return op is C.BRANCH and all(alt and alt[0][0] is C.LITERAL for alt in av[1])


def skipping(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` with a lookahead of its first characters (the same matches, found sooner), or
    ``rx`` itself when they cannot be known or ``re`` already skips to them (see the module
    docstring)."""
    if _re_skips_already(list(P.parse(rx.pattern, rx.flags)), rx.flags):
        return rx
    cls = first_class(rx)
    if cls is None:
        return rx
    return re.compile(f"(?={cls})(?:{rx.pattern})", rx.flags)
