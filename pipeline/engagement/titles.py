"""Officials' titles (``lexicon/titles.yaml``): matching, and which side a title names.

A title names the Chinese side (``official``) or the foreign side (``counterpart``) by
the place it attaches to: the place mention just before it (越南老街省委书记 → foreign,
云南省委书记 → Chinese; "Vietnamese Prime Minister", "Yunnan Party Secretary"), or the
place after "of" in English ("Governor of Lao Cai"). 驻华/驻X (resident in China) marks a
foreign diplomat. A title that attaches to nothing takes its entry's side.

Example:
    >>> from pipeline.lexicon import load
    >>> tm = compile_titles(load().title_entries)
    >>> [(h.text, h.entry.id) for h in tm.find("越南老街省委书记会见外办主任", 0, 14)]
    [('省委书记', 'title.party_secretary'), ('外办主任', 'title.fao')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Sequence

from ..regexopt import trie_alternation
from ..rx import skipping
from ..schemas import Mention, TitleEntry
from .localities import REGION_COUNTRIES, UNIT_AFTER, foreign_unit, from_countries
from .person_names import CN_WORD, chinese_name_after, foreign_name_after, foreign_name_before
from .titles_units_en import UNIT_HEADS_EN

CN_MUNICIPALITIES = frozenset({"CN-BJ", "CN-TJ", "CN-SH", "CN-CQ"})
_COUNTY_END = ("县", "旗", "区")
_FOREIGN_MARK = skipping(re.compile(r"(?:驻[^，。；、与和]{0,4}|外国|各国[\u4e00-\u9fff]{0,4}|(?<![中我全本两兩])[国國]的[\u4e00-\u9fff]{0,4}|foreign\s+|visiting\s+)$", re.I))
_LATIN = re.compile("[A-Za-z]")
_FOREIGN_HEAD = ("来华", "來華", "外国", "外國", "外籍")  # 海南省来华留学生: foreign whatever place precedes
_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_ATTACH_GAP_ZH = 3  # chars between a place and its title (越南老街省 | 委书记 overlaps; 老挝琅南塔省 省长)
_ATTACH_GAP_EN = 40
_CHINESE_MISSION = skipping(re.compile(r"(?:中国|我国|我)驻(?!华)[^，。；、]{0,8}$|\b(?:Chinese|China's|PRC)\s+$", re.I))
_GAP_BREAK_EN = skipping(re.compile(r"\b(?:met|meets|meeting|received|receives|with|from|visited|visits|hosted|hosts|held|signed|"
                            r"to|by|at|in|for|and\s+(?:the|a|an))\b", re.I))  # "Hebei … and the African Union": two
# parties; "Kazakh and Chinese business leaders" share the noun
# an embassy's or consulate's own staff (驻华使馆教育官员, "embassy officials"): the mission names the side
_MISSION_BEFORE = re.compile(r"(?:使馆|領館|领馆|领事馆|代表处|\b(?:embassy|consulate)\s+)$", re.I)
_OF_ORGANISATION = re.compile(r"\s+of\s+(?:(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?:University|College|Institute|Academy|School|"
                              r"Chamber|Association|Federation|Company|Corporation|Bank|Foundation|Society|Confederation|Group|Centre|"
                              r"Center)|an?\s+(?:[a-z][\w-]*\s+){0,2}?(?:university|college|institute|academy|association|chamber|society))\b")
_CHINESE_ADJ = skipping(re.compile(r"\b(?:Chinese|China's)\s+(?:[a-z-]+\s+){0,3}$"))
_UNKNOWN_PLACE = re.compile(r"[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?\b")
_GAP_BREAK_ZH = re.compile(r"[见谈与和同及、，,。；：在访向为為给給对對]")
# a Politburo seat named before the post its holder acts in (中共中央政治局委员、广东省委书记):
# the provincial post acts, the seat only ranks the person
_CITY_TITLE = ("市委", "市长", "市長", "代市长", "副市长", "副市長", "市人大", "市政协", "市政協")
_CONCURRENT_SEAT = ("中央政治局委员", "中央政治局常委", "中央政治局委員")
_CONCURRENT_POST = re.compile(r"\s*[、，,][^，。；,;]{0,16}?(?:书记|書記|省长|省長|市长|市長|主席)")
# "Party chief of Northwest China's Xinjiang region": a Chinese place after "of" that no lexicon names
_CN_POST_BEFORE = skipping(re.compile(r"(?:常委|书记|書記|主任|厅长|廳長|部长|部長|省长|省長|市长|市長|主席)、$"))
_CHINA_AFTER = re.compile(r"(?:[A-Z][\w-]*\s+){0,2}China\b")
# a national-level counterpart code that a foreign locality's title turns into `subnational`
# (a state's premier or minister, a Swedish province's 省督)
NATIONAL_CODES = frozenset({"head_of_state_or_government", "minister"})
_LOCAL_ENTRY = re.compile(r"\.(?:subnational|city|capital|(?:cities|provinces|subjects|regions|aimags|prefectures)_\w+)$")
# "of", "for", "from", also past the kind of unit: "Governor of the province of Pangasinan"
_OF_PLACE = re.compile(r"\s+(?:of|for|from)\s+(?:the\s+)?(?:(?:[Pp]rovince|[Ss]tate|[Rr]egion|[Pp]refecture|[Cc]ounty|[Cc]ity|"
                       r"[Oo]blast|[Rr]epublic|[Mm]unicipality)\s+of\s+(?:the\s+)?)?")
_OF_BODY_OF = re.compile(r"(?:(?:Provincial|Municipal|City|Standing|People['’]s|Regional|Prefectural)\s+){0,3}"
                         r"(?:Committee|Council|Government|Congress)\s+of\s+(?:the\s+)?")
_BODY_OR_EVENT_AFTER = re.compile(r"(?:知事|市长|省长)?(?:论坛|論壇|圆桌|圓桌|联席会议|聯席會議|峰会|峰會|对话会|對話會|会议|會議)")
_POSSESSIVE_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)?['’]s\b")
_ORGANISATION_OWN = skipping(re.compile(r"\b(?:its|their|(?:the\s+)?(?:university|college|institute|school|academy|company|corporation|"
                                       r"firm|group|bank|foundation|association|federation|business\s+council|chamber(?:\s+of\s+commerce(?:\s+and\s+industry)?)?)(?:['’]s)?)\s+(?:(?:vice|deputy|executive)[- ])?$", re.I))  # (… Chamber of Commerce President X)
@dataclass(frozen=True)
class TitleHit:
    """A title found in a text: where, which entry, and the side it names."""

    start: int
    end: int
    text: str
    entry: TitleEntry
    side: str  # "chinese", "foreign", or "none" (a foreign-only title attached to a Chinese place)
    code: str  # an Official code (chinese side) or a Counterpart code (foreign side)
    place: Mention | None  # the place it attaches to
    rule: str


@dataclass
class TitleMatcher:
    """Compiled title forms: one Chinese alternation, English ones by case rule."""

    zh: re.Pattern[str] | None
    en: re.Pattern[str] | None
    en_exact: re.Pattern[str] | None
    by_surface: dict[str, TitleEntry]
    patterns: list[tuple[re.Pattern[str], TitleEntry, re.Pattern[str]]] = field(default_factory=list)

    def find(self, text: str, start: int, end: int) -> list[TitleHit]:
        """Title occurrences in ``text[start:end]`` (sides not yet decided: see :func:`attach`).

        Chinese forms are matched in Simplified and Traditional script (the variants are
        compiled in), English ones case-insensitively except short acronyms.
        """
        out: list[TitleHit] = []
        if self.zh is not None and _CJK.search(text, start, end) is not None:
            for m in self.zh.finditer(text, start, end):
                e = self.by_surface.get(m.group(0))
                if e is not None and e.id == "title.ministry_attached" and text.startswith("长", m.end()) \
                        and self.by_surface.get("部长") is not None:  # 外交与对外经济部长: a minister, not the ministry
                    e = self.by_surface["部长"]
                    out.append(TitleHit(m.start(), m.end() + 1, text[m.start():m.end() + 1], e, e.side, "", None,
                                        "entry_default"))
                elif e is not None:
                    out.append(TitleHit(m.start(), m.end(), m.group(0), e, e.side, "", None, "entry_default"))
        latin = _LATIN.search(text, start, end) is not None
        for rx in (self.en, self.en_exact):
            if rx is None or not latin:
                continue
            for m in rx.finditer(text, start, end):
                e = self.by_surface.get(m.group(0)) or self.by_surface.get(m.group(0).lower())
                if e is not None:
                    out.append(TitleHit(m.start(), m.end(), m.group(0), e, e.side, "", None, "entry_default"))
        for rx, e, gate in self.patterns if latin else ():  # "Secretary of the CPC Yunnan Provincial Committee"
            if gate.search(text, start, end) is None:
                continue  # (every match holds its gate's word: a literal scan instead of a try at each character)
            for m in rx.finditer(text, start, end):
                out.append(TitleHit(m.start(), m.end(), m.group(0), e, e.side, "", None, "pattern"))
        out.sort(key=lambda h: (h.start, -h.end))
        kept: list[TitleHit] = []
        last = -1
        for h in out:
            if h.start >= last:
                if kept and kept[-1].end == h.start and kept[-1].entry.id == "title.ministry_attached" \
                        and h.entry.id == "title.minister":  # 汉堡州经济部国务秘书, 经济发展部部长: one post
                    a = kept.pop()
                    h = TitleHit(a.start, h.end, text[a.start:h.end], h.entry, h.side, "", None, "entry_default")
                kept.append(h)
                last = h.end
        return kept


def traditional_variants() -> Callable[[str], set[str]]:
    """Traditional-script spellings of a Simplified form (OpenCC s2t, s2tw, s2hk)."""
    import opencc

    convs = [opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk")]
    return lambda s: {c.convert(s) for c in convs} - {s}


def compile_titles(entries: Sequence[TitleEntry], *, variants: Callable[[str], set[str]] | None = None
                   ) -> TitleMatcher:
    """Build a :class:`TitleMatcher` from the lexicon's title entries (``variants``: more
    spellings of each Chinese form, e.g. :func:`traditional_variants`, so that clauses are
    searched as written, without normalising them)."""
    by_surface: dict[str, TitleEntry] = {}
    zh: list[str] = []
    en: list[str] = []
    exact: list[str] = []
    for e in entries:
        for form in e.zh + e.zh_hant:
            for s in {form} | (variants(form) if variants is not None else set()):
                by_surface.setdefault(s, e)
                zh.append(s)
        for s in e.en:
            if len(s) <= 3 and s.isupper():
                by_surface.setdefault(s, e)
                exact.append(s)
            else:
                by_surface.setdefault(s.lower(), e)
                en.append(s)
    by_id = {e.id: e for e in entries}
    patterns = [(rx, by_id[i], gate) for rx, i, gate in _EN_PATTERNS + UNIT_HEADS_EN if i in by_id]
    return TitleMatcher(  # trie-shaped alternations: longest form first at every branch; the English ones
        zh=re.compile(trie_alternation(zh)) if zh else None,  # behind rx.skipping (they open with a lookbehind, \b)
        en=skipping(re.compile(r"(?<![A-Za-z])(?:" + trie_alternation(f.lower() for f in en) + r")(?![A-Za-z])", re.I))
        if en else None,
        en_exact=skipping(re.compile(r"\b(?:" + trie_alternation(exact) + r")\b")) if exact else None,
        by_surface=by_surface,
        patterns=patterns,
    )


# English titles naming a place inside, which no literal form lists: it decides the side (Lao Cai's is foreign)
_NAME = r"(?:[A-Z][\w'’-]*\s+){0,4}"
_COMMITTEE = (r"(?:the\s+)?(?:(?:CPC\s+|Communist\s+Party\s+of\s+China\s+|Party\s+Committee\s+of\s+(?:the\s+)?)?"
              + _NAME + r"(?:(?:[Pp]rovincial|[Rr]egional|[Mm]unicipal|Prefectural|County|City)\s+)?"
                r"(?:[Pp]arty\s+|CPC\s+)?[Cc]ommittee\b(?!\s+(?:of\s+the\s+)?(?:National|People's|Political|CPPCC))"
                r"|" + _NAME + r"(?:Autonomous\s+Region|Province)\b)")  # "the Secretary of the Xinjiang … Region"
_REGION = _NAME + r"(?:Autonomous\s+Region|Regional\s+(?:People's\s+)?Government)\b"
_FIELD = r"(?:[A-Z][a-z]+)(?:,?\s+(?:and\s+)?(?!Province\b|Region\b)[A-Z][a-z]+){0,4}"  # "Public Security", "Industry and Trade"
_AR = (r"\b(?:Guangxi|Xinjiang|Tibet|Xizang|Ningxia|Inner\s+Mongolia)(?:\s+(?:Zhuang|Uygur|Uyghur|Uighur|Hui)\s+"
       r"Autonomous\s+Region)?(?:['’]s)?\s+(?:regional\s+(?:government\s+)?)?")
_EN_PATTERNS = [  # (pattern, entry id, gate: a literal every match holds, which re finds by a fast scan)
    # a foreign ministry by its field ("the Lao Ministry of Public Security"); a Chinese department or bureau
    (re.compile(r"\bMinistry\s+of\s+(?:the\s+)?" + _FIELD), "title.ministry_attached", re.compile("Ministry")),
    (re.compile(r"\b(?:(?:Provincial|Regional|Municipal)\s+)?(?:Department|Bureau)\s+of\s+(?!Foreign\b)" + _FIELD),
     "title.cn_other", re.compile("Department|Bureau")),
    # (the head words in either case: "secretary of Dalian municipal Party committee" in wire copy)
    (re.compile(r"\b(?:[Dd]eputy|[Vv]ice)\s+(?:[Pp]arty\s+)?[Ss]ecretary\s+of\s+" + _COMMITTEE), "title.deputy",
     re.compile("ecretary")),
    (re.compile(r"\b(?:[Pp]arty\s+)?[Ss]ecretary\s+of\s+" + _COMMITTEE), "title.party_secretary", re.compile("ecretary")),
    (re.compile(r"\b(?:Vice|Deputy)[- ]Chair(?:man|woman|person)?\s+of\s+(?:the\s+)?" + _REGION, re.I), "title.deputy",
     re.compile("[Cc](?i:hair)")),  # (c and h fold to nothing else: a class re scans for, then the rest as the pattern reads it)
    (re.compile(r"\b[Cc]hair(?:man|woman|person)?\s+of\s+(?:the\s+)?" + _REGION), "title.governor", re.compile("hair")),
    # "Guangxi's chairman", "Xinjiang Chairman Erkin Tuniyaz": an autonomous region's head, named by the region
    (re.compile(_AR + r"(?:[Vv]ice|[Dd]eputy)[- ][Cc]hair(?:man|woman|person)?\b"), "title.deputy", re.compile("hair")),
    (re.compile(_AR + r"[Cc]hair(?:man|woman|person)?\b"), "title.governor", re.compile("hair")),
    (re.compile(r"\b(?:[Dd]eputy\s+)?[Ss]ecretary[- ][Gg]eneral\s+of\s+(?:the\s+)?" + _NAME + r"(?:Municipal|municipal)\s+"
                r"(?:[Pp]eople's\s+)?(?:[Gg]overnment|[Pp]arty\s+[Cc]ommittee)\b"), "title.cn_other", re.compile("ecretary")),
    # a province's secretary-general ranks as a deputy (GUIDELINES §6); its deputy is other (the literal form)
    (re.compile(r"\b[Ss]ecretary[- ][Gg]eneral\s+of\s+(?:the\s+)?" + _NAME + r"(?:Provincial|Regional|provincial|regional)\s+"
                r"(?:[Pp]eople's\s+)?(?:[Gg]overnment|[Pp]arty\s+[Cc]ommittee)\b"), "title.deputy", re.compile("ecretary")),
]


def latin_hit(hit: TitleHit) -> bool:
    return hit.text[:1].isascii()


def _is_foreign(m: Mention) -> bool:
    return m.label == "country"


def attach(hit: TitleHit, text: str, places: Sequence[Mention]) -> TitleHit:
    """Decide the side and code of ``hit`` from the place it attaches to.

    ``places``: province and country mentions of the hit's sentence, in text order.
    """
    e = hit.entry
    if e.counterpart == "head_of_state_or_government" and (
            text.startswith(("国", "國"), hit.end)  # 卢森堡大公国, 阿拉伯联合酋长国, 阿曼苏丹国: a country's name
            or _POSSESSIVE_AFTER.match(text, hit.end)):  # "the Sultan of Brunei's special envoy": another's
        return TitleHit(hit.start, hit.end, hit.text, e, "none", "", None, "not_the_person")
    if not latin_hit(hit) and (_BODY_OR_EVENT_AFTER.match(text, hit.end)
                               or e.official is None and text.startswith(("组织", "組織"), hit.end)):
        return TitleHit(hit.start, hit.end, hit.text, e, "none", "", None, "in_a_name")  # 中日省长知事论坛, 东南亚教育部长组织
    if e.official is None and (_CHINA_X.search(text, max(0, hit.start - 2), hit.start) or any(
            ".compound" in (m.entry or "") and hit.start - 1 <= m.end <= hit.start for m in places)):
        # 中乌地方官员研修班, 中越青年代表团: both sides' people
        return TitleHit(hit.start, hit.end, hit.text, e, "none", "", None, "china_x_compound")
    if e.official is None and not latin_hit(hit) and _SAR_BEFORE.search(text, max(0, hit.start - 16), hit.start):
        return TitleHit(hit.start, hit.end, hit.text, e, "none", "", None, "sar_government")  # 澳门特区政府…司长: domestic
    if e.official is not None and not latin_hit(hit) and _FOREIGN_PARTY_BEFORE.search(
            text, max(0, hit.start - 12), hit.start):
        return TitleHit(hit.start, hit.end, hit.text, e, "foreign", "party", None, "foreign_party_seat")  # 老挝人革党政治局委员
    if hit.text in _CONCURRENT_SEAT and _CONCURRENT_POST.match(text, hit.end):
        return TitleHit(hit.start, hit.end, hit.text, e, "none", "", None, "concurrent_seat")
    if e.counterpart == "international_org" and _CN_POST_BEFORE.search(text, max(0, hit.start - 6), hit.start):
        # 省委常委、秘书长: one person's Chinese posts, not the UN's secretary-general
        return TitleHit(hit.start, hit.end, hit.text, e, "none", "", None, "chinese_concurrent_post")
    ends = {p.end for p in places}
    if any(m.label == "country" and m.start == hit.start and hit.end <= m.end and m.role != "locator"
           and m.start not in ends for m in places):  # 访问苏丹: Sudan; 文莱苏丹, 柔佛州苏丹: the Sultan
        return TitleHit(hit.start, hit.end, hit.text, e, "none", "", None, "inside_country_name")
    place: Mention | None = None
    rule = "entry_default"
    latin = hit.text[:1].isascii()
    if hit.rule == "pattern":  # the place named inside the title
        inside = next((m for m in places if hit.start <= m.start and m.end <= hit.end and m.role != "locator"), None)
        if inside is not None:
            side = "foreign" if _is_foreign(inside) else "chinese"
            if side == "foreign":
                return TitleHit(hit.start, hit.end, hit.text, e, side, e.counterpart or "other", inside, "pattern_place")
            code = e.official or "other"
            if code in ("party_secretary", "governor", "deputy") and inside.entry.startswith("city.") \
                    and inside.code not in CN_MUNICIPALITIES:
                code = "municipal"
            return TitleHit(hit.start, hit.end, hit.text, e, side, code, inside, "pattern_place")
    # a foreign organisation's own name may be long (泰国朱拉隆功大学, 新加坡南洋理工大学)
    gap = _ATTACH_GAP_EN if latin else _ATTACH_GAP_ZH + (3 if e.default_side == "attached" else 0)
    for m in places:  # the nearest place ending before (or overlapping the head of) the title
        if m.role == "locator":
            continue  # 驻上海总领事: the consulate's seat says nothing of the side
        if m.start < hit.start and hit.start - gap <= m.end <= hit.end:
            if latin and (re.search(r"[.;,]", text[m.end:hit.start]) or _GAP_BREAK_EN.search(text, m.end, hit.start)):
                continue  # "Yunnan FAO met a delegation from the ASEAN Secretariat": a verb between
            if not latin and _GAP_BREAK_ZH.search(text, m.end, hit.start):
                continue  # 在昆明会见越共…: a verb between the place and the title
            place = m
    if place is None and not latin:  # 巴布亚新几内亚东新不列颠省省长: a unit no lexicon lists, after its country
        for m in places:
            if (m.label == "country" and m.role != "locator" and m.end <= hit.start
                    and "compound" not in (m.entry or "")):  # 桂越边境四省党委书记: both sides' secretaries
                u = foreign_unit(text, m, places)
                if u is not None and hit.start - _ATTACH_GAP_ZH <= u[1] <= hit.end and not _GAP_BREAK_ZH.search(text, u[1], hit.start):
                    place = m
    back = _BACK_REFERENCE.search(text, max(0, hit.start - 30), hit.start) if latin and place is None else None
    if back is not None:  # "the province's Party Secretary": the unit of that kind named last before
        kind = back.group(1).lower()
        place = next((m for m in reversed(places) if m.end <= hit.start and m.role != "locator"
                      and ".compound" not in (m.entry or "") and (
                          kind != "country" or m.label == "country" and not foreign_local(m)) and (
                          kind not in ("province", "state") or m.label == "province"
                          and (m.entry or "").startswith("province.") or foreign_local(m))), None)
    if place is None and not latin:  # 越南谅山省代表团团长、副省长: the delegation's leader is its place's
        for m in places:
            if m.role != "locator" and m.end < hit.start and _DELEGATION_HEAD.fullmatch(text, m.end, hit.start):
                place = m
    if place is not None:
        rule = "attaches_to_place"
    if latin:  # "the Governor of Shaanxi Province": the place after "of" beats one further before
        after = _OF_PLACE.match(text[hit.end:hit.end + 40])  # also "Governor of the State of Queensland"
        if after:
            at = hit.end + after.end()
            further = _OF_BODY_OF.match(text, at, at + 60)  # "Vice Chairman of the People's Committee of Lao Cai"
            for m in places:
                if (at <= m.start <= at + 2 or further is not None and further.end() <= m.start <= further.end() + 2
                        and e.counterpart is not None) and m.role != "locator":
                    if e.counterpart == "diplomat" and e.official is None and m.label == "province":
                        break  # "Consulates from Hong Kong", "Consul General in Guangzhou": the mission's seat
                    place, rule = m, "attaches_to_place_after"
                    local = next((n for n in places if n.code == m.code and foreign_local(n)
                                  and 0 <= n.start - m.end <= 3 and text[m.end:n.start] in (" ", "'s ", "’s ", "' ", "’ ")), None)
                    if m.label == "country" and local is not None:
                        place = local  # "a delegation of Vietnam's Quang Ninh Province": the province's
                    break
            else:
                if (e.counterpart == "subnational" and _UNKNOWN_PLACE.match(text, at)
                        and not CN_WORD.match(text, at) and not _CHINA_AFTER.match(text, at) and not any(p.label == "province" and at <= p.start <= at + 5 for p in places)):
                    # "the governor of Colonia": a place no lexicon knows is foreign (Chinese ones are, a former post's too: pen)
                    return TitleHit(hit.start, hit.end, hit.text, e, "foreign", "subnational", None,
                                    "of_unknown_place")
    if (latin and place is None and e.official in _LEADER_POSTS and e.counterpart is not None
            and (" of " not in hit.text and foreign_name_after(text, hit.end) or foreign_name_before(text, hit.start, hit.end))
            and not any(
                (m.rule or "").startswith("official:") and hit.start - 120 <= m.start <= hit.end + 8 for m in places)):
        # "Governor Gavin Newsom signed …": a Governor or Mayor named by a name that is no Chinese
        # one (pinyin) is the foreign side's
        return TitleHit(hit.start, hit.end, hit.text, e, "foreign", e.counterpart, None, "foreign_name")
    if (latin and e.counterpart in NATIONAL_CODES and e.official is None
            and (_ORGANISATION_OWN.search(text, max(0, hit.start - 30), hit.start) or place is None
                 and chinese_name_after(text, hit.end))):  # "Minister Xu Xueyuan": a Chinese embassy's minister
        # "… visited Yunnan University and met its vice president": an organisation's officer
        return TitleHit(hit.start, hit.end, hit.text, e, "none", "", None, "organisation_officer")
    if e.counterpart == "minister" and e.default_side == "attached" and _MISSION_BEFORE.search(
            text, max(0, hit.start - 12), hit.start):
        return TitleHit(hit.start, hit.end, hit.text, e, "none", "", None, "mission_staff")
    if latin and _OF_ORGANISATION.match(text, hit.end):
        # "Vice President of the University of Yangon": the organisation's own title decides
        return TitleHit(hit.start, hit.end, hit.text, e, "none", "", None, "head_of_organisation")
    if _CHINESE_MISSION.search(text, max(0, hit.start - 14), hit.start) and e.counterpart == "diplomat":
        # 中国驻菲律宾大使, "Chinese Ambassador": China's own diplomat abroad names neither side
        return TitleHit(hit.start, hit.end, hit.text, e, "none", "", place, "chinese_mission")
    if latin and place is None and e.official is None and _CHINESE_ADJ.search(text, max(0, hit.start - 40), hit.start):
        # "a delegation of Chinese local government officials": China's side, no counterpart
        return TitleHit(hit.start, hit.end, hit.text, e, "none", "", None, "chinese_adjective")
    if e.id == "title.state_governor" and place is None:
        # a bare 州长: the governor of the place named last before it (访问俄罗斯伊尔库茨克州…拜会州长), else
        # the prefecture's own (州长在蒙自会见…, a prefecture's site)
        last = next((m for m in reversed(places) if m.end <= hit.start and m.role != "locator"), None)
        if last is not None and _is_foreign(last):
            return TitleHit(hit.start, hit.end, hit.text, e, "foreign", "subnational", last, "last_place_before")
        return TitleHit(hit.start, hit.end, hit.text, e, "chinese", "municipal", None, "bare_prefecture_title")
    side = e.side
    if side == "attached" and place is None:
        side, rule = "none", "unattached"  # 公司, "University": the side only its place can tell
    if (_FOREIGN_MARK.search(text[max(0, hit.start - 10):hit.start]) or hit.text.startswith(_FOREIGN_HEAD)
            or e.counterpart in _GROUP_CODES and REGION_COUNTRIES.search(text, max(0, hit.start - 3), hit.start)
            or place is None and from_countries(text, hit.start, places)):
        side, rule = "foreign", "foreign_marker"
    elif place is not None:
        side = "foreign" if _is_foreign(place) else "chinese"
    if side == "attached":
        side = "foreign" if place is not None and _is_foreign(place) else "none"
    if side == "foreign" and e.id == "title.national_delegation" and not latin and (
            place is None or not foreign_local(place)):
        side, rule = "none", "unranked_delegation"  # 斐济代表团 (GUIDELINES: null); 老街省代表团 stays local
    if side == "foreign" and e.counterpart is None:
        if place is not None and _is_foreign(place) and rule == "attaches_to_place" and foreign_local(place):
            # 琅勃拉邦省外事办主任: a foreign province's own foreign-affairs office
            return TitleHit(hit.start, hit.end, hit.text, e, "foreign", "subnational", place, "foreign_local_office")
        side = "chinese"  # a Chinese-only title (外办) never names the foreign side
    if side == "none":
        pass
    elif side == "chinese" and e.official is None:
        if place is not None:
            side, rule = "none", "foreign_title_on_chinese_place"  # 云南大学, 广东商会: no counterpart
        else:
            side = "foreign"
    if side == "chinese":
        code = e.official or "other"
        if place is not None and code in ("party_secretary", "governor", "deputy") and place.entry.startswith("city."):
            if place.code not in CN_MUNICIPALITIES:
                code, rule = "municipal", "attaches_to_city"
        elif place is None and code in ("party_secretary", "governor", "deputy", "municipal") and hit.text.startswith(_CITY_TITLE):
            code, rule = "municipal", "bare_city_title"  # 市委书记夏德仁在…会见 (a city's paper: 来连, 我市)
        elif place is not None and code == "municipal" and e.id == "title.prefecture" and place.code in CN_MUNICIPALITIES:
            code, rule = "deputy", "attaches_to_municipality"  # 上海市政协主席, 重庆市委常委: a provincial-level unit
    else:
        code = e.counterpart or "other"
        if code in NATIONAL_CODES and place is not None and not foreign_local(place) and (rule == "attaches_to_place_after" or latin and rule == "attaches_to_place") \
                and foreign_unit(text, place, places) is not None:  # "a delegation from Papua New Guinea's East New Britain province"
            code, rule = "subnational", "attaches_to_foreign_unit"
        if code in NATIONAL_CODES and latin and _OF_LEGISLATURE.match(text, hit.end):
            code, rule = "legislature", "presides_a_legislature"  # "the President of the French Senate"
        if code == "head_of_state_or_government" and _AIDE_AFTER.match(text, hit.end):
            code, rule = "minister", "head_of_states_aide"  # 总统高级顾问, 总统驻联邦区全权代表: the head's aide
        if code in NATIONAL_CODES and _PARTY_DEPARTMENT.search(text, max(0, hit.start - 16), hit.start):
            code, rule = "party", "party_department"  # 朝鲜劳动党中央国际部部长, 越共中央组织部副部长: a party's, not a state's
        if code in NATIONAL_CODES and place is not None and foreign_local(place) and not (
                latin and (place.entry or "").endswith(".capital")  # "Seoul's foreign ministry": the country's
                and not UNIT_AFTER.match(text, place.end)):  # "Zimbabwe's Harare province": the province's
            code, rule = "subnational", "attaches_to_foreign_locality"  # 西哥特兰省省督, "Premier of Victoria"
    return TitleHit(hit.start, hit.end, hit.text, e, side, code, place, rule)


_OF_LEGISLATURE = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?(?:Senate|National\s+Assembly|Parliament|"
                             r"House\s+of|Duma|Congress|Majlis|Khural|Knesset|Bundestag|Bundesrat|Diet)\b(?!-)")
_AIDE_AFTER = re.compile(r"(?:驻[^，。；、]{1,12}?)?(?:高级|高級|首席|私人|特别|特別|副)?(?:全权)?(?:顾问|顧問|特使|代表|助理|办公厅|辦公廳)")
_FOREIGN_PARTY_BEFORE = re.compile(r"(?:人民革命党|人民革命黨|人革党|越共|越南共产党|劳动党|勞動黨|古巴共产党)(?:中央)?$")
_GROUP_CODES = frozenset({"business", "academic", "other", "party", "legislature"})  # not 国家商务部, 国家发改委
_SAR_BEFORE = re.compile(r"(?:(?:香港|澳门|澳門)(?:特区|特區|特别行政区|特別行政區)|(?<=[率领領的、，,与與和同及])(?:特区|特區))(?:政府)?[\u4e00-\u9fff]{0,10}$")
_PARTY_DEPARTMENT = re.compile(r"(?:[党黨]|越共|老共)中央[\u4e00-\u9fff]{1,8}[部委]$")
_CHINA_X = re.compile(r"中[越老缅緬泰柬日韩韓俄蒙哈吉塔乌烏土巴印尼新马馬菲美英法德意澳非阿欧歐]$")
_EN_COUNTY_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Autonomous\s+)?County\b")
_BACK_REFERENCE = skipping(re.compile(r"\bthe\s+(province|state|city|prefecture|county|country)['’]s\s+"
                                     r"(?:(?:top|provincial|regional)\s+)?$", re.I))
_DELEGATION_HEAD = re.compile(r"(?:省|市|州|县|縣|府|道)?(?:人民委员会|人民委員會|政府|党委|黨委)?(?:代表团|代表團|访问团|訪問團|考察团|考察團)"
                              r"(?:(?:团长|團長|副团长|副團長)[、，]?|[（(，,]?(?:团长|團長)(?:为|為|是|系)(?:该|該)?[省市州县縣道]?)")
# (…代表团（团长为省委副书记、省长）, 代表团，团长为该省副省长: the head named after the delegation is its place's)
_LEADER_POSTS = frozenset({"party_secretary", "governor", "deputy", "municipal"})


def foreign_local(m: Mention) -> bool:
    """Whether a country mention names a foreign province, state or city (老街省, 河内, 'Lao Cai')
    rather than the country itself."""
    return m.label == "country" and _LOCAL_ENTRY.search(m.entry or "") is not None


def title_level(hit: TitleHit, text: str) -> str | None:
    """The level a Chinese-side title implies: county (县长, 旗长), municipal (a city's
    leader), else None (left to the acting unit)."""
    if hit.side != "chinese":
        return None
    if hit.entry.id == "title.county" or hit.text.startswith(("县", "旗")):
        return "county"
    if hit.code == "municipal":
        before = text[max(0, hit.start - 1):hit.start]
        if before.endswith(_COUNTY_END[:2]) or hit.place is not None and _EN_COUNTY_AFTER.match(text, hit.place.end):
            return "county"  # 河口县县委书记, "the Hekou County delegation led by the county's Party Secretary"
        return "municipal"
    return None


_ENTRUSTED_BY = re.compile(r"(?:受|经)[^，。；,;]{0,25}$")


def entrusting(text: str, hit: TitleHit) -> bool:
    """Whether a Chinese-side title names the official who entrusted the act to another
    (受省长吴某的委托，副省长洪某会见…: the governor did not act)."""
    if hit.side != "chinese":
        return False
    return (_ENTRUSTED_BY.search(text, max(0, hit.start - 25), hit.start) is not None
            and "委托" in text[hit.end:hit.end + 14])
