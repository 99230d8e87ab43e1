"""The literal engine (issue 17): a compiled Aho–Corasick (daachorse) in leftmost-longest
mode, pinned to a plain-Python reference, with the end-of-input match pyahocorasick's
``iter_long`` dropped."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.lexicon.matcher import Matcher, _Scanner
from pipeline.schemas import CueEntry, Document


def _cue(id_: str) -> CueEntry:
    return CueEntry(id=id_, zh=["x"], category="cooperation_project", file="t.yaml", line=1)


def _leftmost_longest(keys: list[str], text: str) -> list[tuple[int, int, int]]:
    """The reference: at each position the longest key starting there, then resume after it."""
    out, i = [], 0
    while i < len(text):
        best = max((k for k in keys if text.startswith(k, i)), key=len, default=None)
        if best is None:
            i += 1
            continue
        out.append((i, i + len(best), keys.index(best)))
        i += len(best)
    return out


def test_match_at_the_end_of_the_text_while_a_longer_term_is_pending():
    """pyahocorasick's iter_long (upstream issues #133, #185) returned nothing for "与越南"
    here: the longer "与越南合作" was still pending when the text ended, and the shorter
    match inside it was lost. It lost the closing cue of corpus/test.jsonl test-0069."""
    m = Matcher()
    m.add_literal("越南", _cue("c.vn"), ())
    m.add_literal("与越南合作", _cue("c.long"), ())
    m.build()
    assert [(h.start, h.end, h.entry.id) for h in m.find("云南与越南")] == [(3, 5, "c.vn")]
    assert [(h.start, h.end, h.entry.id) for h in m.find("云南与越南合作")] == [(2, 7, "c.long")]


def test_closing_cue_of_a_headline_is_counted(tagger):
    """The gold document's case, written anew: a text that ends in a cue word that is also
    the start of longer cue forms."""
    text = "内蒙古自治区主席会见蒙古国副总理 共同推进睦邻友好合作"
    cues = {c.entry for c in tagger.annotate(Document(id="t", text=text)).cues}
    assert "cue.cooperation_project.weak" in cues


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(alphabet="ab云南\U0001F600", min_size=1, max_size=4), min_size=1, max_size=8, unique=True),
       st.text(alphabet="ab云南x\U0001F600", max_size=30))
def test_scanner_is_leftmost_longest(keys, text):
    sc = _Scanner()
    for k in keys:
        sc.add(k)
    sc.build()
    assert sc.find(text) == _leftmost_longest(keys, text)


@given(st.lists(st.text(alphabet="ab云南", min_size=1, max_size=3), min_size=1, max_size=6, unique=True),
       st.text(alphabet="ab云南x", max_size=25))
def test_overlapping_scanner_finds_every_occurrence(keys, text):
    sc = _Scanner(overlapping=True)
    for k in keys:
        sc.add(k)
    sc.build()
    want = sorted((i, i + len(k), j) for j, k in enumerate(keys) for i in range(len(text)) if text.startswith(k, i))
    assert sorted(sc.find(text)) == want


def test_shipped_matchers_equal_the_reference_on_corpus_text(lexicon):
    """Every literal of the cues matcher, on normalised gold text: the engine's raw
    leftmost-longest matches equal the reference's."""
    import json
    from pathlib import Path

    dev = Path(__file__).resolve().parent.parent / "corpus" / "dev.jsonl"
    line = dev.read_text(encoding="utf-8").splitlines()[0]
    text = lexicon.normalize(json.loads(line)["text"]).text[:300]
    m = lexicon.cues
    keys = [s for s, _, _ in m.literals()]
    assert m._auto.find(text) == _leftmost_longest(keys, text)  # noqa: SLF001


def test_memo_computes_once_per_key_and_stays_bounded(monkeypatch):
    import pipeline.lexicon.matcher as matcher_mod

    m = Matcher()
    calls: list[str] = []

    def compute(key: str):
        return lambda: calls.append(key) or len(calls)

    assert m.memo("a", compute("a")) == 1
    assert m.memo("a", compute("a")) == 1  # remembered
    assert calls == ["a"]
    monkeypatch.setattr(matcher_mod, "MEMO_SIZE", 2)
    m.memo("b", compute("b"))
    m.memo("c", compute("c"))  # past the bound: computed, not kept
    m.memo("c", compute("c"))
    assert calls == ["a", "b", "c", "c"]


def test_patterns_run_by_a_class_scan_find_what_finditer_finds(lexicon):
    """Issue 17: a whole-text slot pattern that ``re`` cannot skip for (a lookbehind opens it:
    (?<!…)来|访…, behind ``rx.skipping``'s lookahead) is tried only where the class of its first
    characters occurs (``_scanned``); its matches, groups included, are finditer's on the gold
    texts, on texts that pack its openers together (来访来苏, 进进京), and on hypothesis text."""
    import json
    from pathlib import Path

    from pipeline.lexicon.matcher import _scanned

    scanned = [c for m in (lexicon.places, lexicon.formulations, lexicon.cues) for c in m._patterns
               if c.scan is not None]
    assert any(c.entry.id == "compound.visit_province_abbr" for c in scanned)
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    texts = [lexicon.normalize(json.loads(x)["text"]).text
             for name in ("dev.jsonl", "train.jsonl") for x in (corpus / name).read_text(encoding="utf-8").splitlines()]
    texts += ["来访来苏来苏访问", "进进京，未来川", "莅临吉林，来吉考察，来蒙投资", "从来滇访问来滇调研", ""]
    for c in scanned:
        for t in texts:
            want = [(m.span(), m.groups()) for m in c.regex.finditer(t)]
            assert [(m.span(), m.groups()) for m in _scanned(c.regex, t, c.scan)] == want, (c.entry.id, t[:40])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet="来访赴抵莅入进未从滇苏川吉蒙京沪考察访问 ，。", max_size=40))
def test_class_scan_equals_finditer_on_packed_openers(lexicon, text):
    from pipeline.lexicon.matcher import _scanned

    for c in lexicon.places._patterns:
        if c.scan is not None:
            assert [m.span() for m in _scanned(c.regex, text, c.scan)] == [m.span() for m in c.regex.finditer(text)]


def _literal_spans_checked_one_by_one(m: Matcher, text: str) -> list[tuple[int, int, int, None]]:
    """The literal part of ``Matcher.spans`` as it was: every hit through the word-boundary checks."""
    out, n, word = [], len(text), __import__("re").compile(r"[0-9a-z]").match
    for start, end, idx in m._auto.find(text):  # noqa: SLF001
        check = m._checks[idx]  # noqa: SLF001
        if check & 1 and start > 0 and word(text[start - 1]):
            continue
        if check & 2 and end < n and word(text[end]):
            if text[end] != "s" or (end + 1 < n and word(text[end + 1])):
                continue
            end += 1
        out.append((start, end, idx, None))
    return out


def test_literal_spans_are_the_automatons_hits_through_the_word_boundary_checks(lexicon):
    """The literal part of ``spans`` (the reference for any faster form of its loop: a C-level
    pass over the key ids was tried in issue 17 and measured slower), on mixed-script texts
    and gold texts."""
    import json
    from pathlib import Path

    m = Matcher()
    m.add_literal("越南", _cue("c.vn"), ())
    m.add_literal("us", _cue("c.us"), ())
    m.build()
    for text in ("越南", "越南bus越南", "越南 us 越南", "越南us", "usa越南", "us越南s", ""):
        assert m.spans(text) == _literal_spans_checked_one_by_one(m, text), text
    assert [s[:2] for s in m.spans("越南bus越南 us")] == [(0, 2), (5, 7), (8, 10)]
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    lines = (corpus / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:400]
    for x in lines:
        text = lexicon.normalize(json.loads(x)["text"]).text
        got = [s for s in lexicon.cues.spans(text)]
        assert got == _literal_spans_checked_one_by_one(lexicon.cues, text)
