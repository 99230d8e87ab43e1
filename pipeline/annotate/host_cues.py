"""English meeting cues a literal list cannot hold: a host's verb with a foreign person as its object.

Wire and embassy copy tells a provincial leader's meeting as "Governor X hosted the South Korean
consul general", "welcomed Hungarian Foreign Minister Y to Hangzhou", "greeted Kazakh President
Z upon his arrival": the meeting with the foreign side (TAXONOMY §3 rule 2). ``cues.yaml`` lists
"hosted the Ambassador", "greeted the visiting" and their kin, but a demonym or a name between
the verb and the title ("hosted *the South Korean* consul general") defeats a literal, and bare
"hosted", "welcomed", "greeted" are no cue (provinces host expos; a leader greets a crowd, a
letter greets a people).

:func:`host_cues` reads the verb, up to five capitalised words (a demonym, a country, a name)
and a title, and keeps the match when it names a foreign party: a diplomat's title (ambassador,
consul general, envoy), a head of state or government (president, prime minister, king), or any
other title (minister, governor, mayor, speaker) after a foreign country's name or demonym. A
title after a Chinese province's name ("hosted Hainan Governor X") is the province's own side
and no cue. Each kept match is a ``high_level_meeting`` cue on the verb (entry
``cue.high_level_meeting.en_host_person``; weight as that entry says).

Example:
    >>> from pipeline.lexicon import load
    >>> lex = load()
    >>> text = "Governor Lin hosted the South Korean consul general in Qingdao."
    >>> [text[a:b] for a, b in host_cues(text, lex)]
    ['hosted']
    >>> host_cues("Governor Lin hosted the Hainan governor in Jinan.", lex)
    []
    >>> host_cues("The province hosted the China-South Asia Expo.", lex)
    []
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..schemas import code_kind

ENTRY = "cue.high_level_meeting.en_host_person"

# titles that name a foreign party by themselves: a diplomat, a head of state or government
_FOREIGN_TITLE = (r"ambassadors?|consuls?[- ]general|consul generals?|consuls?|envoys?|charg[eé] d['’]affaires"
                  r"|(?:deputy |vice )?prime ministers?|(?:vice[- ])?presidents?|premiers?|kings?|queens?"
                  r"|crown princes?|princes?|princess|sultans?|emperors?|chancellors?|secretary[- ]general")
# titles either side may hold: kept only after a foreign country or demonym
_ANY_TITLE = (r"(?:deputy |vice[- ]|first vice[- ]|state )?ministers?(?: of [A-Z][\w ]{0,40}?)?|governors?|vice[- ]governors?"
              r"|mayors?|vice[- ]mayors?|deputy mayors?|speakers?|chief ministers?|premiers?|senators?|lawmakers?"
              r"|parliamentarians?|chairm[ae]n|chairwom[ae]n|party secretar(?:y|ies)")
_HOST_PERSON = re.compile(
    r"\b(?P<verb>hosted|hosts|welcomed|welcomes|greeted|greets|played host to|plays host to)\s+"
    r"(?:(?:the|a|an)\s+)?(?:visiting\s+)?"
    r"(?P<words>(?:[A-Z][\w'’.-]*\s+){0,5}?)"
    rf"(?i:(?P<foreign>{_FOREIGN_TITLE})|(?P<any>{_ANY_TITLE}))\b")


def host_cues(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """``(start, end)`` of each host verb whose object is a foreign person (module docstring)."""
    if "host" not in text and "welcom" not in text and "greet" not in text:
        return []
    out = []
    for m in _HOST_PERSON.finditer(text):
        words = m["words"]
        codes = _codes(words, lexicon) if words.strip() else set()
        if any(c.startswith("CN-") for c in codes):
            continue  # "hosted Hainan Governor X": the province's own side
        if m["foreign"] is None and not any(code_kind(c) == "country" for c in codes):
            continue  # a minister or governor of no named foreign country
        out.append((m.start("verb"), m.end("verb")))
    return out


def _codes(words: str, lexicon: Lexicon) -> set[str]:
    """The place codes the capitalised words between the verb and the title name."""
    norm = lexicon.normalize(words)
    return {code for hit in lexicon.places.find(norm.text) for code in hit.codes}
