"""The day of an engagement (TAXONOMY §3b ``date``): the day written in its clauses with
its year, or the day a news report names relative to its own date ("on Monday", 昨天).

Pure functions over the original text; :mod:`pipeline.engagement.attributes` re-exports them.

Example:
    >>> from datetime import date
    >>> act_date((None, 4, 27, 0, 5), False, date(2024, 5, 2), "4月27日，云南")[0]
    '2024-04-27'
"""

from __future__ import annotations

import re
from datetime import date as _date, timedelta
from typing import Sequence

from ..schemas import Provenance
from ._build import fast
from .act_days import other_day, stamp_line, wire_weekday
from .acts import dateline, find_day
from .years import DocYears

Spans = Sequence[tuple[int, int]]


def _prov(source: str, rule: str, text: str | None = None, start: int | None = None, end: int | None = None,
          score: float = 1.0) -> Provenance:
    return fast(Provenance, {"source": source, "rule": rule, "text": text, "start": start, "end": end,
                             "score": score})


_YEARS_BACK = re.compile(r"(?:去年|前年)\s*$")
_DAY_BEFORE_WINDOW = 200  # characters: a month written further back is another passage's


def _day_before(text: str, at: int) -> tuple[int | None, int, int, int, int] | None:
    """The last day with its month written in the few sentences before offset ``at``."""
    last, pos = None, max(0, at - _DAY_BEFORE_WINDOW)
    while pos < at:
        d = find_day(text, pos, at)
        if d is None:
            break
        if d[1]:
            last = d
        pos = d[4]
    return last


def _month_written_elsewhere(text: str, dd: int, doc_date: _date | None) -> int | None:
    """The month the text writes the same day with (a photo caption's 5月31日 under "31日在万象举行"
    in a June 1 report): the document's month or the one before, where only one is written."""
    if doc_date is None:
        return None
    got = {int(m.group(1)) for m in re.finditer(r"(?<!\d)(\d{1,2})\s*月\s*" + str(dd) + r"\s*[日号號]", text)}
    before = doc_date.month - 1 or 12
    got &= {doc_date.month, before} if dd <= doc_date.day else {before}
    return got.pop() if len(got) == 1 else None


def act_date(day: tuple[int | None, int, int, int, int] | None, vague: bool, doc_date: _date | None, text: str,
             years: DocYears | None = None) -> tuple[str | None, Provenance]:
    """ISO date of the act: the day written in the segment with its own year, else the
    document date's year, else the year the page's address or the text gives it
    (:class:`.years.DocYears`: ``years``, the document's, read once; built here if not given);
    近日/日前 → None."""
    if day is None:
        return None, _prov("rule", "vague_date" if vague else "no_date", score=0.8 if vague else 0.5)
    year, month, dd, a, b = day
    rule = "explicit_year"
    if month == 0:  # 19日，…: the month of a day written just before it (6月25日…。26日…), else the report's
        prev = _day_before(text, a)
        if prev is not None and dateline(text, prev) and (doc_date is None or prev[0] in (None, doc_date.year)):
            # 新华网华盛顿7月31日电 …29日至30日出席…: the dispatch's month, or the month before for a later day
            year, month, rule = prev[0], prev[1] if dd <= prev[2] else prev[1] - 1 or 12, "month_of_dateline"
            if year is not None and dd > prev[2] and prev[1] == 1:
                year -= 1
        elif prev is not None and prev[2] <= dd and (doc_date is None or prev[0] in (None, doc_date.year)):
            year, month, rule = prev[0], prev[1], "month_of_day_before"
        elif doc_date is None or dd > doc_date.day:  # (a page's date may be a later mirror's: no guess)
            month = _month_written_elsewhere(text, dd, doc_date)  # 31日…举行 + a caption's 5月31日
            if month is None:
                return None, _prov("rule", "no_month", text[a:b], a, b, 0.5)
            year, rule = doc_date.year - (month > doc_date.month), "month_of_same_day"  # type: ignore[union-attr]
        else:
            year, month, rule = doc_date.year, doc_date.month, "document_month"
    if year is None and doc_date is not None:
        year, rule = doc_date.year, "document_year"
        back = _YEARS_BACK.search(text, max(0, a - 3), a)
        if back:  # 去年5月, 前年: the document's year less one or two
            year -= 1 if back.group(0).startswith("去") else 2
        elif month > doc_date.month + 1:  # 12月 in a January document: last year
            year -= 1
    if year is None:
        got = (years if years is not None else DocYears(text)).year(month, a)
        if got is not None:
            year, rule = got[0], got[1]
    if year is None:
        return None, _prov("rule", "no_year", text[a:b], a, b, 0.5)
    try:
        iso = _date(year, month, dd).isoformat()
    except ValueError:
        return None, _prov("rule", "invalid_day", text[a:b], a, b, 0.5)
    return iso, _prov("mention", rule, text[a:b], a, b, 0.9 if rule == "explicit_year" else 0.8)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_WEEKDAY = re.compile(r"\b(?:on|from|this|last|next|arrived|met|held|signed|visited|opened|began|left|toured|hosted"
                         r"|received|welcomed|attended|launched|inked|landed|returned|departed)\s+("  # (AP style: "arrived
                         + "|".join(_WEEKDAYS) + r")\b", re.I)  # Tuesday", no "on"; rpen2)
_FUTURE = re.compile(r"\b(?:will|shall|is to|are to|to be|plans? to|scheduled|next)\b|将于|将在|将", re.I)
_LAST_WEEK_AFTER = re.compile(r",?\s+(?:of\s+)?last\s+week\b", re.I)
_ENDED = re.compile(r"\b(?:closed|ended|concluded|wrapped up|wound up|came to an end|returned(?: home)? from|completed"
                    r"(?=[^.;]{0,40}?\b(?:course|training|programme|program|visit|trip|tour|mission|stay)s?\b))\b",
                    re.I)
_ZH_RELATIVE = re.compile(r"(昨天|昨日|昨晚|昨夜)|(今天|今日)(?=上午|下午|晚|[，,]|在|启程|起程|出发|抵达|飞抵|前往|赴|离开|会见|会晤|签署|出席|举行|开幕)|(今晚)|(前天|前日|前晚)(?=上午|下午|晚|[，,]|在|会见)")
_EN_ORDINAL_OF = re.compile(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b(\s*(?:and|to|-|–)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th))?"
                            r"\s+of\s+(January|February|March|April|May|June|July|August|September|October|November|"
                            r"December)\b(?:,?\s+((?:19|20)\d{2}))?")
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_ZH_WEEKDAY = re.compile(r"(上|本|这|這)?(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])(?=上午|下午|晚|[，,]|在|举行|舉行|会见|會見)")
_ZH_THIS_MONTH = re.compile(r"(?:本月|当月|當月)([0-3]?\d)\s*[日号]")
_EN_MONTH_ONLY = re.compile(r"\b(?:[Ii]n|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?:(?:early|late|mid-?)\s*)?(" + "|".join(
    m.capitalize() for m in _MONTH_NAMES) + r")\b(?!\s*\d)(?!,?\s*(?:19|20)\d{2}\s*,?\s*\d)")
_EN_RELATIVE = re.compile(r"\b(yesterday|today)\b", re.I)
# a weekday of the report or statement, not of the act (", the office said on Friday", "Xinhua reported on Monday")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced|reported|added|noted|stated|confirmed|disclosed)\b"
                          r"[^,.;]{0,40}$", re.I)


# the page's own day, not the act's, where no agency follows it (acts.dateline reads "(Xinhua) --"):
# a place dateline in capitals ("MACAU, March 22 -"), a reporter's byline ("…, Sept. 8 (… reporter …)"),
# a timestamp ("09:02, April 15, 2021", "June 3, 2019 10:15") or an update stamp ("Updated: June 3, 2019")
_CAPS_PLACE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'’/-]{1,40},\s*$")
_DASH_AFTER = re.compile(r"\s*(?:,\s*(?:19|20)\d{2}\s*)?(?:--|[-–—])(?!\d)")
_BYLINE_AFTER = re.compile(r"\s*\((?=[^()\n]{0,60}\)\s*\S)[^()\n]{0,40}\b(?:reporters?|correspondents?|Xinhua)\b", re.I)
_TIME_BEFORE = re.compile(r"(?:^|\s)\d{1,2}:\d{2}(?::\d{2})?\s*,?\s*$")
_TIME_AFTER = re.compile(r"\s*,?\s*(?:(?:19|20)\d{2}\s*)?\d{1,2}:\d{2}\b")
_SLASH_AGENCY_AFTER = re.compile(r"\.?\s*/[A-Z][A-Za-z-]{1,20}/")  # "VLADIVOSTOK, September 10. /TASS/."
_ZH_REPORT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}(?:消息|快讯|快訊)")  # 中国台湾网4月1日海口消息
_STAMP_BEFORE = re.compile(r"\b(?:updated|published|posted|release[sd]?|date)(?:\s+on)?\s*[:：]?\s*$", re.I)


# a day of an event the clause announces ("…, which will be held in Ha Long from February 19–22"), 将于,
# or the last day of one ("which runs until Sept. 19", 将持续到7月7日)
_FUTURE_BEFORE = re.compile(r"(?:\b(?:will|shall)\s+(?:be\s+held|take\s+place|run|open|convene|start|begin)"
                            r"|\b(?:is|are)\s+(?:scheduled|set|due)\s+to|\bto\s+be\s+held|将于|将在"
                            r"|\b(?:runs?|lasts?|continues?)\s+(?:until|till|through)|持续到|持續到|延续到)"
                            r"[^.;。；!?\n]{0,50}$",
                            re.I)


def future_day(text: str, day: tuple[int | None, int, int, int, int] | None) -> bool:
    """Whether ``day`` is written after a cue of an event still to come in its clause.

    >>> future_day("Chen attends the meeting, which will be held in Ha Long from May 19-22.", (None, 5, 19, 63, 69))
    True
    """
    return day is not None and _FUTURE_BEFORE.search(text, max(0, day[3] - 80), day[3]) is not None


def not_act_day(text: str, day: tuple[int | None, int, int, int, int] | None) -> bool:
    """Whether ``day`` is no act's own day: the report's (:func:`report_day`) or an event's to come
    (:func:`future_day`); a weekday or 昨天 in the clause dates the act instead, where one is written."""
    return report_day(text, day) or future_day(text, day)


def report_day(text: str, day: tuple[int | None, int, int, int, int] | None) -> bool:
    """Whether ``day`` is the report's own day (a dateline, a page's timestamp) rather than the act's.

    >>> report_day("MACAU, March 22 - The Chief Executive met the Governor.", (None, 3, 22, 7, 15))
    True
    >>> report_day("The Governor met the consul on March 22 - a Friday.", (None, 3, 22, 31, 39))
    False
    """
    if day is None:
        return False
    a, b = day[3], day[4]
    if dateline(text, day) or _BYLINE_AFTER.match(text, b) or _TIME_AFTER.match(text, b) or _ZH_REPORT_AFTER.match(
            text, b) or _SLASH_AGENCY_AFTER.match(text, b):
        return True
    before = text[max(0, a - 50):a]
    return bool(_CAPS_PLACE_BEFORE.search(before) and _DASH_AFTER.match(text, b)
                or _TIME_BEFORE.search(before) or _STAMP_BEFORE.search(before) or stamp_line(text, a, b))


def relative_date(text: str, spans: Spans, doc_date: _date | None, years: DocYears | None = None
                  ) -> tuple[str | None, Provenance | None]:
    """The day a news report names relative to its own date: "on Monday" (the last such day up
    to the document's date, or the next one after "will"), 昨天/"yesterday", 今天/"today".

    A wire dateline (本报9月7日讯, "HANOI, Nov. 5 (VNA) –") is the report's own date: 今天 is that
    day, and a day written after it ("… on November 4") is the act's.

    >>> from datetime import date
    >>> relative_date("本报9月7日讯 今天下午，副省长会见州长一行。", [(0, 22)], date(2005, 9, 8))[0]
    '2005-09-07'
    >>> relative_date("HANOI, Nov. 5 (VNA) - The PM received Liu Ning on November 4.", [(0, 60)], date(2023, 11, 6))[0]
    '2023-11-04'
    """
    if not spans:
        return None, None
    a, b = spans[0][0], spans[-1][1]
    head = find_day(text, 0, min(len(text), 80))
    if head is None or head[3] >= 40 or not dateline(text, head):  # else the segment's own first day, a page's
        first = find_day(text, a, b)
        head = first if report_day(text, first) and not future_day(text, first) else head
    if head is not None and (head[3] < 40 and dateline(text, head) or report_day(text, head)) and head[1]:
        later = find_day(text, max(head[4], a), b)
        if later is not None and not dateline(text, later):
            iso, _p = act_date(later, False, doc_date, text, years)
            if iso is not None:
                return iso, _prov("mention", "day_after_dateline", text[later[3]:later[4]], later[3], later[4], 0.8)
        if doc_date is not None or head[0]:  # (a stamp's year where the page has no date: qattr)
            year = head[0] or (doc_date.year - 1 if head[1] > doc_date.month + 1 else doc_date.year)
            try:
                doc_date = _date(year, head[1], head[2])  # the report's own day
            except ValueError:
                pass
    o = _EN_ORDINAL_OF.search(text, a, b)
    if o is not None and o.group(2):  # "on the 14th and 15th of March": which day of the two is not said
        return None, _prov("mention", "ordinal_days", o.group(0), o.start(), o.end(), 0.6)
    if o is not None:  # "on the 14th of March"
        day = (int(o.group(4)) if o.group(4) else None, _MONTH_NAMES.index(o.group(3).lower()) + 1, int(o.group(1)),
               o.start(), o.end())
        iso, _p = act_date(day, False, doc_date, text, years)
        if iso is not None:
            return iso, _prov("mention", "ordinal_day", o.group(0), o.start(), o.end(), 0.8)
    if doc_date is None:
        return None, None
    m = _EN_WEEKDAY.search(text, a, b) or wire_weekday(text, a, b)  # (AP style: "in Kunming Wednesday", qattr)
    while m is not None and (_SAID_BEFORE.search(text, max(a, m.start() - 60), m.start())
                             or other_day(text, a, m.start(), m.end())):  # (", who arrived on Monday,")
        m = _EN_WEEKDAY.search(text, m.end(), b) or wire_weekday(text, m.end(), b)  # the day something was said: the act's is another's
    if m:
        want = _WEEKDAYS.index(m.group(1).lower())
        clause = text[max(a, m.start() - 80):m.start()]
        if _ENDED.search(clause):  # "the expo closed on Monday": the act's first day is not given
            return None, _prov("mention", "weekday_of_end", m.group(0), m.start(), m.end(), 0.6)
        if _FUTURE.search(clause) or m.group(0).lower().startswith("next"):
            day = doc_date + timedelta(days=(want - doc_date.weekday()) % 7)
        else:
            day = doc_date - timedelta(days=(doc_date.weekday() - want) % 7)
        if m.group(0).lower().startswith("last") and day == doc_date:
            day -= timedelta(days=7)
        if _LAST_WEEK_AFTER.match(text, m.end()):  # "on Tuesday last week": that week's Tuesday
            day = doc_date - timedelta(days=doc_date.weekday() + 7 - want)
        return day.isoformat(), _prov("mention", "weekday", m.group(0), m.start(), m.end(), 0.7)
    mo = _EN_MONTH_ONLY.search(text, a, b)
    if mo is not None and _MONTH_NAMES.index(mo.group(1).lower()) + 1 != doc_date.month:
        # "In August, the governors signed …" in a September report: the month only, not the report's day
        return None, _prov("mention", "month_only", mo.group(0), mo.start(), mo.end(), 0.6)
    m = _ZH_THIS_MONTH.search(text, a, b)
    if m and 1 <= int(m.group(1)) <= doc_date.day:  # 本月12日: the document's month
        return doc_date.replace(day=int(m.group(1))).isoformat(), _prov("mention", "this_month_day", m.group(0),
                                                                        m.start(), m.end(), 0.8)
    m = _ZH_WEEKDAY.search(text, a, b)
    if m:  # 上周三 (last week's), 本周三 (this week's), 周三 (the last one up to the report)
        want = "一二三四五六日天".index(m.group(2)) if m.group(2) != "天" else 6
        want = min(want, 6)
        monday = doc_date - timedelta(days=doc_date.weekday())
        if m.group(1) == "上":
            day = monday - timedelta(days=7) + timedelta(days=want)
        elif m.group(1):
            day = monday + timedelta(days=want)
        else:
            day = doc_date - timedelta(days=(doc_date.weekday() - want) % 7)
        return day.isoformat(), _prov("mention", "weekday", m.group(0), m.start(), m.end(), 0.7)
    for rx in (_ZH_RELATIVE, _EN_RELATIVE):
        m = rx.search(text, a, b)
        if m:
            back = {"昨天": 1, "昨日": 1, "昨晚": 1, "昨夜": 1, "yesterday": 1, "前天": 2, "前日": 2,
                    "前晚": 2}.get(m.group(0).lower(), 0)
            return (doc_date - timedelta(days=back)).isoformat(), _prov("mention", "relative_day", m.group(0),
                                                                          m.start(), m.end(), 0.7)
    return None, None
