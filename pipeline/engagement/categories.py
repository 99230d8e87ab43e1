"""Which category wins when two fire: the head event of the lead, the trip as a whole, no
foreign party (TAXONOMY §3 rules 1, 3, 5 and 6).

The cue vote (:mod:`pipeline.engagement.policy`) counts every word of a register: a
basketball tournament with a cultural side programme has as many culture words as sport
words, a training course held at a university names the university, a ministers' meeting
of a mechanism is reported with the same 举办/开幕 as a forum. What the event *is* is said
by the noun the lead's act is about: the first event noun of the lead sentence
(乒乓球邀请赛暨文化交流周 is a tournament, 研修班 a training course, 外长会 a ministers'
meeting). These helpers read the lead sentence (lower-case Simplified form) for precedence:

* :func:`head_event`: the category of the first event noun of the lead (sports event,
  training course, education week, multilateral meeting, forum or expo, cultural event),
  or None; the specific event decides over generic labels (:data:`OVERRIDES`);
* :func:`trip_first`: the lead's first main act is a delegation's trip (率团访问, 代表团出访,
  "led a delegation"): the trip reported as a whole is ``delegation_visit``, including the
  forums, meetings and courses it attends (rule 3);
* :func:`foreign_marker`: the text names a foreign party in words the place annotator does
  not turn into a partner (外国, 驻华使节, 友好省州, "foreign", "ambassadors"); without a
  partner, a region or such a word, a meeting or a visit is between Chinese sides:
  ``domestic_coordination`` (rule 5).

Example:
    >>> head_event("7月3日，中国—东盟青年乒乓球邀请赛暨文化交流周在景洪开幕。", "zh")
    'sports_exchange'
    >>> trip_first("副省长率团访问越南并出席博览会。", "zh")
    True
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from typing import TYPE_CHECKING, Callable

from ..rx import skipping
from .act_patterns import CAPITAL_OF_EN as _CAPITAL_OF_EN, LED_GROUP_ZH
from .cities_en import CITIES_EN
from .en_wire import COURSE_FOR_EN, domestic_en, own_offices_masked
from .event_fields import DOMESTIC_EVENT_LABELS
from .event_names import name_spans
from .units import EN_PROVINCES
from .windows import WindowMatches

_START, _END = operator.attrgetter("start"), operator.attrgetter("end")

if TYPE_CHECKING:  # pragma: no cover
    from .policy import RuleVote

# Event nouns per category, most specific kinds first; the FIRST match in the lead decides.
_EVENT_HEADS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("sports_exchange", skipping(re.compile(
        "运动会|锦标赛|邀请赛|友谊赛|马拉松|龙舟赛|自行车赛|[篮足排网冰手]球赛|乒乓球赛|羽毛球赛|棋赛|公开赛"
        "|大奖赛|杯赛|对抗赛|越野赛|帆船赛|联赛|体育节|运动节|体育周|亚运会|奥运会|冬奥会|亚冬会|大运会|体育赛事"
        r"|\b(?:sports|youth|friendship|asian|winter|olympic|university|student|military) games\b|\btournaments?\b"
        r"|\b(?:half )?marathons?\b|\bchampionships?\b|\bregattas?\b"
        r"|\b(?:boat|cycling|bike|road|horse|dragon boat) races?\b"
        r"|\b(?:friendly|football|soccer|basketball|volleyball) (?:match|game)(?:es|s)?\b|\buniversiade\b|\bolympics\b"
        r"|\b(?:football|soccer|basketball|volleyball|table tennis|badminton|wushu|martial arts|ice hockey|skating|skiing"
        r"|swimming|athletics)(?: training)? camps?\b"
        r"|\bsports? (?:meet|event|festival|week)s?\b|\bhorse rac(?:ing|es?)\b|\bwrestl(?:ing|ers?)\b|\bnaadam\b"
        "|那达慕|赛马节|摔跤比赛|射箭比赛"))),
    ("training", skipping(re.compile(
        "培训班|研修班|研讨班|进修班|训练营|培训课程|援外培训|官员研修|干部培训|专题培训|技术培训|人才培训|开班仪式|开班式"
        r"|\btraining (?:courses?|programmes?|programs?|sessions?|class(?:es)?|workshops?|camps?)\b"
        r"|\bcapacity[- ]building (?:programmes?|programs?|courses?|workshops?|seminars?)\b"
        r"|(?<!investment )(?<!business )(?<!trade )(?<!promotion )\bseminars?\b|\bworkshops?\b"
        "|工作坊" + COURSE_FOR_EN))),
    ("educational_exchange", skipping(re.compile(
        r"教育交流周|教育周|教育展|夏令营|冬令营|汉语桥|\beducation (?:week|fair|expo)\b|\bsummer (?:camp|school)\b"
        r"|\bwinter camp\b|\bchinese bridge\b"))),
    ("multilateral_meeting", skipping(re.compile(
        "(?<!工商)(?<!企业家)(?<!投资)(?<!商务)(?<!经贸)(?<!产业)峰会|外长会|部长会|部长级会议|领导人会议|领导人会晤|首脑会议|高官会|秘书长会议|市长会议|协调人会议|联合会会议|理事会会议"
        r"|全体大会|年度大会|对话会|(?<!business )(?<!investment )(?<!entrepreneurs )(?<!ceo )(?<!trade )(?<!industry )"
        r"\bsummits?\b|\bministerial (?:meeting|conference)s?\b|\bministers'? (?:meeting|conference)s?\b"
        r"|\bleaders'? (?:meeting|summit)s?\b|\bsenior officials'? meetings?\b|\bgeneral assembly\b"
        r"|\blocal (?:government|governments|leaders)'? meetings?\b"))),
    ("forum_expo", skipping(re.compile(
        "工商峰会|企业家峰会|投资峰会|商务峰会|经贸峰会|产业峰会|论坛|博览会|交易会|洽谈会|推介会|投资促进会|展销会"
        "|展览会|展会|对接会|(?:经贸|商务|投资|贸易|产业|企业)(?:合作)?交流会|进博会|广交会|东博会|南博会|投洽会|厦洽会"
        "|高交会|文博会"
        r"|\b(?:business|investment|entrepreneurs|ceo|trade|industry)(?: and investment)? summits?\b|\bforums?\b"
        r"|\bexpos?\b|\bexposition\b|\btrade (?:fair|show)s?\b|\binvestment fair\b|\bcanton fair\b"
        r"|\b(?:investment|business|trade)(?: promotion)? seminars?\b"))),
    ("cultural_exchange", skipping(re.compile(
        "文化节|艺术节|电影节|文化周|文化年|旅游年|音乐会|音乐节|艺术团|歌舞团|文艺演出|庆贺会|纪念会|图片展|摄影展|画展|书画展"
        r"|\b(?:cultural|culture|arts?|film|music|food|cuisine|gourmet|tea|lantern|flower|folk|dance|opera|heritage"
        r"|theatre|theater) (?:festival|week)s?\b|\bconcerts?\b|\bart exhibitions?\b|\bcommemorations?\b"
        r"|\bgalas?\b|\bfestivals?\b|\b(?:art|arts|photo|photography|painting|paintings|calligraphy|heritage|relics?|murals?|thangka)"
        r" (?:exhibitions?|shows?)\b|\bexhibitions? of (?:[\w-]+ ){0,3}(?:murals|paintings|photos|photographs|relics"
        r"|art|artworks|calligraphy|thangkas?|heritage|ceramics|porcelain)\b"
        "|艺术展|美术展|书画展|文物展|非遗展|唐卡展|壁画展|作品展"
        r"|旅游推介|文旅推介|\btourism promotion\b"))),  # before 推介会 (文化旅游推介会 is cultural, 投资推介会 a forum)
)
# An event noun that names an organisation, a secretariat or a venue, not the event held.
_NOT_EVENT = skipping(re.compile(
    r"鲁班工坊|\bluban workshops?\b|太平洋岛国论坛|中非合作论坛|中阿合作论坛|中国—阿拉伯国家合作论坛|中拉论坛|中葡论坛"
    r"|\bforum on china-africa cooperation\b|\bfocac\b|\bchina-arab states cooperation forum\b|\bchina-celac forum\b"
    r"|\bforum macao\b|论坛(?:常设)?秘书处|论坛(?:副)?秘书长|论坛理事会|博览局|博览会秘书处|峰会秘书处|展览馆|会展中心|体育馆"
    r"|\bpacific islands forum\b|\bforum (?:secretariat|secretary)|\bexpo (?:center|centre|hall)s?\b"
    r"|\bsummit (?:secretariat|secretary)", re.I))

# Inside one event name (中非合作论坛部长级会议) at most this many characters stand between
# two event nouns, none of them a break (punctuation, 暨/及/和/与/的/期间, "and", "of the").
_NAME_GAP = 16
_NAME_GAP_EN = 40  # "Forum on China-Africa Cooperation ministerial conference"
_NAME_BREAK = skipping(re.compile(r"[，,。.;；:：、()（）“”\"'《》]|暨|及|和|与|的|期间|\band\b|\bof the\b|\bat\b|\bduring\b", re.I))
_CLAUSE = re.compile(r"[，,；;：:。]")
# An event named as the object of promotion, introduction or an invitation is a side mention.
_SIDE_MENTION = skipping(re.compile(
    r"推介|介绍|宣传|邀请|推荐|筹备|筹办|谈及|提到|回顾|总结|\bpromot(?:ed|ing|es)\b|\bintroduc(?:ed|ing|es)\b"
    r"|\binvit(?:ed|ing|es)\b|\bpreparations? for\b|\bbriefed\b", re.I))

# The categories each head event decides over (TAXONOMY §3: the specific event over the generic label, by
# what the event is). Meetings and trips keep their own precedence (rules 2, 3, 8) and projects theirs (rule
# 4): never overridden here (measured: an expo or course head over cooperation_project cost dev and real-dev).
OVERRIDES: dict[str, frozenset[str]] = {
    "sports_exchange": frozenset({"cultural_exchange", "educational_exchange", "forum_expo", "multilateral_meeting",
                                  "training"}),  # (a football training camp is sport)
    "training": frozenset({"educational_exchange", "forum_expo", "cultural_exchange", "multilateral_meeting"}),
    "educational_exchange": frozenset({"forum_expo", "cultural_exchange", "multilateral_meeting"}),
    "multilateral_meeting": frozenset({"forum_expo"}),
    "forum_expo": frozenset({"cultural_exchange", "educational_exchange"}),
    "cultural_exchange": frozenset({"forum_expo", "educational_exchange"}),
}
_OVERRIDDEN = frozenset().union(*OVERRIDES.values())  # the labels some head event decides over
_PROVINCES = ("北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南"
              "|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|中国|我省|我区|我市|本省|本市")
_PROVINCES_EN = (EN_PROVINCES + "|china"  # a city stands for its province (TAXONOMY §2; issue 15, enwire, pen)
                 "|kunming|nanning|guangzhou|shenzhen|xiamen|fuzhou|hangzhou|ningbo|nanjing|suzhou|qingdao|jinan|zhengzhou"
                 "|wuhan|changsha|chengdu|xi'an|lanzhou|xining|yinchuan|urumqi|kashgar|lhasa|hohhot|harbin|changchun"
                 "|shenyang|dalian|haikou|sanya|guiyang|hefei|nanchang|taiyuan|shijiazhuang|" + CITIES_EN)
# The lead's first main predicate is a delegation's trip (rule 3): 率团访问, 带队访问, 率…代表团出访,
# 代表团访问/赴/抵达, "led a delegation", "a delegation … visited".
_TRIP = skipping(re.compile(
    r"率团|" + LED_GROUP_ZH + r"|率领.{0,30}?(?:代表团|访问团|考察团|团组)|率.{0,20}?(?:代表团|访问团|考察团)|出访|(?:代表团|访问团|考察团)(?:一行)?"
    r"(?:访问|出访|赴|抵达|前往|到访|来访)|\b(?:led|leads|leading|headed|heads) an?\b[^.]{0,60}?\bdelegation\b"
    r"|\b(?:took|takes|brought|brings) an? (?:[\w'-]+ ){0,4}?delegation (?:to|on)\b"  # "took a delegation to Laos"
    r"|\bdelegation\b[^.]{0,80}?\b(?:visited|toured|arrived in|paid a visit|made a visit|is on a visit|was on a visit)\b"
    # a provincial leader's own trip ("Inner Mongolia's Party chief Sun Shaocheng visited Mongolia, where he
    # met …"; the destination read after it as for a delegation's: a Chinese one is a tour of the province)
    rf"|\b(?!china\b)(?:{_PROVINCES_EN})(?:'s|’s)?\s+(?:(?!(?:and|with|met|meets)\b)[\w'-]+\s+){{0,6}}?"
    r"(?:visited|(?:paid|made) (?:an? )?(?:(?!courtesy)[\w-]+ ){0,2}visits? to|(?:was|is) on (?:an? )?(?:[\w-]+ ){0,2}visit to"
    r"|travell?ed to|(?:wrapped up|concluded|completed|ended|wound up) (?:an? |his |her )?(?:[\w-]+ ){0,2}(?:visit|trip|tour) (?:to|of))\b", re.I))
# A trip whose destination is a Chinese province or China is a foreign delegation's tour of
# the province: rules 2 and 8 (a meeting reported on it makes it high_level_meeting).
_INBOUND_TRIP = re.compile(
    rf"^.{{0,4}}?(?:{_PROVINCES})|^\W{{0,3}}(?:来|到|访)[滇桂辽吉黑蒙甘新藏琼粤浙冀青苏闽鲁宁川渝沪京津皖黔湘豫鄂赣晋陕华]"
    rf"|^[^.]{{0,30}}?\b(?:to|in|of)\s+(?:{_PROVINCES_EN})\b|^\s+(?:{_PROVINCES_EN})\b", re.I)  # "visited Hainan"
# Acts that, standing before the trip in the lead, make something else the main act.
_OTHER_FIRST = skipping(re.compile(
    r"会见|会谈|会晤|接见|签署|签订|举办|举行|召开|主持|致电|致信|\bmet\b|\bmeets\b|\bheld talks\b|\bsigned\b|\bhosted\b"
    r"|\bheld\b", re.I))

# Words naming a foreign party without naming its country (so no partner is resolved).
_FOREIGN = skipping(re.compile(
    r"外国|国外|境外|海外|外宾|外方|外籍|外商|外资|外企|驻华|驻[沪穗蓉渝昆邕汉沈哈榕]|使节|大使|领事|使馆|国际|各国|多国|友好省|友好州|友好城市"
    r"|友城|姊妹|姐妹|省县|省縣|省州|市州|知事|经济走廊|經濟走廊|国家的|国家和地区|\d+\s*个国家|东盟|中亚|非洲|欧洲|拉美|阿拉伯|一带一路|中国\s*[-—–－]\s*\w"
    r"|\b(?:foreign(?! (?:community|communities|residents)\b)|international|overseas|abroad|ambassadors?|consuls?"
    r"|consulates?|embass(?:y|ies)|envoys?"
    r"|diplomats?|countries|nations|sister|twin)\b|\bchina\s*[-–—]\s*\w", re.I))
# Foreign people as the actors of a lead ("foreign diplomats toured …", 外国使节考察): a foreign
# party is engaged even where no country is named (rule 5: no domestic act).
FOREIGN_GUESTS = skipping(re.compile(
    r"外宾|外国(?:使节|大使|外交官|记者|友人|专家|政要|代表)|驻华(?:使节|大使|外交官|领事)|各国(?:使节|大使|外交官)"
    r"|\b(?:foreign|overseas|international) (?:diplomats?|envoys?|ambassadors?|journalists?|reporters?|guests?"
    r"|dignitaries|officials|delegations?|consuls?)\b|\b(?:diplomats|envoys|ambassadors|consuls general) (?:from|of)\b",
    re.I))


def head_event(sentence: str, lang: str = "zh") -> str | None:
    """The category of the event the lead is about, or None.

    That is the first event noun of ``sentence``, read as a name: when another event noun
    follows inside the same name (中非合作论坛部长级会议, "Forum ministerial conference":
    no punctuation, 暨/及/和/的 or "and" between), the later one is the head (a ministers'
    meeting of the forum). An event named as the object of promotion, introduction or an
    invitation (推介了…博览会, "invited them to the expo") is a side mention, not the event
    held; organisation and venue names (太平洋岛国论坛, 论坛秘书处, 会展中心, "Pacific
    Islands Forum") are skipped. ``lang`` is accepted for symmetry with the act detector;
    both languages' nouns are read (an English name in a Chinese text is still an event).

    Example:
        >>> head_event("The Seminar on Port Logistics for African officials opened in Qingdao.", "en")
        'training'
        >>> head_event("中非合作论坛第九届部长级会议在北京举行。")
        'multilateral_meeting'
    """
    masked = _NOT_EVENT.sub(lambda m: " " * len(m.group()), sentence.lower())
    found = sorted((m.start(), m.end(), code) for code, pat in _EVENT_HEADS for m in pat.finditer(masked))
    head: tuple[int, int, str] | None = None
    for start, end, code in found:
        if head is None:
            if _SIDE_MENTION.search(masked, _clause_start(masked, start), start) is None:
                head = (start, end, code)
            continue
        gap = masked[head[1]:start]
        limit = _NAME_GAP_EN if gap.isascii() else _NAME_GAP
        if start >= head[1] and len(gap) <= limit and not _NAME_BREAK.search(gap):
            head = (start, end, code)  # a later event noun inside the same name is its head
        elif start >= head[1]:
            break
    return None if head is None else head[2]


def _clause_start(sentence: str, pos: int) -> int:
    start = 0
    for m in _CLAUSE.finditer(sentence, 0, pos):
        start = m.end()
    return start


def trip_to_china(sentence: str) -> bool:
    """Whether the lead's trip goes to a Chinese province or city ("the Cambodian deputy prime minister led a
    business delegation to Shenzhen and Guangzhou"): a visit received (rule 8), not the Chinese side's trip."""
    m = _TRIP.search(sentence)
    return m is not None and _INBOUND_TRIP.search(sentence[m.end():]) is not None


def trip_first(sentence: str, lang: str = "zh") -> bool:
    """Whether the lead's first main act is a delegation's trip (rule 3), no meeting,
    signing or hosting standing before it (会见…代表团 is a meeting: rule 2), and its destination
    not a Chinese province (率团访问福建 is a tour of the province: rules 2 and 8)."""
    m = _TRIP.search(sentence)
    if m is None or _INBOUND_TRIP.search(sentence[m.end():]) is not None:
        return False
    return _OTHER_FIRST.search(sentence, 0, m.start()) is None


# A visit verb: what follows it says whether the trip comes to China (:func:`visit_to_china`).
_VISIT = skipping(re.compile(r"访问|到访|来访|抵达|前往|\b(?:visited|visits|toured|tours|arrived in|paid a visit to|made a visit to"
                             r"|(?:is|was) on a visit to|to visit|visiting|visit to)\b", re.I))  # ("organized envoys to visit Fujian")
_PROVINCE_AFTER = re.compile(rf".{{0,4}}?(?:{_PROVINCES})|\s+{_CAPITAL_OF_EN}(?:{_PROVINCES_EN})\b"  # "visited Shanxi" (not "plants in")
                             rf"|\s+the\s+(?:[\w'’-]+\s+){{0,6}}?(?:office|government|committee)\s+in\s+(?:{_PROVINCES_EN})\b", re.I)


def visit_to_china(sentence: str) -> bool:
    """Whether a visit in ``sentence`` goes to a Chinese province or China (老挝总理访问云南,
    "the Mayor of Bangkok visited Guangxi"): the foreign side comes (rule 8's inbound visit), as
    :func:`trip_first` reads a trip's destination."""
    return any(_PROVINCE_AFTER.match(sentence, m.end()) for m in _VISIT.finditer(sentence))


def foreign_marker(text: str, lang: str = "zh") -> bool:
    """Whether ``text`` names a foreign party in words, without necessarily naming its country
    (外国, 驻华使节, 友好省州, 中国—太平洋…论坛, "foreign", "ambassadors").

    English is read as foreign unless it names a Chinese counterpart (Hong Kong, Macao, the
    central government) or China's own scene (a folk festival: :func:`.en_wire.domestic_en`):
    English coverage is about foreign ties; an excerpt naming no country is no evidence of none.
    """
    domestic = lang != "zh" and domestic_en(text)
    if domestic:  # (only a domestic register unmasks the Chinese side's own foreign-affairs office)
        text = own_offices_masked(text)
    if _FOREIGN.search(text) is not None:
        return True
    return lang != "zh" and not domestic


def lead_facts(lead: str, text: str, lang: str = "zh") -> tuple[str | None, bool, bool]:
    """``(head_event, trip_first, foreign_marker)`` of a lead sentence and its text, for the rule vote."""
    return head_event(lead, lang), trip_first(lead, lang), foreign_marker(text, lang)


def event_precedence(label: str, vote: "RuleVote") -> tuple[str, str | None]:
    """TAXONOMY §3 rules 3, 6 and 5 on a label that no signing or meeting rule changed.

    A delegation's trip reported as a whole (the lead's first main act) is
    ``delegation_visit``, with the meetings, forums and courses it attends (rule 3); else
    the lead's head event decides over the generic labels it names in
    :data:`OVERRIDES` (a tournament with a cultural programme is sport, a
    course at a university is training, a ministers' meeting is no forum); a meeting or a
    visit with no foreign party at all (no partner, no region, no word such as 外国 or
    驻华使节) is ``domestic_coordination`` (rule 5).
    """
    # (each label test before the fact it guards: an engagement's vote reads its facts when asked)
    if label in ("high_level_meeting", "forum_expo", "multilateral_meeting", "training") and vote.trip_first:
        return "delegation_visit", "rule3_trip"
    if label == "cultural_exchange" and vote.trip_attends and label not in vote.signed_about:  # (unless rule 4)
        return "delegation_visit", "rule3_trip_to_event"  # 率团赴老挝出席中老旅游年活动 (issue 15)
    rule = None  # (a head event of China's own scene is still no engagement: checked below)
    if label in _OVERRIDDEN and vote.head_event and label in OVERRIDES.get(vote.head_event, ()):
        label, rule = vote.head_event, "rule6_head_event"
    if (rule is None and vote.partners == 0 and vote.regions == 0
            and label in ("high_level_meeting", "delegation_visit", "cooperation_project", "multilateral_meeting")
            and not vote.foreign):
        return "domestic_coordination", "rule5_no_foreign_party"
    if vote.partners == vote.regions == 0 and label in DOMESTIC_EVENT_LABELS and not (vote.foreign or vote.sar_party):
        return None, "no_foreign_party_event"  # 朝鲜族文化节, 那达慕大会 with no foreign guest: no engagement
    return label, rule


# A list of fields of cooperation (经贸、教育、文化等领域; 在人文交流领域的合作): topics of the talks, not events.
# The span runs back from 领域/方面 to the nearest opener or clause mark.
_FIELD_END = skipping(re.compile("(?:等|各)?(?:多)?(?:领域|方面)"))
_FIELD_OPEN = skipping(re.compile("[，,。；;：:]|就|在|围绕|涵盖|涉及|聚焦|包括|推动|加强|深化|拓展|促进|介绍|探讨|商讨|讨论"))
_FIELD_REACH = 40


# English: "cooperation in trade, education and culture", "in areas such as tourism and sports":
# from the opener to the end of the clause (at most 90 characters).
_FIELD_EN = skipping(re.compile(
    r"\b(?:cooperation|co-operation|exchanges?|ties|collaboration|partnership|links)\s+(?:in|on)\s+(?:the\s+)?"
    r"(?:(?:fields?|areas?|sectors?|domains?)\s+(?:of|such as|including|like)\s+)?"
    r"|\bin\s+(?:the\s+)?(?:fields?|areas?|sectors?|domains?)\s+(?:of|such as|including|like)\s+", re.I))
_FIELD_EN_END = re.compile(r"[.;:!?]|\s(?:and|but)\s+(?:agreed|signed|held|met|visited|will|to|also)\b", re.I)
_FIELD_EN_REACH = 90


def topic_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of ``text[start:end]`` that list fields of cooperation (…经贸、教育、文化等领域…,
    "cooperation in trade, education and culture")."""
    end = len(text) if end is None else end
    spans = [_en_field(text, m) for m in _FIELD_EN.finditer(text, start, end)]
    spans += [_zh_field(text, m) for m in _FIELD_END.finditer(text, start, end)]
    return sorted(spans)


def _en_field(text: str, m: re.Match[str]) -> tuple[int, int]:
    """The list of fields after an English opener (``_FIELD_EN``'s match ``m``)."""
    stop = _FIELD_EN_END.search(text, m.end(), m.end() + _FIELD_EN_REACH)
    return m.end(), stop.start() if stop else min(m.end() + _FIELD_EN_REACH, len(text))


def _zh_field(text: str, m: re.Match[str]) -> tuple[int, int]:
    """The list of fields before 领域/方面 (``_FIELD_END``'s match ``m``), back to its opener."""
    lo = max(m.start() - _FIELD_REACH, 0)
    a = lo
    for o in _FIELD_OPEN.finditer(text, lo, m.start()):
        a = o.end()
    return a, m.end()


class CueWindows:
    """:func:`topic_spans` and the clauses of plan of one text for any window, from one pass
    of their patterns over the whole text (:class:`~.windows.WindowMatches`; the spans each
    match opens are read once): what :func:`mute_topics` and :func:`mute_planned` read, for
    the document's decision and every engagement's alike (an :class:`~pipeline.analysis.Analysis`
    fact). The answers are those of the window's own scan (``tests/test_windows.py``).
    """

    __slots__ = ("text", "_en", "_zh", "_planned", "_spans")

    def __init__(self, text: str) -> None:
        self.text = text
        self._en = WindowMatches(_FIELD_EN, text)
        self._zh = WindowMatches(_FIELD_END, text)
        self._planned = WindowMatches(_PLANNED, text, word_end="oO")  # "… to\b"
        self._spans: dict[tuple[int, int, int], tuple[int, int]] = {}  # (kind, match start, end) -> its span

    def _span(self, kind: int, m: re.Match[str],
              read: Callable[[str, re.Match[str]], tuple[int, int]]) -> tuple[int, int]:
        key = (kind, m.start(), m.end())  # what each reader reads of a match
        got = self._spans.get(key)
        if got is None:
            got = self._spans[key] = read(self.text, m)
        return got

    def topic_spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """Exactly :func:`topic_spans` ``(text, start, end)``."""
        spans = [self._span(0, m, _en_field) for m in self._en.within(start, end)]
        spans += [self._span(1, m, _zh_field) for m in self._zh.within(start, end)]
        return sorted(spans)

    def planned_spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """Exactly the clauses of plan :func:`mute_planned` reads in ``text[start:end]``."""
        return [self._span(2, m, _planned_clause) for m in self._planned.within(start, end)]


def mute_topics(text: str, cues: list, windows: CueWindows | None = None) -> list:
    """The cue mentions that do not stand inside a list of fields of cooperation.

    In 双方就经贸、教育、文化等领域合作交换意见 the fields are the topics of the talks: 教育
    and 文化 vote for no category; the act (交换意见, 会见) is outside the list.
    ``windows``: the :class:`CueWindows` of ``text`` (the same answer, read once per text).
    """
    if not cues:
        return cues
    # only around the cues (an engagement's cues in a long document): linear in what is read
    lo = max(min(map(_START, cues)) - _FIELD_EN_REACH, 0)
    hi = min(max(map(_END, cues)) + _FIELD_EN_REACH, len(text))
    spans = windows.topic_spans(lo, hi) if windows is not None else topic_spans(text, lo, hi)
    spans = sorted(spans + name_spans(text, lo, hi))  # (an event's name and theme: engagement/event_names.py)
    if not spans:
        return cues
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))  # the furthest end of spans starting so far
    out = []
    for c in cues:
        i = bisect.bisect_right(starts, c.start) - 1
        if i < 0 or reach[i] < c.end or not any(a <= c.start and c.end <= b for a, b in spans[max(i - 8, 0):i + 1]):
            out.append(c)
    return out


# the counterpart of a meeting named before it (与…代表团举行会谈, "and the visiting delegation held
# talks"): not a delegation's trip as the main act; 举行 before 会谈 is the meeting's own light verb
COUNTERPART = skipping(re.compile(r"(?:与|同|和|跟)[^，,。；;]{0,25}?(?:代表团|访问团|考察团)|举行(?=(?:工作|视频)?会[谈晤见])"
                         r"|\b(?:and|with) (?:the |a )?[\w\s'-]{0,40}?delegation\b", re.I))


def one_field(fields: list[str]) -> list[str]:
    """The specific field of an agreement (rule 4), or none when it names several (museum loans,
    tourism and students: a general agreement, ``cooperation_project``)."""
    return fields if len(fields) == 1 else []


# A word of plan or agreement-to-do (计划开通, 商定开通…航线, "plans to launch", "agreed to open a
# route") makes the rest of its clause what is planned, not what was done at this occasion. An
# announcement (将于5月举办, "will visit") is not a plan: a dated announced event is reported.
_PLANNED = skipping(re.compile(
    r"(?:计划|拟|商定|同意|决定|准备|力争|争取|有望|希望|愿意?|打算|筹划)(?:共同|联合|尽快|适时|在年内|年内)?"
    r"|\b(?:plans? to|planning to|agreed to|aims? to|intends? to|expects? to|hopes? to|decided to)\b", re.I))
_PLANNED_END = re.compile(r"[，,。.;；！!？?：:]")
_PLANNED_REACH = 60


def _planned_clause(text: str, m: re.Match[str]) -> tuple[int, int]:
    """The rest of the clause after a word of plan (``_PLANNED``'s match ``m``)."""
    stop = _PLANNED_END.search(text, m.end(), m.end() + _PLANNED_REACH)
    return m.end(), stop.start() if stop else min(m.end() + _PLANNED_REACH, len(text))


def mute_planned(text: str, cues: list, windows: CueWindows | None = None) -> list:
    """The cue mentions outside a clause of plan (商定开通客运航线, "agreed to launch a freight link").

    The cue vote counts every cue of an act sentence; in 双方举行视频会晤，商定开通定期航班 the
    route is planned at the meeting, not launched: 开通 votes for no category. Only the text
    around the cues is read (``windows``: the :class:`CueWindows` of ``text``, read once).
    """
    if not cues:
        return cues
    lo = max(min(map(_START, cues)) - _PLANNED_REACH, 0)
    hi = min(max(map(_END, cues)) + 1, len(text))
    if windows is not None:
        spans = windows.planned_spans(lo, hi)
    else:
        spans = [_planned_clause(text, m) for m in _PLANNED.finditer(text, lo, hi)]
    if not spans:
        return cues
    starts = [a for a, _ in spans]
    out = []
    for c in cues:
        i = bisect.bisect_right(starts, c.start) - 1
        if i >= 0 and any(a <= c.start and c.end <= b for a, b in spans[max(i - 4, 0):i + 1]):
            continue
        out.append(c)
    return out
