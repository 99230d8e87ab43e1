"""Foreign missions in China named as the place of an act (TAXONOMY §3b ``venue``).

A Chinese official attending a foreign mission's event at home (出席越南驻南宁总领事馆国庆招待会,
在老挝驻昆明总领事馆出席…, 出席泰国驻华大使馆举办的招待会) acts in China: the country named before
驻 is the mission's, not a place visited, and the mission's seat is the venue (驻华: Beijing).

Example:
    >>> t = "副省长在老挝驻昆明总领事馆出席招待会"
    >>> MISSION_ZH.match(t, 6).group("seat")
    '昆明'
"""

from __future__ import annotations

import re
from typing import Sequence

from ..schemas import Mention

MISSION_ZH = re.compile(r"[驻駐](?P<seat>[^，。；、\s的]{1,8}?)(?:总领事馆|總領事館|总领馆|總領館|领事馆|領事館|大使馆|大使館|使馆|"
                        r"使館|领事办公室|領事辦公室|办事处|辦事處)")
# a country's national day, its ruler's birthday or an anniversary, celebrated with a reception: held by its
# mission in China (出席越南国庆79周年招待会, 参加泰国国王华诞招待会), not a place visited
_HOME_RECEPTION = re.compile(r"[^，。；,;]{0,14}?(?:国庆|國慶|独立|獨立|建国|建國|国王|國王|女王|天皇|诞辰|誕辰|华诞|華誕|国家日|"
                             r"國家日|民族日|宪法日|憲法日|统一日|統一日|胜利日|勝利日|周年|週年)[^，。；,;]{0,8}?(?:招待会|招待會|酒会|酒會)")
_AT = re.compile(r"(?:在|于|於|出席|参加|參加|赴|到|走访|走訪|拜访|拜訪|来到|來到|前往)(?:了)?(?:由)?$")
_CHINA = ("华", "華", "中国", "中國")
# one-character seats (驻穗, 驻沪 …: no place mention of their own)
_SEAT_ABBR = {"穗": "CN-GD", "沪": "CN-SH", "滬": "CN-SH", "蓉": "CN-SC", "渝": "CN-CQ", "昆": "CN-YN", "邕": "CN-GX",
              "沈": "CN-LN", "瀋": "CN-LN", "哈": "CN-HL", "厦": "CN-FJ", "廈": "CN-FJ", "港": "CN-HK", "澳": "CN-MO"}


def mission_seat(text: str, m: Mention, places: Sequence[Mention]) -> tuple[str | None, int] | None:
    """For a country mention ``m`` that names a foreign mission in China (越南驻南宁总领事馆): the
    venue its seat gives when the act takes place there (在/出席/参加 … before it: the seat's
    province, CN-BJ for 驻华) or None, with the end of the mission's name; None when ``m``
    names no mission.

    >>> from pipeline.schemas import new_mention
    >>> t = "出席越南驻南宁总领事馆国庆招待会"
    >>> ms = [new_mention(2, 4, "越南", "country", "VNM", "e"), new_mention(5, 7, "南宁", "province", "CN-GX", "c")]
    >>> mission_seat(t, ms[0], ms)
    ('CN-GX', 11)
    """
    k = MISSION_ZH.match(text, m.end)
    if k is None:
        return None
    if not _AT.search(text, max(0, m.start - 6), m.start):
        return None, k.end()  # the mission named (its consul general, an event it holds), not the act's place
    if k.group("seat") in _CHINA:
        return "CN-BJ", k.end()
    seat = next((p for p in places if p.start == k.start("seat") and p.label == "province"), None)
    return (seat.code if seat is not None else _SEAT_ABBR.get(k.group("seat"))), k.end()


def mission_in_china(text: str, a: int, b: int, places: Sequence[Mention]) -> re.Match[str] | None:
    """The first foreign mission in China named in ``text[a:b]`` (a country mention right before
    驻, a Chinese seat or 驻华 after it: 应越南驻南宁总领事馆邀请), or None: an act at or with it
    is at home, whatever country name follows a verb (出席越南国庆招待会 is no trip).

    >>> from pipeline.schemas import new_mention
    >>> t = "应越南驻南宁总领事馆邀请，副主席出席越南国庆招待会"
    >>> ms = [new_mention(1, 3, "越南", "country", "VNM", "e"), new_mention(4, 6, "南宁", "province", "CN-GX", "c")]
    >>> mission_in_china(t, 0, len(t), ms).group(0)
    '驻南宁总领事馆'
    """
    for k in MISSION_ZH.finditer(text, a, b):
        if not any(p.label == "country" and p.end == k.start() for p in places):
            continue  # 中国驻老挝大使馆 (China's own mission abroad) or a mission not named by its country
        if (k.group("seat") in _CHINA or k.group("seat") in _SEAT_ABBR
                or any(p.label == "province" and p.start == k.start("seat") for p in places)):
            return k
    return None


def at_home_after(text: str, end: int) -> bool:
    """Whether the country name ending at ``end`` names a foreign mission in China or that mission's
    national-day reception (越南驻南宁总领事馆, 越南国庆招待会): no trip to the country.

    >>> at_home_after("出席越南国庆79周年招待会", 4), at_home_after("访问越南国家大学", 4)
    (True, False)
    """
    return MISSION_ZH.match(text, end) is not None or _HOME_RECEPTION.match(text, end) is not None
