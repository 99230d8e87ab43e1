"""Where a report places an act by its dateline or by a place that otherwise only locates
(Beijing as the central government's seat, a consulate's seat): the venue helpers of
:mod:`pipeline.engagement.attributes`.

Example:
    >>> t = "met the Lao Ambassador in Beijing"
    >>> locator_venue(t, t.index("Beijing"))
    True
    >>> t = "the Lao Consul General in Shanghai"
    >>> locator_venue(t, t.index("Shanghai"))
    False
"""

from __future__ import annotations

import re
from typing import Sequence

from ..schemas import Mention, Provenance
from ._build import fast
from .en_wire import earlier_trip_after_en

_LOCATOR_ZH = ("在", "于", "於", "赴", "抵达", "抵達", "前往")
_LOCATOR_EN = re.compile(r"(?:^|\s)(?:in|at)\s+$", re.I)
_SEAT_BEFORE = re.compile(r"Consul|Embass|Mission|Office|Representative", re.I)  # "the Consul General of Laos in Shanghai"


def locator_venue(text: str, pos: int) -> bool:
    """Whether a place that only locates (Beijing, a consulate's seat) starting at ``pos``
    is the act's venue: right after 在/于/赴/抵达 (在北京举办, 赴上海拜访) or after "in"/"at"
    where no consulate, embassy or office is named just before ("talks in Beijing", not
    "the Consul General of Laos in Shanghai")."""
    if text[max(0, pos - 2):pos].endswith(_LOCATOR_ZH):
        return True
    return bool(_LOCATOR_EN.search(text, max(0, pos - 5), pos)) and not _SEAT_BEFORE.search(text, max(0, pos - 40), pos)


#: News agencies that open a dateline: the one list both dateline readers use, :func:`dateline_place`
#: (where the act was) and :func:`pipeline.resolve.is_dateline` (which province acts). Chinese names
#: stand before the place (新华社昆明5月3日电, 中新网北京6月1日电; :func:`dateline_place` also takes any
#: other short name ending in 社: 越通社河内——), English ones in brackets after it ("KUNMING, May 5
#: (Xinhua) --", "Lao Cai (VNA) –"), each spelling as wire copy writes it.
AGENCIES_ZH: tuple[str, ...] = ("新华社", "中新社", "中新网", "中评社", "中評社", "人民网", "央视网", "国际在线", "路透社",
                                "美联社", "法新社", "共同社", "塔斯社")
AGENCIES_EN: tuple[str, ...] = (
    "VNA", "KPL", "Xinhua", "Kazinform", "KAZINFORM", "TASS", "Yonhap", "Kabar", "AKIpress", "Montsame", "MONTSAME",
    "Bernama", "Antara", "ANTARA", "PNA", "Sputnik", "UzA", "Dunya", "Khovar", "AKP", "MNA", "BSS", "APP", "Kyodo",
    "AFP", "AP", "Reuters", "VOV", "NNA", "Trend", "Azertac", "Belta", "BelTA")


def agencies(names: tuple[str, ...]) -> str:
    """An alternation of agency ``names`` for a dateline pattern (longest first, escaped).

    >>> agencies(("AP", "AFP"))
    '(?:AFP|AP)'
    """
    return "(?:" + "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n))) + ")"


_DATELINE_BEFORE = re.compile(rf"\s*(?:{agencies(AGENCIES_ZH)}|[^\s，。,.]{{0,6}}社)?")  # 越通社河内——, 新华社河内5月3日电
# "Ulaanbaatar /MONTSAME/.": MONTSAME sets its name between slashes; "GILGIT:", "KUCHING:": Pakistani and
# Malaysian papers end the dateline with a colon (issue 15, rpforeign)
_AGENCY_AFTER = re.compile(rf"(?:,\s*[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})?\s*(?:\({agencies(AGENCIES_EN)}\)|/{agencies(AGENCIES_EN)}/)")
_DATELINE_AFTER = re.compile(r"(?:\s*[.,]\s|\s*\(|\s*——|\s*—|\s*[-–]\s|\s*--\s|\s*/[A-Z]{2,}/|:\s|\d{1,2}月\d{1,2}日电)")  # ("WELLINGTON -- ")


def dateline_place(text: str, places: Sequence[Mention]) -> Mention | None:
    """The place of a news report's dateline, where the report opens with one ("ASTANA.
    KAZINFORM –", "HANOI, Nov. 5 (VNA) –", "Ulaanbaatar /MONTSAME/.", "GILGIT:", 越通社河内——,
    新华社河内5月3日电): where the reporter
    was, the venue of an act the report places nowhere else."""
    for p in places:
        if p.start > 14:  # (a wire dateline opening a line under the headline and captions: "Lang Son (VNA) –"; fen)
            if p.start > 1000:
                break
            if (text[p.start - 1] == "\n" and p.label in ("country", "province") and p.text[:1].isascii()
                    and _AGENCY_AFTER.match(text, p.end)):
                return p
            continue
        if p.label in ("country", "province") and _DATELINE_BEFORE.fullmatch(text, 0, p.start) and (
                _DATELINE_AFTER.match(text, p.end) and (p.text.isupper() or not p.text.isascii())
                or _AGENCY_AFTER.match(text, p.end)):  # "Lao Cai (VNA) –", "Vientiane, May 9 (KPL) -"
            return p
    return None


# "direct flights to Manila", "a new air route from Haikou to Bangkok", "freight trains to Duisburg", "fruit
# exports to Thailand", "tourism to Vladivostok": the end of a route or a flow, not a place anyone went (issue 15)
_ROUTE_TO = re.compile(r"\b(?:flights?|routes?|links?|lines?|services?|trains?|shipping|cargo|freight|connections?|connectivity|"
                       r"exports?|shipments?|sales|tourism|tourists|visitors|access|investments?|gateway|corridor|passage|"
                       r"outlets?|channels?)\s+(?:from\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3})?"
                       r"(?:linking\s+\w+\s+)?(?:to|with|into)\s+(?:the\s+)?$", re.I)
# "a delegation from Yiwu in Zhejiang", "a firm from Kashgar in Xinjiang": where the party comes from
_ORIGIN_IN = re.compile(r"\bfrom\s+(?:[A-Z][\w'’-]*\s+){1,3}in\s+(?:the\s+)?$")
# "met the visiting Vietnamese Deputy Prime Minister": a visitor described, not a visit made; "played host to
# Vietnamese Deputy Prime Minister X": the guest received, no trip to Vietnam
_VISITING_ADJ = re.compile(r"\b(?:the|a|an)\s+visiting\s*$|\b(?:played|plays|playing)\s+host\s+to\s+(?:the\s+)?$", re.I)


# "a forum scheduled for October 21-22 in Ust-Kamenogorsk", "gearing up for the 17th meeting in Nanning",
# "the summit to be held in Ha Long": the place of an event still to come, not of the act reported (issue 15)
_FUTURE_EVENT_BEFORE = re.compile(
    r"\b(?:(?:scheduled|slated|planned|set)\s+(?:for|to\s+(?:take\s+place|be\s+held|open))|(?:will|to)\s+be\s+(?:held|hosted|"
    r"organi[sz]ed|convened)|will\s+take\s+place|gearing\s+up\s+for|preparing\s+for|preparations?\s+for|upcoming|"
    r"forthcoming)\b[^.;!?]{0,70}?\b(?:in|at)\s+(?:the\s+)?$", re.I)
# "a warm welcome to Jeollabuk-do delegation", "in Lao Cai officials' presence": the place names a party, not where
_PARTY_NOUN_AFTER = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:delegations?|delegates|officials|guests|"
                               r"counterparts?|side)\b")
# "invited him to visit Laos", "an invitation to attend the expo in Kunming": a trip not yet made
_INVITED_TO = re.compile(r"\binvit(?:ed|es|ing|ation)\b[^.;!?]{0,40}?\bto\s+(?:(?:visit|attend|come\s+to|travel\s+to|tour)\s+|"
                         r"[^.;!?]{0,40}?\b(?:in|at)\s+)(?:the\s+)?$", re.I)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# "visited Hamburg this July": a trip told in the report, not the act reported
_PAST_MONTH_AFTER = re.compile(rf"\s+this\s+(?:{_MONTHS})\b")  # (not "last month": often the act's own time)
# "had visited Laos", "previously visited Vietnam": an earlier trip
_HAD_VISITED = re.compile(r"\b(?:had|has|have|previously|once|already)\s+(?:\w+\s+)?(?:visited|been\s+to)\s+(?:the\s+)?$")
# "US-Shandong Week", "China–ASEAN Expo": after a place's end, one side of a compound name, no place
COMPOUND_AFTER_EN = re.compile(r"[-–—]\s?[A-Z]")
# "her trip to Sabah three weeks before", "talks in Hanoi two years ago": an earlier occasion
_EARLIER_AFTER = re.compile(r"[\w'’ -]{0,22}?\b(?:(?:just\s+)?(?:a|one|two|three|several|a\s+few|\d+)\s+"
                            r"(?:days?|weeks?|months?|years?)\s+(?:earlier|ago|before))\b", re.I)


def not_venue_en(text: str, pos: int) -> bool:
    """Whether an English place starting at ``pos`` only ends a route ("direct flights to
    Manila"), gives where a party comes from ("a delegation from Yiwu in Zhejiang"), describes
    a visitor ("the visiting Vietnamese minister"), places an event still to come ("a forum
    scheduled for October 21-22 in Ust-Kamenogorsk") or an earlier occasion ("his visit to
    Sabah three weeks before"): no venue and no trip of the act reported."""
    before = text[max(0, pos - 60):pos]
    if not before[-1:].isspace():
        return False
    if _ROUTE_TO.search(before) or _ORIGIN_IN.search(before) or _VISITING_ADJ.search(before):
        return True
    if _FUTURE_EVENT_BEFORE.search(text, max(0, pos - 110), pos) or _INVITED_TO.search(text, max(0, pos - 70), pos):
        return True
    if _PARTY_NOUN_AFTER.match(text, pos, pos + 40) or _HAD_VISITED.search(before):
        return True
    end = text.find(" ", pos)
    if end != -1 and _PAST_MONTH_AFTER.match(text, end):
        return True  # "visited Hamburg this July": an earlier trip told in the report
    return end != -1 and (_EARLIER_AFTER.match(text, end, end + 50) is not None
                          or earlier_trip_after_en(text, end))  # (an earlier trip "last May": rpen2)


_EARLIER_TRIP_EN = re.compile(rf"\bvisited\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+this\s+(?:{_MONTHS})\b")
_EARLIER_TRIP_ZH = re.compile(r"(?:曾|曾经|曾經|此前|去年|前年|上次)[^，。；]{0,8}?(?:访问|訪問|到访|到訪|赴|出访|出訪)")


def earlier_trip_sentence(text: str, pos: int) -> bool:
    """Whether the sentence up to ``pos`` tells a trip made earlier than the act ("Han visited
    Hamburg this July and met German officials", 他去年访问越南时会见了越南副总理): the people it
    names there are not the act's counterparts.

    >>> t = "They met on Friday. He visited Hamburg this July and met German officials."
    >>> earlier_trip_sentence(t, t.index("German")), earlier_trip_sentence(t, t.index("Friday"))
    (True, False)
    """
    start = max(text.rfind(". ", 0, pos), text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1
    return (_EARLIER_TRIP_EN if text[pos:pos + 1].isascii() else _EARLIER_TRIP_ZH).search(text, start, pos) is not None


def dateline_side(p: Mention) -> str:
    """The direction a dateline gives where nothing else does: a foreign one (“ASTANA. KAZINFORM
    –”) abroad, a Chinese one ("NANNING, Sept 17 (Xinhua) --", 新华社昆明5月3日电) at home."""
    return "outbound" if p.label == "country" else "inbound"


def inferred_venue(direction_: str | None, provinces: Sequence[str], partners: Sequence[str]
                   ) -> tuple[str | None, Provenance | None]:
    """The venue no preposition gave: the host province of an inbound act, the one country
    of an outbound one."""
    if direction_ in ("inbound", "domestic") and len(provinces) == 1:
        return provinces[0], fast(Provenance, {"source": "rule", "rule": f"{direction_}_host_province", "text": None,
                                    "start": None, "end": None, "score": 0.6})
    if direction_ == "outbound" and len(partners) == 1:
        return partners[0], fast(Provenance, {"source": "rule", "rule": "outbound_one_country", "text": None,
                                    "start": None, "end": None, "score": 0.6})
    return None, None


# "Governor Chikahiro Sakai of Niigata Prefecture received …", "Mayor X of Busan hosted …": a foreign
# leader named by the place he or she heads receives the Chinese side (outbound; issue 15)
_HOST_TITLE_OF = re.compile(r"\b(?:Governor|Mayor|Chief\s+Minister|Premier|Prefect|Chairman|Chairwoman|Chair|Akim)\s+"
                            r"(?:(?:[A-Z][\w'’.-]*\s+){1,4})?of\s+(?:the\s+)?$")
#: the verbs of a host receiving the other side (also read after a foreign title by attributes.direction)
RECEIVES_EN = r"(?:received|hosted(?:\s+a\s+reception\s+for)?|welcomed|held\s+a\s+reception\s+for)\b"
# (…, or the title before the place and the name after it: "Governor of Luang Namtha province Phoxay
# Sayasone received …", "Akim of Zhambyl region X welcomed …"; issue 15, rpforeign)
_HOST_RECEIVES = re.compile(r"(?:\s+(?:[Pp]refecture|[Ss]tate|[Pp]rovince|[Rr]egion|[Cc]ounty|[Cc]ity|[Oo]blast|[Kk]rai|"
                            r"[Gg]overnorate|[Aa]imag))?(?:\s+[A-Z][\w'’.-]*){0,4}"
                            r"(?:\s+on\s+\w+(?:\s+\d{1,2})?)?,?\s+" + RECEIVES_EN)


# "Fujian Party Secretary Zhou Zuyi called on Sarawak Premier …", "paid a courtesy call on the Lao Prime
# Minister": the side that calls goes to the one called on, a foreign leader named by place or demonym (issue 15)
_CALLED_ON = re.compile(r"\b(?:called\s+on|calls\s+on|paid\s+(?:a\s+)?(?:courtesy\s+)?(?:call|calls|visit)\s+(?:on|to))\s+"
                        r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}$")


def foreign_host_en(text: str, places: Sequence[Mention], a: int, b: int) -> Mention | None:
    """The foreign place whose leader, named as "Governor X of <place>", receives the Chinese side
    in ``text[a:b]`` ("Governor Chikahiro Sakai of Niigata Prefecture received a delegation …"), or
    whose leader the Chinese side calls on ("… called on Sarawak Premier Abang Johari")."""
    for p in places:
        if not (a <= p.start < b and p.label == "country" and p.code != "CHN" and p.text.isascii()):
            continue
        if _HOST_TITLE_OF.search(text, max(a, p.start - 60), p.start) and _HOST_RECEIVES.match(text, p.end):
            return p
        if _CALLED_ON.search(text, max(a, p.start - 50), p.start) and not any(
                q.label == "province" and q.role != "locator" and q.start < p.start and q.end > p.start - 50
                and _CALLED_ON.search(text, max(a, q.start - 50), q.start) for q in places):
            return p
    return None
