"""A group of foreign guests met by a province's leaders in words the meeting patterns miss (helper qgrp).

TAXONOMY §3 rules 2 and 8: a meeting with foreign parties is ``high_level_meeting``, also when the
guests are a touring group (envoys, consuls, journalists, scholars, young people, trainees) and the
meeting is told after the tour. Reports name such a meeting without 会见 / "met":

* a leader seeing the group: 与省长见面, 与自治区党委书记亲切交流, 省长宴请 / 设宴 / 出席欢迎晚宴, 会见并宴请;
* the government or its foreign-affairs office receiving foreign guests at a reception, a briefing or a
  见面会 (省政府举办外国驻穗领团新春招待会, 省外办为各国驻沈阳总领事馆举办情况通报会);
* a call on foreign missions (外办主任走访越南、泰国驻南宁总领事馆);
* English: "held a discussion with", "hosted a networking meeting / a dinner / a briefing for diplomats",
  "briefed consular officials", "attended a briefing … hosted by the provincial government".

:func:`host_meeting` finds such a meeting in a sentence (the reading view's lower-case Simplified form);
:func:`lead.meets_first` and :func:`lead.meeting_in` read it beside their own pattern. :data:`GROUP_MET_ZH`
is the meeting with the touring group named by the nouns :mod:`.segments` and :mod:`.tours` do not list
(领团成员, 记者团, 使节一行, 学员), for rule 8 told in the report's body.

Example:
    >>> bool(host_meeting("使节团参观了葡萄酒庄，并与自治区党委书记亲切交流。"))
    True
    >>> bool(host_meeting("省外办负责人设宴招待客人。"))
    False
"""

from __future__ import annotations

import re

from ..rx import skipping

# a leader of the province, a city or a county (not an office's 负责人, whose banquet is the tour's programme)
_LEADER = r"(?:书记|省长|主席|市长|州长|县长|区长|盟长|领导|常委|副省长|副市长|副主席)"
_SEE = r"(?:见面|亲切交流|亲切交谈|交谈|见面交流|交流座谈|座谈交流)"
_FOREIGN = skipping(re.compile(r"驻华|使节|大使|领事|领团|外交官|外国专家|外籍专家|外宾|外国记者|外国"))
_ZH = (
    # a leader hosting or seeing the guests (省长宴请…, 省长出席欢迎晚宴, 书记…见面)
    rf"{_LEADER}[^，,。；;]{{0,20}}?(?:宴请|设宴|出席欢迎(?:宴会|晚宴|午宴|酒会)|举行欢迎(?:宴会|晚宴|午宴)|{_SEE})"
    # the guests seeing a leader (与省长见面, 并与自治区党委书记某某亲切交流)
    rf"|(?:与|同|和)[^，,。；;]{{0,30}}?{_LEADER}[^，,。；;]{{0,10}}?{_SEE}"
    # the government or its foreign-affairs office receiving foreign guests (a reception, a briefing)
    r"|(?:人民政府|省政府|市政府|区政府|自治区政府|外办|外事办公室|外事办)[^，,。；;]{0,12}?(?:举办|举行|召开)"
    r"[^，,。；;]{0,30}?(?:招待会|欢迎宴会|欢迎晚宴|通报会|情况介绍会|吹风会|见面会)"
    r"|举行见面会"
    # a leader sharing a meal or a 座谈 with the guests named after him (副省长陪同…参观，并与使节们座谈交流; 省长与…使节共进晚餐)
    rf"|{_LEADER}[^。；;]{{0,40}}?(?:与|同|和)[^，,。；;]{{0,24}}?(?:使节|大使|总领事|领事|外交官|嘉宾|客人|代表团|记者|学者|专家)"
    r"[^，,。；;]{0,4}?(?:座谈|共进(?:晚餐|午餐|早餐)|见面|亲切交流)"
    r"|共进(?:晚餐|午餐|工作午餐|早餐)"
    # a call on foreign missions
    r"|(?:走访|拜访)[^，,。；;]{0,30}?(?:总领事馆|总领馆|领事馆|大使馆|使馆)"
)
_GUESTS_EN = r"(?:diplomats|envoys|ambassadors|consuls|consular|journalists|guests|delegation|delegates|experts|scholars)"
_EN = (
    r"\b(?:held|had) (?:a |an )?(?:discussion|discussions|dialogue|conversation|exchanges?) with\b"
    r"|\bsat down with\b"
    r"|\bhosted (?:a |an )?(?:[\w-]+ ){0,3}?(?:dinner|banquet|luncheon|reception|meeting|briefing|gathering|get-together)\b"
    rf"[^.;]{{0,60}}?\bfor (?:[\w'-]+ ){{0,6}}?{_GUESTS_EN}\b"
    rf"|\bbriefed (?:[\w'-]+ ){{0,3}}?(?:officials|{_GUESTS_EN})\b"
    r"|\b(?:attended|took part in) a briefing\b[^.;]{0,80}?\bhosted by\b"
    rf"|\bheld a briefing for (?:[\w'-]+ ){{0,4}}?{_GUESTS_EN}\b"
    r"|\b(?:was|were) (?:hosted|entertained|honou?red) at an? (?:[\w-]+ ){0,2}?(?:dinner|banquet|reception|luncheon) by\b"
    rf"|\bjoined (?:the )?(?:visiting )?(?:[\w'-]+ ){{0,3}}?{_GUESTS_EN} for (?:an? )?(?:dinner|lunch|luncheon|banquet)\b"
    r"|\bheld an? (?:symposium|seminar|discussion|dialogue|roundtable|round-table|forum) with (?:the )?(?:regional|provincial|local"
    r"|city|municipal|prefectural) (?:officials|leaders|government|authorities)\b"
    # the leader greeting the guests at a meeting, or the guests attending one the province hosts
    rf"|\bgreeted (?:[\w'-]+ ){{0,6}}?{_GUESTS_EN}\b[^.;]{{0,40}}?\bat an? (?:[\w-]+ ){{0,2}}?(?:meeting|reception|banquet|dinner)\b"
    r"|\b(?:attended|joined) (?:a|an|the) (?:[\w-]+ ){0,2}?(?:meeting|reception|banquet|dinner|gathering|get-together)"
    r" (?:(?:in|at) [\w' -]{1,30}? )?(?:hosted|given|held) by\b"
)
_HOST_MEETING = skipping(re.compile(_ZH + "|" + _EN, re.I))
_NEEDS_FOREIGN = re.compile(r"招待会|欢迎宴会|欢迎晚宴|通报会|情况介绍会|吹风会|见面会")
_CHINESE_HOST = re.compile(r"\b(?:chinese|china['’]s)\s+(?:ambassador|embassy|consul|consulate)|中国驻|我驻", re.I)

# the meeting with the touring group named by nouns the segment patterns do not list
GROUP_MET_ZH = re.compile(
    "(?:会见|會見|接见|接見|会晤|會晤|宴请|宴請|见面|見面)(?:了)?[^。！？\n]{0,16}?"
    "(?:领团|領團|记者团|記者團|媒体团|媒體團|学者团|學者團|青年团|青年團|使节一行|使節一行|外交官|领事官员|領事官員|学员|學員|全体成员|全體成員)")
GROUP_MET_EN = re.compile(
    r"\b(?:met|meets|received|held talks with|held a discussion with|had a meeting with)(?: with)? (?:the |all )?"
    r"(?:visiting |foreign |whole )?(?:[\w'-]+ ){0,3}?(?:consular corps|journalists|reporters|scholars|youth|young people"
    r"|trainees|participants|them)\b", re.I)


def host_meeting(sentence: str) -> re.Match | None:
    """The first meeting in ``sentence`` that a group of foreign guests has with the province's leaders or
    its government in words other than 会见 / "met" (see the module's docstring), or None. A reception, a
    briefing or a 见面会 counts only with foreign guests named in the sentence."""
    for m in _HOST_MEETING.finditer(sentence):
        if _CHINESE_HOST.search(sentence, 0, m.start()):
            continue  # China's own envoy hosting a provincial delegation abroad: the trip's programme (en_wire)
        if _NEEDS_FOREIGN.search(m.group()) is None or _FOREIGN.search(sentence) is not None:
            return m
    return None


def group_met(text: str, lang: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reports the meeting with a touring group named by the nouns of
    :data:`GROUP_MET_ZH` / :data:`GROUP_MET_EN`, or by :func:`host_meeting`'s words."""
    rx = GROUP_MET_EN if lang == "en" else GROUP_MET_ZH
    if rx.search(text, start, end) is not None:
        return True
    m = host_meeting(text[start:end].lower())  # (officials briefing the guests on a tour: the tour's programme)
    return m is not None and "brief" not in m.group() and "通报" not in m.group() and "介绍" not in m.group()


# a group from abroad named by its trade or age and its origin (南亚国家媒体记者团, 外国智库学者代表团, 东盟国家青年代表团,
# "journalists from Pakistan", "foreign journalists"): a visit received, as 使节 / "envoys" are (rule 8's first condition)
_GROUP_FROM_ABROAD = skipping(re.compile(
    r"(?:国家|外国|各国|多国|国际|境外|海外)[^，,。；;]{0,4}?(?:媒体|记者|新闻|学者|智库|青年|专家|留学生|官员|公务员|外交官)[^，,。；;]{0,6}?"
    r"(?:记者团|采访团|媒体团|学者团|代表团|考察团|访问团|研修班|学员)"
    r"|\b(?:foreign (?:journalists|reporters|media|scholars|experts)|(?:journalists|reporters|scholars|think[- ]tank"
    r" (?:scholars|experts)|young (?:people|leaders)|youth (?:delegation|representatives)|trainees|officials) from\b)", re.I))


def group_from_abroad(sentence: str) -> bool:
    """Whether ``sentence`` names a group of guests from abroad by their trade or age and origin (媒体记者团 of
    南亚国家, "journalists from Pakistan"): a visit the province receives."""
    return _GROUP_FROM_ABROAD.search(sentence) is not None


# the province a touring group has just left, named before its arrival at the host (刚结束在贵州考察的…使节团抵达长沙,
# 从贵州来到长沙, "After touring Guizhou, the envoys arrived in Changsha"): an earlier stop of the guests, no actor of the
# meeting the text reports (as a stop still to come is not: place_roles.future_stop)
_ENDED_ZH = re.compile(r"(?:刚刚?|已|在)?结束(?:了)?(?:在|对)?$")
_ENDED_AFTER_ZH = re.compile(r"^(?:省|自治区|市)?[^，,。；;]{0,6}?(?:的)?(?:考察|访问|参访|行程|之行|采访)[^。；;]{0,30}?"
                             r"(?:抵达|抵達|来到|來到|到达|到達|转赴|轉赴|前往)")
_FROM_AFTER_ZH = re.compile(r"^(?:省|自治区|市)?(?:出发)?[^，,。；;]{0,4}?(?:来到|來到|抵达|抵達|转赴|轉赴|到达|到達)")
_LEFT_BEFORE_EN = re.compile(
    r"\b(?:after|having|following|upon leaving)\s+(?:touring|visiting|leaving|left|(?:a|an|their|its|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:visit|tour|trip|stay|stop)\s+(?:to|of|in)|wrapping up (?:a |an |their |its )?(?:[\w-]+ ){0,2}?(?:visit|tour|trip)"
    r" (?:to|of|in))\s+(?:[\w-]+\s+){0,2}?$", re.I)
_LEFT_AFTER_EN = re.compile(r"^[^.;]{0,80}?\b(?:arrived|arriving|came|travell?ed|moved on|headed|flew)\b", re.I)


def earlier_stop(text: str, start: int, end: int) -> bool:
    """Whether the province named at ``start``-``end`` is a stop a touring group has just left, told right
    before its arrival at the host (结束在…考察…抵达, 从…来到, "after touring … arrived"): no actor."""
    before = text[max(0, start - 60):start]
    if text[start:start + 1].isascii():
        return _LEFT_BEFORE_EN.search(before) is not None and _LEFT_AFTER_EN.match(text[end:end + 100]) is not None
    after = text[end:end + 40]
    return (_ENDED_ZH.search(before) is not None and _ENDED_AFTER_ZH.match(after) is not None
            or before.endswith("从") and _FROM_AFTER_ZH.match(after) is not None)
