"""Tagging time linear in document size (issue 17): the steps that were quadratic, pinned
to their plain forms, and a 5 MB document tagged whole (records asserted, never time)."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.annotate.formulations import _inside
from pipeline.schemas import Document, new_mention
from pipeline.text import _COLLAPSE, INVISIBLE


def _normalize_per_char(text: str) -> tuple[str, tuple[int, ...] | None]:
    """The normaliser's former slow path, character by character (the reference)."""
    out: list[str] = []
    offs: list[int] = []
    for i, ch in enumerate(text):
        n = ch.lower() if ch.isascii() else ("" if ch in INVISIBLE else unicodedata.normalize("NFKC", ch).lower())
        if not n:
            continue
        out.append(n)
        offs.extend([i] * len(n))
    offs.append(len(text))
    s = "".join(out)
    return s, (tuple(offs) if len(s) != len(text) or offs[:-1] != list(range(len(text))) else None)


_RUN = re.compile(r"(?P<hyphen>(?<=-)[^\S\n]*\n\s*(?=\S))|\s{2,}|[^\S ]")
_LETTER = re.compile(r"[^\W\d_]")


def _reference(text: str) -> tuple[str, list[int]]:
    """Per character, then every whitespace run of the result as one space and a line break
    after an in-word hyphen dropped (issue 19 item 11): the text and the full offset map.

    "In-word" is judged on the ORIGINAL characters on both sides (a letter before the hyphen,
    a letter after the break), as the normaliser reads them: ㎏ is no letter, though it
    normalises to "kg"; ① is a word character, though it normalises to "1"."""
    s, offs = _normalize_per_char(text)
    full = list(offs) if offs is not None else list(range(len(text) + 1))
    out, out_offs, pos = [], [], 0
    for m in _RUN.finditer(s):
        a, b = m.span()
        out.append(s[pos:a])
        out_offs += full[pos:a]
        hyphen = (m.group("hyphen") is not None and a >= 2 and _LETTER.match(text[full[a - 2]]) is not None
                  and _LETTER.match(text[full[b]]) is not None)
        if not hyphen:
            out.append(" ")
            out_offs.append(full[a])
        pos = b
    out.append(s[pos:])
    out_offs += full[pos:]
    return "".join(out), out_offs


_CHARS = st.sampled_from(list("云南越a B，…\u00ad\u200bﬁ㎏Ⅻ①\U0001d400\U00010400\U0001f100Ａ。\n\t-") + ["臺", "灣", "  "])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_CHARS, max_size=40).map("".join))
@example("云-\n\U0001f100")  # found by hypothesis: a word character that normalises to a digit
@example("云-\n㎏")  # no word character that normalises to letters
@example("km²-\nab")
def test_normalize_slow_path_equals_per_character_form(lexicon, text):
    norm = lexicon.normalizer
    got = norm.normalize(text)
    want_text, want_offsets = _reference(text)
    if norm._multi_rx.search(text) or _COLLAPSE.search(text):  # noqa: SLF001 - the slow path
        assert got.text == norm._t2s_step(want_text, None).text  # noqa: SLF001 - t2s applies to both alike
        got_offsets = list(got.offsets) if got.offsets is not None else list(range(len(got.text) + 1))
        assert got_offsets == want_offsets  # each character (and the end) maps where the reference maps it
    for a in range(len(got.text)):
        s, e = got.orig_span(a, a + 1)
        assert isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=30),
       st.integers(0, 60), st.integers(1, 30))
def test_regions_inside_a_role_equal_the_plain_filter(spans, start, width):
    regions = sorted((new_mention(a, a + w, "x" * w, "region", f"R{i}", "e") for i, (a, w) in enumerate(spans)),
                     key=lambda r: r.start)
    end = start + width
    want = [r.code for r in regions if start <= r.start and r.end <= end]
    assert _inside(regions, [r.start for r in regions], start, end) == want


def test_five_megabyte_document_tags_whole(tagger):
    """A 5 MB single document (a yearbook dumped as one file): every paragraph's mentions
    found, at the offsets of that paragraph, and the document-level fields set."""
    para = ("云南省委书记在昆明会见越南老街省委书记，双方就建设面向南亚东南亚辐射中心深入交换意见。"
            "Yunnan signed a trade agreement with Laos\u00ad in Kunming. ")
    reps = 5_000_000 // len(para.encode("utf-8")) + 1
    text = para * reps
    assert len(text.encode("utf-8")) > 5_000_000
    one = tagger.tag(para)
    rec = tagger.tag(Document(id="big", text=text))
    assert rec.provinces == one.provinces and rec.partners == one.partners
    assert rec.engagement == one.engagement
    n = len(para)
    per = [(m.start, m.end, m.label, m.code, m.entry) for m in one.mentions]
    assert len(rec.mentions) == len(per) * reps
    last = rec.mentions[-len(per):]
    assert [(m.start - (reps - 1) * n, m.end - (reps - 1) * n, m.label, m.code, m.entry) for m in last] == per
    assert all(text[m.start:m.end] == m.text for m in rec.mentions[:: max(1, len(rec.mentions) // 1000)])


def test_collector_paused_only_while_a_batch_is_tagged(tagger):
    """The collector is off inside a batch, back on before a record is handed out, and
    left off when the caller had turned it off."""
    import gc

    from pipeline.tagger import paused_gc

    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    for _ in tagger.pipe(["云南会见越南客人", "Yunnan met Laos"]):
        assert gc.isenabled()
    gc.disable()
    try:
        list(tagger.pipe(["云南会见越南客人"]))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_long_round_up_pairs_every_act(tagger):
    """A long document of many dated acts by alternating provinces (a year's round-up): every act
    is its own engagement with its own partner. Each engagement's cues are found by bisection
    (an engagement once scanned every cue of the document: quadratic in length, caught by the
    per-size table of bench/run.py)."""
    acts = []
    for k in range(400):
        month, day = k % 12 + 1, k % 28 + 1
        acts.append(f"{month}月{day}日，云南省委书记在昆明会见越南客人。" if k % 2 == 0
                    else f"{month}月{day}日，广西壮族自治区党委书记在南宁会见老挝客人。")
    rec = tagger.tag(Document(id="year", text="".join(acts), date=None))
    pairs = [(e.provinces, e.partners, e.category) for e in rec.engagements]
    assert len(pairs) == 400
    assert pairs[:2] == [(["CN-YN"], ["VNM"], "high_level_meeting"), (["CN-GX"], ["LAO"], "high_level_meeting")]
    assert set(map(str, pairs)) == {str(pairs[0]), str(pairs[1])}


def _background_frames_plain(text, countries):
    """``place_roles.background_frames`` before issue 17's speed step: every frame word
    walks every mention (quadratic in a long text); the reference for the bisected form."""
    from pipeline.place_roles import (_EN_BORDER, _EN_SEP, _T2S, _ZH_BORDER, _ZH_REACH, _ZH_REACH_END, _ZH_SEP,
                                      _ZH_TAIL, in_route_name)
    from bisect import bisect_left

    text = text.translate(_T2S)
    order = sorted(range(len(countries)), key=lambda i: countries[i].start)
    ms = [countries[i] for i in order]
    out = {order[k] for k, m in enumerate(ms) if in_route_name(text, m)}
    for kw in _ZH_BORDER.finditer(text):
        end, sep = kw.start(), _ZH_TAIL
        for k in range(len(ms) - 1, -1, -1):
            m = ms[k]
            if m.end > end:
                continue
            if sep.fullmatch(text, m.end, end) is None and not (m.end == end and k + 1 < len(ms)
                                                                  and ms[k + 1].code == m.code):
                break
            out.add(order[k])
            end, sep = m.start, _ZH_SEP
    ms_starts = [m.start for m in ms]
    for kw in _ZH_REACH.finditer(text):
        start, run = kw.end(), []
        for k in range(bisect_left(ms_starts, start), len(ms)):
            m = ms[k]
            if text[start:m.start].strip() and not (run and _ZH_SEP.fullmatch(text, start, m.start)):
                break
            run.append(order[k])
            start = m.end
        if len(run) >= 2 and _ZH_REACH_END.match(text, start):
            out.update(run)
    for kw in _EN_BORDER.finditer(text):
        start, first = kw.end(), True
        for k, m in enumerate(ms):
            if m.start < start:
                continue
            gap = text[start:m.start]
            if not (gap.strip().lower() in ("", "the") if first else _EN_SEP.fullmatch(gap)):
                break
            out.add(order[k])
            start, first = m.end, False
    return out


_COUNTRY_WORDS = {"越南": "VNM", "老挝": "LAO", "老撾": "LAO", "缅甸": "MMR", "Russia": "RUS", "Mongolia": "MNG"}
_FRAME_PIECES = ["越南", "老挝", "老撾", "缅甸", "Russia", "Mongolia", "、", "和", " and ", ", ", "接壤", "與", "隔海相望",
                 "通达", "等", "等3个国家", "铁路", "borders ", "bordering the ", "。", "云南", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAME_PIECES), max_size=30), st.data())
def test_background_frames_equal_the_plain_form(pieces, data):
    from pipeline.place_roles import background_frames

    text, countries, pos = "", [], 0
    for p in pieces:
        if p in _COUNTRY_WORDS:
            countries.append(new_mention(pos, pos + len(p), p, "country", _COUNTRY_WORDS[p], "e"))
        text += p
        pos += len(p)
    countries = data.draw(st.permutations(countries))  # (any input order: indexes refer to it)
    assert background_frames(text, countries) == _background_frames_plain(text, countries)


def test_context_compounds_recode_in_a_long_list():
    """The bare compound takes the one candidate the text names, however many countries it names."""
    from pipeline.annotate.context import resolve_context_compounds
    from pipeline.lexicon import load

    ms = [new_mention(i * 4, i * 4 + 2, "越南", "country", "VNM", "country.VNM") for i in range(2000)]
    ms.append(new_mention(9000, 9004, "尼日利亚", "country", "NGA", "country.NGA"))
    bare = new_mention(9010, 9012, "中尼", "country", "NPL", "country.NPL.compound")
    resolve_context_compounds(ms + [bare], load())
    assert bare.code == "NGA"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3)), max_size=12), st.integers(1, 40), st.data())
def test_offset_map_span_equals_two_lookups(steps, extra, data):
    """``OffsetMap.span`` (one call per mention) gives what indexing the map twice gives."""
    from pipeline.text import OffsetMap

    changes, out, orig = [], 0, 0
    for gap, width in steps:  # a change every few characters: dropped (0), kept, or expanded
        out += gap
        orig += gap
        changes.append((out, width, orig))
        out += width
        orig += 1
    size = out + extra
    m = OffsetMap(changes, size)
    start = data.draw(st.integers(-size, size + 2))
    end = data.draw(st.integers(-size, size + 2))
    try:
        want = (m[start], m[end - 1] + 1)
    except IndexError:
        want = IndexError
    try:
        got = m.span(start, end)
    except IndexError:
        got = IndexError
    assert got == want
