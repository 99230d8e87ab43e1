"""Chinese provinces named as partners of a wish or a quoted remark (广西愿与广东、云南一道深化对老
合作; 他说，愿同四川携手…): the speaker's province acts, those named after 与/同 + 一道/携手 only share the
wish, so they act in nothing the text reports (TAXONOMY §2: a province is an actor where the text
presents it acting). Read by :mod:`pipeline.resolve` over the province mentions read as actors.

Example:
    >>> t = "4月2日,省长会见泰国驻昆明总领事。他说,四川愿与重庆、贵州一道加强对泰合作。"
    >>> sorted(wished_peers(t, [(t.index("重庆"), t.index("重庆") + 2), (t.index("贵州"), t.index("贵州") + 2)]))
    [0, 1]
"""

from __future__ import annotations

import re
from typing import Sequence

# a wish or a remark opens the clause's frame: 愿/愿意/希望/期待 or a speech verb with its comma
_WISH = re.compile(r"愿意?|願意?|希望|期待|期盼|(?:说|說|表示|指出|强调|強調)[，,：:]")
_WITH_BEFORE = re.compile(r"(?:与|與|同|和|跟)(?:[^，。；,;、]{1,8}、){0,5}$")
_TOGETHER_AFTER = re.compile(r"(?:、[^，。；,;、]{1,8}){0,5}?(?:等(?:省区市|省份|兄弟省份)?)?(?:一道|一起|携手|攜手|共同)")


def wished_peers(text: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Indexes of the spans (province mentions) named after 与/同 and before 一道/携手/共同 in a clause
    a wish or a remark frames (the frame's word earlier in the same sentence)."""
    out: set[int] = set()
    for i, (a, b) in enumerate(spans):
        if not _WITH_BEFORE.search(text, max(0, a - 60), a) or not _TOGETHER_AFTER.match(text, b):
            continue
        start = max(text.rfind(c, 0, a) for c in "。！？\n") + 1
        if _WISH.search(text, start, a):
            out.add(i)
    return out
