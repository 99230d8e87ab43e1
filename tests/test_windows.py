"""The engagement layer's read-once helpers (issue 15) pinned to what they replace: a
pattern's matches over the whole text answering any window's scan
(:class:`pipeline.engagement.windows.WindowMatches`, :class:`~pipeline.engagement.categories.CueWindows`),
the day of each span read once (:class:`~pipeline.engagement.acts.Days`), the abbreviation
test of the act window (:func:`~pipeline.engagement.reading.abbreviation_end`)."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.engagement import categories as cat
from pipeline.engagement.acts import Days, find_day
from pipeline.engagement.reading import _ABBREVIATION_END, abbreviation_end
from pipeline.engagement.windows import WindowMatches

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = [(cat._FIELD_EN, ""), (cat._FIELD_END, ""), (cat._PLANNED, "oO")]


def _corpus_texts() -> list[str]:
    texts = []
    for split in ("train", "dev"):
        for line in (ROOT / "corpus" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def _windows(text: str, rng: random.Random, n: int) -> list[tuple[int, int]]:
    out = [(0, len(text))]
    for _ in range(n):
        a = rng.randrange(len(text) + 1)
        out.append((a, rng.randrange(a, len(text) + 1)))
    return out


def _planned_direct(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [cat._planned_clause(text, m) for m in cat._PLANNED.finditer(text, start, end)]


def test_windows_answer_as_the_windows_own_scan_on_the_corpus():
    rng = random.Random(15)
    texts = [t for t in _corpus_texts() if t]
    assert len(texts) > 500
    for text in texts:
        index = [(WindowMatches(rx, text, word_end), rx) for rx, word_end in PATTERNS]
        windows = cat.CueWindows(text)
        for a, b in _windows(text, rng, 12):
            for w, rx in index:
                assert [m.span() for m in w.within(a, b)] == [m.span() for m in rx.finditer(text, a, b)]
            assert windows.topic_spans(a, b) == cat.topic_spans(text, a, b)
            assert windows.planned_spans(a, b) == _planned_direct(text, a, b)


_PIECES = ["等领域", "各方面", "多领域", "领域", "方面", "经贸、教育", "，", "在", "就", " ", "  ", "\n",
           "cooperation in ", "co-operation on the ", "in the fields of ", "areas such as ", "exchanges in ",
           "trade", ", education", " and agreed", ". ", "plans to", "agreed to", "planning to visit", "hopes to",
           "tomorrow", "x", "o", "计划", "商定", "愿意", "愿", "共同", "年内", "开通", "航线", "。"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.data())
def test_windows_answer_as_the_windows_own_scan_on_generated_text(pieces, data):
    text = "".join(pieces)
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(0, len(text)))
    windows = cat.CueWindows(text)
    for rx, word_end in PATTERNS:
        got = WindowMatches(rx, text, word_end).within(a, b)
        assert [m.span() for m in got] == [m.span() for m in rx.finditer(text, a, b)]
    assert windows.topic_spans(a, b) == cat.topic_spans(text, a, b)
    assert windows.planned_spans(a, b) == _planned_direct(text, a, b)


def test_a_window_ending_inside_a_word_reads_its_own_scan():
    """The traps: a window's scan finds what the whole text's does not. "agreed to" ends in
    ``\\b``, which holds at a window's end inside "tomorrow"; 愿 alone is a word of plan where
    the whole text reads 愿意; a match of the whole text running across the window's start."""
    text = "双方 agreed tomorrow，愿意开通"
    end = text.index("morrow")
    assert [m.group() for m in cat._PLANNED.finditer(text, 0, end)] == ["agreed to"]
    assert not [m for m in cat._PLANNED.finditer(text) if m.end() <= end]
    assert [m.group() for m in WindowMatches(cat._PLANNED, text, "oO").within(0, end)] == ["agreed to"]
    assert WindowMatches(cat._PLANNED, text, "").within(0, end) == []  # what a guard-less index would answer
    cut = text.index("意")
    assert [m.group() for m in WindowMatches(cat._PLANNED, text, "oO").within(0, cut)] == ["愿"]
    fields = "经贸等领域"
    inside = fields.index("领")
    assert [m.group() for m in WindowMatches(cat._FIELD_END, fields).within(inside, len(fields))] == ["领域"]


def test_mute_with_windows_is_mute_without():
    from pipeline.tagger import load

    tagger = load(model=False)
    rng = random.Random(7)
    for text in _corpus_texts()[::3]:
        cues = tagger.annotate(text).cues
        if not cues:
            continue
        windows = cat.CueWindows(text)
        for _ in range(4):
            i = rng.randrange(len(cues))
            sub = cues[i:i + rng.randrange(1, 6)]
            assert cat.mute_topics(text, sub, windows) == cat.mute_topics(text, sub)
            assert cat.mute_planned(text, sub, windows) == cat.mute_planned(text, sub)


def test_days_read_once_are_find_day():
    rng = random.Random(3)
    for text in _corpus_texts()[::2]:
        days = Days(text)
        for a, b in _windows(text, rng, 6) * 2:  # the second time from the memo
            assert days[(a, b)] == find_day(text, a, b)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["U.S.", "S.", " Korea", "govt.", "Mr.", "No.", ". ", ".", " ", "\n", "\u3000",
                                 "the", "AB.", "会见。", "x", "\u00a0", "Inc.", "e.g."]), max_size=12), st.data())
def test_abbreviation_end_is_the_pattern(pieces, data):
    text = "".join(pieces)
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    assert abbreviation_end(text, a, b) == (_ABBREVIATION_END.search(text, a, b) is not None)


def test_find_day_with_the_skipping_patterns_is_find_day_as_written(monkeypatch):
    """The date patterns behind ``rx.skipping`` give the same days, groups included, as written."""
    from pipeline.engagement import acts
    from pipeline.text import sentences

    texts = _corpus_texts()
    spans = [(t, a, b) for t in texts for a, b in (sentences(t) or [(0, len(t))])]
    fast = [acts.find_day(t, a, b) for t, a, b in spans]
    for name in ("_ZH_DAY", "_DAY_ONLY", "_NUMERIC_DAY", "_EN_DAY"):
        pat = getattr(acts, name)
        assert pat.pattern.startswith("(?=[")
        monkeypatch.setattr(acts, name, re.compile(pat.pattern[pat.pattern.index("])(?:") + 5:-1], pat.flags))
    assert fast == [acts.find_day(t, a, b) for t, a, b in spans]
    assert sum(d is not None for d in fast) > 200


def test_find_day_without_a_digit_is_none_as_before(monkeypatch):
    """find_day answers None at once for a span without a digit: what its patterns found there."""
    from pipeline.engagement import acts

    rng = random.Random(5)
    spans = [(t, a, b) for t in _corpus_texts()[::2] for a, b in _windows(t, rng, 4)]
    spans += [(t, 0, len(t)) for t in ("2019年4月9日", "１２月３日", "on May 5", "4月27日，云南", "会见", "")]
    guarded = [acts.find_day(t, a, b) for t, a, b in spans]
    monkeypatch.setattr(acts, "_DIGIT", re.compile(""))  # (matches everywhere: the guard never answers)
    assert guarded == [acts.find_day(t, a, b) for t, a, b in spans]
    assert guarded[-5] is not None  # fullwidth digits are \d
