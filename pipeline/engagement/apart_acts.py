"""Acts told one after another that are separate engagements (TAXONOMY §3b: different occasions or
counterparts acting separately), found by a grid of invented probes (qseg).

Segmenting (:mod:`.acts`) starts a new segment at a new counterpart only where the clause names its
own Chinese official (a title), and never inside a trip (rule 3: a trip is one engagement whatever its
stops). Three kinds of text fell through:

* **the leader's next meeting in a sentence of its own**, the leader named again by name, surname,
  pronoun or title after a word that opens another act (同日，王宁还会见了…; 随后，蓝天立会见了…;
  "Later that day, Wang also met …"; "In a separate meeting, he received …"): a new counterpart is a
  new engagement (:func:`another_act`, read as the clause's own official);
* **an act at home while another leader's trip is told** (4月9日至14日，书记率团访问老挝、泰国。
  4月11日，省长在昆明会见孟加拉国驻华大使): the clause locates its meeting in the province (在昆明,
  "in Kunming") and meets guests none of the trip's countries; or, after a foreign group's tour of the
  province, another country's guests call on the province's leaders (:func:`trip_cuts`);
* **an act dated weeks after a trip's first day** where the trip writes no last day (a work report's
  list: 3月14日，副省长率团访问老挝；5月12日，省长会见泰国副总理；9月18日，书记率团访问越南): no
  trip lasts that long, so it is another occasion.

Example:
    >>> another_act("同日,王宁还会见了老挝琅南塔省省长一行。", (0, 21))
    True
    >>> another_act("Later that day, Wang also met a delegation from Laos.", (0, 52))
    True
    >>> another_act("随后,客人参观了中国—东盟博览会展馆。", (0, 19))
    False
"""

from __future__ import annotations

import re
from typing import Callable, Mapping, Sequence

from ..rx import skipping
from ..schemas import Engagement, Mention, Provenance
from .acts import _TRIP, Segment, SentenceInfo, segment
from .datelines import locator_venue
from .occasions import same_leader_again

_VERB_ZH = r"(?:会见|會見|会晤|會晤|接见|接見|拜会|拜會|宴请|宴請|会谈|會談|致信|致电|致電|致函|签署|簽署|共同签署|见证)"
# a word opening another act (同日, 随后, 此外 …), then the leader again (a name, 他, a title: at most 12
# characters), then 又/还/也 or the verb; or the leader first and 又/还/也/另 before the verb
_ANOTHER_ZH = re.compile(
    r"\s*(?:(?:同日|当天|當天|当日|當日|同一天|随后|隨後|此外|另悉|另据悉|另據悉|另外|其间|其間|之后|之後|此后|此後|同时|同時|同期|"
    r"次日|翌日|第二天|(?:\d{1,2}月)?\d{1,2}日)"
    r"(?:上午|下午|中午|晚上|晚间|晚間)?[，,]?\s*[^，,。；;！？]{0,12}?(?:又|还|還|也|另)?(?:分别|分別|先后|先後)?" + _VERB_ZH
    + r"|[^，,。；;！？]{1,12}?(?:又|还|還|也|另)(?:分别|分別|先后|先後)?" + _VERB_ZH + ")")
_WHEN_EN = (r"(?:(?:Later|Earlier)\s+(?:that|in\s+the|on\s+the\s+same)\s+(?:day|morning|afternoon|evening)|"
            r"(?:On|During)\s+the\s+same\s+day|The\s+same\s+day|Also\s+on\s+\w+(?:\s+(?:morning|afternoon|evening))?|"
            r"In\s+(?:a|another)\s+separate\s+(?:meeting|event)|Separately|Afterwards|Afterward|Later|Subsequently|"
            r"Meanwhile|In\s+addition|Besides|That\s+(?:afternoon|evening)|(?:On\s+)?[Tt]he\s+(?:next|following)\s+day|"
            r"(?:A|One|Two|Three)\s+days?\s+later|On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            r"(?:\s+(?:morning|afternoon|evening))?)")
_WHO_EN = (r"(?:he|she|they|the\s+(?:[\w-]+\s+){0,3}?(?:governor|mayor|secretary|chief|chairman|chairwoman|leader|"
           r"official|director|office|government|department|bureau|commission|association|university|city|province|"
           r"region|municipality)|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})")
_VERB_EN = r"(?:met|meets|held\s+talks|received|hosted|sent|signed|called\s+on|paid\s+a\s+(?:courtesy\s+)?call)\b"
_ANOTHER_EN = re.compile(
    rf"\s*(?:{_WHEN_EN}\s*,?\s+{_WHO_EN}\s+(?:also\s+|then\s+|later\s+|separately\s+)?{_VERB_EN}"
    rf"|{_WHO_EN}\s+(?:also|separately|later|then)\s+{_VERB_EN})")
_MEETING = skipping(re.compile(  # (not a signing: one on the trip is the trip's, rule 4)
    r"会见|會見|会晤|會晤|接见|接見|拜会|拜會|宴请|宴請|会谈|會談|"
    r"\b(?:met|meets|held talks|received|called on)\b", re.I))


def another_act(text: str, span: tuple[int, int]) -> bool:
    """Whether the clause ``span`` opens with another act of a named leader (a connector of another
    act and the leader again, or the leader and 又/还/"also"), not a continuation of the one before."""
    a, b = span
    if text[a:b].isascii():
        return _ANOTHER_EN.match(text, a, b) is not None
    return _ANOTHER_ZH.match(text, a, b) is not None


# another day opening the clause (次日, 第二天, "The next day", "Two days later", "On Thursday"): not the act before's day
_OTHER_DAY = re.compile(r"\s*(?:次日|翌日|第二天|隔天|(?:\d{1,2}月)?\d{1,2}日|(?:On\s+)?[Tt]he\s+(?:next|following)\s+day"
                        r"|(?:A|One|Two|Three)\s+days?\s+later|On\s+[A-Z])")


def same_day_again(text: str, span: tuple[int, int]) -> bool:
    """Whether the clause ``span`` reports another act of the leader (:func:`another_act`) without another day
    of its own (随后，王宁又会见…; "Wang also met …"): the day of the act before."""
    return another_act(text, span) and _OTHER_DAY.match(text, *span) is None


def leader_again(text: str, span: tuple[int, int]) -> bool:
    """Whether the clause ``span`` reports the same leader acting again (:func:`.occasions.same_leader_again`, or
    :func:`another_act` whose subject is a person: a name, a pronoun, not an office): the official before acts."""
    if same_leader_again(text, span):
        return True
    a, b = span
    return another_act(text, span) and _OFFICE_SUBJECT.search(text, a, min(b, a + 60)) is None


_OFFICE_SUBJECT = re.compile(r"外办|外事办|政府|厅|局|委员会|大学|学院|协会|\b(?:office|government|department|bureau|"
                             r"commission|association|university|city|province|region|municipality)\b", re.I)


def with_another_act(official: Callable[[SentenceInfo], bool], text: str) -> Callable[[SentenceInfo], bool]:
    """``official`` (whether a clause names its own Chinese official), also true for a clause that
    opens with another act of a leader named again (:func:`another_act`)."""
    return lambda s: official(s) or another_act(text, s.span)


def _home_venue(text: str, s: SentenceInfo, places: Sequence[Mention]) -> bool:
    """Whether clause ``s`` locates its act at a place in China (在昆明会见, "in Kunming"), not a leader's name."""
    return any(m.label == "province" and not (m.rule or "").startswith("official:") and s.span[0] <= m.start < s.span[1]
               and (locator_venue(text, m.start) or text[max(0, m.start - 8):m.start].lower().endswith("back in "))
               for m in places)


def _foreign_first(text: str, s: SentenceInfo, places: Sequence[Mention]) -> bool:
    """Whether the trip clause ``s`` names a foreign country before its trip verb (a foreign group's tour
    of the province: 印度尼西亚驻华大使访问广西, "Indonesian Ambassador … visited Guangxi")."""
    m = _TRIP.search(text, *s.span)
    return m is not None and any(p.label == "country" and s.span[0] <= p.start < m.start() for p in places)


def _days(day: tuple[int | None, int, int, int, int] | None) -> int | None:
    return None if day is None or not day[1] else day[1] * 31 + day[2]


def trip_cuts(text: str, infos: Sequence[SentenceInfo], places_of: Mapping[int, Sequence[Mention]]) -> set[int]:
    """The act clauses that a trip's report holds but that start another engagement (see the module's
    docstring): a meeting at home with other countries' guests, another group's call after a foreign
    group's tour, or a day more than 16 days from the trip's first where it writes no last day."""
    cuts: set[int] = set()
    trip: SentenceInfo | None = None
    inbound = False
    for s in infos:
        if not s.acts:
            continue
        if trip is not None and s.actors and trip.actors and not set(s.actors) & set(trip.actors):
            trip = None  # another province's item: the segmenter's new_actor
        if trip is not None:
            places = places_of.get(s.index, ())
            start, day = _days(trip.date), _days(s.date)
            far = (start is not None and day is not None and abs(day - start) > 16
                   and (s.date[0] is None or trip.date[0] is None or s.date[0] == trip.date[0])
                   and re.match(r"\s*(?:to|through|until|-|–|—|至|到|~|－)\s*\d", text[trip.date[4]:trip.date[4] + 6]) is None)
            guests = (s.partners and trip.partners and not set(s.partners) & set(trip.partners)
                      and _MEETING.search(text, *s.span) is not None
                      and (inbound or _home_venue(text, s, places)))
            if far or guests:
                cuts.add(s.index)
                trip = None
        if trip is None and _TRIP.search(text, *s.span) is not None:
            trip, inbound = s, _foreign_first(text, s, places_of.get(s.index, ()))
    return cuts


def apart_segments(infos: list[SentenceInfo], text: str, official: Callable[[SentenceInfo], bool],
                   places_of: Mapping[int, Sequence[Mention]]) -> list[Segment]:
    """:func:`.acts.segment` with the cuts :func:`trip_cuts` finds in trips' reports; a clause naming no
    province that opens with another act of a leader named again (The same day, Hu sent a letter to …)
    is given the actor of the act clause before it (:func:`.occasions.leaders_acting_apart` does so for
    meetings only)."""
    last: list[str] = []
    for s in infos:
        if s.acts and not s.actors and s.partners and last and another_act(text, s.span):
            s.actors = list(last)
        if s.acts and s.actors:
            last = list(s.actors)
    return segment(infos, text, official, cuts=trip_cuts(text, infos, places_of))


# an event's report whose same sentence adds the leader's meeting on its sidelines: 出席…开幕式，并在会前会见了X;
# 出席…论坛，其间会见…; "attended the opening … and met X on its sidelines", "…, where he met X"
_SIDE_CLAUSE = re.compile(
    r"[，,]\s*(?:并|还|其间|其間|期间|期間|会前|會前|会后|會後|会上|會上|开幕式前|開幕式前)[^，,。；;]{0,12}?"
    r"(?:会见|會見|会晤|會晤|接见|接見|举行会谈|舉行會談)"
    r"|(?:,\s*where|\band)\s+(?:he|she|they)?\s*(?:also\s+)?(?:met|held\s+talks\s+with)\s+(?:with\s+)?"
    r"(?:the\s+)?(?:visiting\s+)?[A-Z]")


def clause_side_meeting(text: str, e: Engagement, partners: Sequence[Mention]) -> list[Engagement]:
    """``e`` and, where it is a forum or conference whose first sentence adds the leader's meeting with a
    foreign party in a clause of its own (:data:`_SIDE_CLAUSE`), that meeting as an engagement of its own:
    the countries named in that clause only, the event's province, day and official (TAXONOMY §3 rule 2:
    the meeting with a guest attending the forum is ``high_level_meeting``; the event stays the event's)."""
    if e.category not in ("forum_expo", "multilateral_meeting") or len(e.evidence) != 2:
        return [e]
    a = e.evidence[0]
    stop = min((i for i in (text.find(c, a, e.evidence[1]) for c in "。！？!?\n") if i != -1), default=e.evidence[1])
    stop = min(stop, next((m.end() for m in re.finditer(r"\.\s", text[a:e.evidence[1]])), 10 ** 9) + a)
    m = _SIDE_CLAUSE.search(text, a, stop)
    if m is None:
        return [e]
    named = list(dict.fromkeys(x.code for x in partners if m.start() <= x.start < stop))
    before = {x.code for x in partners if a <= x.start < m.start()}
    if not named or set(named) <= before:
        return [e]
    one = e.model_copy(deep=True)
    one.category, one.partners, one.regions, one.evidence = "high_level_meeting", named, [], [m.start(), stop]
    one.provenance["category"] = Provenance(source="rule", rule="side_meeting_clause", text=m.group(0),
                                            start=m.start(), end=m.end(), score=0.6)
    e.partners = [p for p in e.partners if p not in named or p in before]
    e.counterpart = None if not e.partners else e.counterpart
    return [e, one]
