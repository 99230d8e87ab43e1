"""An organisation's officer written with a state's title in English (TAXONOMY §3b ``counterpart``):
"the Asian Development Bank's vice-president" is the bank's (its name decides), "the president of
South Korea's Hyundai Motor" and "the chairman of Japan's Toyota Motor" are a company's (``business``),
neither a head of state nor a minister."""

from __future__ import annotations

import re
from typing import Sequence

from ..schemas import Mention
from .titles import NATIONAL_CODES, TitleHit, foreign_local

# an organisation's name ending in the word for its kind, then the possessive: "the Asian Development Bank's "
_ORG_POSSESSIVE = re.compile(r"\b(?:[A-Z][\w&-]*\s+){0,4}(?:Bank|University|Institute|Academy|College|Company|"
                             r"Corporation|Organization|Organisation|Fund|Foundation|Federation|Association|Chamber|"
                             r"Airlines|Airways|Motor|Motors|Holdings|Electronics)['’]s\s+(?:(?:[Vv]ice|[Dd]eputy|[Ee]xecutive)[\s-]+)?$")
# an officer's title of a company: "president of (South Korea's) Hyundai Motor", "chairman of the Lotte Group"
_OFFICER = re.compile(r"(?i)(?:(?:vice|deputy|executive)[\s-]+)?(?:president|chairman|chairwoman|chairperson|chair|"
                      r"director|head)$")
_OF_COMPANY = re.compile(r"\s+of\s+(?:the\s+)?(?:(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+)?"
                         r"(?:[A-Z][\w&.-]*\s+){1,3}?(?:Motor|Motors|Corporation|Corp\.?|Holdings|Airlines|Airways|"
                         r"Electronics|Industries|Inc\.?|Ltd\.?|Limited|Co\.|Conglomerate|"
                         r"(?<!Friendship\s)(?<!Parliamentary\s)(?<!Working\s)(?<!Contact\s)(?<!Study\s)Group)\b")


def org_officer(h: TitleHit, text: str, places: Sequence[Mention]) -> TitleHit:
    """English only. A national title (President, Vice President, Chairman) that an organisation's
    possessive name opens ("the Asian Development Bank's vice-president") names no state office:
    the organisation's own name gives the code. An officer's title before "of" and a company's
    name ("the president of South Korea's Hyundai Motor") is the company's: ``business``, foreign when
    the company's owner is a foreign country, none when China or a Chinese place owns it.

    >>> from pipeline.lexicon import load
    >>> from pipeline.engagement.titles import compile_titles, attach
    >>> tm = compile_titles(load().title_entries)
    >>> t = "met the Asian Development Bank's vice-president"
    >>> [org_officer(attach(h, t, []), t, []).rule for h in tm.find(t, 0, len(t)) if h.text == "president"]
    ['organisation_officer']
    """
    if not h.text[:1].isascii() or h.side == "chinese" or h.entry.counterpart == "business":
        return h
    if h.code in NATIONAL_CODES and _ORG_POSSESSIVE.search(text, max(0, h.start - 80), h.start):
        return TitleHit(h.start, h.end, h.text, h.entry, "none", "", None, "organisation_officer")
    if not _OFFICER.search(h.text):
        return h
    m = _OF_COMPANY.match(text, h.end)
    if m is None:
        return h
    owner = None
    if m.group("owner"):
        owner = next((p for p in places if m.start("owner") <= p.start < m.end("owner") and p.role != "locator"), None)
        if owner is None or owner.label != "country" or owner.code == "CHN":
            return TitleHit(h.start, h.end, h.text, h.entry, "none", "", None, "company_officer")
    if owner is not None and foreign_local(owner):
        owner = next((p for p in places if p.code == owner.code and not foreign_local(p)), owner)
    return TitleHit(h.start, h.end, h.text, h.entry, "foreign", "business", owner, "company_officer")


# a body named as the report's source: "…, the Guangxi foreign affairs office said." or "… bureau said the runners
# came …"; not a speaker at an event ("the director said at the conference": acts)
_SAID_AFTER = re.compile(r"\s*(?:said|says|announced|reported)\b(?!\s+(?:at|during|while|when|before|to|in\s+(?!a\s+statement))\b)")


def report_source(h: TitleHit, text: str) -> TitleHit:
    """English only. A Chinese body (a foreign-affairs office, a department or bureau: ``fao`` or
    ``other``) written only as the report's source ("…, the Guangxi foreign affairs office said";
    "the sports bureau said the runners came …") does not act: no official; one speaking at an
    event ("the foreign affairs director said at the conference") does. A leader's post so written
    ("the governor said") is left as it is (he or she usually acts too); so is "according to the
    department" (the training split's gold codes such a department ``other``).

    >>> from pipeline.lexicon import load
    >>> from pipeline.engagement.titles import compile_titles, attach
    >>> tm = compile_titles(load().title_entries)
    >>> t = "Lao officials toured Nanning on Monday, the Guangxi foreign affairs office said."
    >>> [report_source(attach(h, t, []), t).rule for h in tm.find(t, 0, len(t)) if h.text == "foreign affairs office"]
    ['report_source']
    """
    if not h.text[:1].isascii() or h.side != "chinese" or h.code not in ("fao", "other"):
        return h
    end = h.end
    while end < len(text) and text[end] not in " ,.;":  # to the end of the word ("office's")
        end += 1
    if _SAID_AFTER.match(text, end):
        return TitleHit(h.start, h.end, h.text, h.entry, "none", "", None, "report_source")
    return h


# "Secretary-General of the Yunnan provincial government": a province's or city's own, not the UN's
_OF_CN_GOVERNMENT = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:[Pp]rovincial|[Rr]egional|[Mm]unicipal|"
                               r"[Cc]ity|[Pp]refectural|[Pp]refecture)\s+(?:[Pp]eople['’]s\s+)?[Gg]overnment\b")


def government_secretary_general(h: TitleHit, text: str, places: Sequence[Mention]) -> TitleHit:
    """English only. A Secretary-General (an international organisation's title by default) of a
    Chinese province's or city's government ("the Secretary-General of the Yunnan provincial
    government", 省政府秘书长) is the Chinese side's ``other``; a foreign province's stays foreign.
    """
    if not h.text[:1].isascii() or h.code != "international_org" or "secretary" not in h.text.lower():
        return h
    m = _OF_CN_GOVERNMENT.match(text, h.end)
    if m is None:
        return h
    inside = [p for p in places if m.start() <= p.start < m.end() and p.role != "locator"]
    if any(p.label == "country" for p in inside):
        return h
    return TitleHit(h.start, h.end, h.text, h.entry, "chinese", "other", inside[0] if inside else None,
                    "government_secretary_general")
