"""English wire and feature forms read on fresh English text (issue 15, helper enwire).

English coverage is read as foreign by default (:func:`.categories.foreign_marker`): a short
English excerpt that names no country is no evidence that none is engaged. Two kinds of English
text say the opposite in their own words, and these helpers read them:

* :func:`domestic_scene_en`: a folk, ethnic or holiday event of China's own peoples and places
  ("a Zhuang folk song festival", "herders from across Inner Mongolia", "the village basketball
  league", "the lantern festival ... during the holiday"): with no partner, no region and no
  foreign word it is no foreign engagement (TAXONOMY §3: null), as 民俗文化节 and 那达慕 are in
  Chinese (:data:`.event_fields.DOMESTIC_EVENT_LABELS`);
* :func:`plan_source_en`: a sentence whose source is a work report or a plan ("according to the
  provincial government work report", "the action plan says"): what it lists is planned.

Example:
    >>> domestic_scene_en("Herders from across the region competed in wrestling at the Naadam fair.")
    True
    >>> domestic_scene_en("The Vietnamese consul general opened a photo exhibition in Nanning.")
    False
    >>> plan_source_en("Gansu will host an expo in Dunhuang, according to the government work report.")
    True
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from ..rx import skipping
from ..schemas import Mention
from .act_patterns import _CALLED_OFF_EN, ACT_EN
from .units import EN_CAPITALS, EN_PROVINCES

# China's own scene: folk and ethnic culture, villages and herders, the national holidays and
# their festivals, crowds of domestic visitors (the words of a domestic event; a foreign party, a
# partner or a region outweighs them where named: :func:`.categories.foreign_marker` reads the
# foreign words first)
_DOMESTIC_SCENE_EN = skipping(re.compile(
    r"\bfolk (?:songs?|music|singers?|festivals?|customs?|dances?|arts?|culture|traditions?)\b"
    r"|\b(?:zhuang|miao|dong|yao|yi|dai|bai|naxi|hani|tujia|buyei|bouyei|li|hui|uygur|uyghur|tibetan|mongolian|korean"
    r"|kazak|she|jingpo|lisu|wa|lahu|qiang|tu|salar|dongxiang|daur|oroqen|hezhe|ewenki) (?:ethnic|folk|villagers?"
    r"|herders?|singers?|dancers?|new year|people's|minority)\b"
    r"|\bethnic (?:minority|minorities|groups?|villages?|costumes?|customs)\b"
    r"|\b(?:villagers|herders|herdsmen|farmers|local residents|townspeople|spectators|holidaymakers)\b"
    r"|\bfrom (?:across|all over|around) (?:the country|china|the province|the prefecture)\b"
    r"|\bvillage (?:basketball|football|super league|ba|games?|festival)\b|\bcunba\b|\bcun chao\b"
    r"|\b(?:lantern|torch|water[- ]splashing|march third|sanyuesan|dragon boat|mid-autumn|temple) (?:festival|fairs?)\b"
    r"|\btemple fairs?\b|\bnaadam\b|\blosar\b|\bshoton\b|\bsagadawa\b|\bfamily (?:visits|reunions?)\b|\b(?:spring festival|national day|may day|golden week) (?:holiday|break|gala)s?\b"
    r"|\bholiday season\b|\b(?:summer|winter) (?:holiday|vacation|break)s?\b|\bholidays? began\b", re.I))

# (moved from :mod:`.categories`, whose :func:`~.categories.foreign_marker` reads them through
# :func:`domestic_en` and :func:`own_offices_masked`)
# An English text says who the Chinese counterpart is before a meeting reads as domestic: a
# short English passage that names no country (an excerpt) is not evidence of a domestic act.
_DOMESTIC_EN = skipping(re.compile(
    r"\b(?:hong kong|macao|macau|taiwan|central government|state council|provincial delegation from"
    r"|work(?:ing)? (?:meeting|conference)|(?:party|leading) (?:group|committee) meeting|study session"
    # a body's own meetings and papers: a plenary, a work exchange or directors' meeting, a work report
    r"|plenary (?:meeting|session)|work (?:exchange|summary|review|deployment) meetings?|work (?:reports?|priorities)"
    r"|directors?(?:[- ]generals?)?'? (?:meeting|conference)|conference for (?:the )?directors?"
    r"|\bits (?:(?:annual|first|second|third|fourth|fifth|new|enlarged|full|\d+(?:st|nd|rd|th))\s+)?(?:council|board|executive"
    r"|general|standing committee|members'?) (?:meeting|session|assembly)"
    r"|held a meeting to (?:review|study|discuss|deploy|plan|sum up|summarize|summarise)"
    r"|to (?:learn|study) (?:from|how|about)|(?:study|learning) (?:tour|trip|visit)s?|(?:study|implement|convey)"
    r"(?:ing)? the spirit of"
    # two Chinese foreign-affairs offices meeting each other ("officials of the Guangxi and Yunnan foreign
    # affairs offices met"): the plural names Chinese sides only (issue 15, enwire)
    r"|foreign[- ]affairs offices)\b", re.I))
# Another Chinese province's or city's delegation as the counterpart ("a Sichuan delegation arrived", "the delegation from
# Xining"), or the paired assistance between provinces (对口支援, 东西部协作) as the topic: Chinese sides only (issue 15, rpwire)
_CN_PLACES_EN = EN_PROVINCES + "|" + "|".join(c.lower() for c in EN_CAPITALS)
_DOMESTIC_PARTY_EN = skipping(re.compile(
    rf"\b(?:{_CN_PLACES_EN})(?:['’]s)?\s+(?:(?:provincial|municipal|regional|party|and|government|cpc|people's|congress"
    rf"|cppcc|trade|business|economic)\s+){{0,4}}delegations?\b"
    rf"|\bdelegations?\s+(?:from|of)\s+(?:the\s+)?(?:{_CN_PLACES_EN})\b(?!\s+(?:to|of)\b)"
    r"|\b(?:paired|pairing|partner|counterpart|targeted)\s+(?:poverty\s+)?(?:assistance|aid|support|relief)\b"
    r"|\beast-west\s+(?:poverty\s+alleviation\s+)?(?:cooperation|collaboration)\b", re.I))
# The Chinese side's own foreign-affairs bodies and work ("the Yunnan Foreign Affairs Office",
# "foreign affairs work"): 外事 in English, which names no foreign party.
_OWN_FOREIGN_AFFAIRS = skipping(re.compile(
    r"\bforeign[- ]affairs (?:offices?|departments?|bureaus?|commissions?|committees?|work|system|staff|cadres|officials)\b"
    # China's own friendship associations and foreign minister, named in a domestic register (a work meeting)
    r"|\b(?:people's )?associations? for friendship with foreign countries\b"
    r"|\b(?:china's|chinese|state council+or and) foreign minister\b|\bforeign minister wang yi\b"
    r"|\bwork (?:relating|related) to neighbo(?:u)?ring countries\b", re.I))  # (周边工作会议, a central conference)
# A course given to foreign trainees, named without "training" ("a six-month course in Luang Prabang for 40 Lao
# railway technicians"): the head event of a training act (:data:`.categories._EVENT_HEADS`' training kind)
COURSE_FOR_EN = (
    r"|\bcourses? (?:[\w,'-]+ ){0,6}?for (?:\d+ |some |about |around |more than \d+ |over \d+ )?(?:[\w'-]+ ){0,3}?"
    r"(?:officials|technicians|engineers|teachers|police(?:men| officers)?|officers|workers|farmers|doctors|nurses"
    r"|journalists|diplomats|trainees|managers|staff|judges|customs officers|civil servants)\b")

# A work report or a plan cited as the sentence's source: what it lists is planned, not done.
_PLAN_SOURCE_EN = skipping(re.compile(
    r"\b(?:according to|as (?:set out|laid out|outlined|listed) in) (?:the |its |a |this year's )?(?:[\w'-]+ ){0,4}?"
    r"(?:work report|five-year plan|action plan|development plan|work plan|implementation plan|blueprint|master plan)\b"
    r"|\b(?:work report|five-year plan|action plan|blueprint|master plan)s? (?:says?|said|stated|states|lists?|listed"
    r"|calls? for|called for|pledges?|pledged|sets? out)\b", re.I))
# literal words one of which :data:`_PLAN_SOURCE_EN` needs (a cheap test on the lower-case sentence first)
PLAN_WORDS = ("report", "plan", "blueprint")


def domestic_scene_en(text: str) -> bool:
    """Whether an English ``text`` describes an event of China's own scene (folk, ethnic, village or
    holiday culture and sport, crowds from across the country): no evidence of a foreign party."""
    return _DOMESTIC_SCENE_EN.search(text) is not None


def domestic_en(text: str) -> bool:
    """Whether an English ``text`` says its Chinese counterpart is domestic (Hong Kong, Macao, the central
    government, a work conference, two Chinese foreign-affairs offices) or describes China's own scene
    (:func:`domestic_scene_en`): what makes English, read as foreign by default, read as domestic."""
    return (_DOMESTIC_EN.search(text) is not None or _DOMESTIC_PARTY_EN.search(text) is not None
            or domestic_scene_en(text))


def own_offices_masked(text: str) -> str:
    """``text`` with the Chinese side's own foreign-affairs bodies and work blanked ("the Yunnan Foreign
    Affairs Office", "foreign affairs work": 外事, which names no foreign party), offsets kept."""
    return _OWN_FOREIGN_AFFAIRS.sub(lambda m: " " * len(m.group()), text)


# what ends the subject's reach: another clause, a time clause, an act of its own
_OTHER_CLAUSE_EN = re.compile(r"[;.]|\b(?:and|but|while|whereas|although|though|after|before|since|when|as|because|who"
                              r"|which)\b", re.I)


def called_off_past_commas(sentence: str, start: int) -> bool:
    """Whether a verb of calling off ("has been cancelled", "was postponed") follows ``start`` in ``sentence``
    past commas only (an appositive: ", planned for March,"), with no other clause, time clause or act between."""
    m = _CALLED_OFF_EN.search(sentence, start)
    if m is None:
        return False
    between = sentence[start:m.start()]
    return _OTHER_CLAUSE_EN.search(between) is None and ACT_EN.search(between) is None


# A city presented by its province as the acting unit ("Quanzhou in Fujian and the Indonesian city of Semarang
# signed …", "Jinhua, a city in Zhejiang province, signed …"): the city acts (level municipal); not a capital,
# which the province's own leaders host in (the province acts: "the expo opened in Kunming, Yunnan's capital")
_CITY_IN_PROVINCE_EN = re.compile(
    r"^\s+in\s+(?:(?:China's|east|west|north|south|southwest|northwest|northeast|southeast|central)\s+(?:China's\s+)?)?"
    r"(?:Hebei|Shanxi|Liaoning|Jilin|Heilongjiang|Jiangsu|Zhejiang|Anhui|Fujian|Jiangxi|Shandong|Henan|Hubei|Hunan"
    r"|Guangdong|Hainan|Sichuan|Guizhou|Yunnan|Shaanxi|Gansu|Qinghai|Inner Mongolia|Guangxi|Tibet|Xizang|Ningxia"
    r"|Xinjiang)(?:\s+[Pp]rovince|\s+(?:Zhuang |Uygur |Hui )?[Aa]utonomous [Rr]egion)?(?!\s+(?:on|in|at)\b)"
    r"(?=\s+and\b|\s+[a-z]+ed\b|,)"
    r"|^,\s+an?\s+(?:[\w-]+\s+){0,2}?city\s+in\b")
CAPITALS_EN = tuple(c.lower() for c in EN_CAPITALS)  # (units.EN_CAPITALS, lower case)


def city_in_province_en(city: str, after: str) -> bool:
    """Whether ``city`` (an English city mention, not a provincial capital) is presented by its province right
    after it (``after``: the text that follows): the city is the acting unit."""
    return _CITY_IN_PROVINCE_EN.match(after) is not None and not city.lower().startswith(CAPITALS_EN)


# the subject right before an English predicate is a session of China's own bodies ("the region's annual
# legislative session opened", "the provincial people's congress closed")
_DOMESTIC_SESSION_BEFORE = re.compile(
    r"\b(?:sessions?|congress|plenum|plenary|two sessions|people's congress|cppcc|political consultative conference)"
    r"\s+(?:(?:was|were|is|has been|formally|officially)\s+)?$", re.I)


def domestic_session_before(sentence: str, start: int) -> bool:
    """Whether the English predicate at ``start`` has a session of a legislature, an advisory body or a Party
    congress as its subject (a domestic occasion, no act with a foreign party)."""
    m = _DOMESTIC_SESSION_BEFORE.search(sentence, max(start - 40, 0), start)
    # (a body's officer is the subject: "the chairman of the Yunnan Provincial People's Congress met …")
    return m is not None and _OFFICER_OF.search(sentence, max(m.start() - 120, 0), m.start()) is None


_OFFICER_OF = re.compile(r"\b(?:chair(?:man|woman|person)?|vice[- ]chair(?:man|woman|person)?|president|speaker|director|"
                         r"head|secretary|secretary-general|members?|deputies|delegates?|lawmakers?|leaders?|officials?)"
                         r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,8}$", re.I)  # (of the Standing Committee of the X Provincial …)


def plan_source_en(sentence: str) -> bool:
    """Whether an English ``sentence`` cites a work report or a plan as its source (its acts are planned)."""
    return _PLAN_SOURCE_EN.search(sentence) is not None


# The foreign side as the subject that receives the Chinese one (issue 15, rpen2): "the state government of Bahia
# received a delegation from Hubei province", "Nakuru's county officials hosted a delegation from Henan", "Laos's
# Prime Minister welcomed the Guizhou delegation": a verb of receiving whose object is a
# delegation, mission or team, with a foreign place in the subject and no Chinese province in it (the Chinese side
# went abroad: outbound)
_RECEIVES_PARTY_EN = re.compile(
    r"\b(?:received|receives|receiving|welcomed|welcomes|welcoming|hosted|hosts|hosting|met|meets)\s+(?:with\s+)?"
    r"(?:a|an|the|[A-Z][\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,4}?(?:delegations?|missions?|delegates|teams?|entourage|"
    r"guests|visitors|groups?(?=\s+(?:from|led by)\b))\b")
_SUBJECT_START_EN = re.compile(r"(?:^|[.;!?]\s+|\n)(?=[^.;!?\n]*$)")
# the Chinese side that calls on a foreign national leader named by title only ("Li Ming paid a courtesy
# call on the Premier", "called on the Prime Minister"): it went to the host (outbound)
_CALLS_ON_TITLE_EN = re.compile(r"\b(?:[Cc]alled\s+on|[Cc]alls\s+on|[Pp]ays?\s+(?:a\s+)?(?:courtesy\s+)?(?:call|visit)\s+(?:on|to)"
                                r"|[Pp]aid\s+(?:a\s+)?(?:courtesy\s+)?(?:call|visit)\s+(?:on|to))\s+(?:the\s+)?"
                                r"(?:[A-Z][\w'’-]*\s+){0,2}$")  # (a demonym or a country before the title)
_CJK = re.compile("[\u3400-\u9fff]")
_NATIONAL_HOST_CODES = frozenset({"head_of_state_or_government", "minister", "legislature", "party", "subnational"})


def foreign_subject_receives_en(text: str, places: Sequence[Mention], a: int, b: int,
                                counterpart: Any = None) -> Any:
    """The foreign place (or the foreign ``counterpart`` title) that shows the Chinese side went abroad in
    ``text[a:b]``: a foreign subject receiving a delegation ("the state government of Bahia received a delegation
    from Hubei province"), or a call on a foreign leader named by title ("paid a courtesy call on the
    Premier"). None when the subject of the receiving verb names a Chinese province.

    >>> from pipeline.schemas import Mention
    >>> t = "The Government of Recife received a delegation from Guangdong."
    >>> p = [Mention(start=18, end=24, text="Recife", label="country", code="BRA", entry="x"),
    ...      Mention(start=51, end=60, text="Guangdong", label="province", code="CN-GD", entry="y")]
    >>> foreign_subject_receives_en(t, p, 0, len(t)).text
    'Recife'
    """
    if (counterpart is not None and getattr(counterpart, "side", None) == "foreign"
            and getattr(counterpart, "code", None) in _NATIONAL_HOST_CODES and counterpart.text
            and any(_CALLS_ON_TITLE_EN.search(text, max(a, i - 60), i)  # (the title where the call is on it)
                    for i in _starts(text, counterpart.text, a, b))):
        return counterpart
    for m in _RECEIVES_PARTY_EN.finditer(text, a, b):
        head = _SUBJECT_START_EN.search(text, max(a, m.start() - 160), m.start())
        s0 = head.end() if head else max(a, m.start() - 160)
        subject = [p for p in places if s0 <= p.start < m.start() and p.role != "locator"]
        if any(p.label == "province" for p in subject):
            continue
        foreign = [p for p in subject if p.label == "country" and p.code != "CHN" and not _CJK.search(p.text)]
        if foreign:
            return foreign[0]
    return None


def _starts(text: str, word: str, a: int, b: int) -> list[int]:
    """The starts of ``word`` in ``text[a:b]``."""
    out, i = [], text.find(word, a, b)
    while i != -1:
        out.append(i)
        i = text.find(word, i + 1, b)
    return out


# A foreign outlet's dateline without an agency in brackets (issue 15, rpen2): "Pokhara, March 2 –",
# "Colombo, May 3:", "SANYA, April 9. /TASS/.": a place opening the line, a comma, the day, then a dash, a
# colon or an agency between slashes: the report's day, which a weekday in the body refines
_LINE_PLACE_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3},[^\S\n]*$")
_DATELINE_MARK_AFTER = re.compile(r"[^\S\n]*(?:,[^\S\n]*(?:19|20)\d{2}[^\S\n]*)?(?:--|[-–—:]|\.[^\S\n]*/[A-Za-z]+/)")


def place_dateline_en(text: str, start: int, end: int) -> bool:
    """Whether the English day at ``text[start:end]`` is a place dateline with no agency in brackets ("Colombo,
    May 3: …"): the report's day, not the act's.

    >>> place_dateline_en("Pokhara, November 26 – A delegation arrived Tuesday.", 9, 20)
    True
    >>> place_dateline_en("The delegation met the governor on November 26 – the last day.", 34, 45)
    False
    """
    return (_LINE_PLACE_BEFORE.search(text, max(0, start - 40), start) is not None
            and _DATELINE_MARK_AFTER.match(text, end) is not None)


# A place named only as a distance reference ("It lies 140 kilometres from Macao", "some 200 km from
# Kunming"): geography, not an actor (issue 15, rpen2)
_DISTANCE_FROM_BEFORE = re.compile(r"\b\d[\d,.]*\s*(?:km|kms|kilometers|kilometres|miles|mi)\s+(?:away\s+)?from\s+(?:the\s+)?$",
                                   re.I)


def distance_from_en(text: str, m: Mention) -> bool:
    """Whether the English place ``m`` is named only as the point a distance is measured from ("140 kilometres
    from Macao").

    >>> from pipeline.schemas import Mention
    >>> t = "The port lies 140 kilometres from Macao."
    >>> i = t.index("Macao")
    >>> distance_from_en(t, Mention(start=i, end=i + 5, text="Macao", label="province", code="CN-MO", entry="x"))
    True
    """
    return m.text[:1].isascii() and _DISTANCE_FROM_BEFORE.search(text, max(0, m.start - 40), m.start) is not None


# A foreign outlet's dateline on the first line of the body, under a headline ("… meets … \n\nALMATY.
# KAZINFORM – …", "… visits Pokhara\n\nPOKHARA: …"): :func:`.datelines.dateline_place` reads a dateline that
# opens the text only (issue 15, rpen2)
_LINE_OPEN = re.compile(r"\n[^\S\n]*$")
_BODY_DATELINE_AFTER = re.compile(r"(?:\.\s+[A-Z]{3,}\s*[-–—]|:\s|\s*[-–—]\s|,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b"
                                  r"|\s*/[A-Z]{2,}/|\s*\([A-Z][\w .'’-]{1,30}\)\s*(?:--|[-–—]))")
_DATELINE_REACH = 400


def body_dateline_place(text: str, places: Sequence[Mention]) -> Mention | None:
    """The place in capitals that opens a line in the first :data:`_DATELINE_REACH` characters and is followed by a
    dateline's mark (". AGENCY –", ":", a dash, ", Month day", "/AGENCY/", "(Agency) –"): where the reporter was.

    >>> from pipeline.schemas import Mention
    >>> t = "Leader meets party chief" + chr(10) * 2 + "ALMATY. KAZINFORM – The premier met the secretary."
    >>> p = Mention(start=t.index("ALMATY"), end=t.index("ALMATY") + 6, text="ALMATY", label="country", code="KAZ",
    ...             entry="x")
    >>> body_dateline_place(t, [p]).code
    'KAZ'
    """
    for p in places:
        if p.start > _DATELINE_REACH:
            break
        if (p.label in ("country", "province") and p.text.isascii() and p.text.isupper() and len(p.text) > 2
                and _LINE_OPEN.search(text, max(0, p.start - 8), p.start) and _BODY_DATELINE_AFTER.match(text, p.end)):
            return p
    return None


# The place of an earlier occasion, dated by "last <month>" after a trip ("the welcome she had in Xinjiang during
# her state visit to China last May"): not the venue of the act reported (issue 15, rpen2)
_MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
_EARLIER_TRIP_AFTER = re.compile(
    r"[^.;!?\n]{0,20}?\bduring\s+(?:his|her|their|its|the)\s+(?:[\w'’-]+\s+){0,2}?(?:visit|trip|tour)\b[^.;!?\n]{0,60}?"
    rf"\blast\s+(?:year|month|week|{_MONTHS_EN})\b")


def earlier_trip_after_en(text: str, end: int) -> bool:
    """Whether the English place ending at ``end`` is followed by a trip dated "last April", "last year": the place
    of an earlier occasion.

    >>> t = "She recalled the welcome she had in Xinjiang during her state visit to China last May."
    >>> earlier_trip_after_en(t, t.index(" during"))
    True
    """
    return _EARLIER_TRIP_AFTER.match(text, end) is not None
