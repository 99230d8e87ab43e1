"""The engagement policy: rule scores, act detection, precedence and the model blend, in one place.

One pure function decides the engagement category of a text (a whole document, or the
sentences of one engagement): :func:`decide_engagement`. It

1. asks whether the text reports an act (:mod:`pipeline.engagement.reading` over the frames of
   :mod:`pipeline.engagement.detect`); without one the answer is ``null`` (TAXONOMY §3: goals, plans, statistics, retrospective
   summaries, geography and quoted remarks report no engagement; weak cues such as 合作, 人文交流 or "cooperation" alone never make one);
2. scores the categories from the cue votes of the sentences that are not framed as intent, retrospect or speech, the first act sentence weighing most (rule 1);
3. blends the rule shares with the classifier's probabilities (``w * p_model + (1 - w) * share_rules``; ``w`` is stored in the model's ``meta.json``);
4. applies the precedence rules of TAXONOMY §3 to the winner: a signed agreement
   outranks the trip or meeting it was signed on (rule 4); a meeting reported as the main act outranks
   the delegation, tour or forum of its counterpart (rules 2 and 8); a multilateral meeting needs several countries (rule 7).

Example:
    >>> from pipeline.schemas import new_mention
    >>> t = "省长在昆明会见越南代表团。"
    >>> cues = [new_mention(5, 7, "会见", "cue", "high_level_meeting", "c1", weight=2.0),
    ...         new_mention(9, 12, "代表团", "cue", "delegation_visit", "c2", weight=1.0)]
    >>> decide_engagement(t, [(0, len(t))], cues, lang="zh", partners=1).label
    'high_level_meeting'
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Mapping, Sequence

from ..schemas import ENGAGEMENT_CATEGORIES, EngagementDetail, Mention
from ._build import fast
from .categories import FOREIGN_GUESTS, CueWindows, event_precedence, foreign_marker, mute_planned, mute_topics, one_field
from .event_fields import agreement_fields, general_agreement
from .foreign_talks import foreign_body, foreign_talks
from .late_acts import late_signings
from .lead import Deferred, LeadFacts, meeting_in
from .reading import SentenceActs, act_window_end, content_start, sentence_indexes
from .visits_en import central_lead_en, tour_sentences
from .signing import signed as _signed, signing_clauses as _signing_clauses

if TYPE_CHECKING:
    from ..analysis import Analysis

NULL = "null"
LABELS: tuple[str, ...] = ENGAGEMENT_CATEGORIES + (NULL,)
SPECIFIC = ("educational_exchange", "cultural_exchange", "sports_exchange", "training")

@dataclass(frozen=True)
class RuleParams:
    """Weights of the rule-based engagement vote.

    ``head_weight``, ``decay`` and ``foreign_domestic_factor`` were chosen on the dev and
    train splits (never test) by the grid search in ``bench/tune_rules.py``. The first
    act sentence (headline or lead) dominates, per TAXONOMY §3 rule 1; later ones decay.
    ``require_act`` turns act detection on (TAXONOMY §3 ``null``); ``precedence`` the
    rules applied to the winner; ``act_window``: the act must be reported within this many
    sentences from the lead (after datelines and site names): a passage that reaches an act
    only after several sentences of goals or analysis reports it as an example.
    """

    head_weight: float = 6.0
    decay: float = 1.0
    foreign_domestic_factor: float = 0.5
    specific_agreements: bool = True
    require_act: bool = True
    precedence: bool = True
    act_window: int = 3

    def position_weight(self, si: int) -> float:
        return self.head_weight if si == 0 else 1.0 / (1.0 + self.decay * max(si - 1, 0))


DEFAULT_RULES = RuleParams()


@dataclass
class RuleVote:
    """What the rules found in a text: the category scores and the facts precedence reads.

    Attributes:
        scores: category -> score from the cue votes (empty: no engagement).
        act: whether the text reports an act (``None``: act detection was off).
        lead: index of the lead sentence (the first act sentence; else the first content one).
        meeting_first: the lead's main act is a meeting (rules 2 and 8).
        signing: an act sentence reports an agreement signed or ties established (rule 4).
        signed_about: the education/culture/sport/training categories cued in their signing clauses
            with a weight of 2 or more (a strong cue or two typical ones).
        general_agreement: a signing clause names an agreement on a field and another sector
            together (旅游和农业合作备忘录): rule 4 makes the act ``cooperation_project``.
        meeting_guest: the lead meets guests of a meeting or forum (会见出席…会议的…): rule 2.
        meeting_reported: an early act sentence reports a meeting and the lead is not an
            outbound trip (率团, 出访, "led a delegation"): rule 8.
        partners: how many partner countries the text engages (rule 7).
        regions: how many regions or blocs it names.
        head_event: the category of the lead's first event noun (篮球赛, 研修班, 外长会):
            the specific event decides over generic labels (:mod:`.categories`).
        trip_first: the lead's first main act is a delegation's trip (rule 3).
        foreign: the text names a foreign party in words (外国, 驻华使节, "foreign"):
            without it, a partner or a region, a meeting or visit is domestic (rule 5).
        group_meeting: several countries are the subject of the lead's meeting (rule 7).
        central: (English) the lead's subject is China's national leadership ("Xi meets …") and it names no
            foreign party in words: with no partner or region either, no province's engagement at all.
    """

    scores: dict[str, float] = field(default_factory=dict)
    act: bool | None = None
    lead: int = 0
    meeting_first: bool = False
    signing: bool = False
    signed_about: list[str] = field(default_factory=list)
    general_agreement: bool = False
    meeting_reported: bool = False
    meeting_guest: bool = False
    partners: int = 0
    regions: int = 0
    head_event: str | None = None
    trip_first: bool = False
    trip_attends: bool = False
    sar_party: bool = False
    foreign: bool = True
    group_meeting: bool = False
    central: bool = False


def rule_vote(text: str, sents: list[tuple[int, int]], cues: list[Mention], *, lang: str = "zh",
              partners: int = 0, regions: int = 0, params: RuleParams = DEFAULT_RULES,
              sentence_of_cue: list[int] | None = None, simplify: Callable[[str], str] | None = None,
              analysis: Analysis | None = None, all_facts: bool = True) -> RuleVote:
    """The rule vote on ``text`` split into ``sents`` with cue mentions ``cues`` (text order).

    Sentences that speak of acts only as goals, statistics or remarks do not vote
    (:func:`act_sentences_of_vote`); ``simplify`` maps a sentence to the lower-case Simplified form
    the act patterns are written for (the lexicon's normaliser). Without act detection
    (``params.require_act`` false) the vote is the historical one: every sentence votes,
    the lead must hold a cue. ``analysis``: the document's analysis, whose per-sentence
    act facts are read (and kept) instead of computed again (see :func:`act_sentences_of_vote`),
    and whether a sentence reports a signing is read once per document. ``all_facts`` off
    (an engagement's vote, which only its decision reads): the lead's facts, rule 8's meeting
    and the foreign marker are read when first asked (:class:`_DeferredVote`).
    """
    sents = sents or [(0, len(text))]
    if sentence_of_cue is None:
        if analysis is not None and cues is analysis.cues and sents is analysis.sentences:
            sentence_of_cue = analysis.fact("cue_sentences", lambda: analysis.sentence_of(analysis.cues))
        else:
            sentence_of_cue = sentence_indexes(cues, [a for a, _ in sents])
    cue_sents = set(sentence_of_cue)
    vote = (RuleVote if all_facts else _DeferredVote)(partners=partners, regions=regions)
    start = content_start(text, sents, cue_sents)
    muted: set[int] = set()
    signed_clause: dict[str, float] = defaultdict(float)  # SPECIFIC cue weight in the signing clauses
    if params.require_act:
        # sentences are read for acts only where the vote looks: the act window (which
        # counts an abbreviation's fragment only when it reports an act) and the sentences
        # whose cues vote (a muted one's do not)
        reader = SentenceActs(text, sents, cues, sentence_of_cue, lang, simplify, analysis)
        window = act_window_end(text, sents, start, params.act_window, reader)  # type: ignore[arg-type]
        verdict = reader.verdict
        acts = [i for i in range(window) if verdict(i) is True]
        vote.act = bool(acts)
        if not acts:  # (no vote: the cue sentences need no reading)
            return vote
        muted = {si for si in cue_sents if si >= start and verdict(si) is False}
        simple = reader.simple
        lead = start if start in acts else acts[0]
        vote.lead = lead
        # (the foreign words alone: English is read as foreign by default, which a national leader's lead is not)
        vote.central = lang != "zh" and central_lead_en(simple[lead]) and not foreign_marker(simple[lead], "zh")
        # the facts of the lead sentence alone: read once per document and lead (the document's
        # decision and an engagement's often share their lead), each when first asked
        leads: dict[str, LeadFacts] = analysis.fact(("lead_facts", lang), dict) if analysis is not None else {}
        facts = leads.get(simple[lead])
        if facts is None:
            facts = leads[simple[lead]] = LeadFacts(simple[lead], lang)
        first = acts[:4]
        # rule 8 reads the meeting in the first act sentences; an English report names the visit in its headline and
        # first sentence and the leader's meeting in the next ("A delegation … visited Dalian on May 21. Tan Zuojun …
        # met with the delegation"): the two sentences past the act window are read too (issue 15, rpwire)
        tour = first + tour_sentences(reader, window, len(sents), lead=lead) if facts.inbound else first
        if all_facts:
            vote.meeting_first, vote.meeting_guest = facts.meeting_first, facts.meeting_guest
            vote.head_event, vote.trip_first, vote.trip_attends = facts.head_event, facts.trip_first, facts.trip_attends
            vote.group_meeting, vote.sar_party = facts.group_meeting, facts.sar_party
            vote.foreign = foreign_marker(read := " ".join(simple.values()), lang) or foreign_body(read, analysis)
            vote.meeting_reported = facts.inbound and any(meeting_in(simple[i], lang) for i in tour)
        else:  # an engagement's vote: precedence reads these facts for few labels; read them then
            _defer(vote, facts, [simple[i] for i in tour], list(simple.values()), lang, analysis)
        # whether a sentence reports a signing: a function of its reading (the frame is that
        # reading's), kept per document and reading
        signs: dict[str, bool] = analysis.fact(("signed", lang), dict) if analysis is not None else {}
        signed = []
        for i in first:
            got = signs.get(simple[i])
            if got is None:
                got = signs[simple[i]] = _signed(simple[i], lang, reader.frames.get(i))
            if got:
                signed.append(i)
        # a signing reported later, tied to this occasion (会见后，两省签署…; "… signed on this occasion"): rule 4
        signed += late_signings(cues, sentence_of_cue, first[-1], reader,
                                lambda i: _signed(simple[i], lang, reader.frames.get(i)))
        vote.signing = bool(signed)
        if signed:  # (without a signing sentence no cue is about its agreement)
            clauses = {i: _signing_clauses(simple[i], lang, reader.frames.get(i)) for i in signed}
            for c, si in zip(cues, sentence_of_cue):
                if si in signed and c.code in SPECIFIC and (c.weight or 1.0) >= 1.0:
                    a, b = sents[si]
                    if len(simple[si]) != b - a or any(x <= c.start - a < y for x, y in clauses[si]):
                        signed_clause[c.code] += c.weight or 1.0
            # the agreement is specifically about education, culture, sport or training (rule 4) when such cues weigh as
            # much as a strong cue in the signing clauses (not the next clause's …推介活动) or its name says so (文化…意向书)
            for f in {f for i in signed for a_, b_ in clauses[i] for f in agreement_fields(simple[i][a_:b_])}:
                signed_clause[f] += 2.0
            vote.signed_about = [k for k in one_field(sorted(k for k, v in signed_clause.items() if v >= 1.0))
                                 if signed_clause[k] >= 2.0]
            # an agreement on a field and another sector together (旅游和农业合作备忘录): a general one
            vote.general_agreement = not vote.signed_about and any(
                general_agreement(simple[i][a_:b_]) for i in signed for a_, b_ in clauses[i])
    else:
        vote.lead = start
    scores: dict[str, float] = defaultdict(float)
    in_lead: set[str] = set()
    lead_weight: dict[str, float] = defaultdict(float)  # raw cue weight per category in the lead
    weights: dict[int, float] = {}
    for c, si in zip(cues, sentence_of_cue):
        if si in muted or si < start:
            continue
        pos = si - vote.lead if si > vote.lead else 0
        w = weights.get(pos)
        if w is None:
            w = weights[pos] = params.position_weight(pos)
        scores[c.code] += (c.weight or 1.0) * w
        if pos == 0:
            in_lead.add(c.code)
            if (c.weight or 1.0) >= 1.0:
                lead_weight[c.code] += c.weight or 1.0
    if not in_lead and not params.require_act:
        return vote
    if not scores:
        return vote
    if partners:
        scores["domestic_coordination"] *= params.foreign_domestic_factor  # rule 5
    elif vote.act and len(scores) > 1 and FOREIGN_GUESTS.search(simple[vote.lead]) is not None:
        scores["domestic_coordination"] = 0.0  # rule 5: foreign diplomats' research trip is their tour, not 调研
    if vote.act and scores.get("domestic_coordination") and foreign_talks(simple[vote.lead], analysis, partners):
        scores["high_level_meeting"] += scores.pop("domestic_coordination")  # rule 2: 座谈 with the ADB, 与美国某市举行工作会议
    top = max(scores, key=scores.__getitem__)
    specific = one_field([c for c in SPECIFIC if lead_weight.get(c, 0.0) >= 1.0])  # typical or strong, not 友好交流
    if vote.signing:  # what was signed is read in the signing clauses, not in the lead's other acts (…推介活动)
        specific = one_field([c for c in SPECIFIC if signed_clause.get(c, 0.0) >= 1.0])
    if params.specific_agreements and top == "cooperation_project" and specific:
        best = max(specific, key=scores.__getitem__)  # rule 4: an agreement about education … takes that category
        scores[best] = scores[top] * 1.01
    vote.scores = {k: v for k, v in scores.items() if v > 0}
    return vote


class _DeferredVote(RuleVote):
    """An engagement's vote (:func:`categorize`): its lead's facts, rule 8's meeting and the foreign marker, read
    when precedence first asks (the values :func:`rule_vote` reads eagerly; a meeting never needs the head event)."""

    meeting_first = Deferred(lambda v: v._lead.meeting_first)
    meeting_guest = Deferred(lambda v: v._lead.meeting_guest)
    head_event = Deferred(lambda v: v._lead.head_event)
    trip_first = Deferred(lambda v: v._lead.trip_first)
    trip_attends = Deferred(lambda v: v._lead.trip_attends)
    sar_party = Deferred(lambda v: v._lead.sar_party)
    meeting_reported = Deferred(lambda v: v._lead.inbound and any(meeting_in(s, v._lang) for s in v._first))
    foreign = Deferred(lambda v: foreign_marker(read := " ".join(v._read), v._lang) or foreign_body(read, v._analysis))
    group_meeting = Deferred(lambda v: v._lead.group_meeting)


_DEFERRED = ("meeting_first", "meeting_guest", "head_event", "trip_first", "trip_attends", "meeting_reported",
             "foreign", "group_meeting", "sar_party")


def _defer(vote: RuleVote, lead: LeadFacts, first: list[str], read: list[str], lang: str, analysis: Analysis | None) -> None:
    """Make ``vote`` (built as a :class:`_DeferredVote`) read its deferred facts when asked:
    from ``lead``, the first act sentences ``first`` and every sentence the vote read."""
    d = vote.__dict__
    for name in _DEFERRED:
        del d[name]  # (the defaults __init__ set: the descriptors answer now)
    d["_lead"], d["_first"], d["_read"], d["_lang"], d["_analysis"] = lead, first, read, lang, analysis


def rule_shares(scores: Mapping[str, float]) -> dict[str, float]:
    """Each category's share of the rule vote; ``{"null": 1.0}`` when no cue voted."""
    total = sum(v for v in scores.values() if v > 0)
    if total <= 0:
        return {NULL: 1.0}
    return {k: v / total for k, v in scores.items() if v > 0}


def precedence(label: str | None, vote: RuleVote, shares: Mapping[str, float]) -> tuple[str | None, str | None]:
    """TAXONOMY §3 precedence applied to a winning ``label``: ``(label, rule applied or None)``."""
    if label is None:
        return None, None
    if vote.central and vote.partners == vote.regions == 0:
        return None, "central_leaders_domestic"  # "Xi meets outstanding county Party secretaries": no engagement
    if vote.signing and label in ("high_level_meeting", "delegation_visit", "forum_expo", "multilateral_meeting"):
        if vote.signed_about:
            return max(vote.signed_about, key=lambda c: shares.get(c, 0.0)), "rule4_specific_agreement"
        return "cooperation_project", "rule4_signing"
    if vote.signing and label == "cooperation_project" and vote.signed_about:
        return max(vote.signed_about, key=lambda c: shares.get(c, 0.0)), "rule4_specific_agreement"
    if vote.signing and label in SPECIFIC and vote.general_agreement:  # its field's word names a general agreement's
        return "cooperation_project", "rule4_general_agreement"  # content (signed an MOU on tourism and agriculture)
    # (each label test before the fact it guards: an engagement's vote reads its facts when asked)
    if ((label in ("delegation_visit", "forum_expo", "multilateral_meeting") or label in SPECIFIC and vote.meeting_guest)
            and vote.meeting_first and (label != "multilateral_meeting" or vote.meeting_guest)):  # (pcat: 会见出席亚运会的…)
        return _meeting(vote, "rule2_meeting")
    if label in ("delegation_visit", "educational_exchange", "cultural_exchange", "forum_expo", "training") and vote.meeting_reported:
        return _meeting(vote, "rule8_tour_with_meeting")
    if label == "high_level_meeting" and vote.partners != 1 and vote.group_meeting:
        return "multilateral_meeting", "rule7_several_countries"
    label, rule = event_precedence(label, vote)
    if label == "multilateral_meeting" and vote.partners == 1 and vote.regions == 0:
        return "high_level_meeting", "rule7_one_country"
    if label == "greeting" and vote.partners == 0 and vote.regions == 0:
        return None, "greeting_without_foreign_party"
    return label, rule


def _meeting(vote: RuleVote, rule: str) -> tuple[str, str]:
    """A meeting by rule 2 or 8, unless no foreign party is engaged (rule 5: a Hong Kong or another province's
    delegation met is ``domestic_coordination``, as a meeting the vote itself named would be)."""
    if vote.partners == vote.regions == 0 and not vote.foreign:
        return "domestic_coordination", "rule5_no_foreign_party"
    return "high_level_meeting", rule


def blend(vote: RuleVote, probs: Mapping[str, float] | None, weight: float, *,
          cues: list[str] | None = None, params: RuleParams = DEFAULT_RULES) -> EngagementDetail:
    """The decision from a rule vote and (optionally) classifier probabilities.

    No act → ``null``. Otherwise ``w * p_model + (1 - w) * share_rules`` over the labels
    (rules alone when ``probs`` is None or ``weight`` is 0), then :func:`precedence`.
    """
    cues = cues or []
    model_top = None
    if probs:
        top_p = max(probs, key=probs.__getitem__)
        model_top = None if top_p == NULL else top_p
    shares = rule_shares(vote.scores)
    rules_top = max(shares, key=shares.__getitem__)
    rules_label = None if rules_top == NULL else rules_top
    if vote.act is False:
        return _detail(probs, {"label": None, "score": 1.0, "source": "rules", "cues": cues, "rules_label": None,
                               "model_label": model_top, "act": False})
    if probs is None or weight <= 0:
        mixed = {k: v for k, v in shares.items() if k != NULL}
        source = "rules"
    elif weight >= 1.0 or (vote.act and not vote.scores):
        mixed = {lab: probs.get(lab, 0.0) for lab in LABELS}  # an act without a category cue: the model names it
        source = "model"
    else:
        mixed = {lab: weight * probs.get(lab, 0.0) + (1 - weight) * shares.get(lab, 0.0) for lab in LABELS}
        source = "combined"
    # ties: rules alone break them by label, descending (as the rule vote always has); a blend by label order
    ranked = sorted(mixed.items(), key=(lambda kv: (kv[1], kv[0])) if source == "rules" else (lambda kv: kv[1]),
                    reverse=True)
    if not ranked or ranked[0][1] <= 0:
        return _detail(probs, {"label": None, "score": 0.0, "source": source, "cues": cues,
                               "rules_label": rules_label, "model_label": model_top, "act": vote.act})
    total = sum(v for _, v in ranked) if source == "rules" else 1.0
    (top, top_v) = ranked[0]
    ru, ru_v = ranked[1] if len(ranked) > 1 else (None, 0.0)
    label = None if top == NULL else top
    rule = None
    if params.precedence:
        label, rule = precedence(label, vote, shares)
    return _detail(probs, {
        "label": label, "score": round(top_v / total, 4), "source": source,
        "runner_up": None if ru in (None, NULL) else ru, "runner_up_score": round(ru_v / total, 4), "cues": cues,
        "rules_label": rules_label, "model_label": model_top, "act": vote.act, "precedence": rule,
    })


_DETAIL_DEFAULTS = {"label": None, "score": 0.0, "source": "rules", "runner_up": None, "runner_up_score": 0.0,
                    "cues": None, "rules_label": None, "model_label": None, "act": None, "precedence": None}  # field order


def _detail(probs: Mapping[str, float] | None, given: dict) -> EngagementDetail:
    """``EngagementDetail(**given)``: without validation on the rules-only path, whose values are
    the vote's own (Python floats, category names, a fresh list of cue entries; the same
    fields set, the fields in their order: the JSON row follows it), validated where a
    model's probabilities (NumPy numbers) flow in."""
    if probs is not None:
        return EngagementDetail(**given)
    values = {k: given.get(k, v) for k, v in _DETAIL_DEFAULTS.items()}
    values["cues"] = list(given.get("cues") or ())  # (validation copies the list too)
    return fast(EngagementDetail, values, given)


def decide_engagement(text: str, sents: list[tuple[int, int]], cues: list[Mention], *, lang: str = "zh",
                      partners: int = 0, regions: int = 0, probs: Mapping[str, float] | None = None,
                      weight: float = 0.0, params: RuleParams = DEFAULT_RULES,
                      simplify: Callable[[str], str] | None = None,
                      analysis: Analysis | None = None, all_facts: bool = False) -> EngagementDetail:
    """The engagement category of ``text`` (a document or one engagement's sentences).

    Args:
        text: the text the offsets of ``sents`` and ``cues`` refer to.
        sents: sentence spans to read (e.g. :func:`pipeline.text.sentences`, or a subset).
        cues: cue mentions (``label == "cue"``, ``code`` = category, ``weight``) in text order.
        lang: ``zh`` or ``en`` (the act predicates and frames differ).
        partners: how many foreign partner countries the act engages (rules 5 and 7).
        regions: how many regions or blocs it names (rule 7).
        probs: classifier probabilities per label (``null`` included), or None for rules only.
        weight: the model's share ``w`` in the blend.
        params: rule weights and switches.
        simplify: maps a sentence to lower-case Simplified Chinese (the lexicon's normaliser,
            ``lambda s: lexicon.normalize(s).text``); None reads sentences as they are.
        analysis: the document's :class:`~pipeline.analysis.Analysis` when ``text`` is its
            text: each sentence's act facts are then read once per document.
        all_facts: read every fact of the vote eagerly. Off by default: only the decision
            leaves this function, so the facts precedence asks for are read when it asks
            (:class:`_DeferredVote`; the document's decision and an engagement's alike); the
            same decision (``tests/test_analysis.py``).

    Returns:
        An :class:`~pipeline.schemas.EngagementDetail`; ``label`` None means no engagement.
    """
    windows = (analysis.fact("cue_windows", lambda: CueWindows(text))  # read once per document
               if cues and analysis is not None and text is analysis.text else None)
    cues = mute_planned(text, mute_topics(text, cues, windows), windows)
    vote = rule_vote(text, sents, cues, lang=lang, partners=partners, regions=regions, params=params,
                     simplify=simplify, analysis=analysis, all_facts=all_facts)
    return blend(vote, probs, weight, cues=sorted({c.entry for c in cues}), params=params)


def categorize(text: str, sents: list[tuple[int, int]], cues: Sequence[Mention], *, lang: str = "zh",
               partners: int = 0, regions: int = 0, model_probs: Mapping[str, float] | None = None,
               model_weight: float = 0.0, simplify: Callable[[str], str] | None = None,
               analysis: Analysis | None = None) -> EngagementDetail:
    """The category of one engagement, decided on its own sentences by the same policy as a
    document's (:func:`decide_engagement`): the engagement layer's one entry point here.

    ``label`` None means the policy finds no act in those sentences (a goal, a statistic, a
    remark): the engagement layer then drops the segment.

    Example:
        >>> from pipeline.schemas import new_mention
        >>> t = "4月27日，省长在南宁会见越南客人。"
        >>> cue = new_mention(12, 14, "会见", "cue", "high_level_meeting", "cue.x", weight=2.0)
        >>> categorize(t, [(0, len(t))], [cue], partners=1).label
        'high_level_meeting'
    """
    return decide_engagement(text, sents, list(cues), lang=lang, partners=partners, regions=regions,
                             probs=model_probs, weight=model_weight, simplify=simplify, analysis=analysis,
                             all_facts=False)
