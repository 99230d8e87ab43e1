"""Act clauses and segmenting (TAXONOMY §3b): which sentences report an act, grouped into
one segment per engagement.

A sentence reports an act when it holds a strong or typical engagement cue (weight ≥ 1:
会见, 率团访问, 签署, 致信, "met", "led a delegation" …). Segmenting rules:

* a new Chinese actor (the provinces named in the clause differ from those of the latest
  act clause naming one) starts a new segment: a round-up of several provinces' acts gives
  one per province; after a joint act of several provinces with a partner, a clause naming
  one of them continues it;
* a new explicit date starts a new segment, except inside a trip (one engagement, rule 3);
* a sentence naming its own Chinese actor and official, new counterparts (none of the current
  segment's) and a new act starts a new segment unless the current one is a trip; so does 又讯;
* a sentence without an act continues the current segment.

Example:
    >>> ctx = SentenceInfo(0, (0, 4), actors=["CN-YN"], partners=["VNM"], acts=1)
    >>> [s.sentences for s in segment([ctx])]
    [[0]]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Container

from ..rx import skipping
from .act_patterns import NOT_A_VISIT_ZH, VISIT_HERE_ZH, other_day
from .en_wire import place_dateline_en
from .guests import guests_carried, tour_lead_narrowed
from .years import cn_number

_TRIP = skipping(re.compile(
    r"率[^，。；]{0,25}?(?:团|團)|出访|出訪|赴[^，。；]{1,12}?(?:访问|考察|出席|参加|举办|开展)|访问了?|巡访|"
    rf"{NOT_A_VISIT_ZH}访华|{VISIT_HERE_ZH}|"  # 副部长访渝
    r"\bled\b[^.;]{0,60}?\bdelegation|\b(?:trip|tour|visit)s?\s+(?:to|of)\b|\bvisited\b|\btravell?ed\s+to\b",
    re.I,
))
# skipping() on the date patterns (each opens with a lookbehind, a group or \b): the same matches, sooner
_DAY_ONLY = skipping(re.compile(r"(?:(?<![\d月号])|(?<=本月|当月|當月))([0-3]?\d)\s*(?:日(?=\s*[，,上下午晚早至到起]|\s*(?:在|受到|凌晨|"
                       r"傍晚|举行|舉行|召开|召開|开幕|開幕|会见|會見|抵达|抵達|出席|共同|正式|签署|簽署))|日?(?=\s*[—–\-~～至到]\s*"
                       r"[0-3]?\d\s*[日号號]))|(?<=[于於])([0-3]?\d)\s*日"))  # 6日至8日, 6-8日, 本月6日至8日: the 6th
_LATIN = re.compile("[A-Z]")
_DIGIT = re.compile(r"\d")
_DATELINE_END = re.compile(r"\s*(?:电|讯|電|訊)")
_VAGUE = skipping(re.compile(r"近日|(?<![昨今前明当])日前|近期|不久前|此前|\brecently\b", re.I))  # not 昨日前往
_ZH_DAY = skipping(re.compile(r"(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*"
                     r"(?:日|号|號|(?=[—–\-~～至到]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号號]))"))  # 1月10—31日: the 10th
# 5.6 / 5.6-5.8 / 5.6-8 opening a line, a headline or a list item, then a comma, or a space and a
# first clause that reports an act: a month and day (not inside running text, where 5.6亿元, 5.6%, V5.6 are
# numbers; not a section number before a heading: 2.1 深化经贸合作)
_DOT_DAY = re.compile(r"(?:^|(?<=[\n】【\[\]。；;|｜丨！？!?]))[ \t　]*(0?[1-9]|1[0-2])[.．](0?[1-9]|[12]\d|3[01])(?:\s*[—–\-~～至]\s*"
                      r"(?:(?:0?[1-9]|1[0-2])[.．])?(?:0?[1-9]|[12]\d|3[01]))?(?=[ \t　]*(?:[，、：】\]]|[,:](?=\s*[\u4e00-\u9fff]))|[ \t　]+(?=[^\n。，,；;]{0,40}?"
                      r"(?:会见|会谈|会晤|接见|访问|出访|来访|率团|出席|参加|签署|举行|举办|召开|开幕|考察|座谈|致信|致电|视频|抵达|赴))"
                      r"[\u4e00-\u9fff])")
_NUMERIC_DAY = skipping(re.compile(r"(?<![\d.:/-])((?:19|20)\d{2})([./-])(0?[1-9]|1[0-2])\2([0-2]?\d|3[01])(?![\d.:/-])"))  # 2019.4.9
_FUTURE_AFTER = re.compile(r"\s*[，,]?[^，。；;,]{0,30}?(?:将于|将在|将举行|将召开|将举办|將於|將在|將舉行|將召開|將舉辦)")
# the month of an event the clause announces ("… invited them to the fair, to be held in Harbin in June"; 将于8月举行):
# no month of this clause's act, so no other occasion (starts_new's new_month)
_WILL_BE = re.compile(r"将于|将在|將於|將在|\b(?:will|would|is to|are to|to) be (?:held|hosted|staged|opened)\b"
                      r"|\bwill (?:take place|open|kick off)\b|\b(?:scheduled|slated|set) (?:for|to)\b", re.I)
_OTHER_EVENT = re.compile(r"\s*(?:以来|以來|起|开始|開始|[^，。；,]{0,10}?(?:签署|签订|簽署|簽訂|缔结|締結|建立|成立|结好|結好|结为|結為)"
                          r"[^，。；,]{0,8}?(?:的|以来|以來))")
# a month alone before a comma (3月，…; 2024年5月，…): a month, no day
_MONTH_OPENING = re.compile(r"(?<![\d.])(1[0-2]|0?[1-9])\s*月()\s*[，,]")
_MONTH_PART = re.compile(r"(?<![\d.])(1[0-2]|0?[1-9])\s*月\s*(上旬|中旬|下旬|初|底|末)")  # 5月下旬: a month, no day
_ITEM = re.compile(r"\s*(?:\d{1,2}\s*[.、．]\s*(?!\d)|[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|[①-⑳]|[•●▪■◆]\s*)")
_SINCE_BEFORE = re.compile(r"(?:自|从|從|截至|截止)\s*$")
_CN_DIGITS = "〇一二三四五六七八九零"  # 零 (index 10) is 0 as well
_ZH_CN_DAY = re.compile(r"(?:([〇零一二三四五六七八九]{4})\s*年\s*)?(十[一二]?|[一二三四五六七八九])\s*月\s*"
                        r"(三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号號]")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH_FORMS = "|".join([m.title() for m in _MONTHS] + ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep",
                                                         "Oct", "Nov", "Dec"])
# an English month without a day ("In June,", "in late January"; not "in June 5"): a month, no day
# (also "at the end of March", "late March": a round-up's months, issue 15 rpmulti)
_EN_MONTH = re.compile(r"(?:\b[Ii]n\s+(?:(early|mid|late)[- ]?\s*)?|\b[Aa]t\s+the\s+(end|beginning|start)\s+of\s+"
                       r"|\b(early|mid|late)[- ](?=[A-Z]))(" + "|".join(m.title() for m in _MONTHS)
                       + r")\b(?!\s+\d{1,2}\b)")
_EN_PART = {"early": "上旬", "mid": "中旬", "late": "下旬", "end": "下旬", "beginning": "上旬", "start": "上旬"}
_EN_DAY = skipping(re.compile(
    r"\b(?:on\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|—|to)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+("
    + _MONTH_FORMS + r")\b\.?|(" + _MONTH_FORMS
    + r")\b\.?\s+(\d{1,2})(?!\d))(?:(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2}))?"
))

# "on the afternoon of the 18th", "on the 18th": a day of the document's month (as 18日), not "on the
# 18th floor" or "the 18th of September" (a named month: _EN_DAY's or nothing)
_EN_ORDINAL_DAY = re.compile(
    r"\bon the (?:(?:morning|afternoon|evening|night) of the )?([0-3]?\d)(?:st|nd|rd|th)\b"
    r"(?!\s+of\b|\s+(?!(?:in|at|and|during|when|with|as|after|before|while)\b)[a-z])"
    r"(?![^.;]{0,24}?\bof\s+(?:" + "|".join(_MONTHS) + r")\b)", re.I)  # "the 14th and 15th of March"


@dataclass
class SentenceInfo:
    """What one sentence holds, for segmenting: actor province codes (text order), partner
    country codes, region codes, the number of act cues, and a date written in it."""

    index: int
    span: tuple[int, int]
    actors: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    acts: int = 0
    date: tuple[int | None, int, int, int, int] | None = None  # (year|None, month, day, start, end)
    vague_date: bool = False
    trip: bool = False
    future_date: bool = False  # the day is of an event the clause announces (5月10日，…将在景洪举行)
    month: tuple[int, str] | None = None  # a part of a month the clause names without a day: (5, "下旬")
    item: bool = False  # the clause opens an item of a numbered list (1. 4月15日，… in a digest)


@dataclass
class Segment:
    """The sentences of one engagement, with the codes named in them."""

    sentences: list[int]
    actors: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    trip: bool = False
    date: tuple[int | None, int, int, int, int] | None = None
    vague_date: bool = False
    last_actors: list[str] = field(default_factory=list)  # of its latest act clause naming one
    last_partners: bool = False  # whether that clause named a partner
    month: tuple[int, str] | None = None  # its lead clause's part of a month (5月下旬), when it names no day
    news: bool = False  # it opens another news item of the page (又讯, 另讯): never a summary of the others


def find_day(text: str, start: int, end: int) -> tuple[int | None, int, int, int, int] | None:
    """The first day written in ``text[start:end]``: (year or None, month, day, start, end).

    >>> find_day("4月27日，云南", 0, 8)
    (None, 4, 27, 0, 5)
    >>> find_day("On May 5, 2024, the governor met", 0, 30)[:3]
    (2024, 5, 5)
    """
    if _DIGIT.search(text, start, end) is None and text.find("月", start, end) == -1:
        return None  # every day pattern writes a digit (\d, as the patterns read it), or 月 (六月二十六日)
    best = None
    has_ri = text.find("日", start, end) != -1 or text.find("号", start, end) != -1 or text.find("號", start, end) != -1
    m = _ZH_DAY.search(text, start, end) if has_ri else None
    dateline = None
    while m is not None and (_DATELINE_END.match(text, m.end()) or _OTHER_EVENT.match(text, m.end()) or other_day(
            text, start, m.start(), m.end()) or _SINCE_BEFORE.search(text, max(start, m.start() - 3), m.start())):
        if _DATELINE_END.match(text, m.end()):  # 新华社昆明5月13日电: the report's day,
            dateline = dateline or m  # the act's only where the clause writes no other
        m = _ZH_DAY.search(text, m.end(), end)  # 自2018年3月12日结好以来, 于2019年5月8日签署的备忘录: another event's
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        best = (int(m.group(1)) if m.group(1) else None, int(m.group(2)), int(m.group(3)), m.start(), m.end())
    d = _DAY_ONLY.search(text, start, end) if has_ri else None
    if d and 1 <= int(d.group(1) or d.group(2)) <= 31 and (best is None or d.start() < best[3]):
        best = (None, 0, int(d.group(1) or d.group(2)), d.start(), d.end())  # month 0: the document's month
    if best is None and dateline is not None and 1 <= int(dateline.group(2)) <= 12:
        best = (int(dateline.group(1)) if dateline.group(1) else None, int(dateline.group(2)),
                int(dateline.group(3)), dateline.start(), dateline.end())
    if best is None and has_ri:  # 二〇二四年六月二十六日, 六月二十六日 (formal texts)
        c = _ZH_CN_DAY.search(text, start, end)
        if c:
            month, dd = cn_number(c.group(2)), cn_number(c.group(3))
            if month and dd and month <= 12 and dd <= 31:
                year = int("".join(str(_CN_DIGITS.index(ch) % 10) for ch in c.group(1))) if c.group(1) else None
                best = (year, month, dd, c.start(), c.end())
    if best is None:  # 2019.4.9, 2019-04-09, 2019/4/9 under a headline: only where no other day is written
        n = _NUMERIC_DAY.search(text, start, end)
        if n:
            best = (int(n.group(1)), int(n.group(3)), int(n.group(4)), n.start(), n.end())
    if best is None:  # 5.6 省外办主任会见… (a line's or headline's opening month.day)
        t = _DOT_DAY.search(text, start, end)
        if t:
            best = (None, int(t.group(1)), int(t.group(2)), t.start(1), t.end())
    latin = _LATIN.search(text, start, end) is not None
    e = next((x for x in _EN_DAY.finditer(text, start, end) if not other_day(text, start, x.start(), x.end())), None) if latin else None
    if e and (best is None or e.start() < best[3]):
        month = (e.group(2) or e.group(3)).lower()[:3]
        day = int(e.group(1) or e.group(4))
        if 1 <= day <= 31:
            best = (int(e.group(5)) if e.group(5) else None, [m[:3] for m in _MONTHS].index(month) + 1, day,
                    e.start(), e.end())
    if best is None and latin:  # "On the afternoon of the 18th": the document's month
        o = _EN_ORDINAL_DAY.search(text, start, end)
        if o and 1 <= int(o.group(1)) <= 31:
            best = (None, 0, int(o.group(1)), o.start(), o.end())
    return best


_DATELINE_EN = re.compile(r"\s*(?:,\s*(?:19|20)\d{2}\s*)?\((?:[A-Z][\w .'’-]{1,30})\)\s*(?:--|[-–—])")


def dated_text(text: str) -> bool:
    """Whether ``text`` writes a day (:func:`find_day`) or a month of an act (5月下旬, "in late March", "at the
    end of March"): a feature's body may report the acts of a round-up by their months.

    >>> dated_text("Liu flew to Chile in early May."), dated_text("多年来")
    (True, False)
    """
    return (find_day(text, 0, len(text)) is not None or _EN_MONTH.search(text) is not None
            or _MONTH_PART.search(text) is not None or _MONTH_OPENING.search(text) is not None)


def dateline(text: str, day: tuple[int | None, int, int, int, int]) -> bool:
    """Whether ``day`` is a news report's dateline (新华社昆明5月13日电, "NANNING, Nov. 4
    (Xinhua) --"): the day of the report, which a weekday or 昨天 in the body refines.

    >>> dateline("NANNING, Nov. 4 (Xinhua) -- The seminar opened on Monday", (None, 11, 4, 9, 16))
    True
    """
    return bool(_DATELINE_END.match(text, day[4]) or _DATELINE_EN.match(text, day[4])
                or _NUMERIC_DAY.fullmatch(text, day[3], day[4])  # 2023-04-12 under a headline: the report's
                or place_dateline_en(text, day[3], day[4]))  # "Colombo, May 3:" (rpen2)


class Days(dict):
    """The first day written in each span of one text (:func:`find_day`), each span read
    once: ``days[(start, end)]``. One per document (the layer reads a clause's day when it
    segments and again for an undated segment's attributes).

    >>> days = Days("4月27日，云南")
    >>> days[(0, 8)]
    (None, 4, 27, 0, 5)
    """

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def __missing__(self, span: tuple[int, int]) -> tuple[int | None, int, int, int, int] | None:
        got = self[span] = find_day(self.text, *span)
        return got


def describe(text: str, index: int, span: tuple[int, int], *, days: Days | None = None,
             **codes: object) -> SentenceInfo:
    """A :class:`SentenceInfo` with the date written in the sentence read from ``text``
    (trip and vague-date cues are read by :func:`segment` for the clauses that open one;
    ``days``: the document's :class:`Days` of ``text``, read through)."""
    return clause_info(text, SentenceInfo(index, span, **codes), days)  # type: ignore[arg-type]


def clause_info(text: str, info: SentenceInfo, days: Days | None = None) -> SentenceInfo:
    """:func:`describe` for a :class:`SentenceInfo` already built (the engagement layer builds
    one per clause): the day of an act clause and whether it announces an event to come."""
    if info.acts:
        a, b = info.span
        info.date = days[info.span] if days is not None else find_day(text, a, b)
        info.future_date = info.date is not None and _FUTURE_AFTER.match(text, info.date[4], b) is not None
        info.item = _ITEM.match(text, a) is not None
        if info.date is None and "月" in text[a:b]:
            m = _MONTH_PART.search(text, a, b) or _MONTH_OPENING.search(text, a, b)
            if m is not None and not _WILL_BE.search(text, max(a, m.start() - 40), m.start()):
                info.month = (int(m.group(1)), m.group(2) or "")
        elif info.date is None and _LATIN.search(text, a, b) is not None:
            m = _EN_MONTH.search(text, a, b)
            if m is not None and not _WILL_BE.search(text, max(a, m.start() - 60), m.start()):  # (an event to come's)
                part = (m.group(1) or m.group(2) or m.group(3) or "").lower()
                info.month = (_MONTHS.index(m.group(4).lower()) + 1, _EN_PART.get(part, ""))
    return info


def _new_segment(s: SentenceInfo, text: str | None = None) -> Segment:
    if text is not None:  # the lead clause of a segment says whether it is a trip, and 近日
        a, b = s.span
        s.trip = _TRIP.search(text, a, b) is not None
        s.vague_date = s.date is None and _VAGUE.search(text, a, b) is not None
    return Segment([s.index], list(dict.fromkeys(s.actors)), list(dict.fromkeys(s.partners)),
                   list(dict.fromkeys(s.regions)), s.trip, s.date, s.vague_date, list(s.actors), bool(s.partners),
                   s.month)


def _extend(seg: Segment, s: SentenceInfo) -> None:
    seg.sentences.append(s.index)
    for src, dst in ((s.actors, seg.actors), (s.partners, seg.partners), (s.regions, seg.regions)) if (
            s.actors or s.partners or s.regions) else ():  # (a clause naming nothing adds no code)
        for c in src:
            if c not in dst:
                dst.append(c)
    if seg.date is None and s.date is not None and not s.future_date:
        seg.date = s.date  # a later clause's day of an event still to come is another event's
    elif seg.date is None and seg.month is None and s.month is not None and s.acts:
        seg.month = s.month  # …签订了意向书。今年2月，…签订…；8月，…: the month a later clause gives its act
    if s.acts and s.actors:
        seg.last_actors, seg.last_partners = list(s.actors), bool(s.partners)


def starts_new(seg: Segment, s: SentenceInfo, official: Callable[[SentenceInfo], bool] | None = None) -> str | None:
    """Why sentence ``s`` starts a new segment after ``seg`` (a rule name), or None.

    ``official(s)``: whether the clause names a Chinese official (asked only when the
    other conditions of the new-counterpart rule hold; without it, a named actor counts).
    """
    if not s.acts:
        return None
    last = set(seg.last_actors) if s.actors else None  # (read only where the clause names an actor)
    if s.actors and last and set(s.actors) != last and (len(last) == 1 or not seg.last_partners):
        return "new_actor"  # a joint act of several provinces continues only with one of them
    if s.item and s.date is not None:
        return "new_item"  # a digest's numbered items are separate news, a trip's too (1. 4月16日至20日，率团…  2. 4月22日，…)
    if s.month is not None and seg.date is not None and seg.date[1] and other_month(s.month, seg.date):
        return "new_month"  # 4月9日至14日，率团访问…。5月下旬，副省长在昆明会见…: another occasion, a trip's too
    if s.month is not None and seg.date is None and seg.month is not None and s.month[0] != seg.month[0]:
        return "new_month"  # 3月，…率团访问…。5月，…会见…; "in May … In June, …": months apart
    if seg.trip:
        return None
    if s.date is not None and seg.date is not None and s.date[:3] != seg.date[:3] and not same_day(s.date, seg.date):
        return "new_date"
    if (s.actors and s.partners and seg.partners and not set(s.partners) & set(seg.partners)
            and (official is None or official(s))):
        return "new_counterpart"
    if (s.date is not None and seg.date is not None and (s.partners or s.regions) and (seg.partners or seg.regions)
            and not set(s.partners) & set(seg.partners) and not set(s.regions) & set(seg.regions)
            and (official is None or official(s))):
        return "new_guest"  # 6月7日下午会见上合组织秘书长。6月7日下午，又会见澳大利亚州长: each dated report its own
    return None


def other_month(month: tuple[int, str], day: tuple[int | None, int, int, int, int]) -> bool:
    """Whether a part of a month (5, "下旬") is outside the month of ``day``, and not the
    next month's first days after a late day (a trip from 4月28日 still on in 5月初)."""
    if month[0] == day[1]:
        return False
    return not (month[0] == day[1] % 12 + 1 and month[1] in ("上旬", "初") and day[2] >= 20)


def same_day(a: tuple[int | None, int, int, int, int], b: tuple[int | None, int, int, int, int]) -> bool:
    """Whether two written days are one: 23日 (no month) after 10月23日, or the same month and
    day with a year written only once."""
    if a[2] != b[2]:
        return False
    if 0 in (a[1], b[1]):
        return True
    return a[1] == b[1] and None in (a[0], b[0])


def segment(infos: list[SentenceInfo], text: str | None = None,
            official: Callable[[SentenceInfo], bool] | None = None, cuts: Container[int] = ()) -> list[Segment]:
    """Group sentences into segments (one per engagement), in text order (``text``: read
    the trip and vague-date cues of each segment's lead clause from it; ``official``: see
    :func:`starts_new`)."""
    segs: list[Segment] = []
    cur: Segment | None = None
    head_stamp = False  # the current segment is the document's first (:func:`stamped_head`)
    for s in infos:
        if cur is None:
            if s.acts:
                cur = _new_segment(s, text)
                segs.append(cur)
                head_stamp = len(segs) == 1  # the document's first act clause: its headline's segment
            continue
        if english_item_line(s, text):  # "3. City office meets Thai traders" heading a digest's next item (fxen)
            cur = _new_segment(s, text) if s.acts else None
            if cur is not None:
                segs.append(cur)
            head_stamp = False
            continue
        why = (starts_new(cur, s, official) or ("cut" if s.index in cuts else None)) if s.acts else None  # (.apart_acts)
        if why is None and text is not None and _NEWS_ITEM.match(text, s.span[0]) and s.acts:
            why = "news_item"  # 又讯（记者…）…: the page's next news item
        if why is None and cur.trip and text is not None and past_range(text, cur, s):
            why = "after_trip"  # 4月9日至10日…来渝访问。…4月18日至20日，…来渝访问: a day after the trip's last one
        if why == "new_date" and text is not None and within_range(text, cur, s):
            why = None  # "From May 3 to 6, the fair …": a later day inside the range is that occasion's (fxen)
        if why == "new_date" and text is not None and head_stamp and stamped_head(text, cur):
            segs.pop()  # the headline dated by the page's stamp (…Visits Gyeongbuk2024-06-05) and the body's dated act
            # that reports it are one engagement: the body's, whose act day it is (issue 15, fxen)
        if why:
            cur = _new_segment(s, text)
            cur.news = why == "news_item"
            segs.append(cur)
            head_stamp = False
        elif s.acts:
            _extend(cur, s)
        elif not s.actors or set(s.actors) <= set(cur.actors):
            _extend(cur, s)  # a continuation sentence: 双方就…交换意见
    # (随后，代表团一行到访…: the guests' countries; a tour's lead listing its hosts: the first host's act)
    return summaries_dropped(tour_lead_narrowed(guests_carried(segs, infos, text), infos))


_RANGE_END = re.compile(r"\s*(?:to|through|until|till|-|–|—|至|到|~|－)\s*(\d{1,2})(?!\d)(?:日|号|號|\b)")


def within_range(text: str, seg: Segment, s: SentenceInfo) -> bool:
    """Whether the day of clause ``s`` falls inside the range of days that ``seg``'s day opens
    ("From May 3 to 6", "4月16日至20日", "May 3-6"): one occasion over several days."""
    a, b = seg.date, s.date
    if a is None or b is None or (b[1] and b[1] != a[1]) or (a[0] and b[0] and a[0] != b[0]):
        return False
    m = _RANGE_END.match(text, a[4])
    return m is not None and a[2] < b[2] <= int(m.group(1))


def past_range(text: str, seg: Segment, s: SentenceInfo) -> bool:
    """Whether the day of clause ``s`` falls after the range of days that ``seg``'s day opens (4月9日至10日
    … 4月18日): the trip's written end is past, another occasion begins."""
    a, b = seg.date, s.date
    if a is None or b is None or not a[1] or not b[1] or (a[0] and b[0] and a[0] != b[0]):
        return False
    m = _RANGE_END.match(text, a[4])
    return m is not None and (b[1], b[2]) > (a[1], int(m.group(1)))


def english_item_line(s: SentenceInfo, text: str | None) -> bool:
    """Whether clause ``s`` opens a numbered item on a line of its own in an English digest ("\\n3. City office
    meets Thai traders"): the next news item, whose heading, caption and body are another
    engagement's, not the current one's continuation."""
    if text is None:
        return False
    a, b = s.span
    line = text.rfind("\n", 0, a) + 1
    head = text[line:a]
    if head.strip() and _ITEM_EN_MARK.fullmatch(head) is None:
        return False
    end = text.find("\n", line)
    end = len(text) if end < 0 else end
    heading = text[line:end].rstrip()  # a headline: short, no full stop, a blank line after it (not a list of points)
    return (text[a:b].isascii() and _ITEM_EN_LINE.match(text, line) is not None and len(heading) <= 120
            and not heading.endswith((".", ";", ":")) and text[end + 1:end + 2] in ("\n", ""))


_ITEM_EN_MARK = re.compile(r"\s*\d{1,2}\.\s*")
_NEWS_ITEM = re.compile(r"\s*(?:又讯|另讯|又訊|另訊)")  # another news item on the page
_ITEM_EN_LINE = re.compile(r"\s*\d{1,2}\.\s+[A-Z]")


def stamped_head(text: str, seg: Segment) -> bool:
    """Whether ``seg``'s day is a page's time stamp written as numbers (2019/01/25 14:25, "…Visits X2024-06-05")
    under or after its headline: the report's day, which the body's first dated act refines instead of starting
    another engagement (TAXONOMY §3b: one act on one occasion)."""
    day = seg.date
    return day is not None and _NUMERIC_DAY.fullmatch(text, day[3], day[4]) is not None


def summaries_dropped(segs: list[Segment]) -> list[Segment]:
    """Without the summary segments of a round-up: ones naming no partner and no region
    whose actors all act in other segments (近日，出访的还有西藏和浙江的党委书记。…)."""
    if len(segs) < 2 or any(seg.news for seg in segs):
        return segs  # (a page of news items: each its own report)
    count = Counter(a for seg in segs for a in set(seg.actors))
    keep = []
    for seg in segs:
        if not seg.partners and seg.actors and all(count[a] > 1 for a in set(seg.actors)) and (
                not seg.regions or len(set(seg.actors)) > 1 and seg.date is None):
            continue  # (这几天，A、B两省书记分别在中亚访问。…: the undated summary of the items, a region alone)
        keep.append(seg)
    return keep or segs[:1]
