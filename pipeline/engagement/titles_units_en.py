"""English titles of a Chinese county's or prefecture's head written with the unit's name inside
("the head of Mengla County", "chief of Hekou Yao Autonomous County", "head of Xishuangbanna Dai
Autonomous Prefecture"), which no literal form of ``lexicon/titles.yaml`` lists (found by a grid of
invented probes, helper qattr). Read by :func:`.titles.compile_titles` beside its own patterns; the place
inside decides the side as for every title (a foreign county's head is subnational).

    >>> bool(UNIT_HEADS_EN[0][0].search("The head of Mengla County met the governor"))
    True
    >>> bool(UNIT_HEADS_EN[1][0].search("the head of Honghe Hani and Yi Autonomous Prefecture"))
    True
"""

from __future__ import annotations

import re

_HEAD = r"\b(?:[Hh]ead|[Cc]hief|[Mm]agistrate|[Mm]ayor|[Gg]overnor|[Cc]ommissioner)\s+of\s+(?:the\s+)?"
_UNIT_NAME = r"(?:(?:[A-Z][\w'’-]*|and)\s+){1,6}(?:[Aa]utonomous\s+)?"

UNIT_HEADS_EN = [  # (pattern, entry id, gate: a literal every match holds)
    (re.compile(_HEAD + _UNIT_NAME + r"County\b"), "title.county", re.compile("County")),
    (re.compile(_HEAD + _UNIT_NAME + r"Prefecture\b"), "title.prefecture", re.compile("Prefecture")),
]
