"""Whole-lexicon checks: duplicate ids, unknown codes, conflicting surfaces, patterns, officials."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING, Iterable

from ..errors import E, Problem
from ..schemas import _Entry, code_kind
from .guard import backtracking_risk

if TYPE_CHECKING:
    from .model import Lexicon

_WORD = re.compile(r"[0-9a-z]")
_EMPTY_PROBE = "中 a-1。"  # a pattern with a zero-width match here can match the empty string in a text
_PROBE_WORDS = re.compile(r"[\u3400-\u9fff]+|[a-z]+")


def _check(lex: Lexicon) -> list[Problem]:
    """Whole-lexicon checks: ids, codes, surface conflicts, patterns, blockers."""
    problems: list[Problem] = []
    seen: dict[str, _Entry] = {}
    for e in (*lex.all_entries(), *lex.foreign_body_entries):  # (the foreign bodies are not hashed, but are ids)
        if e.id in seen:
            o = seen[e.id]
            problems.append(Problem(E.LEXICON_DUPLICATE_ID, e.file, e.line, f"{e.id} also at {o.file}:{o.line}"))
        else:
            seen[e.id] = e
    for e in lex.all_entries():
        if e.valid_from and e.valid_to and e.valid_to < e.valid_from:
            problems.append(Problem(E.LEXICON_SCHEMA, e.file, e.line, f"{e.id}: valid_to {e.valid_to} is before "
                                                                   f"valid_from {e.valid_from}"))
    for e in lex.places_entries:
        for c in e.codes + e.members:
            if code_kind(c) is None:
                problems.append(Problem(E.LEXICON_UNKNOWN_CODE, e.file, e.line, f"{e.id}: {c}"))
    for b in lex.blocker_entries:
        for c in b.blocks:
            if code_kind(c) is None:
                problems.append(Problem(E.LEXICON_UNKNOWN_CODE, b.file, b.line, f"{b.id}: {c}"))
    for s in lex.slot_entries:
        for c in s.codes:
            if code_kind(c) is None:
                problems.append(Problem(E.LEXICON_UNKNOWN_CODE, s.file, s.line, f"{s.id}: {c}"))
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
                        problems.append(Problem(
                            E.LEXICON_SURFACE_CONFLICT, e.file, e.line,
                            f"{s!r} in {e.id} means {m}, but in {oe.id} ({oe.file}:{oe.line}) {om}"))
                    elif oe.id != e.id and oe.file == e.file:
                        problems.append(Problem(E.LEXICON_SURFACE_TWICE, e.file, e.line, f"{s!r} also in {oe.id}"))
                else:
                    owner[t] = (m, e)

    conflicts(list(lex.blocker_entries) + list(lex.places_entries),
              lambda e: tuple(sorted(getattr(e, "codes", []) or [])) or "blocked")
    conflicts(lex.formulation_entries, lambda e: e.type)
    conflicts(lex.cue_entries, lambda e: e.category)
    conflicts(lex.foreign_body_entries, lambda e: e.kind)
    # patterns compile, use known slots, never match ''
    for e in list(lex.places_entries) + list(lex.formulation_entries):
        for p in getattr(e, "patterns", []):
            try:
                rx, _ = lex.compile_pattern(p.regex)
            except KeyError as exc:
                problems.append(Problem(E.LEXICON_UNKNOWN_SLOT, e.file, e.line, f"{e.id}: {{{exc.args[0]}}}"))
                continue
            except re.error as exc:
                problems.append(Problem(E.LEXICON_PATTERN, e.file, e.line, f"{e.id}: {exc}"))
                continue
            risk = backtracking_risk(rx.pattern)
            if risk is not None:  # checked before the probe below, which such a pattern could hang
                problems.append(Problem(E.LEXICON_BACKTRACKING, e.file, e.line, f"{e.id}: {risk}: {p.regex}"))
                continue
            probe = _EMPTY_PROBE + " ".join(_PROBE_WORDS.findall(p.regex))  # lookarounds need their words
            if rx.search("") is not None or any(m.start() == m.end() for m in rx.finditer(probe)):
                problems.append(Problem(E.LEXICON_PATTERN, e.file, e.line, f"{e.id}: matches the empty string"))
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
                problems.append(Problem(E.LEXICON_BLOCKER_EMPTY, b.file, b.line, f"{b.id}: {s!r} contains no place form"))
            guarded.update(*inner)
        idle = [c for c in b.blocks if c not in guarded]
        if idle and b.surfaces():
            problems.append(Problem(E.BLOCKER_CODE_UNUSED, b.file, b.line, f"{b.id}: blocks {idle}, but no form inside "
                                                                   f"it means {'/'.join(idle)}"))
    return problems


def _check_officials(lex: Lexicon, place_forms: dict[str, set[str]]) -> list[Problem]:
    """Officials: a province code, a term with a start, and a name that is no place form
    or blocker (the places matcher would give the name to the place)."""
    problems: list[Problem] = []
    term = lex.normalizer.term
    blocked = {term(s) for b in lex.blocker_entries for s, _ in b.surfaces()}
    for e in lex.official_entries:
        if code_kind(e.code) != "province":
            problems.append(Problem(E.LEXICON_UNKNOWN_CODE, e.file, e.line, f"{e.id}: {e.code} is not a province code"))
        if e.valid_from is None:
            problems.append(Problem(E.LEXICON_SCHEMA, e.file, e.line, f"{e.id}: an official needs valid_from"))
        if not e.surfaces():
            problems.append(Problem(E.LEXICON_SCHEMA, e.file, e.line, f"{e.id}: no name (zh or en)"))
        for s, _ in e.surfaces():
            t = term(s)
            if t in place_forms or t in blocked:
                problems.append(Problem(
                    E.LEXICON_SURFACE_CONFLICT, e.file, e.line, f"{s!r} in {e.id} is a person, but also a place form or blocker"))
    return problems
