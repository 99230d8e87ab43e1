"""A meeting whose guest is named only by a pronoun in its lead, after a sentence that introduced the guest
(found by a grid of invented probes, helper qattr): "Lao Minister X arrived in Kunming on Monday. The
province's party chief met him on Wednesday."; 5月6日，老挝某部部长抵达昆明。8日，省委书记会见了他。 The
counterpart is the highest-ranking foreign title of the sentence just before the lead (was none), ranked as every
other title is (:func:`.posts.best_title`).

    >>> bool(_PRONOUN_OBJECT.search("Yunnan Party Secretary Wang Ning met him on Wednesday."))
    True
    >>> bool(_PRONOUN_OBJECT.search("8日，云南省委书记王宁会见了他。"))
    True
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from .posts import best_title
from .titles import TitleHit

_PRONOUN_OBJECT = re.compile(r"\b(?:met|meets|received|receives|hosted|welcomed|held\s+talks\s+with|talked\s+with)\s+"
                             r"(?:with\s+)?(?:him|her|them|the\s+(?:minister|ambassador|envoy|guests?|visitors?))\b"
                             r"|(?:会见|会晤|接见|宴请|會見|會晤|接見|宴請)(?:了)?(?:他|她|他们|她们|他們|她們|客人)(?![\u4e00-\u9fff]{0,2}(?:的|之))")


def guest_before(text: str, sents: Sequence[tuple[int, int]], lead: int,
                 titles_in: Callable[[int], list[TitleHit]]) -> TitleHit | None:
    """The foreign title of the sentence before sentence ``lead`` when the lead's meeting names its guest by a
    pronoun only, else None."""
    if lead <= 0 or _PRONOUN_OBJECT.search(text, *sents[lead]) is None:
        return None
    return best_title(titles_in(lead - 1), "foreign")
