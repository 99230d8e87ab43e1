"""Meetings and bodies that prepare an event: the event they name is their subject, not an act.

A province's leading group, organising committee or preparatory meeting for an expo or forum is named
after the event (第二十届东博会广西领导小组会议, 博览会筹备工作推进会, "the organising committee of the
expo"): the event's words inside that name vote for nothing, as the words of an event's own name do
(:mod:`pipeline.engagement.event_names`); the body's head (领导小组会议, 筹备工作会议) is the register of
domestic work. So is the goal such a meeting sets (确保本届博览会圆满成功举办, "to ensure the success of the
forum"): the event is what is to be held, not what was held.

    >>> t = "书记主持召开第九届农博会省领导小组会议。"
    >>> [t[a:b] for a, b in spans(t)]
    ['第九届农博会省']
    >>> t = "会议要求确保本届博览会圆满成功举办。"
    >>> [t[a:b] for a, b in spans(t)]
    ['本届博览会']
"""

from __future__ import annotations

import re
from functools import lru_cache

from .upcoming import spans as upcoming_spans  # (an event named as still to come: engagement/upcoming.py)

# the body or meeting that prepares an event (its head stays outside the span: it votes for domestic work)
_BODY = (r"(?:领导小组|筹备(?:工作)?(?:领导小组|委员会|推进会|调度会|协调会|会议|会)|筹委会|组委会|组织委员会"
         r"|执委会|执行委员会|工作专班|指挥部|(?:外事)?(?:接待|服务保障|保障)(?:工作)?(?:协调会|推进会|部署会|调度会|会议))")
_PREP = re.compile(r"(?:^|(?<=[\s，,。；;：:“\"（(]))((?:[^，,。；;：:\s“”\"（）()]){2,40}?)(?=" + _BODY + ")")
_GOAL = re.compile(r"确保([^，,。；;：:\s]{2,40}?)(?:圆满|顺利|安全)*(?:成功)?(?:举办|举行|召开)"
                   r"|\b(?:to )?ensure (?:the )?(?:smooth |full )?success of (?:the |this year's )?([\w' -]{2,60}?)(?=[,.;]|$)",
                   re.I)
_ANY = re.compile(_BODY + r"|确保|ensure", re.I)


def spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans, in ``text[start:end]``, of event words naming what a preparatory body or meeting prepares
    and of the event a goal clause wants held (found once per text)."""
    end = len(text) if end is None else end
    return [s for s in _all_spans(text) if start <= s[0] and s[1] <= end] + upcoming_spans(text, start, end)


_LEAD = re.compile(r".*(?:召开|举行|主持|出席|参加|审议|成立|组建)|.*?(?=第[\d一二三四五六七八九十百零]+[届屆])")


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """The span without the verb before the name (召开 in 主持召开第九届…领导小组会议)."""
    m = _LEAD.match(text, a, b)
    return (m.end(), b) if m and m.end() < b else (a, b)


@lru_cache(maxsize=4)
def _all_spans(text: str) -> tuple[tuple[int, int], ...]:
    if _ANY.search(text) is None:  # (most texts name no preparatory body and set no goal)
        return ()
    out = [_trim(text, *m.span(1)) for m in _PREP.finditer(text)]
    for m in _GOAL.finditer(text):
        g = 1 if m.group(1) is not None else 2
        out.append(m.span(g))
    return tuple(sorted(out))
