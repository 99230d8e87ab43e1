"""Chinese-side titles that a title's default side would read as foreign (TAXONOMY §3b
``official`` / ``counterpart``), as provincial foreign-affairs readouts write them.

* China's own envoy abroad written without 中国/我国 (驻蒙古大使邢某会见到蒙访问的…; a headline
  "驻日本使馆临时代办…"): 驻 + a foreign country, with no country before 驻, is China's mission
  there (a foreign mission in China is 驻华 or 驻 + a Chinese city: 越南驻南宁总领事).
* 领事 inside the name of consular work (海外领事保护, 领事认证, 外交部领事司): no consul.
* A party post of an organ, a school or a firm (省直机关工委副书记, 某大学党委书记): the organ's
  officer (``other``), not the province's deputy or party secretary.
* A bare national ministry's minister (外交部部长王毅, 外交部副部长程某): China's own ministry
  (a foreign one names its country: 老挝外交部部长): no counterpart, and not the province's
  acting official either (the FAO or leader who hosts the event is).
* The FAO's own consular division (省外办领事处): no consul.
* A foreign Politburo seat written with the person's local post (越共中央政治局委员、河内市委书记):
  the post acts, as China's own concurrent seats do.
* A post after a foreign unit no lexicon lists (缅甸掸邦第二特区副主席): the foreign unit's, not the
  Chinese default of 副主席.

Example:
    >>> from pipeline.lexicon import load
    >>> from pipeline.engagement.titles import compile_titles, attach
    >>> tm = compile_titles(load().title_entries)
    >>> t = "召开海外领事保护工作会议"
    >>> [(h.text, refine(attach(h, t, []), t, []).side) for h in tm.find(t, 0, len(t))]
    [('领事', 'none')]
"""

from __future__ import annotations

import re
from typing import Sequence

from ..schemas import Mention
from .titles import CN_MUNICIPALITIES, TitleHit, foreign_local
from .city_pages import cited_leader, foreign_group_mayor, unit_committee_post

# 领事 opening the name of consular work or of the ministry's consular department
_CONSULAR_WORK = re.compile(r"(?:保护|保護|服务|服務|协助|協助|认证|認證|司|工作|证件|證件|业务|業務|直通车|直通車|侨务|僑務|"
                            r"事务|事務|知识|知識|安全|宣传|宣傳|热线|熱線|培训|培訓|案件)")
_CONSULAR_WORDS = frozenset({"领事", "領事"})
_FAO_DIVISION = re.compile(r"(?:与侨务|與僑務|和侨务|和僑務)?(?:处|處|科)")  # 省外办领事处, 领事与侨务处: the office's division
_FAO_BEFORE = re.compile(r"(?:外办|外辦|外事办|外事辦|外事办公室|外事辦公室|外侨办|外僑辦|外事局)$")
# an organ's, a school's or a firm's own party committee before a party post
_ORGAN_BEFORE = re.compile(r"(?:工委|机关党委|機關黨委|党组|黨組|党支部|黨支部|党总支|黨總支|纪委|紀委|"
                           r"(?:学院|學院|大学|大學|学校|學校|中学|中學|公司|集团|集團|医院|醫院|银行|銀行|协会|協會|"
                           r"研究院|研究所|厅|廳|局|中心|报社|報社|电视台|電視臺)(?:党委|黨委)?)$")
_PARTY_POSTS = frozenset({"副书记", "副書記", "书记", "書記", "党委书记", "黨委書記"})
_NATIONAL_MINISTRY = re.compile(r"^国家副?主席|^國家副?主席|^(?:外交部|商务部|商務部|教育部|文化和旅游部|文化部|科技部|公安部|财政部|財政部|交通运输部|"
                                r"交通運輸部|农业农村部|農業農村部|国防部|國防部|司法部|民政部|水利部|自然资源部|自然資源部)"
                                r"(?:副)?部长|^(?:外交部|商务部|商務部|教育部)(?:副)?部長")
# a Chinese name right after the title: two or three characters, then a break (not a transliteration with ·)
_CHINESE_NAME_AFTER = re.compile(r"[\u4e00-\u9fff]{2,3}(?=[，,。；;、为為在出参參会會作主表等和与與]|$)")


def refine(h: TitleHit, text: str, places: Sequence[Mention]) -> TitleHit:
    """One title's side corrected where the text names China's own people with it (module
    docstring); any other hit is returned as it is."""
    if conveyed(text, h.start, h.end):
        return _as(h, "none", "", "conveyed_greetings")  # 转达了…书记的问候: named, not taking part
    if h.entry.id == "title.business" and h.side == "chinese":
        return _as(h, "none", "", "chinese_business")  # "businessmen of XUAR", 云南企业: China's firms, no official
    if cited_leader(text, h.start, h.end):
        return _as(h, "none", "", "cited_instructions")  # 市委书记…调研璧山指示精神: cited, not taking part (city_pages)
    unit = unit_committee_post(text, h.start) if h.side == "chinese" and h.rule == "entry_default" and h.code in (
        "deputy", "governor") else None
    if unit is not None:  # 州委宣传部部长: the prefecture's (市委…: perhaps a municipality's, read as bare_city_title)
        return _as(h, "chinese", "municipal", "bare_city_title" if unit.startswith("市") else "unit_committee")
    if h.side == "chinese" and foreign_group_mayor(text, h.start, h.text):
        return _as(h, "foreign", "subnational", "foreign_group_mayor")  # 周边国家市长交流会: other countries' mayors
    if h.text[:1].isascii():
        if h.side == "chinese" and h.place is None and h.rule == "entry_default" and h.entry.counterpart is not None:
            head = _delegation_place_en(text, h.start, places)
            if head is not None:  # "a delegation from Gyeonggi-do led by Governor Kim …": the delegation's own head
                code = "subnational" if foreign_local(head) and h.entry.counterpart in _NATIONAL else h.entry.counterpart
                return TitleHit(h.start, h.end, h.text, h.entry, "foreign", code, head, "foreign_delegation_head")
        if (h.side == "chinese" and h.place is None and h.rule == "entry_default" and h.code in ("governor", "deputy")
                and _EN_CITY_TITLE.fullmatch(h.text)):
            return _as(h, "chinese", "municipal", "bare_city_title")  # "Mayor Li met …": 市长 (a municipality's: governor)
        if (h.side == "chinese" and h.place is not None and h.code in ("governor", "deputy") and _EN_CITY_TITLE.fullmatch(h.text)
                and h.place.label == "province" and h.place.code not in CN_MUNICIPALITIES
                and not (h.place.entry or "").startswith("city.")):
            return _as(h, "chinese", "municipal", "mayor_in_province")  # "the mayor of Inner Mongolia's capital": a city's
        return h
    if h.text in _CONSULAR_WORDS and (_CONSULAR_WORK.match(text, h.end) or _FAO_DIVISION.match(text, h.end)
                                      and _FAO_BEFORE.search(text, max(0, h.start - 8), h.start)):
        return _as(h, "none", "", "consular_work")  # 领事保护工作会议, 省外办领事处: no consul takes part
    if h.text in _PARTY_POSTS and _ORGAN_BEFORE.search(text, max(0, h.start - 8), h.start):
        return _as(h, "chinese", "other", "organ_party_post")  # 省直机关工委副书记: an organ's officer
    if h.code == "diplomat" and h.side == "foreign" and chinese_mission_abroad(text, h.start, places):
        return _as(h, "none", "", "chinese_mission")  # 驻蒙古大使: China's ambassador to Mongolia
    if h.rule == "foreign_party_seat" and h.text in _POLITBURO and _CONCURRENT_POST.match(text, h.end):
        return _as(h, "none", "", "concurrent_seat")  # 越共中央政治局委员、胡志明市委书记: the post acts, as China's do
    if h.side == "chinese" and h.place is None and h.rule == "entry_default" and h.entry.counterpart is not None:
        unit = _unlisted_foreign_unit(text, h.start, places)
        if unit is not None:  # 缅甸掸邦第二特区副主席: a foreign unit no lexicon lists, between its country and the post
            code = "subnational" if h.entry.counterpart in ("head_of_state_or_government", "minister") else (
                h.entry.counterpart)
            return TitleHit(h.start, h.end, h.text, h.entry, "foreign", code, unit, "unlisted_foreign_unit")
    if (h.side == "foreign" and h.place is None and h.rule == "entry_default" and h.entry.counterpart == "minister"
            and _NATIONAL_MINISTRY.match(h.text) and _CHINESE_NAME_AFTER.match(text, h.end)):
        return _as(h, "none", "", "chinese_ministry")  # 外交部部长王毅: China's minister, no counterpart (nor the
        # province's acting official: the FAO or leader who hosts keeps that)
    if h.side == "foreign" and h.place is None and h.entry.counterpart == "minister" and _own_ministry(text, h.start, places):
        return _as(h, "none", "", "chinese_ministry_unit")  # 外交部外事管理司司长: China's ministry's department head
    return h


# a national ministry's own department or bureau right before a post (外交部外事管理司司长, 商务部亚洲司副司长)
_MINISTRIES = (r"(?:外交部|商务部|商務部|教育部|文化和旅游部|科技部|公安部|财政部|財政部|交通运输部|农业农村部|"
               r"國防部|国防部|司法部|民政部|水利部|自然资源部|国家发展改革委|國家發展改革委|发改委|發改委)")
_MINISTRY_UNIT = re.compile(_MINISTRIES + r"(?:[\u4e00-\u9fff]{1,8}?(?:司|局|厅|廳|中心|办公室|辦公室))副?$")
_UNIT_IN_LIST = re.compile(r"[、，,][\u4e00-\u9fff]{1,6}?(?:司|局)副?$")  # 外交部部长助理某、干部司副司长某: the same ministry's
_MINISTRY = re.compile(_MINISTRIES + r"[^。；;]{0,40}$")


def _own_ministry(text: str, pos: int, places: Sequence[Mention]) -> bool:
    """Whether the post at ``pos`` is held in a department of a ministry no foreign country owns
    (外交部外事管理司司长, 外交部部长助理某、干部司副司长: China's; 老挝外交部礼宾司司长: Laos's)."""
    m = _MINISTRY_UNIT.search(text, max(0, pos - 18), pos)
    if m is None and (u := _UNIT_IN_LIST.search(text, max(0, pos - 10), pos)) is not None:
        m = _MINISTRY.search(text, max(0, u.start() - 40), u.start())
    if m is None:
        return False
    return not any(p.label == "country" and p.code != "CHN" and m.start() - 2 <= p.end <= pos for p in places) \
        and text[max(0, m.start() - 1):m.start()] not in ("国", "國")


# an English mayor's post with no place: 市长 / 副市长 / 代市长 (a province's head is its Governor)
_EN_CITY_TITLE = re.compile(r"(?:Acting |Vice[- ]|Deputy |Executive Vice |Executive Deputy )?Mayor", re.I)
_POLITBURO = frozenset({"中央政治局委员", "中央政治局常委", "中央政治局委員", "政治局委员", "政治局委員"})
_CONCURRENT_POST = re.compile(r"\s*[、，,][^，。；,;]{0,16}?(?:书记|書記|省长|省長|市长|市長|主席|总理|總理|部长|部長)")
# a unit's name between a foreign country and a post: 掸邦第二特区, 琅勃拉邦省万荣县 (no verb, list mark or pause between)
_UNIT_BETWEEN = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:特区|特區|邦|省|州|市|县|縣|区|區|府|道|郡)"
                           r"(?:人民委员会|人民委員會|政府|委员会|委員會)?")
_BREAK = re.compile(r"[见見谈談与與和同及、，,。；;：:在访訪向为為给給对對赴率的]")


def _unlisted_foreign_unit(text: str, pos: int, places: Sequence[Mention]) -> Mention | None:
    """The country whose unit no lexicon lists stands between it and the post at ``pos``
    (缅甸掸邦第二特区副主席), or None (a Chinese post, or a break between)."""
    for m in places:
        if (m.label == "country" and m.code != "CHN" and m.role != "locator" and not foreign_local(m)
                and ".compound" not in (m.entry or "") and pos - 12 <= m.end < pos
                and _UNIT_BETWEEN.fullmatch(text, m.end, pos) and not _BREAK.search(text, m.end, pos)
                and not any(p.start >= m.end and p.end <= pos and p.label == "province" for p in places)):
            return m
    return None


def chinese_mission_abroad(text: str, pos: int, places: Sequence[Mention]) -> bool:
    """Whether the title at ``pos`` follows 驻 and a foreign country's name, with nothing before
    驻 that names the mission's own country (驻蒙古大使, 驻日本使馆临时代办: China's; 越南驻老挝大使,
    老挝驻华大使, 驻广州总领事: not China's abroad)."""
    for m in places:
        if (m.label == "country" and m.code != "CHN" and m.end <= pos <= m.end + 6 and m.start > 0
                and text[m.start - 1] in "驻駐" and _MISSION_WORDS.fullmatch(text, m.end, pos)):
            return _no_owner_before(text, m.start - 1, places)
    return False


def _no_owner_before(text: str, at: int, places: Sequence[Mention]) -> bool:
    """Whether nothing before the 驻 at ``at`` names another owner of the mission: China's own
    words (中国, 我国, 原, 新任), a break, or the start; not a country (越南驻老挝大使) nor a name no
    lexicon lists (某某国驻…)."""
    if any(p.label == "country" and p.end == at for p in places):
        return False
    before = text[max(0, at - 2):at]
    return (at == 0 or not _CJK_END.search(before) or before.endswith(_OWN_BEFORE)
            or text[at - 1] in "，,。；;、：:的为為任及和与與了见見晤访訪拜同")  # 会见了驻缅甸大使: China's


_CJK_END = re.compile(r"[\u4e00-\u9fff]$")
_OWN_BEFORE = ("中国", "中國", "我国", "我國", "我", "原", "新任", "前", "标题", "標題")
_MISSION_WORDS = re.compile(r"(?:国|國)?(?:大使馆|大使館|使馆|使館|总领事馆|總領事館|总领馆|總領館|领事馆|領事館)?")
_MISSION_TITLE = re.compile(r"(?:国|國)?(?:大使馆|大使館|使馆|使館|总领事馆|總領事館|总领馆|總領館|领事馆|領事館|大使|"
                            r"总领事|總領事|临时代办|臨時代辦)")


def chinese_mission_cue(text: str, places: Sequence[Mention], a: int, b: int) -> Mention | None:
    """The foreign country of a Chinese mission abroad named in ``text[a:b]`` without 中国/我国
    (驻蒙古大使邢某会见到蒙访问的…): the act is abroad, in that country."""
    for m in places:
        if (m.label == "country" and m.code != "CHN" and a <= m.start < b and m.start > 0
                and text[m.start - 1] in "驻駐" and _MISSION_TITLE.match(text, m.end)
                and _no_owner_before(text, m.start - 1, places)):
            return m
    return None


# a wish or a plan before a visit verb: no act (欢迎更多四川企业团组访问意大利, 希望…访问)
_WISH_BEFORE = re.compile(r"(?:欢迎|歡迎|希望|期待|期盼|愿意|願意|诚邀|誠邀|计划|計劃|拟于|擬於|将于|將於|准备|準備|打算)"
                          r"[^，。；,;!！?？]{0,20}$")


_CONVEYED_ZH = re.compile(r"(?:转达|轉達)了?[^，。；,;]{0,10}$")
_GREETINGS_ZH = re.compile(r"[^，。；,;]{0,8}?(?:问候|問候|祝福|致意|敬意)")
_CONVEYED_EN = re.compile(r"\b(?:conveyed|conveys|convey|extended|extends|passed\s+on)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
                          r"(?:greetings|regards|wishes)\s+(?:of|from)\s+[^,.;]{0,50}$", re.I)


def conveyed(text: str, start: int, end: int) -> bool:
    """Whether the leader or title at ``start:end`` is only named in greetings conveyed on his
    behalf (转达了彭清华书记的亲切问候, "conveyed the greetings of Party Secretary …"): he does not act."""
    if text[start:start + 1].isascii():
        return _CONVEYED_EN.search(text, max(0, start - 70), start) is not None
    return _CONVEYED_ZH.search(text, max(0, start - 16), start) is not None and (
        _GREETINGS_ZH.match(text, end) is not None)


_LED_BY_EN = re.compile(r"\b(?:delegation|team|group|mission)s?\b[^.;:]{0,50}?\b(?:led|headed)\s+by\s+(?:its\s+)?$", re.I)
_NATIONAL = ("head_of_state_or_government", "minister")


def _delegation_place_en(text: str, pos: int, places: Sequence[Mention]) -> Mention | None:
    """The foreign place of the delegation an English title at ``pos`` heads ("a Gyeonggi-do
    delegation headed by Governor …", "a delegation from Jeju, Korea led by …"), else None
    (a Chinese delegation's head, or no delegation)."""
    m = _LED_BY_EN.search(text, max(0, pos - 110), pos)
    if m is None:
        return None
    before = [p for p in places if (m.start() <= p.start or m.start() - 4 <= p.end <= m.start()) and p.end <= m.end()
              and p.role != "locator"
              and ".compound" not in (p.entry or "")]
    if not before or any(p.label != "country" for p in before):
        return None
    return next((p for p in before if foreign_local(p)), before[-1])


def wished(text: str, pos: int) -> bool:
    """Whether the place at ``pos`` is visited only in a wish or a plan of its clause
    (欢迎更多四川企业团组访问意大利, 希望…访问, 将于…访问); an invitation is not read so (邀请…来长春参赛
    reports the event it invited to)."""
    return _WISH_BEFORE.search(text, max(0, pos - 24), pos) is not None  # (not 邀请: 邀请…来长春参赛 happened)


def _as(h: TitleHit, side: str, code: str, rule: str) -> TitleHit:
    return TitleHit(h.start, h.end, h.text, h.entry, side, code, h.place, rule)


# the people a training is for, when they are foreign (外国, 各国, 留学生, 使节) though no country is named
_FOREIGN_TRAINEES = re.compile(r"外国|外國|各国|各國|国家|國家|外籍|国际|國際|留学生|留學生|外宾|外賓|境外|海外学员|海外學員|使节|使節")


def foreign_trainees_named(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the clauses ``spans`` of a training name foreign trainees without a country
    (发展中国家政府官员研修班, 外国驻华记者培训班): a training of foreigners, not a cadre training
    (外办举办外事专办员培训班, which GUIDELINES §5 codes ``domestic_coordination``)."""
    return any(_FOREIGN_TRAINEES.search(text, a, b) for a, b in spans)
