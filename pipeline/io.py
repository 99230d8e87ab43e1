"""Reading inputs (folders, files, JSONL, stdin) and writing records atomically.

Readers return :class:`~pipeline.schemas.Document` objects or raise
:class:`~pipeline.errors.TifaError` with a code; writers write to a temporary file in
the target folder and rename it into place only when everything was written, so a
crash never leaves a half file where a good one was.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import sys
import warnings
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from .errors import TifaError, escape_surrogates
from .htmlmeta import article_part, drop_site_lines, html_head
from .schemas import Document, Record, code_kind
from .text import replace_surrogates

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | {".pdf", ".docx"}
# text-like formats whose markup would be tagged as prose: E002 until a reader exists
NO_READER = {".csv", ".tsv", ".rtf", ".xml", ".json", ".doc", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".epub"}
DEFAULT_MAX_BYTES = 50_000_000
# what a file may expand to: a DOCX's XML parts, a PDF's extracted text, an HTML page's decoded
# text (the parsers need ~10x this in memory)
DEFAULT_MAX_EXPANDED = 32_000_000
_GB = {"gb2312", "gbk", "gb18030", "cp936", "hz", "hz_gb_2312", "euc_cn", "euc-cn"}


# -------------------------------------------------------------------------- decoding


def decode(data: bytes, *, path: str | None = None, encoding: str | None = None) -> str:
    """Bytes → text: BOMs, UTF-8, then charset-normalizer (GB* read as gb18030).

    >>> decode("云南省外办".encode("gbk")), decode(codecs.BOM_UTF8 + "越南".encode())
    ('云南省外办', '越南')

    Two GBK characters alone are too few for charset-normalizer to tell apart from
    other encodings; real documents are longer (and ``encoding=`` overrides).
    """
    if encoding:
        enc = "gb18030" if encoding.lower().replace("-", "_") in _GB else encoding
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError) as exc:
            raise TifaError("E003", path=path, detail=f"{encoding}: {exc}") from None
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                raise TifaError("E003", path=path, detail=str(exc)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        utf16 = _try_bomless_utf16(data)
        if utf16 is not None:
            return utf16
        raise TifaError("E002", path=path, detail="contains NUL bytes: looks binary")
    return _detect(data, path)


def _try_bomless_utf16(data: bytes) -> str | None:
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        printable = sum(ch.isprintable() or ch.isspace() for ch in text[:2000])
        if text and printable / min(len(text), 2000) > 0.95:
            return text
    return None


def _cjk_share(text: str) -> float:
    if not text:
        return 0.0
    return len(re.findall(r"[\u4e00-\u9fff]", text)) / len(text)


def _detect(data: bytes, path: str | None) -> str:
    from charset_normalizer import from_bytes

    candidates: list[tuple[float, str]] = []
    best = from_bytes(data).best()
    if best is not None and best.encoding:
        enc = "gb18030" if best.encoding.lower() in _GB else best.encoding
        try:
            text = data.decode(enc)
            candidates.append((_plausibility(text), text))
        except (UnicodeDecodeError, LookupError):
            pass
    # Chinese legacy encodings are what this corpus meets; score them explicitly
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), text))
    if not candidates:
        raise TifaError("E003", path=path, detail="not UTF-8/16, GB18030 or Big5")
    score, text = max(candidates, key=lambda c: c[0])
    if score < 0:
        raise TifaError("E002", path=path, detail="decoded text is mostly control or private-use characters")
    return text


_COMMON = set("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研需市斯")


def _plausibility(text: str) -> float:
    """Higher for text made of common Chinese characters and ordinary symbols (judged on the
    first 200,000 characters: a Python loop over a 50 MB file would take a minute)."""
    text = text[:200_000]
    if not text:
        return 0.0
    bad = sum(1 for ch in text if (not ch.isprintable() and not ch.isspace()) or "\ue000" <= ch <= "\uf8ff")
    common = sum(1 for ch in text if ch in _COMMON)
    cjk = _cjk_share(text)
    return common / len(text) + 0.1 * cjk - 5 * bad / len(text)


# ------------------------------------------------------------------------- readers


def read_text_file(data: bytes, path: str, *, encoding: str | None = None) -> tuple[str, str | None]:
    text = decode(data, path=path, encoding=encoding)
    return text, _first_line_title(text)


def _first_line_title(text: str) -> str | None:
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    if len(lines) >= 2 and len(lines[0]) <= 80:
        return lines[0].lstrip("#").strip() or None
    return None


def read_html(data: bytes, path: str, *, encoding: str | None = None,
              max_expanded: int = DEFAULT_MAX_EXPANDED) -> tuple[str, str | None]:
    """Main text of an HTML page (trafilatura, tuned so short readouts survive), led by
    the page's headline (see :func:`read_html_document`)."""
    text, title, _ = read_html_document(data, path, encoding=encoding, max_expanded=max_expanded)
    return text, title


def read_html_document(data: bytes, path: str, *, encoding: str | None = None,
                       max_expanded: int = DEFAULT_MAX_EXPANDED) -> tuple[str, str | None, date | None]:
    """``(text, headline, date)`` of an HTML page.

    The headline is the article's (``<meta name="ArticleTitle">``, ``<h1>``, ``og:title``,
    a ``<title>`` part) but never a site name (辽宁省人民政府外事办公室, "... Foreign
    Affairs Office"); the date comes from the ``<meta>`` publication tags (the text's
    date lines are read later, by the tagger). Valid UTF-8 is read as UTF-8 whatever its
    ``<meta charset>`` claims (pages copied between systems keep a stale one); otherwise
    the declared charset is tried, then detection. A page nested deeper than the parsers
    follow has its tags stripped (W008).
    """
    import trafilatura
    from trafilatura.settings import use_config

    html = _decode_html(data, path, encoding)
    if len(html) > max_expanded:
        raise TifaError("E014", path=path, detail=f"{len(html)} characters of HTML > {max_expanded}")
    if not html.strip():
        return "", None, None
    cfg = use_config()
    for key in ("MIN_EXTRACTED_SIZE", "MIN_OUTPUT_SIZE", "MIN_EXTRACTED_COMM_SIZE", "MIN_OUTPUT_COMM_SIZE"):
        cfg.set("DEFAULT", key, "1")
    cfg.set("DEFAULT", "MIN_DUPLCHECK_SIZE", "100000")
    try:
        doc = trafilatura.bare_extraction(html, config=cfg, include_comments=False, include_tables=True,
                                          favor_recall=True, with_metadata=True)
    except Exception as exc:  # trafilatura raises many parser errors
        raise TifaError("E008", path=path, detail=str(exc)[:200]) from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    headline, day = html_head(html)  # pipeline.htmlmeta
    if headline is None:
        title = getattr(doc, "title", None) if doc is not None else None
        headline = article_part(title, None) if title else None
    if not text:
        text = _html_fallback(html)
    text = drop_site_lines(text)
    if headline and not text.startswith(headline):
        text = f"{headline}\n{text}"
    return text, headline, day


def _decode_html(data: bytes, path: str, encoding: str | None) -> str:
    if encoding:
        return decode(data, path=path, encoding=encoding)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _meta_charset(data)
    if declared:
        try:
            return decode(data, path=path, encoding=declared)
        except TifaError:
            pass  # the declaration lies: detect instead
    return decode(data, path=path)


def _meta_charset(data: bytes) -> str | None:
    m = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", data[:4096], re.I)
    if not m:
        return None
    enc = m.group(1).decode("ascii").lower()
    try:
        codecs.lookup(enc)
    except LookupError:
        return None
    return enc


_TAG = re.compile(r"<[^>]*>")
_INVISIBLE_HTML = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.I | re.S)


def _html_fallback(html: str) -> str:
    """Text of a page trafilatura found nothing in: lxml (huge trees allowed), else tags stripped."""
    import html as htmlmod

    import lxml.html

    html = html.replace("\x00", "")  # lxml refuses NUL characters
    text = ""
    try:
        tree = lxml.html.fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
        for bad in tree.xpath("//script|//style|//nav|//header|//footer|//aside|//noscript"):
            bad.drop_tree()
        text = re.sub(r"\n\s*\n+", "\n", tree.text_content()).strip()
    except Exception:  # noqa: BLE001 - any parser failure: strip the tags below
        text = ""
    if not text:  # nested deeper than libxml2 follows (it then drops the text silently)
        stripped = htmlmod.unescape(_TAG.sub(" ", _INVISIBLE_HTML.sub(" ", html)))
        text = re.sub(r"[ \t]*\n\s*", "\n", re.sub(r"[ \t]+", " ", stripped)).strip()
    return text


_CJK_BREAK = re.compile(r"(?<=[\u3400-\u9fff，、；：。（）])[ \t]*\n[ \t]*(?=[\u3400-\u9fff，、；：。（）])")


def read_pdf(data: bytes, path: str, *, max_expanded: int = DEFAULT_MAX_EXPANDED) -> tuple[str, str | None]:
    """Text of every page (pypdf); line breaks inside Chinese text are joined.

    pypdf's warnings about malformed files go to its logger, silenced here: a damaged
    file that still yields text is read, one that does not is E004.
    """
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    log = logging.getLogger("pypdf")
    level, log.level = log.level, logging.CRITICAL
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise TifaError("E004", path=path, detail="encrypted PDF")
            pages, size = [], 0
            for p in reader.pages:
                pages.append(p.extract_text() or "")
                size += len(pages[-1])
                if size > max_expanded:
                    raise TifaError("E014", path=path, detail=f"over {max_expanded} characters of text "
                                                              f"by page {len(pages)}")
            try:
                title = (reader.metadata or {}).get("/Title") or None
            except Exception:  # noqa: BLE001 - metadata is optional
                title = None
    except TifaError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise TifaError("E004", path=path, detail=str(exc)[:200]) from None
    except Exception as exc:  # pypdf raises assorted errors on corrupt files
        raise TifaError("E004", path=path, detail=f"{type(exc).__name__}: {str(exc)[:160]}") from None
    finally:
        log.level = level
    text = _CJK_BREAK.sub("", "\n".join(pages)).strip()
    return text, (str(title) if title else _first_line_title(text))


def read_docx(data: bytes, path: str, *, max_expanded: int = DEFAULT_MAX_EXPANDED) -> tuple[str, str | None]:
    """Paragraphs and table cells of a DOCX, in document order.

    The ZIP's declared sizes are checked before anything is unpacked (zipfile enforces
    them while reading): XML parts over ``max_expanded`` together, or other parts (images)
    over the file's own size limit, are E014.
    """
    import zipfile

    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except Exception as exc:  # noqa: BLE001 - BadZipFile, NotImplementedError (zip version), ...
        raise TifaError("E005", path=path, detail=f"{type(exc).__name__}: {str(exc)[:160]}") from None
    xml = sum(i.file_size for i in infos if i.filename.endswith((".xml", ".rels")))
    other = sum(i.file_size for i in infos) - xml
    if xml > max_expanded:
        raise TifaError("E014", path=path, detail=f"XML parts expand to {xml} bytes > {max_expanded}")
    if other > max(max_expanded, DEFAULT_MAX_BYTES):
        raise TifaError("E014", path=path, detail=f"other parts expand to {other} bytes")
    try:
        d = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        title = None
        for p in d.paragraphs:
            if p.text.strip():
                if title is None and (p.style is not None and p.style.name.lower().startswith(("title", "heading"))):
                    title = p.text.strip()
                lines.append(p.text)
        for table in d.tables:
            for row in table.rows:
                cells = [c.text.strip() for c in row.cells]
                lines.append("\t".join(dict.fromkeys(c for c in cells if c)))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise TifaError("E005", path=path, detail=str(exc)[:200]) from None
    except Exception as exc:  # noqa: BLE001 - python-docx fails many ways on a malformed package
        raise TifaError("E005", path=path, detail=f"{type(exc).__name__}: {str(exc)[:160]}") from None
    text = "\n".join(lines)
    return text, title or _first_line_title(text)


def read_file(path: Path, *, doc_id: str, source: str, max_bytes: int = DEFAULT_MAX_BYTES,
              encoding: str | None = None, max_expanded: int = DEFAULT_MAX_EXPANDED) -> Document:
    """One non-JSONL file → one :class:`Document` (or a coded :class:`TifaError`).

    ``path`` may hold surrogate escapes (a non-UTF-8 name); errors name it readably.
    """
    spath = escape_surrogates(str(path))
    try:
        with open(path, "rb") as fh:  # one open: the size checked is the size read
            size = os.fstat(fh.fileno()).st_size
            if size > max_bytes:
                raise TifaError("E006", path=spath, detail=f"{size} bytes > {max_bytes}")
            data = fh.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise TifaError("E006", path=spath, detail=f"more than {max_bytes} bytes")
    except FileNotFoundError:
        raise TifaError("E001", path=spath) from None
    except OSError as exc:
        raise TifaError("E009", path=spath, detail=str(exc)) from None
    text, title, found, day = read_data(data, path.suffix.lower(), spath, encoding=encoding,
                                        max_expanded=max_expanded)
    return Document(id=doc_id, text=text, title=title, source=source, date=day,
                    meta={"warnings": found} if found else {})


def read_data(data: bytes, suffix: str, spath: str, *, encoding: str | None = None,
              max_expanded: int = DEFAULT_MAX_EXPANDED) -> tuple[str, str | None, list[str], date | None]:
    """The bytes of a file with this ``suffix`` → ``(text, title, warning codes, date)``, or a coded error."""
    if suffix in NO_READER:
        raise TifaError("E002", path=spath, detail=f"no reader for {suffix} files: its markup would be read as text")
    found: list[str] = []
    day: date | None = None
    if not data:
        text, title = "", None
    elif suffix in HTML_SUFFIXES:
        text, title, day = read_html_document(data, spath, encoding=encoding, max_expanded=max_expanded)
    elif suffix == ".pdf":
        text, title = read_pdf(data, spath, max_expanded=max_expanded)
        if not text:
            found.append("W002")
    elif suffix == ".docx":
        text, title = read_docx(data, spath, max_expanded=max_expanded)
    elif suffix in TEXT_SUFFIXES or suffix not in SUPPORTED:
        if suffix not in TEXT_SUFFIXES and _looks_binary(data):
            raise TifaError("E002", path=spath, detail=f"unsupported file type {suffix or '(none)'}")
        text, title = read_text_file(data, spath, encoding=encoding)
    else:  # pragma: no cover - jsonl is handled by iter_jsonl
        raise TifaError("E002", path=spath)
    if data and not text.strip():
        found.append("W003")
    # a reader may hand back lone surrogates (pypdf on a damaged PDF): U+FFFD one for one in
    # the text keeps offsets, the title is written out readably (no UTF-8 output holds them)
    return replace_surrogates(text), escape_surrogates(title) if title else title, found, day


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if b"\x00" in head:
        return True
    ctrl = sum(1 for b in head if b < 9 or 13 < b < 32)
    return ctrl > len(head) * 0.05


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
            return TifaError("E003", path=where, detail=f"JSONL must be UTF-8: {exc.reason} at byte {exc.start}")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return TifaError("E007", path=where, detail=f"invalid JSON: {exc.msg}")
    except RecursionError:
        return TifaError("E015", path=where, detail="nested deeper than the JSON parser can follow")
    if _too_deep(obj):
        return TifaError("E015", path=where, detail=f"nested deeper than {MAX_JSON_DEPTH} levels")
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or obj.get("id") in (None, ""):
        return TifaError("E007", path=where, detail='needs "id" and a string "text"' + _tifa_output(obj))
    for key, kinds in (("id", (str, int)), ("title", str), ("lang", str), ("source", str), ("date", (str, int))):
        value = obj.get(key)
        if value is not None and (not isinstance(value, kinds) or isinstance(value, bool)):
            return TifaError("E007", path=where, detail=f'"{key}" must be a string, not {type(value).__name__}')
    sp = obj.get("source_province")
    if sp not in (None, "") and code_kind(str(sp).strip().upper()) != "province":
        return TifaError("E007", path=where, detail=f'"source_province" {sp!r} is not a province code such as CN-YN')
    # JSON may spell lone surrogates (\\ud800), which no UTF-8 output can hold: the id and title
    # are written out readably, the text gets U+FFFD in their place (one for one: offsets hold)
    obj["id"] = escape_surrogates(str(obj["id"]))
    if obj.get("title") is not None:
        obj["title"] = escape_surrogates(obj["title"])
    obj["text"] = replace_surrogates(obj["text"])
    from .tagger import as_document

    doc = as_document(obj)
    doc.source = source
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
            yield TifaError("E006", path=f"{source}:{lineno}", detail=f"line of {line.size} bytes > {max_bytes}")
            continue
        if not line.strip():
            continue
        if len(line) > max_bytes:
            yield TifaError("E006", path=f"{source}:{lineno}", detail=f"line of {len(line)} bytes > {max_bytes}")
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
    meets (:func:`pipeline.walk.walk`) becomes a task, a document or an error, except
    hidden names, which are appended to ``skipped`` (for the summary) when given.

    Args:
        paths: folders, files, or ``-``.
        stdin: the stream ``-`` reads (default: ``sys.stdin``).
        exclude: files and folders never read (the run's own output, errors sidecar and
            parts folder, :func:`pipeline.runpaths.own_files`).
        prefixes: ``{given: prefix}`` put before the ids of an input's files so that two
            inputs never give one id (default: :func:`pipeline.runpaths.input_prefixes`).
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
            yield TifaError("E009", path=source, detail=str(exc))
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
            yield TifaError("E006", path="-", detail=f"standard input holds more than {max_bytes} characters")
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
    file's bytes are (:func:`decode`); lone surrogates left over become U+FFFD."""
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


# ------------------------------------------------------------------------- writers

FORMATS = ("jsonl", "csv", "parquet")
CSV_BOM = "\ufeff"  # CSV files start with it, as `tifa report`'s do: Excel then reads them as UTF-8
CSV_FIELDS = ["id", "source", "lang", "title", "date", "provinces", "partners", "regions", "formulations",
              "engagement", "engagement_score", "engagement_source", "engagement_runner_up", "role_targets",
              "n_mentions", "tifa_version", "lexicon_hash", "engagements"]


def flat_row(r: Record) -> dict[str, Any]:
    """A record as one flat row (lists joined with ``;``) for CSV."""
    d = r.engagement_detail
    return {
        "id": r.id, "source": r.source, "lang": r.lang, "title": r.title or "", "date": r.date or "",
        "provinces": ";".join(r.provinces), "partners": ";".join(r.partners), "regions": ";".join(r.regions),
        "formulations": ";".join(r.formulations), "engagement": r.engagement or "",
        "engagement_score": d.score, "engagement_source": d.source, "engagement_runner_up": d.runner_up or "",
        "role_targets": ";".join(r.role_targets), "n_mentions": len(r.mentions),
        "tifa_version": r.meta.tifa_version, "lexicon_hash": r.meta.lexicon_hash,
        "engagements": _engagements_json(r),  # JSON, so `tifa report records.csv` counts engagements
    }


def _engagements_json(r: Record) -> str:
    return json.dumps([e.model_dump() for e in r.engagements], ensure_ascii=False)


class AtomicWriter:
    """Write to ``.NAME.tmp-PID`` next to ``path``; rename over ``path`` on success only.

    Use as a context manager: an exception inside the block deletes the temporary
    file and leaves any existing ``path`` untouched.
    """

    def __init__(self, path: str | Path, *, binary: bool = False) -> None:
        self.path = Path(path)
        self.tmp = self.path.with_name(f".{self.path.name}.tmp-{os.getpid()}")
        self.binary = binary
        self.fh: IO[Any] | None = None

    def __enter__(self) -> IO[Any]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fh = open(self.tmp, "wb" if self.binary else "w", **({} if self.binary else {"encoding": "utf-8", "newline": ""}))
        except OSError as exc:
            raise TifaError("E040", path=str(self.path), detail=str(exc)) from None
        return self.fh

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self.fh is not None
        try:
            if exc_type is None:  # durable before visible: a power cut never leaves a renamed empty file
                self.fh.flush()
                os.fsync(self.fh.fileno())
        finally:
            self.fh.close()
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            self.tmp.unlink(missing_ok=True)


class RecordSink:
    """Streams records to JSONL, CSV or Parquet atomically (``with RecordSink(...) as s``)."""

    def __init__(self, path: str | Path | None, fmt: str = "jsonl", *, batch: int = 1000) -> None:
        if fmt not in FORMATS:
            raise TifaError("E041", detail=fmt)
        if path is None and fmt != "jsonl":
            raise TifaError("E041", detail=f"{fmt} needs -o FILE (stdout takes jsonl only)")
        self.path, self.fmt, self.batch = path, fmt, batch
        self._buf: list[Record] = []
        self._writer: AtomicWriter | None = None
        self._fh: IO[Any] | None = None
        self._csv: Any = None
        self._pq: Any = None
        self.count = 0

    def __enter__(self) -> "RecordSink":
        if self.path is None:
            self._fh = sys.stdout
        else:
            self._writer = AtomicWriter(self.path, binary=self.fmt == "parquet")
            self._fh = self._writer.__enter__()
        if self.fmt == "csv":
            import csv

            if self.path is not None:
                self._fh.write(CSV_BOM)  # Excel reads UTF-8 without a BOM as the local code page
            self._csv = csv.DictWriter(self._fh, fieldnames=CSV_FIELDS)
            self._csv.writeheader()
        return self

    def write(self, record: Record) -> None:
        self.count += 1
        if self.fmt == "jsonl":
            self._fh.write(record.model_dump_json() + "\n")  # type: ignore[union-attr]
        elif self.fmt == "csv":
            self._csv.writerow(flat_row(record))
        else:
            self._buf.append(record)
            if len(self._buf) >= self.batch:
                self._flush_parquet()

    def _flush_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [_parquet_row(r) for r in self._buf]
        table = pa.Table.from_pylist(rows, schema=_parquet_schema())
        if self._pq is None:
            self._pq = pq.ParquetWriter(self._fh, table.schema)
        self._pq.write_table(table)
        self._buf = []

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None and self.fmt == "parquet":
                if self._buf or self._pq is None:
                    self._flush_parquet()
                self._pq.close()
        finally:
            if self._writer is not None:
                self._writer.__exit__(exc_type, exc, tb)
            elif self._fh is not None:
                self._fh.flush()


def _parquet_schema():
    import pyarrow as pa

    s, ls = pa.string(), pa.list_(pa.string())
    return pa.schema([
        ("id", s), ("source", s), ("lang", s), ("title", s), ("date", s), ("provinces", ls), ("partners", ls),
        ("regions", ls), ("formulations", ls), ("engagement", s), ("engagement_score", pa.float64()),
        ("engagement_source", s), ("engagement_runner_up", s), ("role_targets", ls), ("mentions", s), ("meta", s),
        ("engagements", s),
    ])


def _parquet_row(r: Record) -> dict[str, Any]:
    d = r.engagement_detail
    return {
        "id": r.id, "source": r.source, "lang": r.lang, "title": r.title, "date": r.date,
        "provinces": r.provinces, "partners": r.partners, "regions": r.regions, "formulations": r.formulations,
        "engagement": r.engagement, "engagement_score": d.score, "engagement_source": d.source,
        "engagement_runner_up": d.runner_up, "role_targets": r.role_targets,
        "mentions": json.dumps([m.model_dump() for m in r.mentions], ensure_ascii=False),
        "meta": r.meta.model_dump_json(), "engagements": _engagements_json(r),
    }


def render_row(record: Record, fmt: str) -> str | dict[str, Any]:
    """A record as a part file of ``fmt`` stores it: a JSON line, a CSV row or a Parquet row.

    Rendering happens where the record was made (in the worker), so the writing process
    only moves finished rows.
    """
    if fmt == "jsonl":
        return record.model_dump_json() + "\n"
    return flat_row(record) if fmt == "csv" else _parquet_row(record)


def write_part(path: str | Path, fmt: str, rows: list[Any]) -> None:
    """Write rendered rows (:func:`render_row`) as one self-contained file, atomically.

    CSV parts carry their header, Parquet parts the full schema, so each part is readable
    alone (a partitioned output) and :func:`assemble_parts` can join them.
    """
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        with AtomicWriter(path, binary=True) as fh:
            pq.write_table(pa.Table.from_pylist(rows, schema=_parquet_schema()), fh)
        return
    with AtomicWriter(path) as fh:
        if fmt == "csv":
            import csv

            fh.write(CSV_BOM)
            w = csv.DictWriter(fh, fieldnames=CSV_FIELDS)
            w.writeheader()
            w.writerows(rows)
        else:
            fh.writelines(rows)


def write_jsonl(path: str | Path, objs: Iterable[dict[str, Any]]) -> None:
    """Plain JSON objects (error entries, manifests) as JSONL, atomically."""
    with AtomicWriter(path) as fh:
        for o in objs:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")


def assemble_parts(parts: Iterable[Path], out: str | Path, fmt: str) -> None:
    """Join part files (in the given order) into one output file, atomically.

    JSONL parts are copied byte for byte, CSV parts without their repeated header,
    Parquet parts one table at a time (memory bounded by the largest part).
    """
    import shutil

    if fmt == "parquet":
        import pyarrow.parquet as pq

        with AtomicWriter(out, binary=True) as fh:
            writer = pq.ParquetWriter(fh, _parquet_schema())
            for part in parts:
                writer.write_table(pq.read_table(part, schema=_parquet_schema()))
            writer.close()
        return
    with AtomicWriter(out, binary=True) as fh:
        if fmt == "csv":
            import csv

            header = io.StringIO(newline="")
            csv.DictWriter(header, fieldnames=CSV_FIELDS).writeheader()
            fh.write((CSV_BOM + header.getvalue()).encode("utf-8"))
        for part in parts:
            with open(part, "rb") as src:
                if fmt == "csv":
                    src.readline()  # the part's own BOM and header (no field of a header holds a newline)
                shutil.copyfileobj(src, fh, 1 << 20)


ERRORS_SUFFIX = ".errors.jsonl"


def errors_path(out: str | Path) -> Path:
    """The errors sidecar of an output, distinct for every output name.

    ``records.jsonl`` → ``records.errors.jsonl`` (as always); any other extension keeps
    its name whole, so ``records.csv`` and ``records.parquet`` written next to
    ``records.jsonl`` each get their own: ``records.csv.errors.jsonl``.

    >>> [errors_path(p).name for p in ("r.jsonl", "r.csv", "r.parquet", "r")]
    ['r.errors.jsonl', 'r.csv.errors.jsonl', 'r.parquet.errors.jsonl', 'r.errors.jsonl']
    """
    p = Path(out)
    if p.suffix.lower() in JSONL_SUFFIXES:
        return p.with_name(p.stem + ERRORS_SUFFIX)
    return p.with_name(p.name + ERRORS_SUFFIX)


def read_records(path: str | Path) -> Iterator[Record]:
    """Records back from a JSONL file written by ``tifa tag``."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield Record.model_validate_json(line)
