"""An event named as still to come: what a meeting prepares for, or what a text announces, is no act.

A coordination meeting on the reception for the upcoming expo, a briefing ahead of the forthcoming forum, work
done for 即将举办的第二十一届东博会: the event is what is to be held, not what was held, so its words (the
name and its head noun) vote for nothing, as the words of a preparatory body's name do
(:mod:`pipeline.engagement.prep_meetings`, which adds these spans to its own). The meeting's own words (工作协调会,
"coordination meeting") then say what was done.

    >>> t = "主任主持召开即将举办的第二十一届中国—东盟博览会外事接待工作协调会。"
    >>> [t[a:b] for a, b in spans(t)]
    ['第二十一届中国—东盟博览会']
    >>> t = "The office held a meeting on arrangements for the upcoming China-ASEAN Expo."
    >>> [t[a:b] for a, b in spans(t)]
    ['China-ASEAN Expo']
    >>> spans("The expo opened on Monday.")
    []
"""

from __future__ import annotations

import re
from functools import lru_cache

_HEAD = r"(?:博览会|论坛|交易会|洽谈会|推介会|峰会|年会|展会|展览会|运动会|文化周|旅游节|艺术节|[会节周赛展])"
_ZH = re.compile(r"即将(?:在[^，,。；;：:\s]{1,12})?(?:举办|举行|召开|开幕|开展|开赛)的([^，,。；;：:\s“”\"]{2,40}?" + _HEAD + ")")
_EN = re.compile(r"\b(?:the|this year's) (?:upcoming|forthcoming|coming|soon-to-open) ((?:\d{4} )?[A-Z][\w'&-]*(?: [\w'&-]+){0,9}?)"
                 r"(?=[,.;:)]|\s+(?:on|in|at|to|from|which|that|and|with|next|later|this|scheduled|slated|due)\b|$)", re.I)
_ANY = re.compile(r"即将|upcoming|forthcoming|coming|soon-to-open", re.I)


def spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans, in ``text[start:end]``, of events the text names as still to come (found once per text)."""
    end = len(text) if end is None else end
    return [s for s in _all_spans(text) if start <= s[0] and s[1] <= end]


@lru_cache(maxsize=4)
def _all_spans(text: str) -> tuple[tuple[int, int], ...]:
    if _ANY.search(text) is None:
        return ()
    return tuple(sorted([m.span(1) for m in _ZH.finditer(text)] + [m.span(1) for m in _EN.finditer(text)]))
