"""Chinese venue cues that no place mention gives or that a place mention only seems to give:
a stay in a province written by its one-character name (在闽期间, 在沪期间: the act is there) and
a trip told as earlier (曾访问, 此前赴, 去年到访: not the act's venue).

Example:
    >>> t = "代表团先后访问福州和上海。在闽期间，副省长会见了代表团。"
    >>> abbr_stay_venue(t, 0, len(t))[0]
    'CN-FJ'
    >>> t = "他曾访问泰国。"
    >>> earlier_visit_zh(t, t.index("泰国"))
    True
"""

from __future__ import annotations

import re

from ..schemas import Provenance
from ._build import fast

#: one-character names of provinces as reports write a stay (在闽期间, 在京期间, 访琼期间)
PROVINCE_ABBR: dict[str, str] = {
    "京": "CN-BJ", "津": "CN-TJ", "沪": "CN-SH", "滬": "CN-SH", "渝": "CN-CQ", "冀": "CN-HE", "晋": "CN-SX", "晉": "CN-SX",
    "辽": "CN-LN", "遼": "CN-LN", "吉": "CN-JL", "黑": "CN-HL", "苏": "CN-JS", "蘇": "CN-JS", "浙": "CN-ZJ", "皖": "CN-AH",
    "闽": "CN-FJ", "閩": "CN-FJ", "赣": "CN-JX", "贛": "CN-JX", "鲁": "CN-SD", "魯": "CN-SD", "豫": "CN-HA", "鄂": "CN-HB",
    "湘": "CN-HN", "粤": "CN-GD", "粵": "CN-GD", "桂": "CN-GX", "琼": "CN-HI", "瓊": "CN-HI", "川": "CN-SC", "蜀": "CN-SC",
    "黔": "CN-GZ", "滇": "CN-YN", "藏": "CN-XZ", "陕": "CN-SN", "陝": "CN-SN", "甘": "CN-GS", "陇": "CN-GS", "隴": "CN-GS",
    "青": "CN-QH", "宁": "CN-NX", "寧": "CN-NX", "新": "CN-XJ", "蒙": "CN-NM",
}
_STAY = re.compile(r"(?:在|访|訪)([" + "".join(PROVINCE_ABBR) + r"])(?:期间|期間)")
# 曾访问泰国, 此前赴越南, 去年到访老挝, 曾于去年率团访问: a trip told as earlier than the act reported, right
# before its goal (a Chinese place here; a foreign country in :mod:`.past_trips`)
EARLIER_VISIT = re.compile(r"(?:曾经|曾經|曾|此前|先前|以前|过去|過去|去年|前年|上次)[^，,。；;！？、]{0,12}?"
                           r"(?:访问|訪問|到访|到訪|赴|出访|出訪|前往|到过|到過|去过|去過)(?:了|过|過)?$")


_VISITED_FIRST = re.compile(r"(?:访问|訪問|到访|到訪)了?$")
_VISITED_LATER = re.compile(r"(?:访问|訪問|到访|到訪)了?(?:[^，。；、和及与與]{1,8}[、和及与與]){1,5}$")


def visited_list_item(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start``-``end`` is one of several a trip visited (访问了南京、杭州和西安:
    the first before 、/和, or a later one after them): places visited, none of them acts.

    >>> t = "代表团访问了北京和杭州。"
    >>> visited_list_item(t, 6, 8), visited_list_item(t, 9, 11)
    (True, True)
    """
    if _VISITED_FIRST.search(text, max(0, start - 4), start):
        return text[end:end + 1] in ("、", "和")
    return _VISITED_LATER.search(text, max(0, start - 50), start) is not None


def abbr_stay_venue(text: str, a: int, b: int) -> tuple[str, Provenance] | None:
    """The province a stay names by its one-character name between ``a`` and ``b`` (在闽期间)."""
    m = _STAY.search(text, a, b)
    if m is None:
        return None
    return PROVINCE_ABBR[m.group(1)], fast(Provenance, {"source": "cue", "rule": "stay_in_province_abbreviation",
                                                        "text": m.group(0), "start": m.start(), "end": m.end(),
                                                        "score": 0.75})


def earlier_visit_zh(text: str, pos: int) -> bool:
    """Whether the Chinese place starting at ``pos`` is the goal of a trip told as earlier
    (曾访问, 此前赴, 去年到访)."""
    return EARLIER_VISIT.search(text, max(0, pos - 20), pos) is not None
