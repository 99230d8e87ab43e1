"""English reports of events with several foreign parties (helper een2, round 11).

An English page about an expo, a forum, a training course or an envoys' tour names the
event in its lead and the foreign parties further down, in a sentence of its own that lists
who came: "Among the participants were scholars from …", "Representatives from Japan and
Mongolia attended the meeting", "The envoys hail from …", "exhibitors from Peru, Chile and
several other states came to the fair". Pairing gives the event the countries of
its own clause; the list's countries are partners of the document but not of the event,
and the triple (province, partner, category) an analyst counts is lost.

:func:`with_participants` adds to a page's one event engagement (``forum_expo``,
``multilateral_meeting``, ``training``, ``delegation_visit``; TAXONOMY §2: co-participants of
an event the province hosts or attends are partners) the partner countries of the English
sentences after its first evidence that list participants, when such a sentence reports no act
of its own (a meeting, a signing). A page with several engagements is left as it is: the
list could belong to any of them.

:func:`not_yet_held` drops an event (an expo, a forum, a meeting of several countries, a course) dated
after the page's own date: a page that
says an expo "hosts … from June 27 to 29" or 将于…举办 in a text published on June 9
announces the event; it reports no act (TAXONOMY §3: plans report none). One day of slack
allows for a page stamped in another time zone.

:func:`held_side_event`: a preview page announces an expo ("… Expo is scheduled to be held from
Sept. 23") and reports a sideline event already held ("The … Roundtable, a sideline event of the
expo, was held Wednesday. Representatives from six countries attended"): the held event is the
act and names the category (a round table of several countries' officials: multilateral_meeting;
a seminar: training), not the expo.

Example:
    >>> bool(PARTICIPANTS_EN.search("Among the participants were scholars from Chulalongkorn University."))
    True
    >>> bool(PARTICIPANTS_EN.search("The two sides signed a memorandum."))
    False
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Sequence

from ..schemas import Engagement, Mention, Provenance

if TYPE_CHECKING:
    from ..analysis import Analysis

EVENT_CATEGORIES = frozenset({"forum_expo", "multilateral_meeting", "training", "delegation_visit"})
# events a page announces ahead of their dates (an announced visit keeps its engagement: tests/test_pairing.py)
_HELD_EVENTS = frozenset({"forum_expo", "multilateral_meeting", "training"})

_WHO = (r"(?:participants?|attendees?|guests?|delegates?|delegations?|representatives?|envoys?|diplomats?|ambassadors?"
        r"|trainees?|students?|officials?|dignitaries|exhibitors?|scholars?|experts?|speakers?|mayors?|leaders?|visitors?"
        r"|buyers?|merchants?|businesspeople|entrepreneurs?)")
# a sentence that says who took part: "Among the participants were …", "Participants included delegates from …",
# "Representatives from A, B and C attended the meeting", "The envoys hail from …", "… from A and B have been
# attracted to the fair", "… joined the event", "Foreign leaders, including …, attended the opening ceremony"
PARTICIPANTS_EN = re.compile(
    r"\bamong (?:the )?" + _WHO + r"\b"
    r"|\b" + _WHO + r"\b[^.;!?]{0,40}?\b(?:included|include|including|were from|are from|came from|come from|hail(?:ed|s)? from"
    r"|from (?:countries|nations) (?:such as|including|like))\b"
    r"|\b" + _WHO + r"\b[^.;!?]{0,200}?\b(?:attended|participated|took part|joined|were present|gathered|have been attracted"
    r"|were attracted|has been attracted)\b",
    re.I)
# the sentence reports an act of its own: it is another engagement, not a list of who came
_OWN_ACT_EN = re.compile(r"\b(?:met with|held talks|signed|inked|sent a congratulatory|congratulatory letter)\b", re.I)


def with_participants(engagements: list[Engagement], analysis: "Analysis | None", places: Sequence[Mention],
                      lang: str) -> list[Engagement]:
    """``engagements``, a page's one English event engagement given the partner countries of the sentences
    after its first evidence that list participants (module docstring)."""
    if lang != "en" or analysis is None or len(engagements) != 1:
        return engagements
    e = engagements[0]
    if e.category not in EVENT_CATEGORIES or e.direction not in ("inbound", None) or len(e.evidence) != 2:
        return engagements
    text = analysis.doc.text
    first = e.evidence[0]
    partners = [m for m in places if m.label == "country" and m.role == "partner" and m.code not in e.partners
                and m.start >= first]
    if not partners:
        return engagements
    added: list[str] = []
    where = analysis.sentence_of(partners)
    for m, i in zip(partners, where):
        if i is None or i < 0:
            continue
        a, b = analysis.sentences[i]
        sentence = text[a:b]
        if PARTICIPANTS_EN.search(sentence) and not _OWN_ACT_EN.search(sentence):
            if m.code not in e.partners and m.code not in added:
                added.append(m.code)
    if added:
        e.partners = list(e.partners) + added
        e.provenance["partners"] = Provenance(source="rule", rule="participants_listed_en", score=0.7)
    return engagements


def not_yet_held(engagements: list[Engagement], page_date: date | None, lang: str = "en") -> list[Engagement]:
    """``engagements`` of an English page without the events dated more than a day after ``page_date`` (module
    docstring; a Chinese page's 8月2日 may be read in the page's year when the page stamp is a repost's)."""
    if lang != "en" or page_date is None or not engagements:
        return engagements
    last = (page_date + timedelta(days=1)).isoformat()
    return [e for e in engagements if e.category not in _HELD_EVENTS or e.date is None or len(e.date) != 10
            or e.date <= last]


# -- a sideline event held while the expo it belongs to is still announced --------------------------------
_FAIR_EN = re.compile(r"\b(?:expo|exposition|fair|trade show)s?\b", re.I)
_FUTURE_EN = re.compile(r"\b(?:will|is (?:scheduled|set|due|slated|expected) to|are (?:scheduled|set|due|slated|expected) to"
                        r"|to (?:kick off|open|be held|take place)|upcoming|scheduled for)\b", re.I)
_FAIR_HELD_EN = re.compile(r"\b(?:opened|kicked off|was held|were held|closed|concluded|wrapped up|took place|is being held"
                           r"|attracted|drew|ongoing|just-concluded)\b", re.I)
_HELD_EN = re.compile(r"\b(?:was|were) (?:held|convened|hosted|staged|opened)\b|\btook place\b", re.I)
# the held event's noun and its category (TAXONOMY §3 rule 6: a conference of several countries' officials is
# multilateral_meeting; seminars and courses are training)
_SIDE_EVENT_EN = (
    (re.compile(r"\b(?:round ?tables?|round-tables?|summits?|dialogues?|consultations?|ministerial meetings?"
                r"|(?:ministers'?|mayors'?|governors'?|leaders'?) meetings?)\b", re.I), "multilateral_meeting"),
    (re.compile(r"\b(?:seminars?|workshops?|training (?:courses?|sessions?|programmes?|programs?))\b", re.I), "training"),
)


def held_side_event(engagements: list[Engagement], analysis: "Analysis | None", lang: str) -> list[Engagement]:
    """``engagements``, an English page's one ``forum_expo`` engagement re-categorised by the sideline event the
    page reports as held ("A round table held on the expo's sidelines on Tuesday …") where
    every sentence naming the expo announces it (it "is scheduled to be held", "will open"): the expo is a
    plan, the held event is the act (TAXONOMY §3: plans report no engagement; rule 6)."""
    if lang != "en" or analysis is None or len(engagements) != 1 or engagements[0].category != "forum_expo":
        return engagements
    text = analysis.doc.text
    fair_sentences = [(a, b) for a, b in analysis.sentences if _FAIR_EN.search(text, a, b)]
    if not fair_sentences or not any(_FUTURE_EN.search(text, a, b) for a, b in fair_sentences):
        return engagements
    held = None
    for a, b in analysis.sentences:
        s = text[a:b]
        if _HELD_EN.search(s) and not _FUTURE_EN.search(s):
            for noun, category in _SIDE_EVENT_EN:
                if noun.search(s):
                    held = category
                    break
            if held is None and _FAIR_EN.search(s):
                return engagements  # the expo itself was held
            if held is not None:
                break
        elif _FAIR_EN.search(s) and _FAIR_HELD_EN.search(s) and not _FUTURE_EN.search(s):
            return engagements  # the expo opened or is on: it is the act
    if held is None:
        return engagements
    e = engagements[0]
    e.category = held
    e.provenance["category"] = Provenance(source="rule", rule="side_event_held_en", score=0.7)
    return engagements
