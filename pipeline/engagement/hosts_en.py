"""English meetings in which the Chinese side receives a foreign group or guest: who is the host.

* :func:`meets_chinese_host`: "Diplomats from 12 countries including A, B and C met with Yunnan
  Party Secretary X during a tour of the province" is envoys received by a provincial leader
  (TAXONOMY §3 rules 2 and 8), not several countries meeting one another (rule 7's
  ``multilateral_meeting``, which the lead's "N countries … met" otherwise reads).
* :data:`VISITING_GUEST_BEFORE`: "X met visiting Lao Prime Minister Y": the adjective
  *visiting* marks the guest who came, so the country after it is no place the Chinese side
  visited (direction inbound).

Example:
    >>> meets_chinese_host("Envoys from Nepal, Laos and Peru met with Yunnan Governor Li in Kunming.")
    True
    >>> meets_chinese_host("Officials from five countries met in Kunming to review the river patrols.")
    False
    >>> bool(VISITING_GUEST_BEFORE.search("The governor met visiting "))
    True
"""

from __future__ import annotations

import re

from .cities_en import CITIES_EN
from .units import EN_PROVINCES

# A Chinese side named after the meeting verb: a province or city (the capitals are in CITIES_EN), or a provincial
# body's word.
_CHINESE_SIDE = (rf"(?:{EN_PROVINCES}|{CITIES_EN}"
                 r"|provincial|regional|municipal|(?:the\s+)?(?:province|region|city|prefecture|municipality)(?:'s|’s))")
_MEETS_HOST = re.compile(
    r"\b(?:met|meet|meets|were\s+received\s+by|was\s+received\s+by|called\s+on|paid\s+a\s+courtesy\s+call\s+on)\s+"
    r"(?:with\s+)?(?!(?:in|at|on|for|to|here|there|during|via|online|virtually|each\s+other|one\s+another|together)\b)"
    rf"(?:[^.;]{{0,50}}?\s)?{_CHINESE_SIDE}\b", re.I)


def meets_chinese_host(lead: str) -> bool:
    """Whether the lead's meeting verb has a Chinese provincial or city side as its object: a group
    received by that side (rule 2), not a meeting of the group's countries (rule 7)."""
    return _MEETS_HOST.search(lead) is not None


# "met visiting", "received the visiting", "welcomed a visiting": the guest who came
VISITING_GUEST_BEFORE = re.compile(
    r"\b(?:met|meets|meet|met\s+with|received|receives|welcomed|welcomes|hosted|hosts|greeted|with|and)\s+"
    r"(?:the\s+|a\s+)?visiting\s*$", re.I)
