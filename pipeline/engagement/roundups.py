"""The body acts of a page whose lead reports none: a feature or a round-up that tells several
leaders' trips and meetings (TAXONOMY §3b: each is an engagement).

:func:`.pairing.extract` keeps, on such a page, only the segments that name their Chinese actor,
a partner or a region, a day or a month, and a strong act cue. Round-ups write their items more
loosely than readouts, and three forms lost whole engagements on real pages (issue 15, emul):

* the item's strong cue or trip sits in its actor's clause, not in the segment's first clause
  (a scene-setting clause with an act word but no actor, "Beijing launched a charm offensive",
  opens the segment before "Party chief X kicked off the campaign with a trip to Central Asia");
* a named leader's trip to a named country or region is an act although its words are weak
  ones ("embarked on a tour of Central Asia", 开启…之行);
* an item opened by "Meanwhile", 与此同时, 同期 shares the time of the dated item before it.

Example:
    >>> simultaneous("Meanwhile, the party boss of the province crossed the border.", 0)
    True
    >>> simultaneous("Last year, the governor visited Laos.", 0)
    False
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from ..schemas import Mention
from .acts import Segment, SentenceInfo, find_day

STRONG = 2.0  # a cue of at least this weight reports an act on its own
_TRIP_CODES = ("delegation_visit",)
# an item that shares the time of the one before it
_SIMULTANEOUS = re.compile(
    r"\W{0,3}(?:(?:meanwhile|at the same time|in the same (?:week|month|period)|around the same time|also in the same"
    r" (?:week|month))\b|(?:与此同时|與此同時|同期|同一时期|同一時期|同一天|同日)(?=[，,\s]))", re.I)


def simultaneous(text: str, start: int) -> bool:
    """Whether the clause at ``start`` opens with a word that ties it to the time of the item before it."""
    return _SIMULTANEOUS.match(text, start) is not None


def _strong_in(g: Segment, info_of: Mapping[int, SentenceInfo], acts: Mapping[int, Sequence[Mention]]) -> bool:
    """A strong cue in the segment's first clause or in the first clause that names its actor; or a trip word in a
    clause of its first two naming the actor and a partner or region (a named leader's trip to a named place)."""
    named = [i for i in g.sentences if info_of[i].actors][:2]
    for i in dict.fromkeys(g.sentences[:1] + named[:1]):
        if any((c.weight or 1.0) >= STRONG for c in acts.get(i, ())):
            return True
    return any(c.code in _TRIP_CODES and (c.weight or 1.0) >= 1.0 for i in named
               if info_of[i].partners or info_of[i].regions for c in acts.get(i, ()))


def body_segments(segs: list[Segment], infos: Sequence[SentenceInfo], acts: Mapping[int, Sequence[Mention]],
                  text: str, one_province: bool) -> list[Segment]:
    """The segments of a page whose lead reports no act that report one: each names its actor (or the page has one
    province), a partner or a region, a day or a month (or shares the dated item's time before it: "Meanwhile, …"),
    and a strong act cue (:func:`_strong_in`)."""
    info_of = {x.index: x for x in infos}
    months = {x.index for x in infos if x.month}
    out: list[Segment] = []
    prev_dated = False
    for g in segs:
        dated = bool(g.date and g.date[1] or months & set(g.sentences))
        if not dated and prev_dated:
            lead = next((i for i in g.sentences if info_of[i].actors), g.sentences[0])
            dated = simultaneous(text, info_of[lead].span[0])
        if dated and (g.actors or one_province) and (g.partners or g.regions) and _strong_in(g, info_of, acts):
            out.append(g)
            prev_dated = True
    return scene_trimmed(out, infos, text)


def scene_trimmed(segs: list[Segment], infos: Sequence[SentenceInfo], text: str | None = None) -> list[Segment]:
    """Each of several segments without the act clauses that open it naming no side and no day, where a later
    clause of it names its actor and a partner or region: a scene-setting clause ("In the weeks that followed,
    the capital launched a push to court the region.") opens no item's report, and its words decide nothing."""
    if len(segs) < 2:
        return segs
    info_of = {x.index: x for x in infos}
    for g in segs:
        first = next((k for k, i in enumerate(g.sentences) if info_of[i].actors), 0)
        if first and (info_of[g.sentences[first]].partners or info_of[g.sentences[first]].regions) and not any(
                info_of[i].partners or info_of[i].regions or info_of[i].date
                or text is not None and _RELATIVE_DAY.search(text, *info_of[i].span) for i in g.sentences[:first]):
            g.sentences = g.sentences[first:]  # ("Leaders met guests on Thursday. In Changsha, …": the items' day)
    return segs


_RELATIVE_DAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\b"
                           r"|昨天|昨日|今天|今日|前天|当天|當天|当日|當日|星期[一二三四五六日天]|周[一二三四五六日]", re.I)


# a tally of ties (同法国、意大利等5个外国城市签了结好意向书; 已与12个国家的20个城市缔结友好关系): a count, no act
_TALLY_ZH = re.compile(r"(?:等|与|同|和)\s*[\d一二两三四五六七八九十百]+\s*(?:个|對|对|家|所)[^，。；,;]{0,14}?"
                       r"(?:国家|國家|城市|省州|省份|州|地区|地區|组织|組織|机构|機構|单位|單位)"
                       r"[^。；;]{0,30}?(?:签订|簽訂|签署|簽署|建立|缔结|締結|结好|結好|结为|結為)")


def tally_clause(text: str, span: tuple[int, int]) -> bool:
    """Whether the sentence ``span`` counts ties with several partners (…等5个外国城市签订意向书) and writes no
    day: a statistic of ties, not the act of one occasion (TAXONOMY §3: retrospective summaries report none).

    >>> t = "大同市目前已同法国、意大利等5个外国城市签订结好意向书。"
    >>> tally_clause(t, (0, len(t)))
    True
    """
    return _TALLY_ZH.search(text, *span) is not None and find_day(text, *span) is None
