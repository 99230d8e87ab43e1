"""The facts of a vote's lead sentence that precedence reads (TAXONOMY §3 rules 2, 3, 6, 8).

:class:`LeadFacts` reads each fact of one lead sentence (lower-case Simplified form) when
first asked and keeps it: the document's decision reads them all, an engagement's vote
(:func:`.policy.categorize`) only those precedence asks for its label (:class:`Deferred`
fields of its vote); both share one :class:`LeadFacts` per lead (an
:class:`~pipeline.analysis.Analysis` fact).

Example:
    >>> f = LeadFacts("省长会见越南代表团一行。", "zh")
    >>> f.meeting_first, f.trip_first, f.head_event
    (True, False, None)
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any, Callable

from ..rx import skipping
from .act_patterns import ABBR_HERE_ZH, LED_GROUP_ZH, URGED_EN, VISIT_HERE_ZH, WARM_WELCOME_EN
from .categories import COUNTERPART, head_event, trip_first, trip_to_china, visit_to_china
from .event_fields import sar_party, troupe_trip
from .hosts_en import meets_chinese_host
from .late_acts import delegation_coming, symposium_meeting, welcome_meeting
from .group_guests import group_from_abroad, host_meeting  # (见面, 宴请, a briefing for envoys; journalists from abroad: qgrp)

# a visit received (rule 8), an outbound trip, a meeting, another main act, a meeting with guests of an event
INBOUND = skipping(re.compile(r"来访|到访|来华|访华|使节|驻华|大使|总领事|领事|来[滇桂辽吉黑蒙甘新藏琼粤浙冀青苏闽鲁宁川渝沪京津皖黔湘豫鄂赣晋陕陇隴疆]"
                              # a visit to the province by its abbreviation (…代表团访甘, 副部长访渝)
                              + "|" + VISIT_HERE_ZH + r"|\b(?:envoys?|ambassadors?|diplomats?|consuls?)\b", re.I))
OUTBOUND = skipping(re.compile(r"率团|率领|率.{0,8}代表团|" + LED_GROUP_ZH + r"|出访|\bled an?\b|\bleads an?\b|\bleading an?\b"
                               r"|\bheaded an?\b"
                               r"|\b(?:took|brought) an? (?:[\w'-]+ ){0,4}?delegation to\b", re.I))
# a guest leading a group here (副部长率团访渝, 率代表团来华): 率团 is then no outbound trip
# (率荷兰物流代表团一行30人来渝访问: the group's name and size between)
_LED_HERE = re.compile(f"率(?:[^，,。；;]{{0,16}}?(?:团|團))?(?:一行)?(?:[0-9一二三四五六七八九十百余多]+人)?(?:访|来|來|到)"
                       f"(?:华|華|[{ABBR_HERE_ZH}])")
_NOT = r"(?<!not )(?<!never )(?<!n't )(?<!to have )"  # "no officials were reported to have met them", "did not meet"
MEETING = skipping(re.compile(r"会见|会谈|会晤|接见|拜会|" + _NOT + r"\bmet\b|\bmeets\b|" + _NOT + r"\bmeet with\b"
                              r"|\bheld talks\b|\bholds talks\b"
                              r"|\breceived\b(?! an? " + WARM_WELCOME_EN + r")|\breceives\b|\bcalled on\b" + URGED_EN + r"|\bmeeting with\b"
                              r"|\bheld (?:in-depth )?exchanges with\b|\bconferred with\b"
                              r"|\bheld an? (?:[\w-]+ ){0,2}?meeting with\b"
                              r"|\b(?:held|had) a working session with\b"
                              r"|\bhosted the visiting\b|\bcourtesy (?:call|visit)\b|\bspoke by (?:tele)?phone\b"
                              r"|\bbriefed (?:the |foreign )?(?:visiting|delegation|guests|ambassadors?|consuls? general|consul-general"
                              r"|diplomats|envoys)\b"  # (a briefing for foreign guests on an expo is their meeting: rule 2)
                              # a leader as the host (rule 2): "Governor X welcomed a delegation (a mission, a group) from Hebei",
                              # "… hosted a delegation led by …", "… hosted a reception for …" (a province
                              # hosting a delegation on a tour is no meeting: rule 8)
                              r"|(?<!chinese )(?<!china's )\b(?:governor|chairman|chairwoman|chairperson|mayor|minister|secretary|president|premier"
                              r"|chief|speaker|ambassador|consul general|akim|prefect)\b(?:(?!\b(?:led|leads|visited|toured|met|signed|attended"
                              r"|travell?ed|went|arrived)\b)[^.;]){0,90}?\b(?:welcomed|welcomes"
                              r"|hosted|hosts)\s+(?:(?:a|an|the)\s+(?:[\w'-]+\s+){0,4}?(?:delegation|mission|(?:group|team)(?= from| led by))\b|(?:a |an )?(?:welcome "
                              r"|welcoming |working |state )?(?:reception|banquet|dinner|luncheon)"
                              r"(?:\s+(?:in|at)\s+[\w' -]{1,40}?)?(?:\s+on\s+\w+day)?\s+for\b)"
                              r"|\btelephone (?:conversation|talks)\b|\bvideo link\b|工作会见|视频连线|交谈|通电话"
                              # a call on a leader ("King visits senior official of CPC", "visited the governor")
                              r"|\bvisit(?:s|ed)?\s+(?:a\s+|an\s+|the\s+)?(?:senior\s+|top\s+)?(?:member|official|leader"
                              r"|party secretary|party chief|(?:vice |deputy )?governor|mayor|chairman|premier)s?\b"
                              r"|\b(?:was|were) (?:warmly |cordially )?(?:welcomed|greeted) by\b"
                              # the host's welcome and the talks in passing ("extended a warm welcome to the visiting
                              # minister and his party", "During their official meeting, …": foreign press)
                              r"|\b(?:extended|extends|accorded) an? (?:warm |cordial |hearty )?welcome to\b"
                              r"|\bduring (?:(?:their|the|his|her) )?(?:official |bilateral )?meetings?\b"
                              r"|\baccompanied\b[^.;]{0,80}?\bto (?:meet|call on|hold talks)\b"  # (an envoy's press release: fen)
                              # (an event "was hosted by" an office is no meeting: its organiser)
                              r"|(?<!event )(?<!forum )(?<!fair )(?<!expo )(?<!ceremony )(?<!activity )(?<!festival )"
                              r"(?<!seminar )(?<!conference )(?<!exhibition )\b(?:was|were) (?:warmly |cordially )?hosted by\b"
                              # a visitor's tour that meets the leaders ("…, meeting the region's chairman in Nanning")
                              r"|\bmeeting (?:the |with the )?(?:[\w'-]+ ){0,3}?(?:governor|chairman|chairwoman|party (?:secretary"
                              r"|chief)|mayor|vice (?:governor|chairman|mayor)|leaders)\b", re.I))
OTHER_MAIN = skipping(re.compile(
    r"率团|率领|率代表团|代表团|出访|访问|来访|到访|出席|参加|举办|举行|召开|主持|签署|签订|签约"
    r"|\bled (?:an?|by)\b|\bleads an?\b|\bleading an?\b|\bheaded by\b|\bdelegation\b|\bvisit\b|\bvisited\b"
    r"|\bvisits\b|\battended\b|\bhosted\b|\bsigned\b|\bheld\b(?! talks)",
    re.I,
))
# the circumstance a meeting's sentence opens with: the visitor's visit or trip it took place during
# ("During her working trip to China, the minister sat down with …", 访华期间，…会见): the
# meeting is still the sentence's first main act (rule 2)
CIRCUMSTANCE = skipping(re.compile(
    r"\s*(?:as part of|during|in the course of|on the sidelines of|while on) (?:his|her|their|its|an?|the) "
    r"[^,.;]{0,60}?\b(?:visit|trip|tour|stay)\b[^,.;]{0,60},"
    r"|[^，。；]{0,30}?(?:访问|访华|来华|来访|考察|出访)期间[，,]", re.I))
GUEST = skipping(re.compile(r"(?:会见|接见|会谈|\bmet(?: with)?\b|\bmeets with\b|\breceived\b|\breceives\b).{0,40}?"
                            r"(?:出席|参加|来.{0,3}出席|\battending\b|\bin town for\b|\bhere for\b"
                            r"|研修班|培训班|研讨班|\b(?:participants|trainees) (?:of|in|from)\b"  # a course's trainees met (qgrp)
                            r"|\bwho (?:attended|are attending)\b|\bwho (?:was|were|is|are) in \w+ (?:\w+ )?for\b)", re.I))


def meeting_in(sentence: str, lang: str) -> bool:
    """Whether an act sentence of a visit reports a meeting with the visitors (rule 8): a meeting verb, or in
    Chinese a 座谈 held with them (召开座谈会, 座谈会上: rule 2 names 座谈)."""
    if lang == "zh" and _REMOTE_ZH.search(sentence):
        return False  # 与波兰某省举行视频会议…会谈: a remote meeting of its own, not the visitors met on the tour
    return (MEETING.search(sentence) is not None or host_meeting(sentence) is not None
            or (lang == "zh" and symposium_meeting(sentence)))


_REMOTE_ZH = skipping(re.compile(r"视频|线上|云端|连线|通电话|通话"))


def meets_first(sentence: str) -> bool:
    """Whether the sentence's first main predicate is a meeting (会见…代表团, "met the delegation")."""
    m = MEETING.search(sentence) or host_meeting(sentence)
    if m is None:
        return False
    masked = COUNTERPART.sub(lambda c: " " * len(c.group()), sentence)
    masked = SUBJECT_DELEGATION.sub(lambda c: " " * len(c.group()), masked)
    opening = CIRCUMSTANCE.match(masked)
    if opening is not None:
        masked = " " * opening.end() + masked[opening.end():]
    other = OTHER_MAIN.search(masked, 0, m.start())
    return other is None


# a delegation as the subject of talks ("the Myanmar delegation held talks with …", 缅甸代表团
# 与…举行会谈): the talks are its act, not a trip reported before it (rule 2). Talks only: "the
# Hainan delegation met …" on a trip abroad is the trip's meeting (rule 3, measured on train)
SUBJECT_DELEGATION = skipping(re.compile(
    r"(?:代表团|访问团|考察团)(?:一行)?(?=\s*(?:与|同|和|跟|在[^，,。；;]{0,12}?(?:与|同|和|跟))"
    r"[^，,。；;]{0,30}?(?:会谈|会晤))"
    r"|\bdelegation(?:\s+(?:also|then|later|first))?(?=\s+(?:held talks|holds talks|conferred|had talks)\b)"
    # … or of being received ("a Heilongjiang delegation led by the vice governor was received on Tuesday by
    # the governor of Amur"): the reception is its meeting (rule 2); not past a trip verb of its own
    r"|\bdelegation\b(?:(?!\b(?:visited|toured|arrived|attended|signed|held|met|and)\b)[^.;]){0,80}?"
    r"(?=\b(?:was|were) (?:warmly |cordially )?(?:received|welcomed|greeted|hosted|met)\b)",
    re.I))


# Several countries as the subject of a meeting ("representatives of the five Central Asian countries
# and Xinjiang met", 中亚五国和新疆代表举行会晤): a meeting of several countries (rule 7), not a leader
# receiving guests (会见, "met" after the group: rule 2). Two countries (两国, 双方) are bilateral.
_N = r"(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|\d+)"
GROUP_MEETING = re.compile(  # both branches anchored at the start: read with .match
    rf"\s*(?:(?:[^.]{{0,30}}?,\s*)?(?:the\s+)?(?:(?:representatives|officials|leaders|delegates|ministers|heads|delegations)"
    rf"\s+(?:of|from)\s+(?:the\s+)?)?(?:{_N}\s+)?(?:(?!(?:two|both|met|meets|received|receives|hosted|visited|welcomed|and|with)\b)[\w-]+\s+){{0,3}}?countries\b[^.]{{0,50}}?"
    r"\b(?:met|meet|gathered|convened|held (?:a |their |an? \w+ )?(?:meeting|talks|consultations?|dialogue))\b"
    r"|(?:[^，。；会]{0,14}?[，,]\s*)?[^，。；会]{0,12}?(?:[三四五六七八九十]|\d+)国(?:及|和|与|同|、)?[^，。；会见接]{0,24}?"
    r"(?:举行|召开)(?:[^，。；]{0,8}?)(?:会晤|会谈|会议|磋商))", re.I)


class LeadFacts:
    """The facts of one lead sentence that precedence reads, each read when first asked and
    kept (per document and lead: an :class:`~pipeline.analysis.Analysis` fact).

    Attributes:
        meeting_first: the lead's first main predicate is a meeting (rules 2 and 8).
        meeting_guest: … and it meets guests of a meeting or forum (rule 2).
        head_event: the category of the lead's head event noun (rule 6).
        trip_first: the lead's first main act is a delegation's trip (rule 3).
        inbound: a visit received, not an outbound trip (rule 8's first condition).
        group_meeting: several countries are the subject of the lead's meeting (rule 7).
        trip_attends: a delegation's trip, no troupe's tour (rule 3 over a cultural event).
        sar_party: Hong Kong, Macao or Taiwan take part (闽台, 港澳): an event with no country is still an exchange.
    """

    def __init__(self, lead: str, lang: str) -> None:
        self.lead, self.lang = lead, lang

    @cached_property
    def meeting_first(self) -> bool:
        return meets_first(self.lead) or welcome_meeting(self.lead)  # (对…来访表示欢迎: the reception)

    @cached_property
    def meeting_guest(self) -> bool:
        return self.meeting_first and GUEST.search(self.lead) is not None

    @cached_property
    def head_event(self) -> str | None:
        return head_event(self.lead, self.lang)

    @cached_property
    def trip_first(self) -> bool:
        return trip_first(self.lead, self.lang)

    @cached_property
    def trip_attends(self) -> bool:
        return self.trip_first and not troupe_trip(self.lead)

    @cached_property
    def sar_party(self) -> bool:
        return sar_party(self.lead)

    @cached_property
    def group_meeting(self) -> bool:
        return GROUP_MEETING.match(self.lead) is not None and not meets_chinese_host(self.lead)  # (pen: envoys received)

    @cached_property
    def inbound(self) -> bool:
        lead = self.lead
        return (not OUTBOUND.search(lead) and (INBOUND.search(lead) is not None or delegation_coming(lead)
                                               or group_from_abroad(lead))
                or visit_to_china(lead) or trip_to_china(lead) or _LED_HERE.search(lead) is not None)


class Deferred:
    """A :class:`~.policy.RuleVote` field read when first asked (then kept in the vote's ``__dict__``,
    which a non-data descriptor yields to)."""

    def __init__(self, read: Callable[[Any], object]) -> None:
        self.read = read

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, vote: "object | None", owner: type | None = None) -> object:
        if vote is None:
            return self
        value = vote.__dict__[self.name] = self.read(vote)
        return value
