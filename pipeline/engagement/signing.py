"""Whether a sentence reports a signing, and which of its clauses do (TAXONOMY §3 rule 4): the
signing verbs outside every frame (not 希望建立友好关系, not 缔结…周年), read by the policy's vote
(:mod:`.policy`).

Example:
    >>> signed("双方签署了旅游合作协议。", "zh"), signed("双方希望早日签署合作协议。", "zh")
    (True, False)
"""

from __future__ import annotations

import re

from ..rx import skipping
from .detect import SentenceFrame, frame_at, sentence_frame

_SIGNING = skipping(re.compile(
    r"签署|签订|签约|缔结|正式结为|结为友好|建立友好(?:城市|省州|省|州|关系)|\bsigned\b|\bsigns\b|\binked\b|\binks\b|\bpenned\b|\bpens\b"
    r"|\bestablished (?:sister|friendly|friendship|twin)|\bagreed to (?:establish|become|forge)"
    # agreements reached (达成12项合作协议, "reached 40 agreements and MOUs"), not a consensus (达成共识)
    r"|达成(?=[^，。；,;]{0,12}?(?:协议|合作项目))|\breached\b(?= (?:[\w-]+ ){0,4}?(?:agreements?|deals?|mous?|memorand))"
    # a launched project (rule 4): a centre or base unveiled or founded (…培训中心揭牌成立; "… Training Center was founded")
    r"|(?:(?<=中心)|(?<=基地)|(?<=学院)|(?<=分院)|(?<=实验室)|(?<=工作站)|(?<=产业园))(?:正式)?(?:揭牌|挂牌)|揭牌成立|揭牌仪式"
    r"|\b(?:cent(?:er|re)|base|institute|laboratory|park)s? (?:was|were) (?:founded|inaugurated|unveiled)\b"
    # signed texts handed over at the talks (交换了合作文件, 互换协议文本, "exchanged agreements"; round 14)
    r"|(?:交换|互换)了?(?:合作文件|合作协议|协议文本|签约文本)"
    r"|\bexchanged (?:the )?(?:signed )?(?:cooperation )?(?:agreements|documents|memorand(?:ums|a)|mous)\b",
    re.I,
))


# a signing named again as "this signing" (此次签署…协议书, 以这次签订…为新起点, 本次签约): a remark on the
# signing the page has already reported, not a signing of its own (its clause's 培训 or 教育 is what the
# speaker hopes for next, not the agreement's field)
_ANAPHORA = re.compile(r"(?:此次|这次|這次|本次|此番|今天的|今日的|这一|這一)\s*(?:签署|签订|簽署|簽訂|共同签署)?\s*$")


def _reported(sentence: str, m: re.Match[str], info: SentenceFrame) -> bool:
    return frame_at(info, m.start(), m.end()) is None and _ANAPHORA.search(sentence, max(0, m.start() - 8),
                                                                           m.start()) is None


def signed(sentence: str, lang: str, info: SentenceFrame | None = None) -> bool:
    """Whether the sentence reports a signing outside every frame (not 希望建立友好关系, not 缔结…周年,
    not 此次签署 named again in a remark); ``info``: its frame, when already read."""
    info = info if info is not None else sentence_frame(sentence, lang=lang)
    return any(_reported(sentence, m, info) for m in _SIGNING.finditer(sentence))


_CLAUSE_END = re.compile(r"[，,；;。]")


def signing_clauses(sentence: str, lang: str, info: SentenceFrame | None = None) -> list[tuple[int, int]]:
    """The clauses (between commas, semicolons, full stops) of ``sentence`` that report a signing
    outside every frame (签署…培训合作协议, not the next clause's …推介活动)."""
    info = info if info is not None else sentence_frame(sentence, lang=lang)
    out = []
    for m in _SIGNING.finditer(sentence):
        if _reported(sentence, m, info):
            a = max((c.end() for c in _CLAUSE_END.finditer(sentence, 0, m.start())), default=0)
            b = _CLAUSE_END.search(sentence, m.end())
            out.append((a, b.start() if b else len(sentence)))
    return out
