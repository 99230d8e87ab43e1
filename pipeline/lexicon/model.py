"""The :class:`Lexicon`: every validated entry of a lexicon folder, and its compiled matchers.

A lexicon is hashed; its matchers (places, formulations, cues) are compiled on first use
(:meth:`Lexicon.compile` builds them all, e.g. before forking workers).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterable, Iterator

from ..entries import EventEntry, ForeignBodyEntry
from ..errors import Problem
from ..regexopt import anchors, first_chars, trie_alternation
from ..schemas import BlockerEntry, CueEntry, FormulationEntry, OfficialEntry, PlaceEntry, SlotEntry, TitleEntry, _Entry, code_kind
from ..text import Normalized, Normalizer
from .bodies import ForeignBodies, compile_bodies
from .matcher import Matcher, _Compiled

_SLOT_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_ACRONYM = re.compile(r"^[A-Z]{2,4}$")  # matched only as written: US, UK, EU, SCO, ROK


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
    event_entries: list[EventEntry] = field(default_factory=list)  # edition years (engagement dates); not hashed
    foreign_body_entries: list[ForeignBodyEntry] = field(default_factory=list)  # engagement policy only; not hashed
    warnings: list[Problem] = field(default_factory=list)

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

    @cached_property
    def foreign_bodies(self) -> ForeignBodies:
        """``foreign_bodies.yaml`` compiled once: what the engagement policy asks whether a
        sentence names (:mod:`pipeline.lexicon.bodies`)."""
        return compile_bodies(self.foreign_body_entries, term=self.normalizer.term)

    def compile(self) -> "Lexicon":
        """Build every matcher now (e.g. before forking workers)."""
        _ = self.places, self.formulations, self.cues, self.foreign_bodies
        return self

    def __getstate__(self) -> dict[str, object]:
        # compiled automata and converters are rebuilt in each worker process
        keep = ("path", "places_entries", "formulation_entries", "blocker_entries", "cue_entries",
                "slot_entries", "official_entries", "event_entries", "foreign_body_entries", "warnings")
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
