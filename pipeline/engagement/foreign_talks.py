"""Work meetings held *with* a foreign unit (fzh, issue 15): a meeting, not domestic work.

A city's or a province's foreign-affairs office holds its routine business with a foreign
sister unit in the same words it uses at home: 我市同美国某市举行线上工作会议, 黑河市和俄罗斯某市外事部门
举行年度工作会晤, 省外办同老挝某省外事厅召开工作座谈会. The cue words (工作会议, 工作座谈会) vote for
``domestic_coordination``; TAXONOMY §3 rule 5 gives that category only where no foreign party is
engaged, and rule 2 makes a meeting with foreign parties a ``high_level_meeting``.

:func:`foreign_talks` answers, for the policy's lead sentence, whether its domestic vote is such a
meeting: with a partner country, a foreign place named between the
partner word (与, 同, 和, 跟) and the meeting (举行/召开/进行 … 会议/会晤/会谈/座谈/对话/磋商); without one,
talks with an international organisation or a foreign firm
(:func:`.foreign_bodies.talks_with_foreign_body`, the check the policy made before).

Example:
    >>> import re
    >>> bool(_WITH_MEETING.search("8日上午，我市同美国某市举行线上工作会议。"))
    True
    >>> bool(_WITH_MEETING.search("省外办与省商务厅举行工作会议。"))
    True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from .foreign_bodies import foreign_body, talks_with_foreign_body

__all__ = ["foreign_body", "foreign_talks"]  # (foreign_body: the policy takes both from here)

if TYPE_CHECKING:
    from ..analysis import Analysis

# 与/同/和/跟 + the other side + 举行/召开/进行 + (up to 8 characters: 视频, 年度工作, 第三次) + the meeting
_WITH_MEETING = re.compile(
    r"(?:与|同|和|跟|與)(?P<who>[^，,。；;！？]{1,40}?)(?:共同)?(?:举行|召开|进行|舉行|召開|進行)了?"
    r"[^，,。；;！？]{0,8}?(?:会议|会晤|会谈|座谈|对话|磋商|會議|會晤|會談|座談|對話)")

# a work meeting that a foreign unit's representatives attend (…工作协调会在凭祥召开，越南某省代表出席): engaged too
ATTENDED = re.compile(r"(?:会议|协调会|工作会|座谈会|会晤)[^。；;！？]{0,20}?(?:召开|举行|举办)[^。；;！？]{0,4}?[，,]"
                      r"(?P<who>[^，,。；;！？]{2,30}?)(?:代表|官员|嘉宾|负责人)(?:等|一行)?(?:应邀)?(?:出席|参加|与会|参会)")


def _names_country(who: str, analysis: Analysis | None) -> bool:
    """Whether ``who`` (lower-case Simplified) names a foreign place of the document (a country,
    its city or unit, its compound)."""
    if analysis is None:
        return False
    return any(m.label == "country" and analysis.simplify(m.text) in who for m in analysis.places)


def foreign_talks(sentence: str, analysis: Analysis | None, partners: int | Sequence[str]) -> bool:
    """Whether the lead ``sentence`` (lower-case Simplified) reports a meeting with a foreign party
    that its domestic cue would misread: talks with an international body (no partner), or, where
    the document has ``partners`` (a count or the codes), a meeting held with a foreign unit."""
    if not partners:
        return talks_with_foreign_body(sentence, analysis)
    for m in _WITH_MEETING.finditer(sentence):
        if _names_country(m.group("who"), analysis):
            return True
    return any(_names_country(m.group("who"), analysis) for m in ATTENDED.finditer(sentence))  # (pcat)

