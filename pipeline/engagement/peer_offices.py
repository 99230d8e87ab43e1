"""Foreign-affairs work between Chinese offices (issue 15, real pages): ``domestic_coordination``.

TAXONOMY §3 lists 工作会议, 调研, 座谈交流 and 学习调研 between Chinese provincial offices as
``domestic_coordination`` and rule 5 keeps it to acts that engage no foreign party. Real office
pages report such acts in a few stable forms that the cue vote misreads as meetings, visits or
trainings, because their topics name foreign words elsewhere (友城, 海外资源, 一带一路):

* peer offices together: 两地外办, 四市外办主任座谈会, 两办座谈交流;
* a foreign-affairs work meeting or course: 外事工作座谈会, 外事专办员培训班, 外事干部培训班,
  全省对外开放大会, 主题党日 (not 贯彻…外事工作会议精神, a meeting named as a source of guidance);
* one Chinese office's group coming to another Chinese body to look and talk:
  市外办主任一行来我办调研, 省友协一行到省政协拜访交流, 省外办主任率团莅潮调研;
* China's own envoys abroad as a group at home: 会见来访的我国驻外使节团, 驻外使节考察团来闽.

The form must be in the engagement's lead (its first clauses, or the headline for the first
engagement) and those clauses must name no country or region and no foreign party in words
(外宾, 驻华, 使节, 领事馆 …) nor an international body or foreign firm: 省外办主任率团赴日本考察 is a
visit abroad, 外办主任到总领馆拜访 a meeting with a diplomat.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Mapping, Sequence

from .foreign_bodies import foreign_body
from .titles_extra import chinese_mission_cue

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..schemas import Mention

_OFFICE = (r"(?:外[事侨僑]?[办辦]|外事[办辦]公室|友[协協]|[对對]外友好[协協][会會]|外事委[员員][会會]|外事[处處]"
           r"|[调調]研[组組])")
# peer offices named together, or a work meeting or course of the foreign-affairs service
_PEERS = re.compile(
    r"(?:[两兩二三四五六七八九十多几幾]|[两兩]地|[两兩]市)(?:地|市|省|城市|区|區|县|縣)?(?:政府)?外[事侨僑]?[办辦]"
    r"|[两兩][办辦](?:座[谈談]|交流|合作)"
    r"|外[事侨僑]?[办辦]主任(?:座[谈談]|[联聯]席|工作)[会會](?!精神)"
    r"|外事(?:工作)?(?:座[谈談][会會]|[联聯]席[会會][议議]?|[协協]作[会會]|工作[会會](?:[议議])?)(?![议議]?精神|[议議]?[和、])"
    r"|外事[专專][办辦][员員]|外事(?:工作)?(?:领导|領導)?干部(?:[专專][题題])?培[训訓]|[对對]外开放大[会會](?!精神)"
    r"|主[题題]党日")
# a Chinese office's group comes to another Chinese body: 一行来我办调研, 到省政协拜访交流, 率团莅潮调研
_COMES = re.compile(_OFFICE + r"[^。；;！!？?]{0,30}?(?:来|來|到|赴|莅|蒞)[^。；;，,]{0,12}?"
                    r"(?:[调調]研|交流|考察|拜[访訪]|座[谈談])")
# China's own envoys abroad as a group visiting at home (会见来访的我国驻外使节团, 驻外使节考察团来闽): Chinese
# sides meeting each other; the posts they hold abroad (驻埃及大使) are no partner (TAXONOMY §3 rule 5)
OWN_ENVOYS = re.compile(r"(?:我国|我國|中国|中國)?[驻駐]外(?:使节|使節|使领馆|使領館|使馆|使館|大使|外交官)(?:[团團]|考察[团團])?")
_OWN_ENVOYS_ACT = re.compile(r"会见|會見|接见|接見|考察|调研|調研|座[谈談]|来|來|到访|到訪|莅|蒞")
_FOREIGN_WORDS = re.compile(
    r"外国|外國|外宾|外賓|外方|外籍|外商|驻华|駐華|使节|使節|大使|领事|領事|领馆|領館|使馆|使館|来华(?!管理)|來華(?!管理)|访华|訪華"
    r"|国际组织|國際組織|代表团访|境外|国外|國外|海外[^资資]|华侨华人|華僑華人")


def peer_exchange(text: str, sents: Sequence[tuple[int, int]], lead: Sequence[int],
                  places: Mapping[int, Sequence[Mention]], analysis: Analysis | None = None,
                  simplify: Callable[[str], str] | None = None) -> bool:
    """Whether the clauses ``lead`` (indices into ``sents``) report foreign-affairs work between
    Chinese offices and engage no foreign party: ``domestic_coordination`` (TAXONOMY §3 rule 5).

    Args:
        text: The document's text.
        sents: The document's clause spans.
        lead: The engagement's lead clauses (its first clauses; the headline for the first one).
        places: The place mentions of each clause (countries and regions forbid the reading).
        analysis: The document's analysis (its lexicon's international bodies and foreign firms).
        simplify: A Traditional-to-Simplified reading of a clause, when the document has one.

    Returns:
        True when a lead clause names peer offices, a foreign-affairs work meeting or course, or an
        office's group coming to a Chinese body, and neither it nor a lead clause before it names a
        foreign party (later clauses may name the talks' topics: 与欧美国家的交流合作).

    >>> t = "8月2日，甲市外办主任一行来我办调研交流。"
    >>> peer_exchange(t, [(0, len(t))], [0], {})
    True
    >>> t = "8月2日，省外办主任一行赴日本调研交流，会见了驻地总领事。"
    >>> peer_exchange(t, [(0, len(t))], [0], {})
    False
    """
    for i in sorted(set(lead)):  # (the clauses up to the one that names the form: later ones may name its topics)
        if i >= len(sents):
            continue
        a, b = sents[i]
        clause = text[a:b]
        if simplify is not None:
            clause = simplify(clause)
        envoys = OWN_ENVOYS.search(clause) is not None
        if envoys:
            clause = OWN_ENVOYS.sub("", clause)
        if any(m.label in ("country", "region") for m in places.get(i, ())) or _FOREIGN_WORDS.search(clause):
            return False
        if foreign_body(clause.lower(), analysis):
            return False
        if (_PEERS.search(clause) is not None or _COMES.search(clause) is not None
                or (envoys and _OWN_ENVOYS_ACT.search(clause) is not None)):
            return True
    return False


# China's own mission abroad (驻日本使馆临时代办, 驻蒙古大使, 中国驻X总领事) meeting a provincial delegation that
# has come to the country (会见来法访问的河南省副省长一行, 会见到蒙访问的…一行): the meeting is between Chinese sides;
# the act with the country is the delegation's trip (TAXONOMY §3 rule 3), as embassy pages report it.
# the meeting verb after the mission's title, within the clause
_MEETS_AFTER = re.compile(r"[^。；;]{0,40}?(?:会见|會見|会晤|會晤|接见|接見|宴请|宴請|看望|拜会|拜會)")
_GUEST_REACH = 16  # the delegation's province follows the verb closely (会见来法访问的河南省副省长, 会见江西省人大副主任)


def own_mission_meeting(text: str, sents: Sequence[tuple[int, int]], lead: Sequence[int],
                        places: Mapping[int, Sequence[Mention]]) -> bool:
    """Whether a lead clause reports China's own mission in a foreign country meeting a Chinese
    delegation that came there (中国驻法国大使会见来法访问的河南省副省长一行): the delegation's
    visit is the act (TAXONOMY §3 rule 3), not a meeting with a foreign party.

    The mission is read as the titles read it (:func:`.titles_extra.chinese_mission_cue`: 驻 + a
    country mention + a mission's title, no other owner before 驻): a consul general seated in
    China (驻沈阳总领事, 驻拉萨总领事) is a foreign diplomat whose meeting is one. The guest is a
    province named just after the verb (会见来法访问的河南省副省长一行, 会见江西省人大副主任).

    Args:
        text: The document's text.
        sents: The document's clause spans.
        lead: The engagement's lead clauses.
        places: The place mentions of each clause.

    Returns:
        True when a lead clause reads so.
    """
    for i in sorted(set(lead)):
        if i >= len(sents):
            continue
        a, b = sents[i]
        here = places.get(i, ())
        country = chinese_mission_cue(text, here, a, b)  # 驻法国大使, 驻日本使馆临时代办: China's own mission
        if country is None:
            continue
        verb = _MEETS_AFTER.match(text, country.end, b)
        if verb is not None and any(p.label == "province" and verb.end() <= p.start <= verb.end() + _GUEST_REACH
                                    for p in here):
            return True
    return False


def own_side(category: str, text: str, sents: Sequence[tuple[int, int]], lead: Sequence[int],
             places: Mapping[int, Sequence[Mention]], analysis: Analysis | None = None,
             simplify: Callable[[str], str] | None = None) -> str | None:
    """The category of an engagement whose lead reports Chinese sides meeting each other, or None.

    ``domestic_coordination`` for foreign-affairs work between Chinese offices
    (:func:`peer_exchange`), ``delegation_visit`` for a meeting reported as China's own mission
    receiving a provincial delegation abroad (:func:`own_mission_meeting`). Chinese text only.

    Args:
        category: The category the policy gave the engagement.
        text: The document's text.
        sents: The document's clause spans.
        lead: The engagement's lead clauses (its first clauses; the headline for the first one).
        places: The place mentions of each clause.
        analysis: The document's analysis (its lexicon's international bodies and foreign firms).
        simplify: A Traditional-to-Simplified reading of a clause, when the document has one.

    Returns:
        The category to give instead, or None to keep ``category``.
    """
    if category == "high_level_meeting" and own_mission_meeting(text, sents, lead, places):
        return "delegation_visit"
    if category != "domestic_coordination" and peer_exchange(text, sents, lead, places, analysis, simplify):
        return "domestic_coordination"
    return None
