"""English places that only seat a foreign unit named before them (TAXONOMY §3b ``venue``).

"the governor of Aichi prefecture in Japan … in Nanjing", "Busan, a port city in ROK, …":
the country after "<unit> in" locates the prefecture or city, it is not where the act happened.

Example:
    >>> t = "met the governor of Aichi prefecture in Japan in Nanjing"
    >>> seat_in_en(t, t.index("Japan")), seat_in_en(t, t.index("Nanjing"))
    (True, False)
"""

from __future__ import annotations

import re

_SEAT_IN = re.compile(r"\b(?:prefecture|province|state|city|county|region|oblast|krai|aimag|municipality|district)\s+"
                      r"in\s+(?:the\s+)?$", re.I)


def seat_in_en(text: str, pos: int) -> bool:
    """Whether the English place at ``pos`` follows "<prefecture|province|city…> in": it seats that unit."""
    return _SEAT_IN.search(text, max(0, pos - 40), pos) is not None
