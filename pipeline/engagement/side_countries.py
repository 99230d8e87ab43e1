"""Countries an act page names beside its act, and countries whose officials take part in it.

A readout of one act names other countries on the way: China's own envoy to a third country
(中国驻泰国大使, "the Chinese Ambassador to Thailand"), a trip or a tie recalled (双方回顾了去年访问泰国时的
成果, "He recalled his visit to Thailand last year"; 此前，吉林已与朝鲜罗先市开展旅游合作), a trade statistic
(对俄出口同比增长, "trade with Thailand grew", "its second-largest trading partner after Japan"), the far end
of a train or flight route (昆明经万象至曼谷的客运班列, "trains from Kunming to Bangkok"), a future event's
venue the two sides agreed on (双方商定下月共同出席在蒙古国举行的展会), a firm's business elsewhere (该企业在
印度尼西亚和马来西亚均有投资, "built by a Thai company"). None of them is a partner of the act
(TAXONOMY §2: a country merely mentioned as background). :func:`side_country` tells them apart for
``resolve.country_role``; :data:`SIDE_WORDS` is the cheap gate that sentence must pass first.

The other way round, a sentence that names a foreign official by post with a word of taking part
(马来西亚副总理、柬埔寨副首相等东盟国家领导人出席, "Nepal's deputy prime minister spoke at the opening") names
a participant of the event, never a country in passing: :func:`present_sentence` (qpart's grid).

    >>> t = "5月18日，副省长会见中国驻泰国大使。"
    >>> side_country(t, t.index("泰国"), t.index("泰国") + 2, 0, len(t))
    True
    >>> t = "王予波回顾了去年访问泰国时的成果。"
    >>> side_country(t, t.index("泰国"), t.index("泰国") + 2, 0, len(t))
    True
    >>> t = "Nepal's deputy prime minister spoke at the opening."
    >>> present_sentence(t, 0, len(t), [(0, 5)])
    True
"""

from __future__ import annotations

import re
from typing import Sequence

from ..rx import skipping

# the gate: a sentence holding none of these cannot hold a side country (Chinese; English is always read)
SIDE_WORDS = re.compile("驻|駐|回顾|回顧|忆及|憶及|回忆|回憶|追忆|此前|早前|先前|出口|进口|進口|贸易|貿易|投资|投資|增速"
                        "|至|经|經|往|商定|約定|约定|承建|该企业|该公司|该集团|該企業|該公司|該集團")

# --- China's own mission in a third country
_ZH_OWN_MISSION = re.compile(r"(?:中国|中國|我国|我國|中华人民共和国|中華人民共和國)(?:常)?[驻駐]\s*$")
_EN_OWN_MISSION = re.compile(
    r"(?:\b(?:Chinese|China's|China’s|PRC)\s+(?:(?:Deputy|Acting)\s+)?(?:Ambassador|Embassy|Consul(?:ate)?(?:[- ]General)?"
    r"|envoy|mission|Consul)\s+(?:to|in)|\b(?:Ambassador|Consul[- ]General|envoy)\s+of\s+China\s+(?:to|in))\s+(?:the\s+)?$",
    re.I)

# --- a trip or tie recalled
_ZH_RECALL = re.compile(r"回顾|回顧|忆及|憶及|回忆|回憶|追忆|追憶")
_ZH_PAST = re.compile(r"去年|前年|上次|此前|曾|年前|历程|歷程|\d{4}年|当年|當年|往届|往屆|上届|上屆")
_EN_RECALL = re.compile(r"\b(?:recall(?:ed|ing|s)?|looked\s+back|looking\s+back|reminisc\w*)\b", re.I)
_EN_PAST = re.compile(r"\b(?:last\s+year|in\s+(?:19|20)\d\d|earlier|previous(?:ly)?|past|ago|history|once)\b", re.I)
_ZH_EARLIER_HEAD = re.compile(r"^\s*(?:此前|此前不久|早前|先前|之前|前不久)")
_ZH_DONE = re.compile(r"已|曾")
_EN_EARLIER = re.compile(r"\bhad\s+(?:earlier|previously|already|once)\b[^;]*$"
                         r"|\b(?:after\s+)?return(?:ed|ing)\s+from\s+(?:(?:a|an|his|her|their|its)\s+)?(?:\w+\s+){0,2}?"
                         r"(?:(?:visit|trip|tour|mission)\s+to\s+)?(?:the\s+)?$", re.I)

# --- a trade statistic
_ZH_STAT_BEFORE = re.compile(r"(?:对|對|与|與|同|从|從|自)\s*$")
_ZH_STAT_AFTER = re.compile(r"^\s*(?:的)?(?:进出口|進出口|出口|进口|進口|双边贸易|雙邊貿易|贸易|貿易|投资|投資|增速)")
_ZH_STAT = re.compile(r"\d|亿|億|同比|增长|增長|增速|下降|占比|佔比|贸易伙伴|貿易夥伴")
_EN_STAT_BEFORE = re.compile(r"\b(?:trade|exports?|imports?|shipments?|investments?)\s+(?:with|to|from|in)\s+(?:the\s+)?$", re.I)
_EN_STAT = re.compile(r"\d|percent|\bgr[eo]w|\brose\b|\bfell\b|increas|exceed|billion|million|largest|faster|slower", re.I)
# a statistic is a side of an act only after one is told (a page that only gives the statistic names its trade
# partner: real-dev-0003)
_ACT_BEFORE = re.compile(r"会见|會見|会谈|會談|会晤|會晤|签署|簽署|访问|訪問|\b(?:met|meets|held\s+talks|signed|visited)\b")
_PARTNER_STAT = re.compile(r"(?:trading|trade)\s+partners?|贸易伙伴|貿易夥伴", re.I)

# --- the far end of a route
_ZH_ROUTE_BEFORE = re.compile(r"(?:至|到|经|經|往|直达|直達|通往)\s*$")
_ZH_ROUTE_AFTER = re.compile(r"^[^，。；,;]{0,6}?(?:班列|列车|列車|货运|貨運|客运|客運|航线|航線|航班|铁路|鐵路|公路|专列|專列|物流通道)")
_EN_ROUTE_BEFORE = re.compile(r"\b(?:from\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:to|via)|via\s+[A-Z][\w'’-]+\s+to)\s+(?:the\s+)?$")
# a route opened is the act itself (钦州港至越南海防港航线正式开通: a project with Vietnam, dev-b-0003)
_LAUNCH = re.compile(r"开通|開通|开行|開行|首发|首發|首航|启动|啟動|通车|通車|投运|投運|\b(?:launch\w*|inaugurat\w*|maiden|opened)\b", re.I)
_TALKS = re.compile(r"交换意见|交換意見|商讨|商討|探讨|探討|磋商|研究推进|\bdiscuss\w*|\btalks\s+on\b", re.I)  # (a launch talked about)
_EN_TRANSPORT = re.compile(r"\b(?:trains?|freight|flights?|routes?|rail(?:way)?s?|services?|passenger|cargo|shipping|trucks?|logistics)\b",
                           re.I)

# --- a future event's venue agreed on
_ZH_AGREED_VENUE = re.compile(r"(?:商定|约定|約定|同意)[^，。；]{0,16}?在\s*$")
_ZH_HELD_AFTER = re.compile(r"^\s*(?:举行|舉行|举办|舉辦|召开|召開)")
_EN_AGREED = re.compile(r"\bagreed\s+to\s+(?:attend|hold|visit|host|co-host|join)\b[^.;]{0,60}?\bin\s+(?:the\s+)?$", re.I)

# --- a firm's business elsewhere
_ZH_FIRM_CLAUSE = re.compile(r"(?:该|該)(?:企业|企業|公司|集团|集團)[^，。；]{0,6}在[^，。；]*$")
_ZH_FIRM_AFTER = re.compile(r"^[^，。；]{0,12}?(?:投资|投資|设厂|設廠|业务|業務|分公司|工厂|工廠|布局)")
_ZH_BUILT_BY = re.compile(r"由\s*$")
_ZH_BUILDER_AFTER = re.compile(r"^\s*(?:企业|企業|公司|集团|集團)[^，。；]{0,4}?(?:承建|建设|建設|投资建设|投資建設|运营|運營)")
_EN_FIRM = re.compile(r"\b(?:has|have|had|with)\s+(?:\w+\s+)?(?:investments?|operations|branches|plants|factories|subsidiaries|"
                      r"businesses)\s+in\s+(?:\w+\s+)?(?:the\s+)?$|\b(?:built|operated|run|developed)\s+by\s+(?:a|an|the)\s+$", re.I)

_CLAUSE_STOP = "，。；！？,;!?\n"
# a list's later items: 对日本、韩国出口 reads 日本 with the words after 韩国; "in Indonesia and Malaysia" reads
# Malaysia with the words before Indonesia
_ZH_LIST_AFTER = re.compile(r"(?:\s*[、和及与與]\s*[^，。；、和及与與\s]{1,8}?)+(?=\s*(?:的)?(?:进出口|進出口|出口|进口|進口|双边|雙邊|贸易|貿易|投资|投資|增速"
                            r"|[^，。；]{0,10}?(?:投资|投資|设厂|設廠|业务|業務)))")
_ZH_SEPS = "、和及与與"
_ZH_HEAD_ENDS = "对對与與同从從自至到经經往由在"


def _zh_list_head(before: str) -> str:
    """``before`` up to the first item of the Chinese list whose later item follows it (广西对马来西亚、 ->
    广西对): the frame word before a list reads every item."""
    while before and before[-1] in _ZH_SEPS:
        for n in range(2, 9):
            if n + 1 < len(before) and before[-(n + 2)] in _ZH_HEAD_ENDS:
                before = before[:-(n + 1)]
                break
        else:
            return before
    return before


_EN_LIST_BEFORE = re.compile(r"(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))+$")


def _clause_start(text: str, a: int, start: int) -> int:
    i = start
    while i > a and text[i - 1] not in _CLAUSE_STOP:
        i -= 1
    return i


def _sent_head(text: str, a: int, start: int) -> int:
    i = start
    while i > a and text[i - 1] not in "。！？!?\n":
        i -= 1
    return i


def side_country(text: str, start: int, end: int, a: int, b: int) -> bool:
    """Whether the country named at ``text[start:end]`` (in the sentence ``text[a:b]``) is one of the
    side countries of the module's docstring: background, no partner of the act."""
    ascii_name = text[start:end][:1].isascii()
    before = text[max(a, start - 60):start]
    after = text[end:min(b, end + 30)]
    if ascii_name:
        listed = _EN_LIST_BEFORE.search(before)
        before = before[:listed.start()] if listed else before
    else:
        listed = _ZH_LIST_AFTER.match(after)
        after = after[listed.end():] if listed else after
        before = _zh_list_head(before)
    clause_end = min((i for i in (text.find(c, end, b) for c in _CLAUSE_STOP) if i >= 0), default=b)
    clause = text[_clause_start(text, a, start):start]
    sentence = text[a:b]
    after_act = _ACT_BEFORE.search(text, 0, _clause_start(text, a, start)) is not None
    routed = _LAUNCH.search(sentence) is None or _TALKS.search(sentence) is not None
    if not ascii_name:
        if _ZH_OWN_MISSION.search(before[-10:]):
            return True
        if _ZH_RECALL.search(clause) and _ZH_PAST.search(text[_clause_start(text, a, start):clause_end]):
            return True
        head = text[_sent_head(text, a, start):start]
        if _ZH_EARLIER_HEAD.match(head) and _ZH_DONE.search(head):
            return True
        if ((_ZH_STAT_BEFORE.search(before[-2:]) or text[start] in "对對") and _ZH_STAT_AFTER.match(after)
                and _ZH_STAT.search(sentence) and after_act):
            return True
        if _PARTNER_STAT.search(sentence) and _ZH_STAT.search(sentence) and after_act:
            return True
        if _ZH_ROUTE_BEFORE.search(before[-3:]) and _ZH_ROUTE_AFTER.match(after) and routed:
            return True
        if _ZH_AGREED_VENUE.search(clause) and _ZH_HELD_AFTER.match(after):
            return True
        if _ZH_FIRM_CLAUSE.search(clause) and _ZH_FIRM_AFTER.match(after):
            return True
        return _ZH_BUILT_BY.search(before[-2:]) is not None and _ZH_BUILDER_AFTER.match(after) is not None
    if _EN_OWN_MISSION.search(before):
        return True
    en_clause = text[max(a, start - 160):start].rsplit(";", 1)[-1]
    en_clause = en_clause[:len(en_clause) - (len(text[max(a, start - 60):start]) - len(before))]  # (a list's head kept)
    if _EN_RECALL.search(en_clause) and _EN_PAST.search(en_clause + text[end:min(b, end + 30)]):
        return True
    if _EN_EARLIER.search(en_clause):
        return True
    if (_EN_STAT_BEFORE.search(before) or _PARTNER_STAT.search(sentence)) and _EN_STAT.search(sentence) and after_act:
        return True
    if _EN_ROUTE_BEFORE.search(before) and _EN_TRANSPORT.search(sentence) and routed:
        return True
    if _EN_AGREED.search(before):
        return True
    return _EN_FIRM.search(before) is not None


# --- officials taking part in an event, named by post after their country
_ZH_POST = re.compile(r"[^，。；、]{0,6}?(?:总统|總統|总理|總理|首相|副总理|副總理|副首相|国王|國王|议长|議長|部长|部長|副部长|副部長"
                      r"|大臣|国务秘书|國務秘書|大使|总领事|總領事|领事|領事|省长|省長|州长|州長|市长|市長|知事|府尹|官员|官員|代表|嘉宾|嘉賓)")
_ZH_TAKE_PART = re.compile(r"出席|参加|參加|与会|與會|致辞|致辭|讲话|講話|发言|發言|陪同|在座|见证|見證|莅临|蒞臨")
_EN_POST = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}?(?:president|prime\s+minister|premier|king|speaker|minister|ambassador"
                      r"|consul(?:[- ]general)?|governor|mayor|officials?|delegates?|envoys?)\b", re.I)
_EN_TAKE_PART = skipping(re.compile(r"\b(?:attended|spoke|addressed|delivered|was\s+present|were\s+present|joined|witnessed"
                                    r"|accompanied|was\s+among|were\s+among|took\s+part|presided)\b", re.I))


def present_sentence(text: str, a: int, b: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the sentence ``text[a:b]`` names a foreign official by post right after a country
    named at one of ``spans`` (its country mentions) with a word of taking part: the country's
    officials attend the event, so the country is not named in passing."""
    for s, e in spans:
        if not a <= s < b:
            continue
        if text[s:e][:1].isascii():
            if _EN_POST.match(text, e, b) and _EN_TAKE_PART.search(text, a, b):
                return not _EN_OWN_MISSION.search(text, max(a, s - 60), s)
        elif _ZH_POST.match(text, e, b) and _ZH_TAKE_PART.search(text, a, b):
            return not _ZH_OWN_MISSION.search(text, max(a, s - 10), s)
    return False


def present_sentences(text: str, sents: Sequence[tuple[int, int]], mentions: Sequence, sis: Sequence[int]) -> set[int]:
    """The indexes ``si`` of ``sis`` (the sentence of each of ``mentions``, a country mention) whose sentence
    ``sents[si]`` is a :func:`present_sentence`, each read with its own mentions only: one pass over the
    mentions, linear in the document (issue 17)."""
    own: dict[int, list[tuple[int, int]]] = {}
    for m, si in zip(mentions, sis):
        own.setdefault(si, []).append((m.start, m.end))
    return {si for si, spans in own.items() if present_sentence(text, *sents[si], spans)}
