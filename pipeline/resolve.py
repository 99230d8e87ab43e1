"""The merge policy: place/formulation/cue mentions (+ optional model scores) → Record.

Decisions made here, each traceable through the mentions it keeps:

* **Province roles** — ``actor`` unless the mention only locates something: the seat
  of a foreign consulate (驻广州总领事, "consul general in Guangzhou") or Beijing named
  as the place of central-level talks (在北京, "in Beijing", "Beijing's policy").
* **Country roles** — ``partner`` unless the mention sits in a background frame
  (受美国加息影响, 借鉴新加坡经验, "remittances from Russia", "US tariffs", "US$", "US-led"),
  a border list or a route name (:mod:`pipeline.place_roles`).
* **Engagement** — :func:`pipeline.engagement.policy.decide_engagement` (act detection,
  cue votes, model blend, precedence rules).
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Collection, Mapping, NamedTuple

from .engagement.datelines import AGENCIES_EN, AGENCIES_ZH, agencies
from .engagement.foreign_pages import no_chinese_side
from .engagement.group_guests import earlier_stop  # (a touring group's earlier stop, 刚结束在贵州考察的…抵达长沙: qgrp)
from .engagement.meet_en import envoy_mentions
from .engagement.past_trips import earlier_trip_goal  # (a trip told as earlier: 曾于去年访问尼泊尔, pcat)
from .engagement.side_countries import SIDE_WORDS, present_sentences, side_country  # (qpart)
from .engagement.place_frames import (border_described, china_border, envoy_post, national_side, office_division,
                                      recode_abbreviations, staff_nationality)
from .place_roles import (background_frames, future_stop, in_zone_name, named_background, province_locates,
                          past_venue, think_tank_name)
from .rx import skipping
from .schemas import Document, Mention, Record, RecordMeta, mention_with

if TYPE_CHECKING:
    from .analysis import Analysis

# --------------------------------------------------------------------- province roles

_CONSULATE_BEFORE = re.compile(r"(?:consul(?:ate)?s?(?:[- ]general)?|embassy)\b[^.;]{0,30}?\b(?:in|at)\s+$", re.I)
_SOURCE_LINE = re.compile(r"(?:来源|來源|稿源|source)\s*[:：]\s*$", re.I)  # a media outlet, not an actor
_EXCLUDED = re.compile(r"(?:不包括|不包含|不含|除去|except|excluding)[^，。；,;]{0,6}$", re.I)
# the news agencies of a dateline: one list with the venue's reader (engagement.datelines.dateline_place)
_DATELINE_BEFORE = re.compile(rf"{agencies(AGENCIES_ZH)}\s*$")
_DATELINE_AFTER = re.compile(
    rf"\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*[电電讯訊]|,?\s*[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}\s*\({agencies(AGENCIES_EN)}\)")


def is_dateline(text: str, m: Mention) -> bool:
    """Whether ``m`` is the place of a news dateline (新华社昆明5月13日电, 中评社香港6月19日电,
    "KUNMING, May 5 (Xinhua)"): where the report was filed."""
    return ((m.start < 3 or text[m.start - 1] == "\n")
            or _DATELINE_BEFORE.search(text, max(0, m.start - 8), m.start) is not None
            ) and _DATELINE_AFTER.match(text, m.end) is not None


_BEIJING_ACTOR_BEFORE = re.compile(
    r"(?:mayor|vice[- ]mayor|party (?:secretary|chief)|government|municipality) of\s+$", re.I)
_PROVINCES_ZH = ("天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南"
                 "|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆")
_PROVINCES_EN = ("Tianjin|Hebei|Shanxi|Inner Mongolia|Liaoning|Jilin|Heilongjiang|Shanghai|Jiangsu|Zhejiang|Anhui"
                 "|Fujian|Jiangxi|Shandong|Henan|Hubei|Hunan|Guangdong|Guangxi|Hainan|Chongqing|Sichuan"
                 "|Guizhou|Yunnan|Tibet|Shaanxi|Gansu|Qinghai|Ningxia|Xinjiang")
_PROVINCE_LIST_AFTER = re.compile(  # (", Jilin Governor …" after "a forum in Beijing" closes a clause: no list)
    f"(?:[、，和及与]\\s*(?:{_PROVINCES_ZH})|,\\s*(?:{_PROVINCES_EN})\\b(?=\\s*(?:,|and\\b))|,?\\s+and\\s+(?:{_PROVINCES_EN})\\b)")
_PROVINCE_LIST_BEFORE = re.compile(
    f"(?:(?:{_PROVINCES_ZH})[^，。；、]{{0,4}}?[、和及与]|\\b(?:{_PROVINCES_EN})(?:,\\s*|,?\\s+and\\s+))$")
_SEAT_LIST = re.compile(r"[驻駐](?:[\u4e00-\u9fff]{1,6}?[、和及与])+$")
# 北京市, "Beijing's vice mayor", "Beijing municipal government": the municipality acting
_BEIJING_ACTOR_AFTER = re.compile(
    r"^\s*(?:市|municipal|municipality|city government|party secretary"
    r"|(?:'s|’s)?\s*(?:(?:executive |first )?(?:vice|deputy)[- ])?(?:mayor|party (?:secretary|chief)))", re.I)


class ProvinceHints(NamedTuple):
    """Which words the province-role rules need occur in a text at all (each False skips the
    rules that need it: the same answers without their regexes; issue 17).

    Built by :meth:`of`; the default (all True) runs every rule.
    """

    consular: bool = True  # "consul" or "embassy", any case
    seat: bool = True  # 驻 / 駐
    source: bool = True  # 来源 / 來源 / 稿源 / "source"
    excluded: bool = True  # 不包括 / 不包含 / 不含 / 除去 / "except" / "exclud…"
    paren: bool = True  # ( or （

    @classmethod
    def of(cls, text: str, lower: str) -> "ProvinceHints":
        """The hints of ``text``; ``lower`` is ``text.lower()`` with ſ read as s (re.I matches
        ſ for s; the words' other letters have no non-ASCII case partner but i, which only
        "excluding" holds, and "exclud" is tested instead)."""
        return cls(
            consular="consul" in lower or "embassy" in lower,
            seat="驻" in text or "駐" in text,
            source="来源" in text or "來源" in text or "稿源" in text or "source" in lower,
            excluded=("不包括" in text or "不包含" in text or "不含" in text or "除去" in text or "except" in lower
                      or "exclud" in lower),
            paren="(" in text or "（" in text,
        )


_EVERY_RULE = ProvinceHints()


def province_role(doc: Document, m: Mention, *, consular: bool = True, hints: ProvinceHints | None = None) -> str:
    """``actor`` or ``locator`` for a province mention (``consular=False``: the document
    has no "consul"/"embassy", so that rule is skipped; ``hints``: which words the text
    holds at all, :meth:`ProvinceHints.of`, so that the rules needing absent ones are skipped)."""
    text = doc.text
    h = _EVERY_RULE if hints is None else hints
    consular = consular and h.consular
    before = text[max(0, m.start - 40):m.start]
    if (h.seat and (before.endswith(("驻", "駐")) or _SEAT_LIST.search(before))) or (
            consular and _CONSULATE_BEFORE.search(before)):
        return "locator"  # 驻广州总领事; 驻香港、澳门总领馆 (every seat of the list)
    if (h.source and _SOURCE_LINE.search(before)) or (h.excluded and _EXCLUDED.search(before)):
        return "locator"  # 来源：内蒙古信息港; （不包括台湾省及港、澳）
    if (province_locates(text, m, paren=h.paren, seat=h.seat, consul=h.consular) or future_stop(text, m)
            or think_tank_name(text, m) or past_venue(text, m) or border_described(text, m) or earlier_stop(text, m.start, m.end)):
        return "locator"  # 中葡论坛（澳门）秘书处; 赴上海拜访驻沪总领馆; 东北三省中唯一; 此后将赴广西 (place_roles)
    if m.code == "CN-BJ" and m.text.lower() in ("北京", "beijing"):
        after = text[m.end:m.end + 20]
        if _BEIJING_ACTOR_AFTER.match(after) or _BEIJING_ACTOR_BEFORE.search(before):
            return "actor"
        if _PROVINCE_LIST_AFTER.match(after) or _PROVINCE_LIST_BEFORE.search(before):
            return "actor"  # 来自北京、河北、广西…五省(市、自治区); "Beijing, Tianjin and Hebei"
        # bare 北京/Beijing is the venue of central-level events (在北京, 北京峰会) or stands
        # for the central government ("Beijing's policy"); the municipality acts as 北京市
        return "locator"
    return "actor"


# ---------------------------------------------------------------------- country roles

_BG_ZH_AFTER = re.compile(
    r"^(?:的)?(?:[^，。；,;]{0,4}?)(?:加息|降息|加征|关税|制裁|大选|战争|冲突|危机|通胀|衰退|经验|模式|做法|疫情|局势|政局|汇率|市场波动|需求下滑|需求疲软)"
)
_BG_ZH_FRAME = re.compile(r"(?:受|因|由于|鉴于)[^，。；]{0,18}?(?:影响|冲击|拖累|波及)")
_LEARN_BEFORE = re.compile(r"(?:借鉴|学习|参照|效仿|仿照|对标)$")  # 借鉴新加坡…经验
_LESSON_AFTER = re.compile(r"^[^，。；,;]{0,12}?(?:经验|做法|模式)")
_COMPARE_BEFORE = re.compile(r"(?:与|同|和|跟)$")  # 与日本相比
_COMPARE_AFTER = re.compile(r"^[^，。；,;]{0,16}?相比")  # 与日本上世纪八十年代的情况相比
# ("the Governor of X on his election" is the greeting's counterpart, not X's elections)
_BG_EN_AFTER = re.compile(
    r"^(?:'s?|’s?)?\s*(?!(?:on|upon|after|following|for)\s+(?:his|her|their)\b)"
    r"(?:[\w-]+\s+){0,2}?(?:\w+-)?(?:tariffs?|sanctions?|rate hikes?|interest rates?|elections?|wars?|crisis|inflation|recession|experience|model|precedent|slowdown|downturn)\b",
    re.I,
)
# US$89.1 billion, "US $10.7 billion" (a space before the sign), "US dollars", US-led
_BG_EN_GLUED = re.compile(r"^(?: ?\$|＄|-(?:led|backed|dominated|centric|brokered|style|based)\b|\s+dollars?\b)", re.I)  # "US $10.7 billion"
# "signed a deal with Dubai-based DP World", "between a Singapore-based firm and …": the firm signs, its seat's country
# is a party (pcat); "a US-based think tank said" stays background
_BASED_PARTY = re.compile(r"\b(?:with|and|between)\s+(?:(?:a|an|the|two|three|four|five|several|some|its|their)\s+)?-based$", re.I)
_BG_EN_BEFORE = re.compile(
    r"(?:remittances?\s+from|(?:sanctions?|tariffs?|embargo(?:es)?)\s+(?:imposed\s+)?(?:by|on|against)|like|unlike|compared\s+(?:with|to)|than|amid|rivalry\s+with|tensions?\s+with|as\s+in|(?<!such\s)(?<!well\s)as"
    r"|(?:United\s+Nations|UN)(?:\s+Office)?\s+(?:at|in)|headquartered\s+in)\s+(?:the\s+)?$",  # (a UN seat: "UN Office at Geneva")
    re.I,
)


# "on his appointment as Lao prime minister", "served as Thailand's consul": a post, not a comparison
_AS_TITLE_AFTER = re.compile(r"^(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:prime minister|president|premier|ambassador|consul"
                             r"|minister|king|chancellor|governor|mayor|envoy|speaker|chairman)\b", re.I)


# Every background rule above needs, in the mention's sentence, a Chinese frame word below
# or an English keyword; every English keyword holds an ASCII letter other than s and i
# (the only ASCII letters re.I also matches to non-ASCII ones, ſ and ı). A sentence with
# neither cannot be a background frame, which spares most Chinese sentences the regexes.
_BG_ZH_WORDS = re.compile(
    "加息|降息|加征|关税|制裁|大选|战争|冲突|危机|通胀|衰退|经验|模式|做法|疫情|局势|政局|汇率|市场波动|需求下滑|需求疲软"
    "|借鉴|学习|参照|效仿|仿照|对标|相比|影响|冲击|拖累|波及|边境|邊境|边界|邊界"
    "|街|餐|菜|饭店|飯店|米粉|粉店|小吃|料理|风味|風味|咖啡|号|號|网传|網傳|传言|傳言|传闻|傳聞|谣传|謠傳|有消息称|有消息稱"
    "|途经|經由|经由|取道|过境|過境|途經|否认|否認|辟谣|闢謠|对标|對標|比肩|媲美|赶超|趕超|看齐|看齊"
    "|曾经|曾經|曾于|曾於|曾访|曾訪|曾赴|曾率|曾多次|曾到|此前|先前|以前|过去|過去"
    "|历史|歷史|古代|自古|年前|汉朝|唐朝|宋朝|元朝|明朝|清朝|汉代|唐代|宋代|元代|明代|清代|郑和|鄭和|" + SIDE_WORDS.pattern
)
_ASCII_LETTER = re.compile("[A-Za-z]")


def may_be_background(text: str, sent: tuple[int, int]) -> bool:
    """Whether :func:`country_role` can find a background frame in sentence ``sent``."""
    a, b = sent
    return _ASCII_LETTER.search(text, a, b) is not None or _BG_ZH_WORDS.search(text, a, b) is not None


def country_role(doc: Document, m: Mention, sent: tuple[int, int]) -> str:
    """``partner`` or ``background`` for a foreign-country mention in sentence ``sent``."""
    text = doc.text
    a, b = sent
    after = text[m.end:min(b, m.end + 30)]
    before = text[max(a, m.start - 30):m.start]
    if _BG_ZH_AFTER.match(after) or _BG_EN_AFTER.match(after) or (m.text[:1].isascii() and _BG_EN_GLUED.match(after)
                                                                 and not _BASED_PARTY.search(before + after[:6])):
        return "background"
    if _LEARN_BEFORE.search(before) and _LESSON_AFTER.match(after):
        return "background"
    if (_COMPARE_BEFORE.search(before) and _COMPARE_AFTER.match(after)) or earlier_trip_goal(text, m.start, m.end):
        return "background"
    if (_BG_EN_BEFORE.search(before) and not _AS_TITLE_AFTER.match(after)) or named_background(text, m, a, before, after):
        return "background"  # (place_roles: names, comparisons, transit, rumours, the U.S. state)
    for f in _BG_ZH_FRAME.finditer(text, a, b):
        if f.start() <= m.start and m.end <= f.end():
            return "background"
    return "background" if side_country(text, m.start, m.end, a, b) else "partner"


def passing_mentions(mentions: list[Mention], sent_indexes: list[int], cue_sentences: set[int], *,
                     other_in_lead: bool = False) -> set[str]:
    """Codes named only in passing: once, outside the first sentence, in a sentence with
    no engagement cue, while the document has other codes of the same kind (for
    provinces: another one in the first sentence). ``sent_indexes[i]`` is the sentence
    of ``mentions[i]``.

    Chosen on dev + train (partner F1 0.959 → 0.965, province F1 0.989 → 0.992): a third
    country listed once in a long report, or a province named as a route or comparison,
    is rarely what the document is about.
    """
    only: dict[str, int] = {}  # code -> the sentence of its one mention, or -1 if named more than once
    for m, si in zip(mentions, sent_indexes):
        code = m.code
        only[code] = -1 if code in only else si
    if len(only) < 2:
        return set()
    out = {code for code, si in only.items() if si > 0 and si not in cue_sentences}
    if out and other_in_lead:
        lead = {m.code for m, si in zip(mentions, sent_indexes) if si == 0}
        out = {code for code in out if lead - {code}}
    return out


# a sentence saying that countries took part (受邀参赛, "from seven countries … gathered"):
# the countries it lists are participants, never named in passing
_TAKING_PART = skipping(re.compile(
    r"参赛|参会|与会|受邀|应邀参加|参加了|出席了|参展|出席活动的|出席的嘉宾|嘉宾包括|participat|attended|attending|"
    r"gathered|took part|joined the|guests (?:included|were)"
    r"|among (?:the )?(?:participants|guests|attendees|delegates)|hail(?:s|ed)? from|(?:delegates|representatives) from"
    r"|from (?:\w+ )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty) countries", re.I))
# an English sentence quoting a foreign envoy or mayor ("…," said X, chargé d'affaires of the Nigerian Embassy):
# on a page about an event the speaker took part (een2, round 11)
_SPEAKER_EN = re.compile(r"\b(?:said|says|told|noted|added|stressed)\b", re.I)
_FOREIGN_POST_EN = re.compile(r"\b(?:mayor|ambassador|consul|charg[eé] d'affaires|embassy|consulate)\b", re.I)


def _speaker_sentence(text: str, a: int, b: int) -> bool:
    return _SPEAKER_EN.search(text, a, b) is not None and _FOREIGN_POST_EN.search(text, a, b) is not None


# ------------------------------------------------------------------------ engagement
# The engagement policy (rule scores, act detection, precedence, model blend) lives in
# pipeline/engagement/policy.py.
from .engagement.actors import passing_sars  # noqa: E402
from .engagement.policy import decide_engagement  # noqa: E402
from .engagement.sar_acts import idle_sars  # noqa: E402
from .engagement.wished_peers import wished_peers  # noqa: E402

_SARS = frozenset({"CN-HK", "CN-MO", "CN-TW"})


def _engaged_regions(region_ms: list[Mention], formulations: list[Mention]) -> int:
    """How many regions the text names other than as the target of a designated role
    (面向南亚东南亚辐射中心, "a gateway to ASEAN" face a region; they engage none of it: GUIDELINES §6)."""
    if not region_ms:
        return 0
    roles = sorted((f.start, f.end) for f in formulations if f.code == "designated_role")
    if not roles:
        return len({m.code for m in region_ms})
    # a mention lies inside some role iff the roles starting at or before it reach its end: the
    # running maximum of their ends, found by bisection (a long document holds thousands of
    # both: testing every pair made this step quadratic, issue 17)
    starts = [a for a, _ in roles]
    reach = list(itertools.accumulate((b for _, b in roles), max))

    def inside(m: Mention) -> bool:
        i = bisect.bisect_right(starts, m.start)
        return i > 0 and reach[i - 1] >= m.end

    return len({m.code for m in region_ms if not inside(m)})


# ---------------------------------------------------------------------------- record

_START_END = operator.attrgetter("start", "end")


def set_role(m: Mention, role: str) -> None:
    """``m.role = role`` (kept for callers of the time when that went around pydantic)."""
    m.role = role


def with_role(m: Mention, role: str) -> Mention:
    """A copy of ``m`` with ``role`` set (as :func:`set_role` would set it on ``m`` itself)."""
    return mention_with(m, "role", role)


@dataclass(frozen=True)
class Resolution:
    """What :func:`resolve` decided: the record, and the place mentions with their roles
    (copies, in the analysis' order: the evidence the engagement layer pairs from)."""

    record: Record
    places: list[Mention]


def _demote(drop: Collection[int], role: str, roles: list[str | None], ms: list[Mention], ks: list[int], sis: list[int]
            ) -> tuple[list[Mention], list[int], list[int]]:
    """The mentions ``ms`` (with their indexes ``ks`` into ``roles`` and sentences ``sis``) less those at the
    positions ``drop``, whose role becomes ``role`` (a dateline, a locating city, a SAR office: no actor)."""
    for i in drop:
        roles[ks[i]] = role
    kept = [i for i in range(len(ms)) if i not in drop]
    return [ms[i] for i in kept], [ks[i] for i in kept], [sis[i] for i in kept]


def resolve(
    analysis: Analysis,
    *,
    meta: RecordMeta,
    model_probs: Mapping[str, float] | None = None,
    model_weight: float = 0.0,
) -> Resolution:
    """Merge an analysis' mentions (and optional classifier probabilities) into a
    :class:`Record`. The analysis' mentions are not changed: the record holds copies of the
    place mentions that got a role."""
    doc, formulations, cues = analysis.doc, analysis.formulations, analysis.cues
    places = recode_abbreviations(analysis.places)  # 鲁巴 on a page about 巴伐利亚州: DEU (place_frames)
    text = doc.text
    sents = analysis.sentences
    starts = analysis.starts
    br = bisect.bisect_right
    roles: list[str | None] = [None] * len(places)  # the role of places[k] (None: none)
    regions: dict[str, None] = {}
    region_ms: list[Mention] = []
    # re.I matches ſ for s (and nothing else here); the lower-cased copy is not kept while the
    # rest resolves (a copy of the whole text: 27 MB of a 30 MB document, issue 17)
    hints = ProvinceHints.of(text, text.lower().replace("ſ", "s"))
    framed: dict[int, bool] = {}  # sentence index -> may_be_background
    actors: list[Mention] = []
    actor_ks: list[int] = []
    actor_sis: list[int] = []
    engaged: list[Mention] = []
    engaged_ks: list[int] = []
    engaged_sis: list[int] = []
    for k, m in enumerate(places):
        label = m.label
        if label == "province":
            role = roles[k] = province_role(doc, m, hints=hints)
            if role == "actor":
                actors.append(m)
                actor_ks.append(k)
                actor_sis.append(max(br(starts, m.start) - 1, 0))
        elif label == "country":
            si = max(br(starts, m.start) - 1, 0)
            bg = framed.get(si)
            if bg is None:
                bg = framed[si] = may_be_background(text, sents[si])
            role = roles[k] = ("background" if (in_zone_name(m) or staff_nationality(text, m) or china_border(text, m)
                                                or envoy_post(text, m))
                               else country_role(doc, m, sents[si]) if bg
                               else "partner")
            if role == "partner":
                engaged.append(m)
                engaged_ks.append(k)
                engaged_sis.append(si)
        elif label == "region" and not office_division(text, m):  # (欧洲非洲处: an office's division)
            regions[m.code] = None
            region_ms.append(m)
    if engaged:
        framed_out = background_frames(text, engaged)  # border lists, route names
        if framed_out:
            engaged, engaged_ks, engaged_sis = _demote(framed_out, "background", roles, engaged, engaged_ks, engaged_sis)
    if len({m.code for m in actors}) > 1:  # a dateline only locates where the text names another actor
        datelines = {i for i, m in enumerate(actors) if is_dateline(text, m)}
        if datelines and len(datelines) < len(actors):
            actors, actor_ks, actor_sis = _demote(datelines, "locator", roles, actors, actor_ks, actor_sis)
    if len(actors) > 1:  # "Pingxiang, Jiangxi": a city name shared by two provinces, told apart by the next
        other = {i for i in range(len(actors) - 1)
                 if actors[i].code != actors[i + 1].code and (actors[i].entry or "").startswith("city.")
                 and (actors[i + 1].entry or "").startswith("province.") and actors[i].text[:1].isascii()
                 and text[actors[i].end:actors[i + 1].start] in (", ", ",")}
        if other:
            actors, actor_ks, actor_sis = _demote(other, "locator", roles, actors, actor_ks, actor_sis)
    if len(actors) > 1 and any(m.code in _SARS for m in actors):  # 香港驻沪办: an office visited, not an actor
        sar_offices = passing_sars(text, actors)
        if sar_offices:
            actors, actor_ks, actor_sis = _demote(sar_offices, "locator", roles, actors, actor_ks, actor_sis)
    if any(m.code in _SARS for m in actors):  # 同港澳加强合作, 港澳台500多家机构参展: named, not acting (sar_acts)
        idle = idle_sars(analysis, actors, actor_sis)
        if idle:
            actors, actor_ks, actor_sis = _demote(idle, "locator", roles, actors, actor_ks, actor_sis)
    wished = wished_peers(text, [(m.start, m.end) for m in actors])  # 广西愿与广东、云南一道…: no actors (pzh)
    if wished and len(wished) < len({m.code for m in actors}):
        actors, actor_ks, actor_sis = _demote(wished, "background", roles, actors, actor_ks, actor_sis)
    cue_sis = analysis.fact("cue_sentences", lambda: analysis.sentence_of(cues))
    cue_sentences = set(cue_sis)
    provinces: dict[str, None] = {}
    passing = passing_mentions(actors, actor_sis, cue_sentences, other_in_lead=True)
    for m, k in zip(actors, actor_ks):
        if m.code in passing:
            roles[k] = "passing"
        else:
            provinces[m.code] = None
    partners: dict[str, None] = {}
    taking_part = present_sentences(text, sents, engaged, engaged_sis) | {si for si in set(engaged_sis) if _TAKING_PART.search(text, *sents[si]) or _speaker_sentence(text, *sents[si])}
    passing = passing_mentions(engaged, engaged_sis, cue_sentences | taking_part)
    if passing and doc.lang == "en":  # a foreign envoy named by post is present, not in passing (meet_en, helper fen)
        passing -= {m.code for m in envoy_mentions(text, engaged)}
    for m, k in zip(engaged, engaged_ks):
        if m.code in passing:
            roles[k] = "background"
        else:
            partners[m.code] = None
    types = {m.code: None for m in formulations}
    targets = {t: None for m in formulations for t in m.targets}
    detail = decide_engagement(text, sents, cues, lang=doc.lang or "zh", partners=len(partners),
                               regions=_engaged_regions(region_ms, formulations), probs=model_probs, weight=model_weight,
                               simplify=analysis.simplify if analysis.normalizer is not None else None,
                               analysis=analysis)
    if partners and not provinces and doc.source_province is None and detail.label is None and national_side(text):
        for k in engaged_ks:  # no province, no act, China's national side named: a national visit announced
            roles[k] = "background"
        partners = {}
    if (len(partners) > 1 and not provinces and doc.source_province is None and doc.lang == "en"
            and no_chinese_side(text, places)):
        for k in engaged_ks:  # an English page about two foreign sides only: no partner, no act of a Chinese side
            roles[k] = "background"
        partners = {}
        detail.label = None
    # cue votes are summarised in engagement_detail (entries); `tifa explain` shows them
    places = [m if r is None else mention_with(m, "role", r) for m, r in zip(places, roles)]
    mentions = sorted(places + formulations, key=_START_END)
    return Resolution(Record(
        id=doc.id,
        source=doc.source,
        lang=doc.lang or "zh",  # type: ignore[arg-type]
        title=doc.title,
        date=doc.date.isoformat() if doc.date else None,
        provinces=sorted(provinces),
        partners=sorted(partners),
        regions=sorted(regions),
        formulations=sorted(types),
        engagement=detail.label,
        role_targets=sorted(targets),
        engagement_detail=detail,
        mentions=mentions,
        meta=meta,
    ), places)
