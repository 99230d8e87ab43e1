"""Loading a lexicon folder: YAML read safely, each entry validated with its file's model.

Every entry keeps its ``file:line``; :func:`load` raises
:class:`~pipeline.errors.LexiconError` listing every problem, :func:`load_checked`
returns them (the whole-lexicon checks are in :mod:`pipeline.lexicon.check`).
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import ValidationError

from ..errors import E, LexiconError, Problem
from ..entries import EventEntry, ForeignBodyEntry
from ..schemas import BlockerEntry, CueEntry, FormulationEntry, OfficialEntry, PlaceEntry, SlotEntry, TitleEntry
from .check import _check
from .guard import yaml_refs
from .model import Lexicon
from .paths import default_path, resolve_path




_MODEL_FOR = {
    "places": PlaceEntry,
    "formulations": FormulationEntry,
    "blockers": BlockerEntry,
    "cues": CueEntry,
    "slots": SlotEntry,
    "titles": TitleEntry,
    "officials": OfficialEntry,
    "events": EventEntry,
    "anniversaries": EventEntry,
    "foreign_bodies": ForeignBodyEntry,
}


_LIST_FOR = {
    "places": "places_entries",
    "formulations": "formulation_entries",
    "blockers": "blocker_entries",
    "cues": "cue_entries",
    "slots": "slot_entries",
    "titles": "title_entries",
    "officials": "official_entries",
    "events": "event_entries",
    "anniversaries": "event_entries",
    "foreign_bodies": "foreign_body_entries",
}


def _group_of(rel: Path) -> str | None:
    if rel.parts[0] in ("places", "formulations") and len(rel.parts) > 1:
        return rel.parts[0]
    stem = rel.stem
    return stem if stem in _MODEL_FOR else None


_ITEM = re.compile(r"^-(?:\s|$)", re.M)


def _yaml(typ: str):
    from ruamel.yaml import YAML

    return YAML(typ=typ, pure=typ == "rt")


def _read_file(path: Path, rel: str, problems: list[Problem]) -> list[tuple[dict, int]]:
    """Entries of one YAML file with their line numbers.

    Fast path: the C-accelerated safe loader, with each top-level entry's line taken
    from its ``- `` marker; the (slow, pure-Python) round-trip loader is used only when
    the markers do not line up with the entries or to locate a syntax error.
    """
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(E.LEXICON_YAML, rel, 1, str(exc).strip()))
        return []
    try:
        ref = yaml_refs(text)  # before loading: aliases could expand to billions of nodes
        if ref is not None:
            problems.append(Problem(E.LEXICON_YAML_ALIAS, rel, ref[0], ref[1]))
            return []
        data = _yaml("safe").load(text)
        lines = _item_lines(text)
        if isinstance(data, list) and len(lines) != len(data):
            data = _yaml("rt").load(text)
            lines = [data.lc.item(i)[0] + 1 for i in range(len(data))]
    except MarkedYAMLError as exc:
        line = (exc.problem_mark.line + 1) if exc.problem_mark else 1
        problems.append(Problem(E.LEXICON_YAML, rel, line, str(exc.problem or exc).strip()))
        return []
    except YAMLError as exc:
        problems.append(Problem(E.LEXICON_YAML, rel, 1, str(exc).strip()))
        return []
    if data is None:
        return []
    if not isinstance(data, list):
        problems.append(Problem(E.LEXICON_SCHEMA, rel, 1, "the file must be a YAML list of entries"))
        return []
    out = []
    for item, line in zip(data, lines):
        if not isinstance(item, dict):
            problems.append(Problem(E.LEXICON_SCHEMA, rel, line, "each entry must be a mapping"))
            continue
        out.append((_plain(item), line))
    return out


def read_entries(path: Path) -> list[dict]:
    """The entries of one lexicon YAML file, read as :func:`load` reads them (alias guard, C safe
    loader); a file that cannot be read or parsed gives none (:func:`validate` reports it)."""
    return [entry for entry, _ in _read_file(path, path.name, [])]


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


def validate(path: str | Path | None = None) -> list[Problem]:
    """Every problem (errors and warnings) of a lexicon directory, sorted by place."""
    return load_checked(path)[1]


def load_checked(path: str | Path | None = None) -> tuple[Lexicon, list[Problem]]:
    """The (possibly invalid) lexicon and every problem, sorted by place, in one pass."""
    root = resolve_path(path) if path is not None else default_path()
    lex, problems = _load(root)
    return lex, sorted(problems, key=lambda p: (p.file, p.line, p.code))


def _load(root: Path) -> tuple[Lexicon, list[Problem]]:
    from ..errors import TifaError

    if not root.is_dir():
        raise TifaError(E.LEXICON_NOT_FOUND, path=str(root), detail="not a directory")
    lex = Lexicon(path=root)
    problems: list[Problem] = []
    files = sorted(p for p in root.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
    for f in files:
        rel = f.relative_to(root)
        group = _group_of(rel)
        if group is None:
            problems.append(Problem(E.LEXICON_SCHEMA, str(rel), 1, "unknown lexicon file (see lexicon/README.md)"))
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
                    problems.append(Problem(E.LEXICON_SCHEMA, str(rel), line, f"{raw.get('id', '?')}: {loc}: {err['msg']}"))
                continue
            except TypeError as exc:
                problems.append(Problem(E.LEXICON_SCHEMA, str(rel), line, str(exc)))
                continue
            getattr(lex, _LIST_FOR[group]).append(entry)
    problems.extend(_check(lex))
    return lex, problems
