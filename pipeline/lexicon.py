"""Load, validate and compile the lexicon.

A :class:`Lexicon` is immutable and hashed. :func:`load` reads every YAML file under the
lexicon directory (ruamel.yaml, safe round-trip loading so each entry keeps its line
number), validates each entry with the pydantic model of its file, checks the whole
(duplicate ids, conflicting surface forms, unknown codes, slot patterns, blockers) and
raises :class:`~pipeline.errors.LexiconError` listing every problem with ``file:line``.

Compiled matchers (:class:`Matcher`) do leftmost-longest matching over the normalised
text: literals through one compiled Aho–Corasick automaton (daachorse) per annotator, slot patterns through
compiled regular expressions, merged by the same leftmost-longest rule.

Example:
    >>> lex = load()                                   # the shipped lexicon
    >>> [m.surface for m in lex.places.find(lex.normalize("内蒙古与蒙古国").text)]
    ['内蒙古', '蒙古国']
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar

from pydantic import ValidationError

from .errors import LexiconError, LexiconProblem
from .lexicon_guard import backtracking_risk, yaml_refs
from .schemas import (
    BlockerEntry,
    CueEntry,
    FormulationEntry,
    OfficialEntry,
    PlaceEntry,
    SlotEntry,
    TitleEntry,
    _Entry,
    code_kind,
)
from .regexopt import anchors, first_chars, trie_alternation
from .text import Normalized, Normalizer

BUILTIN_SLOTS = ("REGION", "PROVINCE", "COUNTRY", "PROV_ABBR", "COUNTRY_ABBR")
_SLOT_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_WORD = re.compile(r"[0-9a-z]")
_HAS_LATIN = re.compile(r"[a-z]{2}")
_HAS_CJK = re.compile(r"[\u3400-\u9fff]")
_ACRONYM = re.compile(r"^[A-Z]{2,4}$")  # matched only as written: US, UK, EU, SCO, ROK
_EMPTY_PROBE = "中 a-1。"  # a pattern with a zero-width match here can match the empty string in a text
_PROBE_WORDS = re.compile(r"[\u3400-\u9fff]+|[a-z]+")


def default_path() -> Path:
    """``$TIFA_LEXICON``, else the shipped lexicon (repo checkout or installed wheel)."""
    env = os.environ.get("TIFA_LEXICON")
    if env:
        return resolve_path(env)
    return shipped_path()


SHIPPED_NAMES = ("shipped", "default", "lexicon")


def resolve_path(path: str | Path) -> Path:
    """A lexicon directory as given, or the shipped one for a name that is no folder here.

    ``--lexicon shipped`` (or ``default``, or ``lexicon`` as the README writes it from the
    repository root) names the shipped lexicon from any directory; an existing folder
    of that name wins.
    """
    p = Path(path)
    if str(path) in SHIPPED_NAMES and not p.is_dir():
        return shipped_path()
    return p


def shipped_path() -> Path:
    """The lexicon shipped with tifa (repo checkout or installed wheel), ignoring ``$TIFA_LEXICON``."""
    here = Path(__file__).resolve().parent
    for cand in (here.parent / "lexicon", here / "_data" / "lexicon"):
        if cand.is_dir():
            return cand
    return here.parent / "lexicon"


# ------------------------------------------------------------------------ matching

T = TypeVar("T")


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
        self.slot_codes: dict[str, dict[str, tuple[str, ...]]] = {}
        self._checks: list[int] = []  # per literal: 1 = word boundary before, 2 = after
        self._dated = False  # some entry has a validity range
        self._derived: dict[Callable[..., object], list[object]] = {}
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
        self._checks.append(lead | tail << 1)
        self._auto.add(surface)

    def add_pattern(self, compiled: _Compiled) -> None:
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
        self._dated = any(e.valid_from or e.valid_to for e, *_ in self._payload) or any(
            c.entry.valid_from or c.entry.valid_to for c in self._patterns)
        self._derived.clear()
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

    def _pattern_runs(self, text: str) -> list[tuple[_Compiled, list[int] | None]]:
        """The slot patterns that can match ``text``, in lexicon order: those whose trigger
        strings occur in it (one automaton pass; with the occurrences' start offsets) and
        those without triggers (with None)."""
        found: dict[int, list[int]] = {}
        if len(self._triggers):
            needing = self._trigger_patterns
            for start, _, t in self._triggers.find(text):
                for i in needing[t]:
                    if i in found:
                        found[i].append(start)
                    else:
                        found[i] = [start]
        if not found and not self._always:
            return []
        latin, cjk = _scripts(text)
        pats = self._patterns
        return [(pats[i], found.get(i)) for i in sorted(found.keys() | set(self._always))
                if (latin if pats[i].lang == "en" else cjk)]

    def literals(self) -> Iterator[tuple[str, _Entry, tuple[str, ...]]]:
        for entry, surface, codes, *_ in self._payload:
            yield surface, entry, codes

    def spans(self, text: str, day: date | None = None) -> list[Span]:
        """Leftmost-longest, non-overlapping matches in normalised ``text``, as ``(start,
        end, index, hit)``: a literal gives its index for :meth:`per_literal` and hit None;
        a slot pattern gives index -1 and its :class:`Hit`. (The tuples spare the
        annotators one object per literal match; :meth:`find` gives Hits for all.)
        """
        cands: list[Span] = []
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
                        if text[end] != "s" or (end + 1 < n and word(text[end + 1])):
                            continue
                        end += 1  # English -s ("indian oceans", "cooperation zones", "meets")
                append((start, end, idx, None))
        if self._patterns:
            literal_only = len(cands)
            for comp, occurrences in self._pattern_runs(text):
                if comp.lead is not None and occurrences is not None:
                    matches: Iterable[re.Match[str]] = _anchored(comp.regex, text, occurrences, comp.lead,
                                                                  comp.first)
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


Span = tuple[int, int, int, "Hit | None"]


def _span_order(s: Span) -> tuple[int, int, bool]:
    return s[0], s[0] - s[1], s[3] is not None


_last_scripts: tuple[str, bool, bool] = ("", False, False)


def _scripts(text: str) -> tuple[bool, bool]:
    """Whether ``text`` has Latin words and CJK characters (the places, formulations and
    cues matchers ask in turn about the same text: the last answer is kept)."""
    global _last_scripts
    last = _last_scripts
    if last[0] is text:
        return last[1], last[2]
    latin = _HAS_LATIN.search(text) is not None
    cjk = _HAS_CJK.search(text) is not None
    _last_scripts = (text, latin, cjk)
    return latin, cjk


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


def _leftmost_longest(sorted_spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    last = -1
    for s in sorted_spans:
        if s[0] >= last:
            out.append(s)
            last = s[1]
    return out


# ------------------------------------------------------------------------- lexicon

_MODEL_FOR = {
    "places": PlaceEntry,
    "formulations": FormulationEntry,
    "blockers": BlockerEntry,
    "cues": CueEntry,
    "slots": SlotEntry,
    "titles": TitleEntry,
    "officials": OfficialEntry,
}


_LIST_FOR = {
    "places": "places_entries",
    "formulations": "formulation_entries",
    "blockers": "blocker_entries",
    "cues": "cue_entries",
    "slots": "slot_entries",
    "titles": "title_entries",
    "officials": "official_entries",
}


def _group_of(rel: Path) -> str | None:
    if rel.parts[0] in ("places", "formulations") and len(rel.parts) > 1:
        return rel.parts[0]
    stem = rel.stem
    return stem if stem in _MODEL_FOR else None


@dataclass
class Lexicon:
    """All entries of a lexicon directory, validated; compiled matchers on demand."""

    path: Path
    places_entries: list[PlaceEntry] = field(default_factory=list)
    formulation_entries: list[FormulationEntry] = field(default_factory=list)
    blocker_entries: list[BlockerEntry] = field(default_factory=list)
    cue_entries: list[CueEntry] = field(default_factory=list)
    slot_entries: list[SlotEntry] = field(default_factory=list)
    # read by the engagement layer only (its attributes), so kept out of ``hash``, which
    # identifies what the matchers and the classifiers see
    title_entries: list[TitleEntry] = field(default_factory=list)
    official_entries: list[OfficialEntry] = field(default_factory=list)
    warnings: list[LexiconProblem] = field(default_factory=list)

    # -- identity ---------------------------------------------------------------
    @cached_property
    def hash(self) -> str:
        """sha256 (16 hex) of the entries' content, independent of comments and layout."""
        payload = sorted(
            (json.dumps(e.model_dump(mode="json", exclude={"file", "line"}), sort_keys=True, ensure_ascii=False))
            for e in self.all_entries()
        )
        return hashlib.sha256("\n".join(payload).encode()).hexdigest()[:16]

    def all_entries(self) -> Iterator[_Entry]:
        yield from self.places_entries
        yield from self.formulation_entries
        yield from self.blocker_entries
        yield from self.cue_entries
        yield from self.slot_entries
        yield from self.official_entries

    @cached_property
    def by_id(self) -> dict[str, _Entry]:
        return {e.id: e for e in self.all_entries()}

    # -- normalisation ----------------------------------------------------------
    @cached_property
    def normalizer(self) -> Normalizer:
        try:
            import opencc

            t2s = opencc.OpenCC("t2s")
        except Exception:  # pragma: no cover - opencc is a hard dependency
            t2s = None
        return Normalizer(t2s)

    def normalize(self, text: str) -> Normalized:
        return self.normalizer.normalize(text)

    # -- compiled matchers --------------------------------------------------------
    @cached_property
    def slot_fillers(self) -> dict[str, dict[str, tuple[str, ...]]]:
        """slot name -> {normalised filler: codes}; built-ins from the places files."""
        term = self.normalizer.term
        slots: dict[str, dict[str, tuple[str, ...]]] = defaultdict(dict)
        for e in self.places_entries:
            kinds = {code_kind(c) for c in e.codes}
            if e.kind in ("name", "compound"):
                for s, _ in e.surfaces():
                    if kinds == {"region"}:
                        slots["REGION"].setdefault(term(s), tuple(e.codes))
                    elif kinds == {"province"} and e.kind == "name":
                        slots["PROVINCE"].setdefault(term(s), tuple(e.codes))
                    elif kinds == {"country"} and e.kind == "name":
                        slots["COUNTRY"].setdefault(term(s), tuple(e.codes))
            if e.abbr:
                target = "PROV_ABBR" if kinds == {"province"} else "COUNTRY_ABBR"
                for a in e.abbr:
                    slots[target].setdefault(term(a), tuple(e.codes))
        for se in self.slot_entries:
            for s, _ in se.surfaces():
                slots[se.slot].setdefault(term(s), tuple(se.codes))
        return dict(slots)

    def compile_pattern(self, regex: str) -> tuple[re.Pattern[str], dict[str, str]]:
        """Expand ``{SLOT}`` references and compile; raises ``KeyError``/``re.error``."""
        fillers = self.slot_fillers
        names: dict[str, str] = {}

        def repl(m: re.Match[str]) -> str:
            slot = m.group(1)
            if slot not in fillers:
                raise KeyError(slot)
            group = f"{slot}__{len(names)}"
            names[group] = slot
            return f"(?P<{group}>" + trie_alternation(fillers[slot]) + ")"

        body = _SLOT_REF.sub(repl, _normalize_regex(regex, self.normalizer))
        return re.compile(body), names

    def _matcher(self, entries: Iterable[_Entry], blockers: Iterable[_Entry] = (), lang_boundary: bool = True) -> Matcher:
        mt = Matcher()
        mt.slot_codes = self.slot_fillers
        term = self.normalizer.term
        for b in blockers:
            for s, _ in b.surfaces():
                mt.add_literal(term(s), b, ())
        for e in entries:
            codes = tuple(getattr(e, "codes", ()) or ())
            for s, _ in e.surfaces():
                mt.add_literal(term(s), e, codes, exact_case=s if _ACRONYM.match(s) else None)
            for i, p in enumerate(getattr(e, "patterns", ())):
                rx, names = self.compile_pattern(p.regex)
                if p.lang == "en":
                    rx = re.compile(r"(?<![0-9a-z])(?:" + rx.pattern + r")(?![0-9a-z])")
                found = anchors(rx, {rx.groupindex[g]: self.slot_fillers[slot] for g, slot in names.items()})
                triggers, lead = found if found else (None, None)
                mt.add_pattern(_Compiled(rx, e, f"{e.id}#{i}", names, triggers, p.lang, lead, first_chars(rx)))
        return mt.build()

    @cached_property
    def official_posts(self) -> dict[str, tuple[OfficialEntry, ...]]:
        """Normalised name -> every post of that name in ``officials.yaml`` (lexicon order)."""
        term = self.normalizer.term
        posts: dict[str, list[OfficialEntry]] = defaultdict(list)
        for e in self.official_entries:
            for s, _ in e.surfaces():
                posts[term(s)].append(e)
        return {k: tuple(v) for k, v in posts.items()}

    @cached_property
    def places(self) -> Matcher:
        """Provinces, countries, regions, blockers and officials' names.

        An official's name is matched as an undated literal (its first post stands for
        all: :func:`pipeline.annotate.officials.post_for` picks the post by date), so
        that leftmost-longest also settles names against place forms.
        """
        names = [posts[0].model_copy(update={"valid_from": None, "valid_to": None})
                 for posts in self.official_posts.values()]
        return self._matcher(list(self.places_entries) + names, self.blocker_entries)

    @cached_property
    def formulations(self) -> Matcher:
        return self._matcher(self.formulation_entries)

    @cached_property
    def cues(self) -> Matcher:
        return self._matcher(self.cue_entries)

    def compile(self) -> "Lexicon":
        """Build every matcher now (e.g. before forking workers)."""
        _ = self.places, self.formulations, self.cues
        return self

    def __getstate__(self) -> dict[str, object]:
        # compiled automata and converters are rebuilt in each worker process
        keep = ("path", "places_entries", "formulation_entries", "blocker_entries", "cue_entries",
                "slot_entries", "official_entries", "warnings")
        return {k: self.__dict__[k] for k in keep}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)


def _normalize_regex(regex: str, normalizer: Normalizer) -> str:
    """Normalise the literal characters of a pattern like text (NFKC, t2s), escaping
    any character that normalisation turns into a regex metacharacter."""
    out = []
    for ch in regex:
        if ch.isascii():
            out.append(ch)
            continue
        n = normalizer.term(ch)
        out.append(re.escape(n) if n.isascii() else n)
    return "".join(out)


# ------------------------------------------------------------------------- loading


_ITEM = re.compile(r"^-(?:\s|$)", re.M)


def _yaml(typ: str):
    from ruamel.yaml import YAML

    return YAML(typ=typ, pure=typ == "rt")


def _read_file(path: Path, rel: str, problems: list[LexiconProblem]) -> list[tuple[dict, int]]:
    """Entries of one YAML file with their line numbers.

    Fast path: the C-accelerated safe loader, with each top-level entry's line taken
    from its ``- `` marker; the (slow, pure-Python) round-trip loader is used only when
    the markers do not line up with the entries or to locate a syntax error.
    """
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(LexiconProblem("E021", rel, 1, str(exc).strip()))
        return []
    try:
        ref = yaml_refs(text)  # before loading: aliases could expand to billions of nodes
        if ref is not None:
            problems.append(LexiconProblem("E038", rel, ref[0], ref[1]))
            return []
        data = _yaml("safe").load(text)
        lines = _item_lines(text)
        if isinstance(data, list) and len(lines) != len(data):
            data = _yaml("rt").load(text)
            lines = [data.lc.item(i)[0] + 1 for i in range(len(data))]
    except MarkedYAMLError as exc:
        line = (exc.problem_mark.line + 1) if exc.problem_mark else 1
        problems.append(LexiconProblem("E021", rel, line, str(exc.problem or exc).strip()))
        return []
    except YAMLError as exc:
        problems.append(LexiconProblem("E021", rel, 1, str(exc).strip()))
        return []
    if data is None:
        return []
    if not isinstance(data, list):
        problems.append(LexiconProblem("E022", rel, 1, "the file must be a YAML list of entries"))
        return []
    out = []
    for item, line in zip(data, lines):
        if not isinstance(item, dict):
            problems.append(LexiconProblem("E022", rel, line, "each entry must be a mapping"))
            continue
        out.append((_plain(item), line))
    return out


def _item_lines(text: str) -> list[int]:
    """Line of each top-level ``- `` marker, counting newlines once through the text (linear)."""
    lines, pos, line = [], 0, 1
    for m in _ITEM.finditer(text):
        line += text.count("\n", pos, m.start())
        pos = m.start()
        lines.append(line)
    return lines


def _plain(obj: object) -> object:
    if isinstance(obj, dict):
        return {str(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_plain(v) for v in obj]
    return obj


def load(path: str | Path | None = None, *, strict: bool = True) -> Lexicon:
    """Load and validate a lexicon directory.

    Args:
        path: the directory; default :func:`default_path`.
        strict: raise :class:`LexiconError` on any error (warnings never raise).

    Returns:
        The validated :class:`Lexicon`; ``lexicon.warnings`` holds the warnings.
    """
    root = resolve_path(path) if path is not None else default_path()
    lex, problems = _load(root)
    errors = [p for p in problems if not p.is_warning]
    lex.warnings = [p for p in problems if p.is_warning]
    if errors and strict:
        raise LexiconError(errors)
    return lex


def validate(path: str | Path | None = None) -> list[LexiconProblem]:
    """Every problem (errors and warnings) of a lexicon directory, sorted by place."""
    return load_checked(path)[1]


def load_checked(path: str | Path | None = None) -> tuple[Lexicon, list[LexiconProblem]]:
    """The (possibly invalid) lexicon and every problem, sorted by place, in one pass."""
    root = resolve_path(path) if path is not None else default_path()
    lex, problems = _load(root)
    return lex, sorted(problems, key=lambda p: (p.file, p.line, p.code))


def _load(root: Path) -> tuple[Lexicon, list[LexiconProblem]]:
    from .errors import TifaError

    if not root.is_dir():
        raise TifaError("E020", path=str(root), detail="not a directory")
    lex = Lexicon(path=root)
    problems: list[LexiconProblem] = []
    files = sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    for f in files:
        rel = f.relative_to(root)
        group = _group_of(rel)
        if group is None:
            problems.append(LexiconProblem("E022", str(rel), 1, "unknown lexicon file (see lexicon/README.md)"))
            continue
        model = _MODEL_FOR[group]
        for raw, line in _read_file(f, str(rel), problems):
            if group == "formulations":
                raw.setdefault("type", rel.stem)
            try:
                entry = model(**raw, file=str(rel), line=line)
            except ValidationError as exc:
                for err in exc.errors():
                    loc = ".".join(str(x) for x in err["loc"]) or "entry"
                    problems.append(LexiconProblem("E022", str(rel), line, f"{raw.get('id', '?')}: {loc}: {err['msg']}"))
                continue
            except TypeError as exc:
                problems.append(LexiconProblem("E022", str(rel), line, str(exc)))
                continue
            getattr(lex, _LIST_FOR[group]).append(entry)
    problems.extend(_check(lex))
    return lex, problems


def _check(lex: Lexicon) -> list[LexiconProblem]:
    """Whole-lexicon checks: ids, codes, surface conflicts, patterns, blockers."""
    problems: list[LexiconProblem] = []
    seen: dict[str, _Entry] = {}
    for e in lex.all_entries():
        if e.id in seen:
            o = seen[e.id]
            problems.append(LexiconProblem("E023", e.file, e.line, f"{e.id} also at {o.file}:{o.line}"))
        else:
            seen[e.id] = e
    for e in lex.all_entries():
        if e.valid_from and e.valid_to and e.valid_to < e.valid_from:
            problems.append(LexiconProblem("E022", e.file, e.line, f"{e.id}: valid_to {e.valid_to} is before "
                                                                   f"valid_from {e.valid_from}"))
    for e in lex.places_entries:
        for c in e.codes + e.members:
            if code_kind(c) is None:
                problems.append(LexiconProblem("E025", e.file, e.line, f"{e.id}: {c}"))
    for b in lex.blocker_entries:
        for c in b.blocks:
            if code_kind(c) is None:
                problems.append(LexiconProblem("E025", b.file, b.line, f"{b.id}: {c}"))
    for s in lex.slot_entries:
        for c in s.codes:
            if code_kind(c) is None:
                problems.append(LexiconProblem("E025", s.file, s.line, f"{s.id}: {c}"))
    term = lex.normalizer.term

    def conflicts(entries: Iterable[_Entry], meaning) -> None:
        owner: dict[str, tuple[object, _Entry]] = {}
        for e in entries:
            for s, _ in e.surfaces():
                t = term(s)
                m = meaning(e)
                if t in owner:
                    om, oe = owner[t]
                    if om != m:
                        problems.append(LexiconProblem(
                            "E024", e.file, e.line,
                            f"{s!r} in {e.id} means {m}, but in {oe.id} ({oe.file}:{oe.line}) {om}"))
                    elif oe.id != e.id and oe.file == e.file:
                        problems.append(LexiconProblem("W001", e.file, e.line, f"{s!r} also in {oe.id}"))
                else:
                    owner[t] = (m, e)

    conflicts(list(lex.blocker_entries) + list(lex.places_entries),
              lambda e: tuple(sorted(getattr(e, "codes", []) or [])) or "blocked")
    conflicts(lex.formulation_entries, lambda e: e.type)
    conflicts(lex.cue_entries, lambda e: e.category)
    # patterns compile, use known slots, never match ''
    for e in list(lex.places_entries) + list(lex.formulation_entries):
        for p in getattr(e, "patterns", []):
            try:
                rx, _ = lex.compile_pattern(p.regex)
            except KeyError as exc:
                problems.append(LexiconProblem("E027", e.file, e.line, f"{e.id}: {{{exc.args[0]}}}"))
                continue
            except re.error as exc:
                problems.append(LexiconProblem("E026", e.file, e.line, f"{e.id}: {exc}"))
                continue
            risk = backtracking_risk(rx.pattern)
            if risk is not None:  # checked before the probe below, which such a pattern could hang
                problems.append(LexiconProblem("E039", e.file, e.line, f"{e.id}: {risk}: {p.regex}"))
                continue
            probe = _EMPTY_PROBE + " ".join(_PROBE_WORDS.findall(p.regex))  # lookarounds need their words
            if rx.search("") is not None or any(m.start() == m.end() for m in rx.finditer(probe)):
                problems.append(LexiconProblem("E026", e.file, e.line, f"{e.id}: matches the empty string"))
    # a blocker must contain some place form, or it blocks nothing
    place_forms: dict[str, set[str]] = defaultdict(set)
    for e in lex.places_entries:
        for s, _ in e.surfaces():
            place_forms[term(s)].update(e.codes)
    problems.extend(_check_officials(lex, place_forms))
    for b in lex.blocker_entries:
        guarded: set[str] = set()
        for s, _ in b.surfaces():
            t = term(s)
            n = len(t)  # every proper substring of the blocker that is a place form (blockers are short)
            inner = [place_forms[t[i:j]] for i in range(n) for j in range(i + 1, n + 1)
                     if j - i < n and t[i:j] in place_forms]
            if not inner:
                problems.append(LexiconProblem("E028", b.file, b.line, f"{b.id}: {s!r} contains no place form"))
            guarded.update(*inner)
        idle = [c for c in b.blocks if c not in guarded]
        if idle and b.surfaces():
            problems.append(LexiconProblem("W007", b.file, b.line, f"{b.id}: blocks {idle}, but no form inside "
                                                                   f"it means {'/'.join(idle)}"))
    return problems


def _check_officials(lex: Lexicon, place_forms: dict[str, set[str]]) -> list[LexiconProblem]:
    """Officials: a province code, a term with a start, and a name that is no place form
    or blocker (the places matcher would give the name to the place)."""
    problems: list[LexiconProblem] = []
    term = lex.normalizer.term
    blocked = {term(s) for b in lex.blocker_entries for s, _ in b.surfaces()}
    for e in lex.official_entries:
        if code_kind(e.code) != "province":
            problems.append(LexiconProblem("E025", e.file, e.line, f"{e.id}: {e.code} is not a province code"))
        if e.valid_from is None:
            problems.append(LexiconProblem("E022", e.file, e.line, f"{e.id}: an official needs valid_from"))
        if not e.surfaces():
            problems.append(LexiconProblem("E022", e.file, e.line, f"{e.id}: no name (zh or en)"))
        for s, _ in e.surfaces():
            t = term(s)
            if t in place_forms or t in blocked:
                problems.append(LexiconProblem(
                    "E024", e.file, e.line, f"{s!r} in {e.id} is a person, but also a place form or blocker"))
    return problems
