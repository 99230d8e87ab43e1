"""Inputs: the source province, JSONL lines, standard input and the walk over folders.

:func:`iter_inputs` turns folders, files, JSONL and ``-`` into file tasks, documents or
coded errors. The source province is a document input that is not text (TAXONOMY §2, §4).

A document's ``source_province`` is the province whose site or folder it came from. It
is given per document (the JSONL field ``source_province``), for a whole run
(``tifa tag --source-province CN-JL``), or read from the folder a file sits in
(``--source-province from-folder``: ``yunnan/``, ``云南/``, ``CN-YN/``). It only
supplies the actor of a text that names its province as 我省 / 省外办 / "the province"
(:func:`pipeline.annotate.places.annotate_places`), marked ``rule: source_province``.

Example:
    >>> from pipeline.lexicon import load
    >>> lex = load()
    >>> province_code("云南", lex), province_code("inner-mongolia", lex), province_code("CN-jl", lex)
    ('CN-YN', 'CN-NM', 'CN-JL')
    >>> province_from_path("reports/yunnan/2024/a.html", lex)
    'CN-YN'
"""

from __future__ import annotations

import codecs
import io
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import IO, Any, Iterable, Iterator

from ..errors import E, TifaError, escape_surrogates
from ..lexicon import Lexicon
from ..lexicon.provinces import province_code, settle_source_province
from ..schemas import Document
from ..text import replace_surrogates
from .decode import decode
from .readers import DEFAULT_MAX_BYTES, JSONL_SUFFIXES

FROM_FOLDER = "from-folder"


def province_from_path(path: str | PurePath, lexicon: Lexicon) -> str | None:
    """The province named by the nearest folder of ``path`` that names one."""
    for part in reversed(PurePath(path).parent.parts):
        code = province_code(part, lexicon)
        if code is not None:
            return code
    return None


def check_setting(value: str | None, lexicon: Lexicon) -> str | None:
    """A ``--source-province`` value as a code or :data:`FROM_FOLDER`.

    Raises:
        TifaError: E011 when the value names no province.
    """
    if value is None or value == FROM_FOLDER:
        return value
    code = province_code(value, lexicon)
    if code is None:
        raise TifaError(E.SOURCE_PROVINCE, detail=value)
    return code


def apply_source_province(doc: Document, setting: str | None, lexicon: Lexicon, path: str | None = None) -> Document:
    """Give ``doc`` the run's source province unless it has its own (a JSONL field, a code
    or a name: E013 when the name is no province's)."""
    doc = settle_source_province(doc, lexicon)
    if doc.source_province is None and setting is not None:
        if setting == FROM_FOLDER:
            doc.source_province = province_from_path(path or doc.source, lexicon)
        else:
            doc.source_province = setting
    return doc


# ------------------------------------------------------------ JSONL, stdin and the walk

MAX_JSON_DEPTH = 64


def _too_deep(obj: Any, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when ``obj`` nests containers deeper than ``limit`` (iterative: no recursion)."""
    stack = [(obj, 1)]
    while stack:
        o, depth = stack.pop()
        if isinstance(o, dict):
            o = list(o.values())
        if isinstance(o, list):
            if depth > limit:
                return True
            stack.extend((x, depth + 1) for x in o if isinstance(x, (dict, list)))
    return False


def _tifa_output(obj: Any) -> str:
    """Why a line without text was met: a record, errors-sidecar line or engagement row that
    tifa wrote (an earlier run's output left in the folder being tagged), else nothing."""
    if not isinstance(obj, dict) or "text" in obj:
        return ""
    meta = obj.get("meta")
    if (isinstance(meta, dict) and "tifa_version" in meta) or {"code", "fix", "path"} <= obj.keys() \
            or {"doc_id", "evidence_text"} <= obj.keys():
        return ("; this line was written by tifa (a record, an errors-sidecar line or an engagement row), "
                "not a document: keep earlier outputs out of the folders you tag")
    return ""


def parse_jsonl_line(line: str | bytes, where: str, source: str) -> Document | TifaError:
    """One JSONL line → a :class:`Document`, or a coded error (E003, E007, E015); never raises."""
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            return TifaError(E.UNDECODABLE_TEXT, path=where, detail=f"JSONL must be UTF-8: {exc.reason} at byte {exc.start}")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return TifaError(E.JSONL_INVALID, path=where, detail=f"invalid JSON: {exc.msg}")
    except RecursionError:
        return TifaError(E.JSONL_TOO_DEEP, path=where, detail="nested deeper than the JSON parser can follow")
    if _too_deep(obj):
        return TifaError(E.JSONL_TOO_DEEP, path=where, detail=f"nested deeper than {MAX_JSON_DEPTH} levels")
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or obj.get("id") in (None, ""):
        return TifaError(E.JSONL_INVALID, path=where, detail='needs "id" and a string "text"' + _tifa_output(obj))
    for key, kinds in (("id", (str, int)), ("title", str), ("lang", str), ("source", str), ("date", (str, int))):
        value = obj.get(key)
        if value is not None and (not isinstance(value, kinds) or isinstance(value, bool)):
            return TifaError(E.JSONL_INVALID, path=where, detail=f'"{key}" must be a string, not {type(value).__name__}')
    sp = obj.get("source_province")  # a code or a name (read with the lexicon when tagged: E013 if none)
    if sp is not None and not isinstance(sp, str):
        return TifaError(E.JSONL_INVALID, path=where, detail=f'"source_province" must be a string, not {type(sp).__name__}')
    # JSON may spell lone surrogates (\\ud800), which no UTF-8 output can hold: the id and title
    # are written out readably, the text gets U+FFFD in their place (one for one: offsets hold)
    obj["id"] = escape_surrogates(str(obj["id"]))
    if obj.get("title") is not None:
        obj["title"] = escape_surrogates(obj["title"])
    obj["text"] = replace_surrogates(obj["text"])
    from ..documents import as_document

    doc = as_document(obj)
    doc.source = source
    doc.meta["where"] = where  # file:line, for errors found later (E012 a repeated id)
    return doc


def iter_jsonl(stream: Iterable[str | bytes], source: str, *,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | TifaError]:
    """Documents from JSONL lines; a bad line becomes a coded error (E003, E006, E007, E015), never fatal.

    ``stream`` yields text or bytes lines (bytes: each line is decoded on its own, so one
    bad byte costs one line, not the file). A line longer than ``max_bytes`` is E006.
    """
    for lineno, line in enumerate(stream, 1):
        if lineno == 1 and isinstance(line, bytes) and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        if isinstance(line, _LongLine):
            yield TifaError(E.FILE_TOO_LARGE, path=f"{source}:{lineno}", detail=f"line of {line.size} bytes > {max_bytes}")
            continue
        if not line.strip():
            continue
        if len(line) > max_bytes:
            yield TifaError(E.FILE_TOO_LARGE, path=f"{source}:{lineno}", detail=f"line of {len(line)} bytes > {max_bytes}")
            continue
        yield parse_jsonl_line(line, f"{source}:{lineno}", source)


class _LongLine(bytes):
    """Stands for a line longer than the limit (its bytes were skipped, not kept)."""

    size: int = 0


def _bounded_lines(fh: IO[bytes], max_bytes: int) -> Iterator[bytes]:
    """Lines of a binary file; a line over ``max_bytes`` is skipped in 1 MiB steps, never held whole."""
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            size = len(line)
            while True:
                rest = fh.readline(1 << 20)
                size += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            marker = _LongLine()
            marker.size = size
            yield marker
            continue
        yield line


@dataclass(frozen=True)
class FileTask:
    """A file to read (in a worker, if any): its path, record id and source.

    ``path`` is the real path (it may hold surrogate escapes of a non-UTF-8 name); ``id``
    and ``source`` are its readable forms (:func:`~pipeline.errors.escape_surrogates`).
    """

    path: str
    id: str
    source: str


def iter_inputs(paths: Iterable[str], *, stdin: IO[str] | None = None, exclude: Iterable[Path] = (),
                prefixes: dict[str, str] | None = None, lines: bool = False, max_bytes: int = DEFAULT_MAX_BYTES,
                skipped: list[str] | None = None) -> Iterator[FileTask | Document | TifaError]:
    """Walk inputs: folders (recursive, sorted), files, JSONL files and ``-`` for stdin.

    JSONL is expanded here (one Document per line); other files are yielded as
    :class:`FileTask` so that reading can happen in worker processes. Every entry the walk
    meets (:func:`pipeline.io.walk.walk`) becomes a task, a document or an error, except
    hidden names, which are appended to ``skipped`` (for the summary) when given.

    Args:
        paths: folders, files, or ``-``.
        stdin: the stream ``-`` reads (default: ``sys.stdin``).
        exclude: files and folders never read (the run's own output, errors sidecar and
            parts folder, :func:`pipeline.io.runpaths.own_files`).
        prefixes: ``{given: prefix}`` put before the ids of an input's files so that two
            inputs never give one id (default: :func:`pipeline.io.runpaths.input_prefixes`).
        lines: plain text on stdin is one document per non-empty line (``stdin:1`` …)
            instead of one document in all.
        max_bytes: the longest JSONL line or stdin text read.
        skipped: collects the hidden names the walk skips.
    """
    from .runpaths import input_prefixes, is_excluded, within
    from .walk import walk

    paths = list(paths)
    exclude = list(exclude)
    prefixes = input_prefixes(paths) if prefixes is None else prefixes
    for given in paths:
        if given == "-":
            yield from _iter_stdin(stdin or sys.stdin, max_bytes, lines=lines)
            continue
        pre = prefixes.get(given, "")
        skip = within(Path(given), exclude) if exclude else []
        for entry in walk(given):
            if entry.kind == "skipped":
                if skipped is not None:
                    skipped.append(entry.shown)
            elif entry.kind == "error":
                yield entry.error  # type: ignore[misc]
            elif not (skip and is_excluded(Path(entry.path), skip)):
                yield from _file_items(entry.path, pre + entry.rel, entry.shown, max_bytes)


def _file_items(path: str, rel: str, source: str, max_bytes: int = DEFAULT_MAX_BYTES
                ) -> Iterator[FileTask | Document | TifaError]:
    if Path(path).suffix.lower() in JSONL_SUFFIXES:
        try:
            with open(path, "rb") as fh:
                yield from iter_jsonl(_bounded_lines(fh, max_bytes), source, max_bytes=max_bytes)
        except OSError as exc:
            yield TifaError(E.FILE_IO, path=source, detail=str(exc))
        return
    yield FileTask(path, rel, source)


def _iter_stdin(stream: IO[str], max_bytes: int = DEFAULT_MAX_BYTES, *, lines: bool = False
                ) -> Iterator[Document | TifaError]:
    if getattr(stream, "buffer", None) is not None:  # the real stdin: its bytes, read without the locale
        # (a strict UTF-8 locale raised UnicodeDecodeError on a GBK pipe); bytes that are not UTF-8
        # come through as surrogates and are detected below as a file's would be
        stream = io.TextIOWrapper(stream.buffer, encoding="utf-8", errors="surrogateescape")
    first = stream.readline()
    if first.lstrip().startswith("{"):  # as bytes, so a line that is not UTF-8 is E003 as in a JSONL file
        yield from iter_jsonl(map(_as_bytes, _chain([first], stream)), "-", max_bytes=max_bytes)
    elif lines:
        for n, line in enumerate(_chain([first], stream), 1):
            if line.strip():
                text = _stdin_text(line.rstrip("\r\n"), f"-:{n}")
                yield text if isinstance(text, TifaError) else Document(id=f"stdin:{n}", text=text, source=f"-:{n}")
    else:
        rest = stream.read(max_bytes + 1)  # characters: at least as many bytes
        if len(first) + len(rest) > max_bytes:
            yield TifaError(E.FILE_TOO_LARGE, path="-", detail=f"standard input holds more than {max_bytes} characters")
            return
        text = _stdin_text(first + rest, "-")
        yield text if isinstance(text, TifaError) else Document(id="stdin", text=text, source="-")


def _as_bytes(line: str) -> str | bytes:
    try:
        return line.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that is no escaped byte: left to the JSON reader
        return line


def _stdin_text(text: str, where: str) -> str | TifaError:
    """Piped text whose bytes were not UTF-8 (GBK, UTF-16: surrogate escapes) decoded as a
    file's bytes are (:func:`~pipeline.io.decode.decode`); lone surrogates left over become U+FFFD."""
    if re.search("[\udc80-\udcff]", text):
        try:
            text = decode(text.encode("utf-8", "surrogateescape"), path=where)
        except UnicodeEncodeError:  # surrogates that are no escaped bytes (a JSON-spelled one)
            pass
        except TifaError as exc:
            return exc
    return replace_surrogates(text)


def _chain(a: Iterable[str], b: Iterable[str]) -> Iterator[str]:
    yield from a
    yield from b
