"""Guards for hostile lexicon input: catastrophic regexes and YAML anchors/aliases.

A lexicon is data that users edit (``tifa lexicon add``) and share, so loading it must not
hang or exhaust memory. Two checks, both run by :func:`pipeline.lexicon.load` and
``tifa lexicon validate``:

* :func:`backtracking_risk`: a quantified group that holds another unbounded quantifier
  (``(a+)+``, ``(\\w+\\s?)*``), or alternatives that can match the same text under a
  quantifier (``(a|a)*``), backtracks exponentially on a near-miss (E039).
* :func:`yaml_refs`: anchors (``&a``), aliases (``*a``) and explicit tags (``!x``) are
  refused (E038): a few lines of aliases expand to billions of nodes (billion laughs),
  and no lexicon entry needs them.

Example:
    >>> backtracking_risk(r"(a+)+$") is not None, backtracking_risk(r"[一-龥]{2,6}(?:省|市)") is None
    (True, True)
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)} - {None}
_UNBOUNDED = 20  # a bound this high backtracks like an unbounded one


def backtracking_risk(pattern: str) -> str | None:
    """Why ``pattern`` can backtrack catastrophically, or None if it has no nested quantifier.

    Args:
        pattern: a regular expression (after slot substitution).
    """
    try:
        tree = _p.parse(pattern)
    except re.error:
        return None  # compiling reports it (E026)
    return _walk(list(tree), inside=False)


def _is_wide(hi: Any) -> bool:
    return hi is _c.MAXREPEAT or (isinstance(hi, int) and hi >= _UNBOUNDED)


def _walk(items: list, *, inside: bool) -> str | None:
    for op, av in items:
        if op in _REPEATS:
            lo, hi, sub = av
            if op is getattr(_c, "POSSESSIVE_REPEAT", object()):
                continue  # possessive repeats never backtrack
            wide = _is_wide(hi) or (isinstance(hi, int) and hi > 1 and inside)
            if inside and _is_wide(hi):
                return "a quantifier inside a quantified group"
            if wide and _is_wide(hi) and _has_overlapping_branches(list(sub)):
                return "alternatives that can match the same text under a quantifier"
            found = _walk(list(sub), inside=inside or _is_wide(hi))
            if found:
                return found
        elif op is _c.SUBPATTERN:
            found = _walk(list(av[-1]), inside=inside)
            if found:
                return found
        elif op is _c.BRANCH:
            for alt in av[1]:
                found = _walk(list(alt), inside=inside)
                if found:
                    return found
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            found = _walk(list(av[1]), inside=inside)
            if found:
                return found
    return None


def _has_overlapping_branches(items: list) -> bool:
    """A branch (directly or in a group) whose alternatives may start the same way and one
    is a prefix of another: ``(a|a)``, ``(a|ab)``. Literal alternatives only; others pass."""
    for op, av in items:
        if op is _c.SUBPATTERN:
            return _has_overlapping_branches(list(av[-1]))
        if op is _c.BRANCH:
            alts = [_literal(list(a)) for a in av[1]]
            known = [a for a in alts if a is not None]
            return any(a != b and b.startswith(a) or (a == b and i != j)
                       for i, a in enumerate(known) for j, b in enumerate(known) if a and b)
    return False


def _literal(items: list) -> str | None:
    out = []
    for op, av in items:
        if op is not _c.LITERAL:
            return None
        out.append(chr(av))
    return "".join(out)


# ---------------------------------------------------------------------------- YAML

def yaml_refs(text: str) -> tuple[int, str] | None:
    """``(line, what)`` of the first anchor, alias or explicit tag in a YAML text, else None.

    Uses the YAML scanner's tokens (C-accelerated when available), so a ``&`` or ``*``
    inside a quoted string is never mistaken for one.

    >>> yaml_refs("- id: a\\n  zh: [R&D]\\n"), yaml_refs("- &x {id: a}\\n- *x\\n")
    (None, (1, 'anchor &x'))
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.events import AliasEvent, NodeEvent

    for ev in YAML(typ="safe").parse(text):
        line = (ev.start_mark.line + 1) if ev.start_mark is not None else 1
        if isinstance(ev, AliasEvent):
            return line, f"alias *{ev.anchor}"
        if isinstance(ev, NodeEvent) and ev.anchor:
            return line, f"anchor &{ev.anchor}"
        tag = getattr(ev, "tag", None)  # set on an event only when the text writes one
        if tag:
            return line, f"tag {tag}"
    return None
