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

from ..errors import E, TifaError
from .inputs import FileTask
from .readers import JSONL_SUFFIXES
from .writers import errors_path
from ..schemas import Document

FORMAT_OF_SUFFIX = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}


def output_format(output: str | Path | None, fmt: str | None) -> str:
    """The format to write: ``fmt`` if given, else the one the output's extension names.

    An extension that names another format than ``fmt`` is refused (``E042``), so that
    ``-o x.parquet --format csv`` never writes CSV under a Parquet name. An output
    without a known extension (a ``--partitioned`` folder, stdout) defaults to JSONL.

    Raises:
        TifaError: ``E041`` unknown ``fmt``; ``E042`` ``fmt`` contradicts the extension.
    """
    from .rows import FORMATS

    if fmt is not None and fmt not in FORMATS:
        raise TifaError(E.OUTPUT_FORMAT, detail=fmt)
    implied = FORMAT_OF_SUFFIX.get(Path(output).suffix.lower()) if output is not None else None
    if fmt is not None and implied is not None and fmt != implied:
        raise TifaError(E.FORMAT_EXTENSION, path=str(output), detail=f"--format {fmt}, but the extension means {implied}")
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


def has_input(paths: Iterable[str], exclude: Iterable[Path] = ()) -> bool:
    """Whether the inputs hold anything to read (stops at the first file found).

    Hidden files and the run's own files (``exclude``) do not count, nor a JSONL file
    with only blank lines. ``-`` (stdin) always counts: it cannot be peeked at.
    """
    exclude = list(exclude)

    def readable(f: Path) -> bool:
        if f.suffix.lower() not in JSONL_SUFFIXES:
            return True
        try:
            with open(f, "rb") as fh:
                return any(line.strip() for line in fh)
        except OSError:
            return True  # unreadable: the walk reports it (E009)

    for given in paths:
        if given == "-":
            return True
        p = Path(given)
        skip = within(p, exclude)
        if p.is_file():
            if not is_excluded(p, skip) and readable(p):
                return True
        elif p.is_dir():
            for f in p.rglob("*"):
                rel = f.relative_to(p)
                if any(part.startswith(".") for part in rel.parts) or not f.is_file() or is_excluded(f, skip):
                    continue
                if readable(f):
                    return True
    return False


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


class IdSet:
    """Ids seen, as 64-bit fingerprints in one flat array (8 to 16 bytes an id).

    A stream of millions of documents must not hold its ids as Python strings (over 100
    bytes each); two different ids share a fingerprint with odds of about n²/2⁶⁵ (3e-6
    for ten million documents). Open addressing with linear probing, at most 70% full.

    >>> s = IdSet(); [s.add(x) for x in ("a", "b", "a")]
    [True, True, False]
    """

    def __init__(self, capacity: int = 1 << 12) -> None:
        from array import array

        self._slots = array("Q", [0]) * capacity
        self._mask = capacity - 1
        self._n = 0

    @staticmethod
    def _fp(doc_id: str) -> int:
        # Python's own 64-bit string hash (SipHash): salted per process, which is all one run needs
        return (hash(doc_id) & 0xFFFF_FFFF_FFFF_FFFF) or 1  # 0 marks an empty slot

    def add(self, doc_id: str) -> bool:
        """Add ``doc_id``; False when it was already there."""
        if not self._insert(self._fp(doc_id)):
            return False
        self._n += 1
        if self._n * 10 > len(self._slots) * 7:
            self._grow()
        return True

    def _insert(self, fp: int) -> bool:
        slots, mask = self._slots, self._mask
        i = fp & mask
        while True:
            cur = slots[i]
            if cur == 0:
                slots[i] = fp
                return True
            if cur == fp:
                return False
            i = (i + 1) & mask

    def _grow(self) -> None:
        from array import array

        old = self._slots
        self._slots = array("Q", [0]) * (2 * len(old))
        self._mask = len(self._slots) - 1
        for fp in old:
            if fp:
                self._insert(fp)


def unique_ids(items: Iterable[FileTask | Document | TifaError]) -> Iterator[FileTask | Document | TifaError]:
    """Pass inputs through; a document whose id was already given becomes an ``E012`` error.

    Two records with one id would be counted once by ``tifa report`` (W015) and one of
    them would vanish from every table; the second document is refused instead. Memory
    stays small on a stream of millions of documents (:class:`IdSet`).
    """
    seen = IdSet()
    for item in items:
        if isinstance(item, TifaError):
            yield item
            continue
        if not seen.add(item.id):
            where = item.source if isinstance(item, FileTask) else (item.meta.get("where") or item.source or "-")
            yield TifaError(E.DUPLICATE_ID, path=where, detail=f"id {item.id!r} was already given by an earlier document")
            continue
        yield item
