"""Frames of texts that report no act, found by a grid of invented probes (round 13, helper pnone).

TAXONOMY §3: plans, goals and notices use the vocabulary of acts without reporting one. Each
function here answers for one predicate or cue span ``[a, b)`` of a sentence ``s`` as act detection
reads it (lower-case, Simplified), or for the whole sentence:

* :func:`invitation_extended`: an invitation only made (邀请/诚邀/欢迎…出席博览会, "invited … to attend
  the expo", "welcomes … to take part in"): the event it names is to come, and inviting is no act of
  its own. A sentence whose day leads it (5月10日，省外办邀请使节参加…) reports the event held, and an
  invitation in a passive or circumstantial phrase (应…邀请, "at the invitation of", "was invited to")
  is the frame of an act made;
* :func:`notice_sentence`: a notice, call for applications or guideline (关于…的通知, 招生简章,
  报名截止, 申报指南, "applications close", "calling for proposals", "guidelines on …"): its event
  and field words name what readers may apply for;
* :func:`in_preparation`: an event named as the object of its preparations (消博会筹备工作进展顺利,
  东博会各项筹备工作): the event is still to come ("preparations for the Expo" is an English intent);
* :func:`passive_meeting`: 受到…的(亲切)会见/接见 is a meeting reported in the passive, not a meeting
  noun qualified by 的 (the attributive frame of :func:`.detect.frame_at`).

Example:
    >>> s = "省长盛情邀请泰国清迈府尹明年率团来滇参加南博会。"
    >>> invitation_extended(s, s.index("南博会"), s.index("南博会") + 3, zh=True)
    True
    >>> s = "5月10日，省外办邀请使节参加文化活动。"
    >>> invitation_extended(s, s.index("参加"), s.index("参加") + 2, zh=True)
    False
    >>> notice_sentence("2024年度奖学金招生简章：申请截止日期为6月30日。", zh=True)
    True
    >>> s = "代表团一行受到省长的亲切会见。"
    >>> passive_meeting(s, s.index("会见"))
    True
"""

from __future__ import annotations

import re

# the inviting verb (not 应…邀请, not 受邀/应邀: those are the circumstance of an act made)
_INVITE_ZH = re.compile(r"(?<![应應受])(?:诚挚|誠摯|诚|誠|盛情|热情|熱情|热诚|熱誠|真诚|真誠)?(?:邀请|邀請|欢迎|歡迎|诚邀|誠邀|盛邀|特邀)"
                        r"(?![^，。；,;]{0,4}(?:下|之下))(?!了)")  # (邀请了: the invitation made and taken up)
# a day leading the sentence (5月10日，…; 昨天，…): the invitation's event is reported held
_WELCOME_EVENT_ZH = re.compile(r"(?:仪式|儀式|宴|晚宴|午宴|会|會|酒会|招待|词|詞|辞|辭|致辞|仪仗)")
_WELCOMED_ZH = re.compile(r"(?:受到|受|获得|獲得|得到)[^，。；,;]{0,20}$")
# what the invited are to do: attend, come, visit (not 邀请…共庆: a celebration held together)
_TO_ATTEND_ZH = re.compile(r"参加|參加|出席|参与|參與|莅临|蒞臨|来访|來訪|到访|到訪|访问|訪問|率团|率團|前来|前來|参展|參展|参会|參會|出访|出訪")
_AT_INVITATION_ZH = re.compile(r"[应應][^，。；：,;:]{0,60}$")  # 应韩国某道政府邀请: at whose invitation an act is made
_DAY_LEAD_ZH = re.compile(r"^\W{0,3}(?:(?:19|20)\d\d\s*年\s*)?(?:\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*日|昨天|昨日|日前|近日|当天)")
# English: an active inviting or welcoming verb and its object, up to the infinitive or "to" phrase
_INVITE_EN = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )"
    r"\b(?:invit(?:es|ed|ing)|invite|welcom(?:es|ed|ing)|welcome|extended an invitation to)\b"
    r"(?:\s+[\w'’.-]+){0,12}?\s+to\s+(?:attend|visit|take part|participate|join|lead|come|exhibit|send|be present)\b", re.I)
_AT_INVITATION_EN = re.compile(r"\b(?:at|upon|on) the invitation\b|\binvited by\b", re.I)
_DAY_EN = re.compile(r"\b(?:on|last)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|monday|tuesday"
                     r"|wednesday|thursday|friday|saturday|sunday)\b|\byesterday\b", re.I)
_CLAUSE_END = re.compile(r"[。；;！？!?]")


def invitation_extended(s: str, a: int, b: int, *, zh: bool) -> bool:
    """Whether the span ``[a, b)`` of ``s`` is an inviting verb, or stands after one in its clause,
    in a sentence that only extends an invitation (no day leads it)."""
    if zh:
        if _DAY_LEAD_ZH.match(s):
            return False
        for m in _INVITE_ZH.finditer(s, 0, min(a + 2, len(s))):
            if m.start() > a:
                break
            end = _CLAUSE_END.search(s, m.start())
            if end is not None and b > end.start():
                continue
            if (_WELCOME_EVENT_ZH.match(s, m.end()) or _WELCOMED_ZH.search(s, max(0, m.start() - 24), m.start())
                    or _AT_INVITATION_ZH.search(s, max(0, m.start() - 60), m.start())
                    or not _TO_ATTEND_ZH.search(s, m.end(), end.start() if end is not None else len(s))):
                continue  # 欢迎仪式, 欢迎宴会; 受到…热烈欢迎; 应…邀请; 邀请…共庆: an act's own words
            return True
        return False
    if _DAY_EN.search(s) or _AT_INVITATION_EN.search(s):
        return False
    for m in _INVITE_EN.finditer(s):
        end = _CLAUSE_END.search(s, m.start())
        if m.start() <= a and (end is None or b <= end.start()):
            return True
    return False


# notices and calls: their titles and their application terms
_NOTICE_ZH = re.compile(
    r"关于[^。；]{0,60}?的(?:报名|申报|申请|征集|遴选|选拔|招募)?(?:通知|公告|通告|启事|函)"
    r"|(?:招生|招募|报名|申报|申请)(?:简章|指南|须知|通知|公告)|(?:报名|申请|申报|征集)(?:截止|截至)(?:日期|时间)?"
    r"|截止(?:日期|时间)为|请[^。；]{0,30}?于\s*\d{1,2}\s*月\s*\d{1,2}\s*日前(?:报送|报名|提交|申报|报)"
    r"|(?:审批|管理)(?:工作)?(?:指南|办法|规定|细则)")
_NOTICE_EN = re.compile(
    r"\b(?:applications?|registration|proposals?|nominations?)\s+(?:for\s+[^.;]{0,80}?\s+)?(?:close|closes|is open|are open"
    r"|are invited|are welcome|must be submitted)\b|\b(?:accepting|invites?|inviting|calling for|call for) (?:applications"
    r"|proposals|nominations|submissions)\b|\bdeadline (?:for|is)\b|\bdeadline for registration\b|^\W{0,3}deadline\b"
    r"|\bmust register by\b|\b(?:published|issued|released) (?:its |the |new )?(?:\d{4} )?(?:guidelines|rules|regulations"
    r"|procedures|measures) (?:on|for|governing)\b", re.I)


def notice_sentence(s: str, *, zh: bool) -> bool:
    """Whether the sentence ``s`` (lower-case reading) is a notice's title, a call for applications or
    a guideline: no act reported, whatever event it names."""
    return (_NOTICE_ZH if zh else _NOTICE_EN).search(s) is not None


_PREPARING_AFTER_ZH = re.compile(r"\s*(?:的)?\s*(?:各项|相关|有关)?\s*(?:筹备|籌備|筹办|籌辦|准备|準備)(?:工作)?")


def in_preparation(s: str, a: int, b: int, *, zh: bool) -> bool:
    """Whether the Chinese event word at ``[a, b)`` is followed by its preparations (博览会筹备工作)."""
    return zh and _PREPARING_AFTER_ZH.match(s, b) is not None


_PASSIVE_MEETING_ZH = re.compile(r"(?:受到|受|获得|獲得)[^，。；]{1,40}?的$")


def passive_meeting(s: str, a: int) -> bool:
    """Whether the meeting word at ``a`` (after 的, possibly 亲切/热情) closes 受到…的: the passive of
    a meeting held (代表团受到省长的亲切会见)."""
    j = a
    for adv in ("亲切", "親切", "热情", "熱情"):
        if s.endswith(adv, 0, j):
            j -= len(adv)
    return _PASSIVE_MEETING_ZH.search(s, max(0, j - 44), j) is not None
