"""Walking the inputs: every entry a walk meets is a file to read, an error or a counted skip.

One walker serves both reading (:func:`pipeline.io.iter_inputs`) and the resume
fingerprint (:func:`pipeline.engines.checkpoint.fingerprint_inputs`), so the two can never
disagree. It survives any bytes in names: a GBK-named file in a scraped folder is read like
any other. Its id is readable: a name whose bytes are not UTF-8 is read as GB18030 (what
Chinese Windows and scraped sites name files in: ``外事动态.txt``) when it decodes whole, else
its odd bytes are written as ``\\xNN`` (:func:`~pipeline.errors.escape_surrogates`:
``a\\xff.txt``); error paths and sources always keep the ``\\xNN`` form, which names the
bytes on disk. Ids and paths are always valid UTF-8.

What a folder walk does with what it meets:

* regular files and links to files: ``file`` (in sorted order, depth first);
* folders and links to folders: walked (a link back to a folder being walked is E016);
* names starting with ``.`` (hidden files and folders): ``skipped``, counted in the summary;
* FIFOs, sockets, devices: E016 (never opened: opening a FIFO blocks);
* dangling links: E001; unreadable folders or files that cannot be looked at: E009.

Example:
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "b.txt").write_text("x"); _ = (d / ".hidden").write_text("x")
    >>> [(e.kind, e.rel) for e in walk(str(d))]
    [('skipped', '.hidden'), ('file', 'b.txt')]
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass

from ..errors import E, TifaError, escape_surrogates


@dataclass(frozen=True)
class Entry:
    """One thing a walk met.

    Attributes:
        kind: ``file``, ``error`` or ``skipped``.
        path: the real path (may hold surrogate escapes; pass it to ``open``).
        rel: the readable path relative to the given folder (the record id), UTF-8 safe.
        shown: the readable full path (the record's source, the error's path).
        size: bytes (files only).
        mtime_ns: modification time (files only).
        error: the coded error (``error`` entries only).
    """

    kind: str
    path: str
    rel: str
    shown: str
    size: int = 0
    mtime_ns: int = 0
    error: TifaError | None = None


_SURROGATE = re.compile("[\udc80-\udcff]")  # bytes of a name that were not UTF-8 (os's surrogate escapes)


def readable(rel: str, path: str | None = None) -> str:
    """``rel`` as an id: each part of it whose bytes are not UTF-8 read as GB18030 when the
    whole part decodes, else with its odd bytes as ``\\xNN``. With ``path`` (the real path of
    ``rel``), a name whose reading a real sibling already carries keeps the ``\\xNN`` form, so
    two files never share an id.

    Example:
        >>> import os
        >>> readable(os.fsdecode("外事/动态.txt".encode("gbk"))), readable(os.fsdecode(b"a\\xff.txt"))
        ('外事/动态.txt', 'a\\\\xff.txt')
    """
    if not _SURROGATE.search(rel):
        return rel
    parts = [_decoded(p) if _SURROGATE.search(p) else p for p in rel.split("/")]
    last = rel.rsplit("/", 1)[-1]
    if path is not None and parts[-1] != last and os.path.lexists(os.path.join(os.path.dirname(path), parts[-1])):
        parts[-1] = escape_surrogates(last)
    return "/".join(parts)


def _decoded(part: str) -> str:
    try:
        return os.fsencode(part).decode("gb18030")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return escape_surrogates(part)


def _error(path: str, rel: str, code: str, detail: str = "") -> Entry:
    shown = escape_surrogates(path)
    return Entry("error", path, readable(rel, path), shown, error=TifaError(code, path=shown, detail=detail))


def _special(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "not a regular file"


def _classify(path: str, rel: str) -> Entry | None:
    """A file entry or an error for ``path``; None when it is a folder."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            return _error(path, rel, E.INPUT_NOT_FOUND, f"dangling symbolic link to {escape_surrogates(os.readlink(path))}")
        return _error(path, rel, E.INPUT_NOT_FOUND)
    except OSError as exc:  # ELOOP (a link to itself), EACCES on a parent, ...
        code = E.NOT_A_FILE if exc.errno == 40 else E.FILE_IO
        return _error(path, rel, code, exc.strerror or str(exc))
    if stat.S_ISDIR(st.st_mode):
        return None
    if not stat.S_ISREG(st.st_mode):
        return _error(path, rel, E.NOT_A_FILE, _special(st.st_mode))
    return Entry("file", path, readable(rel, path), escape_surrogates(path), st.st_size, st.st_mtime_ns)


def walk(given: str, *, hidden: bool = False) -> Iterator[Entry]:
    """Entries of one input as given: a folder (recursive, sorted) or a file.

    Args:
        given: a path as the user gave it.
        hidden: also read names starting with ``.`` (default: skip and report them).
    """
    top = _classify(given, os.path.basename(given.rstrip("/")) or given)
    if top is not None:
        yield top
        return
    try:
        seen = {_dev_ino(given)}
    except OSError as exc:
        yield _error(given, given, E.FILE_IO, exc.strerror or str(exc))
        return
    yield from _walk_dir(given, "", seen, hidden)


def _dev_ino(path: str) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino


def _walk_dir(folder: str, prefix: str, ancestors: set[tuple[int, int]], hidden: bool) -> Iterator[Entry]:
    # an explicit stack of (folder, prefix, sorted names, position, ancestors) keeps deep trees off the C stack
    stack: list[tuple[str, str, list[str], int, set[tuple[int, int]]]] = []
    names = _listdir(folder)
    if isinstance(names, Entry):
        yield names
        return
    stack.append((folder, prefix, names, 0, ancestors))
    while stack:
        folder, prefix, names, pos, ancestors = stack.pop()
        if pos >= len(names):
            continue
        stack.append((folder, prefix, names, pos + 1, ancestors))
        name = names[pos]
        path = os.path.join(folder, name)
        rel = prefix + name
        if name.startswith(".") and not hidden:
            yield Entry("skipped", path, readable(rel, path), escape_surrogates(path))
            continue
        entry = _classify(path, rel)
        if entry is not None:
            yield entry
            continue
        try:
            key = _dev_ino(path)
        except OSError as exc:  # gone or changed since it was looked at
            yield _error(path, rel, E.FILE_IO, exc.strerror or str(exc))
            continue
        if key in ancestors:
            yield _error(path, rel, E.NOT_A_FILE, "symbolic link loop: links back to a folder that contains it")
            continue
        sub = _listdir(path, rel)
        if isinstance(sub, Entry):
            yield sub
            continue
        stack.append((path, rel + "/", sub, 0, ancestors | {key}))


def _listdir(folder: str, rel: str = "") -> list[str] | Entry:
    try:
        return sorted(os.listdir(folder))
    except OSError as exc:
        return _error(folder, rel or folder, E.FILE_IO, f"folder could not be listed: {exc.strerror or exc}")
