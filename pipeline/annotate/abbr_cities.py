"""A city named right after a verb of coming or going whose first character is a province's
one-character name (赴鄂尔多斯, 赴晋江, 赴辽源, 来黔江, 赴鲁甸; issue 15, helper rpcity).

The place pattern ``compound.visit_province_abbr`` reads 赴鄂 as Hubei visited: the matcher
takes the leftmost match, so the city the character begins (鄂尔多斯, Inner Mongolia) is never
seen. :func:`city_after_visit_abbr` reads the text from the abbreviation on again and keeps the
city where a city of the lexicon starts there and is longer than the one character.

Example:
    >>> from pipeline.lexicon import load
    >>> from pipeline.schemas import Document
    >>> from pipeline.annotate.places import annotate_places
    >>> [(m.text, m.code) for m in annotate_places(Document("d", "代表团赴鄂尔多斯考察"), load())]
    [('鄂尔多斯', 'CN-NM')]
"""

from __future__ import annotations

from typing import Any, Sequence

from ..schemas import Mention, new_mention

_VISIT_ABBR = "compound.visit_province_abbr"


def city_after_visit_abbr(out: list[Mention], text: str, matcher: Any, single: Sequence[Any],
                          date: Any) -> list[Mention]:
    """``out`` with each visit-abbreviation mention (赴鄂) replaced by the city its character
    begins (鄂尔多斯), where the lexicon names one there; the others unchanged."""
    if not any(m.entry == _VISIT_ABBR for m in out):
        return out
    res = []
    for m in out:
        if m.entry == _VISIT_ABBR and m.end - m.start >= 2:
            at = m.end - 1  # the abbreviation's character
            city = None
            for s, e, idx, hit in matcher.spans(text[at:at + 12], date):
                if s == 0 and e >= 2 and hit is None and single[idx] is not None:
                    label, code, entry = single[idx]
                    if label == "province" and entry.startswith("city."):
                        city = new_mention(at, at + e, text[at:at + e], label, code, entry)
                break
            if city is not None:
                res.append(city)
                continue
        res.append(m)
    return res
