"""Which side is the visitor in English coverage, where the grid of invented probes (helper qattr) found
the guest read the wrong way round:

* "visiting" before a Chinese province's official or delegation ("Lao PM met visiting Yunnan Party
  Secretary Wang Ning", "Visiting Guangxi chairman Lan Tianli met …"): the Chinese side travels
  (outbound), not the province receiving a visitor as "met visiting Lao PM" says (``hosts_en``);
* a Chinese official who "was received by" a foreign national leader named after it ("… was received
  by Lao Prime Minister …"): the national leader receives at home (outbound), as "X received Y" is read
  (``attributes._RECEIVED_EN``).

    >>> bool(_SIDE_AFTER.match("'s Party Secretary Wang Ning"))
    True
"""

from __future__ import annotations

import re
from typing import Sequence

from ..schemas import Mention, Provenance
from ._build import fast

_VISITING_BEFORE = re.compile(r"\b[Vv]isiting\s+(?:the\s+)?(?:Chinese\s+|China['’]s\s+)?$")
# the province opens its official's title or its delegation ("Yunnan Party Secretary", "Guangxi's chairman")
_SIDE_AFTER = re.compile(r"(?:['’]s)?\s+(?:[Pp]rovincial\s+|[Pp]rovince\s+|[Rr]egional\s+|[Aa]utonomous\s+[Rr]egion\s+)?"
                         r"(?:[Pp]arty\s+(?:[Ss]ecretary|[Cc]hief|[Cc]ommittee)|[Gg]overnor|[Vv]ice\b|[Dd]eputy\b|"
                         r"[Ee]xecutive\b|[Cc]hair(?:man|woman)?\b|[Tt]op\s+(?:official|legislator|political)|"
                         r"[Dd]elegation|[Oo]fficials?\b|[Ll]eaders?\b|[Ff]oreign\s+[Aa]ffairs|FAO\b|[Mm]ayor)")
_RECEIVED_BY = re.compile(r"\b(?:was|were|had\s+been|has\s+been)\s+(?:warmly\s+|cordially\s+)?received\s+by\s+"
                          r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}$")  # "… was received by Lao Prime Minister"
_NATIONAL = frozenset({"head_of_state_or_government", "minister", "legislature", "party"})


def _prov(rule: str, text: str, start: int, end: int) -> Provenance:
    return fast(Provenance, {"source": "cue", "rule": rule, "text": text, "start": start, "end": end, "score": 0.75})


def chinese_visitor_en(text: str, places: Sequence[Mention], a: int, b: int, counterpart: object = None
                       ) -> Provenance | None:
    """The cue that the Chinese side is the visitor in ``text[a:b]``, or None."""
    for p in places:
        if p.label != "province" or p.role == "locator" or not a <= p.start < b or not p.text.isascii():
            continue
        v = _VISITING_BEFORE.search(text, max(a, p.start - 24), p.start)
        if v is not None and _SIDE_AFTER.match(text, p.end):
            return _prov("visiting_chinese_side", text[v.start():p.end], v.start(), p.end)
    code, side, start = (getattr(counterpart, k, None) for k in ("code", "side", "start"))
    if code in _NATIONAL and side == "foreign" and start is not None and a <= start < b:
        r = _RECEIVED_BY.search(text, max(a, start - 40), start)
        if r is not None and not any(p.label == "country" for p in places if a <= p.start < r.start()):
            return _prov("received_by_foreign_leader", r.group(0).strip(), r.start(), r.end())
    return None
