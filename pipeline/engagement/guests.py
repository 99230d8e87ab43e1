"""The guests of an earlier engagement acting again in a later one: their countries carried over.

A foreign group's tour of several Chinese hosts, or a foreign leader's stops, are reported stop by stop,
and the later stops name the guests only by a back-reference (随后，代表团一行到访了某省；次日，代表团与某市
签署…; "the minister's party then went on to Hunan") or by a personal name the
lead gave with its country (此前，某某在上海进行访问). Each stop by another Chinese host, or on another
day, is its own engagement (TAXONOMY §3b); without its guests' country it would pair no partner, and a
round-up's summary rule (:func:`.acts.summaries_dropped`) would drop it. :func:`guests_carried` gives such a
segment the partners and regions of the nearest segment before it that names some.

Example:
    >>> back_reference("随后，代表团一行到访了山东省。", 0, 14)
    True
    >>> back_reference("随后，省长会见了来访客人。", 0, 12)
    False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from .acts import Segment, SentenceInfo

# a clause's opening connective (随后，此前，次日，"Later," …), skipped before its subject
_OPENER = re.compile(r"\W{0,3}(?:(?:随后|隨後|此前|之前|此后|此後|之后|之後|其后|其後|次日|当天|當天|当日|當日|同日|"
                     r"第二天|翌日|(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日(?:上午|下午|晚上|晚)?)\s*[，,]?\s*)?"
                     r"|\W{0,3}(?:(?:later|then|afterwards|earlier|the next day|on the next day)\b\s*,?\s*)?", re.I)
# the visiting group named again as the clause's subject (not the Chinese side's: 我省代表团, "the Chinese delegation")
_GROUP_ZH = re.compile(r"(?:该团|該團|代表团一行|代表團一行|访问团一行|訪問團一行|考察团一行|考察團一行|客人一行|外宾一行|外賓一行"
                       r"|(?:代表团|代表團|访问团|訪問團|考察团|考察團|使节团|使節團)(?=[^，。；]{0,6}?(?:到访|到訪|前往|抵达|抵達|来到|來到|与|與|还|還|又|一行)))")
_GROUP_EN = re.compile(r"(?:the|his|her|their)\s+(?:accompanying\s+|visiting\s+|foreign\s+)?(?:delegation|team|party|group|"
                       r"guests|visitors|entourage)\b|\bcontinued\s+(?:his|her|their|the)\s+(?:visit|tour|trip)\b"
                       r"|\bcontinued\s+to\s+visit\b", re.I)
# a subject that is a Chinese side (a unit, an office, a post)
_CHINESE_SIDE = re.compile(r"[省市县縣区區州盟旗厅廳局办辦委]|书记|書記|主席|部长|部長|中方|我国|我國"
                           r"|\b(?:province|provincial|municipal|city|county|cpc|party secretary|governor of)\b", re.I)
# the subject of a Chinese clause: a name before its first verb or place word
_SUBJECT_ZH = re.compile(r"([\u4e00-\u9fff·•]{2,12}?)(?=在|于|於|到|赴|前往|访问|訪問|抵达|抵達|一行|率|还|還|又|与|與|同|等)")


def back_reference(text: str, a: int, b: int) -> bool:
    """Whether the clause ``text[a:b]`` names the visiting group again as its subject (代表团一行, 该团, "his
    accompanying team", "continued to visit")."""
    m = _OPENER.match(text, a, b)
    head = text[m.end() if m else a:b]
    g = _GROUP_ZH.search(head[:24]) or _GROUP_EN.search(head[:160])
    return g is not None and not _CHINESE_SIDE.search(head[:g.start()])


def named_again(text: str, a: int, b: int, before: str) -> bool:
    """Whether the subject of the Chinese clause ``text[a:b]`` is a personal name written earlier in ``before``
    (此前，某某在上海进行访问): the lead's guest."""
    m = _OPENER.match(text, a, b)
    s = _SUBJECT_ZH.match(text, m.end() if m else a, b)
    if s is None or _CHINESE_SIDE.search(s.group(1)):
        return False
    name = s.group(1)
    return len(name) >= 3 and name in before


def guests_carried(segs: list[Segment], infos: Sequence[SentenceInfo], text: str | None) -> list[Segment]:
    """``segs`` with each later segment that names no partner and no region, whose lead clause names the visiting
    group or the lead's guest again, given the partners and regions of the nearest segment before it naming some."""
    if text is None or len(segs) < 2:
        return segs
    info_of = {x.index: x for x in infos}
    for k in range(1, len(segs)):
        g = segs[k]
        if g.partners or g.regions:
            continue
        prev = next((p for p in reversed(segs[:k]) if p.partners or p.regions), None)
        if prev is None:
            continue
        a, b = info_of[g.sentences[0]].span
        first = info_of[prev.sentences[0]].span[0]
        if back_reference(text, a, b) or named_again(text, a, b, text[first:a]):
            g.partners, g.regions = list(prev.partners), list(prev.regions)
            g.last_partners = True
    return segs


def tour_lead_narrowed(segs: list[Segment], infos: Sequence[SentenceInfo]) -> list[Segment]:
    """``segs`` with the actors of a tour's lead narrowed to the host its next act clause names, where the lead
    lists several hosts (某国代表团对山东烟台、青岛以及江苏扬州进行了访问。首先到访扬州，并签署…) and each other host
    acts in a later segment of its own: the lead sums up the stops reported one by one."""
    if len(segs) < 2:
        return segs
    info_of = {x.index: x for x in infos}
    for seg in segs:
        if len(set(seg.actors)) < 2:
            continue
        nxt = next((info_of[i] for i in seg.sentences[1:] if info_of[i].acts and info_of[i].actors), None)
        if nxt is None or not set(nxt.actors) < set(seg.actors):
            continue
        others = set(seg.actors) - set(nxt.actors)
        if all(any(o in s.actors for s in segs if s is not seg) for o in others):
            seg.actors = [a for a in seg.actors if a not in others]
            seg.last_actors = list(nxt.actors)
    return segs
