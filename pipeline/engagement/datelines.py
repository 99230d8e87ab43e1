"""Where a report places an act by its dateline or by a place that otherwise only locates
(Beijing as the central government's seat, a consulate's seat): the venue helpers of
:mod:`pipeline.engagement.attributes`.

Example:
    >>> t = "met the Lao Ambassador in Beijing"
    >>> locator_venue(t, t.index("Beijing"))
    True
    >>> t = "the Lao Consul General in Shanghai"
    >>> locator_venue(t, t.index("Shanghai"))
    False
"""

from __future__ import annotations

import re
from typing import Sequence

from ..schemas import Mention

_LOCATOR_ZH = ("在", "于", "於", "赴", "抵达", "抵達", "前往")
_LOCATOR_EN = re.compile(r"(?:^|\s)(?:in|at)\s+$", re.I)
_SEAT_BEFORE = re.compile(r"Consul|Embass|Mission|Office|Representative", re.I)  # "the Consul General of Laos in Shanghai"


def locator_venue(text: str, pos: int) -> bool:
    """Whether a place that only locates (Beijing, a consulate's seat) starting at ``pos``
    is the act's venue: right after 在/于/赴/抵达 (在北京举办, 赴上海拜访) or after "in"/"at"
    where no consulate, embassy or office is named just before ("talks in Beijing", not
    "the Consul General of Laos in Shanghai")."""
    if text[max(0, pos - 2):pos].endswith(_LOCATOR_ZH):
        return True
    return bool(_LOCATOR_EN.search(text, max(0, pos - 5), pos)) and not _SEAT_BEFORE.search(text, max(0, pos - 40), pos)


_DATELINE_BEFORE = re.compile(r"\s*(?:[^\s，。,.]{0,6}社)?")  # 越通社河内——, 新华社河内5月3日电
_AGENCY_AFTER = re.compile(r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\((?:VNA|KPL|Xinhua|Kazinform|KAZINFORM|TASS|Yonhap|Kabar|"
                           r"AKIpress|Montsame|MONTSAME|Bernama|Antara|ANTARA|PNA|Sputnik|UzA|Dunya|Khovar|AKP|MNA|BSS|"
                           r"APP|Kyodo|AFP|AP|Reuters|VOV|NNA|Trend|Azertac|Belta|BelTA)\)")
_DATELINE_AFTER = re.compile(r"(?:\s*[.,]\s|\s*\(|\s*——|\s*—|\s*[-–]\s|\d{1,2}月\d{1,2}日电)")


def dateline_place(text: str, places: Sequence[Mention]) -> Mention | None:
    """The place of a news report's dateline, where the report opens with one ("ASTANA.
    KAZINFORM –", "HANOI, Nov. 5 (VNA) –", 越通社河内——, 新华社河内5月3日电): where the reporter
    was, the venue of an act the report places nowhere else."""
    for p in places:
        if p.start > 14:
            break
        if p.label in ("country", "province") and _DATELINE_BEFORE.fullmatch(text, 0, p.start) and (
                _DATELINE_AFTER.match(text, p.end) and (p.text.isupper() or not p.text.isascii())
                or _AGENCY_AFTER.match(text, p.end)):  # "Lao Cai (VNA) –", "Vientiane, May 9 (KPL) -"
            return p
    return None
