"""Foreign missions in China named as the place of an act (TAXONOMY §3b ``venue``, ``direction``).

A Chinese official attending a foreign mission's event at home (出席越南驻南宁总领事馆国庆招待会,
在老挝驻昆明总领事馆出席…, 出席泰国驻华大使馆举办的招待会, "at the Lao Consulate General in Kunming")
acts in China: the country named before 驻 (or before "Consulate") is the mission's, not a place
visited, and the mission's seat is the venue (驻华, "Embassy": Beijing). A country's national-day
reception (出席越南国庆招待会) is held by its mission at home too. Read by
:func:`pipeline.engagement.attributes.venue` and ``direction``.

Example:
    >>> t = "副省长在老挝驻昆明总领事馆出席招待会"
    >>> MISSION_ZH.match(t, 6).group("seat")
    '昆明'
"""

from __future__ import annotations

import re
from typing import Sequence

from ..schemas import Mention, Provenance
from ._build import fast

MISSION_ZH = re.compile(r"[驻駐](?P<seat>[^，。；、\s的]{1,8}?)(?:总领事馆|總領事館|总领馆|總領館|领事馆|領事館|大使馆|大使館|使馆|"
                        r"使館|领事办公室|領事辦公室|办事处|辦事處|(?:总领事|總領事|领事|領事|大使)官邸)")  # (官邸: the envoy's residence)
_MISSION_EN = re.compile(r"\s+(?:Embassy|Consulate(?:[- ]General)?)(?:\s+in\s+(?:the\s+)?)?")
# a country's national day, its ruler's birthday or an anniversary, celebrated with a reception: held by its
# mission in China (出席越南国庆79周年招待会, 参加泰国国王华诞招待会), not a place visited
_HOME_RECEPTION = re.compile(r"[^，。；,;]{0,14}?(?:国庆|國慶|独立|獨立|建国|建國|国王|國王|女王|天皇|诞辰|誕辰|华诞|華誕|国家日|"
                             r"國家日|民族日|宪法日|憲法日|统一日|統一日|胜利日|勝利日|周年|週年)[^，。；,;]{0,8}?(?:招待会|招待會|酒会|酒會)")
_AT = re.compile(r"(?:在|于|於|出席|参加|參加|赴|到|走访|走訪|拜访|拜訪|来到|來到|前往)(?:了)?(?:由)?$")
_CHINA = ("华", "華", "中国", "中國")
# one-character seats (驻穗, 驻沪 …: no place mention of their own)
_SEAT_ABBR = {"穗": "CN-GD", "沪": "CN-SH", "滬": "CN-SH", "蓉": "CN-SC", "渝": "CN-CQ", "昆": "CN-YN", "邕": "CN-GX",
              "沈": "CN-LN", "瀋": "CN-LN", "哈": "CN-HL", "厦": "CN-FJ", "廈": "CN-FJ", "港": "CN-HK", "澳": "CN-MO"}

Venue = tuple[str | None, Provenance | None]


def _prov(rule: str, text: str, start: int, end: int, score: float) -> Provenance:
    return fast(Provenance, {"source": "mention", "rule": rule, "text": text, "start": start, "end": end,
                             "score": score})


def _seat_at(places: Sequence[Mention], at: int) -> str | None:
    return next((p.code for p in places if p.start == at and p.label == "province"), None)


def mission_venue(text: str, m: Mention, places: Sequence[Mention]) -> Venue | None:
    """For a foreign country mention ``m`` naming a mission in China where the act takes place: the
    venue (code, provenance: the seat's province, CN-BJ for 驻华 or an embassy), or (None, None) when
    it is that mission but its seat is not written or read ("at the Lao Consulate General": in the
    province that hosts it); None when ``m`` names no mission the act takes place at (its consul general, an
    event it holds: 越南驻南宁总领事馆举办…, 应…邀请).

    >>> from pipeline.schemas import new_mention
    >>> t = "出席越南驻南宁总领事馆国庆招待会"
    >>> ms = [new_mention(2, 4, "越南", "country", "VNM", "e"), new_mention(5, 7, "南宁", "province", "CN-GX", "c")]
    >>> mission_venue(t, ms[0], ms)[0]
    'CN-GX'
    >>> t = "attended a dinner at the Lao Embassy."
    >>> mission_venue(t, new_mention(25, 28, "Lao", "country", "LAO", "e"), [])[0]
    'CN-BJ'
    """
    k = _MISSION_EN.match(text, m.end) if m.text.isascii() else None
    if k is not None:
        if not text[max(0, m.start - 8):m.start].lower().endswith(("at the ", "in the ")):
            return None
        code = _seat_at(places, k.end()) or ("CN-BJ" if "mbass" in k.group(0) else None)
        if code is None:
            return None, None
        return code, _prov("foreign_mission_in_china", k.group(0).strip(), m.start, k.end(), 0.7)
    k = MISSION_ZH.match(text, m.end)
    if k is None or not _AT.search(text, max(0, m.start - 6), m.start):
        return None  # no mission, or the mission named (its consul general, an event it holds), not the place
    seat = k.group("seat")
    code = "CN-BJ" if seat in _CHINA else _seat_at(places, k.start("seat")) or _SEAT_ABBR.get(seat)
    if code is None:
        return None, None  # a seat not read: the province that hosts it
    return code, _prov("foreign_mission_in_china", text[m.start:k.end()], m.start, k.end(), 0.75)


def mission_in_china(text: str, a: int, b: int, places: Sequence[Mention]) -> Provenance | None:
    """The provenance of the first foreign mission in China named in ``text[a:b]`` (a country mention
    right before 驻, a Chinese seat or 驻华 after it: 应越南驻南宁总领事馆邀请), or None: an act at or with
    it is at home (``inbound``), whatever country name follows a verb (出席越南文化节 there is no trip).

    >>> from pipeline.schemas import new_mention
    >>> t = "应越南驻南宁总领事馆邀请，副主席出席越南国庆招待会"
    >>> ms = [new_mention(1, 3, "越南", "country", "VNM", "e"), new_mention(4, 6, "南宁", "province", "CN-GX", "c")]
    >>> mission_in_china(t, 0, len(t), ms).text
    '驻南宁总领事馆'
    """
    for k in MISSION_ZH.finditer(text, a, b):
        if not any(p.label == "country" and p.end == k.start() for p in places):
            continue  # 中国驻老挝大使馆 (China's own mission abroad) or a mission not named by its country
        seat = k.group("seat")
        if seat in _CHINA or seat in _SEAT_ABBR or _seat_at(places, k.start("seat")) is not None:
            return fast(Provenance, {"source": "cue", "rule": "foreign_mission_in_china", "text": k.group(0),
                                     "start": k.start(), "end": k.end(), "score": 0.75})
    return None


def at_home_after(text: str, end: int) -> bool:
    """Whether the place name ending at ``end`` names a foreign mission in China or its country's
    national-day reception (越南驻南宁总领事馆, 越南国庆招待会): no trip to the country.

    >>> at_home_after("出席越南国庆79周年招待会", 4), at_home_after("访问越南国家大学", 4)
    (True, False)
    """
    return MISSION_ZH.match(text, end) is not None or _HOME_RECEPTION.match(text, end) is not None
