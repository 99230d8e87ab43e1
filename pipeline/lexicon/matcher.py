"""The compiled matcher: leftmost-longest matching over normalised text.

Literals go through one compiled Aho–Corasick automaton (daachorse) per annotator, slot
patterns through compiled regular expressions (tried only near their trigger strings),
merged by the same leftmost-longest rule. A :class:`Matcher` knows entries only as
payload: it never touches :class:`~pipeline.lexicon.Lexicon`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Callable, Hashable, Iterable, Iterator, TypeVar

from ..rx import pair_scan, skipping
from ..schemas import _Entry

_WORD = re.compile(r"[0-9a-z]")
_HAS_LATIN = re.compile(r"[a-z]{2}")
_HAS_CJK = re.compile(r"[\u3400-\u9fff]")


T = TypeVar("T")
MEMO_SIZE = 200_000  # keys a matcher remembers (:meth:`Matcher.memo`): bounded memory on any input


class Hit:
    """A match on the normalised text: ``[start, end)`` and what produced it.

    ``groups`` holds (slot name, start, end) for pattern matches; ``exact_case`` the
    original spelling a short acronym must have. A plain slotted class: matchers make
    one per match, so construction cost matters.
    """

    __slots__ = ("start", "end", "entry", "surface", "codes", "rule", "groups", "exact_case")

    def __init__(self, start: int, end: int, entry: _Entry, surface: str, codes: tuple[str, ...] = (),
                 rule: str | None = None, groups: tuple[tuple[str, int, int], ...] = (),
                 exact_case: str | None = None) -> None:
        self.start, self.end, self.entry, self.surface = start, end, entry, surface
        self.codes, self.rule, self.groups, self.exact_case = codes, rule, groups, exact_case

    def __repr__(self) -> str:
        return f"Hit({self.start}, {self.end}, {self.surface!r}, {self.entry.id})"


@dataclass
class _Compiled:
    regex: re.Pattern[str]
    entry: _Entry
    rule: str
    slots: dict[str, str]  # group name -> slot name
    triggers: frozenset[str] | None = None  # every match contains one of these
    lang: str = "zh"
    lead: int | None = None  # ... starting at most this far after the match start: the regex
    # is then tried only at the lead + 1 positions before each trigger occurrence
    first: frozenset[str] | None = None  # characters a match starts with (None: unknown)
    scan: re.Pattern[str] | None = None  # a class of ``first`` where re cannot skip to them itself


class _Scanner:
    """A compiled Aho–Corasick automaton over string keys (daachorse's charwise double
    array, built on :meth:`build`): leftmost-longest non-overlapping matches, or with
    ``overlapping=True`` every occurrence of every key.

    Offsets are Python string indexes (code points), characters beyond the BMP included.
    daachorse was chosen over ahocorasick_rs and pyahocorasick by measurement on this
    lexicon (``bench/engines.py``, ``docs/performance.md``); unlike pyahocorasick's
    ``iter_long`` it keeps a match that ends the text while a longer key is pending.
    """

    def __init__(self, *, overlapping: bool = False) -> None:
        self._keys: list[str] = []
        self._overlapping = overlapping
        self._find: Callable[[str], list[tuple[int, int, int]]] | None = None

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key: str) -> int:
        """Add a key (non-empty, not already added); returns its id as :meth:`find` reports it."""
        self._keys.append(key)
        return len(self._keys) - 1

    def build(self) -> None:
        if not self._keys:
            self._find = None
            return
        import daachorse

        if self._overlapping:
            self._find = daachorse.CharwiseDoubleArrayAhoCorasick(
                self._keys, daachorse.MATCH_KIND_STANDARD).find_overlapping
        else:
            self._find = daachorse.CharwiseDoubleArrayAhoCorasick(
                self._keys, daachorse.MATCH_KIND_LEFTMOST_LONGEST).find

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """``(start, end, key id)`` of the matches in ``text``: in text order (leftmost-longest),
        or by end (overlapping)."""
        return self._find(text) if self._find is not None else []


class Matcher:
    """Leftmost-longest matcher over literals (Aho–Corasick) and slot patterns (regex).

    Literals are stored normalised; Latin-script literals must sit on word boundaries.
    """

    def __init__(self) -> None:
        self._auto = _Scanner()  # literal i is key i
        self._payload: list[tuple[_Entry, str, tuple[str, ...], bool, bool, str | None]] = []
        self._index: dict[str, int] = {}
        self._patterns: list[_Compiled] = []
        self._triggers = _Scanner(overlapping=True)  # trigger strings
        self._trigger_patterns: list[tuple[int, ...]] = []  # per trigger: indexes of the patterns needing it
        self._always: tuple[int, ...] = ()  # patterns with no known trigger
        self._always_set: frozenset[int] = frozenset()
        self._english: list[bool] = []  # per pattern: English (else Chinese)
        self.slot_codes: dict[str, dict[str, tuple[str, ...]]] = {}
        self._checks: list[int] = []  # per literal: 1 = word boundary before, 2 = after, 4 = -s may follow
        self._dated = False  # some entry has a validity range
        self._derived: dict[Callable[..., object], list[object]] = {}
        self._memo: dict[object, object] = {}
        self._built = False

    def add_literal(self, surface: str, entry: _Entry, codes: tuple[str, ...], *, exact_case: str | None = None) -> None:
        """Add a normalised literal (the first entry to claim a surface keeps it; validation
        reports a second one with another meaning as E024).

        ``exact_case``: the spelling the original text must have (short all-capital
        acronyms: "US" is the United States, "us" the pronoun).
        """
        if surface in self._index:
            return
        lead = bool(_WORD.match(surface[0]))
        tail = bool(_WORD.match(surface[-1]))
        self._index[surface] = len(self._payload)
        self._payload.append((entry, surface, codes, lead, tail, exact_case))
        # 4: the English -s may follow ("indian oceans"), not after a final word of two letters or
        # fewer ("hai ha" + s is the verb of "… Li Hai has said", "son la" + s)
        short = tail and len(surface.rsplit(" ", 1)[-1]) <= 2
        self._checks.append(lead | tail << 1 | (0 if short else 4))
        self._auto.add(surface)

    def add_pattern(self, compiled: _Compiled) -> None:
        # behind a lookahead of its first characters where re would otherwise try it at every
        # position (a pattern opening with a lookbehind: (?<!…)来|访…): same matches (issue 17)
        wrapped = skipping(compiled.regex)
        if wrapped is not compiled.regex and compiled.first:
            # re tries such a pattern's lookahead at every position of the text (~3x the cost of
            # its own scan for a first literal or class): a pattern run on the whole text finds
            # its candidate positions with a class scan instead (:func:`_scanned`), of its first two
            # characters where they can be listed (来 and 访 are frequent, 来川 rare)
            compiled.scan = pair_scan(compiled.regex) or re.compile(
                "[" + "".join(map(re.escape, sorted(compiled.first))) + "]")
        compiled.regex = wrapped
        self._patterns.append(compiled)

    def build(self) -> "Matcher":
        self._auto.build()
        needs: dict[str, list[int]] = defaultdict(list)
        always = []
        for i, comp in enumerate(self._patterns):
            if comp.triggers is None:
                always.append(i)
            for t in comp.triggers or ():
                needs[t].append(i)
        self._triggers = _Scanner(overlapping=True)
        self._trigger_patterns = []
        for t, idxs in needs.items():
            self._triggers.add(t)
            self._trigger_patterns.append(tuple(idxs))
        self._triggers.build()
        self._always = tuple(always)
        self._always_set = frozenset(always)
        self._english = [c.lang == "en" for c in self._patterns]
        self._dated = any(e.valid_from or e.valid_to for e, *_ in self._payload) or any(
            c.entry.valid_from or c.entry.valid_to for c in self._patterns)
        self._derived.clear()
        self._memo.clear()
        self._built = True
        return self

    def per_literal(self, fn: Callable[[_Entry, str, tuple[str, ...], str | None], T]) -> list[T]:
        """``fn(entry, surface, codes, exact_case)`` for every literal, by the index
        :meth:`spans` reports (computed once per function: what an annotator makes of a
        literal hit does not depend on the document)."""
        out = self._derived.get(fn)
        if out is None:
            out = self._derived[fn] = [fn(e, surface, codes, exact) for e, surface, codes, _, _, exact in self._payload]
        return out  # type: ignore[return-value]

    @property
    def dated(self) -> bool:
        """Whether some entry has a validity range (so a hit may depend on the day)."""
        return self._dated

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, remembered under ``key`` for this matcher (a value that depends on
        the matcher and the key alone, e.g. the terms nested inside a hit's phrase). At most
        :data:`MEMO_SIZE` keys are kept; past that, values are computed each time."""
        try:
            return self._memo[key]  # type: ignore[return-value]
        except KeyError:
            value = compute()
            if len(self._memo) < MEMO_SIZE:
                self._memo[key] = value
            return value

    def _pattern_runs(self, text: str) -> list[tuple[_Compiled, list[int] | None]]:
        """The slot patterns that can match ``text``, in lexicon order: those whose trigger
        strings occur in it (one automaton pass; with the occurrences' start offsets) and
        those without triggers (with None)."""
        found: dict[int, list[int]] = {}
        if len(self._triggers):
            by_trigger: dict[int, list[int]] = {}  # trigger -> its start offsets (a trigger recurs)
            for start, _, t in self._triggers.find(text):
                if t in by_trigger:
                    by_trigger[t].append(start)
                else:
                    by_trigger[t] = [start]
            needing = self._trigger_patterns
            for t, starts in by_trigger.items():
                for i in needing[t]:
                    if i in found:
                        found[i] += starts
                    else:
                        found[i] = starts if len(needing[t]) == 1 else list(starts)
        if not found and not self._always:
            return []
        pats, english = self._patterns, self._english
        has: list[bool | None] = [None, None]  # does the text have CJK / Latin words? asked once each
        runs = []
        for i in sorted(found.keys() | self._always_set) if found else self._always:
            en = english[i]
            ok = has[en]
            if ok is None:
                ok = has[en] = (_HAS_LATIN if en else _HAS_CJK).search(text) is not None
            if ok:
                runs.append((pats[i], found.get(i)))
        return runs

    def literals(self) -> Iterator[tuple[str, _Entry, tuple[str, ...]]]:
        for entry, surface, codes, *_ in self._payload:
            yield surface, entry, codes

    def spans(self, text: str, day: date | None = None) -> list[MatchSpan]:
        """Leftmost-longest, non-overlapping matches in normalised ``text``, as ``(start,
        end, index, hit)``: a literal gives its index for :meth:`per_literal` and hit None;
        a slot pattern gives index -1 and its :class:`Hit`. (The tuples spare the
        annotators one object per literal match; :meth:`find` gives Hits for all.)
        """
        cands: list[MatchSpan] = []
        n = len(text)
        if len(self._auto):
            checks = self._checks
            append = cands.append
            word = _WORD.match
            for start, end, idx in self._auto.find(text):
                check = checks[idx]
                if check:
                    if check & 1 and start > 0 and word(text[start - 1]):
                        continue
                    if check & 2 and end < n and word(text[end]):
                        if text[end] != "s" or not check & 4 or (end + 1 < n and word(text[end + 1])):
                            continue
                        end += 1  # English -s ("indian oceans", "cooperation zones", "meets")
                append((start, end, idx, None))
        if self._patterns:
            literal_only = len(cands)
            for comp, occurrences in self._pattern_runs(text):
                if comp.lead == 0 and occurrences is not None and len(occurrences) == 1:
                    # (the common run: one trigger occurrence, the match starting on it; _anchored's steps)
                    c = occurrences[0]
                    first = comp.first
                    m0 = comp.regex.match(text, c) if first is None or text[c] in first else None
                    if m0 is None:
                        continue
                    matches: Iterable[re.Match[str]] = (m0,)
                elif comp.lead is not None and occurrences is not None:
                    matches = _anchored(comp.regex, text, occurrences, comp.lead, comp.first)
                elif comp.scan is not None and occurrences is None:  # (measured on the whole-text runs)
                    matches = _scanned(comp.regex, text, comp.scan)
                else:
                    matches = comp.regex.finditer(text)
                for m in matches:
                    if m.end() == m.start():
                        continue
                    groups = tuple(
                        (comp.slots[g], m.start(g), m.end(g))
                        for g in comp.slots
                        if m.start(g) >= 0
                    )
                    codes: list[str] = []
                    for slot, a, b in groups:
                        codes.extend(self.slot_codes.get(slot, {}).get(text[a:b], ()))
                    hit = Hit(m.start(), m.end(), comp.entry, m.group(0), tuple(dict.fromkeys(codes)), comp.rule, groups)
                    cands.append((hit.start, hit.end, -1, hit))
            if len(cands) > literal_only:  # (the literal matches alone are ordered and disjoint)
                cands.sort(key=_span_order)  # literals win ties
                cands = _leftmost_longest(cands)
        if day is not None and self._dated:
            payload = self._payload
            cands = [c for c in cands if (c[3].entry if c[3] is not None else payload[c[2]][0]).valid_on(day)]
        return cands

    def find(self, text: str, day: date | None = None) -> list[Hit]:
        """:meth:`spans` as :class:`Hit` objects."""
        payload = self._payload
        out = []
        for start, end, idx, hit in self.spans(text, day):
            if hit is None:
                entry, surface, codes, _, _, exact = payload[idx]
                hit = Hit(start, end, entry, surface, codes, None, (), exact)
            out.append(hit)
        return out


MatchSpan = tuple[int, int, int, "Hit | None"]  # (start, end, literal index or -1, Hit or None)


def _span_order(s: MatchSpan) -> tuple[int, int, bool]:
    return s[0], s[0] - s[1], s[3] is not None


def _anchored(rx: re.Pattern[str], text: str, occurrences: list[int], lead: int,
              first: frozenset[str] | None = None) -> Iterator[re.Match[str]]:
    """The matches ``rx.finditer(text)`` would give, for a pattern whose every match starts
    at most ``lead`` characters before an occurrence of one of its triggers (so no match
    is empty): ``rx.match`` is tried only at those positions, left to right, resuming
    after each match as ``finditer`` does, and of them only where the text holds one of
    ``first``, the characters a match can start with (None: anywhere)."""
    pos = 0
    if lead == 0:
        starts: Iterable[int] = sorted(set(occurrences))
    elif len(occurrences) == 1:
        starts = range(max(occurrences[0] - lead, 0), occurrences[0] + 1)
    else:
        starts = sorted({p for t in occurrences for p in range(max(t - lead, 0), t + 1)})
    for c in starts:
        if c < pos or (first is not None and text[c] not in first):
            continue
        m = rx.match(text, c)
        if m is not None:
            yield m
            pos = m.end()


def _scanned(rx: re.Pattern[str], text: str, scan: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches ``rx.finditer(text)`` gives, for a pattern whose every match starts with a
    character of the class ``scan`` (so no match is empty): ``rx.match`` is tried only where
    ``scan`` finds one (re's own fast scan for a class), left to right, resuming after each
    match as ``finditer`` does (a lookbehind reads the text before the position, as there)."""
    search, match = scan.search, rx.match
    pos = 0
    while True:
        c = search(text, pos)
        if c is None:
            return
        p = c.start()
        m = match(text, p)
        if m is None:
            pos = p + 1
        else:
            yield m
            pos = m.end()


def _leftmost_longest(sorted_spans: list[MatchSpan]) -> list[MatchSpan]:
    out: list[MatchSpan] = []
    last = -1
    for s in sorted_spans:
        if s[0] >= last:
            out.append(s)
            last = s[1]
    return out
