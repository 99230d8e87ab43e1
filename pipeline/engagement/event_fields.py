"""Fields that TAXONOMY §3 precedence reads off an event's own words (issue 15): which field an
agreement's name is about (rule 4), whether a trip attends an event of that field (rule 3), and
whether a cultural or sports event has no foreign party at all (no engagement).

Example:
    >>> agreement_fields("双方签署朝鲜族传统文化保护与交流合作意向书")
    ['cultural_exchange']
    >>> agreement_fields("双方签署经贸、文化合作备忘录")
    []
    >>> agreement_fields("会后，两市文旅、高校等方面负责人各签一份协议")
    []
"""

from __future__ import annotations

import re

from ..rx import skipping

# the field named inside the agreement's own name (…文化保护与交流合作意向书, "a tourism cooperation
# agreement"; no signing verb, list or 等领域 between): the agreement is specifically about it (rule 4).
# A name that also holds trade,
# investment or another sector is a general agreement (cooperation_project).
_FIELDS_ZH = (("cultural_exchange", "文化|文旅|旅游|艺术|藝術|文物|非遗|非遺|人文|影视|影視|媒体|媒體|新闻|新聞"),
              ("educational_exchange", "教育|留学|留學|高校|校际|校際|学术|學術"),
              ("sports_exchange", "体育|體育|足球|篮球|籃球|冰雪运动|冰雪運動|武术|武術"),
              ("training", "培训|培訓|研修"))
_AGREEMENT_ZH = r"(?:协议|協議|协定|協定|意向书|意向書|备忘录|備忘錄|合作书|合作書|框架协议|框架協議)"
_FIELDS_EN = (("cultural_exchange", r"cultur(?:e|al)|tourism|heritage|arts?|media|film"),
              ("educational_exchange", r"education(?:al)?|universit(?:y|ies)|academic|student"),
              ("sports_exchange", r"sports?|football|athletics"),
              ("training", r"training"))
_AGREEMENT_EN = r"(?:agreements?|memorand(?:um|a)(?:\s+of\s+understanding)?|MoUs?|MOUs?|accords?|letters?\s+of\s+intent)"
_GENERAL = re.compile(r"经|經|贸|貿|投资|投資|产业|產業|项目|項目|农业|農業|林业|林業|科技|能源|物流|港口|口岸|友好|全面|战略|戰略|"
                      r"\b(?:trade|econom\w*|investment|industr\w*|projects?|comprehensive|strategic|friendship)\b", re.I)
_NAME_ZH = [(code, skipping(re.compile(rf"(?:{words})[^，。；、,;：:签簽订訂等的]{{0,14}}?{_AGREEMENT_ZH}"))) for code, words in _FIELDS_ZH]
_NAME_EN = [(code, skipping(re.compile(rf"\b(?:{words})\b[^.,;:]{{0,40}}?\b{_AGREEMENT_EN}\b", re.I)))
            for code, words in _FIELDS_EN]


# a signing verb between the field word and the agreement: the word names the signer (a "Department of
# Culture and Sports signed a memorandum"), not the agreement
_SIGNER_EN = re.compile(r"\b(?:sign(?:s|ed|ing)?|inked|concluded)\b", re.I)


def agreement_fields(clause: str) -> list[str]:
    """The specific categories (culture, education, sport, training) an agreement named in a signing
    clause is about, read off its name (签署朝鲜族传统文化保护与交流合作意向书, "signed a tourism
    cooperation agreement"); none where the name also names trade, investment or another sector."""
    out = []
    for code, rx in (_NAME_EN if clause.isascii() else _NAME_ZH + _NAME_EN):
        m = rx.search(clause)
        while m is not None and _SIGNER_EN.search(m.group(0)):  # the signer's name ("… and Sports signed an MoU")
            m = rx.search(clause, m.start() + 1)
        if m is not None:
            a = max(clause.rfind(c, 0, m.start()) for c in "签簽，,。；;:：") + 1  # the name from its signing verb
            if _GENERAL.search(clause, a, m.end()) is None:
                out.append(code)
    return out


# an agreement on a field AND another sector, coordinated (旅游和农业合作谅解备忘录, "an MOU on tourism and
# agriculture"): a general agreement, whatever the field's word votes (rule 4); not a field's agreement that
# names a sector as its subject (农业技术人员培训合作协议: training)
_FIELD_WORDS_ZH = "|".join(words for _, words in _FIELDS_ZH)
_FIELD_WORDS_EN = "|".join(words for _, words in _FIELDS_EN)
_SECTOR_ZH = "经贸|經貿|经济|經濟|贸易|貿易|投资|投資|产业|產業|农业|農業|林业|林業|渔业|漁業|科技|能源|物流|交通|卫生|衛生|医疗|醫療"
_SECTOR_EN = r"trade|econom\w*|investment|industr\w*|agricultur\w*|farming|fisher\w*|energy|logistics|technolog\w*|health"
_AND_ZH = "(?:和|与|與|及|以及|、)"
_COORDINATED = (
    skipping(re.compile(rf"(?:(?:{_FIELD_WORDS_ZH}){_AND_ZH}(?:{_SECTOR_ZH})|(?:{_SECTOR_ZH}){_AND_ZH}(?:{_FIELD_WORDS_ZH}))"
                        rf"[^，。；,;：:]{{0,12}}?{_AGREEMENT_ZH}")),
    skipping(re.compile(rf"\b{_AGREEMENT_EN}\s+(?:on|for|covering)\s+(?:[\w-]+\s+){{0,3}}?(?:(?:{_FIELD_WORDS_EN}),?\s+"
                        rf"(?:and|&)\s+(?:{_SECTOR_EN})|(?:{_SECTOR_EN}),?\s+(?:and|&)\s+(?:{_FIELD_WORDS_EN}))\b", re.I)))


def general_agreement(clause: str) -> bool:
    """Whether a signing clause names an agreement on a field and another sector together
    (签署旅游和农业合作谅解备忘录, "signed an MOU on tourism and agriculture cooperation").

    >>> general_agreement("双方签署旅游和农业合作谅解备忘录"), general_agreement("签署农业技术人员培训合作协议")
    (True, False)
    """
    return any(rx.search(clause) is not None for rx in _COORDINATED)


# an event of a field a delegation's trip attends (出席中老旅游年系列活动, 出席…文艺演出, "attended the
# opening of the Year of Culture"): part of the trip (rule 3). A troupe's own tour (艺术团赴韩国巡演)
# has no delegation and is the cultural act itself.
_TROUPE = skipping(re.compile(r"艺术团|藝術團|歌舞团|歌舞團|演出团|演出團|剧团|劇團|乐团|樂團|杂技团|雜技團|合唱团|合唱團|"
                              r"\b(?:troupe|orchestra|ensemble|choir|band|artists|performers)\b", re.I))


def troupe_trip(lead: str) -> bool:
    """Whether the lead's trip is a troupe's or artists' (艺术团赴韩国巡演, "a troupe toured"):
    the cultural act itself, not a delegation attending a cultural event (rule 3)."""
    return _TROUPE.search(lead) is not None


_SAR = skipping(re.compile(r"台湾|臺灣|台胞|臺胞|港澳|香港|澳门|澳門|两岸|兩岸|海峡|海峽|[闽閩琼瓊浙苏蘇沪滬鲁魯桂湘粤粵]台|"
                           r"\b(?:Taiwan|Hong Kong|Macao|Macau|cross-Strait)\b", re.I))


def sar_party(lead: str) -> bool:
    """Whether the lead names Hong Kong, Macao or Taiwan (闽台青年文化交流营, 港澳, "Taiwan"): their
    side engages although no foreign country is named (TAXONOMY §2 lists them apart)."""
    return _SAR.search(lead) is not None


# a cultural or sports event of China's own peoples and places (朝鲜族文化节, 那达慕, 民俗文化旅游节):
# with no foreign party named it is no foreign engagement (TAXONOMY §3: null)
DOMESTIC_EVENT_LABELS = ("cultural_exchange", "sports_exchange")
