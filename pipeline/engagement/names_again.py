"""A Chinese person named again by title and surname alone ("Mme. Zhou Hong, President of the
provincial friendship association, …. President Zhou briefed …"): the person named in full
before, not a foreign head of state or minister (TAXONOMY §3b ``counterpart``).

Example:
    >>> t = "She met Mme. Zhou Hong, President of the Association. President Zhou briefed the guests."
    >>> named_again_cn(t, t.index("President Zhou") + len("President"))
    True
    >>> t = "She met Han Duck-soo. Prime Minister Han said"
    >>> named_again_cn(t, t.index("Han said"))
    False
"""

from __future__ import annotations

import re

from .person_names import _CN_SURNAMES, _pinyin

_SURNAME_ALONE = re.compile(r"\s+([A-Z][a-z]+)\b(?!\s+[A-Z])")


def named_again_cn(text: str, pos: int) -> bool:
    """Whether a Chinese surname alone follows ``pos`` and the text named the same surname with
    a pinyin given name before (Zhou Hong … President Zhou)."""
    m = _SURNAME_ALONE.match(text, pos)
    if m is None or m.group(1).lower() not in _CN_SURNAMES:
        return False
    full = re.compile(rf"\b{m.group(1)}\s+([A-Z][a-z]+)\b")
    return any(_pinyin(g.group(1)) for g in full.finditer(text, 0, pos))
