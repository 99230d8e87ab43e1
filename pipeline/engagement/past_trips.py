"""A trip told as earlier than the act reported: its goal is background, not a partner of this act.

Reports recall a leader's earlier trips (他曾于去年访问尼泊尔, 此前曾赴越南考察, "He visited Vietnam last year",
"Wang had visited Laos in 2023"): the country visited then is history, not a counterpart of the meeting or event
the text reports. (A Chinese place in such a clause is handled by :func:`.venue_zh.earlier_visit_zh`, which keeps
it from being the venue; a foreign country named so was still made a partner.)

    >>> t = "此前他曾于去年访问尼泊尔。"
    >>> earlier_trip_goal(t, t.index("尼泊尔"), t.index("尼泊尔") + 3)
    True
    >>> t = "He visited Vietnam last year."
    >>> earlier_trip_goal(t, t.index("Vietnam"), t.index("Vietnam") + 7)
    True
    >>> t = "代表团将访问尼泊尔。"
    >>> earlier_trip_goal(t, t.index("尼泊尔"), t.index("尼泊尔") + 3)
    False
"""

from __future__ import annotations

import re

from .venue_zh import EARLIER_VISIT as _ZH  # (曾于去年访问, 此前赴 … right before the goal: one pattern for both sides)
# "had (previously) visited", "previously/once/earlier visited" before; "visited X last year / years ago / in the past"
_EN_BEFORE = re.compile(r"\b(?:had\s+(?:previously\s+|earlier\s+|once\s+|already\s+)?(?:visited|been\s+to|travell?ed\s+to)"
                        r"|(?:previously|once|earlier|formerly)\s+(?:visited|travell?ed\s+to))\s+(?:the\s+)?$", re.I)
_EN_VISITED = re.compile(r"\b(?:visited|travell?ed\s+to|had\s+been\s+to)\s+(?:the\s+)?$", re.I)
_EN_PAST_AFTER = re.compile(r"^(?:'s\s+\w+\s*)?\s*(?:last\s+year|the\s+year\s+before|years\s+ago|in\s+the\s+past|before\b|twice\b"
                            r"|several\s+times|many\s+times|in\s+(?:19|20)\d\d\s+and\b)", re.I)


def earlier_trip_goal(text: str, start: int, end: int) -> bool:
    """Whether the foreign place at ``text[start:end]`` is the goal of a trip the text tells as earlier."""
    before = text[max(0, start - 40):start]
    if not text[start:end][:1].isascii():
        return _ZH.search(before[-20:]) is not None
    if _EN_BEFORE.search(before):
        return True
    return _EN_VISITED.search(before) is not None and _EN_PAST_AFTER.match(text[end:end + 30]) is not None
