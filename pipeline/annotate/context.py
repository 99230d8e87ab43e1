"""Compounds read through context: 中巴, 中尼, 乌中 (TAXONOMY §2 traps).

A one-character country abbreviation in a compound stands for several countries: 巴 for
Pakistan, Brazil, Panama, Bahrain, Paraguay …; 尼 for Nepal, Nigeria, Niger, Nicaragua;
乌 for Uzbekistan, Ukraine, Uruguay, Uganda. The lexicon gives each compound its usual
reading (中巴 PAK, 中尼 NPL, 乌中 UZB); here a bare compound (中巴, 巴方, 中巴两国,
乌中合作 …) takes instead the one candidate country the text names by name, when the
text names exactly one and not the usual one (友城巴西…中巴经贸合作 → BRA).

Example:
    >>> from pipeline.lexicon import load
    >>> from pipeline.schemas import Document
    >>> from pipeline.annotate import annotate_places
    >>> ms = annotate_places(Document("d", "尼日利亚代表团来访，中尼双方签署协议"), load())
    >>> sorted({m.code for m in ms if m.label == "country"})
    ['NGA']
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..schemas import Mention, code_kind

# entry id -> the abbreviation character its bare forms use
CONTEXT_ENTRIES = {
    "country.PAK.compound": "巴",
    "country.NPL.compound": "尼",
    "country.UZB.compound": "乌",
    "country.context.wu_zhong": "乌",
}
_SUFFIX = "(?:两国|双方|关系|合作|友谊|经贸|友好)?"


def candidates(lexicon: Lexicon, char: str) -> frozenset[str]:
    """Countries whose Chinese name starts with ``char`` (巴 → BRA, PAK, PAN …)."""
    names = lexicon.slot_fillers.get("COUNTRY", {})
    return frozenset(c for name, codes in names.items() if len(name) >= 2 and name[0] == char for c in codes
                     if code_kind(c) == "country")


def _bare(text: str, char: str) -> bool:
    return re.fullmatch(f"(?:中{char}|{char}中|{char}方){_SUFFIX}", text) is not None


def resolve_context_compounds(mentions: list[Mention], lexicon: Lexicon) -> None:
    """Recode bare context compounds in place (see the module docstring)."""
    bare = [m for m in mentions if m.label == "country" and m.entry in CONTEXT_ENTRIES
            and _bare(m.text, CONTEXT_ENTRIES[m.entry])]
    if not bare:
        return
    bare_ids = {id(b) for b in bare}  # (a set: comparing each mention with each bare one was quadratic)
    named = {m.code for m in mentions if m.label == "country" and id(m) not in bare_ids}
    for m in bare:
        char = CONTEXT_ENTRIES[m.entry]
        # (kept by the lexicon's place matcher: reading every country name per document cost
        # more than the rest of the annotator)
        cands = lexicon.places.memo(("context candidates", char), lambda: candidates(lexicon, char))
        seen = named & cands
        if len(seen) == 1 and m.code not in seen:
            m.code = next(iter(seen))
