"""Foreign local governments that no lexicon entry names, read from their shape next to
their country's name (智利比奥比奥大区, "the Grodno Region of Belarus"), and sister ties,
which only local governments make (TAXONOMY §3b ``counterpart`` ``subnational``).

Example:
    >>> bool(SISTER_TIES.search("两市结为友好城市"))
    True
"""

from __future__ import annotations

import re
from typing import Sequence

from ..rx import skipping
from ..schemas import Mention

# a foreign unit the lexicon does not list, read from its shape right after (or, in English,
# around) the country's name: 智利纽夫莱大区, 蒙古国东方省, 韩国忠清北道, "the Grodno Region
# of Belarus", "Vietnam's Lao Cai Province", "the border provinces of Vietnam"
_UNIT_ZH = re.compile(r"[国國]?([\u4e00-\u9fff]{2,7}?)(?:大区|大區|省|州|县|縣|郡|邦|(?<=[北南畿原海])道|(?<!政)府|市)(?![长長委])")
_NOT_NAME_ZH = re.compile(r"[的和与與及在等各两兩同对對将將为為是有驻駐政签簽署友好建立开開合作访訪会會举舉交流国國人民城一地]")
_UNIT_EN = (r"(?:Province|Region|Oblast|Prefecture|State|Krai|Governorate|County|Voivodeship|Department|Aimag|province|region|"
            r"oblast|prefecture|state|krai|governorate|county|aimag)")  # (aimag: a Mongolian province)
_UNIT_BEFORE_EN = skipping(re.compile(r"(?:\b(?:[A-Z][\w'’-]+\s+){1,3}" + _UNIT_EN + r"|\b(?:provinces|regions|oblasts|states|"
                             r"prefectures|counties|province|region|oblast|prefecture|state)|\bprovince|\bstate)"
                             r"\s+of\s+(?:the\s+)?$"))
_UNIT_AFTER_EN = skipping(re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w'’-]+\s+){1,3}" + _UNIT_EN + r"\b"
                                     # "the Vietnamese province of Lang Son", "a Lao provincial delegation" (pen)
                                     r"|\s+(?:province|region|oblast|prefecture|state|city|county)\s+of\s+(?-i:[A-Z])"
                                     r"|\s+(?:provincial|regional|municipal|prefectural)\s+(?:delegation|government|leaders?)\b"))
# "the Hungarian city of Debrecen", "Brazil's state of Sao Paulo": a kind of unit and its name after the country
_KIND_OF_EN = re.compile(r"(?:['’]s)?\s+(?:city|town|state|province|region|prefecture|county|oblast|municipality|district|"
                         r"governorate|department|canton|territory|krai|aimag|emirate)\s+of\s+(?:the\s+)?[A-Z][\w'’-]+")
SISTER_TIES = skipping(re.compile(r"友好城市|友城|友好省|友好州|友好县|友好縣|友好省州|友好省县|友好省縣|姊妹城市|姐妹城市|姊妹省|姐妹省|友好合作关系城市|"
                         r"\bsister[- ](?:city|cities|province|provinces|state|states|prefecture|prefectures|region|"
                         r"regions|county|counties)\b|\btwin(?:ned)?[- ](?:city|cities|town|towns)\b|\bsisterly ties\b|"
                         r"\bfriendship[- ](?:city|cities|province|provinces)\b", re.I))


def foreign_unit(text: str, m: Mention, places: Sequence[Mention]) -> tuple[int, int] | None:
    """The span of a foreign province, state or city that no lexicon entry names, read next
    to the country mention ``m`` (智利比奥比奥大区, "the Grodno Region of Belarus"), or None.

    A capital the lexicon knows (韩国首尔市) stays national, as its bare name does.

    >>> from pipeline.schemas import Mention
    >>> t = "四川省成都市与智利比奥比奥大区签署协议"
    >>> m = Mention(label="country", code="CHL", text="智利", start=7, end=9, entry="country.CHL")
    >>> foreign_unit(t, m, [m])
    (9, 15)
    """
    if m.label != "country":
        return None
    u = _UNIT_ZH.match(text, m.end)
    if u is not None and not _NOT_NAME_ZH.search(u.group(1)):
        if not any(p.start < u.end() and p.end > u.start() and (p.entry or "").endswith(".capital") for p in places):
            return u.start(), u.end()
        return None
    if not m.text[:1].isascii():
        return None
    b = _UNIT_BEFORE_EN.search(text, max(0, m.start - 60), m.start)
    if b is not None:
        return b.start(), m.end
    a = _UNIT_AFTER_EN.match(text, m.end) or _KIND_OF_EN.match(text, m.end)
    if a is not None and "China" not in a.group(0):
        return m.start, a.end()
    return None


_FROM_OF = re.compile(r"(?:来自|來自)([^，。；]{1,40}?)(?:的|等国的|等國的)[\u4e00-\u9fff、和]{0,6}$")


def from_countries(text: str, pos: int, places: Sequence[Mention]) -> bool:
    """来自哈萨克斯坦、吉尔吉斯斯坦的州长和市长: a title at ``pos`` after 来自 + foreign countries + 的 is theirs."""
    m = _FROM_OF.search(text, max(0, pos - 50), pos)
    return m is not None and any(p.label == "country" and p.role != "locator" and m.start(1) <= p.start < m.end(1)
                                 for p in places) and not any(
        p.label == "province" and p.role != "locator" and m.start(1) <= p.start < m.end(1) for p in places)


# a place's shape after or before a title's own (pipeline/engagement/titles.py): a capital named as a unit
# ("Zimbabwe's Harare province", "the Brussels-Capital Region"); countries named by their region before a
# group (东盟国家企业, 发展中国家学者; not 中国国家…)
UNIT_AFTER = re.compile(r"(?:-Capital)?\s+(?:Capital\s+)?(?:[Pp]rovince|[Rr]egion|[Ss]tate|[Oo]blast|[Pp]refecture|[Cc]ounty)\b")
REGION_COUNTRIES = re.compile(r"(?<=[\u4e00-\u9fff])(?<![我全本两兩祖])(?<!(?<!展)中)[国國]家的?$")
