"""Separate meetings a readout reports one after the other (TAXONOMY §3b, GUIDELINES §6 rules 2
and 4): 5月9日上午，省委书记会见日本新潟县知事；当天下午，省长会见俄罗斯驻沈阳总领事 is two
engagements although the second clause names no province of its own. Segmenting (:mod:`.acts`)
starts a new segment at a new counterpart only in a clause that names its Chinese actor and
official; a clause whose own Chinese official meets other counterparts, or that opens with another
part of the day (…上午会见X；当天下午，又会见了Y), is given the actor acting before it.
"""

from __future__ import annotations

import bisect
from datetime import date, timedelta
import re
from typing import Callable, Sequence

from ..schemas import Provenance
from ._build import fast
from .acts import SentenceInfo

_MEETING = re.compile(r"会见|會見|会谈|會談|会晤|會晤|接见|接見|宴请|宴請|拜会|拜會"  # a readout's meeting clause
                      r"|\b(?:met|meets|held talks|received)\b")
_MEET_ZH = "(?:会见|會見|会晤|會晤|接见|接見|宴请|宴請)"  # the leader's meeting verbs the occasion patterns read
_PART_OF_DAY = re.compile(r"[\s，,；;]*(?:当天|當天|同日|当日|當日|次日)?(?:上午|下午|中午|晚上|晚间|晚間|当晚|當晚)")


def leaders_acting_apart(infos: list[SentenceInfo], fallback: Sequence[str],
                         official: Callable[[SentenceInfo], bool], text: str = ""
                         ) -> Callable[[SentenceInfo], bool]:
    """Fill in the actors of the meeting clauses (会见, 会谈…) right after another act clause that name
    no province but foreign partners and either their own Chinese official or another part of the day:
    the actor of the clause before (``fallback``, the document's provinces, where none was named).
    ``infos`` is changed in place; returns the ``official`` test for :func:`.acts.segment`, which
    also holds for a clause opening with another part of the day (the same leader acting again).

    >>> t = "省委书记会见日本新潟县知事；省长会见俄罗斯驻沈阳总领事。"
    >>> a = SentenceInfo(0, (0, 14), [], ["JPN"], [], 1)
    >>> b = SentenceInfo(1, (14, 31), [], ["RUS"], [], 1)
    >>> test = leaders_acting_apart([a, b], ["CN-JL"], lambda s: s.index == 1, t)
    >>> [s.actors for s in (a, b)], test(b)
    ([[], ['CN-JL']], True)
    """
    last = list(fallback)
    prev_act = -2  # the index of the act clause before (the next clause only: a feature's body is not a readout)
    apart: set[int] = set()
    for s in infos:
        if s.actors:
            last = list(s.actors)
        elif s.index == prev_act + 1 and s.acts and s.partners and last and _MEETING.search(text, *s.span):
            # another part of the day, 。随后会见了Y or "On Wednesday, he met Y": the same leader, another occasion
            later = _PART_OF_DAY.match(text, *s.span) is not None or same_leader_again(text, s.span)
            if later or official(s):
                s.actors = list(last)
                if later:
                    apart.add(s.index)
        if s.acts:
            prev_act = s.index
    return official if not apart else (lambda s: s.index in apart or official(s))


_AGAIN = re.compile(r"[^。；;]{0,10}?(?:又|还|還|随后|隨後|接着|接著)(?:先后|先後)?" + _MEET_ZH +
                    r"|\s*(?:and\s+)?(?:(?:he|she|they)\s+)?(?:later|then|subsequently|afterwards|also)\s*,?\s*(?:(?:he|she|they)\s+)?"
                    r"(?:also\s+)?(?:met|held talks with|received)\b", re.I)  # "He later met …"


# "On Wednesday, he met …", "The next day, the governor received …", 次日，他又会见了…: the leader's
# meeting on another day is another occasion (TAXONOMY §3b; issue 15)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_ANOTHER_DAY = re.compile(
    rf"\s*(?:(?:Later\s+)?[Oo]n\s+(?:{_WEEKDAY}(?:\s+(?:morning|afternoon|evening))?|{_MONTH}\s+\d{{1,2}}|the\s+(?:next|following)\s+day)"
    rf"|The\s+(?:next|following)\s+day|A\s+day\s+later|Two\s+days\s+later|The\s+day\s+after"
    r"|Later\s+that\s+(?:day|morning|afternoon|evening)|That\s+(?:afternoon|evening))\s*,?\s+"
    r"(?:(?:he|she|they)|the\s+(?:[\w-]+\s+){0,3}?(?:governor|mayor|secretary|chief|chairman|chairwoman|leader|official))\s+"
    r"(?:also\s+|then\s+|later\s+)?(?:met(?:\s+with)?|held\s+talks\s+with|received|hosted)\b"
    r"|[\s，,]*(?:次日|翌日|第二天|隔天|(?:\d{1,2}月)?\d{1,2}日)(?:上午|下午|中午|晚上|晚间|晚間)?[，,]?\s*(?:他|她)?(?:又|还|還)?"
    r"(?:先后|先後)?" + _MEET_ZH)


_SAME_DAY = re.compile(r"同日|当日|当天|同一天|\b(?:the )?same day\b", re.I)
_LATER_THAT_DAY = re.compile(r"\s*(?:later\s+that\s+(?:day|morning|afternoon|evening)|that\s+(?:afternoon|evening))\b", re.I)
_NEXT_DAY = re.compile(r"\s*(?:(?:on\s+)?the\s+(?:next|following)\s+day|a\s+day\s+later|the\s+day\s+after)\b|"
                       r"[\s，,]*(?:次日|翌日|第二天|隔天)", re.I)


def day_after_act(text: str, span: tuple[int, int], before: str | None) -> tuple[str | None, Provenance] | None:
    """The day of a clause that names none of its own from the act before it (``before``, ISO):
    the same day where it says so anywhere (同日, "the same day"), the day after where it opens so
    ("The next day, …", 次日，…); None where it says neither.

    >>> day_after_act("次日，他又会见了泰国总领事。", (0, 14), "2024-05-06")[0]
    '2024-05-07'
    """
    if _SAME_DAY.search(text, *span) or _LATER_THAT_DAY.match(text, *span):
        return before, fast(Provenance, {"source": "cue", "rule": "same_day", "text": None, "start": None, "end": None,
                                         "score": 0.8})
    if before is None or len(before) != 10 or _NEXT_DAY.match(text, *span) is None:  # (a whole day only)
        return None
    day = (date.fromisoformat(before) + timedelta(days=1)).isoformat()
    return day, fast(Provenance, {"source": "cue", "rule": "next_day", "text": None, "start": None, "end": None,
                                  "score": 0.75})


def same_leader_again(text: str, span: tuple[int, int]) -> bool:
    """Whether a clause reports its leader meeting again (当天下午，又会见了…; 随后会见): the official
    of the meeting before acts in it.

    >>> same_leader_again("当天下午,又会见了斯洛文尼亚驻华大使。", (0, 19))
    True
    """
    return _AGAIN.match(text, *span) is not None or _ANOTHER_DAY.match(text, *span) is not None  # "On Wednesday, he met"


# …会见了越南驻华大使，随后会见了柬埔寨驻南宁总领事: the leader's next meeting in the same sentence
_NEXT_MEETING = re.compile(r"[，,；;]\s*(?:and\s+)?(?:later|then|subsequently|afterwards)\s+(?:also\s+)?"
                           r"(?:met|held talks with|received)\b|[，,；;]\s*(?:随后|隨後|之后|之後|此后|此後|接着|接著|稍后|稍後)?(?:又|还|還)?(?:先后|先後)?"
                           + _MEET_ZH)


def next_meetings(text: str, a: int, b: int, p_starts: Sequence[int], whole: tuple[int, int] | None = None
                  ) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(clause, sentence) spans of the clause ``(a, b)`` of sentence ``whole`` (default: the clause
    itself), cut after the delimiter before each further meeting of its leader that names its own
    counterpart (a partner mention starts in each part: ``p_starts``, sorted): two occasions
    (TAXONOMY §3b). The whole clause where nothing is cut.

    >>> t = "省长会见了越南大使，随后会见了泰国总领事。"
    >>> next_meetings(t, 0, len(t), [5, 15])
    [((0, 10), (0, 21)), ((10, 21), (0, 21))]
    """
    whole = whole or (a, b)
    lo = bisect.bisect_left(p_starts, a)
    if lo + 1 >= len(p_starts) or p_starts[lo + 1] >= b:  # fewer than two partners: nothing to cut
        return [((a, b), whole)]
    cuts = [a]
    for m in _NEXT_MEETING.finditer(text, a, b):
        if m.group(0)[1:].strip()[:1] in ("会", "會", "接", "宴") and not any(w in m.group(0) for w in "又还還"):
            continue  # a bare …，会见… is the same clause's verb list, not the leader's next occasion
        d = m.start() + 1
        i, j = bisect.bisect_left(p_starts, cuts[-1]), bisect.bisect_left(p_starts, d)
        if i < len(p_starts) and p_starts[i] < d and j < len(p_starts) and p_starts[j] < b:  # a partner on each side
            cuts.append(d)
    cuts.append(b)
    return [((cuts[k], cuts[k + 1]), whole) for k in range(len(cuts) - 1)]


# a day of the month before the page's (某某上月12日曾会见…; 上个月8日)
_LAST_MONTH_DAY = re.compile(r"(?:上月|上个月|上個月)\s*(\d{1,2})\s*(?:日|号|號)")


def last_month_day(text: str, info: SentenceInfo, doc_date: date | None) -> None:
    """Give the act clause ``info`` the day 上月15日 names, in the month before the document's date (a page
    recalling an earlier meeting of the leader it reports): another occasion than this month's trip
    (its month is set too, so that segmenting starts a new engagement even inside a trip)."""
    if info.date is not None or doc_date is None or not info.acts:
        return
    m = _LAST_MONTH_DAY.search(text, *info.span)
    if m is None or not 1 <= int(m.group(1)) <= 31:
        return
    year, month = (doc_date.year, doc_date.month - 1) if doc_date.month > 1 else (doc_date.year - 1, 12)
    info.date = (year, month, int(m.group(1)), m.start(), m.end())
    info.month = (month, "")
