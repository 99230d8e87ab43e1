"""Where a batch run's files are: the output format an extension asks for, the run's
own files (never read back as input), and document ids unique across several inputs.

Example:
    >>> output_format("out/records.parquet", None), output_format(None, None)
    ('parquet', 'jsonl')
    >>> sorted(p.name for p in own_files("out/records.csv"))
    ['records.csv', 'records.csv.errors.jsonl', 'records.csv.parts']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import TifaError
from .io import JSONL_SUFFIXES, FileTask, errors_path
from .schemas import Document

FORMAT_OF_SUFFIX = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}


def output_format(output: str | Path | None, fmt: str | None) -> str:
    """The format to write: ``fmt`` if given, else the one the output's extension names.

    An extension that names another format than ``fmt`` is refused (``E042``), so that
    ``-o x.parquet --format csv`` never writes CSV under a Parquet name. An output
    without a known extension (a ``--partitioned`` folder, stdout) defaults to JSONL.

    Raises:
        TifaError: ``E041`` unknown ``fmt``; ``E042`` ``fmt`` contradicts the extension.
    """
    from .io import FORMATS

    if fmt is not None and fmt not in FORMATS:
        raise TifaError("E041", detail=fmt)
    implied = FORMAT_OF_SUFFIX.get(Path(output).suffix.lower()) if output is not None else None
    if fmt is not None and implied is not None and fmt != implied:
        raise TifaError("E042", path=str(output), detail=f"--format {fmt}, but the extension means {implied}")
    return fmt or implied or "jsonl"


def parts_dir(output: str | Path) -> Path:
    """``records.jsonl`` → ``records.jsonl.parts`` (where the parts of a running job live)."""
    p = Path(output)
    return p.with_name(p.name + ".parts")


def own_files(output: str | Path | None) -> list[Path]:
    """The files and folders a run writing ``output`` creates: output, errors, parts."""
    if output is None:
        return []
    out = Path(output)
    return [out, errors_path(out), parts_dir(out)]


def within(root: str | Path, exclude: Iterable[Path]) -> list[Path]:
    """Those of ``exclude`` (resolved) that are ``root`` or lie inside it: what a walk of
    ``root`` must skip. Empty for most inputs, so most walks check nothing per file."""
    try:
        r = Path(root).resolve()
    except OSError:
        return []
    out = []
    for ex in exclude:
        try:
            rex = Path(ex).resolve()
        except OSError:
            continue
        if rex == r or r in rex.parents:
            out.append(rex)
    return out


def is_excluded(path: Path, resolved: list[Path]) -> bool:
    """Whether ``path`` is one of ``resolved`` (from :func:`within`) or lies inside one."""
    if not resolved:
        return False
    try:
        rp = path.resolve()
    except OSError:
        return False
    return any(rp == rex or rex in rp.parents for rex in resolved)


def _walk_ids(given: str) -> list[str]:
    """The ids a file or folder input gives its (non-JSONL) files, as the walker names them."""
    p = Path(given)
    if p.is_dir():
        ids = []
        for f in p.rglob("*"):
            rel = f.relative_to(p)
            if any(part.startswith(".") for part in rel.parts) or f.suffix.lower() in JSONL_SUFFIXES:
                continue
            if f.is_file():
                ids.append(rel.as_posix())
        return ids
    if p.is_file() and p.suffix.lower() not in JSONL_SUFFIXES:
        return [p.name]
    return []


def input_prefixes(paths: Iterable[str]) -> dict[str, str]:
    """Prefixes that keep ids unique when two inputs would give the same id.

    Files in a folder are named by their path inside it (``001.txt``); two folders
    holding ``001.txt`` would give one id twice. Each input whose ids meet another's is
    prefixed with its own name (``yunnan/001.txt``), or with its path as given when two
    colliding inputs share a name (``a/x/001.txt``, ``b/x/001.txt``). Inputs that collide
    with none keep plain ids. Returns ``{given: prefix}`` for the prefixed inputs only.

    Example:
        >>> import tempfile, os
        >>> d = tempfile.mkdtemp()
        >>> for sub in ("yunnan", "guangxi"):
        ...     os.makedirs(os.path.join(d, sub)); _ = open(os.path.join(d, sub, "001.txt"), "w").write("x")
        >>> sorted(input_prefixes([os.path.join(d, "yunnan"), os.path.join(d, "guangxi")]).values())
        ['guangxi/', 'yunnan/']
    """
    given = [g for g in dict.fromkeys(paths) if g != "-"]
    if len(given) < 2:
        return {}
    ids = {g: set(_walk_ids(g)) for g in given}
    clash = [g for g in given if any(ids[g] & ids[o] for o in given if o != g)]
    # a folder is named by itself, a file by the folder holding it
    roots = {g: Path(g) if Path(g).is_dir() else Path(g).parent for g in clash}
    names = {g: roots[g].resolve().name for g in clash}
    counts = {n: list(names.values()).count(n) for n in names.values()}
    return {g: (f"{names[g]}/" if counts[names[g]] == 1 and names[g] else _posix(roots[g]) + "/") for g in clash}


def _posix(p: Path) -> str:
    s = p.as_posix()
    while s.startswith("./"):
        s = s[2:]
    return s.rstrip("/") or p.resolve().name


def unique_ids(items: Iterable[FileTask | Document | TifaError]) -> Iterator[FileTask | Document | TifaError]:
    """Pass inputs through; a document whose id was already given becomes an ``E012`` error.

    Two records with one id would be counted once by ``tifa report`` (W015) and one of
    them would vanish from every table; the second document is refused instead, with
    where the first one came from.
    """
    first: dict[str, str] = {}
    for item in items:
        if isinstance(item, TifaError):
            yield item
            continue
        where = item.source if isinstance(item, FileTask) else (item.source or "-")
        if item.id in first:
            yield TifaError("E012", path=where, detail=f"id {item.id!r} already given by {first[item.id]}")
            continue
        first[item.id] = where
        yield item
