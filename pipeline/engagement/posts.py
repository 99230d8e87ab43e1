"""One person's posts written in a row (TAXONOMY §3b ``counterpart``): a foreign post that
names its place gives its side to the posts next to it that name none (越南河江省委副书记、省长;
"Secretary of the Provincial Party Committee and Chairman of the Provincial People's Council of
Ha Giang"); a national title joined to a firm's or a school's is theirs ("President and CEO of").
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Callable, Sequence

import msgspec

from ..schemas import Mention
from ..text import unglossed
from .org_officers import government_secretary_general, org_officer, report_source
from .person_names import chinese_surname_after
from .names_again import named_again_cn
from .datelines import earlier_trip_sentence
from .titles import CN_MUNICIPALITIES, NATIONAL_CODES, TitleHit, TitleMatcher, attach, foreign_local
from .titles_extra import refine
from .central_titles import met_by_national_leader

_CHAIN_ZH = re.compile(r"\s*(?:、|兼|兼任)\s*")  # 越南河江省委副书记、省长: one person's posts in a row
_CHAIN_EN = re.compile(r"\s*(?:,\s*|\s+and\s+|,\s*and\s+)(?:the\s+)?(?:(?:Vice\s+|Deputy\s+|Permanent\s+)?"
                       r"(?:Chair(?:man|woman|person)?|President|Head|Director|Member)\s+of\s+(?:the\s+)?"
                       r"(?:Provincial\s+|Municipal\s+|City\s+|Regional\s+)?)?")  # "… and Chairman of the Provincial People's Council"


def attach_all(hits: Sequence[TitleHit], text: str, places: Sequence[Mention]) -> list[TitleHit]:
    """:func:`attach` each hit, then give the side of a foreign post that names its place to the
    posts of the same person written next to it without one: 越南河江省委副书记、省长 (the 省长 is
    Ha Giang's), "Secretary of the Provincial Party Committee and Chairman of the Provincial
    People's Council of Ha Giang" (English names the place after the last post).

    >>> from pipeline.lexicon import load
    >>> from pipeline.engagement.titles import compile_titles
    >>> tm = compile_titles(load().title_entries)
    >>> t = "老挝琅南塔省委书记、省长来访"
    >>> m = Mention(label="country", code="LAO", text="老挝琅南塔省", start=0, end=6, entry="country.LAO.subnational")
    >>> [(h.text, h.side, h.code) for h in attach_all(tm.find(t, 0, len(t)), t, [m])]
    [('省委书记', 'foreign', 'subnational'), ('省长', 'foreign', 'subnational')]
    """
    out = [_decide(h, text, places) for h in hits]
    for k in range(1, len(out)):  # "Akim (governor) Daniyal …", 阿基姆（州长）: the foreign post explained, no other person
        a, b = out[k - 1], out[k]
        if a.side == "foreign" and _GLOSS_OPEN.fullmatch(text, a.end, b.start) and text.startswith((")", "）"), b.end):
            out[k] = TitleHit(b.start, b.end, b.text, b.entry, "none", "", None, "explains_foreign_post")
        elif a.rule == "former_office" and a.end == b.start and b.side == "foreign":  # 前议会议员: the member is former too
            out[k] = TitleHit(b.start, b.end, b.text, b.entry, "foreign", "other", b.place, "former_office")
    for k in range(1, len(out)):  # forwards: the post after takes the side of the one before
        a, b = out[k - 1], out[k]
        latin = b.text[:1].isascii()
        if _chained(a, b, text, latin) and a.side == "foreign" and a.place is not None and _unplaced(b):
            out[k] = _foreign_post(b, a.place)
    for k in range(len(out) - 2, -1, -1):  # backwards, in English only: "… and Chairman of … of Ha Giang"
        a, b = out[k], out[k + 1]
        if (a.text[:1].isascii() and _chained(a, b, text, True) and a.code in NATIONAL_CODES and a.place is None
                and b.entry.default_side == "attached"):  # "President and CEO of Siemens": the firm's president
            out[k] = TitleHit(a.start, a.end, a.text, a.entry, "none", "", None, "organisation_officer")
            continue
        if (a.text[:1].isascii() and _chained(a, b, text, True) and b.side == "foreign" and b.place is not None
                and _unplaced(a)):
            out[k] = _foreign_post(a, b.place)
    return _background_leaders(out, text) + _counterparts_of(out, text, places)


def titles_attached(titles: TitleMatcher, text: str, span: tuple[int, int], places: Sequence[Mention]
                    ) -> list[TitleHit]:
    """The titles of ``text[span[0]:span[1]]``, each attached (:func:`attach_all`). A clause with
    pinyin glosses (a mirror page's 省委書(shū)記) is read without them, and the hits' offsets and
    places are mapped back onto ``text`` (their ``text`` is the unglossed form: 書記).

    >>> from pipeline.lexicon import load
    >>> from pipeline.engagement.titles import compile_titles
    >>> t = "省委书(shū)记会(huì)见客人"
    >>> [(h.text, h.start, h.end, h.code) for h in titles_attached(compile_titles(load().title_entries), t, (0, 16), [])]
    [('省委书记', 0, 9, 'party_secretary')]
    """
    a, b = span
    if text.find("(", a, b) < 0 or (got := unglossed(text[:b])) is None:
        found = titles.find(text, a, b)
        return attach_all(found, text, places) if found else []
    plain, where = got  # (the text up to the clause's end: the rules look back, never past it)

    def at(i: int) -> int:
        return bisect.bisect_left(where, i)

    mapped = [msgspec.structs.replace(m, start=at(m.start), end=at(m.end), text=plain[at(m.start):at(m.end)])
              for m in places]
    back = {id(n): m for n, m in zip(mapped, places)}
    found = titles.find(plain, at(a), at(b))
    hits = attach_all(found, plain, mapped) if found else []
    return [dataclasses.replace(h, start=where[h.start], end=where[h.end - 1] + 1,
                                place=back.get(id(h.place), h.place) if h.place is not None else None) for h in hits]


def later_counterpart(later: Sequence[int], titles_in: Callable[[int], list[TitleHit]]) -> TitleHit | None:
    """The highest-ranking foreign title named in the clauses ``later`` of a segment (past those its
    attributes are read from) whose lead names none: the hosts a trip's report names further down
    (某省代表团赴越南 …… 越南总理会见代表团), the guests of an expo's opening, a national
    one only where it heads a state or a ministry (a diplomat or an association named late is often a
    bystander), else None."""
    best: TitleHit | None = None
    for i in later:
        for h in titles_in(i):
            if h.side == "foreign" and h.code in _LATE_CODES and (best is None or post_rank(h) > post_rank(best)):
                best = h
    return best


_LATE_CODES = frozenset({"head_of_state_or_government", "minister"})


def later_official(later: Sequence[int], titles_in: Callable[[int], list[TitleHit]] | None) -> TitleHit | None:
    """The highest-ranking provincial leader (secretary, governor, deputy) named in the clauses
    ``later`` of a segment whose lead names no Chinese title: the leaders of an expo's opening named
    after its headline and lead (…开幕。…省委书记尹某致欢迎辞), else None (a department or a body named late
    is often a bystander)."""
    best: TitleHit | None = None
    for i in later if titles_in is not None else ():
        for h in titles_in(i):
            if h.side == "chinese" and h.code in _LATE_POSTS and h.rule not in _NOT_ACTING and (
                    best is None or post_rank(h) > post_rank(best)):
                best = h
    return best


_LATE_POSTS = frozenset({"party_secretary", "governor", "deputy"})
_NOT_ACTING = frozenset({"conveyed_greetings", "background_mention"})


def _decide(h: TitleHit, text: str, places: Sequence[Mention]) -> TitleHit:
    """One title's side and code: :func:`attach`, then each refinement in turn."""
    h = government_secretary_general(org_officer(attach(h, text, places), text, places), text, places)
    h = refine(h, text, places)  # China's own people a title's default side reads as foreign (驻蒙古大使, 领事保护)
    h = _former(_own_compound(_agency_head(h, text, places), places), text, places)
    h = _its_post(_english_group(_chinese_body(h, text), text, places), text, places)
    return report_source(h, text)


_GLOSS_OPEN = re.compile(r"\s*[(（]\s*")
_MEETING_ZH = re.compile(r"会见|會見|会晤|會晤|接见|接見|会谈|會談|拜会|拜會|拜见|拜見|宴请|宴請")
# what the sides then said or recalled (双方回顾了老挝国家主席访华成果, 转达了巴基斯坦总理的问候, 以…访滇为契机)
_BACKGROUND_ZH = re.compile(r"[，,；;][^，,。；;]*?(?:表示|回顾|回顧|转达|轉達|介绍|介紹|感谢|感謝|祝贺|祝賀|指出|强调|強調|"
                            r"希望|落实|落實|期间|期間|以(?!及)|谈及|談及|提及)[^，,。；;]*$")


_MEETING_EN = re.compile(r"\b(?:met|meets|received|receives|held\s+talks)\b")
_BACKGROUND_EN = re.compile(r"[,;][^.;]*?\b(?:said|says|conveyed|conveys|recalled|recalls|thanked|thanks|noted|notes|hoped|"
                            r"hopes|praised|praises|expressed|expresses|mentioned|mentions|during|invited|invites)\b[^.;]*$")


def _background_leaders(hits: list[TitleHit], text: str) -> list[TitleHit]:
    """A leader named after a meeting's verb, in what the sides then said or recalled
    (会见老挝丰沙里省委书记一行，双方回顾了老挝国家主席访华成果; 会见…总领事，总领事感谢自治区党委书记…;
    "met Pakistan's Consul General, who said the Prime Minister of Pakistan …"): talked about,
    neither the one met nor the official acting."""
    out = list(hits)
    for latin, meeting, background in ((False, _MEETING_ZH, _BACKGROUND_ZH), (True, _MEETING_EN, _BACKGROUND_EN)):
        some = [h for h in hits if h.text[:1].isascii() == latin]
        if not some:
            continue
        v = meeting.search(text, max(0, some[0].start - 40), some[-1].start)
        if v is None or text.find("." if latin else "。", v.end(), some[-1].start) >= 0:
            continue
        out = [TitleHit(h.start, h.end, h.text, h.entry, "none", "", h.place, "background_mention")
               if h.side in ("foreign", "chinese") and h.start >= v.end() and h.text[:1].isascii() == latin
               and background.search(text, max(v.end(), h.start - 120), h.start) else h for h in out]
    return [TitleHit(h.start, h.end, h.text, h.entry, "none", "", h.place, "earlier_trip_mention")  # (visited X this July)
            if h.side == "foreign" and (earlier_trip_sentence(text, h.start) or met_by_national_leader(text, h.start))
            else h for h in out]  # (visited X this July; 习近平主席会见某国首相: central_titles)


_COUNTERPART_OF = re.compile(r"\b(?:their|his|her|its)\s+((?:[A-Z][\w'’-]*\s+){0,3})counterparts?\b")
_PLURAL_POSTS = {"governors": "governor", "mayors": "governor"}


def _counterparts_of(hits: Sequence[TitleHit], text: str, places: Sequence[Mention]) -> list[TitleHit]:
    """The Chinese post that "their/his Guangxi counterpart" names after a foreign local leader's
    (Party secretaries of Quang Ninh … met their Guangxi counterpart): the same post, Chinese side
    (a city's, "his Kunming counterpart", is municipal)."""
    out: list[TitleHit] = []
    for a in hits:
        post = a.entry.official or _PLURAL_POSTS.get(a.text.lower())  # "the governors of four Lao provinces"
        if a.side != "foreign" or a.code != "subnational" or post is None or not a.text[:1].isascii():
            continue
        end = text.find(".", a.end, a.end + 200)  # (bounded: the same sentence, a window's worth)
        m = _COUNTERPART_OF.search(text, a.end, end if end >= 0 else min(len(text), a.end + 200))
        if m is None:
            continue
        place = next((p for p in places if p.label == "province" and p.role != "locator"
                      and m.start(1) <= p.start < m.end(1)), None)
        code = post
        if place is not None and code in ("party_secretary", "governor", "deputy") and (
                place.entry or "").startswith("city.") and place.code not in CN_MUNICIPALITIES:
            code = "municipal"
        out.append(TitleHit(m.start(), m.end(), m.group(0), a.entry, "chinese", code, place, "counterpart_of"))
        break
    return out


# the head of a national agency that no ministry form names, read from the agency's last word right after
# a country's name: 新西兰贸易发展局局长, 俄罗斯联邦海关署副署长, 泰国投资促进委员会秘书长, 柬埔寨发展理事会秘书长
_AGENCY_HEADS = frozenset({"局长", "副局长", "署长", "副署长", "秘书长", "副秘书长", "局長", "副局長", "署長", "副署長",
                           "秘書長", "副秘書長"})
_AGENCY_NAME = re.compile(r"[^的和与與及在等各两兩同对對将將为為是有驻駐签簽访訪见見举舉，。；、：,;\s]{0,10}?"
                          r"(?:局|署|委员会|委員會|理事会|理事會)")


def _agency_head(h: TitleHit, text: str, places: Sequence[Mention]) -> TitleHit:
    """A 局长 / 署长 / 秘书长 right after a foreign country's agency (新西兰贸易发展局局长): the
    country's national official (``minister``); a foreign province's is ``subnational``
    (越南老街省工贸局局长, decided by :func:`attach`), a Chinese one's stays the Chinese side's.

    >>> from pipeline.lexicon import load
    >>> from pipeline.engagement.titles import compile_titles
    >>> tm = compile_titles(load().title_entries)
    >>> t = "会见新西兰贸易发展局局长"
    >>> m = Mention(label="country", code="NZL", text="新西兰", start=2, end=5, entry="country.NZL")
    >>> [(h.text, h.side, h.code) for h in attach_all(tm.find(t, 0, len(t)), t, [m])]
    [('局长', 'foreign', 'minister')]
    """
    if h.text not in _AGENCY_HEADS or h.place is not None or h.side == "foreign" and h.code != "international_org":
        return h
    for m in places:
        if (m.label == "country" and m.role != "locator" and not foreign_local(m) and m.end < h.start
                and ".compound" not in (m.entry or "") and _AGENCY_NAME.fullmatch(text, m.end, h.start)):
            return TitleHit(h.start, h.end, h.text, h.entry, "foreign", "minister", m, "national_agency_head")
    return h


def _own_compound(h: TitleHit, places: Sequence[Mention]) -> TitleHit:
    """A group named by a China-X compound right after the country X itself (日本中日友好协会,
    越南越中友好协会 reads so already): that country's own body, not both sides' people (中日青年交流)."""
    if h.rule != "china_x_compound":
        return h
    comp = next((m for m in places if ".compound" in (m.entry or "") and m.start < h.start and h.start - 1 <= m.end), None)
    if comp is None:
        return h
    own = next((m for m in places if m.label == "country" and m.role != "locator" and m.end == comp.start
                and m.code == comp.code and ".compound" not in (m.entry or "")), None)
    if own is None:
        return h
    return TitleHit(h.start, h.end, h.text, h.entry, "foreign", h.entry.counterpart or "other", own, "own_compound")


# a Chinese body's name opening with China's or the province's own word (中国红十字会总干事, 省侨商联合会会长,
# 全国…协会): not the foreign side, which a name without a place (红十字会, 联合会, 总干事) is taken for
_CHINESE_BODY = re.compile(r"(?:(?<![—\-－–])(?:中国|中國|我国|我國|全国|全國|我省|本省|全省|我市|本市|全市|我区|我區|全区|全區)"
                           r"|(?:^|(?<=[，,。；;、：:\s]))[省市区區])[^，,。；;、：:与與和及同—\-－–见見访訪在于於为為是对對向给給由率席加]{0,10}$")


def _chinese_body(h: TitleHit, text: str) -> TitleHit:
    """An organisation's title no place decided that a Chinese body's name opens (中国红十字会总干事,
    省侨商联合会会长): no foreign counterpart."""
    if h.side != "foreign" or h.rule != "entry_default" or h.code not in ("other", "international_org") \
            or h.text[:1].isascii():
        return h
    if _CHINESE_BODY.search(text, max(0, h.start - 12), h.start) is None:
        return h
    return TitleHit(h.start, h.end, h.text, h.entry, "none", "", None, "chinese_body")


_FROM_BOTH_EN = re.compile(r"\s+from\s+(?:both|the\s+two|all\s+(?:three|four|five|these|the))\s+(?:countries|nations)\b")
_IN_PLACE_EN = re.compile(r"\s+(?:based\s+|operating\s+)?(?:in|from)\s+")


def _english_group(h: TitleHit, text: str, places: Sequence[Mention]) -> TitleHit:
    """English only. A group no place decided, written before "in" or "from" and a foreign country or
    city ("business leaders in Paris", "buyers from the United States"): that place's; a diplomat's
    title before a Chinese name or surname ("Ambassador Xiao Qian met …", "Consul General Wang
    attended …"): China's own diplomat abroad, no counterpart."""
    if not h.text[:1].isascii():
        return h
    if h.side == "foreign" and h.code == "diplomat" and h.place is None and chinese_surname_after(text, h.end):
        return TitleHit(h.start, h.end, h.text, h.entry, "none", "", None, "chinese_mission")
    if h.side == "foreign" and h.place is None and h.code in ("head_of_state_or_government", "minister", "international_org"
                                                               ) and named_again_cn(text, h.end):
        return TitleHit(h.start, h.end, h.text, h.entry, "none", "", None, "chinese_named_again")  # "President Zhou"
    if h.rule != "unattached" or h.entry.counterpart not in ("business", "academic", "other"):
        return h
    if _FROM_BOTH_EN.match(text, h.end):  # "universities from both countries": the countries named before
        return TitleHit(h.start, h.end, h.text, h.entry, "foreign", h.entry.counterpart, None, "from_both_countries")
    m = _IN_PLACE_EN.match(text, h.end)
    if m is None:
        return h
    p = next((p for p in places if m.end() <= p.start <= m.end() + 4 and text[m.end():p.start] in ("", "the ")
              and p.label == "country" and p.role != "locator"), None)
    if p is None:
        return h
    return TitleHit(h.start, h.end, h.text, h.entry, "foreign", h.entry.counterpart, p, "in_foreign_place")


_NATIONAL_OFFICES = frozenset({"head_of_state_or_government", "minister", "diplomat", "legislature", "party"})
_FORMER_EN = re.compile(r"\b(?:[Ff]ormer|[Ee]x-)\s*(?:[A-Z][\w'’-]*\s+){0,2}$")


def _former(h: TitleHit, text: str, places: Sequence[Mention]) -> TitleHit:
    """A foreign office its holder no longer holds (日本前首相, 原驻华大使, "former Thai Prime
    Minister"): a prominent person, ``other``, not the office's rank."""
    if h.side != "foreign" or h.code in ("other", "business", "academic") or h.start == 0:
        return h
    if h.text[:1].isascii():
        former = _FORMER_EN.search(text, max(0, h.start - 40), h.start) is not None
    else:
        former = (text[h.start - 1] in "前原" and h.code in _NATIONAL_OFFICES  # (江原道知事, 铁原郡守: a place's 原)
                  and not any(m.start < h.start <= m.end for m in places))
    if not former:
        return h
    return TitleHit(h.start, h.end, h.text, h.entry, "foreign", "other", h.place, "former_office")


def _chained(a: TitleHit, b: TitleHit, text: str, latin: bool) -> bool:
    return (_CHAIN_EN if latin else _CHAIN_ZH).fullmatch(text, a.end, b.start) is not None


_ITS_EN = re.compile(r"\b(?:its|their)\s+$", re.I)
_STOP_EN = re.compile(r"[.;!?]")


def _its_post(h: TitleHit, text: str, places: Sequence[Mention]) -> TitleHit:
    """English only. A leader's post no place decided after "its" or "their" ("a Luang Prabang
    delegation led by its governor"): the post of the place named last before it in the sentence,
    foreign or Chinese ("a Yunnan delegation led by its vice governor" stays Chinese)."""
    if (not h.text[:1].isascii() or not _unplaced(h) or h.entry.official is None
            or not _ITS_EN.search(text, max(0, h.start - 7), h.start)):
        return h
    before = [m for m in places if m.end <= h.start and m.label in ("country", "province") and m.role != "locator"
              and not _STOP_EN.search(text, m.end, h.start)]
    if not before or before[-1].label != "country" or before[-1].code == "CHN":
        return h
    return _foreign_post(h, before[-1])


def _unplaced(h: TitleHit) -> bool:
    """A post no place decided (its entry's default side), that can name the foreign side."""
    return h.place is None and h.rule in ("entry_default", "pattern") and h.entry.counterpart is not None


def _foreign_post(h: TitleHit, place: Mention) -> TitleHit:
    code = h.entry.counterpart or "other"
    if code in NATIONAL_CODES and foreign_local(place):
        code = "subnational"
    return TitleHit(h.start, h.end, h.text, h.entry, "foreign", code, place, "concurrent_post")


def repeats_foreign_post(h: TitleHit, hits: Sequence[TitleHit]) -> bool:
    """Whether ``h``, a Chinese title no place decided, only names again a foreign official whose
    post was written the same way before it (…会见老挝琅勃拉邦省省长坎平一行。…对坎平省长一行表示欢迎;
    …会见斐济劳托卡市市长。市长感谢…): the later bare post is that person's, not the Chinese side's.

    >>> from pipeline.lexicon import load
    >>> from pipeline.engagement.titles import compile_titles
    >>> tm = compile_titles(load().title_entries)
    >>> t = "副省长会见菲律宾宿务省省长。省长表示感谢。"
    >>> m = Mention(label="country", code="PHL", text="菲律宾", start=5, end=8, entry="country.PHL")
    >>> hits = attach_all(tm.find(t, 0, 14), t, [m]) + attach_all(tm.find(t, 14, len(t)), t, [])  # clause by clause
    >>> [(h.text, h.side, repeats_foreign_post(h, hits)) for h in hits]
    [('副省长', 'chinese', False), ('省长', 'foreign', False), ('省长', 'chinese', True)]
    """
    if h.side != "chinese" or h.place is not None or h.rule not in ("entry_default", "bare_city_title") \
            or h.text[:1].isascii():
        return False
    return any(a.side == "foreign" and a.place is not None and a.end <= h.start and a.text == h.text for a in hits)


_LOCAL_CAP = 72  # a foreign local leader ranks below a national minister or parliament, above a diplomat
# a foreign party's leader (its chairman, general secretary, a central department's head) ranks above a
# diplomat and a local leader, below a parliament; a member of its central committee keeps the party's rank
# (越共中央委员、老街省委书记: the province's secretary)
_PARTY_LEADER = re.compile(r"部长|部長|总书记|總書記|主席|干事长|幹事長|党首|黨首|书记处书记|書記處書記|"
                           r"General Secretary|Secretary[- ]General|[Cc]hairman|[Cc]hair|[Pp]resident|[Hh]ead")
_PARTY_LEADER_RANK = 73
_LOCAL_LEADERS = re.compile(r"领导人|領導人|长官|長官|\b(?:[Ll]ocal\s+|[Pp]rovincial\s+)?(?:[Ll]eaders|[Gg]overnors|[Mm]ayors)\b")
# the head of an international organisation (its secretary-general, director-general, president) ranks just above
# a diplomat named with it, below a minister
_ORG_HEADS = re.compile(r"秘书长|秘書長|总干事|總幹事|Secretary[- ]General|Director[- ]General")
_ORG_HEAD_RANK = 61


def post_rank(h: TitleHit) -> float:
    """A title's rank among those naming one side.

    A city leader's (市长, 昆明市委书记, a bare 市委书记) ranks as a city's leader (above a FAO,
    below a provincial deputy: 省委常委、昆明市委书记 is a provincial deputy), the city's own ranks
    kept among them. A foreign local leader's (越南广宁省委书记, a state's Premier, 州长) ranks
    below a national office named with it (越南国会副主席和广宁省委书记: the national assembly's),
    above a diplomat (州长 with the consul general), the local ranks kept among them.
    """
    if h.rule == "organ_party_post":
        return 20  # 省直机关工委副书记: an organ's officer ranks as a department's (title.cn_other)
    if h.rule == "former_office":
        return 10  # 日本前首相 beside a serving vice president: a prominent person ranks as other (title.foreign_other)
    if h.rule == "bare_city_title" or h.side == "chinese" and h.code == "municipal" and h.entry.rank > 55:
        return 55 + h.entry.rank / 1000
    if h.side == "foreign" and h.code == "subnational" and h.entry.rank >= _LOCAL_CAP:
        return _LOCAL_CAP + h.entry.rank / 1000
    if h.side == "foreign" and h.code == "party" and _PARTY_LEADER.search(h.text):
        return _PARTY_LEADER_RANK  # 越共中央对外部部长 with a consul general: the party's leader
    if h.side == "foreign" and h.code == "subnational" and _LOCAL_LEADERS.search(h.text):
        return _LOCAL_CAP  # 地方领导人和驻华使节, "governors and consuls": the local leaders, as one named
    if h.side == "foreign" and h.code == "international_org" and _ORG_HEADS.search(h.text):
        return _ORG_HEAD_RANK  # 东盟副秘书长及各国总领事: the organisation's head above the consuls
    return h.entry.rank


_NATIONAL_LEGISLATURE = re.compile(r"国会|國會|国民议会|國民議會|参议院|參議院|众议院|眾議院|上议院|下议院|联邦院|人民院|杜马|杜馬|"
                                   r"联邦委员会|parliament|national assembly|congress|senat|house of|duma|knesset|"
                                   r"bundestag", re.I)


def best_title(hits: Sequence[TitleHit], side: str) -> TitleHit | None:
    """The highest-ranking title of ``side`` (the first one on ties). A local assembly's
    speaker (广岛县知事、议会议长) ranks below the local government's head named with him:
    where a foreign ``subnational`` title is named (not the assembly's own place: 边疆区立法会议), a
    legislature title that is not a national parliament's gives way to it."""
    best: TitleHit | None = None
    mission = side == "foreign" and any(h.rule == "chinese_mission" for h in hits)
    for h in hits:
        if h.entry.id.endswith("_no_side"):
            continue  # China's own president named on a foreign page: neither side's (titles.yaml, rpen2)
        if mission and h.code == "diplomat" and h.place is None:
            continue  # 中国驻某国使馆临时代办…，使馆参赞在座: the embassy named after China's own is China's
        if h.side == side and (best is None or post_rank(h) > post_rank(best)) and not repeats_foreign_post(h, hits):
            best = h  # (…省长坎平一行。坎平省长表示…: the later bare 省长 is his again)
    if best is not None and side == "foreign" and (
            best.code == "legislature" and not _NATIONAL_LEGISLATURE.search(best.text)
            or best.entry.id == "title.government_delegation" and (best.place is None or best.text in ("名官员", "名政府官员"))):
        # a local assembly; a 政府代表团 led by a governor (犹太自治州政府副主席…率领的政府代表团) is a local one,
        # as are "30名官员" counted after 地方政府官员
        local = next((h for h in hits if h.side == side and h.code == "subnational"
                      and h.entry.id != "title.national_delegation" and h.end != best.start), None)  # 新潟县议会议长带队的新潟县访问团
        if local is not None:
            return local
    return best
