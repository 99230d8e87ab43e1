"""Grow a lexicon safely: ``tifa lexicon add`` and ``tifa lexicon accept``.

An entry is written into the YAML file its kind belongs to (lexicon/README.md):

=====================================  ===========================================
request                                file
=====================================  ===========================================
``--type <formulation type>``          ``formulations/<type>.yaml``
``--country VNM`` (foreign place)      ``places/countries.yaml`` (curated aliases)
``--province CN-YN`` (Chinese place)   ``places/cities.yaml``
``--region ASEAN``                     ``places/regions.yaml``
``--type blocker [--blocks PRK]``      ``blockers.yaml``
``--type cue --category …``            ``cues.yaml``
=====================================  ===========================================

The file is read with ruamel.yaml's round-trip loader (to find where entries start
and end) and the new entry is emitted by ruamel.yaml and spliced in as text, so every
other byte of the file — comments, order, flow lists wrapped by hand, quoting — stays
exactly as it was. Before anything is written the whole lexicon is validated *with* the
new entry in a temporary copy; duplicates (same id, or a surface form some entry
already has) are refused naming the existing entry's ``file:line``; the file is
replaced atomically.

Example:
    >>> req = AddRequest(type="designated_role", zh=["国际合作前哨站"], en=["cooperation outpost"])
    >>> target_file(req), make_id(req)
    ('formulations/designated_role.yaml', 'designated_role.cooperation_outpost')
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import CATALOGUE, E, Problem, TifaError
from ..lexicon import Lexicon, default_path, load_checked, resolve_path
from ..schemas import FORMULATION_TYPES, code_kind
from .yamltext import codes_of, render_entry, splice  # noqa: F401  (render_entry: the CLI prints it)

ENTRY_KINDS = (*FORMULATION_TYPES, "place", "region", "blocker", "cue")
_KEY_ORDER = ("id", "slot", "code", "kind", "type", "category", "weight", "zh", "zh_hant", "en", "abbr", "targets",
              "blocks", "members", "patterns", "valid_from", "valid_to", "note")
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass
class AddRequest:
    """What ``tifa lexicon add`` was asked to add (CLI options, or an accepted review row).

    ``type`` is a formulation type, ``blocker`` or ``cue``; a place is requested with
    ``country`` (ISO alpha-3), ``province`` (ISO 3166-2:CN) or ``region`` (TAXONOMY §2)
    and needs no type.
    """

    type: str | None = None
    zh: list[str] = field(default_factory=list)
    en: list[str] = field(default_factory=list)
    id: str | None = None
    note: str | None = None
    country: str | None = None
    province: str | None = None
    region: str | None = None
    kind: str | None = None
    targets: list[str] = field(default_factory=list)
    blocks: list[str] = field(default_factory=list)
    category: str | None = None
    weight: float | None = None
    pattern_zh: list[str] = field(default_factory=list)
    pattern_en: list[str] = field(default_factory=list)
    valid_from: date | None = None
    valid_to: date | None = None

    @property
    def code(self) -> str | None:
        return self.country or self.province or self.region

    @property
    def entry_kind(self) -> str:
        """``place``/``region`` for place requests, else the given type."""
        if self.region:
            return "region"
        if self.country or self.province:
            return "place"
        return self.type or ""


@dataclass
class AddResult:
    """Where an entry went: its id, file (relative to the lexicon), first line and the
    lexicon's absolute path."""

    id: str
    file: str
    line: int
    lexicon: str
    entry: dict[str, Any]
    warnings: list[Problem] = field(default_factory=list)

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}"


def check_request(req: AddRequest) -> None:
    """Raise ``E029`` unless the request names exactly one kind of entry and some text."""
    places = [x for x in (req.country, req.province, req.region) if x]
    if len(places) > 1:
        raise TifaError(E.ADD_REQUEST, detail="give only one of --country, --province, --region")
    if places and req.type not in (None, "place", "region"):
        raise TifaError(E.ADD_REQUEST, detail=f"--type {req.type} cannot be combined with a place code")
    if not places and req.type not in ENTRY_KINDS:
        raise TifaError(E.ADD_REQUEST, detail=f"--type {req.type!r}: choose from {', '.join(ENTRY_KINDS)} "
                                       "(places: --country/--province/--region)")
    if not places and req.type in ("place", "region"):
        raise TifaError(E.ADD_REQUEST, detail=f"--type {req.type} needs --country, --province or --region")
    if not (req.zh or req.en or req.pattern_zh or req.pattern_en):
        raise TifaError(E.ADD_REQUEST, detail="nothing to add: give --zh, --en or a pattern")
    if (req.pattern_zh or req.pattern_en) and req.entry_kind not in FORMULATION_TYPES:
        raise TifaError(E.ADD_REQUEST, detail="slot patterns can be added to formulation types only")
    if req.type == "cue" and not req.category:
        raise TifaError(E.ADD_REQUEST, detail="--type cue needs --category (a TAXONOMY §3 code or none)")
    if req.targets and req.type != "designated_role":
        raise TifaError(E.ADD_REQUEST, detail="--targets is for designated_role only")
    if req.blocks and req.type != "blocker":
        raise TifaError(E.ADD_REQUEST, detail="--blocks is for blockers only")
    if req.country and code_kind(req.country) in ("province", "region"):
        raise TifaError(E.ADD_REQUEST, detail=f"{req.country} is a {code_kind(req.country)} code: use "
                                       f"--{code_kind(req.country)}")
    if req.region and code_kind(req.region) in ("province", "country"):
        raise TifaError(E.ADD_REQUEST, detail=f"{req.region} is a {code_kind(req.region)} code, not a region")
    if req.valid_from and req.valid_to and req.valid_to < req.valid_from:
        raise TifaError(E.ADD_REQUEST, detail=f"--valid-to {req.valid_to} is before --valid-from {req.valid_from}")
    if req.province and not req.province.startswith("CN-"):
        raise TifaError(E.ADD_REQUEST, detail=f"--province takes an ISO 3166-2:CN code (CN-YN), not {req.province}")


def target_file(req: AddRequest) -> str:
    """The lexicon file (relative path) an entry of this request belongs in."""
    k = req.entry_kind
    if k in FORMULATION_TYPES:
        return f"formulations/{k}.yaml"
    return {"place": "places/cities.yaml" if req.province else "places/countries.yaml",
            "region": "places/regions.yaml", "blocker": "blockers.yaml", "cue": "cues.yaml"}[k]


def _slug(req: AddRequest) -> str:
    for s in req.en:
        slug = _SLUG.sub("_", s.lower()).strip("_")[:40].strip("_")
        if slug:
            return slug
    basis = "|".join(req.zh + req.pattern_zh + req.pattern_en)
    return "zh_" + hashlib.sha1(basis.encode()).hexdigest()[:8]


def make_id(req: AddRequest, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A stable id: the entry kind's prefix plus a slug of the first English form (or a
    hash of the Chinese forms); ``_2``, ``_3`` … if it is taken."""
    k = req.entry_kind
    prefix = {"place": f"{'city' if req.province else 'country'}.{req.code}", "region": f"region.{req.region}",
              "cue": f"cue.{req.category}"}.get(k, k)
    base = f"{prefix}.{_slug(req)}"
    out, n = base, 2
    while out in taken:
        out, n = f"{base}_{n}", n + 1
    return out


def entry_data(req: AddRequest, entry_id: str) -> dict[str, Any]:
    """The entry as plain data, keys in the lexicon's usual order."""
    k = req.entry_kind
    d: dict[str, Any] = {"id": entry_id}
    if k in ("place", "region"):
        d["code"] = req.code
        d["kind"] = req.kind or ("name" if k == "region" else "city")
    if k == "cue":
        d["category"] = req.category
        if req.weight is not None:
            d["weight"] = req.weight
    for key in ("zh", "en", "targets", "blocks"):
        if getattr(req, key):
            d[key] = list(getattr(req, key))
    pats = [{"lang": "zh", "regex": r} for r in req.pattern_zh] + [{"lang": "en", "regex": r} for r in req.pattern_en]
    if pats:
        d["patterns"] = pats
    if req.valid_from:
        d["valid_from"] = req.valid_from
    if req.valid_to:
        d["valid_to"] = req.valid_to
    if req.note:
        d["note"] = req.note
    return {key: d[key] for key in _KEY_ORDER if key in d}


def find_existing(lex: Lexicon, req: AddRequest, entry_id: str) -> list[TifaError]:
    """Duplicates of the request in the lexicon: the same id, or a surface form that an
    entry of the same family (places + blockers, formulations, cues) already lists."""
    out: list[TifaError] = []
    if entry_id in lex.by_id:
        e = lex.by_id[entry_id]
        out.append(TifaError(E.ADD_ID_EXISTS, path=f"{e.file}:{e.line}", detail=entry_id))
    k = req.entry_kind
    family = {"cue": lex.cue_entries}.get(k)
    if family is None:
        family = lex.formulation_entries if k in FORMULATION_TYPES else lex.places_entries + lex.blocker_entries
    term = lex.normalizer.term
    owner = {term(s): e for e in family for s, _ in e.surfaces()}
    for s in req.zh + req.en:
        e = owner.get(term(s))
        if e is not None:
            out.append(TifaError(E.ADD_SURFACE_EXISTS, path=f"{e.file}:{e.line}", detail=f"{s!r} is in {e.id}"))
    return out


def already_matched(lex: Lexicon, req: AddRequest) -> list[Problem]:
    """W005 warnings: forms an existing entry or pattern already matches in full."""
    if req.entry_kind not in FORMULATION_TYPES:
        return []
    notes = []
    for s in req.zh + req.en:
        t = lex.normalizer.term(s)
        for h in lex.formulations.find(t):
            if h.start == 0 and h.end == len(t):
                notes.append(Problem(E.ADD_ALREADY_MATCHED, detail=f"{s!r} is already matched by "
                                     f"{h.rule or h.entry.id} ({getattr(h.entry, 'type', '?')})"))
    return notes


def edit_root(lexicon: str | Path | None, *, dry_run: bool = False) -> Path:
    """The lexicon directory an edit writes to, as an absolute path.

    ``lexicon`` (a ``--lexicon DIR``) or ``$TIFA_LEXICON`` names it; with neither, an edit
    would land in the shipped lexicon (inside the repository or the installed package),
    so it is refused (``E037``) unless it is a dry run, which writes nothing.

    Raises:
        TifaError: ``E037`` no lexicon named and not a dry run.
    """
    if lexicon is not None:
        return resolve_path(lexicon).resolve()
    if os.environ.get("TIFA_LEXICON") or dry_run:
        return default_path().resolve()
    raise TifaError(E.LEXICON_NOT_NAMED, path=str(default_path().resolve()), detail="no --lexicon DIR and no $TIFA_LEXICON")


def add_entry(req: AddRequest, lexicon: str | Path | None = None, *, dry_run: bool = False) -> AddResult:
    """Validate and write one new entry; return where it went.

    Raises:
        TifaError: ``E029`` bad request, ``E030``/``E031`` duplicate (naming the existing
            entry's file:line), ``E032`` the lexicon would be invalid (nothing written),
            ``E033`` the target file cannot be edited.
    """
    return add_entries([req], lexicon, dry_run=dry_run)[0]


def add_entries(reqs: list[AddRequest], lexicon: str | Path | None = None, *, dry_run: bool = False,
                loaded: tuple[Lexicon, list[Problem]] | None = None) -> list[AddResult]:
    """Add several entries at once (``tifa lexicon accept``): each is checked as by
    :func:`add_entry`, also against the others of the batch; the lexicon is validated
    once with all of them; nothing is written unless all pass. Files are replaced
    atomically, one by one. ``loaded`` is :func:`pipeline.lexicon.load_checked` of
    ``lexicon`` when the caller already has it (it is not read again)."""
    for req in reqs:
        check_request(req)
    root = edit_root(lexicon, dry_run=dry_run)
    lex, old_problems = loaded or load_checked(root)  # raises E020 unless root is a directory
    taken = set(lex.by_id)
    texts: dict[str, str] = {}
    planned: list[tuple[AddRequest, str, dict[str, Any]]] = []
    batch_forms: dict[str, str] = {}
    for req in reqs:
        entry_id = req.id or make_id(req, taken)
        dups = find_existing(lex, req, entry_id)
        if dups:
            raise dups[0]
        if entry_id in taken:
            raise TifaError(E.ADD_ID_EXISTS, path="(this batch)", detail=entry_id)
        for s in req.zh + req.en:
            key = f"{req.entry_kind in FORMULATION_TYPES}:{lex.normalizer.term(s)}"
            if key in batch_forms:
                raise TifaError(E.ADD_SURFACE_EXISTS, path="(this batch)", detail=f"{s!r} is also in {batch_forms[key]}")
            batch_forms[key] = entry_id
        taken.add(entry_id)
        rel = target_file(req)
        if rel not in texts:
            path = root / rel
            try:
                texts[rel] = path.read_text(encoding="utf-8") if path.is_file() else ""
            except (OSError, UnicodeDecodeError) as exc:
                raise TifaError(E.LEXICON_NOT_EDITABLE, path=str(path), detail=str(exc)) from None
        data = entry_data(req, entry_id)
        texts[rel], _ = splice(texts[rel], render_entry(data), after_code=req.code,
                               codes=codes_of(texts[rel]) if req.code else None)
        planned.append((req, rel, data))
    new_lex = _check_with(root, texts, old_problems)
    results = []
    for req, rel, data in planned:
        e = new_lex.by_id.get(data["id"])
        if e is None or e.file != rel:  # the splice must produce exactly the entry meant
            raise TifaError(E.LEXICON_NOT_EDITABLE, path=rel, detail=f"{data['id']} did not land in the file")
        results.append(AddResult(data["id"], rel, e.line, str(root), data, warnings=already_matched(lex, req)))
    if not dry_run:
        from ..io import AtomicWriter

        for rel, text in texts.items():
            try:
                with AtomicWriter(root / rel) as fh:
                    fh.write(text)
            except (TifaError, OSError) as exc:  # a read-only lexicon: the edit's own code, not E040
                detail = exc.detail if isinstance(exc, TifaError) else str(exc)
                raise TifaError(E.LEXICON_NOT_EDITABLE, path=str(root / rel), detail=detail) from None
    return results


def _check_with(root: Path, texts: dict[str, str], old_problems: list[Problem]) -> Lexicon:
    """Validate a temporary copy of the lexicon holding the new file texts; raise
    ``E032`` listing the problems the new entries bring (or, if the lexicon was already
    invalid, the old ones). Returns the new lexicon."""
    with tempfile.TemporaryDirectory(prefix="tifa-lexicon-") as tmp:
        copy = Path(tmp) / "lexicon"
        shutil.copytree(root, copy)
        for rel, text in texts.items():
            (copy / rel).parent.mkdir(parents=True, exist_ok=True)
            (copy / rel).write_text(text, encoding="utf-8")
        lex, problems = load_checked(copy)
    errors = [p for p in problems if not p.is_warning]
    if errors:
        before = {_key(p) for p in old_problems if not p.is_warning}
        new_ones = [p for p in errors if _key(p) not in before]
        shown = new_ones or errors
        where = ", ".join(sorted(texts))
        raise TifaError(E.ADD_INVALIDATES, path=where, detail="; ".join(_show(p) for p in shown[:8])
                        + (f"; … {len(shown) - 8} more" if len(shown) > 8 else "")
                        + ("" if new_ones else " (these problems were there before: run `tifa lexicon validate`)"))
    return lex


def _key(p: Problem) -> tuple[str, str, str]:
    return (p.code, p.file, p.detail)


def _show(p: Problem) -> str:
    spec = CATALOGUE.get(p.code)  # the code's title too: "E027 {SLOT}" alone does not say what is wrong
    return f"{p.location} {p.code}{f' {spec.title}' if spec else ''}: {p.detail}"
