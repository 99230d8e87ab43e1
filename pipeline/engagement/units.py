"""The Chinese units a ``level`` is read from (TAXONOMY §3b): provincial capitals, which host
provincial events, and the chain of units a place is named by (黑龙江省大庆市). Helpers of
:mod:`pipeline.engagement.attributes`.

Example:
    >>> "昆明市".startswith(CAPITALS), "黑河市".startswith(CAPITALS)
    (True, False)
"""

from __future__ import annotations

import re
from typing import Sequence

from ..schemas import Mention

CAPITALS = ("昆明", "南宁", "南寧", "沈阳", "瀋陽", "长春", "長春", "哈尔滨", "哈爾濱", "呼和浩特", "兰州", "蘭州", "乌鲁木齐", "烏魯木齊",
             "拉萨", "拉薩", "海口", "广州", "廣州", "杭州", "石家庄", "石家莊", "西宁", "西寧", "南京", "福州", "济南", "濟南", "银川",
             "銀川", "成都", "合肥", "贵阳", "貴陽", "长沙", "長沙", "郑州", "鄭州", "武汉", "武漢", "南昌", "太原", "西安")


def chain_end(text: str, first: Mention, province_mentions: Sequence[Mention]) -> Mention:
    """The last unit of 黑龙江省 + 大庆市 + … ("Guangxi's Chongzuo city") that starts at ``first``."""
    chain = [first]
    for m in province_mentions:
        if (0 <= m.start - chain[-1].end <= 3 and m is not chain[-1]
                and text[chain[-1].end:m.start] in ("", " ", "'s ", "’s ")):
            chain.append(m)
    return chain[-1]


# (市委外办, 州委外办: the city party committee's office; not 市政府外办: a municipality's, 重庆市政府外办, as often)
_FAO_UNIT = re.compile(r"(?:^|[^省区區])(市|州|盟|县|縣|旗)委?$")


def fao_unit_level(text: str, start: int, title: str) -> str | None:
    """The level of a foreign-affairs office named by its city's or county's unit only (市外办,
    州外办主任, 县外办): municipal or county; None for a province's (省外办, 自治区外办)."""
    head = text[max(0, start - 6):start] + (title[0] if title[:1] in ("市", "州", "盟", "县", "縣", "旗") else "")
    m = _FAO_UNIT.search(head)
    if m is None:
        return None
    return "county" if m.group(1) in ("县", "縣", "旗") else "municipal"


# "Manzhouli, the border city in Inner Mongolia, visited …": the province only locates the city
_APPOSITIVE_IN = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:city|county|town|port|prefecture|banner)"
                            r"\s+(?:in|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:province\s+of\s+)?$", re.I)
# "Hekou county's party secretary", "Ejin banner", "Ruili, a county-level city" (county-level: a city)
EN_COUNTY_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Autonomous\s+)?(?:county|banner)(?![\w-])|"
                             r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:county|banner)(?![\w-])", re.I)
EN_CITY_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:city|prefecture)\b", re.I)  # "Dongxing, a port city"


def appositive_locator(text: str, pos: int) -> bool:
    """Whether the English place starting at ``pos`` only locates a city named just before
    ("Manzhouli, the border city in Inner Mongolia,"; "Hekou, a county in Yunnan"): no venue."""
    return _APPOSITIVE_IN.search(text, max(0, pos - 60), pos) is not None


def city_fao_level(text: str, place: Mention | None, municipalities: frozenset[str]) -> str | None:
    """The level of a foreign-affairs office named after a city ("Suifenhe's foreign affairs
    office", "the Dongxing foreign affairs office", 瑞丽外办): municipal, county after a
    county's name; None for a province's or a municipality's (Chongqing's is provincial)."""
    if place is None or not (place.entry or "").startswith("city.") or place.code in municipalities:
        return None
    if place.text.endswith(("县", "縣", "旗")) or EN_COUNTY_AFTER.match(text, place.end):
        return "county"
    return "municipal"
EN_UNIT_OF = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(city|county|banner|prefecture|league)\s+of\s+$", re.I)  # "the city of Dongxing"
EN_CAPITALS = ("Kunming", "Nanning", "Shenyang", "Changchun", "Harbin", "Hohhot", "Lanzhou", "Urumqi", "Lhasa", "Haikou",
               "Guangzhou", "Hangzhou", "Shijiazhuang", "Xining", "Nanjing", "Fuzhou", "Jinan", "Yinchuan", "Chengdu",
               "Hefei", "Guiyang", "Changsha", "Zhengzhou", "Wuhan", "Nanchang", "Taiyuan", "Xi'an", "Xi’an", "Xian")
# the provincial-level units' English names, lower case, as regex alternatives (Hong Kong, Macao, Taiwan apart)
EN_PROVINCES = ("beijing|tianjin|shanghai|chongqing|hebei|shanxi|liaoning|jilin|heilongjiang|jiangsu|zhejiang|anhui|fujian"
                "|jiangxi|shandong|henan|hubei|hunan|guangdong|hainan|sichuan|guizhou|yunnan|shaanxi|gansu|qinghai"
                "|inner mongolia|guangxi|tibet|xizang|ningxia|xinjiang")


def en_unit_level(name: str) -> str | None:
    """The level an English city mention's own words give ("Honghe prefecture", "Hekou County",
    "Ejin Banner", "Dongxing city"), else None."""
    low = name.lower()
    if low.endswith((" county", " banner")):
        return "county"
    if low.endswith((" prefecture", " city", " league")):
        return "municipal"
    return None


# The words after an acting place that make it a city's or a county's unit (level)
CITY_PARTY = re.compile(r"^(?:与|同|作为)|^\s+and\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:city|town)\b|"
                         r"^['’]s\s+(?:sister|friendship|twin(?:ned)?)[- ](?:city|town)", re.I)  # 南通作为…友城, "Dalian's sister city"
NOT_CITY_GOV = ("港", "口岸", "岸", "区", "區", "Port", "port")  # 营口港与…: a port, not the city's government
COUNTY_UNIT = re.compile(r"^[^，。；,、与和同及在\s]{0,3}?(?:县|旗)(?![长委])|^(?:[^，。；,、与和同及在\s]{1,3}族){1,4}自治(?:县|旗)|"
                          r"^\s+(?:[A-Z][a-z]+\s+){0,2}(?:Autonomous\s+)?(?:County|Banner)\b")  # "Hekou Yao Autonomous County"
CITY_UNIT = re.compile(r"^[^，。；,]{0,1}?(?:市|州|盟|地区)(?!长|委)|^(?:\s+(?:City|municipal|Prefecture|League))|"
                        r"^\s+(?:[A-Z][a-z]+\s+(?:and\s+)?){1,4}?Autonomous\s+Prefecture\b", re.I)  # "Xishuangbanna Dai Autonomous Prefecture"

# 我市与…签署, 本县…: a city's or county's own paper names its unit so
OWN_UNIT = re.compile(r"(?<![在于於到来來赴])(?:我|本)(市|州|盟|县|縣|旗)(?![场民长委级內内外])")
# "the prefecture's governor", "Honghe's prefectural governor", "the county party secretary"
EN_UNIT_BEFORE_TITLE = re.compile(r"\b(?:(prefectur(?:e|al)|city|municipal|league)|(county|banner))(?:['’]s)?\s+(?:party\s+)?$",
                                  re.I)
# "officials from Chongzuo" (before), "Guilin officials" (after): the city's own people act
EN_CITY_PEOPLE = re.compile(r"\b(?:(?:officials?|leaders?|authorities)\s+(?:from|of)|delegations?\s+from)\s+$", re.I)
EN_PEOPLE_AFTER = re.compile(r"^\s+(?:officials|leaders|authorities|government)\b")


def own_unit_level(text: str, start: int, end: int) -> str | None:
    """municipal / county where a text names its own city or county as the actor (我市, 本县)."""
    m = OWN_UNIT.search(text, start, end)
    if m is None:
        return None
    return "county" if m.group(1) in ("县", "縣", "旗") else "municipal"


def en_title_unit(text: str, start: int) -> str | None:
    """municipal / county where an English title follows its unit word ("the prefecture's
    governor", "Honghe's prefectural governor", "the county party secretary")."""
    m = EN_UNIT_BEFORE_TITLE.search(text, max(0, start - 30), start)
    if m is None:
        return None
    return "county" if m.group(2) else "municipal"


VENUE_ZH = ("在", "于", "於", "赴", "抵达", "抵達", "前往")
VENUE_EN = (" in", " at", " to", " in the", " at the", " to the")


def after_preposition(text: str, pos: int, *, chinese: tuple[str, ...] = VENUE_ZH,
                      english: tuple[str, ...] = VENUE_EN) -> bool:
    """Whether a venue preposition ends just before ``pos`` (在昆明, "in Kunming", "to the UK")."""
    before = text[max(0, pos - 8):pos]
    if before.endswith(chinese):
        return True
    before = before.rstrip()
    return before.lower().endswith(english) or before.lower() in ("in", "at", "to")


def venue_chain(text: str, m: Mention, by_end: dict[int, Mention],
                chinese: tuple[str, ...] = ("在", "于")) -> bool:
    """Whether ``m`` only gives the venue: right after 在/于/in/at (在福州), or chained to a
    place that is (在内蒙古自治区呼和浩特市, 在云南昆明, "in Nanning, Guangxi"). ``by_end``: the
    province mentions by their end offset."""
    for _ in range(8):
        if after_preposition(text, m.start, chinese=chinese, english=(" in", " at")):
            return True
        prev = by_end.get(m.start) or by_end.get(m.start - 1) or by_end.get(m.start - 2)
        if prev is None or text[prev.end:m.start] not in ("", " ", ", "):
            return False
        m = prev
    return False


def town_in_county(text: str, start: int, end: int) -> bool:
    """Whether the chain of units text[start:end] runs through a county or banner to a town
    (镇康县南伞镇, 勐腊县磨憨镇, 额济纳旗策克镇): the town acts at the county's level."""
    chain = text[start:end]
    town = chain.endswith(("镇", "乡", "鎮", "鄉")) or text[end:end + 1] in ("镇", "乡", "鎮", "鄉")
    return town and any(u in chain[:-1] for u in ("县", "縣", "旗"))


# 在与河口一河之隔的越南老街市, 在与云南接壤的老挝北部: the place the relative clause describes;
# "in the border town of Mong Cai", "at the port city of Qinzhou"
_REL_PLACE_ZH = re.compile(r"(?:在|于|赴)(?:与|同|和)[^，。；,在于赴]{1,16}的$")
_PLACE_OF_EN = re.compile(r"\b(?:in|at|to)\s+the\s+(?:[\w-]+\s+){0,2}(?:town|city|port|county|capital|village)\s+of\s+$",
                          re.I)


def in_place_of(text: str, pos: int) -> bool:
    """Whether the place starting at ``pos`` is named as the venue through a relative clause
    (在与河口一河之隔的老街) or an English "in the border town of …"."""
    before = text[max(0, pos - 24):pos]
    return bool(_REL_PLACE_ZH.search(before) or _PLACE_OF_EN.search(text, max(0, pos - 50), pos))
