"""Act detection per vote: which sentences of a text report an act (issue 14).

A vote (the document's, or one engagement's) reads its sentences through
:class:`SentenceActs`: each sentence simplified, its section label blanked, its act
predicates and act cues framed (:mod:`.detect`), and a verdict: an act, muted (goals,
statistics, remarks) or neither. With the document's :class:`~pipeline.analysis.Analysis`
the facts of a sentence are read once per document and shared by every vote.
Also: where the content starts after datelines and site names (:func:`content_start`),
the act window (:func:`act_window_end`), the sentence of each mention.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Callable, Sequence

from ..pagenoise import field_line_zh
from ..schemas import Mention
from .act_patterns import furniture_line_en
from .detect import ACT_EN, ACT_ZH, SentenceFrame, frame_at, sentence_frame
from .side_events import announced_only, may_announce
from .summaries import briefing_page, briefing_sentence, future_main, history_sentence, page_year, summary_sentence

if TYPE_CHECKING:
    from ..analysis import Analysis

SHORT_LINE = 12  # characters: a first line this short without a cue is a section title
# A boilerplate line: dateline, source, byline, site name; not the lead of the report.
_BOILERPLATE = re.compile(
    r"^\W*(?:来源|发布日期|发布时间|日期|时间|作者|编辑|责任编辑|记者|通讯员|稿源|浏览次数|字号|Source|Pub Date|Published|Updated"
    r"|By\s|Editor|Date|Time)\s*[:：]?|^\W*(?:19|20)\d\d\s*[-./年]\s*\d{1,2}|^\W*\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d"
    r"|^[^，。,.]{2,24}(?:外事办公室|外事办|人民政府|新闻网|日报|门户网站|网站|Office|Government)\s*$",
    re.I,
)
# a report's first sentence led by its full date (2018年11月19日，某某会见…; "2018-11-19, …"): the lead, not a date line
_DATED_REPORT = re.compile(r"^\W*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[、和]\s*\d{1,2}\s*日)?(?:[上下]午|晚|晚上|上旬|中旬|下旬)?\s*[，,]"
                           r"[^，,。]{6}")
# Cues that name a field of ties or a topic rather than an event: never evidence of an act.
_TOPICAL = re.compile(
    r"(?:交流|交流活动|合作|往来|教育|旅游|文旅|文化|学生|大学生|大学|高校|院校|留学|学者|教师|师生|智库|体育|赛事|运动员"
    r"|投资|招商|招商引资|投资促进|经贸|项目|重点项目|合作项目|投资项目|代表团|使节|外交官|考察团|访问团|一行)$"
    r"|^(?:人文|民间|青年|媒体|旅游|教育|科研|联合|经贸|能力|人力)"
    r"|(?:exchanges?|cooperation|co-operation|tourism|tourists|education|educational|students?|universit(?:y|ies)"
    r"|cultural|culture|scholars|teachers|research|investments?|projects?|sports?|athletes|delegations?|envoys"
    r"|diplomats|think tanks?|people-to-people|capacity[- ]building|chinese language)$",
    re.I,
)
# a sentence cut after an abbreviation ("U.S.", "S. Korea", "govt."): a fragment of the next one
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.|\b(?:[A-Z]\.){2,}|\b(?:govt|Gov|Mr|Ms|Mrs|Dr|No|St|Jr|Sr|Co|Inc|Ltd|Mt"
                               r"|Rep|Sen|Gen|Lt|Col|Prof|Dept|Corp)\.)\s*$")
# a section label: 【…】, or a work report's numbered heading standing alone (一、参与活动多、影响大。)
_NUMERALS = frozenset("一二三四五六七八九十")  # a work report's numbered heading opens with one
_LABEL = re.compile("【[^】]{0,40}】|^\\s*[一二三四五六七八九十]{1,3}\\s*[、.．]\\s*[^，,；;。]{0,16}[。：:]?\\s*$")
_UNREAD = object()  # (a verdict not yet read: None is a verdict)


def sentence_indexes(mentions: list[Mention], sent_starts: list[int]) -> list[int]:
    """The sentence index of each mention (0 before the first sentence)."""
    br = bisect.bisect_right
    return [max(br(sent_starts, m.start) - 1, 0) for m in mentions]


def content_start(text: str, sents: list[tuple[int, int]], cue_sents: set[int]) -> int:
    """Index of the first sentence that is not a dateline, source line, site name or short label."""
    for i, (a, b) in enumerate(sents):
        s = text[a:b].strip()
        if _BOILERPLATE.search(s) and i + 1 < len(sents) and _DATED_REPORT.match(s) is None:
            continue
        if len(s) <= SHORT_LINE and i not in cue_sents and i + 1 < len(sents):
            continue
        return i
    return 0


def act_sentences_of_vote(text: str, sents: list[tuple[int, int]], cues: list[Mention], sentence_of_cue: list[int],
                   lang: str, simplify: Callable[[str], str] | None, analysis: Analysis | None = None
                   ) -> tuple[list[int], set[int], dict[int, str]]:
    """(act sentences, muted sentences): a sentence reports an act when an act predicate or a
    cue of weight 1 or more (typical or strong) that names an event, not a field of ties
    (人文交流, 经贸合作, 旅游, "cultural exchanges", "students": :data:`_TOPICAL`), stands in
    it outside every frame; it is muted
    when it has predicates or such cues, all framed (goals, statistics, remarks). Also returns
    the simplified text of each sentence read. A section label in 【】 is not read; a
    greeting cue is not blocked by wishing (致以…问候 is the act itself).

    With ``analysis`` (the document's :class:`~pipeline.analysis.Analysis`, whose text is
    ``text``), each of the document's sentences is simplified, framed and read for
    predicates once per document, and its verdict is kept for the same cues: the document's
    decision and every engagement's read it from there (``simplify`` must then be None or
    the lexicon's normaliser, which the analysis applies)."""
    reader = SentenceActs(text, sents, cues, sentence_of_cue, lang, simplify, analysis)
    acts: list[int] = []
    muted: set[int] = set()
    for i in range(len(sents)):
        verdict = reader.verdict(i)
        if verdict is True:
            acts.append(i)
        elif verdict is False:
            muted.add(i)
    return acts, muted, reader.simple


def act_cue(c: Mention) -> bool:
    """Whether cue ``c`` can report an act: typical or strong, naming an event, not a field of ties."""
    return (c.weight or 1.0) >= 1.0 and not _TOPICAL.search(c.text)


class SentenceActs:
    """The act verdicts of one vote's sentences, each read when first asked (see
    :func:`act_sentences_of_vote`); ``i in acts``: sentence ``i`` reports an act.

    With the document's analysis, each sentence's reading and frame are kept per document in
    lists by sentence index (a vote over the document's own sentences reads them by its own
    index; an engagement's vote maps its spans to the document's), and each verdict per
    sentence and set of cues; whether a cue names an event is read once per cue text."""

    __slots__ = ("by_sent", "text", "sents", "lang", "simplify", "analysis", "simple", "frames", "verdicts",
                 "_own", "_doc_reads", "_doc_preds", "_doc_frames", "_doc_verdicts")

    def __init__(self, text: str, sents: list[tuple[int, int]], cues: list[Mention], sentence_of_cue: list[int],
                 lang: str, simplify: Callable[[str], str] | None, analysis: Analysis | None) -> None:
        by_sent: dict[int, list[Mention]] = {}
        if analysis is not None:  # whether a cue names an event: a function of its weight and text,
            # read once per document and text
            eventful: dict[str, bool] = analysis.fact("act_cue_texts", dict)
            for c, si in zip(cues, sentence_of_cue):
                if (c.weight or 1.0) < 1.0:
                    continue
                ok = eventful.get(c.text)
                if ok is None:
                    ok = eventful[c.text] = not _TOPICAL.search(c.text)
                if ok:
                    got = by_sent.get(si)
                    if got is None:
                        by_sent[si] = [c]
                    else:
                        got.append(c)
        else:
            for c, si in zip(cues, sentence_of_cue):
                if act_cue(c):
                    by_sent.setdefault(si, []).append(c)
        self.by_sent = by_sent
        self.text, self.sents, self.lang, self.simplify, self.analysis = text, sents, lang, simplify, analysis
        self.simple: dict[int, str] = {}
        self.frames: dict[int, SentenceFrame] = {}
        self.verdicts: dict[int, bool | None] = {}
        self._own = False
        if analysis is not None:  # the document's readings and frames of its sentences (a list each, by
            # sentence index) and verdicts (by sentence and cues)
            mode = simplify is not None
            n = len(analysis.sentences)
            self._doc_reads: list[str | None] = analysis.fact(("act_sentences", mode, lang), lambda: [None] * n)
            self._doc_preds: list[list[tuple[int, int, str]] | None] = analysis.fact(("act_predicates", mode, lang),
                                                                                  lambda: [None] * n)
            self._doc_frames: list[SentenceFrame | None] = analysis.fact(("act_frames", mode, lang),
                                                                         lambda: [None] * n)
            self._doc_verdicts: dict[tuple[int, tuple[int, ...]], bool | None] = analysis.fact(
                ("act_verdicts", mode, lang), dict)
            self._own = sents is analysis.sentences  # (the document's own sentences: index i is sentence i)

    def __contains__(self, i: int) -> bool:
        return self.verdict(i) is True

    def verdict(self, i: int) -> bool | None:
        """True: sentence ``i`` reports an act; False: muted; None: neither predicate nor act cue."""
        verdict = self.verdicts.get(i, _UNREAD)
        if verdict is not _UNREAD:
            return verdict  # type: ignore[return-value]
        analysis = self.analysis
        a, b = self.sents[i]
        if analysis is None:
            return self._read_alone(i, a, b)
        si = i if self._own else analysis.sentence_index((a, b))
        if si is None:
            return self._read_alone(i, a, b)
        s = self._doc_reads[si]
        if s is None:
            s = self._doc_reads[si] = reading(self.text[a:b], analysis.simplified(si) if self.simplify is not None
                                              else None)
        self.simple[i] = s
        sent_cues = self.by_sent.get(i, ())
        preds = self._doc_preds[si]
        if not sent_cues:
            if preds is None:
                preds = self._doc_preds[si] = predicates(s, self.lang)
            if not preds:  # nothing to frame
                self.verdicts[i] = None
                return None
        info = self._doc_frames[si]
        if info is None:
            info = self._doc_frames[si] = sentence_frame(s, lang=self.lang)
        self.frames[i] = info
        key = (si, tuple(map(id, sent_cues)))  # the verdict, kept for these very cues
        verdict = self._doc_verdicts.get(key, _UNREAD)
        if verdict is _UNREAD:
            # the cues first: one outside every frame is an act, whatever the predicates say (those
            # are then never searched for); else the predicates decide
            if sent_cues and cue_unframed(info, sent_cues, a, *_lengths(s, self.text, a, b)):
                verdict = True
                if may_announce(s, info.zh) and all(c.code != "greeting" for c in sent_cues):
                    if preds is None:  # every verb announces: the nouns are the announced event's (side_events)
                        preds = self._doc_preds[si] = predicates(s, self.lang)
                    # "X will organise a troupe …" (no day named): its event nouns are announced (a visit
                    # announced with its day is reported, as 将于5月28日访问 is)
                    verdict = not announced_only(frame_at(info, x, y) for x, y, _ in preds) and not (
                        not preds and not info.dated and future_main(s, zh=info.zh))
            else:
                if preds is None:
                    preds = self._doc_preds[si] = predicates(s, self.lang)
                verdict = any(unframed(info, x, y, "") for x, y, _ in preds)
            if verdict and (summary_sentence(self.text[a:b], s, a, zh=info.zh, before=self.text[max(0, a - 400):a])
                            or (briefing_sentence(s, zh=info.zh) and analysis.fact("briefing_page",
                                                                         lambda: briefing_page(analysis.text)))
                            or history_sentence(s, zh=info.zh, doc_year=analysis.fact("page_year", lambda: page_year(
                                analysis.text, analysis.doc.date.year if analysis.doc.date else None)))):
                verdict = False  # 去年，…签署; a retrospective list's item; what a press briefing presented (summaries)
            self._doc_verdicts[key] = verdict
        self.verdicts[i] = verdict  # type: ignore[assignment]
        return verdict  # type: ignore[return-value]

    def _read_alone(self, i: int, a: int, b: int) -> bool | None:
        """The verdict of a sentence that is not one of the document's: read here, kept by this vote."""
        s, preds = read_sentence(self.text[a:b], self.lang, self.simplify)
        self.simple[i] = s
        sent_cues = self.by_sent.get(i, ())
        if not preds and not sent_cues:
            self.verdicts[i] = None
            return None
        info = self.frames[i] = sentence_frame(s, lang=self.lang)
        verdict = sentence_verdict(info, preds, sent_cues, a, *_lengths(s, self.text, a, b))
        if verdict and (summary_sentence(self.text[a:b], s, a, zh=info.zh, before=self.text[max(0, a - 400):a])
                        or (briefing_sentence(s, zh=info.zh) and briefing_page(self.text))):
            verdict = False
        self.verdicts[i] = verdict
        return verdict


def read_sentence(raw: str, lang: str, simplify: Callable[[str], str] | str | None
                   ) -> tuple[str, list[tuple[int, int, str]]]:
    """A sentence as act detection reads it: simplified (``simplify``, or the simplified
    text itself), section labels blanked; and its act predicate spans."""
    s = reading(raw, simplify)
    return s, predicates(s, lang)


def reading(raw: str, simplify: Callable[[str], str] | str | None) -> str:
    """A sentence as act detection reads it (:func:`read_sentence`'s text)."""
    s = simplify if isinstance(simplify, str) else simplify(raw) if simplify is not None else raw
    if "【" in s or s.lstrip()[:1] in _NUMERALS:  # (only these can hold a label: skip the regex otherwise)
        s = _LABEL.sub(lambda m: " " * len(m.group()), s)
    return s


def predicates(s: str, lang: str) -> list[tuple[int, int, str]]:
    """The act predicate spans of a sentence as read (:func:`reading`)."""
    pred = ACT_ZH if lang == "zh" else ACT_EN
    return [(m.start(), m.end(), "") for m in pred.finditer(s)]


def _lengths(s: str, text: str, a: int, b: int) -> tuple[int, int]:
    """(reading's length, raw sentence's length) for mapping a cue's offsets onto the reading: the
    lengths without trailing whitespace, which the reading collapses (a headline's "…\n\n\n" read as
    one space put every cue two characters off)."""
    n_simple = len(s.rstrip())
    j = b
    while j > a and text[j - 1].isspace():
        j -= 1
    return n_simple, j - a


def cue_unframed(info: SentenceFrame, cues: Sequence[Mention], a: int, n_simple: int, n_raw: int) -> bool:
    """Whether one of ``cues`` (of the sentence starting at ``a``) stands outside every frame:
    :func:`sentence_verdict`'s test on the cue spans alone."""
    scale = n_simple / n_raw if n_raw and n_simple != n_raw else 1.0
    return any(unframed(info, int((c.start - a) * scale), int((c.end - a) * scale), c.code) for c in cues)


def sentence_verdict(info: SentenceFrame, preds: list[tuple[int, int, str]], cues: Sequence[Mention], a: int,
             n_simple: int, n_raw: int) -> bool | None:
    """True: the sentence reports an act; False: muted (all its predicates and cues framed);
    None: it has neither."""
    scale = n_simple / n_raw if n_raw and n_simple != n_raw else 1.0
    spans = preds + [(int((c.start - a) * scale), int((c.end - a) * scale), c.code) for c in cues]
    if not spans:
        return None
    if (may_announce(info.sentence, info.zh) and all(c.code != "greeting" for c in cues)
            and (announced_only(frame_at(info, x, y) for x, y, _ in preds)
                 or not preds and not info.dated and future_main(info.sentence, zh=info.zh))):
        return False  # every verb announces: the event nouns are the announced event's (side_events)
    return any(unframed(info, x, y, code) for x, y, code in spans)


def unframed(info: SentenceFrame, a: int, b: int, code: str) -> bool:
    frame = frame_at(info, a, b)
    return frame is None or (code == "greeting" and frame in ("intent", "attributive"))


def act_window_end(text: str, sents: list[tuple[int, int]], start: int, size: int, acts: set[int]) -> int:
    """End (exclusive sentence index) of the act window: ``size`` sentences from ``start``,
    not counting short fragments left by abbreviations ("U.S. Ambassador", "S. Korea")."""
    counted = 0
    for i in range(start, len(sents)):
        a, b = sents[i]
        if not abbreviation_end(text, a, b) and not (counted == 0 and _furniture(acts, i, text, a, b)) and not (
                _field_line(acts, i, text, a, b)):
            counted += 1
            if counted == size:
                return i + 1
    return len(sents)


def _furniture(reader: object, i: int, text: str, a: int, b: int) -> bool:
    """Whether sentence ``i`` is an English page's menu or heading line (:func:`.act_patterns.furniture_line_en`)
    with no event cue and no act predicate: not counted in the act window before its first counted sentence (the
    menus and share bars above a foreign outlet's report; issue 15, rpen2)."""
    return (getattr(reader, "lang", "zh") != "zh" and i not in getattr(reader, "by_sent", (i,))
            and furniture_line_en(text[a:b]) and reader.verdict(i) is None)  # type: ignore[attr-defined]


def _field_line(reader: object, i: int, text: str, a: int, b: int) -> bool:
    """Whether sentence ``i`` is a Chinese page's date, source or byline line (:func:`pipeline.pagenoise.field_line_zh`)
    with no event cue and no act predicate: not counted in the act window (headline, "2021-04-30", "来源:某报" and
    the report's first sentence would otherwise fill a window of three; fxzh, round 10)."""
    return (getattr(reader, "lang", "zh") == "zh" and i not in getattr(reader, "by_sent", (i,))
            and field_line_zh(text[a:b]) and reader.verdict(i) is None)  # type: ignore[attr-defined]


def abbreviation_end(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` ends with an abbreviation's full stop ("U.S.", "govt."), trailing
    whitespace aside: :data:`_ABBREVIATION_END` searched only where the span's last character
    other than whitespace is a full stop (every match ends with one, then ``\\s*$``; ``re``'s
    ``\\s`` is ``str.isspace``), instead of at every position of the span."""
    j = b - 1
    while j >= a and text[j].isspace():
        j -= 1
    return j >= a and text[j] == "." and _ABBREVIATION_END.search(text, a, b) is not None


def _doc_reader(analysis: Analysis, lang: str) -> SentenceActs:
    """The document's own reader of its sentences (one per document and language, kept as a fact)."""
    return analysis.fact(("muted_reader", lang), lambda: SentenceActs(
        analysis.text, analysis.sentences, analysis.cues,
        analysis.fact("cue_sentences", lambda: analysis.sentence_of(analysis.cues)), lang,
        analysis.simplify if analysis.normalizer is not None else None, analysis))


def reports_act(analysis: Analysis, lang: str, si: int) -> bool:
    """Whether the document's sentence ``si`` reports an act (verdict True), read through the
    document's own reader (:func:`muted`'s)."""
    return _doc_reader(analysis, lang).verdict(si) is True


def muted(analysis: Analysis, lang: str, si: int | None) -> bool:
    """Whether the document's sentence ``si`` holds act cues that act detection reads all as
    framed (a goal, a count, a remark: verdict False; 上半年，全省接待来访团组86批、派出出访团组43批),
    read through the per-sentence verdicts the document's vote keeps (one reader per document
    and language, each verdict when first asked). ``si`` None (a clause cut from a sentence): no."""
    if si is None:
        return False
    return _doc_reader(analysis, lang).verdict(si) is False
