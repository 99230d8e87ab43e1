"""Attributes of one engagement (TAXONOMY §3b): direction, venue, official, counterpart,
level and date, each with the :class:`~pipeline.schemas.Provenance` that decided it.

Pure functions over the original text, the segment's sentence spans and the place and
title mentions inside them.

Example:
    >>> t = "云南省委书记在昆明会见越南驻华大使"
    >>> d, p = direction(t, [(0, len(t))], [], "high_level_meeting", venue_code="CN-YN")
    >>> d, p.rule
    ('inbound', 'venue_in_china')
"""

from __future__ import annotations

import re
from typing import Sequence

from .remote_cues import first_remote
from .seats_en import seat_in_en
from ..rx import skipping
from ..schemas import Mention, Provenance
from ._build import fast
from .titles import CN_MUNICIPALITIES, TitleHit, title_level
from .datelines import (COMPOUND_AFTER_EN, RECEIVES_EN, dateline_place, dateline_side, foreign_host_en,  # noqa: F401
                        earlier_trip_sentence, inferred_venue, locator_venue, not_venue_en)
from .posts import best_title  # noqa: F401  (re-exported for pairing)
from .en_wire import body_dateline_place, city_in_province_en, foreign_subject_receives_en
from .units import (CAPITALS as _CAPITALS, CITY_PARTY as _CITY_PARTY, CITY_UNIT as _CITY_UNIT,
                    COUNTY_UNIT as _COUNTY_UNIT, EN_CAPITALS, EN_CITY_AFTER, EN_CITY_PEOPLE, EN_COUNTY_AFTER,
                    EN_PEOPLE_AFTER, EN_UNIT_OF, NOT_CITY_GOV as _NOT_CITY_GOV, VENUE_ZH as _VENUE_ZH,
                    after_preposition, appositive_locator, chain_end as _chain_end, city_fao_level, en_title_unit,
                    en_unit_level, fao_unit_level, in_place_of, own_unit_level, town_in_county, venue_chain)
from .when import act_date, not_act_day, relative_date  # noqa: F401  (re-exported: the date attributes live in when.py)
from .city_pages import concurrent_city_level, district_title_level
from .missions import at_home_after, mission_in_china, mission_venue
from .titles_extra import chinese_mission_cue, conveyed, wished
from .venue_zh import abbr_stay_venue, earlier_visit_zh, visited_list_item
from .event_names import in_event_name
from .hosts_en import VISITING_GUEST_BEFORE
from .visiting_en import chinese_visitor_en

Spans = Sequence[tuple[int, int]]

def _cue(zh: str, en: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A cue as a Chinese pattern and an English one (case-insensitive), searched only in
    windows that hold that script: one alternation of both would try every branch at
    every character. Each behind :func:`pipeline.rx.skipping` (the same matches, sooner:
    several open with a lookbehind, a group or ``\\b``)."""
    return skipping(re.compile(zh)), skipping(re.compile(en, re.I))


_REMOTE = _cue(r"(?<![A-Za-z微短])(?:视频|視頻)(?!APP|App|app|客户端|客戶端|号|號|编辑|編輯|截图|截圖|影展|大赛|大賽|展映)|"  # not 南都N视频APP, 微视频影展
               r"线上(?!线下)|線上(?!線下)|云端|雲端|连线|連線|致信|致函|致电|致電|贺电|賀電|贺信|賀信|慰问电|慰問電|唁电|唁電|"
               r"复信|覆信|回信|致贺(?![词辞])|致賀(?![詞辭辞])|书面|書面|通电话|通電話|通话|通話|慰问信|慰問信",  # (not hybrid
               r"\bvideo\b|\bvirtual(?:ly)?\b|(?<!offline and )\bonline\b(?! and offline)|\bletter\b|\bmessage\b"  # events
               r"|congratulat|condolence|\bphone\b")  # 线上线下, nor 致贺词 said on site: rpcat)
_DOCUMENT_LETTER = re.compile(r"letters?\s+of\s+(?:intent(?:ion)?|intend|cooperation|understanding)", re.I)
_REMOTE_WORDS = re.compile(r"congratulat|message|致贺|致賀", re.I)  # words said at an event as well as sent
_OUTBOUND = _cue(r"出[访訪]|率[^，。；]{0,25}?(?:团|團)[^，。；]{0,12}?(?:访问|訪問|赴|出席|前往|抵达|抵達|在)|"
                 r"赴(?!京|北京|外交部|中央|国家|國家|外办|外辦|外事|省外办|各地|基层|基層)|前往|抵[达達]|飞抵|飛抵|出国|出國|当地时间|當地時間",
                 r"\bled\b[^.;]{0,60}?\bdelegation\s+to\b|\b(?:trip|tour|travell?ed|flew)\s+(?:to|of)\b|\babroad\b|"
                 r"\boverseas\b(?!\)?\s+Chinese)")  # not the "(Overseas Chinese) Affairs Office"
_INBOUND_STRONG = _cue(r"(?<![出回])[访訪][滇桂辽遼吉黑甘新藏琼瓊粤粵浙冀苏蘇闽閩鲁魯川渝沪滬津皖黔贵貴湘豫晋晉陕陝鄂赣贛陇隴疆](?![国國])|"
                       r"[来來](?:访|訪|华|華)|访华|訪華|莅临|蒞臨|[来來][滇桂辽遼吉黑蒙甘新藏琼瓊粤粵浙冀青苏蘇闽閩鲁魯宁寧川渝沪滬京津皖"
                       r"黔贵貴湘豫晋晉陕陝鄂赣贛陇隴疆]|[驻駐]华|駐華|[驻駐][沪滬穗蓉渝昆邕沈瀋哈厦廈]",
                       r"\b(?:visit(?:ed|ing|s)?|(?<!exports )(?<!shipments )(?<!flights )(?<!access )to) (?:the )?(?:People['’]s Republic of )?China\b(?![-–])")  # (PRC: rpen2; a flow's end: fen)
_INBOUND = _cue(r"到[访訪]|总领事|總領事|领事馆|領事館|一行|来华留学|來華留學|[来到][^，。；]{0,8}?(?:攻读|留学|研修|进修)", r"\bvisiting\b|\bhosted\b|\breceived\b|\bwelcomed\b|\bConsul")
_ABROAD = _cue(r"(?:中国|我国)驻(?!华)[^，。；、]{1,8}?(?:大使馆|使馆|总领事馆|总领馆|领事馆|大使|总领事|领事)|[会接]见(?:了)?中国(?![—\-–－·(（]|东盟|人民|国际|国家|政府|企业|公司|商会|侨|留学|青年|代表|"
               r"[^，。；、]{0,8}?(?:银行|集团|公司|协会|学会|大学|学院|研究|中心|基金会|联合会))",
               r"\b(?:Chinese|China's|PRC)\s+(?:Ambassador|Embassy|Consul(?:ate)?(?:[- ]General)?)\b|"
               r"\bConsul(?:ate)?(?:[- ]General)? of (?:the People's Republic of )?China\b")
_TO_FOREIGN = re.compile(r"[^，。；,;]{0,12}?(?:(?:进行|开展|進行|開展)[^，。；,;]{0,10}?|[的][^，。；,;的]{0,8}?)(?:访问|考察|訪問)")
_CIRCUMSTANCE = re.compile(r"见证|見證|陪同|支持|帮助|幫助|协助|協助|驻|駐|参与下|參與下")  # 在越南、老挝客商的见证下: no trip
_MEETING_VERB = _cue(r"会见|會見|接见|接見|会晤|會晤|宴请|宴請", r"(?!)")  # (Chinese only: "met" is as often abroad)
_HOSTED = ("training", "forum_expo", "multilateral_meeting", "cultural_exchange", "sports_exchange",
           "educational_exchange")
_HOSTING = _cue(r"举办|主办|承办|举行|开幕|开营|开班|召开|入读|来华留学|舉辦|主辦|承辦|舉行|開幕|開營|開班|召開|入讀|來華留學",
                r"\bhost(?:s|ed|ing)?\b|\bopen(?:s|ed)\b|\bheld\b|\bstaged?\b|\bwelcomed\b|\btook part in\b")
_LATIN, _CJK = re.compile("[A-Za-z]"), re.compile("[\u3400-\u9fff]")
_VISIT_VERB = re.compile(r"访问|考察|出席|参加|来到|到访|赴|\bvisit(?:ed|s|ing)?\b|\btour(?:ed|s|ing)?\b|\bin\b|\bat\b|\bto\b",
                         re.I)


_LIST_AFTER = re.compile(r"^[^，。；,;]{0,6}?(?:、|和|及|与|\band\b|,\s*[A-Z])")
_LIST_SEP = re.compile(r"^\s*(?:[、,，/]|和|及|与|\band\b)\s*$")
_CAPITAL_VENUE = re.compile(r"赴京|赴北京|进京|[赴到]外交部|走访外交部|拜访外交部|"
                            r"在京(?=会见|會見|会晤|會晤|拜会|拜會|拜访|拜訪|出席|参加|參加|举行|舉行|举办|舉辦|签署|簽署|期间|期間)")  # 在京会见
def _in(spans: Spans, pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def _prov(source: str, rule: str, text: str | None = None, start: int | None = None, end: int | None = None,
          score: float = 1.0) -> Provenance:
    return fast(Provenance, {"source": source, "rule": rule, "text": text, "start": start, "end": end,
                             "score": score})


_VISIT_ZH = _VENUE_ZH + ("访问", "訪問", "出访", "出訪", "到访", "到訪", "访", "訪", "来", "來")  # (来广州参会)
_VISITED_EN = re.compile(r"(?:\b(?:visited|toured)\s+(?:the\s+)?"  # "visited Fujian this week"
                         r"|\b(?:in|at)\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+,\s*)$")  # "in Rockville, Maryland"
_NATIONAL_VISIT = re.compile(r"习近平|習近平|国家主席|國家主席|总书记|總書記|国家领导人|國家領導人|国务院总理|國務院總理")  # 习近平主席访问X前夕: context


_ABBR_COUNTRY = {"越": "VNM", "老": "LAO", "日": "JPN", "韩": "KOR", "韓": "KOR", "俄": "RUS", "泰": "THA", "缅": "MMR",
                 "緬": "MMR", "柬": "KHM", "朝": "PRK", "英": "GBR", "法": "FRA", "德": "DEU", "美": "USA",
                 "荷": "NLD", "葡": "PRT", "菲": "PHL", "埃": "EGY", "希": "GRC"}  # not 蒙 哈 吉 (Inner Mongolia, Harbin, Jilin), 澳, 意
_ABBR_VISIT = re.compile(r"(?:访|訪|赴|在)(" + "|".join(_ABBR_COUNTRY) + r")(?:期间|期間|访问|訪問|时|時|[，,。；、并並])")
_OFFICE_IN = re.compile(r"\b(?:Office|Affairs|Consulate|Consulate[- ]General|Commissioner|Embassy|Mission|Bureau|"
                        r"Representative|Consul[- ]General|Consul)\s+in\s+(?:the\s+)?$")
_CITY_GOV_OF = re.compile(r"\b(?:municipal|city|prefectur(?:e|al))\s+(?:people's\s+)?government\s+of\s+$", re.I)
_TRIP_DURING = re.compile(r"[^，。；,;]{0,12}?(?:期间|期間)")
_DURING_TRIP_EN = re.compile(r"\bduring\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour)\s+to\s+$", re.I)
_DURING = re.compile(r"(?:时|時|期间|期間)")
_CIRCUMSTANCE = re.compile(r"[^，。；,;在]{0,20}?(?:见证下|見證下|框架下|背景下|推动下|推動下|支持下|带领下|帶領下|陪同下|关心下|關心下)")


def venue(text: str, spans: Spans, places: Sequence[Mention]) -> tuple[str | None, Provenance | None]:
    """An explicit venue: a place right after 在/于/赴/抵达/访问/in/at/to (first one wins:
    代表团访问苏丹，…回访在山东接受过培训的学员 is in Sudan)."""
    several: Provenance | None = None  # a trip to several countries: only a later 在X / "in X" names the act's venue
    for i, m in enumerate(places):
        if m.label not in ("province", "country") or not _in(spans, m.start):
            continue
        if several is not None and (m.start < several.end or not after_preposition(
                text, m.start, chinese=("在", "于", "於"), english=(" in", " at", " in the", " at the"))):
            continue  # 访问泰国、马来西亚期间，在曼谷会见: Bangkok
        if (m.role == "locator" and m.code in _SAR_CODES and text[m.start - 1:m.start] in ("(", "（")
                and _VISITED_ORG.search(text, max(0, m.start - 16), m.start)):
            return m.code, _prov("mention", "visited_body_in_sar", m.text, m.start, m.end, 0.7)  # 到访中葡论坛（澳门）秘书处
        if m.role == "locator" and not (m.label == "province" and locator_venue(text, m.start)):
            continue  # 驻沪, 中葡论坛（澳门）: a seat; but 在北京举办, 赴上海拜访, "talks in Beijing": the venue
        if ((text[m.start - 1:m.start] in ("对", "對") or m.text.startswith(("对", "對")))
                and _TO_FOREIGN.match(text, m.end, m.end + 30)
                and not _NATIONAL_VISIT.search(text, max(0, m.start - 14), m.start)):
            return m.code, _prov("mention", "visit_to_place", m.text, m.start, m.end, 0.85)  # 对阿穆尔州进行了访问
        if (s := mission_venue(text, m, places) if m.label == "country" and m.code != "CHN" else None) is not None:
            if s[1] is not None:  # "at the Lao Embassy (in Beijing)", 在老挝驻昆明总领事馆: a foreign mission in China
                return s
            continue  # "at the Lao Consulate General": in the province that hosts it
        if ".compound" in (m.entry or "") or ".reverse_compound" in (m.entry or ""):
            continue  # 在中越两国人民欢度新春之际: a China–X compound names no place
        if text[m.start - 1:m.start] == "在" and _CIRCUMSTANCE.match(text, m.end):
            continue  # 在中越两国领导人的见证下, 在云南省委的支持下: a circumstance, no place
        if (_OFFICE_IN.search(text, max(0, m.start - 40), m.start)
                or m.text.isascii() and (not_venue_en(text, m.start) or appositive_locator(text, m.start)
                                         or seat_in_en(text, m.start) or COMPOUND_AFTER_EN.match(text, m.end))):
            continue  # "the Office of the Commissioner of Foreign Affairs in Macao": a seat; "flights to Manila"
        if not m.text.isascii() and (wished(text, m.start) or earlier_visit_zh(text, m.start)):
            continue  # 欢迎更多四川企业团组访问意大利: a wish, no visit; 曾访问泰国: an earlier trip
        if (after_preposition(text, m.start, chinese=_VISIT_ZH) or in_place_of(text, m.start)
                or _VISITED_EN.search(text, max(0, m.start - 40), m.start)) and (
                after_preposition(text, m.start) or not _NATIONAL_VISIT.search(text, max(0, m.start - 14), m.start)
                or _DURING.match(text, m.end)):  # 国家领导人访问越南时，…签署: during the visit, there
            j, end = i + 1, m.end  # 赴俄罗斯哈巴罗夫斯克、黎巴嫩贝鲁特: past the country's own cities
            while j < len(places) and places[j].code == m.code and places[j].start - end <= 1:
                end = places[j].end
                j += 1
            nxt = places[j] if j < len(places) else None
            if (nxt is not None and nxt.label == m.label and nxt.code != m.code and nxt.role != "locator"
                    and (_LIST_AFTER.match(text[end:nxt.start + 1]) and (nxt.start - end <= 10 or m.text.isascii())
                         or _LIST_SEP.match(text[end:nxt.start])  # (在香港舉行文化和…山東: 和 of another list)
                         or nxt.start <= end)):  # 访问以色列南非斯里兰卡 (no commas), "Hong Kong and Macao" (one compound)
                several = _prov("mention", "several_venues", text[m.start:nxt.end], m.start, nxt.end, 0.7)
                if not (_TRIP_DURING.match(text, nxt.end) or _DURING_TRIP_EN.search(text, max(0, m.start - 40), m.start)):
                    return None, several  # the trip itself is the act: "led a delegation to Serbia and Hungary"
                continue  # 访问泰国、马来西亚期间，在曼谷会见: the act during the trip is in Bangkok
            return m.code, _prov("mention", "venue_after_preposition", m.text, m.start, m.end, 0.9)
    if several is not None:
        return None, several
    b = spans[-1][1] if spans else 0
    for a_, b_ in spans[:1]:
        c = _ABBR_VISIT.search(text, a_, b)
        if c:  # 率团访越期间, 访韩, 在俄期间: a country's one-character name after a visit verb
            return _ABBR_COUNTRY[c.group(1)], _prov("cue", "visit_to_country_abbreviation", c.group(0), c.start(),
                                                  c.end(), 0.75)
        if (z := abbr_stay_venue(text, a_, b)) is not None:
            return z  # 在闽期间，副省长会见: the stay in Fujian
        c = _CAPITAL_VENUE.search(text, a_, b)
        if c:  # 赴外交部走访, 进京: the central government's seat
            return "CN-BJ", _prov("cue", "central_government_venue", c.group(0), c.start(), c.end(), 0.7)
    return None, None


def direction(text: str, spans: Spans, places: Sequence[Mention], category: str | None, *,
              venue_code: str | None = None, counterpart: TitleHit | None = None
              ) -> tuple[str | None, Provenance | None]:
    """inbound / outbound / remote / domestic from the category, remote cues, the venue and
    the verbs (visit + a foreign place → outbound; 来访, 驻华 → inbound)."""
    if category == "domestic_coordination":
        return "domestic", _prov("rule", "category_domestic", score=0.9)
    if category == "greeting" and venue_code is None:
        return "remote", _prov("rule", "category_greeting", score=0.8)
    if not spans:
        return None, None
    a, b = spans[0][0], spans[-1][1]  # the lead clauses are contiguous
    scripts = (_CJK.search(text, a, b) is not None, _LATIN.search(text, a, b) is not None)

    def find(cue: tuple[re.Pattern[str], re.Pattern[str]]) -> re.Match[str] | None:
        for rx, present in zip(cue, scripts):
            m = rx.search(text, a, b) if present else None
            if m:
                return m
        return None

    m = first_remote((x for rx, on in zip(_REMOTE, scripts) if on for x in rx.finditer(text, a, b)
                      if not _DOCUMENT_LETTER.match(text, x.start())), text, venue_code)  # a letter of intent is signed
    if m and venue_code is not None and category != "greeting" and (
            _REMOTE_WORDS.fullmatch(m.group(0)) or _DOCUMENT_LETTER.match(text, m.start())):
        m = None  # "signed a letter of intent in Haikou": a document signed there  # "a congratulatory letter was read at the opening in Rockville, Maryland": the act is there
    elif m and category == "high_level_meeting" and _REMOTE_WORDS.fullmatch(m.group(0)):
        # "met the new consul general and congratulated him on taking office": said at the meeting;
        # a remote cue of its own (video, phone, letter) still makes the meeting remote
        m = next((x for rx, present in zip(_REMOTE, scripts) if present for x in rx.finditer(text, a, b)
                  if not _REMOTE_WORDS.fullmatch(x.group(0))), None)
    if m and m.start() >= spans[0][1] and category != "greeting" and (any(p.code == venue_code and a <= p.start < spans[0][1] and (
            p.label == "country" or after_preposition(text, p.start)) for p in places) or any(rx.search(text, a, spans[0][1]) for rx in _OUTBOUND)):
        m = None  # a video call or a letter told after a located act or a trip in the lead ("met … in Haikou.")
    if m:
        return "remote", _prov("cue", "remote_cue", m.group(0), m.start(), m.end(), 0.9)
    if venue_code is not None:
        if venue_code.startswith("CN-"):
            return "inbound", _prov("rule", "venue_in_china", venue_code, score=0.9)
        return "outbound", _prov("rule", "venue_abroad", venue_code, score=0.9)
    m = find(_ABROAD)
    if m:  # China's embassy or consulate takes part, or a foreign leader receives the Chinese side
        return "outbound", _prov("cue", "chinese_mission_or_foreign_host", m.group(0), m.start(), m.end(), 0.75)
    if scripts[0] and (c := chinese_mission_cue(text, places, a, b)) is not None:  # 驻蒙古大使会见到蒙访问的…
        return "outbound", _prov("mention", "chinese_mission_abroad", c.text, c.start, c.end, 0.75)
    if counterpart is not None and counterpart.side == "foreign" and counterpart.code != "diplomat" and scripts[0]:
        r = _FOREIGN_HOST_ZH.match(text, counterpart.end, b)
        if r and any(p.label == "province" and p.role != "locator" and r.end() <= p.start <= r.end() + 40  # (fzh: 会见了前来…的)
                     and not _CLAUSE_STOP.search(text, r.end(), p.start) for p in places):
            # 越南广宁省委书记会见了到访的广西防城港市委书记: the foreign leader receives the Chinese side
            return "outbound", _prov("cue", "foreign_leader_receives", r.group(0), r.start(), r.end(), 0.7)
    m = find(_INBOUND_STRONG)
    if m:
        return "inbound", _prov("cue", "inbound_verb", m.group(0), m.start(), m.end(), 0.85)
    m = find(_OUTBOUND)
    if m and (m.group(0).isascii() and (_CHINA_NEXT.match(text, m.end()) or any(
            p.label == "province" and p.role != "locator" and m.end() <= p.start <= m.end() + 8 for p in places))
            or not m.group(0).isascii() and any(p.label == "province" and (p.start == m.start() or p.start >= m.end() and text[
                m.end():p.start] in ("", "了")) for p in places)):  # (访问了北京和杭州)
        # "led a delegation to visit Shantou", "a tour of China's southernmost province", 代表团赴苏州考察,
        # 抵达昆明: a trip into China
        return "inbound", _prov("cue", "trip_into_china", m.group(0), m.start(), m.end(), 0.75)
    if m:
        return "outbound", _prov("cue", "outbound_verb", m.group(0), m.start(), m.end(), 0.8)
    if scripts[0] and (k := mission_in_china(text, a, b, places)) is not None:  # 应越南驻南宁总领事馆邀请，出席…
        return "inbound", k
    if scripts[1] and (k := chinese_visitor_en(text, places, a, b, counterpart)) is not None:  # (qattr) "met visiting
        return "outbound", k  # Yunnan Party Secretary …", "… was received by Lao Prime Minister …": the Chinese side travels
    for p in places:
        if (not a <= p.start < b or p.label not in ("country", "province") or p.role == "locator"
                or text.rfind("。", a, p.start) >= 0 and earlier_trip_sentence(text, p.start)):  # (pzh) a later
            # sentence's recalled trip (双方回顾了去年访问阿穆尔州时…) is not this act's direction
            continue
        if (p.label == "country" and (text[p.start - 1:p.start] == "对" or p.text.startswith("对"))
                and _TO_FOREIGN.match(text, p.end, p.end + 30)):
            return "outbound", _prov("mention", "visit_to_foreign_place", p.text, p.start, p.end, 0.8)  # 对X进行访问
        if p.label == "province" and text[p.start - 1:p.start] in ("来", "來") and p.start > a:
            return "inbound", _prov("mention", "come_to_chinese_place", p.text, p.start, p.end, 0.8)  # 来呼和浩特
        if (".compound" in (p.entry or "") or ".reverse_compound" in (p.entry or "") or at_home_after(text, p.end)
                or not p.text.isascii() and wished(text, p.start)):
            continue  # 参加中蒙博览会: a China–X compound names no place visited; 出席越南国庆招待会: at home
        before = text[max(0, p.start - 12):p.start].rstrip().removesuffix("了")  # 访问越南 / "visited Vietnam" / 访问了云南
        v = next(reversed(list(_VISIT_VERB.finditer(before))), None)  # the last one ("the visiting X": no trip)
        if (v and before.endswith(v.group(0)) and not _NATIONAL_VISIT.search(before)  # 习近平主席访问X前夕
                and not (p.text.isascii() and not_venue_en(text, p.start))
                or p.label == "country" and before.endswith(("在", "於")) and text[p.end:p.end + 1] == "、"
                and not _CIRCUMSTANCE.search(text, p.end, p.end + 24)):
            d = "outbound" if p.label == "country" and not VISITING_GUEST_BEFORE.search(text, max(0, p.start - 40), p.start) else "inbound"
            return d, _prov("mention", "visit_verb_place", p.text, p.start, p.end, 0.8)  # ("met visiting Lao PM …": pen)
    if counterpart is not None and scripts[1] and (
            counterpart.code in _NATIONAL_HOSTS or counterpart.code == "subnational" and counterpart.side == "foreign"):
        r = _RECEIVED_EN.match(text, counterpart.end, min(b, counterpart.end + 60)) or (
            counterpart.code in _NATIONAL_HOSTS and _MET_BY_HOST_EN.match(text, counterpart.end, min(b, counterpart.end + 60)))
        if r:  # "Prime Minister Pham Minh Chinh received Wei Tao, …", "Luang Prabang Governor received …": the host
            return "outbound", _prov("cue", "foreign_leader_receives", r.group(0).strip(), r.start(), r.end(), 0.7)
    p = (foreign_host_en(text, places, a, b) or foreign_subject_receives_en(text, places, a, b, counterpart)
         ) if scripts[1] else None  # (…, or a foreign subject receives the delegation: rpen2)
    if p is not None:  # "Governor X of Niigata Prefecture received a delegation …": the foreign host
        return "outbound", _prov("mention", "foreign_leader_of_place_receives", p.text, p.start, p.end, 0.7)
    p = dateline_place(text, places) or (body_dateline_place(text, places) if scripts[1] else None)  # (rpen2)
    if p is not None:  # "ASTANA. KAZINFORM – the Kazakh President met …"; "NANNING, Sept 17 (Xinhua) --": at home
        rule = ("foreign" if p.label == "country" else "chinese") + "_dateline"
        return dateline_side(p), _prov("mention", rule, p.text, p.start, p.end, 0.7)
    m = find(_INBOUND)
    if m:
        return "inbound", _prov("cue", "inbound_cue", m.group(0), m.start(), m.end(), 0.8)
    if category in _HOSTED:
        m = find(_HOSTING)
        if m:
            return "inbound", _prov("cue", "hosting_verb", m.group(0), m.start(), m.end(), 0.7)
    if counterpart is not None and counterpart.code == "diplomat":
        return "inbound", _prov("mention", "counterpart_diplomat", counterpart.text, counterpart.start,
                                counterpart.end, 0.7)
    if category == "high_level_meeting" or find(_MEETING_VERB):  # 会见了…代表团，双方签署…: a signing at a meeting at home
        return "inbound", _prov("default", "meeting_default_inbound", score=0.5)
    return None, None


_SAR_CODES = frozenset({"CN-HK", "CN-MO"})
_VISITED_ORG = re.compile(r"(?:到访|到訪|访问|訪問|拜访|拜訪|拜会|拜會|走访|走訪)[^，。；、]{1,12}$")
_FOREIGN_HOST_ZH = re.compile(r"[^，。；、]{0,16}?(?:会见|會見|接见|接見|会晤|會晤)(?:了)?(?:到访|到訪|来访|來訪)?(?:的)?(?:中国|中國)?")
_CLAUSE_STOP = re.compile(r"[，,。；;！？]")
_NATIONAL_HOSTS = frozenset({"head_of_state_or_government", "minister", "legislature", "party"})
_RECEIVED_EN = re.compile(r"(?:\s+(?:[A-Z][\w'’.-]*|bin|de|van|of)){0,6}?(?:\s+on\s+\w+(?:\s+\d{1,2})?)?,?\s+"
                          + RECEIVES_EN)
# a foreign national leader who is the subject of a meeting verb, no place named: the Chinese side called on him
_MET_BY_HOST_EN = re.compile(_RECEIVED_EN.pattern.removesuffix(RECEIVES_EN) + r"(?:[Mm]e(?:ets?|t)|[Hh]eld\s+(?:a\s+)?(?:meeting|talks)"
                             r"|had\s+(?:a\s+)?(?:meeting|talks))\s+with\b")
_ENTRUSTING = re.compile(r"(?:受|经)[^，。；,;]{0,20}$")
_POST_RANK = {"party_secretary": 100, "governor": 90, "deputy": 70, "fao": 50}  # as the titles' ranks


def leader_official(mentions: Sequence[Mention], title: TitleHit | None, text: str = ""
                    ) -> tuple[str, Provenance] | None:
    """The ``official`` a dated leader's name gives (王君正率团访问… → party_secretary: the post
    of ``lexicon/officials.yaml`` behind a ``province`` mention of rule ``official:<entry id>``)
    when it outranks the Chinese title found (or none was). With ``text``, a leader who only
    entrusts the act to another (受省委书记周祖翼委托，省长…) is passed over.

    >>> from pipeline.schemas import Mention
    >>> t = "受省委书记周祖翼委托，省长会见嘉宾。"
    >>> m = Mention(label="province", code="CN-FJ", text="周祖翼", start=5, end=8,
    ...             rule="official:official.CN-FJ.zhou_zuyi.party_secretary", entry="official.CN-FJ.zhou_zuyi")
    >>> leader_official([m], None, t) is None, leader_official([m], None)[0]
    (True, 'party_secretary')
    """
    for m in mentions:
        rule = m.rule or ""
        if m.label != "province" or not rule.startswith("official:"):
            continue
        if text and (_ENTRUSTING.search(text, max(0, m.start - 25), m.start) and "委托" in text[m.end:m.end + 12]
                     or conveyed(text, m.start, m.end)):
            continue  # 受…委托; 转达了彭清华书记的问候, "conveyed greetings from …": named, not acting
        post = rule.rsplit(".", 1)[-1]
        rank = _POST_RANK.get(post)
        if title is not None and title.rule == "bare_city_title" and m.code in CN_MUNICIPALITIES and rank is not None:
            return post, _prov("mention", "leader_post", m.text, m.start, m.end, 0.8)  # 市委书记李强: Shanghai's
        if rank is None or (title is not None and title.entry.rank >= rank):
            continue
        if title is not None and title.side == "chinese" and (0 <= m.start - title.end <= 2 or 0 <= title.start - m.end <= 2):
            continue  # "Governor Hu Heping", 省长张中伟: the post the text gives the person beats the lexicon's dates
        return post, _prov("mention", "leader_post", m.text, m.start, m.end, 0.8)
    if title is not None and title.rule == "bare_city_title":
        muni = next((m for m in mentions if m.label == "province" and m.role == "actor"
                     and m.code in CN_MUNICIPALITIES), None)
        if muni is not None:  # 来渝…，市长会见…: Chongqing's mayor heads a provincial-level unit
            post = title.entry.official if title.entry.id != "title.prefecture" else "deputy"
            if post in _POST_RANK:
                return post, _prov("mention", "municipality_city_title", title.text, title.start, title.end, 0.7)
    return None


def city_official(level_: str, official: str | None, title: TitleHit | None) -> str | None:
    """``municipal`` where a city or county acts (level municipal or county) and the leader's
    title the text names is not attached to a province (市委书记, 市长 after the city's name
    earlier); None to keep ``official``. A city acting without a named leader keeps None
    (TAXONOMY §3b: the official the text *names*; real-text gold codes it so)."""
    if level_ not in ("municipal", "county"):
        return None
    if official in ("party_secretary", "governor", "deputy") and (title is None or title.place is None) and not (
            title is not None and title.text.startswith(_PROVINCIAL_BODY)):  # 省委常委、市委书记: the province's post
        return "municipal"  # 市委书记 / 市长 without their city named right before them
    return None


_PROVINCIAL_BODY = ("省委", "省政府", "省人大", "省政协", "省政協", "自治区", "自治區", "区党委", "區黨委")


def title_provenance(h: TitleHit) -> Provenance:
    return _prov("mention", f"{h.entry.id}:{h.rule}", h.text, h.start, h.end, 0.9 if h.place is not None else 0.7)


def level(text: str, spans: Spans, actor_mentions: Sequence[Mention], official: TitleHit | None,
          province_mentions: Sequence[Mention] = ()) -> tuple[str, Provenance]:
    """provincial / municipal / county from the acting unit: a county or city official's
    title, else the unit the first actor names (云南省玉溪市元江县 → county, 黑龙江省大庆市 →
    municipal, 延边州 → municipal), else provincial."""
    if official is not None and not (official.rule == "bare_city_title" and any(
            m.code in CN_MUNICIPALITIES for m in actor_mentions)):  # 市委书记李强 in a Shanghai paper
        lv = district_title_level(official) or title_level(official, text) or concurrent_city_level(
            text, official.start, official.end, official.text)
        if lv == "municipal" and official.place and EN_COUNTY_AFTER.match(text, official.place.end):
            lv = "county"  # "Hekou county's party secretary"
        if not lv and official.code == "fao" and official.side == "chinese":
            lv = city_fao_level(text, official.place, CN_MUNICIPALITIES) or (  # "Suifenhe's foreign affairs office"
                not any(m.code in CN_MUNICIPALITIES and not after_preposition(text, m.start)  # (not 前往北京: a venue)
                        for m in (*actor_mentions, *province_mentions))
                and fao_unit_level(text, official.start, official.text))
        if not lv and official.side == "chinese" and official.text.isascii() and not any(
                m.code in CN_MUNICIPALITIES for m in actor_mentions):
            lv = en_title_unit(text, official.start)  # "the prefecture's governor"
        if lv:  # 州外办主任, 县外办 (not in a paper naming Chongqing: a municipality's)
            return lv, _prov("mention", "official_title_level", official.text, official.start, official.end, 0.9)
    by_end = {p.end: p for p in province_mentions}
    named = [m for m in actor_mentions if _in(spans, m.start) and not venue_chain(text, m, by_end, _VENUE_ZH)
             and not visited_list_item(text, m.start, m.end) and not in_event_name(text, m.start, m.end)
             and not _ZH_DATELINE_PLACE.match(text, m.end) and not text[max(0, m.start - 2):m.start].endswith(("本报", "本報", "社"))]
    if named:
        m = _chain_end(text, named[0], province_mentions)
        if town_in_county(text, named[0].start, m.end):  # 镇康县南伞镇与…: a town of the county acts
            return "county", _prov("mention", "county_town_actor", text[named[0].start:m.end + 1], named[0].start, m.end, 0.7)
        after = text[m.end:m.end + 40]  # " Prefecture", " County", " and the Brazilian city of"
        if m.text.isascii() and (u := EN_UNIT_OF.search(text, max(0, m.start - 30), m.start)):  # "the city of Dongxing"
            after = (" county" if u.group(1).lower() in ("county", "banner") else " city") + after
        en = en_unit_level(m.text) if m.text.isascii() and m.entry.startswith("city.") else None  # "Honghe prefecture"
        if m.text.endswith(("县", "旗")) or _COUNTY_UNIT.match(after) or en == "county" or m.text.isascii() and EN_COUNTY_AFTER.match(after):
            return "county", _prov("mention", "county_actor", m.text + after[:4], m.start, m.end, 0.8)
        if m.entry.startswith("city.") and (m.text.endswith(("市", "州", "盟", "地区")) or en or _CITY_UNIT.match(after)
                                            or m.text.isascii() and m.code not in CN_MUNICIPALITIES and EN_CITY_AFTER.match(after)
                                            or city_in_province_en(m.text, after)  # "Quanzhou in Fujian and …"
                                            or _CITY_GOV_OF.search(text, max(0, m.start - 40), m.start)
                                            or _CITY_PARTY.match(after) and not m.text.endswith(_NOT_CITY_GOV)
                                            or m.text.isascii() and not m.text.startswith(EN_CAPITALS)
                                            and not m.text.lower().endswith(("port", "pass")) and (EN_PEOPLE_AFTER.match(after) or EN_CITY_PEOPLE.search(
                                                text, max(0, m.start - 20), m.start))):  # "officials from Chongzuo"
            return "municipal", _prov("mention", "city_actor", m.text, m.start, m.end, 0.8)
        if official is not None and official.place is None and _EN_MAYOR.fullmatch(official.text) and m.entry.startswith("city.") and m.code not in CN_MUNICIPALITIES:
            # "Mayor Zhang Wei of Dalian", "Dalian's Mayor": a city's mayor (Beijing's is a governor)
            return "municipal", _prov("mention", "mayor_of_city", m.text, m.start, m.end, 0.7)
    if spans and (own := own_unit_level(text, spans[0][0], spans[-1][1])) and not any(
            m.code in CN_MUNICIPALITIES for m in (*actor_mentions, *province_mentions)):
        return own, _prov("cue", "own_unit", None, score=0.7)  # 我市与…签署, 我县 (not 我市 in a Chongqing paper)
    if official is None and all((m.entry or "").startswith("city.") for m in named):  # no unit acts but the place it
        # happens: 友谊赛在黑河市开赛, 在河口县打响 (not 在昆明市: a capital; a city in the event's name: 东兴—芒街博览会在东兴市)
        host = next((m for m in actor_mentions if _in(spans, m.start) and venue_chain(text, m, by_end, ("在", "于", "於"))), None)
        m = _chain_end(text, host, province_mentions) if host is not None else None
        if m is not None and m.entry.startswith("city.") and not m.text.startswith(_CAPITALS) and (
                m.text.endswith(("县", "縣", "旗")) or m.text.isascii() and (en_unit_level(m.text) == "county" or EN_COUNTY_AFTER.match(text, m.end))):
            return "county", _prov("mention", "county_host", m.text, m.start, m.end, 0.6)
        if m is not None and m.entry.startswith("city.") and not m.text.startswith(_CAPITALS + EN_CAPITALS) and (m.text.endswith(
                ("市", "州")) or m.text.isascii() and (en_unit_level(m.text) or _EN_CITY_WORD.match(text, m.end))
        ) and m.code not in CN_MUNICIPALITIES:  # "opened in Heihe city" (as 在黑河市; a bare "in Heihe" as 在黑河)
            return "municipal", _prov("mention", "city_host", m.text, m.start, m.end, 0.6)
    return "provincial", _prov("default", "provincial_default", score=0.6)


_EN_CITY_WORD = re.compile(r"\s+(?:city|prefecture)\b", re.I)
_CHINA_NEXT = re.compile(r"\s+(?:visit\s+)?(?:the\s+)?(?:China\b|China's|Chinese\s+(?:province|city|region)"
                         r"|(?<=the )(?:province|region|autonomous region|city|prefecture)\b(?!\s+of\b))", re.I)  # (pen: "a tour of the province")
_EN_MAYOR = re.compile(r"(?:Acting |Vice |Deputy |Executive Vice )?Mayor", re.I)
_ZH_DATELINE_PLACE = re.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:讯|訊|电|電)")  # 本报杭州10月15日讯: the reporter's city
