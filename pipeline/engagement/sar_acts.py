"""Hong Kong, Macao and Taiwan act only where the text reports them acting (TAXONOMY §2, issue 15).

TAXONOMY §2 codes ``CN-HK``, ``CN-MO`` and ``CN-TW`` as provinces only where the text treats
them as domestic units that act. Real pages name them far more often in passing:

* in a plan or a goal (进一步加强同港澳地区的交往合作, a plan's heading 深化与香港、澳门的合作交流),
  in travel statistics (全年签发赴港澳签注…万件), in an exhibitor count (40个国家、28个省
  (区、市)及港澳台400余家企业报名参展; "delegations from Taiwan, Hong Kong, Macao and the
  mainland's 31 provinces"), in a quoted remark (他说，…携手港澳推进大湾区建设): none of these
  sentences reports an act, so :func:`idle_sars` drops every SAR none of whose mentions stands in a
  sentence that does (:func:`.reading.reports_act`), where a mainland province acts in the text or
  the SAR is only the other party of ties (同港澳, 与香港、澳门: :data:`_OTHER_PARTY_BEFORE`);
* as the seat of the consuls a mainland province receives: a consular corps accredited to Hong
  Kong and Macao (驻港澳领团, 外国驻港总领事, "consuls general in Hong Kong") touring a province, the
  SAR's government organising the tour or its officials attending with them, in the sentence that
  names the consuls (:data:`_SEATED_CONSULS`): the SAR locates the guests and acts in no engagement;
* as geography: 广西与港澳地缘相近, a rail line's name (广深港高铁), a travel time (前往香港仅需5小时).

Example:
    >>> sar_seats_consuls("驻港澳领团一行应香港特区政府安排抵达南宁。")
    True
    >>> sar_geography("广西与港澳地缘相近，从南宁乘高铁前往香港仅需5小时。", 3, 5)
    True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from ..schemas import Mention
from .reading import reports_act

if TYPE_CHECKING:
    from ..analysis import Analysis

SARS = frozenset({"CN-HK", "CN-MO", "CN-TW"})
# consuls (or a consular corps) seated in Hong Kong or Macao: 驻港澳领团, 外国驻港总领事, 驻澳门总领事馆,
# "consuls general in Hong Kong", "the consular corps in Macao"
_SEATED_CONSULS = re.compile(
    r"[驻駐](?:香港|澳门|澳門|港澳|港|澳)(?:特别行政区|特別行政區|特区|特區)?[^，。；,;]{0,4}?(?:领团|領團|领事|領事|总领|總領|领馆|領館|外交官|外交人员|外交人員|使节|使節)"
    r"|\bconsul(?:s|ates?)?(?:[- ]general)?\b[^.;]{0,40}?\b(?:in|to|based in|accredited to)\s+(?:the\s+)?(?:Hong Kong|Macao|Macau)"
    r"|\bconsular corps (?:in|of) (?:Hong Kong|Macao|Macau)", re.I)
# the SAR only as the other party of ties named in a plan or a goal: 同港澳, 与香港、澳门, 对港澳
_OTHER_PARTY_BEFORE = re.compile(r"(?:同|与|與|和|跟|对|對|往来|往來|赴|至|到)\s*$")
# the SAR's people or firms as the subject (台商来昆山投资设厂, 港企, 台胞): they act, dated or not
_PEOPLE_AFTER = re.compile(r"^(?:商|胞|企|资|資|青)")
# geography, a route's name, a travel time: 与港澳地缘相近, 广深港高铁, 前往香港仅需5小时
_GEOGRAPHY_AFTER = re.compile(r"^[^，。；,;]{0,4}?(?:地缘相近|地緣相近|地理相近|毗邻|毗鄰|相邻|相鄰|隔海相望|一水之隔|只需|仅需|僅需)"
                              r"|^[^，。；,;\s]{0,2}?(?:高铁|高鐵|铁路|鐵路|大桥|大橋)")


def sar_seats_consuls(sentence: str) -> bool:
    """Whether ``sentence`` names consuls (or a consular corps) seated in Hong Kong or Macao."""
    return _SEATED_CONSULS.search(sentence) is not None


def sar_geography(text: str, start: int, end: int) -> bool:
    """Whether the SAR mention at ``[start, end)`` is named as geography: nearness, a route's name
    or a travel time (与港澳地缘相近, 广深港高铁, 前往香港仅需5小时)."""
    return _GEOGRAPHY_AFTER.match(text[end:end + 24]) is not None


def _people(text: str, m: Mention) -> bool:
    """Whether the SAR mention ``m`` names its people or firms (台商, 港企 + …, the mention itself
    or the character after it)."""
    return _PEOPLE_AFTER.match(m.text[-1:]) is not None or _PEOPLE_AFTER.match(text, m.end) is not None


def idle_sars(analysis: Analysis, actors: Sequence[Mention], sentence_of: Sequence[int]) -> set[int]:
    """Indexes (into ``actors``, the province mentions read as actors; ``sentence_of``: the
    sentence index of each) of Hong Kong, Macao and Taiwan mentions that act in nothing the text
    reports (see the module note)."""
    if not any(m.code in SARS for m in actors):
        return set()
    text = analysis.text
    lang = analysis.doc.lang or "zh"
    mainland = any(m.code not in SARS for m in actors)
    out: set[int] = set()
    acting: dict[str, list[int]] = {}
    for i, (m, si) in enumerate(zip(actors, sentence_of)):
        if m.code not in SARS:
            continue
        a, b = analysis.sentences[si]
        if sar_geography(text, m.start, m.end) or (mainland and sar_seats_consuls(text[a:b])):
            out.add(i)
            continue
        acting.setdefault(m.code, []).append(i)
    for code, idx in acting.items():
        if any(_people(text, actors[i]) or reports_act(analysis, lang, sentence_of[i]) for i in idx):
            continue
        if mainland or all(_OTHER_PARTY_BEFORE.search(text, max(0, actors[i].start - 4), actors[i].start)
                           for i in idx):
            out.update(idx)
    return out
