"""Where a two-character leader's name ends: not inside a longer name (副市长王浩明代表…).

A dated leader's two-character name (王浩, 王宁, 陈刚) is also the start of other people's three-character
names. After it, a name is followed by what names are followed by (会见, 在, 出席, 指出, 、, 。 …); where one
more character stands between the two and what follows that character is such a word, the name is three
characters long and is someone else's.

    >>> continues("副市长王浩明代表包头市参加座谈。", 5)
    True
    >>> continues("省长王浩会见客人。", 4), continues("省长王浩在杭州会见客人。", 4)
    (False, False)
"""

from __future__ import annotations

import re

# the words a Chinese name is followed by in reports (a verb of the act, a preposition, 一行, punctuation)
_FOLLOWER = re.compile(r"(?:代表|会见|會見|会晤|会谈|會談|在|出席|主持|说|說|指出|表示|率|致辞|致辭|讲话|講話|一行|强调|強調|参加|參加"
                       r"|陪同|与|與|和|同|对|對|向|等|也|还|還|随后|隨後|将|將|曾|于|於|认为|認為|希望|介绍|介紹|欢迎|歡迎|感谢|感謝"
                       r"|为|為|是|的|亲自|親自|作|就|到|赴|前往|考察|调研|調研|听取|聽取|签署|簽署|共同|分别|分別|带队|帶隊|宴请|宴請"
                       r"|看望|接见|接見|出访|出訪|访问|訪問|[、，,。；;：:（(\s])")
_CJK = re.compile(r"[\u3400-\u9fff]")


def continues(text: str, end: int) -> bool:
    """Whether the two-character name ending at ``end`` is the head of a longer name: one more Chinese
    character follows that no name-follower starts, and a name-follower comes right after it."""
    nxt = text[end:end + 1]
    if not nxt or _CJK.match(nxt) is None or _FOLLOWER.match(text, end) is not None:
        return False
    return _FOLLOWER.match(text, end + 1) is not None
