"""English visit reports of Chinese media read for rule 8 (issue 15, helper rpwire).

TAXONOMY §3 rule 8: a foreign body's or envoys' tour of the province on which provincial leaders
meet them is ``high_level_meeting`` when the meeting is reported. English pages of Chinese media
put the visit in the headline and the first sentence and the leader's meeting in the sentence
after it ("Finnish envoy tours Harbin" / "A group led by … came to Harbin on
March 4." / "The city's Party chief later held talks with the visitors."),
often past the policy's three-sentence act window when a "Source:" or "Updated:" line stands
between. :func:`tour_sentences` gives the act sentences just past the window, which the policy
reads for that meeting only (:func:`.policy.rule_vote`).

Example:
    >>> class Acts:
    ...     def verdict(self, i):
    ...         return {5: True, 6: None}.get(i)
    >>> tour_sentences(Acts(), 5, 9, lead=2)
    [5]
"""

from __future__ import annotations

import re
from typing import Protocol

# how many sentences past the act window rule 8 reads for the leader's meeting
TOUR_REACH = 3


class _Verdicts(Protocol):
    def verdict(self, i: int) -> bool | None: ...


def tour_sentences(reader: _Verdicts, window_end: int, n_sents: int, *, lead: int) -> list[int]:
    """The act sentences from ``window_end`` (the end of the act window) to :data:`TOUR_REACH` sentences past
    the third after the ``lead`` act sentence (a window spent on page labels before the lead still reaches the
    body), within ``n_sents``: where an English report names the leader's meeting on a visit."""
    end = min(n_sents, max(window_end, lead + 3) + TOUR_REACH)
    return [i for i in range(window_end, end) if reader.verdict(i) is True]


# China's national leadership as the subject of a lead ("Xi greets model village teachers",
# "BEIJING, Oct. 3 (Xinhua) -- Xi Jinping on Friday met …", "Premier Li Qiang inspects …")
_CENTRAL_LEAD_EN = re.compile(
    r"^\W*(?:[A-Z]+(?:\s[A-Z]+)?,\s+\w+\.?\s+\d{1,2}\s+\(xinhua\)\s+[-—–]+\s+)?"
    r"(?:chinese\s+)?(?:president\s+|premier\s+|vice\s+president\s+)?(?:xi|xi\s+jinping|li\s+qiang|li\s+keqiang)\b"
    r"(?!['’]s\b)", re.I)


def central_lead_en(lead: str) -> bool:
    """Whether an English ``lead`` (after a Xinhua dateline) has China's president or premier as its subject: a
    meeting of theirs with no foreign party is central politics, not a province's engagement (TAXONOMY §3 rule 5
    gives ``domestic_coordination`` to a province's own foreign-affairs work only).

    >>> central_lead_en("Xi greets model village teachers"), central_lead_en("Xi's envoy visits Laos")
    (True, False)
    """
    return _CENTRAL_LEAD_EN.match(lead) is not None
