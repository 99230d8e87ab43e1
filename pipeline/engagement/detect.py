"""Act detection: does a sentence report an act, or only talk about ties?

TAXONOMY §3: a text reports an engagement only when it reports an *act* — a dated or
tensed event with an actor and a counterpart (a meeting held, a visit made, a forum
opened, an agreement signed, a letter sent). Goal statements and plans (将进一步深化合作,
"will deepen cooperation"), retrospective summaries and statistics (友城增至103对, "has 47
sister provinces since 1979"), descriptions and quoted general remarks (他说，…交流合作卓有
成效) use the same vocabulary without reporting an act.

The detector works on sentences. A sentence reports an act when it holds an *act
predicate* (a verb or event noun of the kinds above, :data:`ACT_ZH` / :data:`ACT_EN`)
that no *frame* turns into something else:

* intent: 将/要/拟/计划/希望/力争/推动/进一步…, "will", "plans to", "aims to" before the
  predicate in its clause — unless the sentence dates it (将于5月28日举行 is announced);
* implementation of past acts: 落实/贯彻/执行 …协议;
* attributive use: 签署的宣言, 举办的活动 (the predicate qualifies a noun);
* retrospective or statistical sentence: 近年来, 以来, 累计, 先后, 截至, 全年, 共…批次,
  "in recent years", "since 1979", "so far", "a total of", "each year" — unless dated;
* reported speech: the sentence opens with a speaker (他说, 王宁表示, "He said") and the
  predicate follows the speech verb, or (English, undated) a person's attribution closes it
  (", the Party chief said", "according to the governor"; an institution cited as the source
  reports the act); a remark made "during a meeting with …" reports the meeting;
* English year-only or perfect tallies ("In 2023, … signed seven memoranda", "has hosted 85
  foreign delegations"), as 共接待…120批; descriptions ("is one of the most important
  events"); an event noun followed by a future clause ("the Expo, which will be held …") or
  after an expectation ("are expected to attend this week's Expo"), whatever date it names;
* English, read on fresh text (issue 15): a day named only in a closing attribution (", the
  governor told lawmakers on Monday") does not date what is said; negated or called-off acts
  ("did not visit", "the visit was postponed"); pledges and agreements to do ("pledged to open",
  "agreed to set up"), dated or not; an event noun with a future time or before a future verb
  of its clause ("the Expo in Urumqi next month", "the next round of talks … will take place");
  analysts' present-tense commentary; a subject described after its appositive.

Example:
    >>> act_sentences("广西将进一步深化与东盟的交流合作。", [(0, 17)], lang="zh")
    []
    >>> t = "4月27日，省长在南宁会见越南客人。"
    >>> act_sentences(t, [(0, len(t))], lang="zh")
    [0]
"""

from __future__ import annotations

from dataclasses import dataclass

from .en_wire import PLAN_WORDS as _PLAN_WORDS, called_off_past_commas, domestic_session_before, plan_source_en
from .side_events import announced, future_subject_en, press_event

from .act_patterns import (  # noqa: F401  (re-exported: the patterns are read as detect.X)
    ACT_ZH, ACT_EN, _INTENT_ZH, _INTENT_EN, _RETRO_ZH, _SINCE_LEAD, _RETRO_EN, _CALLED_OFF_ZH,
    _FUTURE_DATED_ZH, _SPEECH_ZH, _SPEECH_EN, _CLOSERS, _SPEECH_TAIL_EN, _SPEECH_TAIL_DATED_EN, _SOURCE_EN,
    _SPEECH_AT_EN, _DESCRIBED_EN, _YEAR_ONLY_EN, _PERFECT_EN, _OCCASION_EN, _TALLY_EN, _FUTURE_AFTER_EN,
    _PERIOD_WORDS, _EXPECTED_WORDS, _TAIL_WORDS, _has_any, _FUTURE_BEFORE_EN, _EXPECTED_EN, _NEXT_EN,
    _MODAL_AFTER_EN, _NEGATED_EN, _CALLED_OFF_EN, _NEGATION_WORDS, _PLEDGE_EN, _PLEDGE_WORDS, _AHEAD_WORDS,
    _ANALYST_WORDS, _ANALYSTS_EN, _DATED, _CLAUSE_ZH, _PAST_EN, _CLAUSE_PUNCT, _NOMINAL_AFTER,
    _IMPERATIVE_ZH, _INVITED_BY_ZH, _ANNIVERSARY, _CLAUSE_EN, _ATTRIBUTIVE_AFTER, _LIGHT_VERB, _OPENERS, _FUTURE_DATED_EN,
    _NATIONAL_SUBJECT_EN, headline_future_en, label_line_en, NATIONAL_ACTORS_EN, _PAST_CLAUSE_EN,
)
from .act_patterns import _EVENT_PREDICATE_ZH, _ANNIVERSARY_DOCUMENT  # (an event held for an anniversary, an agreement
# named by one: acts)
from .act_patterns import _DUTY_ZH, _SESSION_ZH, _SESSION_VERBS_ZH  # (a duty list; China's own congress in session)
from .central import central_sentence
from .city_pages import interview_remark, occasion_after, summary_item
from .no_act_frames import passive_meeting
from .talk_topics import talks_topic


def _punct_clause_start(sentence: str, pos: int) -> int:
    start = 0
    for m in _CLAUSE_PUNCT.finditer(sentence, 0, pos):
        start = m.end()
    return start


def _clause_start(sentence: str, pos: int, lang: str) -> int:
    """Start of the clause holding ``pos`` (an English clause may run over commas: 8 words back)."""
    pat = _CLAUSE_ZH if lang == "zh" else _CLAUSE_EN
    start = 0
    for m in pat.finditer(sentence, 0, pos):
        start = m.end()
    if lang != "zh":
        start = max(start, pos - 80)
    return start


@dataclass(frozen=True)
class SentenceFrame:
    """The frame markers of one sentence, read once (see :func:`frame_at`)."""

    zh: bool
    dated: bool
    retro: tuple[int, ...]  # start offsets of retrospective/statistical markers (none when dated)
    first_clause_end: int
    speech_end: int  # offset after "X said (that)"; -1 when the sentence does not open with a speaker
    sentence: str
    speech_tail: int = -1  # start of a trailing attribution (", the governor said."); -1 when none or dated
    expected: int = -1  # end of the first "expected to" (English); -1 when none
    described: bool = False  # (English) a subject described after its appositive (:data:`_DESCRIBED_EN`)
    negated: bool = False  # (English) a word of negation or calling off somewhere (the cheap gate of the test)
    pledge: bool = False  # (English) a word of :data:`_PLEDGE_EN` somewhere (its cheap gate)
    ahead: bool = False  # (English) a word of :data:`_NEXT_EN` or :data:`_MODAL_AFTER_EN` somewhere (their gate)
    planned: bool = False  # (English) a work report or a plan is the source: every act it lists is planned
    central: bool = False  # (Chinese) a national leader's act at a central scene (:mod:`.central`): no province's
    headline_to: int = -1  # (English) end of a headline's verbless subject before "to chair …": announced after it
    label: bool = False  # (English) a page label of at most three words ("Discovery Trips"): no act


def sentence_frame(sentence: str, *, lang: str) -> SentenceFrame:
    """Read the markers of ``sentence`` (Simplified Chinese or English)."""
    zh = lang == "zh"
    dated_at = _DATED.search(sentence)
    dated = dated_at is not None
    tail = -1
    if dated and not zh:
        # a day named only in a person's closing attribution (", the governor told lawmakers on Monday")
        # dates the remark, not what is said: the sentence reads as undated speech
        # (an office cited so, ", the foreign affairs office said on Friday", dates its statement too,
        # but reports what it says: the sentence is undated, and not speech)
        start, source = _attribution(sentence, dated=True)
        if start >= 0 and dated_at.start() >= start:  # type: ignore[union-attr]
            dated = False
            tail = -1 if source else start
    if dated:
        retro: tuple[int, ...] = ()
    elif zh:
        retro = tuple(m.start() for m in _RETRO_ZH.finditer(sentence))
    else:  # (as one alternation would: the opening "Since" first, the rest after it)
        lead = _SINCE_LEAD.match(sentence)
        retro = ((0,) if lead else ()) + tuple(m.start() for m in _RETRO_EN.finditer(sentence, lead.end() if lead else 0))
        if "past," in sentence or "years," in sentence:  # "…, in the past, like accords …": the next clause too
            retro += tuple(m.end() for m in _PAST_CLAUSE_EN.finditer(sentence))
        low = sentence.lower()
        period = ((_YEAR_ONLY_EN.search(sentence) if _has_any(low, _PERIOD_WORDS) else None)
                  or (_PERFECT_EN.search(sentence) if " ha" in low else None))  # (cheap gates first)
        tally = _TALLY_EN.search(sentence) if period is not None and not _OCCASION_EN.search(sentence) else None
        if tally is not None:  # a year-only tally: a count over a period (as 2023年…共接待…120批)
            retro = tuple(sorted(set(retro) | {period.start(), tally.start()}))  # type: ignore[union-attr]
    if zh and _CALLED_OFF_ZH.search(sentence):
        retro = (0,)  # called off, postponed or denied: every predicate of the sentence is blocked
    first = (_CLAUSE_ZH if zh else _CLAUSE_PUNCT).search(sentence)
    stripped = sentence.lstrip(_OPENERS)
    speech = (_SPEECH_ZH if zh else _SPEECH_EN).match(stripped)
    speech_end = speech.end() + len(sentence) - len(stripped) if speech else -1
    expected = -1
    if not zh:
        low = sentence.lower()  # (the word gates only: offsets are read on the sentence)
        exp = _EXPECTED_EN.search(sentence) if _has_any(low, _EXPECTED_WORDS) else None
        expected = exp.end() if exp else -1
        tail = -1 if dated else tail if tail >= 0 else _speech_tail(sentence)
        if tail < 0 and not dated and _has_any(low, _ANALYST_WORDS) and _ANALYSTS_EN.search(sentence):
            tail = 0  # the whole sentence is what analysts say
        if speech_end >= 0 and (speech_end > tail >= 0 or not sentence[speech_end:].strip(_CLOSERS)):
            speech_end = -1  # the speech verb is a closing attribution's ("…, she added."), not an opening one's
        if speech_end >= 0:  # "said during a meeting with …": the meeting is reported, the speech follows it
            at = _SPEECH_AT_EN.match(sentence, speech_end)
            speech_end = at.end() if at else speech_end
    described = not zh and not dated and ", " in sentence and _DESCRIBED_EN.search(sentence) is not None
    low = "" if zh else sentence.lower()
    negated, pledge, ahead = (_has_any(low, words) for words in (_NEGATION_WORDS, _PLEDGE_WORDS, _AHEAD_WORDS))
    planned = not zh and _has_any(low, _PLAN_WORDS) and plan_source_en(sentence)
    central = zh and central_sentence(sentence)
    headline_to = -1 if zh or " to " not in low else headline_future_en(sentence)
    label = not zh and len(sentence) < 60 and label_line_en(sentence)
    return SentenceFrame(zh, dated, retro, first.start() if first else len(sentence), speech_end, sentence, tail,
                         expected, described, negated, pledge, ahead, planned, central, headline_to, label)


def _speech_tail(sentence: str) -> int:
    """Start of a person's closing attribution (", the Party chief said.", ", said Li Ming, the
    Party secretary."): read after the last two commas only; -1 when none (or a source cited)."""
    start, source = _attribution(sentence)
    return -1 if source else start


def _attribution(sentence: str, *, dated: bool = False) -> tuple[int, bool]:
    """Start of a closing attribution (-1 when none) and whether it cites a source (an office,
    a newspaper) rather than a person. ``dated``: only one that names the day of the remark
    (", the governor told lawmakers on Monday", ", the office said on Friday")."""
    end = len(sentence)
    for _ in range(2):
        comma = sentence.rfind(",", 0, end)
        if comma < 0:
            return -1, False
        if _has_any(sentence[comma:].lower(), _TAIL_WORDS):
            m = (_SPEECH_TAIL_DATED_EN if dated else _SPEECH_TAIL_EN).match(sentence, comma)
            if m is not None:
                return m.start(), _SOURCE_EN.search(m.group("who") if dated else m.group()) is not None
        end = comma
    return -1, False


def frame_at(info: SentenceFrame, a: int, b: int) -> str | None:
    """The frame that blocks a predicate or cue at ``[a, b)`` of the sentence, or None (an act)."""
    s = info.sentence
    if info.label:
        return "label"  # (English) "Discovery Trips": a page's heading, not an act
    if info.speech_end >= 0 and a >= info.speech_end and (info.zh or not _PAST_EN.fullmatch(s[a:b])
                                                          or _NATIONAL_SUBJECT_EN.search(s, info.speech_end, a)):
        # an English speaker reporting a past act ("said … co-hosted a mission") reports it, unless its subject is
        # China's national leadership ("noted that President Xi went to Brazil …"): the remark's background
        return "speech"
    if info.speech_tail >= 0 and not any(m.start() <= a and b <= m.end() and m.end() <= info.speech_tail
                                         for m in _SPEECH_AT_EN.finditer(s, 0, info.speech_tail)):
        # "…opened six routes, the Party chief said." (and the attribution's own verb); but the circumstance
        # of the remark ("X, in a meeting with the visiting king, said …") reports the meeting
        return "speech"
    if info.planned:
        return "intent"  # "…, according to the provincial government work report": what a plan lists
    if info.central:
        return "central"  # 国家主席习近平在人民大会堂会见…: the centre's act, no province's
    if info.zh and s[a:b] == "邀请" and _INVITED_BY_ZH.search(s, 0, a):
        return "attributive"  # 应外交部长王毅邀请，…将访华: the visit's circumstance, no invitation made here
    if not info.zh and NATIONAL_ACTORS_EN.match(s) and _CLAUSE_PUNCT.search(s, 0, a) is None:
        return "national"  # (English) "The two presidents agreed last spring …": the countries' act, not the province's
    if 0 <= info.headline_to <= a:
        return "intent"  # (English) "Wang to chair ministers' meeting in Xiamen": a headline's announcement
    if not info.zh and domestic_session_before(s, a):
        return "domestic"  # "as the region's annual legislative session opened": a session of China's own bodies
    if info.zh and s[a:b] in _SESSION_VERBS_ZH and _SESSION_ZH.search(s, _clause_start(s, a, "zh"), a):
        return "domestic"  # 区人民代表大会第二次会议在区会堂开幕: China's own congress in session
    if info.zh and _DUTY_ZH.match(s, _clause_start(s, a, "zh")):
        return "intent"  # 负责来访外宾的接待工作, 审核各区县对外结好事宜: an office's duty list
    if press_event(s, a, b, zh=info.zh):
        return "domestic"  # 召开新闻发布会, "a press conference held Friday": China's own briefing (side_events)
    if announced(s, a, b, zh=info.zh):
        return "intent"  # "…, hosted by the province, will be held", "confirmed their participation in": to come
    lang = "zh" if info.zh else "en"
    if not info.zh and (_FUTURE_AFTER_EN.match(s, b) or _FUTURE_BEFORE_EN.search(s, max(a - 50, 0), a) or (
            0 <= info.expected <= a and _EXPECTED_EN.search(s, _clause_start(s, a, lang), a))):
        return "intent"  # "the Expo, which will be held …", "are expected to attend this week's Expo"
    if not info.zh and b <= info.expected:  # the subject of an expectation ("Exhibitors … are expected at …")
        m = _EXPECTED_EN.search(s, b)
        if m is not None and not _CLAUSE_EN.search(s, b, m.start()):
            return "intent"
    if info.negated and _negated(s, a, b):
        return "intent"  # "did not meet", "the visit was postponed": not done
    if info.zh and _NOMINAL_AFTER.match(s, b):
        return "nominal"
    if info.zh and occasion_after(s, b):
        return "nominal"  # 二十大召开之年, 建交之际: a time named by another event (city_pages)
    if info.zh and talks_topic(s, a, b):
        return "topic"  # 两市就建立友城关系展开探讨: what the talks were about (talk_topics)
    if info.retro:
        c0 = _clause_start(s, a, "zh") if info.zh else _punct_clause_start(s, a)
        nxt = (_CLAUSE_ZH if info.zh else _CLAUSE_PUNCT).search(s, b)
        c1 = nxt.start() if nxt else len(s)
        if any(r < info.first_clause_end or c0 <= r < c1 for r in info.retro):
            return "retrospective"
    if info.described:
        return "retrospective"  # "The … fair, first held in 1990, is one of the oldest …": a description
    anniversary = _ANNIVERSARY.match(s, b)
    if (anniversary and not (info.zh and _EVENT_PREDICATE_ZH.fullmatch(s, a, b))
            and not _ANNIVERSARY_DOCUMENT.match(s, anniversary.end())):
        return "retrospective"
    if info.pledge and _PLEDGE_EN.search(s, _clause_start(s, a, "en"), a):
        return "intent"  # "the work report released on January 20 pledged to open five routes": whatever the date
    if info.zh and interview_remark(s, a):
        return "speech"  # …在做客某网时表示，合作取得成果: an interview's remark, dated or not (city_pages)
    if info.dated:
        fut = _FUTURE_DATED_ZH.search(s, _clause_start(s, a, "zh"), b) if info.zh else None
        if fut is not None and fut.start() < a:  # (searched up to the predicate's end: 将(?=访华) sees it)
            return "intent"  # 将于5月28日访问…: a dated announcement of a future act
        if not info.zh and (_FUTURE_DATED_EN.search(s, max(a - 40, 0), a) or future_subject_en(s, b)):
            return "intent"  # "will lead a delegation to Hungary on Monday", "the fair will open on May 20"
        return None
    if info.zh and summary_item(s):
        return "retrospective"  # 二是举办了友城论坛: an undated item of a work summary (city_pages)
    if info.ahead and not _PAST_EN.match(s, a):
        nxt = _CLAUSE_PUNCT.search(s, b)
        end = nxt.start() if nxt else len(s)
        if _NEXT_EN.search(s, b, end) or _MODAL_AFTER_EN.search(s, b, end):
            return "intent"  # "the Expo in Urumqi next month", "the agreement … would be Qingdao's 30th"
    if (_INTENT_ZH if info.zh else _INTENT_EN).search(s, _clause_start(s, a, lang), a):
        return "intent"
    if info.zh and _IMPERATIVE_ZH.match(s):
        return "intent"
    if info.zh and _ATTRIBUTIVE_AFTER.match(s, b):
        return "attributive"
    if (info.zh and s[max(a - 1, 0):a] == "的" and not _LIGHT_VERB.search(s, _clause_start(s, a, lang), a)
            and not passive_meeting(s, a)):  # (受到省长的会见: a meeting in the passive, no_act_frames)
        return "attributive"  # 签署的宣言; but 进行为期四天的访问 (a light verb + its object) is an act
    return None


def _negated(s: str, a: int, b: int) -> bool:
    """Whether the English predicate or cue at ``[a, b)`` is negated in its clause ("have yet to sign") or
    called off after it ("the planned visit … was postponed")."""
    if _NEGATED_EN.search(s, _clause_start(s, a, "en"), a):
        return True
    nxt = _CLAUSE_PUNCT.search(s, b)
    if _CALLED_OFF_EN.search(s, b, nxt.start() if nxt else len(s)) is not None:
        return True
    # … or past an appositive ("a trip by the Party secretary to Honiara, planned for March, has been cancelled"):
    # the called-off verb's subject is still this act when no other clause or act stands between them
    return nxt is not None and s[nxt.start()] == "," and called_off_past_commas(s, nxt.start())


def predicate_frames(sentence: str, *, lang: str) -> list[tuple[int, int, str | None]]:
    """Every act predicate of ``sentence`` with the frame that blocks it (``None``: an act).

    Returns ``(start, end, frame)`` triples; frames are ``intent``, ``attributive``,
    ``retrospective``, ``speech``, ``nominal`` (承办机构), ``domestic`` (English: a legislature's or Party
    congress's own session opening) and ``central`` (Chinese: a national leader's act at a central scene).
    """
    info = sentence_frame(sentence, lang=lang)
    return [(m.start(), m.end(), frame_at(info, m.start(), m.end()))
            for m in (ACT_ZH if info.zh else ACT_EN).finditer(sentence)]


def act_sentences(text: str, sents: list[tuple[int, int]], *, lang: str) -> list[int]:
    """Indexes of the sentences in ``sents`` that report an act (at least one unblocked predicate)."""
    out = []
    for i, (a, b) in enumerate(sents):
        if any(frame is None for _, _, frame in predicate_frames(text[a:b], lang=lang)):
            out.append(i)
    return out
