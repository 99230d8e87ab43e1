"""More place traps of real pages (issue 15): a border list after its frame word, and a
province compound's partner character read through the foreign unit the text names.

* **Neighbours listed after the frame word**: 内联八省区、外接俄罗斯和蒙古国, 北邻蒙古国, 东接朝鲜: the
  countries a province adjoins are background (TAXONOMY §2), as 与缅甸、老挝接壤 is
  (:func:`pipeline.place_roles.background_frames`, which reads the frame after its list);
  :func:`border_lists_after` reads the list after the frame word.
* **A province named as a neighbour**: 该州与新疆毗邻 locates the foreign unit; the province acts in
  nothing there (:func:`border_described`).
* **The border between China and a country**: 前往中国与老挝边境磨憨口岸 describes a place
  (:func:`china_border`).
* **An own envoy's post**: 驻外使节团团长、驻埃及大使 on a page about China's envoys at home is no
  partner (:func:`envoy_post`).
* **A coach's nationality**: 具有执教经验的德国教练员 gives the nationality of the Chinese side's staff,
  no partner (:func:`staff_nationality`).
* **An office's division**: 省委外办秘书处、欧洲非洲处 names departments, not Europe or Africa
  (:func:`office_division`).
* **A province compound through a named foreign unit**: 鲁巴结好30周年 on a page about Bavaria is
  Shandong–Bavaria (DEU), not Shandong–Pakistan: a province compound's partner character
  (the lexicon's usual reading, 巴 → PAK) is read as the country of a foreign subnational unit the
  text names by a name starting with that character (巴伐利亚州 → DEU), unless the text names the
  usual country itself (:func:`recode_abbreviations`).

Example:
    >>> from pipeline.schemas import new_mention
    >>> text = "内蒙古外接俄罗斯和蒙古国"
    >>> ms = [new_mention(5, 8, "俄罗斯", "country", "RUS", "e"), new_mention(9, 12, "蒙古国", "country", "MNG", "e")]
    >>> sorted(border_lists_after(text, ms))
    [0, 1]
"""

from __future__ import annotations

import re
from typing import Sequence

from ..schemas import Mention, mention_with

# the frame word before the list: 外接, 北邻, 东接, 毗邻 …, at most a few characters before the first country
_BORDER_BEFORE_ZH = re.compile(r"(?:外接|外邻|外鄰|[东南西北東][邻鄰接靠连連]|毗邻|毗鄰|紧邻|緊鄰)\s*(?:着|著)?\s*$")
_LIST_SEP = re.compile(r"\s*(?:[、，,和及与與]|以及)\s*")
_PROVINCE_COMPOUND = "compound.province_abbr_head"
# a provincial foreign-affairs office's division named by its regions: 欧洲非洲处, 亚洲处, 美大处 (not 处于/处在;
# the ministry's departments, 非洲司, 西亚北非司, are read as naming their regions, as the gold does)
_OFFICE_AFTER = re.compile(r"(?:[亚亞非欧歐美大拉洲中东東南北西太平洋地区區]{0,6})(?:处|處)(?![于於在理置境处處长長])")


def border_lists_after(text: str, countries: Sequence[Mention]) -> set[int]:
    """Indexes (into ``countries``) of the countries listed right after a border frame word
    (外接俄罗斯和蒙古国, 北邻蒙古国): the neighbours a place adjoins, background."""
    if not any(w in text for w in ("接", "邻", "鄰", "靠", "连", "連")):
        return set()
    order = sorted(range(len(countries)), key=lambda i: countries[i].start)
    ms = [countries[i] for i in order]
    out: set[int] = set()
    k = 0
    while k < len(ms):
        m = ms[k]
        if not m.text[:1].isascii() and _BORDER_BEFORE_ZH.search(text, max(0, m.start - 6), m.start):
            run = [k]
            j = k + 1
            while j < len(ms) and _LIST_SEP.fullmatch(text, ms[j - 1].end, ms[j].start):
                run.append(j)
                j += 1
            out.update(order[i] for i in run)
            k = j
        else:
            k += 1
    return out


def office_division(text: str, m: Mention) -> bool:
    """Whether the region mention ``m`` (Chinese) names an office's division (省委外办欧洲非洲处,
    亚洲处), not the region: TAXONOMY §2 codes a region named, not a department of a Chinese office."""
    return not m.text[:1].isascii() and _OFFICE_AFTER.match(text, m.end) is not None


_WITH_BEFORE = re.compile(r"(?:与|與|同|和|跟)\s*$")
_BORDERS_AFTER = re.compile(r"\s*(?:省|自治区|自治區)?\s*(?:毗邻|毗鄰|接壤|相邻|相鄰|交界|相连|相連|隔[^，。；,;]{0,8}?相望)")


def border_described(text: str, m: Mention) -> bool:
    """Whether the province mention ``m`` is named only as the neighbour of another place
    (杰州位于哈东部，与新疆毗邻): it locates that place and acts in nothing."""
    return (_WITH_BEFORE.search(text, max(0, m.start - 2), m.start) is not None
            and _BORDERS_AFTER.match(text, m.end) is not None)


# a staff member's nationality: 德国教练员, 德籍主教练, 日本外教 (the coach works for the Chinese side)
_STAFF_AFTER = re.compile(r"(?:籍)?(?:主教练|助理教练|教练员|教练|教練員|教練|外教|外籍教师|外籍教師|球员|球員)")


def staff_nationality(text: str, m: Mention) -> bool:
    """Whether the country mention ``m`` only gives a coach's or a player's nationality (德国教练员对
    15国学员进行培训): no partner of its own."""
    return not m.text[:1].isascii() and _STAFF_AFTER.match(text, m.end) is not None


# China's own envoys at home as a group (会见来访的我国驻外使节团; 团长、驻埃及大使某某): a post they hold abroad is
# no partner of the page's act (the act is between Chinese sides, peer_offices.OWN_ENVOYS)
_ENVOYS_AT_HOME = re.compile(r"(?:我国|我國|中国|中國)?[驻駐]外(?:使节|使節|使领馆|使領館|外交官)")
_POST_AFTER = re.compile(r"(?:国|國)?(?:大使|总领事|總領事|使馆|使館|总领馆|總領館|临时代办|臨時代辦)")


def envoy_post(text: str, m: Mention) -> bool:
    """Whether the country mention ``m`` only names the post of one of China's own envoys on a page
    about them as a group at home (驻外使节团团长、驻埃及大使某某说): no partner."""
    return (m.start > 0 and text[m.start - 1] in "驻駐" and not m.text[:1].isascii()
            and _POST_AFTER.match(text, m.end) is not None and _ENVOYS_AT_HOME.search(text) is not None)


# the border between China and the country (前往中国与老挝边境磨憨口岸): a border described, the country background
_CHINA_AND_BEFORE = re.compile(r"(?:中国|中國)\s*(?:与|與|和|同)\s*$")
_BORDER_NOUN_AFTER = re.compile(r"\s*(?:边境|邊境|边界|邊界|交界)(?!贸易|貿易|会晤|會晤|会谈|會談|联检|聯檢|部门|部門|官员|官員|合作)")


def china_border(text: str, m: Mention) -> bool:
    """Whether the country mention ``m`` only names the border between China and it (中国与老挝边境
    磨憨口岸): a place described, no partner."""
    return (not m.text[:1].isascii() and _CHINA_AND_BEFORE.search(text, max(0, m.start - 4), m.start) is not None
            and _BORDER_NOUN_AFTER.match(text, m.end) is not None)


# China's national side: the ministry, a state councillor, the head of state, China's own envoys abroad
_NATIONAL_SIDE = re.compile(r"外交部|國務委員|国务委员|国家主席|國家主席|国务院总理|國務院總理|(?:中国|中國|我国|我國)(?:常)?[驻駐]"
                            r"|\b(?:Foreign Ministry|Ministry of Foreign Affairs|State Council(?:l)?or|President Xi|Premier Li"
                            r"|Chinese Ambassador|Chinese Embassy|Xi Jinping|PRC|Chinese (?:Foreign Minister|government|leadership)"
                            r"|Beijing's|(?:China's|Chinese) (?:foreign policy|diplomacy))\b")  # (fnone: analysis pieces)


def national_side(text: str) -> bool:
    """Whether the text names China's national side (外交部, 国务委员, 中国驻…大使, "Foreign Ministry"): with no
    province acting and no act reported, the countries it names are that side's, no province's partners."""
    return _NATIONAL_SIDE.search(text) is not None


def recode_abbreviations(places: list[Mention]) -> list[Mention]:
    """``places`` with each province compound's country mention (鲁巴 → PAK) recoded to the country
    of a foreign subnational unit the text names by a name that starts with the compound's partner
    character (巴伐利亚州 → DEU), where the text names no country of the usual code by itself; the
    same list when there is nothing to recode."""
    compounds = [k for k, m in enumerate(places) if m.label == "country" and m.entry == _PROVINCE_COMPOUND]
    if not compounds:
        return places
    units: dict[str, set[str]] = {}
    named: set[str] = set()
    for m in places:
        if m.label != "country" or m.entry == _PROVINCE_COMPOUND:
            continue
        named.add(m.code)
        if (m.entry or "").endswith(".subnational") and m.text[:1] and not m.text[:1].isascii():
            units.setdefault(m.text[0], set()).add(m.code)
    if not units:
        return places
    out = list(places)
    for k in compounds:
        m = places[k]
        if m.code in named:
            continue
        for ch in m.text[1:]:
            codes = units.get(ch)
            if codes and len(codes) == 1 and m.code not in codes:
                out[k] = mention_with(m, "code", next(iter(codes)))
                break
    return out
