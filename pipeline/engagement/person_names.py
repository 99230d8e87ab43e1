"""Whether a personal name written with an English title is no Chinese one ("Governor Gavin
Newsom", "Dang Xuan Phong, …, Secretary of the Provincial Party Committee"): the side of a
title that no place decides (TAXONOMY §3b ``official`` / ``counterpart``).

Example:
    >>> foreign_name_after("Governor Gavin Newsom signed", 8), foreign_name_after("Governor Wang Yubo met", 8)
    (True, False)
"""

from __future__ import annotations

import re

# a word of a Chinese unit's or body's name, never part of a personal name
CN_WORD = re.compile(r"(?:Foreign|Provincial|Province|People|Standing|Department|Office|Committee|CPC|CPPCC|Communist|"
                      r"Party|Municipal|Municipality|State|Chinese|China|PRC|Autonomous|Regional|Region|City|County|"
                      r"Prefecture|Government|Commerce|Education|Culture|National|Central)\b")

# a personal name right after an English title (honorifics skipped): "Governor Gavin Newsom"
_NAME_AFTER = re.compile(r"\s+(?:(?:Mr|Ms|Mrs|Dr|Hon|H\.\s?E)\.?\s+)?([A-Z][a-z'’-]+)(?:\s+[A-Z]\.)?(?:\s+([A-Z][a-z'’-]+))?")
_NAME_BEFORE = re.compile(r"(?:^|[,.;:]\s+|\b[a-z]+\s+|\b(?:Comrade|Mr|Ms|Mrs|Dr)\.?\s+)([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3}),\s+"
                          r"(?:[^.;:()]{0,90}?,\s+)?$")
_PINYIN = re.compile(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ue|an|ai|"
                     r"ao|ei|en|er|ia|ie|in|iu|ou|ua|uo|ui|un|a|e|i|o|u))+")
_NOT_NAME_EN = frozenset({"meets", "met", "attends", "attended", "visits", "visited", "receives", "received", "holds",
                          "held", "signs", "signed", "leads", "led", "hosts", "hosted", "calls", "says", "said",
                          "inspects", "opens", "welcomes", "addresses", "delivers", "talks", "and", "of", "the",
                          "on", "in", "at", "for", "with", "to", "from", "office", "province", "city", "county", "council",
                          "sub-council", "bureau", "department", "commission", "association", "group", "company",
                          "university", "chamber", "branch"})


def foreign_name_after(text: str, pos: int) -> bool:
    """Whether the personal name right after ``pos`` ("Governor Gavin Newsom") or, written in
    apposition, before the title that starts at ``pos`` ("Dang Xuan Phong, Member of …, Secretary
    of the Provincial Party Committee") is no Chinese one: a word of it is no run of pinyin
    syllables (not Wang Yubo, Xi'an), nor a verb of a headline."""
    m = _NAME_AFTER.match(text, pos)
    words = [w for w in m.groups() if w] if m is not None else []
    return _foreign_words(words)


def _foreign_words(words: list[str]) -> bool:
    """A personal name none of whose words is a common word or a Chinese unit's, and one of
    whose words is no run of pinyin syllables."""
    if not words or any(w.lower() in _NOT_NAME_EN or CN_WORD.fullmatch(w) for w in words):
        return False
    return any(not _pinyin(w) for w in words)


def _pinyin(word: str) -> bool:
    """Whether ``word`` is a run of pinyin syllables (a word longer than any name is not:
    the pattern's ambiguity stays bounded)."""
    w = re.sub(r"['’-]", "", word.lower())
    return len(w) <= 18 and _PINYIN.fullmatch(w) is not None


# a Chinese body named inside an English title: its holder is China's whatever his name
# ("Abdulla Rahman, chairman of the CPPCC of the Autonomous Region", a Uyghur name)
_CN_BODY_EN = re.compile(r"\b(?:CPPCC|CPC|Autonomous\s+Region|Communist\s+Party\s+of\s+China)\b")


def foreign_name_before(text: str, pos: int, end: int | None = None) -> bool:
    """Whether the personal name written in apposition before the title at ``pos`` is no Chinese
    one; with ``end`` (the title's end), a title naming a Chinese body is never the foreign side's."""
    if end is not None and _CN_BODY_EN.search(text, pos, end):
        return False
    m = _NAME_BEFORE.search(text, max(0, pos - 120), pos)
    if m is None:
        return False
    return _foreign_words(m.group(1).split())


# common Chinese surnames in pinyin: with a pinyin given name after a title, a Chinese person
_CN_SURNAMES = frozenset("""wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng xi
liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen
yao jin fu zhong cui tan lei qin jia xue yan hou bai meng long duan hao kong shao shi mao chang wan gu lai qiu qian fan
fang yin niu qiao ge kang mo wen bao zou xiong ning dai tao ji hong mu geng chu""".split())


def chinese_name_after(text: str, pos: int) -> bool:
    """Whether the personal name right after ``pos`` is a Chinese one: a common surname and a
    given name of pinyin syllables ("Minister Xu Xueyuan", a Chinese embassy's minister)."""
    m = _NAME_AFTER.match(text, pos)
    if m is None or m.group(2) is None:
        return False
    return m.group(1).lower() in _CN_SURNAMES and _pinyin(m.group(2)) and m.group(2).lower() not in _NOT_NAME_EN


def chinese_surname_after(text: str, pos: int) -> bool:
    """Whether a Chinese personal name, or a Chinese surname alone, follows ``pos``
    ("Ambassador Xiao Qian met …", "Consul General Wang attended …": China's own diplomat,
    whom an embassy's or consulate's site names so).

    >>> chinese_surname_after("Consul General Wang attended", 14), chinese_surname_after("Consul General Lee met", 14)
    (True, False)
    """
    if chinese_name_after(text, pos):
        return True
    m = _NAME_AFTER.match(text, pos)
    return m is not None and m.group(2) is None and m.group(1).lower() in _CN_SURNAMES
