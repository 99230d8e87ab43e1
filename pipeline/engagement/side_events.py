"""A press conference is no engagement (issue 15, real pages announcing forums, expos and
exchanges).

Real pages often announce a forum, an expo or an exchange at a press conference
(省政府新闻办召开新闻发布会，介绍博览会筹备情况; "…, said the director during a press
conference held Friday"). The conference is held and dated, but it is China's own briefing
about an event to come, not an act with a foreign side: :func:`press_event` tells act
detection (:func:`.detect.frame_at`) that the predicate holding or opening the briefing
reports no act (its frame is ``domestic``), as the opening of a session of China's own
legislature is none. What the briefing announces is read by the future frames; an English
event noun that is the subject of a future verb ("The fair will open on May 20", "the Expo is
due to open on 12 April") announces it, whatever day the sentence names
(:func:`future_subject_en`), and so does a participle describing that event in a sentence whose
verb is future ("the week, hosted by the provincial government, will be held …", "will focus on
trade, with exhibitions held online": :func:`future_participle_en`), and a confirmed or registered
attendance of an event to come ("40 firms signed up for the coming Expo", 已确认参展,
报名参加: :func:`confirmed_attendance`). Where every act verb of a
sentence announces (all framed as intent), its event nouns name the announced event too
(:func:`announced_only`): 交流营将于8月3日在长春举办 or "the fair is due to open on
12 April" reports no act through the nouns 交流营 or "fair".

Example:
    >>> s = "6月28日上午，省政府新闻办召开新闻发布会，介绍大会筹备情况。"
    >>> press_event(s, s.index("召开"), s.index("召开") + 2, zh=True)
    True
"""

from __future__ import annotations

import re
from typing import Iterable

from .no_act_frames import in_preparation, invitation_extended
from .summaries import agreed_to, agreement_participle, announced_chain, event_body, invitation_circumstance, work_object

# A briefing of China's own side: its holding or opening is no engagement.
_BRIEFING_ZH = "(?:新闻|情况)?发布会|记者会|新闻通气会|通气会|吹风会|记者见面会|情况通报会"
# 召开新闻发布会 / 举行了新闻发布会 (the briefing right after the predicate) …
# (the event the briefing presents may stand between: 召开博鳌亚洲论坛2016年年会新闻发布会)
_BRIEFING_AFTER_ZH = re.compile(rf"\s*(?:了)?\s*(?:“[^”]{{0,40}}”|[^，。；,;“]){{0,24}}?(?:{_BRIEFING_ZH})")
# … or 新闻发布会在济南召开 / 发布会于6月28日举行 (the briefing as the subject of its clause)
_BRIEFING_BEFORE_ZH = re.compile(rf"(?:{_BRIEFING_ZH})[^，。；,;]{{0,16}}$")
_BRIEFING_EN = r"(?:press|news|media) (?:conference|briefing|event)s?|(?:press|news) briefings?"
# "held a press conference", "hosted a news briefing on Friday"
_BRIEFING_AFTER_EN = re.compile(rf"\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'-]+\s+){{0,2}}?(?:{_BRIEFING_EN})\b", re.I)
# "a news briefing given on Tuesday", "the press conference, held on Monday"
_BRIEFING_BEFORE_EN = re.compile(rf"\b(?:{_BRIEFING_EN}),?\s+(?:(?:that|which)\s+(?:was\s+)?)?$", re.I)


def press_event(sentence: str, a: int, b: int, *, zh: bool) -> bool:
    """Whether the act predicate at ``[a, b)`` of ``sentence`` (Simplified lower-case reading for
    Chinese) holds or opens a press conference or briefing: China's own announcement, no act."""
    if zh:
        return (_BRIEFING_AFTER_ZH.match(sentence, b) is not None
                or _BRIEFING_BEFORE_ZH.search(sentence, max(a - 24, 0), a) is not None)
    return (_BRIEFING_AFTER_EN.match(sentence, b) is not None
            or _BRIEFING_BEFORE_EN.search(sentence, max(a - 40, 0), a) is not None)


# "the fair will open", "the 5th … Show is set to start", "Expo 2025 will be held": the
# event noun (at most one word between) is the subject of a future verb
_FUTURE_SUBJECT_EN = re.compile(
    r"(?:\s+(?!(?:who|which|that|and|but|or|to)\b)[\w'-]+)?,?\s+(?:will|shall|is to|are to"
    r"|(?:is|are) (?:set|scheduled|due|slated|expected|going) to)\b", re.I)


def future_subject_en(sentence: str, b: int) -> bool:
    """Whether the English act word ending at ``b`` is the subject of a future verb (announced)."""
    return _FUTURE_SUBJECT_EN.match(sentence, b) is not None


# A participle describing an event (no auxiliary before it, a participial phrase after it) …
_PARTICIPLE_EN = re.compile(r"(?:held|hosted|co-hosted|organi[sz]ed|co-organi[sz]ed|sponsored|staged|launched)")
_AUX_BEFORE_EN = re.compile(r"\b(?:was|were|is|are|be|been|being|has|have|had|it|they|he|she|we|and)\s+$", re.I)
_PHRASE_AFTER_EN = re.compile(r",?\s+(?:by|in|on|at|online|offline|from|jointly|under|during|with|for)\b", re.I)
# … in a sentence whose verb is future
_FUTURE_VERB_EN = re.compile(r"\b(?:will|shall|(?:is|are) (?:set|scheduled|due|slated) to|(?:is|are) to be)\b", re.I)


def future_participle_en(sentence: str, a: int, b: int) -> bool:
    """Whether the English participle at ``[a, b)`` ("held", "hosted by") describes an event of a
    sentence whose verb is future: the event is announced, not reported."""
    return (_PARTICIPLE_EN.fullmatch(sentence, a, b) is not None
            and _AUX_BEFORE_EN.search(sentence, max(a - 12, 0), a) is None
            and _PHRASE_AFTER_EN.match(sentence, b) is not None
            and _FUTURE_VERB_EN.search(sentence) is not None)


def announced_only(frames: Iterable[str | None]) -> bool:
    """Whether a sentence's act verbs (their frames, :func:`.detect.frame_at`) announce (``intent``)
    or hold a briefing (``domestic``), at least one: its event nouns report no act either (the
    forum a press conference presents: 召开论坛年会新闻发布会)."""
    seen = False
    for frame in frames:
        if frame not in ("intent", "domestic"):
            return False
        seen = True
    return seen


_ANNOUNCE_ZH = ("将", "拟", "定于", "计划", "预计", "即将", "筹备", "发布会", "通气会", "吹风会", "记者会")
_ANNOUNCE_EN = ("will", "shall", " to be ", "scheduled", "set to", "due to", "slated", "expected", "plan", "going to",
                "press conference", "news conference", "briefing")


def may_announce(sentence: str, zh: bool) -> bool:
    """A cheap gate before :func:`announced_only`: whether the sentence (lower-case reading) holds a
    word of a future frame at all."""
    return any(w in sentence for w in (_ANNOUNCE_ZH if zh else _ANNOUNCE_EN))


# A confirmed or registered attendance: the event is still to come ("so far 60 exhibitors
# registered to attend the show", 已有200家企业确认参展, 报名参加博览会)
_CONFIRMED_EN = re.compile(
    r"\b(?:confirm(?:ed|s)?|registered|signed up|applied)\s+(?:(?:their|its|his|her)\s+)?(?:participation|attendance"
    r"|to (?:attend|participate|exhibit)|for)\s+(?:in\s+|at\s+)?(?:[\w'-]+\s+){0,6}$", re.I)
_CONFIRMED_ZH = re.compile(r"(?:确认|确定|报名|申请)(?:(?:参展|参会|参加|出席|参与)[^，。；,;]{0,16})?$")


def confirmed_attendance(sentence: str, a: int, *, zh: bool) -> bool:
    """Whether the act word at ``a`` is the event of a confirmed or registered attendance (to come)."""
    pat = _CONFIRMED_ZH if zh else _CONFIRMED_EN
    return pat.search(sentence, max(a - 60, 0), a) is not None


def announced(sentence: str, a: int, b: int, *, zh: bool) -> bool:
    """:func:`future_participle_en` (English), :func:`confirmed_attendance` or
    :func:`.summaries.announced_chain` (a future act carried over a comma or "and"): the act word at
    ``[a, b)`` belongs to an event announced, not reported; nor does one in the object of a task done well
    (办好…签证工作: :func:`.summaries.work_object`), which names a kind of work."""
    return ((not zh and future_participle_en(sentence, a, b)) or confirmed_attendance(sentence, a, zh=zh)
            or announced_chain(sentence, a, zh=zh) or invitation_circumstance(sentence, a, b, zh=zh)
            or event_body(sentence, a, b, zh=zh) or agreement_participle(sentence, a, b, zh=zh)
            or agreed_to(sentence, a, b, zh=zh) or work_object(sentence, a, b, zh=zh)
            or invitation_extended(sentence, a, b, zh=zh)  # 诚邀…参加博览会, "invited … to attend" (no_act_frames)
            or in_preparation(sentence, a, b, zh=zh))  # 消博会筹备工作进展顺利: the event to come (no_act_frames)
