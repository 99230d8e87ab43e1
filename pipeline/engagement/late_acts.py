"""Acts a report names after its first act sentences that still decide the category (TAXONOMY §3
rules 2 and 4), read by the policy's vote (:mod:`.policy`).

* :func:`late_signings`: a signing reported at the end of a readout (会见后，两省签署…意向书;
  "Several MoUs were signed … on this occasion") outranks the meeting it was signed at (rule 4),
  when the sentence ties it to this occasion (会见后, 会上, 期间, 见证下, "on this occasion",
  "during the visit") or to the two sides (双方, 两省, "the two sides"); a signing recalled
  from earlier years (2015年两省签署…) is no act of this occasion and is not read here.
* :func:`welcome_meeting`: a lead whose main act is a leader welcoming a visit (对…来访表示欢迎,
  范明政对韦韬访问越南表示欢迎) reports the reception: a meeting (rule 2), whoever travelled.
* :func:`symposium_meeting`: a 座谈会 held with a visiting foreign delegation (访问团…召开座谈会,
  座谈会上…致辞) is its meeting with the hosts (rule 2 names 座谈): read on an inbound lead only,
  where a delegation comes (代表团来到延吉, 来访) — a Chinese work symposium is no meeting.

Example:
    >>> welcome_meeting("省长对越南代表团来访表示热烈欢迎。")
    True
    >>> symposium_meeting("当日，访问团在市政府召开座谈会。")
    True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Protocol, Sequence

from ..rx import skipping

if TYPE_CHECKING:  # pragma: no cover
    from ..schemas import Mention


class _Acts(Protocol):  # a vote's sentence reader (:class:`.reading.SentenceActs`)
    simple: dict[int, str]

    def verdict(self, i: int) -> bool | None: ...

# the occasion a late signing is tied to (this meeting, this visit, the two sides present)
_OCCASION = skipping(re.compile(
    r"(?:会见|会谈|会晤|座谈|会议|活动|仪式|论坛|大会|访问|考察|推介会|洽谈会)(?:后|中|上|期间)|会后|会上|随后|其间|见证下|见证了"
    r"|现场签|当天|当日|此次|本次|双方|两省|两市|两区|两地|两国|三方"
    r"|\bon (?:this|the) occasion\b|\bduring the (?:visit|meeting|talks|event|forum|ceremony|conference|trip|session)\b"
    r"|\b(?:after|following) the (?:talks|meeting|visit)\b|\balso signed\b|\bat the (?:meeting|event|ceremony|forum|conference|session)\b"
    r"|\bon the sidelines\b|\bwitnessed\b|\bthe (?:two|both) sides\b|\bboth sides\b|\bwere also signed\b", re.I))
# a signing recalled from an earlier year or time (2015年…签署, 去年, 此前, "in 2015", "last year", "since")
_EARLIER = skipping(re.compile(
    r"(?:19|20)\d\d年|去年|前年|此前|以前|曾经|曾于|曾|多年来|近年来|以来|早在"
    r"|\bin (?:19|20)\d\d\b|\blast year\b|\bpreviously\b|\bearlier\b|\bsince\b|\bago\b|\bin the past\b", re.I))

# the minutes of the meeting itself (签订…会晤会议纪要, "signed the minutes"): a record of the talks, no agreement
_MINUTES = skipping(re.compile(r"纪要|\bminutes\b", re.I))
_AGREEMENT = skipping(re.compile(r"协议|协定|备忘录|意向书|合同|框架|公约|议定书|\bagreements?\b|\bmo[uv]s?\b|\bmemorand|\bcontracts?\b"
                                 r"|\bdeals?\b", re.I))


# a side agreement with overseas Chinese bodies ("signed … with a local Chinese association while there",
# 与当地侨团签署): not with the foreign counterpart (华人, not 中华人民共和国 in an agreement's full name)
_DIASPORA = skipping(re.compile(r"华人(?!民)|华侨|侨团|侨社|侨胞|中资|\bwith (?:the |a )?(?:local |overseas )?chinese\b"
                                r"|\boverseas chinese\b", re.I))


def _MINUTES_ONLY(s: str) -> bool:
    return _MINUTES.search(s) is not None and _AGREEMENT.search(s) is None


def side_agreement(sentence: str) -> bool:
    """Whether the signing ``sentence`` reports is not the occasion's agreement: only the minutes of the
    talks (签订…会议纪要) or a side agreement with overseas Chinese bodies (与当地侨团签署)."""
    return _MINUTES_ONLY(sentence) or _DIASPORA.search(sentence) is not None


def late_signings(cues: Sequence[Mention], sentence_of_cue: Sequence[int], after: int, reader: _Acts,
                  signed: Callable[[int], bool]) -> list[int]:
    """The act sentences past ``after`` (the last of the first act sentences) with a strong signing cue whose
    signing belongs to this occasion: ``signed(i)`` (a signing outside every frame) and an occasion word
    (:data:`_OCCASION`) with no earlier year or time (:data:`_EARLIER`) in the sentence's reading."""
    out = []
    for i in sorted({si for c, si in zip(cues, sentence_of_cue)
                     if si > after and c.code == "cooperation_project" and (c.weight or 1.0) >= 2.0}):
        if reader.verdict(i) is not True:
            continue
        s = reader.simple.get(i)
        if (s and _OCCASION.search(s) and not _EARLIER.search(s) and not side_agreement(s) and signed(i)):
            out.append(i)
    return out


# a visit welcomed as the lead's main act: 对…(来访|访问|考察|到访|访华)…表示(热烈)?欢迎; "welcomed the visit of"
_WELCOME = skipping(re.compile(
    r"^[^，。；]{0,40}?对[^，。；]{0,50}?(?:来访|访问|到访|考察|访华|来华|来[滇桂辽吉黑蒙甘新藏琼粤浙冀青苏闽鲁宁川渝沪京津皖黔湘豫鄂赣晋陕陇疆])"
    r"[^，。；]{0,12}?表示(?:热烈|诚挚|衷心)?(?:的)?欢迎"
    # 省长欢迎代表团一行来访 (not a wish: 希望, 期待, 愿 before it)
    r"|^(?:(?!希望|期待|愿|欢迎更多)[^，。；]){0,30}?(?:热烈|诚挚)?欢迎(?!更多)[^，。；]{0,30}?(?:来访|到访|访华|来华)"
    r"|^[^.;]{0,80}?\bwelcomed (?:the|his|her) (?:[\w-]+ ){0,2}?visit of\b", re.I))


def welcome_meeting(lead: str) -> bool:
    """Whether the lead's main act is a leader welcoming a visit (对…来访表示欢迎): the reception, a meeting."""
    return _WELCOME.search(lead) is not None


# a 座谈 with the visitors (召开座谈会, 举行座谈, 座谈交流, 座谈会上), not a Chinese work symposium
_SYMPOSIUM = skipping(re.compile(r"(?:召开|举行|进行|参加|出席)(?:了)?(?:[^，。；]{0,10}?)座谈|座谈会上|座谈交流|进行座谈"
                                  r"|(?:与|同|和)[^，。；]{1,20}?座谈"))
_DOMESTIC_SYMPOSIUM = skipping(re.compile(r"工作座谈|外事工作|务虚|党建|培训|调研座谈"))


# the hosts of the 座谈 are the government or its leaders (在市政府召开座谈会, 座谈会上，市人大常委会主任致辞),
# not scholars or companies (与大学研究所学者进行座谈: a tour's programme, rule 8 wants the province's leaders)
_HOSTS = skipping(re.compile(r"政府|人大|政协|外办|外事|党委|省委|市委|州委|县委|区委|领导|省长|市长|州长|县长|区长|书记|主席|主任"))
_NOT_HOSTS = skipping(re.compile(r"学者|专家|师生|学生|教师|大学|学院|研究所|研究院|企业|公司|商会"))


def symposium_meeting(sentence: str) -> bool:
    """Whether ``sentence`` reports a 座谈 held with visitors by the government or its leaders (在市政府召开座谈会,
    座谈会上…主任致辞), not with scholars or companies, nor a Chinese work symposium."""
    m = _SYMPOSIUM.search(sentence)
    if m is None or _DOMESTIC_SYMPOSIUM.search(sentence) is not None:
        return False
    clause = sentence[max(sentence.rfind("，", 0, m.start()), sentence.rfind(",", 0, m.start()), 0):m.end() + 40]
    return _HOSTS.search(clause) is not None and _NOT_HOSTS.search(clause) is None


# a foreign delegation coming (…访问团来到延吉市, 代表团一行来我市): a visit received (rule 8)
_COMING = skipping(re.compile(r"(?:代表团|访问团|考察团|友好团|团组)(?:一行)?(?:\d+人)?(?:近日|日前|当天|当日)?(?:来到|来|抵达|到访)"))


# a Chinese province's own delegation (云南省代表团一行来到万象, 我市代表团来到…): its trip abroad, not a visit received
_OWN_DELEGATION = skipping(re.compile(r"(?:省|自治区|我市|我区|我州|我县|本市)[^，。；]{0,6}?(?:代表团|访问团|考察团|友好团|团组)"))


def delegation_coming(lead: str) -> bool:
    """Whether the lead has a delegation coming to the place the report is from (…访问团来到延吉市), not a
    Chinese province's own delegation arriving abroad (云南省代表团来到万象)."""
    m = _COMING.search(lead)
    return m is not None and _OWN_DELEGATION.search(lead, 0, m.end()) is None
