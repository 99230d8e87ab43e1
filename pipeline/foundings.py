"""A tie's founding day told as history, and the year an anniversary of it falls in.

A page about a sister-city or diplomatic anniversary quotes the day the tie was founded (1991年12月10日，两市
正式缔结为友好城市): that day is history, not the page's own date (:func:`pipeline.pagedates.head_dates` skips
it), and with the anniversary the page celebrates (缔结友好城市30周年纪念活动) it gives the year of the
celebration: the founding year plus the anniversary (read by :class:`pipeline.engagement.years.DocYears` for a
day written without its year).

    >>> t = "12月10日，两地庆祝结为友城30周年的活动在线上举办。1991年12月10日，两市正式缔结为友好城市。"
    >>> founding_after(t, t.index("年12月10日") + 6)
    True
    >>> anniversary_year(t)
    (2021, 15, 17)
"""

from __future__ import annotations

import re

# what a founding day is followed by in its clause (正式缔结为友好城市, 结为友好省州, 建立外交关系, 建交)
_FOUNDING_AFTER = re.compile(r"[，,\s]*[^。；;！？!?\n]{0,30}?(?:缔结|締結|结为|結為|结成|結成|结好|結好|建交"
                             r"|建立(?:了)?(?:正式)?(?:友好|外交|姐妹|友城))")
_FOUNDING_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?" + _FOUNDING_AFTER.pattern)
_NUM = {"十": 10, "二十": 20, "三十": 30, "四十": 40, "五十": 50, "六十": 60, "七十": 70, "八十": 80, "九十": 90,
        "十五": 15, "二十五": 25, "三十五": 35, "四十五": 45}
_ANNIVERSARY = re.compile(r"(\d{1,3}|十|二十|三十|四十|五十|六十|七十|八十|九十|十五|二十五|三十五|四十五)\s*(?:周年|週年)")


def founding_after(text: str, end: int) -> bool:
    """Whether the date ending at ``end`` is followed, in its clause, by the founding of a tie."""
    return _FOUNDING_AFTER.match(text, end) is not None


def anniversary_year(text: str) -> tuple[int, int, int] | None:
    """(year, start, end of the anniversary) of the one anniversary of the one founding year the text
    writes (1991年…缔结 + 30周年 → 2021), else None."""
    if "周年" not in text and "週年" not in text:
        return None
    founded = {int(m.group(1)) for m in _FOUNDING_YEAR.finditer(text)}
    if len(founded) != 1:
        return None
    spans = [(int(m.group(1)) if m.group(1).isdigit() else _NUM[m.group(1)], m.start(1), m.end(1))
             for m in _ANNIVERSARY.finditer(text)]
    if not spans or len({n for n, _a, _b in spans}) != 1:
        return None
    n, a, b = spans[0]
    return (founded.pop() + n, a, b) if 0 < n < 100 else None
