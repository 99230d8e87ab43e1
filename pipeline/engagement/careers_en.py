"""A Chinese province named in an English official's earlier career: no actor of the act.

Wire copy introduces a provincial leader by the posts held before ("Ma Xingrui, who used to head
Guangdong, met …", "a former deputy Party secretary of Guangdong", "who served as governor of
Fujian before moving to Yunnan"): that province is background (TAXONOMY §2: a province acts where
the text presents it as acting), whatever the dated-leader lexicon says of the official today.

Example:
    >>> t = "Ma Xingrui, who used to head Guangdong province, met the envoy in Urumqi."
    >>> former_post_en(t, t.index("Guangdong")), former_post_en(t, t.index("Urumqi"))
    (True, False)
    >>> t = "A former ambassador to China visited Yunnan on Monday."
    >>> former_post_en(t, t.index("Yunnan"))
    False
"""

from __future__ import annotations

import re

# a career word, then up to 45 characters of the post ("governor of", "deputy Party secretary of") with no
# act verb or sequence word between it and the province
_FORMER_BEFORE = re.compile(
    r"\b(?:former(?:ly)?|ex-|previously|used\s+to|who\s+(?:had\s+)?(?:once\s+)?(?:served|worked|was|headed|led)"
    r"|had\s+(?:once\s+)?served|once\s+served|earlier\s+served)\b"
    r"(?:(?!\b(?:visit\w*|met|meets|toured|tours|arriv\w*|went|travell?ed|came|attend\w*|before|until|then|now|later"
    r"|and|but|when|while)\b)[^.;:()\n]){0,45}$", re.I)


def former_post_en(text: str, start: int) -> bool:
    """Whether the English province or city name at ``start`` is the place of a post its official
    held before (a career clause), not a place that acts."""
    return text[start:start + 1].isascii() and _FORMER_BEFORE.search(text, max(0, start - 90), start) is not None
