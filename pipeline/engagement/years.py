"""The year of a day written without one (TAXONOMY §3b ``date``), where the document has no
date: the page's address, the years the text names, or an event's edition or anniversary.

A round-up, a chronicle entry or a page whose date the scraper lost writes "6月26日" /
"June 26" and no year. The year is still the text's or the address's, not a guess, in these
cases (:class:`DocYears` reads them once per document, only when asked):

* the page's address gives a year, or a year and month (``/2024/06/slug``): its year dates a
  day of that month or before; a later month is refused (the page cannot report an act of a
  month after its own, unless it announces one, or it is last year's);
* the last year written before the day (``2024年…``, a chronicle's year), where it is no
  other event's ("自2013年", "2013年以来", "成立于1992年", "since 2013"), no span of years
  ("2013-2024", "2021—2025年"), no review (总结2024年工作) and no plan year of a meeting held
  late in the year (安排2025年重点工作 in December plans next year);
* an edition-numbered event whose edition has a known year (``lexicon/events.yaml``:
  第六届中国—阿拉伯国家博览会 → 2023), or a counted anniversary of a founding whose year is known
  (``lexicon/anniversaries.yaml``: 中老建交63周年 → 1961 + 63), when they agree on one year and
  the clause does not announce them (将, 邀请, 明年, "will");
* a year the text names anywhere as the act's: an event named with its year ("2024中俄…友谊赛",
  "the 2024 … Forum"), the page's own date in a footer (发布时间：2024-06-27, not for a day of a
  later month), or the plan year of a meeting held in the first three quarters
  ("安排2025年重点工作" in April → 2025); only when all such years agree (one distinct year). A
  dated month after the day (双方商定于2024年10月…) is another occasion's: it gives nothing.

Example:
    >>> DocYears("6月26日，副省长会见越南客人。", url="https://example.org/2024/06/story/").year(6, 0)
    (2024, 'address_year', None, None)
    >>> ys = DocYears("6月26日，副省长出席2024中俄边境友谊赛开幕式。")
    >>> ys.year(6, 0)
    (2024, 'text_names_year', 11, 15)
"""

from __future__ import annotations

import bisect
import re
from typing import Callable, NamedTuple, Sequence

from ..documents import url_month
from ..foundings import anniversary_year
from ..entries import EventEntry

_DASH = "[—–\\-－‐~·]?"
_CN_NUM = "零〇一二两三四五六七八九十百"
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
             "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40}


def cn_number(s: str) -> int | None:
    """A number written in Chinese numerals (up to 999) or digits: 二十一 → 21, 六 → 6.

    >>> cn_number("二十一"), cn_number("一百三十五"), cn_number("十"), cn_number("21")
    (21, 135, 10, 21)
    """
    s = s.strip()
    if s.isdigit():
        return int(s)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    total, cur = 0, 0
    for ch in s:
        if ch in digits:
            cur = digits[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            return None
    return total + cur or None


def _en_ordinal(word: str) -> int | None:
    w = word.lower().replace(" ", "-")
    if w in _ORDINALS:
        return _ORDINALS.index(w) + 1
    head, _, tail = w.partition("-")
    if head in _TENS and tail in _ORDINALS[:9]:
        return _TENS[head] + _ORDINALS.index(tail) + 1
    if w.endswith("ieth") and w[:-4] + "y" in _TENS:
        return _TENS[w[:-4] + "y"]
    return None


class EventMatcher(NamedTuple):
    """Edition-numbered events and counted anniversaries (:func:`compile_events`): ``find(text)``
    gives (year, start, end) of each edition or anniversary named whose year the lexicon knows."""

    patterns: tuple[tuple[re.Pattern[str], str], ...]  # (pattern, "zh" | "en")
    entry_of: dict[str, EventEntry]

    def find(self, text: str) -> list[tuple[int, int, int]]:
        out = []
        for rx, lang in self.patterns:
            for m in rx.finditer(text):
                if m.group("d"):
                    n = int(m.group("d"))
                elif m.group("w"):
                    n = cn_number(m.group("w")) if lang == "zh" else _en_ordinal(m.group("w"))
                else:
                    n = 1  # 首届
                name = re.sub(_DASH.replace("?", ""), "", m.group("name"))
                entry = self.entry_of.get(name if lang == "zh" else name.lower())
                if entry is None or not n:
                    continue
                year = entry.founded + n if entry.founded is not None else entry.editions.get(n)
                if year is not None:
                    out.append((year, m.start(), m.end()))
        return sorted(out, key=lambda t: t[1])


def _name_rx(name: str) -> str:
    parts = re.split(_DASH.replace("?", "") + "+", name)
    return _DASH.join(re.escape(p).replace("\\ ", "\\s+") for p in parts)


def compile_events(entries: Sequence[EventEntry], *, variants: Callable[[str], set[str]] | None = None
                   ) -> EventMatcher:
    """An :class:`EventMatcher` of the lexicon's event entries (``variants``: more spellings of
    each Chinese name, e.g. the Traditional ones of :func:`.titles.traditional_variants`).

    >>> from pipeline.entries import EventEntry
    >>> ev = EventEntry(id="e", zh=["中国—东盟博览会"], en=["China-ASEAN Expo"], editions={21: 2024})
    >>> m = compile_events([ev])
    >>> m.find("第二十一届中国-东盟博览会开幕"), m.find("at the 21st China–ASEAN Expo")
    ([(2024, 0, 13)], [(2024, 7, 28)])
    >>> a = compile_events([EventEntry(id="a", zh=["中老建交"], en=["China-Laos diplomatic ties"], founded=1961)])
    >>> a.find("值此中老建交63周年之际"), a.find("the 63rd anniversary of China-Laos diplomatic ties")
    ([(2024, 2, 10)], [(2024, 4, 50)])
    """
    entry_of: dict[str, EventEntry] = {}
    names: dict[tuple[str, bool], list[str]] = {("zh", False): [], ("zh", True): [], ("en", False): [],
                                                ("en", True): []}
    for e in entries:
        counted = e.founded is not None
        for form in e.zh + e.zh_hant:
            for s in {form} | (variants(form) if variants is not None else set()):
                entry_of.setdefault(re.sub(_DASH.replace("?", ""), "", s), e)
                names["zh", counted].append(_name_rx(s))
        for s in e.en:
            entry_of.setdefault(re.sub(_DASH.replace("?", ""), "", s).lower(), e)
            names["en", counted].append(_name_rx(s))

    def alt(key: tuple[str, bool]) -> str:
        return "|".join(sorted(set(names[key]), key=len, reverse=True))  # longest name first

    words = "|".join(sorted(set(_ORDINALS) | {f"{t}-{o}" for t in _TENS for o in _ORDINALS[:9]}
                            | {t[:-1] + "ieth" for t in _TENS}, key=len, reverse=True))
    cn = r"(?:(?P<d>\d{1,3})|(?P<w>[" + _CN_NUM + r"]{1,6}))"
    en_n = r"(?:(?P<d>\d{1,3})(?:st|nd|rd|th)|(?P<w>" + words + "))"
    pats = []
    if names["zh", False]:  # 第二十一届中国—东盟博览会, 首届…
        pats.append((re.compile(r"(?:第\s*" + cn + r"|首)\s*[届屆]\s*[“\"「]?(?P<name>" + alt(("zh", False)) + ")"), "zh"))
    if names["en", False]:  # the 21st China-ASEAN Expo, the 135th session of the Canton Fair
        pats.append((re.compile(r"\b" + en_n + r"\s+(?:(?:edition|session)\s+of\s+(?:the\s+)?)?(?P<name>"
                                + alt(("en", False)) + r")\b", re.I), "en"))
    if names["zh", True]:  # 中老建交63周年, 新中国成立七十五周年
        pats.append((re.compile(r"(?P<name>" + alt(("zh", True)) + r")[^，。；;,\d" + _CN_NUM + r"]{0,4}?" + cn
                                + r"\s*周年"), "zh"))
    if names["en", True]:  # the 75th anniversary of the founding of the People's Republic of China
        pats.append((re.compile(r"\b" + en_n + r"\s+anniversary\s+of\s+(?:the\s+)?(?:(?:founding|establishment)\s+of\s+"
                                r"(?:the\s+)?)?(?P<name>" + alt(("en", True)) + r")\b", re.I), "en"))
    return EventMatcher(tuple(pats), entry_of)


# ---- the years a text names, each with its kind
_YEAR = re.compile(r"(?<![\d$¥€£/-])(?<!\d[.,])((?:19|20)\d{2})(?![\d%]|\s*(?:多|余|餘|名|人|个|個|万|萬|亿|億|元|家|次|位|"
                   r"项|項|所|件|场|場|辆|米|吨|噸|公里|平方|千|百|户|戶|台|套|株|份)|,\d)")
_ZH_MONTH_AFTER = re.compile(r"\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*[日号號])?")
_ISO_AFTER = re.compile(r"[-/.](0?[1-9]|1[0-2])(?:[-/.]\d{1,2})?(?!\d)")
_EN_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
              "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
_EN_DATE_BEFORE = re.compile(r"(?:\b(?:" + _EN_MONTHS + r")\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?|\b\d{1,2}"
                             r"(?:st|nd|rd|th)?\s+(?:" + _EN_MONTHS + r")\.?,?\s+)$")
_SPAN_AFTER = re.compile(r"\s*年?\s*(?:[-–—~～至到]|\band\b|\bto\b)\s*(?:(?:19|20)\d{2}|\d{2}(?!\d))")
_SPAN_BEFORE = re.compile(r"(?:(?:19|20)\d{2}\s*年?\s*(?:[-–—~～至到]|\band\b|\bto\b)|\bbetween)\s*$", re.I)
_SINCE_BEFORE = re.compile(r"(?:自|从|從|截至|截止|到|至|直到|直至|始于|始於|成立于|成立於|创办于|創辦於|建于|建於|建交于|建交於|早在|"
                           r"将|將|将于|將於|明年|\bsince|\bfrom|\buntil|\btill|\bby|\bbefore|\bafter|\bas of|"
                           r"\bas early as|\bback in|\bfounded in|\bestablished in|\bset up in|\blaunched in|"
                           r"\bdating back to|\bwill|\bnext)\s*(?:the\s+|the\s+end\s+of\s+)?$", re.I)
_SINCE_AFTER = re.compile(r"[^，。；,;:：\n]{0,10}?(?:以来|以來|起|开始|開始|之前|以前|前|之后|以后|之後|以後|年代|成立|创办|創辦|创立|"
                          r"創立|建立|建交|结好|結好|结为|結為|缔结|締結|签署|簽署|签订|簽訂|设立|設立|开通|開通|首届|首屆|第一届|"
                          r"第一屆|底前|年底前)")
_REVIEW_BEFORE = re.compile(r"(?:总结|總結|回顾|回顧|盘点|盤點|完成|全年|\breview(?:ed|ing)?\s+(?:of\s+)?)"
                            r"[^，。；,;\d]{0,4}$", re.I)
_PLAN_BEFORE = re.compile(r"(?:安排|部署|谋划|謀劃|规划|規劃|明确|明確|研究|\b(?:plans?|priorities|tasks|targets?|goals?)"
                          r"\s+(?:for|in)\s+)[^，。；,;\d]{0,4}$", re.I)
_PLAN_AFTER = re.compile(r"\s*年[^，。；,\d]{0,8}?(?:工作要点|工作要點|重点工作|重點工作|重点任务|重點任務|工作计划|工作計劃|"
                         r"工作思路|目标任务|目標任務|外事任务|外事任務)")
_EVENT_WORDS = ("论坛|論壇|博览会|博覽會|交易会|交易會|洽谈会|洽談會|推介会|推介會|峰会|峰會|年会|年會|对话会|對話會|研讨会|研討會|"
                "交流会|交流會|座谈会|座談會|故事会|故事會|音乐会|音樂會|晚会|晚會|招待会|招待會|见面会|見面會|发布会|發佈會|"
                "联谊会|聯誼會|展览会|展覽會|大会|大會|会议|會議|友谊赛|友誼賽|邀请赛|邀請賽|锦标赛|錦標賽|联赛|聯賽|比赛|比賽|"
                "马拉松|馬拉松|赛|賽|杯|运动会|運動會|文化节|文化節|艺术节|藝術節|旅游节|旅遊節|电影节|電影節|节|節|周|週|展|活动|活動|年")
_ZH_EVENT_AFTER = re.compile(r"\s*(?:年度?)?\s*[^\d，。；;,、：:！？!?\s在于於将將与與和同举舉办辦召开開出参參签簽访訪见見是为為]{1,24}?"
                             r"(?:" + _EVENT_WORDS + ")")
_EN_EVENT_AFTER = re.compile(r"\s+(?:(?:[A-Z][\w'’.&]*(?:[-–][A-Z][\w'’.&]*)*|of|and|for|on|the|de|[-–])\s+){0,8}?"
                             r"(?:Forum|Expo|Exposition|Summit|Fair|Festival|Week|Games|Conference|Dialogue|Meeting|"
                             r"Marathon|Championships?|Cup|Tournament|Year|Exhibition|Symposium|Seminar|"
                             r"edition|session)\b")
_EN_EVENT_BEFORE = re.compile(r"\b(?:Forum|Expo|Summit|Fair|Festival|Week|Games|Conference|Dialogue)\s+$")


_STAMP_BEFORE = re.compile(r"(?:发布时间|發佈時間|发布日期|發佈日期|发表时间|发稿时间|更新时间|时间|時間|日期|\b(?:Posted|Published|"
                           r"Updated|Date|Released)\b(?:\s+on)?)\s*[:：]?\s*(?:[A-Za-z]+\.?\s+\d{1,2},?\s+|\d{1,2}\s+"
                           r"[A-Za-z]+\.?,?\s+)?$", re.I)
_STATS_AFTER = re.compile(r"\s*年?[^。；;\n]{0,25}?(?:贸易额|貿易額|贸易总额|进出口|進出口|同比|增长|增長|累计|累計|总额|總額|"
                          r"\btrade\b|\bgrew\b|\bincrease)", re.I)
_FUTURE_CLAUSE = re.compile(r"将|將|即将|即將|拟|擬|计划|計劃|筹备|籌備|筹办|籌辦|办好|辦好|迎接|邀请|邀請|明年|去年|前年|"
                            r"\bwill\b|\bplans?\b|\bplanned\b|\bupcoming\b|\bto be held\b|\binvit|\bnext year\b|"
                            r"\blast year\b", re.I)  # an event to come, or another year's
_PLAIN_END = re.compile(r"[\s,.;:)!?]|$")


class YearMention(NamedTuple):
    year: int
    start: int
    end: int
    kind: str  # date | stamp (the page's: 发布时间…) | event | plan | plain | other (no act's: span, since, review)
    month: int = 0  # of a stamp: the page's month


def year_mentions(text: str, start: int = 0, end: int | None = None) -> list[YearMention]:
    """The years written in ``text[start:end]``, each with its kind (see :class:`YearMention`).

    >>> [m.kind for m in year_mentions("自2013年以来，2013—2024年，总结2024年工作，2024年6月，2024中俄论坛")]
    ['other', 'other', 'other', 'other', 'date', 'event']
    """
    end = len(text) if end is None else end
    out = []
    for m in _YEAR.finditer(text, start, end):
        y, a, b = int(m.group(1)), m.start(1), m.end(1)
        before = text[max(0, a - 14):a]
        kind = _kind(text, a, b, before)
        out.append(YearMention(y, a, b, kind, _stamp_month(text, a, b) if kind == "stamp" else 0))
    return out


def _kind(text: str, a: int, b: int, before: str) -> str:
    iso = _ISO_AFTER.match(text, b)
    zh_month = _ZH_MONTH_AFTER.match(text, b)
    if not iso and not zh_month and (_SPAN_AFTER.match(text, b) or _SPAN_BEFORE.search(before)):
        return "other"  # 2013-2024, 2021—2025年, between 2013 and 2024
    if _SINCE_BEFORE.search(before):
        return "other"  # 自2013年, since 2013, 将于2025年
    if _REVIEW_BEFORE.search(before):
        return "other"  # 总结2024年工作
    if _PLAN_BEFORE.search(before) or _PLAN_AFTER.match(text, b):
        return "plan"  # 安排2025年重点工作
    if zh_month or iso:
        after = (zh_month or iso).end()  # type: ignore[union-attr]
        if _SINCE_AFTER.match(text, after):
            return "other"  # 2019年5月签署的, 2019年5月以来
        return "stamp" if _STAMP_BEFORE.search(before) else "date"
    if _EN_DATE_BEFORE.search(before):
        return "stamp" if _STAMP_BEFORE.search(text, max(0, a - 40), a) else "date"  # June 26, 2024; June 2024
    if _ZH_EVENT_AFTER.match(text, b) or _EN_EVENT_AFTER.match(text, b) or _EN_EVENT_BEFORE.search(before):
        if _to_come(text, a):
            return "other"  # 将共同办好2025中越人文交流年, 邀请其出席2024…博览会: an event to come
        return "event"  # 2024中俄…友谊赛, the 2024 China-ASEAN Forum, Expo 2024
    if _SINCE_AFTER.match(text, b):
        return "other"  # 1992年成立, 2013年结为友好省州
    if _STATS_AFTER.match(text, b):
        return "other"  # 2023年，中越贸易额达…: a year's figures, reported after it
    if text.startswith("年", b) or _PLAIN_END.match(text, b):
        return "plain"  # 2023年，…; "in 2023."
    return "other"  # a number before a CJK word that is no year (2024中…: only an event name counts)


def _to_come(text: str, a: int) -> bool:
    """Whether the clause before offset ``a`` announces what it names (将, 邀请, "will", "invited")."""
    clause = text[max(0, a - 40):a]
    cut = max(clause.rfind(c) for c in "。；！？\n;!?")
    return _FUTURE_CLAUSE.search(clause, cut + 1) is not None


def _stamp_month(text: str, a: int, b: int) -> int:
    m = _ZH_MONTH_AFTER.match(text, b) or _ISO_AFTER.match(text, b)
    if m:
        return int(m.group(1))
    e = re.search(r"\b(" + _EN_MONTHS + r")\b[^A-Za-z]*$", text[max(0, a - 40):a])
    return [n[:3] for n in _EN_MONTHS.split("|")[:12]].index(e.group(1)[:3]) + 1 if e else 0


class DocYears:
    """The years of one document that date a day written without one, read once and only when
    asked (a document without a date whose act clause writes no year).

    Args:
        text: the document's text (original offsets).
        url: the page's address (``doc.meta["url"]``), if any.
        events: the lexicon's :class:`EventMatcher`, if any.
    """

    __slots__ = ("text", "url", "events", "_mentions", "_starts", "_event_year", "_url")

    def __init__(self, text: str, url: object = None, events: EventMatcher | None = None) -> None:
        self.text, self.url, self.events = text, url, events
        self._mentions: list[YearMention] | None = None
        self._starts: list[int] = []
        self._event_year: tuple[int, int, int] | None | bool = False
        self._url: tuple[int, int | None] | None | bool = False

    def mentions(self) -> list[YearMention]:
        if self._mentions is None:
            self._mentions = year_mentions(self.text)
            self._starts = [m.start for m in self._mentions]
        return self._mentions

    def year(self, month: int, at: int) -> tuple[int, str, int | None, int | None] | None:
        """(year, rule, start, end of what gave it) for a day of ``month`` written at offset
        ``at`` without its year, else None (rules: ``address_year``, ``text_year``,
        ``event_edition``, ``text_names_year``)."""
        if self._url is False:
            self._url = url_month(self.url)
        if self._url:
            y, m = self._url  # type: ignore[misc]
            if m is None or month <= m:
                return y, "address_year", None, None
            # a month after the address's: last year's, or one announced; the text may say which,
            # but not the address's year (a day of that year in a later month is not yet reported)
            got = self._from_text(month, at)
            return got if got is not None and got[0] < y else None
        return self._from_text(month, at)

    def _from_text(self, month: int, at: int) -> tuple[int, str, int | None, int | None] | None:
        ms = self.mentions()
        late = month >= 10  # a plan year is next year's at a meeting of the last quarter
        k = bisect.bisect_left(self._starts, at)
        for mention in reversed(ms[:k]):  # the last year written before the day
            if mention.kind in ("date", "stamp", "event", "plain") or mention.kind == "plan" and not late:
                return mention.year, "text_year", mention.start, mention.end
        if self._event_year is False:
            found = [f for f in (self.events.find(self.text) if self.events is not None else [])
                     if not _to_come(self.text, f[1])]  # 邀请其出席第九届…博览会: an edition to come
            self._event_year = found[0] if found and len({y for y, _a, _b in found}) == 1 else None
        if self._event_year:
            y, a, b = self._event_year  # type: ignore[misc]
            return y, "event_edition", a, b
        named = [m for m in ms if m.kind in ("stamp", "event") or m.kind == "plan" and not late]
        if any(m.kind == "stamp" and m.month and month > m.month for m in named):
            return None  # a month after the page's own (发布时间：2024-01-05 and 12月28日): last year's
        if named and len({m.year for m in named}) == 1:
            return named[0].year, "text_names_year", named[0].start, named[0].end
        got = anniversary_year(self.text)  # 1991年…缔结 + 30周年纪念活动: the celebration's year (foundings.py)
        return (got[0], "anniversary_year", got[1], got[2]) if got else None
