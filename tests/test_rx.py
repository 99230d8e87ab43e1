"""pipeline.rx.skipping: a lookahead of a pattern's first characters changes no match (issue 17)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.rx import first_class, skipping

_PATTERNS = [
    (r"(?:都|均)已?(?:与|同)|\d+\s*对|是.{0,3}平台", 0),
    (r"\b(?:jan|feb|sep|oct)[a-z]*\.?\s+\d{1,2}\b|\b(?:today|since)\b", re.I),
    (r"(?<=[0-9])\n(?![A-Za-z])[。\n]*|\.(?<!\bMr\.)\s+(?=[A-Z])", 0),
    (r"(?:x?y?)z|k+i", re.I),
    (r"(?:ab)*c|(?>d|e)f|g*+h", 0),
]
_UNKNOWABLE = [r"a?", r".b", r"[^a]b", r"\Wb", r"(a)?\1b", r"x|", r"(?:a|b?)?"]
_TEXT = st.lists(st.sampled_from(list("都均已与同对是平台1 2\n.,aAbcdefghijkKzyxs") + [
    "ſ", "K", "İ", "ı", "jan", "Feb", "SEP", "oct", "today", "SINCE", "Mr", "\u212a"]), max_size=30).map("".join)


@pytest.mark.parametrize("pattern, flags", _PATTERNS)
@settings(max_examples=200, deadline=None)
@given(text=_TEXT)
def test_skipping_finds_the_same_matches(pattern, flags, text):
    rx = re.compile(pattern, flags)
    fast = skipping(rx)
    assert fast is not rx
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in rx.finditer(text)]
    assert [m.span() for m in fast.finditer(text, 1, max(len(text) - 1, 1))] == \
        [m.span() for m in rx.finditer(text, 1, max(len(text) - 1, 1))]


@pytest.mark.parametrize("pattern", _UNKNOWABLE)
def test_patterns_whose_first_characters_cannot_be_known_are_left_alone(pattern):
    rx = re.compile(pattern)
    assert first_class(rx) is None and skipping(rx) is rx


def _original(fast: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern behind a skipping() form (the class is escaped: "])(?:" cannot occur in it)."""
    pat = fast.pattern
    assert pat.startswith("(?=[")
    return re.compile(pat[pat.index("])(?:") + 5:-1], fast.flags)


def _pipeline_patterns():
    from pipeline import place_roles, resolve
    from pipeline.engagement import detect

    return [detect.ACT_EN, detect._INTENT_EN, detect._RETRO_ZH, detect._RETRO_EN, detect._DATED,
            resolve._TAKING_PART, place_roles._EN_BORDER]


_SENTENCE_PIECES = st.lists(st.sampled_from([
    "4月27日", "3月1—5日", "日前", "近日", "近年来", "以来", "累计", "都已与", "均同", "12对", "5批次", "是重要平台", "将", "会见",
    "On May 5", "3 March", "today", "Sunday", "since 2019", "so far", "a total of", "has signed", "will", "plans to",
    "met", "visited", "signed a trade pact", "leads a delegation", "participated", "from seven countries", "参赛",
    "受邀", "ſince", "Kicked off", "\u212aicked off", "İn recent years", " ", "，", "。", ", ", "the", "省长", "越南",
    "borders", "Bordering", "adjacent to", "adjoıns", "a border of 3,000 km", "with", "kilometres long",
    "出访", "回访滇", "来访", "访桂", "访华", "驻华", "驻沪", "到访", "一行", "中国驻", "会见了中国", "接见中国东盟",
    "visiting", "visited China", "to China", "Hosted", "welcomed", "Chinese Ambassador", "Consul-General of China",
    "led a delegation to", "tour of", "abroad", "video", "online", "congratulated", "opened"]),
    max_size=16).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_SENTENCE_PIECES)
def test_the_pipeline_patterns_match_as_before(text):
    for fast in _pipeline_patterns():
        rx = _original(fast)
        assert skipping(rx).pattern == fast.pattern
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in rx.finditer(text)]


def test_patterns_re_already_skips_for_are_left_alone():
    from pipeline.engagement.detect import ACT_ZH

    for rx in (ACT_ZH, re.compile("会见|会谈|签署"), re.compile("[a-z]x"), re.compile("abc|d")):
        assert skipping(rx) is rx


def test_the_lexicon_slot_patterns_match_as_before(lexicon):
    """Every slot pattern the matchers wrapped finds what the pattern as written finds, on the
    gold corpus' dev texts."""
    import json
    from pathlib import Path

    texts = [lexicon.normalize(json.loads(line)["text"]).text
             for line in (Path(__file__).resolve().parent.parent / "corpus" / "dev.jsonl").open(encoding="utf-8")]
    wrapped = 0
    for matcher in (lexicon.places, lexicon.formulations, lexicon.cues):
        for comp in matcher._patterns:  # noqa: SLF001
            if not comp.regex.pattern.startswith("(?=["):
                continue
            wrapped += 1
            rx = _original(comp.regex)
            for t in texts:
                assert [m.span() for m in comp.regex.finditer(t)] == [m.span() for m in rx.finditer(t)]
    assert wrapped >= 3


def _engagement_patterns():
    """The engagement layer's patterns wrapped by skipping() (issue 15's cost)."""
    from pipeline.engagement import acts, actors, attributes, categories, detect, en_wire, event_fields, lead, localities, signing, titles

    pats = [acts._ZH_DAY, acts._DAY_ONLY, acts._NUMERIC_DAY, acts._EN_DAY, acts._TRIP, acts._VAGUE,
            categories._NOT_EVENT, categories._NAME_BREAK, categories._SIDE_MENTION, categories._TRIP,
            categories._OTHER_FIRST, categories._FOREIGN, en_wire._DOMESTIC_EN, categories._FIELD_END,
            categories._FIELD_OPEN, categories._FIELD_EN, categories.COUNTERPART, categories._PLANNED,
            lead.INBOUND, lead.OUTBOUND, lead.MEETING, lead.OTHER_MAIN, lead.GUEST, signing._SIGNING,
            titles._FOREIGN_MARK, titles._CHINESE_MISSION, titles._GAP_BREAK_EN, titles._CHINESE_ADJ,
            localities._UNIT_BEFORE_EN, localities._UNIT_AFTER_EN, localities.SISTER_TIES, actors._SHIFT, actors._SAR_PASSING,
            detect._PAST_EN, detect._CLAUSE_EN, en_wire._DOMESTIC_SCENE_EN, en_wire._PLAN_SOURCE_EN,
            # direction's cues (each as _cue wraps it; the Chinese _REMOTE, _OUTBOUND and _HOSTING re skips already)
            attributes._REMOTE[1], attributes._OUTBOUND[1], *attributes._INBOUND_STRONG, *attributes._INBOUND,
            *attributes._ABROAD, attributes._HOSTING[1], *event_fields._COORDINATED]
    return pats + [rx for _, rx in categories._EVENT_HEADS]


def test_the_engagement_patterns_match_as_written_on_the_gold_texts():
    """Each wrapped engagement pattern finds what the pattern as written finds (search, match
    and bounded finditer, as the layer calls them) on the gold corpus' dev and train texts."""
    import json
    from pathlib import Path

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    texts = [json.loads(line)["text"] for name in ("dev.jsonl", "train.jsonl")
             for line in (corpus / name).open(encoding="utf-8")]
    texts += [t.lower() for t in texts]
    for fast in _engagement_patterns():
        rx = _original(fast)
        assert skipping(rx).pattern == fast.pattern
        for t in texts:
            assert [m.span() for m in fast.finditer(t)] == [m.span() for m in rx.finditer(t)]
            mid = len(t) // 3
            assert [m.span() for m in fast.finditer(t, mid, 2 * mid)] == [m.span() for m in rx.finditer(t, mid, 2 * mid)]
            f, r = fast.match(t, mid), rx.match(t, mid)
            assert (f and f.span()) == (r and r.span())


@settings(max_examples=200, deadline=None)
@given(text=_SENTENCE_PIECES)
def test_the_engagement_patterns_match_as_before(text):
    for fast in _engagement_patterns():
        rx = _original(fast)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in rx.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(['"', "Since", "since the", "ſince", "So far", " ", ", ", "has signed",
                                      "during the visit", "2019", "alone", "met", "."]), max_size=10).map("".join))
def test_an_opening_since_read_apart_gives_the_one_alternation_s_starts(text):
    """detect.sentence_frame reads an opening "Since" with its own pattern (rx.skipping cannot wrap
    one opening with ^\\W): the retrospective starts are those of the single alternation."""
    from pipeline.engagement import detect

    one = re.compile(r"^\W{0,2}since\b|" + _original(detect._RETRO_EN).pattern, re.I)
    assert detect.sentence_frame(text, lang="en").retro == tuple(
        m.start() for m in one.finditer(text)) or detect._DATED.search(text)


def _gold_texts() -> list[str]:
    import json
    from pathlib import Path

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    return [json.loads(line)["text"] for name in ("dev.jsonl", "train.jsonl")
            for line in (corpus / name).open(encoding="utf-8")]


def test_the_title_alternations_match_as_written_on_the_gold_texts(tagger):
    """titles.compile_titles wraps its two English alternations in skipping(): the same
    matches as the alternations as written, as TitleMatcher.find calls them (bounded finditer)."""
    tm = tagger.titles
    texts = _gold_texts()
    texts += [t.lower() for t in texts] + [t.upper() for t in texts]
    for fast in (tm.en, tm.en_exact):
        rx = _original(fast)
        assert skipping(rx).pattern == fast.pattern
        for t in texts:
            assert [m.span() for m in fast.finditer(t)] == [m.span() for m in rx.finditer(t)]
            mid = len(t) // 3
            assert [m.span() for m in fast.finditer(t, mid, 2 * mid)] == [m.span() for m in rx.finditer(t, mid, 2 * mid)]


_TITLE_PIECES = st.lists(st.sampled_from([
    "Vice", "vice", "VICE", "Deputy", "deputy", "-", " ", "Chair", "chair", "CHAIR", "Chairman", "chairwoman", "ChaİrMAN",
    "chaır", "Party", "party", "Secretary", "secretary", "SECRETARY", "Secretary-General", "General", "of", "OF", "the",
    "Ministry", "ministry", "Department", "Bureau", "Provincial", "Municipal", "Regional", "People's", "Government",
    "Committee", "committee", "CPC", "Yunnan", "Guangxi Zhuang", "Autonomous Region", "autonomous region", "Public",
    "Security", "Foreign", "and", "Trade", ", ", "Lao Cai", "provincial"]), max_size=14).map("".join)


def _gated_hits(text: str) -> None:
    from pipeline.engagement.titles import _EN_PATTERNS

    for rx, _, gate in _EN_PATTERNS:
        for m in rx.finditer(text):
            assert gate.search(text, m.start(), m.end()), (rx.pattern, m.group(0))


@settings(max_examples=400, deadline=None)
@given(text=_TITLE_PIECES)
def test_every_english_title_pattern_match_holds_its_gate(text):
    """TitleMatcher.find skips an English title pattern on a clause without its gate's word:
    exact only if every match of the pattern holds a match of its gate."""
    _gated_hits(text)
    _gated_hits(text.title())


def test_every_english_title_pattern_match_on_the_gold_texts_holds_its_gate():
    for t in _gold_texts():
        for v in (t, t.lower(), t.upper(), t.title()):
            _gated_hits(v)


def test_the_gates_keep_the_title_hits(tagger):
    """find with the gates finds what it finds without them, on the gold texts and on the
    case-folded forms a case-sensitive gate would miss ("vice-chairman of the … autonomous region"
    is matched by a case-insensitive pattern)."""
    import dataclasses

    tm = tagger.titles
    ungated = dataclasses.replace(tm, patterns=[(rx, e, re.compile("")) for rx, e, _ in tm.patterns])
    texts = ["He met vice-chairman of the Guangxi Zhuang Autonomous Region Li.",
             "VICE CHAIRMAN OF THE GUANGXI ZHUANG AUTONOMOUS REGION", "deputy chaİrman of Ningxia Hui autonomous region"]
    hits = [h.text for t in texts for h in tm.find(t, 0, len(t))]
    assert hits.count("vice-chairman of the Guangxi Zhuang Autonomous Region") == 1 and len(hits) >= 3
    for t in texts + _gold_texts():
        for v in (t, t.lower()):
            assert tm.find(v, 0, len(v)) == ungated.find(v, 0, len(v))


_PAIR_PATTERNS = [
    (r"(?:(?<![未从])来|访|赴)(?:(?P<a>川|滇)|(?P<b>苏))(?!丹)", 0),
    (r"(?<!x)[ab](?=c)(?:cd|e+)", 0),
    (r"(?:K|s)(?:i|x)y?", re.I),
    (r"来(?P<p>[川滇])", 0),
]
_PAIR_TEXT = st.lists(st.sampled_from(list("未从来访赴川滇苏丹xabcdeKkSsIiyſ\u212a") + ["来川", "访苏丹"]),
                      max_size=30).map("".join)


@pytest.mark.parametrize("pattern, flags", _PAIR_PATTERNS)
@settings(max_examples=200, deadline=None)
@given(text=_PAIR_TEXT)
def test_a_pair_scan_finds_every_place_a_match_starts(pattern, flags, text):
    """Issue 17: the gate of a whole-text slot pattern's first two characters
    (``[来访赴](?=[川滇苏])``) is a necessary condition: every match starts where it matches
    (case folding included)."""
    from pipeline.lexicon.matcher import _scanned
    from pipeline.rx import pair_scan

    rx = re.compile(pattern, flags)
    gate = pair_scan(rx)
    assert gate is not None
    starts = {m.start() for m in rx.finditer(text)}
    assert all(gate.match(text, p) for p in starts)
    assert [(m.span(), m.groups()) for m in _scanned(rx, text, gate)] == [(m.span(), m.groups()) for m in rx.finditer(text)]


@pytest.mark.parametrize("pattern", [r"a", r"ab?", r"(?:ab|c)d", r"a*b", r"[ab]", r".b", r"a.", r"(?:a|bc)d", r"a(?:b)?"])
def test_no_pair_scan_where_the_second_character_is_unknowable(pattern):
    from pipeline.rx import pair_scan

    assert pair_scan(re.compile(pattern)) is None


def test_the_lexicons_visit_patterns_are_scanned_by_their_first_two_characters(lexicon):
    scans = {c.rule: c.scan.pattern for c in lexicon.places._patterns if c.scan is not None}
    assert scans["compound.visit_province_abbr#2"] == "[来莅](?=[吉蒙])"
