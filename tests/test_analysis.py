"""The one analysis object per document (issue 13): built once, read by resolve, the
engagement layer and explain; resolve leaves its mentions alone."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import pipeline.engagement.reading as reading
from pipeline.analysis import Analysis
from pipeline.engagement.policy import rule_vote
from pipeline.resolve import Resolution, resolve
from pipeline.schemas import Document
from pipeline.tagger import engagement_vote

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# written for this test: two provinces' acts on two days, a consulate seat, a dateline
ROUNDUP = ("新华社昆明5月3日电 5月2日，云南省委书记在昆明会见越南驻昆明总领事，双方签署合作备忘录。"
           "5月3日，广西壮族自治区主席率团访问老挝，出席中老经贸论坛。近年来，两省与东盟的交流不断深化。")


def test_annotate_returns_one_analysis(tagger):
    a = tagger.annotate("云南省长会见越南客人。双方签署协议。")
    assert isinstance(a, Analysis)
    assert a.sentences == [(0, 11), (11, 18)] and a.starts == [0, 11]
    assert [m.code for m in a.places] == ["CN-YN", "VNM"]
    assert a.sentence_of(a.cues) == [0, 1, 1]
    assert a.norm.text == tagger.lexicon.normalize(a.text).text
    assert a.simplified(1) == "双方签署协议。" and a.sentence_index((11, 18)) == 1 and a.sentence_index((0, 3)) is None
    assert not hasattr(a, "__iter__")  # read by name, never as the old 4-tuple


def test_a_text_without_sentences_reads_as_one(tagger):
    a = tagger.annotate("   ")
    assert a.sentences == [(0, 3)]


def test_fact_is_computed_once_per_key(tagger):
    a = tagger.annotate("云南省长会见越南客人。")
    calls = []
    assert a.fact(("k", 0), lambda: calls.append(1) or "v") == "v"
    assert a.fact(("k", 0), lambda: calls.append(1) or "w") == "v"
    assert calls == [1]


def test_resolve_does_not_mutate_the_analysis_mentions(tagger):
    a = tagger.annotate(ROUNDUP)
    before = [m.model_dump() for m in a.places + a.formulations + a.cues]
    res = resolve(a, meta=tagger.meta)
    assert isinstance(res, Resolution)
    assert [m.model_dump() for m in a.places + a.formulations + a.cues] == before
    assert all(m.role is None for m in a.places)
    roles = {(m.text, m.role) for m in res.places if m.role}
    assert ("云南省", "actor") in roles and ("越南", "partner") in roles
    assert ("昆明", "locator") in roles  # the dateline, with another actor named
    assert [m.start for m in res.places] == [m.start for m in a.places]
    assert {id(m) for m in res.record.mentions} >= {id(m) for m in res.places}
    # tagging the same analysis twice gives the same record
    again = resolve(a, meta=tagger.meta).record
    assert again.model_dump() == res.record.model_dump()


def test_the_vote_reads_kept_facts_and_released_ones_again(tagger, monkeypatch):
    a = tagger.annotate(ROUNDUP)
    rec = next(tagger.records([a]))  # records release the sentences' facts once the record is built
    calls = []
    real = reading.sentence_frame
    monkeypatch.setattr(reading, "sentence_frame", lambda s, **kw: calls.append(s) or real(s, **kw))
    vote = engagement_vote(a, rec)
    assert calls and vote.act and vote.scores
    n = len(calls)
    assert engagement_vote(a, rec) == vote and len(calls) == n  # now kept: not read again
    a.release()
    assert engagement_vote(a, rec) == vote and len(calls) == 2 * n


def test_release_keeps_only_the_named_facts_that_exist(tagger):
    a = tagger.annotate(ROUNDUP)
    a.fact("model_probs", lambda: [0.5])
    a.fact(("x", 1), lambda: 1)
    a.release(keep=("model_probs", "absent"))
    assert a.fact("model_probs", lambda: None) == [0.5]
    assert a.fact(("x", 1), lambda: 2) == 2  # released: computed again
    assert a.fact("absent", lambda: 3) == 3
    a.release()
    assert a.fact("model_probs", lambda: None) is None


def _gold(name: str, n: int) -> list[dict]:
    lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(x) for x in lines[:n]]


@pytest.mark.parametrize("simplified", [True, False])
def test_cached_act_facts_give_the_vote_computed_afresh(tagger, simplified):
    """On gold documents: the vote with the analysis' kept facts equals the one read from
    scratch, for the whole text and for any run of its sentences with their own cues (what
    the engagement layer asks), in any order."""
    for g in _gold("dev.jsonl", 120) + [{"id": "r", "text": ROUNDUP, "lang": "zh"}]:
        a = tagger.annotate(Document(id=g["id"], text=g["text"], lang=g.get("lang")))
        simplify = a.simplify if simplified else None
        lang = a.doc.lang or "zh"
        runs = [a.sentences[i:i + 2] for i in range(len(a.sentences) - 1, -1, -1)] + [a.sentences]
        for sents in runs:
            cues = [c for c in a.cues if any(x <= c.start < y for x, y in sents)]
            kept = rule_vote(a.text, sents, cues, lang=lang, partners=1, simplify=simplify, analysis=a)
            afresh = rule_vote(a.text, sents, cues, lang=lang, partners=1, simplify=simplify)
            assert kept == afresh, (g["id"], sents)
        # the same sentences with fewer cues: the verdict is kept per set of cues
        some = a.cues[::2]
        assert (rule_vote(a.text, a.sentences, some, lang=lang, simplify=simplify, analysis=a)
                == rule_vote(a.text, a.sentences, some, lang=lang, simplify=simplify))


def test_an_engagements_decision_reads_only_the_facts_it_needs(tagger):
    """Issue 15: an engagement's vote (``categorize``: ``all_facts`` off) reads its lead's facts,
    rule 8's meeting and the foreign marker only when precedence asks; its decision and
    those facts are the ones read eagerly, on every run of sentences of gold documents, with
    and without partners."""
    from pipeline.engagement.policy import categorize, decide_engagement

    for g in _gold("dev.jsonl", 150) + _gold("train.jsonl", 150) + [{"id": "r", "text": ROUNDUP, "lang": "zh"}]:
        a = tagger.annotate(Document(id=g["id"], text=g["text"], lang=g.get("lang")))
        lang = a.doc.lang or "zh"
        runs = [a.sentences[i:i + 2] for i in range(len(a.sentences))] + [a.sentences]
        for sents in runs:
            cues = [c for c in a.cues if any(x <= c.start < y for x, y in sents)]
            for partners, regions in ((0, 0), (1, 0), (0, 1), (3, 1)):
                full = decide_engagement(a.text, sents, cues, lang=lang, partners=partners, regions=regions,
                                         simplify=a.simplify, all_facts=True)
                got = categorize(a.text, sents, cues, lang=lang, partners=partners, regions=regions,
                                 simplify=a.simplify, analysis=a)
                assert got == full, (g["id"], sents, partners, regions)
                # the document's decision (resolve's call: facts read when precedence asks) too
                assert decide_engagement(a.text, sents, cues, lang=lang, partners=partners, regions=regions,
                                         simplify=a.simplify, analysis=a) == full, (g["id"], sents)
                # and every fact the deferred vote reads when asked is the eager vote's
                lazy = rule_vote(a.text, sents, cues, lang=lang, partners=partners, regions=regions,
                                 simplify=a.simplify, analysis=a, all_facts=False)
                eager = rule_vote(a.text, sents, cues, lang=lang, partners=partners, regions=regions,
                                  simplify=a.simplify)
                assert dataclasses.astuple(lazy) == dataclasses.astuple(eager), (g["id"], sents)


def test_each_sentence_is_read_for_acts_once_per_document(tagger, monkeypatch):
    """The document's decision and every engagement's (this text has several) share the
    sentences' act facts: each sentence is framed once."""
    calls: list[str] = []
    real = reading.sentence_frame
    monkeypatch.setattr(reading, "sentence_frame", lambda s, **kw: calls.append(s) or real(s, **kw))
    rec = tagger.tag(ROUNDUP, date="2024-05-10")
    assert len(rec.engagements) >= 2
    assert calls and len(calls) == len(set(calls)) <= len(tagger.annotate(ROUNDUP).sentences)


def test_engagements_of_a_traditional_text_are_read_in_simplified_form(tagger):
    """Bug fixed with the analysis object: the engagement layer decided each engagement on
    its sentences as written, while the document's decision read them simplified (將 is
    not 将 to the intent frame): a planned trip written in Traditional script became an
    engagement. Both now read the lexicon's normal form."""
    trad = "5月2日，雲南省委書記在昆明會見越南客人，雙方簽署合作協議。廣西壯族自治區主席將率團訪問老撾。"
    simp = "5月2日，云南省委书记在昆明会见越南客人，双方签署合作协议。广西壮族自治区主席将率团访问老挝。"
    got = [[(e.category, e.provinces, e.partners) for e in tagger.tag(t, date="2024-05-10").engagements]
           for t in (trad, simp)]
    assert got[0] == got[1] == [("cooperation_project", ["CN-YN"], ["VNM"])]


_PIECES = ["云南", "會見", "越南", "，", "。", "ＡＳＥＡＮ", "Ｍｅｔ", " ", "  ", "\n", "\n\n", "people-", "\npeople",
           "\u00ad", "\u200b", "𝐀", "①", "ﬁ", "Ⅻ", "乾隆", "头发", "髮", "Kunming. ", "The ", "5月3日", "率团访问",
           "将", "將", "【要闻】", "ſ", "İ", "\ufeff", "！", "¼", "㈠", "⼀", "兀", "\U0002F800"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
@example("云南會見越南。乾隆年间，头发")
@example("Ｍｅｔ  people-\npeople。①")
@example("云南\npeople\npeople\npeople")  # (a repeated line: blanked as page furniture)
def test_simplified_sentence_is_the_sentence_normalised_alone(tagger, text):
    """A sentence's simplified text, sliced from the document's normal form when every
    character normalised on its own, equals the sentence normalised alone. (The analysis reads
    the text with its page noise blanked, ``a.doc.text``: a line repeated down the page is
    furniture, so the sentence is sliced from that text, not from the raw one.)"""
    a = tagger.annotate(Document(id="t", text=text, lang="zh"))
    for i, (x, y) in enumerate(a.sentences):
        assert a.simplified(i) == tagger.lexicon.normalize(a.doc.text[x:y]).text, (i, a.doc.text[x:y])


def test_normalized_says_when_slices_align(lexicon):
    assert lexicon.normalize("云南会见越南，").slices_align()
    assert not lexicon.normalize("雲南會見越南").slices_align()  # converted as a whole: phrases
    assert lexicon.normalize("雲南會見越南").converted and not lexicon.normalize("云南").converted
    assert not lexicon.normalize("a  b").slices_align()  # a collapsed run: an offset map
    assert lexicon.normalize("雲南") == lexicon.normalize("雲南")  # the flag takes no part in equality


class _CountingModel:
    """A stand-in engagement model that counts its calls."""

    name, weight = "counting", 0.5

    def __init__(self) -> None:
        self.calls = 0

    def predict_proba(self, texts):
        self.calls += 1
        return [{"high_level_meeting": 0.7, "null": 0.3} for _ in texts]


def test_explain_runs_the_model_once(lexicon):
    from pipeline.explain import explain
    from pipeline.tagger import Tagger

    model = _CountingModel()
    e = explain(Tagger(lexicon, model=model), "云南省长会见越南客人。")  # type: ignore[arg-type]
    assert model.calls == 1
    assert e["model"]["probabilities"] == {"high_level_meeting": 0.7, "null": 0.3}


def test_each_lead_is_read_for_its_facts_once_per_document(tagger, monkeypatch):
    """The document's decision and the engagements' share the facts of a lead sentence (its
    head event, trip, meeting): each lead is read once (issue 15's cost)."""
    import pipeline.engagement.lead as lead

    calls: list[str] = []
    real = lead.head_event
    monkeypatch.setattr(lead, "head_event", lambda s, lang="zh": calls.append(s) or real(s, lang))
    rec = tagger.tag(ROUNDUP, date="2024-05-10")
    assert len(rec.engagements) >= 2
    assert len(calls) == len(set(calls))  # (read only where precedence asks, and then once a lead)
    a = tagger.annotate(ROUNDUP)
    r = next(tagger.records([a]))
    n = len(calls)
    assert engagement_vote(a, r) == engagement_vote(a, r) and len(calls) == n + 1  # kept after the first read


def test_a_vote_without_an_act_reads_no_cue_sentence_past_its_window(tagger, monkeypatch):
    """Issue 17: the muted sentences matter only to a vote that has an act; a text whose act
    window reports none (three sentences of scenery here) does not frame the cue sentence after
    it (the meeting in its fourth sentence), and its vote is the one read afresh."""
    text = ("今天的天气很好，阳光明媚，大家都很高兴地出门散步。公园里的花开得正艳，游人络绎不绝地拍照留念。"
            "湖边的柳树发芽了，孩子们在草地上放风筝玩耍。省长在昆明会见越南客人，双方交换了意见。")
    a = tagger.annotate(text)
    assert len(a.sentences) == 4 and a.sentence_of(a.cues)[-1] == 3
    framed: list[str] = []
    real = reading.sentence_frame
    monkeypatch.setattr(reading, "sentence_frame", lambda s, **kw: framed.append(s) or real(s, **kw))
    vote = rule_vote(a.text, a.sentences, a.cues, lang="zh", simplify=a.simplify, analysis=a)
    assert vote.act is False and vote.scores == {}
    assert framed == []  # (the window's sentences hold no predicate and no cue: nothing to frame)
    assert vote == rule_vote(a.text, a.sentences, a.cues, lang="zh", simplify=a.simplify)


def test_a_sentence_with_a_cue_outside_every_frame_is_not_searched_for_predicates(tagger, monkeypatch):
    """Issue 17: an act cue outside every frame makes its sentence an act whatever its predicates
    are, so they are searched for only where no cue decides (here: the sentence without a cue);
    the vote equals the one read afresh, which searches every sentence."""
    text = "省长在昆明会见越南客人，双方交换了意见。会后，双方共同出席了招待晚宴。"
    a = tagger.annotate(text)
    assert len(a.sentences) == 2 and set(a.sentence_of(a.cues)) == {0}
    searched: list[str] = []
    real = reading.predicates
    monkeypatch.setattr(reading, "predicates", lambda s, lang: searched.append(s) or real(s, lang))
    vote = rule_vote(a.text, a.sentences, a.cues, lang="zh", simplify=a.simplify, analysis=a)
    assert vote.act is True and vote.scores
    assert searched == [a.simplified(1)]
    assert vote == rule_vote(a.text, a.sentences, a.cues, lang="zh", simplify=a.simplify)


def test_the_documents_decision_reads_the_foreign_marker_only_when_asked(tagger, monkeypatch):
    """Issue 17: resolve's decision of the document reads the facts precedence asks for only
    (a partner makes the foreign marker moot: it is not read); the record is the same."""
    import pipeline.engagement.policy as policy

    text = "省长在昆明会见越南客人，双方就经贸合作交换了意见。"
    before = tagger.tag(text, date="2024-05-10").model_dump_json()
    asked: list[str] = []
    real = policy.foreign_marker
    monkeypatch.setattr(policy, "foreign_marker", lambda s, lang: asked.append(s) or real(s, lang))
    rec = tagger.tag(text, date="2024-05-10")
    assert rec.engagement == "high_level_meeting" and rec.partners == ["VNM"]
    assert asked == [] and rec.model_dump_json() == before
