"""One occasion per engagement on pages that report several (issue 15, real pages).

Pairing (:mod:`.pairing`) cuts a text into segments and gives each a category from its own
clauses, the primary one from the document's decision, which weighs the headline and the
first act sentences. Long real pages report the parts of one occasion far apart, and the
precedence rules of TAXONOMY §3 then need the whole of it:

* **rule 4 late in a trip's report**: a tour's report lists its stops first and the
  agreements signed at them paragraphs later (在布达佩斯……见证两地商会签订合作协议;
  推介会期间，省外办与……签订了友好交流备忘录). A signing anywhere in the trip's own sentences
  makes the trip ``cooperation_project`` (or the field the agreement names: rule 4), unless
  the signing is another year's (两省于2013年签署……, "signed … in 2013": background).
* **rule 8 in the body**: a foreign group's tour of the province whose report names the
  provincial leader's meeting with that group only in a later sentence ("On the second day, the
  vice-governor met with the delegation") is ``high_level_meeting``.
* **rule 8 told backwards**: the meeting first, then the group's own visit
  (……会见了秘鲁国会代表团。……一行是当天从南京来到扬州参观的): one occasion, the
  meeting's; the visit sentence adds no engagement.

Example:
    >>> from pipeline.schemas import Engagement
    >>> t = "A delegation from Chile visited Fujian from May 4 to 8. On May 5, the governor met with the delegation."
    >>> e = Engagement(category="delegation_visit", provinces=["CN-FJ"], partners=["CHL"], direction="inbound",
    ...                evidence=[0, len(t)])
    >>> [x.category for x in refined(t, "en", [e])]
    ['high_level_meeting']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable, Sequence

from ..schemas import Engagement, Mention, Provenance
from ..text import sentences
from .event_fields import agreement_fields
from .signing import signed, signing_clauses
from .late_acts import side_agreement
from .categories import one_field
from .acts import find_day
from .apart_acts import clause_side_meeting
from .group_guests import group_met  # (领团成员, 记者团, 与省长见面: helper qgrp)

# a provincial leader's meeting with the touring group, named after the verb (English; the
# Chinese form is :data:`.tours._MEETS_GROUP`'s)
MEETS_GROUP_EN = re.compile(
    r"\b(?:met|meets|held talks)(?: with)? (?:the |all )?(?:visiting |foreign |whole )?"
    r"(?:[\w'-]+ ){0,3}?(?:delegation|delegates|envoys|diplomats|group|guests|visitors)\b", re.I)
# the same in Chinese, a leader's meeting only (会见/接见/会晤 …代表团): a banquet or a call by the office
# that hosts the tour (外办负责人设宴招待客人) is part of the tour (rule 8 asks for the leaders' meeting)
MEETS_GROUP_ZH = re.compile(
    "(?:会见|會見|接见|接見|会晤|會晤|会谈|會談)(?:了)?[^。！？\n]{0,16}?"
    "(?:访问团|訪問團|代表团|代表團|使节团|使節團|考察团|考察團|领事团|領事團|参访团|參訪團)")
# a witnessed signing (见证两地商会签订的备忘录): the signing itself, though its verb is attributive
_WITNESSED = re.compile(r"见证[^。；;！!？?]{0,30}?签(?:署|订|约)")
_SIGN_VERB = re.compile(r"签署|签订|签约|缔结|结为|建立友好|\bsigned\b|\bsigns\b|\binked\b|\bpenned\b|\bestablished\b", re.I)
# the group's arrival told as background (…一行是当天从南京来到扬州参观的): its route names only Chinese places,
# which reads as a domestic trip of its own
_ARRIVED = re.compile(r"一行[^。！？]{0,6}?是[^。！？]{0,20}?(?:从|由|自)[^。！？，,]{1,12}?(?:前来|来到|抵达|到达|赴)")
# a hope or plan before the signing verb in its clause (盼与对方省份早日结好, 争取签署): not signed
_HOPED = re.compile(r"(?:希|望|盼|愿|拟|将|要|计划|争取|力争|推动|促成|期待|期盼|商定|同意|准备|有望|打算|"
                    r"hope|wish|plan|will|would|expect|look forward|aim|seek|intend|agreed? to)", re.I)
# another year written in the sentence (两省于2013年签署, "signed … in 2013"): the signing is background
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:年|(?!\d))")
# the group's own visit told after the meeting (……一行是当天从南京来到扬州参观的, 在湘期间，访问团将考察)
_GROUP_VISIT = re.compile(
    r"(?:一行|代表团|访问团|考察团|使节团|參訪團|訪問團|代表團)[^。！？]{0,30}?(?:前来|来到|抵达|抵|访问|到访|参观|考察)"
    r"|(?:在[^，。]{1,4}期间|访问期间|訪問期間)")


# a page that is a work summary, plan or yearbook by its own title line (2018年福建外事工作总结, 2020年工作计划,
# 2004年外事年鉴): its acts are a year's record, not reports of occasions (TAXONOMY §3: retrospective summaries)
_SUMMARY_TITLE = re.compile(r"^[^\S\n]*[^\n。！？]{0,30}?(?:工作总结|工作计划|工作要点|工作综述|年度总结|年鉴)[^\S\n]*$",
                            re.M)
_HEAD_LINES = 6


def summary_page(text: str) -> bool:
    r"""Whether one of the page's first lines is the title of a work summary, plan or yearbook.

    >>> summary_page("当前位置:首页 > 规划计划\n\n2018年福建外事工作总结\n\n一年来，……")
    True
    >>> summary_page("省外办召开2024年工作要点部署会\n3月5日，……")
    False
    """
    head = "\n".join(text.split("\n", _HEAD_LINES)[:_HEAD_LINES])
    return _SUMMARY_TITLE.search(head) is not None


def _sentences_in(text: str, a: int, b: int) -> list[tuple[int, int]]:
    return [(x + a, y + a) for x, y in sentences(text[a:b]) or [(0, b - a)]]


def _verb_at(sentence: str, a: int, b: int) -> int:
    """Where the signing verb of the clause ``sentence[a:b]`` starts (its end when none is found)."""
    m = _SIGN_VERB.search(sentence, a, b)
    return m.start() if m else b


def _other_year(sentence: str, year: int | None) -> bool:
    years = {int(m.group(1)) for m in _YEAR.finditer(sentence)}
    return bool(years) and (year is None or any(y != year for y in years))


def late_signing(text: str, lang: str, span: tuple[int, int], year: int | None,
                 simplify: Callable[[str], str] | None = None, start: str | None = None) -> str | None:
    """The category rule 4 gives a trip whose sentences ``span`` report a signing: the field the
    agreement names (education, culture, sport, training) or ``cooperation_project``; None
    where none of its sentences reports one (or only another year's, or one dated before the trip's ``start``,
    an ISO day: background, 此前，5月19日，各国领导人签署了宣言).

    >>> late_signing("4月3日率团访问越南。在河内，双方签署了旅游合作备忘录。", "zh", (0, 29), 2024)
    'cultural_exchange'
    >>> late_signing("率团访问德国。两省于2013年签署友好协议。", "zh", (0, 21), 2024) is None
    True
    """
    fields: list[str] = []
    found = False
    for a, b in _sentences_in(text, *span):
        s = simplify(text[a:b]) if simplify is not None else text[a:b]
        witnessed = lang != "en" and _WITNESSED.search(s) is not None
        if not (witnessed or signed(s, lang)) or _other_year(s, year) or side_agreement(s) or _before(s, start):
            continue  # (the talks' minutes, a side agreement with overseas Chinese bodies: late_acts)
        clauses = [(x, y) for x, y in signing_clauses(s, lang) or [(0, len(s))]
                   if witnessed or _HOPED.search(s, x, _verb_at(s, x, y)) is None]
        if not clauses:
            continue
        found = True
        for x, y in clauses:
            fields += agreement_fields(s[x:y])
    if not found:
        return None
    field = one_field(sorted(set(fields)))
    return field[0] if field else "cooperation_project"


def _before(sentence: str, start: str | None) -> bool:
    """Whether ``sentence`` writes a day (with its month) earlier than the ISO day ``start`` of the same year."""
    day = find_day(sentence, 0, len(sentence)) if start else None
    if day is None or not day[1] or len(start or "") < 10:
        return False
    return (day[0] is None or day[0] == int(start[:4])) and (day[1], day[2]) < (int(start[5:7]), int(start[8:10]))


# several Chinese sides each meeting the guests (安徽省委书记、江西省副省长分别会见使节团; "… respectively"):
# one meeting per province (GUIDELINES §6 rule 2)
_SEPARATELY = re.compile(r"分[别別](?:在[^，。,]{1,12})?(?:会见|會見|会晤|會晤|接见|接見|会谈|會談|看望|拜会|拜會|宴请|宴請)"
                         r"|\brespectively\b")
# the post a province's own stretch of the clause names (the first one: the highest is usually named first)
_POSTS = ((re.compile(r"(?:省|区|市)委书记|党委书记|委書記|黨委書記|Party Secretary|party chief", re.I), "party_secretary"),
          (re.compile(r"副(?:省长|主席|市长|书记|省長|市長|書記)|常委|[Vv]ice[- ][Gg]overnor|[Vv]ice[- ][Mm]ayor"), "deputy"),
          (re.compile(r"省长|省長|自治区主席|自治區主席|市长|市長|[Gg]overnor|[Mm]ayor"), "governor"),
          (re.compile(r"外办|外辦|外事办|外事辦|Foreign Affairs Office"), "fao"))


def _post(text: str, a: int, b: int) -> str | None:
    found = [(m.start(), code) for rx, code in _POSTS if (m := rx.search(text, a, b)) is not None]
    return min(found)[1] if found else None


def separately(text: str, e: Engagement, actors: Sequence[Mention]) -> list[Engagement]:
    """``e`` cut into one engagement per province where its provinces' leaders met the guests
    separately (分别会见, "respectively"), each with the post named in its own stretch of the
    clause; ``[e]`` otherwise. ``actors``: the acting province mentions (text order)."""
    if len(e.provinces) < 2 or len(e.evidence) != 2:
        return [e]
    a, b = e.evidence
    m = _SEPARATELY.search(text, a, b)
    if m is None:
        return [e]
    lo = max([a] + [text.rfind(c, a, m.start()) + 1 for c in "。！？\n"])  # (the meeting's own sentence)
    named = [x for x in actors if lo <= x.start < m.start() and x.code in e.provinces]
    codes = list(dict.fromkeys(x.code for x in named))
    if len(codes) < 2:
        return [e]
    firsts = [next(x.start for x in named if x.code == c) for c in codes] + [m.start()]
    out = []
    for k, code in enumerate(codes):
        one = e.model_copy(deep=True)
        one.provinces = [code]
        one.official = _post(text, firsts[k], firsts[k + 1]) or (e.official if k == 0 else None)
        if one.direction == "inbound" and (one.venue is None or one.venue in e.provinces):
            one.venue = code  # (an inbound meeting is held in its host province)
        one.provenance["provinces"] = Provenance(source="rule", rule="met_separately", text=m.group(0),
                                                 start=m.start(), end=m.end(), score=0.7)
        out.append(one)
    return out


# a leader's meeting reported after a forum's or conference's opening (开幕当天，副省长还会见了蒙古国某省省长…;
# "On the sidelines, the governor met with …"): its own engagement beside the event's (rule 2)
_SIDE_MEETING = re.compile(r"(?:会见|會見|会晤|會晤|接见|接見|举行会谈|舉行會談)|\b(?:met with|held talks with)\b"
                           r"|\bmet (?:the )?(?:visiting )?(?=[A-Z])")  # ("met Mongolia's Deputy Prime Minister")
_EVENTS = ("forum_expo", "multilateral_meeting")


def _start(m: Mention) -> int:
    return m.start


def side_meetings(text: str, e: Engagement, partners: Sequence[Mention]) -> list[Engagement]:
    """``e`` and, where it is a forum or conference whose report names a leader's meeting with a
    foreign party in a later sentence, that meeting as an engagement of its own (its sentence's
    countries, the event's province and day). ``partners``: the partner country mentions."""
    if e.category not in _EVENTS or len(e.evidence) != 2:
        return [e]
    sents = _sentences_in(text, *e.evidence)
    # the report's own partners, by bisection (``partners`` in text order, as :func:`refined` passes them):
    # a scan of every partner for every engagement or sentence is quadratic in the text
    inside = partners[bisect_left(partners, e.evidence[0], key=_start):bisect_left(partners, e.evidence[1], key=_start)]
    for a, b in sents[1:]:
        m = _SIDE_MEETING.search(text, a, b)
        if m is None:  # (the verb first: a scan of the partners for every sentence was quadratic in the text)
            continue
        named = list(dict.fromkeys(x.code for x in inside if a <= x.start < b))
        if not named:
            continue
        one = e.model_copy(deep=True)
        one.category, one.partners, one.regions, one.evidence = "high_level_meeting", named, [], [a, b]
        one.official = _post(text, a, m.start()) or e.official
        one.provenance["category"] = Provenance(source="rule", rule="side_meeting", text=m.group(0),
                                                start=m.start(), end=m.end(), score=0.6)
        e.evidence = [e.evidence[0], a] if a > e.evidence[0] else e.evidence
        return [e, one]
    return [e]


# a round-up's summary sentence with a generic plural subject ("several regions have
# courted buyers abroad", 多地组团外出): not an engagement beside the per-province ones (GUIDELINES §6 rule 6)
_GENERIC_SIDES = re.compile(
    r"\b(?:many|several|numerous|a number of|a host of|various) (?:other )?(?:Chinese )?(?:provinces|cities|regions|"
    r"localities|local governments)\b|多个省(?:份|区|市)|多省(?:区|市|份)|多地|各地|各省(?:区市|份)?|多个地方", re.I)


def summary_sentence(text: str, e: Engagement) -> bool:
    """Whether ``e``'s first sentence speaks of many provinces at once (a round-up's summary) and
    no later sentence of it writes a day (多个省份迎来非洲客人。- 9月6日，四川省委书记会见…: the
    dated item the summary opens is an engagement)."""
    if len(e.evidence) != 2:
        return False
    (a, b), *rest = _sentences_in(text, *e.evidence)
    return _GENERIC_SIDES.search(text, a, b) is not None and all(find_day(text, x, y) is None for x, y in rest)


def _meets_group(text: str, lang: str, span: tuple[int, int]) -> bool:
    a, b = span
    return (MEETS_GROUP_EN if lang == "en" else MEETS_GROUP_ZH).search(text, a, b) is not None or group_met(text, lang, a, b)


def refined(text: str, lang: str, engagements: list[Engagement], year: int | None = None,
            simplify: Callable[[str], str] | None = None, actors: Sequence[Mention] = (),
            partners: Sequence[Mention] = ()) -> list[Engagement]:
    """``engagements`` with TAXONOMY §3 rules 4 and 8 applied over each one's whole report
    (see the module's docstring). ``year``: the document's year (another year's signing is
    background); ``simplify``: the lexicon's normal form of a sentence (Traditional to Simplified);
    ``actors``: the acting province mentions (several provinces' leaders meeting separately);
    ``partners``: the partner country mentions (a meeting on a forum's sidelines)."""
    out: list[Engagement] = []
    partners = sorted(partners, key=_start)
    for e in [z for e in engagements for x in separately(text, e, actors) for y in side_meetings(text, x, partners)
              for z in clause_side_meeting(text, y, partners)]:  # (.apart_acts: the meeting in the event's sentence)
        span = (e.evidence[0], e.evidence[1]) if len(e.evidence) == 2 else None
        prev = out[-1] if out else None
        if (prev is not None and span is not None and prev.category == "high_level_meeting"
                and prev.direction == "inbound" and prev.partners and set(e.provinces) & set(prev.provinces)
                and (None in (e.date, prev.date) or e.date == prev.date)
                and (e.category == "delegation_visit" and e.direction in ("inbound", None)
                     and set(e.partners) == set(prev.partners) and _GROUP_VISIT.search(text, *span) is not None
                     or e.category == "domestic_coordination" and not e.partners
                     and _ARRIVED.search(text, *span) is not None)):
            if len(prev.evidence) == 2:  # the group's visit told after the meeting: the meeting's occasion
                prev.evidence = [prev.evidence[0], max(prev.evidence[1], span[1])]
            if prev.date is None and e.date is not None:  # (…一行是当天从南京来到: its day is the meeting's)
                prev.date = e.date
                if "date" in e.provenance:
                    prev.provenance["date"] = e.provenance["date"]
            continue
        if span is not None and e.category == "delegation_visit":
            if e.direction == "inbound" and _meets_group(text, lang, span):
                e.category = "high_level_meeting"  # rule 8: the leader's meeting with the touring group is reported
                e.provenance["category"] = Provenance(source="rule", rule="rule8_meeting_in_body", score=0.7)
            else:
                got = late_signing(text, lang, span, year, simplify, e.date)
                if got is not None:
                    e.category = got  # rule 4: an agreement signed on the trip outranks it
                    e.provenance["category"] = Provenance(source="rule", rule="rule4_signing_on_trip", score=0.7)
        out.append(e)
    kept = [e for e in out if not summary_sentence(text, e)] if len(out) > 1 else out
    return kept or out
