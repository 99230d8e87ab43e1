"""The name of an event: its words say what the event is about, they report no act of their own.

A forum, expo or conference is named by its subject (第三届中蒙地方经贸合作发展大会, 中国—南亚博览会,
"the China-Mongolia Local Trade Cooperation Conference"): 投资 and 合作 in the name are
the event's subject, as the fields in a list of fields of cooperation are
(:func:`pipeline.engagement.categories.mute_topics`, which mutes the cues inside these spans too), and
the head noun (大会, 论坛, 博览会) votes for what the event is. A quoted theme (以“开放、联通、共享”为主题)
is the event's subject as well.

    >>> t = "第三届中蒙地方经贸合作发展大会在呼和浩特开幕。"
    >>> [t[a:b] for a, b in name_spans(t)]
    ['中蒙地方经贸合作发展']
    >>> t = "大会以“开放、联通、共享”为主题。"
    >>> [t[a:b] for a, b in name_spans(t)]
    ['开放、联通、共享']
"""

from __future__ import annotations

import re
from functools import lru_cache

from .prep_meetings import spans as prep_spans  # (what a preparatory body or meeting prepares)

_HEAD = r"(?:论坛|博览会|大会|交易会|洽谈会|峰会|年会|展览会|展销会|交流周|文化周|旅游节|文化节|艺术节)"
_ANY_HEAD = re.compile(_HEAD + "|为(?:主题|题|主旨)")
_NAME = re.compile(
    r"第[\d一二三四五六七八九十百零]+[届屆]([^，。；、：\s“”\"（）()]{2,30}?)(?=" + _HEAD + ")"
    r"|(?:^|(?<=[\s，。；：“\"（(]))([^，。；、：\s“”\"（）()第]{4,30}?)(?=" + _HEAD + r"(?:在|于|开幕|举行|举办|召开|闭幕))"
    r"|以[“\"「『]([^”\"」』\n]{2,40})[”\"」』]为(?:主题|题|主旨)")


def name_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of event names (without their head noun) and quoted themes in ``text[start:end]``: those
    of the whole text, found once per text (every engagement's vote asks for its own window)."""
    end = len(text) if end is None else end
    return [s for s in _all_spans(text) if start <= s[0] and s[1] <= end] + prep_spans(text, start, end)


@lru_cache(maxsize=4)
def _all_spans(text: str) -> tuple[tuple[int, int], ...]:
    if _ANY_HEAD.search(text) is None:  # (no head noun, no theme: most texts)
        return ()
    out = []
    for m in _NAME.finditer(text):
        g = 1 if m.group(1) is not None else 2 if m.group(2) is not None else 3
        out.append(m.span(g))
    return tuple(out)


def in_event_name(text: str, start: int, end: int) -> bool:
    """Whether the place at ``[start, end)`` stands inside an event's name (第29届兰州投资贸易洽谈会): it names
    the event, not the unit that acts (the level of a province's leaders attending stays theirs); a city
    paired in the name (三亚市与某国某市友好城市合作论坛) is one of the two parties, and acts."""
    if text[end:end + 1] in ("与", "與", "和", "同", "、", "—", "-", "–"):
        return False
    return any(a <= start and end <= b for a, b in name_spans(text))
