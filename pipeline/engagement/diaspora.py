"""Countries named only as where a province's emigrants live (fix round 2, issue 15).

来自美国、日本、巴西等国家闽籍侨领, 旅居意大利的浙籍华侨: the list tells where the
overseas Chinese from the province live; the province meets them, not those countries, so
the countries are background (:func:`pipeline.place_roles.background_frames`). A country the
text also engages elsewhere stays a partner through that other mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..schemas import Mention

# the frame word just after the list: …籍 (闽籍, 浙籍, 粤籍), 华侨, 华人, 侨胞, 侨领, 侨商, 侨团, 乡亲
_DIASPORA_AFTER = re.compile(
    r"(?:[闽閩粤粵浙琼瓊桂滇川湘鄂赣贛皖苏蘇鲁魯豫晋晉冀辽遼吉黑陕陝甘青宁寧新藏渝沪滬京津蒙]籍|籍华人|籍華人|华侨|華僑|华人|華人"
    r"|侨胞|僑胞|侨领|僑領|侨商|僑商|侨团|僑團|乡亲|鄉親|同乡|同鄉)")
# between the last country and the frame word: 等国家(和地区)的
_TAIL = re.compile(r"\s*(?:等国家|等國家|等国|等國|等|[0-9一二三四五六七八九十]+个国家|[0-9一二三四五六七八九十]+個國家)?"
                   r"(?:和地区|和地區|及地区|及地區)?(?:的)?\s*")
_SEP = re.compile(r"\s*[、，,和及与與]\s*")


def diaspora_lists(text: str, countries: list[Mention]) -> set[int]:
    """Indexes (into ``countries``) of the mentions in a list that ends in a diaspora word
    (来自美国、日本等国家闽籍热心人士; 旅居西班牙的华侨)."""
    out: set[int] = set()
    if not ("籍" in text or "侨" in text or "僑" in text or "华人" in text or "華人" in text
            or "乡" in text or "鄉" in text):
        return out
    order = sorted(range(len(countries)), key=lambda i: countries[i].start)
    ms_starts = [countries[i].start for i in order]
    for kw in _DIASPORA_AFTER.finditer(text):
        end, sep = kw.start(), _TAIL
        for k in range(bisect_left(ms_starts, end) - 1, -1, -1):
            m = countries[order[k]]
            if m.end > end:
                continue
            if sep.fullmatch(text, m.end, end) is None:
                break
            out.add(order[k])
            end, sep = m.start, _SEP
    return out
