"""Background frames that span a list of countries, and provinces that only locate
(TAXONOMY §2, issue 14).

Countries that merely border the province (与缅甸、老挝、越南接壤, 与韩国、日本隔海相望,
"shares borders with Russia and Mongolia", "a border of 3,000 km with Russia"), countries
a route or trade reaches (通达老挝、泰国、越南等12个国家) and countries named only inside
the name of a route or corridor
(中老铁路, 中蒙俄经济走廊, "China-Laos Railway", "Kunming-Bangkok International Highway")
are background, not partners. The frame words sit at one end of a list, so these rules
look at all the country mentions of a sentence at once; :func:`pipeline.resolve.resolve`
applies them next to the per-mention rules of :func:`pipeline.resolve.country_role`. A
country that the text also engages elsewhere stays a partner through that other mention.

Example:
    >>> from pipeline.schemas import new_mention
    >>> text = "云南与缅甸、老挝、越南接壤"
    >>> ms = [new_mention(3, 5, "缅甸", "country", "MMR", "e"), new_mention(6, 8, "老挝", "country", "LAO", "e"),
    ...       new_mention(9, 11, "越南", "country", "VNM", "e")]
    >>> sorted(background_frames(text, ms))
    [0, 1, 2]

:func:`province_locates` adds four cases where a province named in the text is not an
actor: the seat of an organisation in parentheses (中葡论坛（澳门）常设秘书处), the city of
the consulates a delegation goes to call on (赴上海走访各国驻沪总领事馆), a consular seat
after a long country name ("Consul General of the Republic of Korea in Shenyang"), and a
group of provinces named only as the set the actor belongs to (东北三省中唯一…, 东北三省之一).

:func:`named_background` reads one country mention that names something else or sits in a
frame (a ship, street, restaurant or language named after the country, a comparison, transit,
a border described, a denied rumour, Georgia the U.S. state); :func:`pipeline.resolve.country_role`
calls it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .engagement.diaspora import diaspora_lists
from .engagement.careers_en import former_post_en
from .engagement.en_wire import distance_from_en
from .engagement.foreign_pages import consulate_seat_sentence, namesake_official
from .engagement.past_hosts import editions_close
from .engagement.place_frames import border_lists_after
from .rx import skipping
from .schemas import Mention

# Traditional → Simplified for the characters of the frame words below (one for one, so
# offsets stay): real pages in Traditional script (中老鐵路, 與緬甸、老撾接壤, 通達…等國家)
# are read with the same patterns.
_T2S = str.maketrans(
    "與東兩個爲義烏書雲僅會餘辦協發團國壇處學開當總撾來橋歐氣滬濟蓋祕線組織經緬聯論設訪輻輸邊達運遠連鄰裏鐵銀銷長門際陸韓領飛館駛駐鮮為帶灣區誼",
    "与东两个为义乌书云仅会余办协发团国坛处学开当总挝来桥欧气沪济盖秘线组织经缅联论设访辐输边达运远连邻里铁银销长门际陆韩领飞馆驶驻鲜为带湾区谊")
# (str.translate looks up every non-ASCII character: ~10x slower than finding out first
# that a text holds none of these, which most Simplified texts do; issue 17)
_T2S_ANY = re.compile("[" + "".join(map(chr, _T2S)) + "]")

_ZH_BORDER = re.compile(
    r"接壤|毗邻|毗连|相邻|交界|相接|为邻|山水相连|陆地相连|边境相连|隔江相望|隔河相望|隔海相望|隔海相邻"
    r"|隔[^，。；,;]{1,14}?相望"  # 与朝鲜隔图们江、鸭绿江相望: the rivers named
    r"|有[0-9一二三四五六七八九十百千多余.,，\s]*(?:公里|千米|km)?长?的?(?:陆地)?(?:边境线|国境线|边界线)")
_ZH_TAIL = re.compile(r"\s*(?:等国家|等国|等|[两二三四五六七八九十]国|(?:等)?[0-9一二三四五六七八九十]+个国家)?\s*")
_ZH_SEP = re.compile(r"\s*[、，,和及与跟同]\s*")
# 与朝鲜新义州隔江相望: the country's own city or province (not in the lexicon) before the frame word
_ZH_PLACE_TAIL = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:州|市|省|道|郡|县|区|镇|邦|城)\s*")
# (behind a lookahead of its first letters: re tried the \b branch at every character; issue 17)
_EN_BORDER = skipping(re.compile(
    r"\b(?:borders?|bordered\s+by|bordering|adjacent\s+to|adjoins?|adjoining|frontiers?|proximity\s+to)\b"
    r"(?:\s+of\s+(?:more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+|almost\s+)?[\d,.]+\s*"
    r"(?:-\s*)?(?:kilometres|kilometers|km|miles)(?:\s+long)?)?(?:\s+(?:with|on|between))?\s*", re.I))
# 通达老挝、泰国、越南、缅甸等12个国家: where trains, routes or goods reach is background;
# a list of two or more countries right after the frame word, closed by 等
_ZH_REACH = re.compile(r"(?:通达|辐射|覆盖|通往|联通|连通|延伸至|直达|抵达|出口到|出口至|销往|远销|运往|发往)\s*")
_ZH_REACH_END = re.compile(r"\s*等")
# "the border between China, North Korea and Russia": China opens the list
_EN_CHINA_FIRST = re.compile(r"\s*(?:the\s+)?China(?:\s*,\s*|\s+and\s+)(?:the\s+)?", re.I)
_EN_SEP = re.compile(r"\s*(?:,\s*and|,|and|as\s+well\s+as|&|/)\s+(?:the\s+)?", re.I)
_ROUTE_WORDS = ("班列|铁路|高铁|公路|高速公路|高速|经济走廊|走廊|国际道路|输油管道|原油管道|天然气管道|油气管道|管道|大桥"
                "|友谊桥|界河桥|跨境桥")  # 中朝友谊桥: a bridge's name
_ZH_ROUTE_IN = re.compile(f"(?:{_ROUTE_WORDS})$")
# glued to the name, through two more abbreviations (中吉 + 乌 + 铁路) or dashed names (中国—吉尔吉斯斯坦—乌…铁路),
# never through a particle: 开行至波季港的班列 is a train to Georgia, not a route named after it
_ZH_ROUTE_AFTER = re.compile(f"(?:[^\\s的之至到往赴向和与及、，。；]{{0,2}}?|(?:[—－–-][\\u4e00-\\u9fff]{{1,8}}?)+)(?:国际)?(?:{_ROUTE_WORDS})")
_EN_ROUTE = re.compile(
    r"(?:\s*[-–—/]\s*[A-Z][\w'’]+)*\s+(?:International\s+|Cross-[Bb]order\s+|Economic\s+|Friendship\s+)?"
    r"(?:Railway|Railroad|Highway|Expressway|Express|Corridor|Pipeline|Bridge|Freight|Train|Road)s?\b")


# 昆明至曼谷的国际公路: the far end of a road, railway or pipeline named by its two ends
# (not a service: 开行至波季港的班列 is a train to Georgia)
_ZH_ROUTE_TO = re.compile("的?(?:国际)?(?:铁路|高铁|公路|高速公路|高速|国际道路|输油管道|原油管道|天然气管道|油气管道|管道)")
_ZH_SERVICE_BEFORE = re.compile(r"(?:开行|开通|运行|发运|驶|飞|直达|通达|往返)$")
_ROUTE_TO_AT = "至到—－–-"  # (the character before the far end of a route: _ZH_ROUTE_TO)
_ROUTE_ANY = re.compile(_ROUTE_WORDS)
_ROUTE_LONGEST = max(map(len, _ROUTE_WORDS.split("|")))
# every word _EN_ROUTE ends with (case as written: the pattern has no flags)
_EN_ROUTE_WORD = re.compile(r"Railway|Railroad|Highway|Expressway|Express|Corridor|Pipeline|Bridge|Freight|Train|Road")
# the farthest a route word of _ZH_ROUTE_AFTER starts after the mention: two characters of the
# lazy run, then 国际
_ROUTE_AFTER_REACH = 4


def route_word_starts(text: str) -> list[int]:
    """The offsets (in order) where :data:`_ROUTE_WORDS` matches ``text`` (leftmost, not
    overlapping): a route word starting at ``q`` is one of them or lies inside one that
    starts at most ``_ROUTE_LONGEST - 1`` characters before ``q``."""
    return [m.start() for m in _ROUTE_ANY.finditer(text)]


def in_route_name(text: str, m: Mention) -> bool:
    """Whether ``m`` is part of the name of a route or corridor (中老铁路, 中蒙俄经济走廊,
    中欧班列, 昆明至曼谷的国际公路, "China-Laos Railway", "Kunming-Bangkok International Highway").
    ``text`` is read in Simplified script where it matters (:data:`_T2S`)."""
    if _ZH_ROUTE_IN.search(m.text.translate(_T2S)):
        return True
    if (m.start > 0 and text[m.start - 1] in _ROUTE_TO_AT and _ZH_ROUTE_TO.match(text, m.end)
            and _ZH_SERVICE_BEFORE.search(text, max(0, m.start - 4), m.start - 1) is None):
        return True
    return (_ZH_ROUTE_AFTER.match(text, m.end) is not None
            or (m.text[:1].isascii() and _EN_ROUTE.match(text, m.end) is not None))


def background_frames(text: str, countries: list[Mention]) -> set[int]:
    """Indexes (into ``countries``) of mentions in a border list or a route name."""
    if _T2S_ANY.search(text) is not None:
        text = text.translate(_T2S)
    starts = [m.start for m in countries]
    order = sorted(range(len(countries)), key=starts.__getitem__)
    ms = [countries[i] for i in order]
    ms_starts = [starts[i] for i in order]
    out: set[int] = set()
    # Only a mention that may be in a route name is read through the route patterns (issue 17): each branch
    # of in_route_name needs a route word starting inside the mention or at most _ROUTE_AFTER_REACH characters
    # after it (one of route_starts lies at most _ROUTE_LONGEST - 1 before it, no further than that after it), a
    # dash right after it (中国—吉尔吉斯斯坦—乌…铁路), a route's far-end character before it, or an English route word.
    route_starts = route_word_starts(text)
    english_routes = _EN_ROUTE_WORD.search(text) is not None
    last, back = len(route_starts), _ROUTE_LONGEST - 1
    for k, m in enumerate(ms):
        a = m.start
        i = bisect_left(route_starts, a - back) if last else 0
        near = (i < last and route_starts[i] <= m.end + _ROUTE_AFTER_REACH) or text[m.end:m.end + 1] in "—－–-"
        if ((near or (a > 0 and text[a - 1] in _ROUTE_TO_AT)
             or (english_routes and m.text[:1].isascii())) and in_route_name(text, m)):
            out.add(order[k])
    for kw in _ZH_BORDER.finditer(text):  # the list ends just before the frame word
        end, sep = kw.start(), _ZH_TAIL
        # (a mention starting at or after the frame word ends after it: skipped below; the
        # search starts before them, not at the last mention of the text, which was quadratic)
        for k in range(bisect_left(ms_starts, end) - 1, -1, -1):
            m = ms[k]
            if m.end > end:
                continue
            if sep.fullmatch(text, m.end, end) is None and not (m.end == end and k + 1 < len(ms)
                                                                  and ms[k + 1].code == m.code) and not (
                    sep is _ZH_TAIL and _ZH_PLACE_TAIL.fullmatch(text, m.end, end)):
                break  # (朝鲜新义州隔江相望: a country glued to its own city is one item)
            out.add(order[k])
            end, sep = m.start, _ZH_SEP
    for kw in _ZH_REACH.finditer(text):  # 通达A、B、C等…: two or more, closed by 等
        start, run = kw.end(), []
        for k in range(bisect_left(ms_starts, start), len(ms)):
            m = ms[k]
            if text[start:m.start].strip() and not (run and _ZH_SEP.fullmatch(text, start, m.start)):
                break
            run.append(order[k])
            start = m.end
        if len(run) >= 2 and _ZH_REACH_END.match(text, start):
            out.update(run)
    lower = text.lower()  # (every keyword of _EN_BORDER holds one of these; none has a letter
    # that re.I matches to a character outside ASCII)
    english_borders = ("border" in lower or "adjacent" in lower or "adjo" in lower or "frontier" in lower
                       or "proximity" in lower)
    for kw in _EN_BORDER.finditer(text) if english_borders else ():  # the list starts just after the frame word
        start, first = kw.end(), True
        for k in range(bisect_left(ms_starts, start), len(ms)):  # (from the first mention after it)
            m = ms[k]
            if m.start < start:
                continue
            gap = text[start:m.start]
            if not ((gap.strip().lower() in ("", "the") or _EN_CHINA_FIRST.fullmatch(gap)) if first
                    else _EN_SEP.fullmatch(gap)):
                break
            out.add(order[k])
            start, first = m.end, False
    out |= bloc_members(text, countries) | diaspora_lists(text, countries) | border_lists_after(text, countries)
    if "等" in text or "届" in text or "屆" in text:
        out.update(i for i, m in enumerate(countries) if past_venue(text, m))
    return out


# 论坛已分别在三亚、德班、圣彼得堡等地举办: the earlier hosts of a recurring event (fix round 2)
_PAST_VENUE_BEFORE = re.compile(r"(?:已|曾|先后|先後|分别|分別)(?:经|經)?(?:先后|先後|分别|分別)?(?:在|于|於)"
                                r"(?:[^，。；,;、]{1,12}?[、和及与與])*$")
_PAST_VENUE_AFTER = re.compile(r"^(?:[、和及与與][^，。；,;、]{1,12}?)*等(?:地|城市|国|國)(?:成功)?(?:[举舉](?:办|辦|行)|召开|召開)")
# "the BRICS – Brazil, Russia, India, China and South Africa", 金砖国家（巴西、俄罗斯…）: a bloc's
# members spelled out after it are the bloc, no partner of their own (fix round 2)
_BLOC_LIST = re.compile(r"(?:BRICS|金砖(?:五国|国家)?|金磚(?:五國|國家)?)(?:\s+(?:countries|nations|members))?"
                        r"\s*(?:[–—-]{1,2}|[（(:：,，]|即|包括|including)\s*(?:the\s+)?")


_BLOC_SEP = re.compile(r"\s*(?:(?:,\s*and|,|and|、|，)\s*(?:China|中国|中國)\s*)?(?:,\s*and|,|and|&|、|，|和|及|与|與)\s*(?:the\s+)?",
                       re.I)


def past_venue(text: str, m: Mention) -> bool:
    """Whether ``m`` is one of the earlier hosts of a recurring event (已分别在三亚、德班等地举办):
    a place in that list hosts nothing the text reports."""
    after = text[m.end:m.end + 80]  # (…等地举办, or …和福州成功举办七届: engagement.past_hosts)
    return (_PAST_VENUE_BEFORE.search(text, max(0, m.start - 60), m.start) is not None
            and (_PAST_VENUE_AFTER.match(after) is not None if "等" in after[:60] else editions_close(after)))


def bloc_members(text: str, countries: list[Mention]) -> set[int]:
    """Indexes (into ``countries``) of three or more mentions listed right after a bloc's
    name ("BRICS – Brazil, Russia, India …"): the members that make up the bloc."""
    out: set[int] = set()
    if "BRICS" not in text and "金砖" not in text and "金磚" not in text:
        return out
    order = sorted(range(len(countries)), key=lambda i: countries[i].start)
    for kw in _BLOC_LIST.finditer(text):
        start, run = kw.end(), []
        for i in order:
            m = countries[i]
            if m.start < start:
                continue
            gap = text[start:m.start]
            if run and not _BLOC_SEP.fullmatch(gap) or not run and gap.strip():
                break
            run.append(i)
            start = m.end
        if len(run) >= 3:
            out.update(run)
    return out


# 中葡论坛（澳门）常设秘书处, "Forum (Macao)": the parenthesis names where the body sits
_ORG_BEFORE_PAREN = re.compile(
    r"(?:论坛|論壇|秘书处|秘書處|组织|組織|协会|協會|联合会|聯合會|中心|办事处|辦事處|代表处|代表處|基金会|基金會"
    r"|公司|集团|集團|银行|銀行|大学|大學|学院|學院|研究院|商会|商會"
    r"|Forum|Secretariat|Office|Association|Centre|Center|Bank|University|Company"
    r"|Countries|Council|Committee|Institute|Foundation|Fund)\s*[（(]\s*$")  # "…Portuguese-speaking Countries (Macao)"
_PAREN_AFTER = re.compile(r"\s*[)）]")
# 中欧班列（成渝）, 西部陆海新通道（重庆）: the cities a route runs from, in brackets after its name,
# name the route, not an actor (issue 15: the province acts only where the text names it elsewhere)
# (推动中欧班列（成渝）高质量运行, 就中欧班列（成渝）交换意见); a route that opens its clause is the
# subject of the act and its cities act (中欧班列（成渝）重庆至杜伊斯堡新线路开通: both run it)
_ROUTE_BEFORE_PAREN = re.compile(r"(?:班列|快线|快铁|铁路|通道|走廊|航线)\s*[（(]\s*$")
_ROUTE_OPENS_CLAUSE = re.compile(r"(?:^|[。；！？\n，,：:“\"])\s*(?:中[\u4e00-\u9fff]{1,3}|西部陆海新|[\u4e00-\u9fff]{1,2})"
                                 r"(?:班列|快线|快铁|铁路|通道|走廊|航线)\s*[（(]\s*$")
# 赴上海走访各国驻沪总领事馆: going to the city of the consulates called on
_TO_VENUE_BEFORE = re.compile(r"(?:赴|到|前往|抵达|抵達|来到|來到|走访|走訪)\s*$")
_CONSULATES_AFTER = re.compile(
    r"^[^。；！？\n]{0,40}?[驻駐][\u4e00-\u9fff]{1,6}?(?:总领事|總領事|总领馆|總領館|领事|領事)")
# "the Consul General of the Republic of Korea in Shenyang": a seat named after a long country name (resolve.province_role looks 40 characters back); not a place after the seat or a verb (pen)
_CONSUL_EN_BEFORE = re.compile(r"\bconsul(?:ar|ate)?s?(?:[- ]generals?)?\b(?:(?:(?!\b(?:in|at)\s+(?-i:[A-Z])|\b(?:visit|tour|met\b|meet|held|hold|arriv|travel|went|attend|paid))[^.;]){0,60}?\b(?:in|at)|\s+to|\s+of\s[^.;]{0,60}?\sto)\s+(?:the\s+cit(?:y|ies)\s+of\s+)?(?-i:(?:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?(?:\s*,|\s+and)\s+)*)$",
                               re.I)  # ("consulate-general to Shenyang": rpen2; "consul generals of … to", "in Xi'an, Shaanxi", "in the cities of A and B")
# 东北三省中唯一…, 长三角之一: the group the actor belongs to
_PARTITIVE_AFTER = re.compile(r"^(?:中|之中|当中|當中|里|裡)?(?:唯一|仅有|僅有|的唯一)|^之一")


# …在北京会谈，此后将赴广西访问; "… and will then travel to Guangxi": a stop still to come after the act
# the text reports (issue 15; a sequence word: 此后/随后/还/并 将, "and will", "will then/also") does
# not act; the host of a visit the whole text announces (…将于下周访问云南) still does
_FUTURE_TRIP_ZH = re.compile(
    r"(?:此后|此後|随后|隨後|之后|之後|然后|然後|接着|接著|还|還|并|並|再|也|后|後)(?:将|將|拟|擬)(?:要|会|會)?(?:于[^，。；,;]{1,10}?)?(?:赴|前往|到访|到訪|访问|訪問|转赴|轉赴|飞赴|飛赴|转往|轉往|出访|出訪|抵达|抵達|到|去)"
    r"(?:[\u4e00-\u9fff]{1,8}?[、和及与與])*$")
_FUTURE_TRIP_EN = re.compile(
    r"\b(?:(?:and\s+(?:then\s+)?will|will\s+(?:then|later|also|next)|(?:is|are)\s+(?:then\s+|later\s+|also\s+)?"
    r"(?:due|scheduled|expected|set)\s+to)\s+(?:then\s+|later\s+|also\s+|next\s+)?"
    r"(?:visit|(?:travel|go|head|proceed|fly|move\s+on|continue)\s+(?:on\s+)?to)"
    r"|before\s+(?:heading|travell?ing|going|flying|moving\s+on|proceeding)\s+(?:on\s+)?to)\s+"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,|and)\s+)*$")


def future_stop(text: str, m: Mention) -> bool:
    """Whether the province mention ``m`` is named only as a stop still to come (此后将赴广西访问,
    还将赴广东、海南, "will then travel to Guangxi"): no actor of what the text reports."""
    before = text[max(0, m.start - 40):m.start]
    if m.text[:1].isascii():
        return ("will" in before or " to " in before or "visit" in before) and _FUTURE_TRIP_EN.search(before) is not None
    return ("将" in before or "將" in before or "拟" in before or "擬" in before) and _FUTURE_TRIP_ZH.search(
        before) is not None


# "a researcher at the Shanghai Institutes for International Studies", 上海国际问题研究院: a think tank
# that opens with its city's name names no actor (issue 15)
_THINK_TANK_AFTER = re.compile(
    r"^(?:\s+(?:Institutes?|Academy|Cent(?:er|re))\s+(?:for|of)\s+(?:International|World|Global|Strategic|Contemporary|"
    r"Asian|Asia-Pacific|Pacific|Foreign|Social)\b|(?:市|省)?(?:国际问题研究|國際問題研究|国际关系研究|國際關係研究|"
    r"国际战略研究|國際戰略研究)(?:院|所|中心))")


def think_tank_name(text: str, m: Mention) -> bool:
    """Whether the province mention ``m`` opens the name of a think tank of international
    studies ("the Shanghai Institutes for International Studies", 上海国际问题研究院): its seat
    named inside a body's name, no actor."""
    return _THINK_TANK_AFTER.match(text[m.end:m.end + 60]) is not None


def in_zone_name(m: Mention) -> bool:
    """Whether the country mention ``m`` is named only inside the name of a zone, park or
    project that carries its Chinese seat (中韩（长春）国际合作示范区, 中马钦州产业园区: the
    ``compound.zone.*`` entries of places/patterns.yaml): background (TAXONOMY §2, a country
    named only inside the name of a body), a partner only where the text names it elsewhere."""
    return (m.entry or "").startswith("compound.zone.")


def province_locates(text: str, m: Mention, *, paren: bool = True, seat: bool = True, consul: bool = True) -> bool:
    """Whether the province mention ``m`` only locates something (see the module note):
    an organisation's seat in parentheses, the city of consulates a delegation calls on,
    a seat named in a sentence about consulates opened or located (:func:`consulate_seat_sentence`),
    a leader's namesake after a deputy's title (:func:`namesake_official`),
    or a group of provinces named as the set the actor belongs to.

    ``paren``, ``seat``, ``consul`` False say that ``text`` holds no opening parenthesis, no
    驻/駐, no "consul" (any case): the rules that need one are then skipped (issue 17: the
    same answer without their regexes, for each province mention of most texts).
    """
    before = text[max(0, m.start - 12):m.start]
    if paren and _PAREN_AFTER.match(text, m.end) and (_ORG_BEFORE_PAREN.search(before) or (
            _ROUTE_BEFORE_PAREN.search(before) and not _ROUTE_OPENS_CLAUSE.search(text[max(0, m.start - 14):m.start]))):
        return True
    if seat and _TO_VENUE_BEFORE.search(before) and _CONSULATES_AFTER.match(text[m.end:m.end + 60]):
        return True
    if consul and m.text[:1].isascii() and _CONSUL_EN_BEFORE.search(text, max(0, m.start - 90), m.start):
        return True
    if (not m.text[:1].isascii() and consulate_seat_sentence(text, m) or namesake_official(text, m)
            or distance_from_en(text, m) or former_post_en(text, m.start)):  # ("182 kilometers from Hong Kong": rpen2; a former post: pen)
        return True
    return m.entry.startswith("province.compound.") and _PARTITIVE_AFTER.match(text[m.end:m.end + 6]) is not None


# ------------------------------------------------------------ one country mention named in passing
# (issue 15, the fresh trap texts; resolve.country_role calls named_background)
# a comparison ("to rival Singapore and Dubai", "on a par with"); a ship's name ("the bulk carrier
# Panama Spirit", "MV Vietnam Star"); read only where one of _NAMED_EN_WORDS is in the window
_NAMED_EN_BEFORE = re.compile(
    r"\b(?:rival(?:s|led|ling|ing)?|on\s+a\s+par\s+with|modell?ed\s+on|carrier|vessel|ship|tanker|freighter|liner|M/?[VS])"
    r"\s+(?:the\s+)?$", re.I)
_NAMED_EN_WORDS = ("rival", "par with", "model", "carrier", "vessel", "ship", "tanker", "freighter", "liner", "mv ",
                   "m/v", "ms ", "m/s")
# …and the second of a pair after such a frame ("rival Singapore and Dubai")
_BG_EN_PAIR_BEFORE = re.compile(r"\b(?:rival(?:s|led|ling|ing)?|on\s+a\s+par\s+with)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w’'-]*)?\s*(?:,|and|or)\s+(?:the\s+)?$")
# a language, an ethnic group or a cuisine, not the country ("Korean-language signs",
# "Vietnamese-speaking", "Thai cuisine"); "Georgia" the U.S. state ("Columbus, Georgia")
_BG_EN_KIND_AFTER = re.compile(r"^(?:-language|\s+language|-speaking|\s+(?:cuisine|restaurant))\b", re.I)
# a demonym naming a kind of restaurant ("a Mongolian barbecue restaurant", "Vietnamese pho eatery")
_BG_EN_EATERY_AFTER = re.compile(r"^(?:\s+[\w-]+){0,2}?\s+(?:restaurants?|eatery|eateries|cuisine|caf[eé]s?|noodle shops?)\b", re.I)
# "compared Hainan's port with Hong Kong and Singapore" (read over 90 characters back)
_COMPARED_EN = re.compile(r"\bcompar(?:ed|es|ing|ison)\b[^.;]{0,70}?\b(?:with|to)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,|and)\s+(?:the\s+)?)*$")
# in transit: "trains to Duisburg via Kazakhstan", 途经哈萨克斯坦
_TRANSIT_BEFORE = re.compile(
    r"(?:\bvia\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,|and)\s+(?:the\s+)?)*"
    r"|(?:途经|途經|经由|經由|取道|过境|過境)(?:[\u4e00-\u9fff]{2,8}?[、和及])*)$")
# "the Yunnan-Myanmar border city of Ruili", "China-Laos border areas": a border described
_BORDER_ADJ_AFTER = re.compile(r"^\s+border\b(?!\s+(?:talks|meeting|meetings|committee|commission|consultations?)\b)", re.I)
# "on the Kazakh border", "the Mongolian border area", "near the Myanmar border": a border described by the
# neighbour's demonym or name
# (background, issue 15; "Kazakh border officials" are people and stay)
_DEMONYM_BORDER_AFTER = re.compile(r"^\s+(?:border|frontier)(?:\s+(?:areas?|regions?|towns?|cit(?:y|ies)|count(?:y|ies)|"
                                   r"crossings?|zones?|lines?|posts?|ports?|villages?))?\s*(?:[,.;:)]|$|\s+(?:is|are|was|were|in|of|with|and|near|to|from|at|where|which)\b)", re.I)
# 地处哈萨克斯坦边境, 位于越南边界一侧: where a place lies, by the neighbour's border (background)
_SITS_ZH_BEFORE = re.compile(r"(?:地处|地處|位于|位於|毗邻|毗鄰|紧邻|緊鄰|靠近|临近|臨近|地临|地臨)$")
_BORDER_ZH_AFTER = re.compile(r"^(?:边境|邊境|边界|邊界|边境线|邊境線)(?!贸易|貿易|会晤|會晤|会谈|會談|联检|聯檢|部门|部門|官员|官員)")
_US_STATE_BEFORE = re.compile(r"\b(?:state\s+of|U\.?S\.?\s+state\s+(?:of\s+)?)\s*$", re.I)
_CITY_COMMA_BEFORE = re.compile(r"\b[A-Z][a-z]+,\s*$")  # "Columbus, Georgia" (in a text naming the U.S.)
_US_MARK = re.compile(r"\bU\.S\.(?!\w)|\b(?:US|USA|United States|American?)\b")
_US_GEORGIA_AFTER = re.compile(r"^(?:,?\s*(?:U\.?S\.?A?\b|United States)|\s+state\b)")
# 越南街, 泰国餐厅, 越南米粉店: a street, a restaurant or a dish named after the country; 网传“…”:
# a rumour (the country is named in what is denied)
_NAMED_ZH_AFTER = re.compile(
    r"^[”\"’]?(?:风情街|美食街|一条街|街(?!道|头)|餐厅|餐馆|菜馆|饭店|米粉|粉店|小吃|料理|风味|咖啡馆|菜(?!单)|[”\"]?号(?:班轮|货轮|邮轮|轮|列车)?)")
_RUMOUR_ZH_BEFORE = re.compile(r"(?:网传|传言|传闻|谣传|有消息称)[“\"「][^”\"」]{0,30}$")
# (the two rules above read Traditional script through this map: 泰國餐廳, 網傳「…」)
_NAME_T2S = str.maketrans("網傳聞謠稱餐廳館飯風頭單號輪郵車", "网传闻谣称餐厅馆饭风头单号轮邮车")
_NAME_T_ANY = re.compile("[網傳聞謠稱餐廳館飯風頭單號輪郵車]")


def _simplified(s: str) -> str:
    """``s`` with the Traditional characters of the name and rumour frames simplified (str.translate
    only where one occurs: it is slow on non-ASCII text)."""
    return s.translate(_NAME_T2S) if _NAME_T_ANY.search(s) else s


_RUMOUR_ANY = re.compile("[传傳谣謠称稱]")  # (a character every rumour frame word holds: a cheap test first)
_TRANSIT_ANY = re.compile("via|[途经經取过過]")


# a river, canal or sea named after the country ("the Niger River", "Panama Canal"); a given name
# ("Chad Smith", "Jordan Lee"); a country name written in lower case ("roast turkey")
_FEATURE_EN_AFTER = re.compile(r"^\s+(?:River|Delta|Basin|Valley|Canal|Strait|Sea|Gulf|Plateau)\b")
_GIVEN_NAMES = frozenset({"Chad", "Jordan"})
_SURNAME_AFTER = re.compile(
    r"^\s+(?!River|Valley|Basin|Lake|Embassy|Consulate|Airlines|Government|Ministry|Chamber|Army|News|Times)[A-Z][a-z]+\b")
# a benchmark: 对标新加坡、迪拜, 比肩新加坡 (the country is a yardstick, not a counterpart)
_BENCHMARK_ZH = re.compile(r"(?:对标|對標|比肩|媲美|赶超|趕超|看齐|看齊)(?:[\u4e00-\u9fff]{2,8}?[、和与及與])*$")
# deep history: 历史上, 古代, 600多年前, 明朝…; "in ancient times", "centuries ago", "in the 15th century"
_HISTORY = skipping(re.compile(
    r"历史上(?!首次|第一次|首个|首位|最大|最高|最多|规模最大)|歷史上(?!首次|第一次)|古代|自古|\d{3,}多?年前|[一二三四五六七八九]百多?年前|(?:汉|唐|宋|元|明|清)(?:朝|代(?!表|码|理|价|言|办))|郑和|鄭和|古丝绸之路|古絲綢之路"
    r"|\bin ancient times\b|\bancient (?:maritime )?silk road\b|\bcenturies ago\b|\bin the (?:[4-9]th|1[0-8]th|1st|2nd|3rd) century\b|\b(?:Ming|Tang|Song|Yuan|Qing) dynasty\b|\bZheng He\b",
    re.I))
# a denial: the country is named in what is denied ("denied reports that its governor would visit
# Japan", 否认该省领导将访问日本, 辟谣…), read over 90 characters back in the sentence
_DENIED_EN = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es)?|rejected|refuted)\s+(?:the\s+|online\s+|media\s+|some\s+){0,2}"
    r"(?:reports?|rumou?rs?|claims?|allegations?|speculation|that)\b[^.;:]{0,90}$", re.I)
_DENIED_ZH = re.compile(r"(?:否认|否認|辟谣|闢謠)[^。；！？]{0,40}$")


def named_background(text: str, m: Mention, a: int, before: str, after: str) -> bool:
    """Whether the country mention ``m`` (in a sentence starting at ``a``; ``before``/``after``:
    up to 30 characters either side within it) names something else or only a frame: a ship,
    street, restaurant, dish or language (“X”号, 越南街, 泰国餐厅, "Korean-language", "a Mongolian
    barbecue restaurant"), a comparison ("rival Singapore and Dubai", "compared … with Japan"), a
    country crossed in transit ("via Kazakhstan", 途经…), a border described ("the Guangxi-Vietnam
    border town"), a rumour or report denied (网传“…”, 否认…, "denied reports that … Japan"),
    Georgia the U.S. state ("Columbus, Georgia"), a river or canal ("the Niger River"), a given
    name ("Chad Smith") or a word in lower case ("roast turkey")."""
    if m.text[:1].isascii():
        entry = m.entry or ""
        low = before.lower()
        if (m.text.islower()  # (the whole name: "port of Alat", "eSwatini" stay)
                or _FEATURE_EN_AFTER.match(after)
                or (m.text in _GIVEN_NAMES and _SURNAME_AFTER.match(after))
                or (entry.endswith(".demonym") and _BG_EN_EATERY_AFTER.match(after))
                or (before.endswith("-") and _BORDER_ADJ_AFTER.match(after))
                or ((entry.endswith(".demonym") or low.endswith(("the ", "its "))) and _DEMONYM_BORDER_AFTER.match(after))
                or (text.find("ompar", max(a, m.start - 90), m.start) >= 0
                    and _COMPARED_EN.search(text, max(a, m.start - 90), m.start))
                or (any(w in low for w in _NAMED_EN_WORDS)
                    and (_NAMED_EN_BEFORE.search(before) or _BG_EN_PAIR_BEFORE.search(before)))
                or _BG_EN_KIND_AFTER.match(after)
                or (m.text == "Georgia" and (_US_STATE_BEFORE.search(before) or _US_GEORGIA_AFTER.match(after) or (
                    _CITY_COMMA_BEFORE.search(before) and _US_MARK.search(text))))):
            return True
    elif _NAMED_ZH_AFTER.match(_simplified(after)) or (_SITS_ZH_BEFORE.search(before) and _BORDER_ZH_AFTER.match(after)) or (
            _RUMOUR_ANY.search(before) and _RUMOUR_ZH_BEFORE.search(_simplified(before))):
        return True
    wide = text[max(a, m.start - 90):m.start]
    if not m.text[:1].isascii() and _BENCHMARK_ZH.search(before):
        return True
    if _HISTORY.search(text, a, m.start) is not None:
        return True  # a country in the history the sentence tells
    if (("den" in wide or "Den" in wide or "dismiss" in wide or "refut" in wide or "reject" in wide)
            and _DENIED_EN.search(wide)) or (("否" in wide or "谣" in wide or "謠" in wide) and _DENIED_ZH.search(wide)):
        return True
    # a country crossed; a city on the way may be where the goods come from ("via Lang Son")
    return (_TRANSIT_ANY.search(before) is not None and _TRANSIT_BEFORE.search(before) is not None
            and not (m.entry or "").endswith((".city", ".capital", ".subnational")))
