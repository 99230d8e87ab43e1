"""How a provincial site names its own side without naming the province, beyond the organs
:mod:`pipeline.annotate.places` reads (我省, 省外办, 省委): a leader named by a bare provincial title
(副省长, 省长, 自治区主席, 自治区副主席) or the province's friendship association (省对外友协); and a
consulate's seat (驻昆明总领事), which locates the consulate and so does not name the source's own side.

Example:
    >>> [m.group() for m in own_titles("4月2日,副省长会见老挝琅勃拉邦省省长。")]
    ['副省长']
    >>> seat_only("缅甸驻昆明总领事", 3)
    True
"""

from __future__ import annotations

import re
from typing import Iterator

# a bare provincial title: not a foreign unit's (琅勃拉邦省省长, 某州州长), nor a municipality's or a body's
_OWN_TITLE_ZH = re.compile(r"(?<!省)(?:常务)?副?省长(?!助理)"
                           r"|自治区(?:党委)?(?:常务)?副?(?:主席|书记)|(?<![\u4e00-\u9fff])省(?:对外)?友协")
_SEAT_BEFORE = ("驻", "駐")


def own_titles(text: str) -> Iterator[re.Match]:
    """The bare provincial titles and bodies in ``text`` that name the page's own province."""
    return _OWN_TITLE_ZH.finditer(text)


def seat_only(text: str, start: int) -> bool:
    """Whether the place at ``start`` is a consulate's seat (驻昆明, 驻穗): it names no acting side."""
    return text[max(0, start - 1):start] in _SEAT_BEFORE
