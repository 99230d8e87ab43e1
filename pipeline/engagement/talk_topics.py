"""What talks were about is not an act of its own (fzh, issue 15).

A readout of a meeting names the subjects discussed in the frame 就/围绕/针对 … 进行沟通 (交流, 磋商,
探讨, 交换意见): 两市就缔结友好城市关系展开探讨, 围绕签署合作备忘录交换看法, 就举办文化周等事宜进行磋商.
The verbs and the fields inside that frame (建立友好城市, 签署, 举办, 文化, 旅游) name what the sides talked
about, not a signing done or an event held: the meeting is the act (TAXONOMY §3 rule 2), and rule 4
needs an agreement actually signed. :func:`talks_topic` tells :func:`.detect.frame_at` that a
predicate or cue stands inside such a topic; the talks verb after it stays an act.

Example:
    >>> s = "两市围绕港口物流和建立友好城市关系展开了探讨。"
    >>> talks_topic(s, s.index("建立"), s.index("建立") + 2)
    True
    >>> s = "双方签署了合作协议，并就下一步合作进行了磋商。"
    >>> talks_topic(s, s.index("签署"), s.index("签署") + 2)
    False
"""

from __future__ import annotations

import re

# the topic marker: 就 (not 就此, 成就, 早就 …), 围绕, 针对
_TOPIC = re.compile(r"(?<![成早也这那将])就(?![此地是要在近])|围绕|圍繞|针对|針對")
# the talks verb that closes the topic, in the same clause
_TALKS_AFTER = re.compile(
    r"^[^，,；;。！？]{0,40}?(?:进行|展开|开展|進行|展開|開展)了?(?:深入|友好|坦诚|坦誠|广泛|廣泛|充分|初步|具体|具體|务实|務實|详细|詳細|专题|專題)?"
    r"(?:的)?(?:沟通|溝通|交流|探讨|探討|磋商|会谈|會談|商讨|商討|讨论|討論|洽谈|洽談|对接|對接|座谈|座談|研讨|研討|协商|協商)"
    r"|^[^，,；;。！？]{0,40}?(?:深入|广泛|廣泛|充分|坦诚|坦誠)?交换了?(?:意见|意見|看法)")
_CLAUSE = re.compile(r"[，,；;。！？]")


def talks_topic(sentence: str, a: int, b: int) -> bool:
    """Whether the predicate or cue at ``[a, b)`` of ``sentence`` (Simplified Chinese) stands inside
    the topic of talks (就/围绕/针对 … 进行沟通/交换意见) in its clause."""
    c0 = max((m.end() for m in _CLAUSE.finditer(sentence, 0, a)), default=0)
    topic = None
    for m in _TOPIC.finditer(sentence, c0, a):
        topic = m
    if topic is None:
        return False
    return _TALKS_AFTER.match(sentence[b:]) is not None
