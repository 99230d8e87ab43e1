"""What the foreign side's own pages say that is no act of a Chinese province (issue 15, helper
rpforeign): the cities a sentence lists as the seats of consulates, a leader's namesake after a
deputy's title, and a page that names no Chinese side at all. Pure functions over the text and the
place mentions, read by :func:`pipeline.place_roles.province_locates` and :func:`pipeline.resolve.resolve`
(in the engagement package because ``place_roles.py`` is at the 450-line limit).

Example:
    >>> from pipeline.schemas import Mention
    >>> t = "目前，俄罗斯在中国的总领事馆分别位于沈阳、上海和广州。"
    >>> m = Mention(label="province", code="CN-SH", text="上海", start=t.index("上海"), end=t.index("上海") + 2,
    ...             entry="province.CN-SH")
    >>> consulate_seat_sentence(t, m)
    True
"""

from __future__ import annotations

import re
from typing import Sequence

from ..schemas import Mention
from ..text import TONED
from .city_pages import named_consulate_seat

# 俄计划在哈尔滨开设总领事馆, 分别位于沈阳、上海、广州和香港 (after 总领事馆), 在上海、广州、厦门等城市设立领馆:
# the cities a sentence about where consulates are set up or located names are their seats (TAXONOMY §2), also in
# mirrors that gloss each character with its pinyin (領(lǐng)事館; issue 15). Not a consulate's opening the city
# hosts (蒙古国驻呼伦贝尔领事馆在呼伦贝尔市开馆: the region hosts it), nor 我省 (争取更多国家在我省设立领事机构)
_GLOSS = rf"(?:\([a-z{TONED}ü]{{1,6}}\))?"  # (the tone-marked letters text.py normalises glosses by)
_CONSULATE_ZH = re.compile(rf"[领領]{_GLOSS}(?:事{_GLOSS}(?:馆|館|机构|機構)|馆|館)")
_SEAT_VERB_ZH = re.compile(rf"(?:[开開互]{_GLOSS})?[设設]{_GLOSS}(?:立|(?=[总總领領]))|位于|位於")
_ACT_VERB = re.compile(rf"会见|會見|会谈|會談|出席|拜会|拜會|接见|接見|签署|簽署|座谈|座談|举行|舉行|致辞|致辭|参加|參加|"
                      rf"[开開]{_GLOSS}[馆館]")  # an opening the city hosts
_SENTENCE_STOP = "。；！？\n"


def consulate_seat_sentence(text: str, m: Mention) -> bool:
    """Whether the province mention ``m``, a Chinese city or one of a list, stands in a sentence that
    only says where consulates are set up or located (俄计划在哈尔滨开设总领事馆; 四个总领事馆分别位于
    沈阳、上海、广州和香港): a consular seat, no actor. A sentence that also reports a meeting, a
    signing or a ceremony attended (云南省副省长出席老挝驻昆明总领馆开馆仪式) keeps its actors."""
    if named_consulate_seat(text, m):
        return True  # 在沈阳总领事馆帮助下, with 驻沈阳总领事 elsewhere: the seat (city_pages)
    listed = text[m.start - 1:m.start] in ("、", "和", "及") or text[m.end:m.end + 1] in ("、", "和", "及")
    if not (listed or (m.entry or "").startswith("city.")):
        return False
    lo, hi = max(0, m.start - 200), min(len(text), m.end + 200)  # (a sentence read within 200 characters each side)
    window = text[lo:hi]
    if "领" not in window and "領" not in window:
        return False
    a = max(text.rfind(c, lo, m.start) for c in _SENTENCE_STOP) + 1
    ends = [i for i in (text.find(c, m.end, hi) for c in _SENTENCE_STOP) if i != -1]
    sent = text[max(a, lo):min(ends) if ends else hi]
    if "领" not in sent and "領" not in sent:
        return False
    return (_CONSULATE_ZH.search(sent) is not None and _SEAT_VERB_ZH.search(sent) is not None
            and _ACT_VERB.search(sent) is None)


# "a delegation from Yunnan led by Vice Governor Wang Hao", 副省长王浩: a deputy's title right before the name of
# a person the officials lexicon holds as a governor or party secretary on that day is a namesake (Zhejiang's
# governor Wang Hao), who names no province (issue 15, rpforeign)
_DEPUTY_BEFORE = re.compile(r"(?:副省长|副省長|副主席|副书记|副書記|副市长|副市長|副州长|副州長|"
                            r"\b(?:Vice|Deputy|Executive\s+Vice|Executive\s+Deputy)[- ](?:Governor|Chairman|Chairwoman|"
                            r"Chair|Secretary|Mayor|Party\s+Secretary))\s*$")


def namesake_official(text: str, m: Mention) -> bool:
    """Whether the official's name ``m`` (rule ``official:…``) follows a deputy's title while the
    lexicon gives the name a governor's or party secretary's post ("Vice Governor Wang Hao" in a
    2023 text, when Wang Hao was Zhejiang's governor): another person of the same name."""
    rule = m.rule or ""
    if not rule.startswith("official:") or rule.rsplit(".", 1)[-1] not in ("party_secretary", "governor"):
        return False
    return (_DEPUTY_BEFORE.search(text, max(0, m.start - 30), m.start) is not None
            or _DEPUTY_AFTER.match(text, m.end) is not None)  # "Mr. X, Vice Governor of Y" (rpen2)


# the same title in apposition after the name ("Mr. Wang Hao, Vice Governor of the province"; issue 15, rpen2)
_DEPUTY_AFTER = re.compile(r",?\s*(?:the\s+)?(?:Vice|Deputy|Executive\s+Vice|Executive\s+Deputy)[- ](?:Governor|Chairman|"
                           r"Chairwoman|Chair|Secretary|Mayor|Party\s+Secretary)\b")


# ------------------------------------------------------------ a text with no Chinese side at all
# "Lai Chau held talks with Laos' Phongsaly province …": a foreign page about two foreign sides names no
# Chinese province, city, official or China itself; its countries engage no one of the record (issue 15;
# pipeline.resolve applies it to English texts naming two countries or more)
_CHINA_SIDE = re.compile(r"China|Chinese|PRC|Sino|Beijing|CPC|中国|中國|中方|我国|我國|中共|[访訪来來驻駐赴在抵][华華]|国家主席|國家主席")


def no_chinese_side(text: str, places: Sequence[Mention]) -> bool:
    """Whether ``text`` names no Chinese side at all: no province mention (a place, a leader's name,
    a seat), no China–X compound (中越) and no word for China (China, Chinese, 中国, 中方, 访华 …)."""
    if any(m.label == "province" or "compound" in (m.entry or "") for m in places):
        return False
    return _CHINA_SIDE.search(text) is None
