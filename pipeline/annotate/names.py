"""Place forms inside a transliterated foreign name (沙赫拉特·努雷舍夫 holds 赫拉特, Herat).

Chinese writes a foreign person's name as transliterated syllables joined by a middle dot
(·, •, ・, ‧). Its syllables spell place forms by accident: 赫拉特 (Herat) in 沙赫拉特, 马里
(Mali) in 阿卜杜勒·马里克. A place form that starts INSIDE such a name's segment (the
character before it belongs to the same dot-bounded run of Han characters) names no place.
A form that starts a segment is kept: 中国·东盟博览会 and 中国·越南（河口）… name their blocs
and countries that way, and a segment's first characters cannot be told from a place by
shape alone.

Example:
    >>> text = "会见哈萨克斯坦驻华大使沙赫拉特·努雷舍夫一行"
    >>> inside_dotted_name(text, text.index("赫拉特"), text.index("赫拉特") + 3)
    True
    >>> text = "中国·东盟博览会"
    >>> inside_dotted_name(text, 3, 5)
    False
"""

from __future__ import annotations

NAME_DOTS = "·•・‧∙"
_REACH = 6  # how far from the form its segment's dot may stand (a name's segment is short)
# Characters of the Xinhua transliteration tables (the syllables foreign names are spelt in): the
# character before the form must be one, so that 举办越南·中国… (办) or 中国·东盟 (the dot) keep theirs
_SYLLABLES = frozenset(
    "阿埃艾安昂奥巴拜班邦保贝本比彼别宾波伯布查楚茨达代丹道德登迪蒂丁东杜多厄恩尔法凡方菲费芬丰弗福富盖甘冈"
    "戈格根古瓜圭哈海汉豪赫亨胡华怀霍吉加贾杰金卡凯坎康考柯科克肯库夸奎昆拉莱兰朗劳勒雷里理利莉连林琳卢鲁伦罗洛"
    "吕马麦曼芒梅门蒙米明莫姆穆纳奈南内尼涅宁纽努诺欧帕潘佩彭皮珀普奇齐恰乔切钦琼丘萨赛桑瑟森沙尚舍什舒斯松苏"
    "索塔泰坦汤唐特提图托瓦万旺威韦维温沃乌伍武西希谢辛休许雅亚扬耶伊因尤于约扎泽詹兹佐卓")


def _han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def has_name_dot(text: str) -> bool:
    """Whether ``text`` holds a middle dot at all (the check below is skipped otherwise)."""
    return any(d in text for d in NAME_DOTS)


def inside_dotted_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` starts inside a segment of a dot-joined name: the character
    before it is a transliteration syllable, and a middle dot stands within a few Han
    characters after the form (沙赫拉特·) or before it (·沙赫拉特)."""
    if start == 0 or text[start - 1] not in _SYLLABLES:
        return False
    j, n = end, len(text)
    while j < n and j - end <= _REACH and _han(text[j]):
        j += 1
    if j < n and text[j] in NAME_DOTS:
        return True
    i = start - 1
    while i >= 0 and start - i <= _REACH and _han(text[i]):
        i -= 1
    return i >= 0 and text[i] in NAME_DOTS
