"""A foreign leader met by China's national leader, named in a provincial readout, is background (fzh).

A city's or a province's readout often recalls the centre's diplomacy while its own leader speaks:
去年11月，习近平主席会见某国首相，为两国关系指明方向 (in a mayor's welcome to a sister-city mayor). The
head of government named there is the one China's president met, not the counterpart of the
engagement the page reports (TAXONOMY §3b: the highest-ranking foreign party *of the act*). The
posts reader (:func:`.posts._background_leaders`) marks such a title as background when
:func:`met_by_national_leader` says the clause it stands in has a national leader meeting someone
before it.

Example:
    >>> s = "他说，去年11月，习近平主席会见某国首相，两国关系迎来新机遇。"
    >>> met_by_national_leader(s, s.index("首相"))
    True
    >>> s = "市长某某会见了某国某市市长一行。"
    >>> met_by_national_leader(s, s.index("市长一行"))
    False
"""

from __future__ import annotations

import re

from .central import CENTRAL_LEADERS

_TRADITIONAL_LEADERS = re.compile("習近平|李強|王滬寧|趙樂際|韓正|胡錦濤|溫家寶|栗戰書|楊潔篪")
_MEETS = re.compile(r"会见|會見|会谈|會談|会晤|會晤|通电话|通電話|通话|通話|接见|接見")
_CLAUSE = re.compile(r"[，,。；;！？]")


def met_by_national_leader(text: str, pos: int) -> bool:
    """Whether the title at ``pos`` stands in a clause where a national leader (习近平, 李强 …) meets
    someone before it (习近平主席会见某国首相): the centre's counterpart, not the engagement's."""
    c0 = max((m.end() for m in _CLAUSE.finditer(text, max(0, pos - 60), pos)), default=max(0, pos - 60))
    leader = CENTRAL_LEADERS.search(text, c0, pos) or _TRADITIONAL_LEADERS.search(text, c0, pos)
    return leader is not None and _MEETS.search(text, leader.end(), pos) is not None
