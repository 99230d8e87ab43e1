"""Readers, one per format (txt, md, html, pdf, docx): a file's bytes to text, title and date.

Readers return text or raise :class:`~pipeline.errors.TifaError` with a code;
:func:`read_file` and :func:`read_data` pick the reader by suffix and content.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import warnings
from datetime import date
from pathlib import Path
from typing import Iterator

from ..documents import blank_lang
from ..errors import E, TifaError, escape_surrogates
from ..schemas import Document, Record
from ..text import replace_surrogates
from .decode import decode
from .htmlmeta import article_part, drop_site_lines, page_head

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MHTML_SUFFIXES = {".mht", ".mhtml"}  # a browser's "save as a single file": the page in a MIME message
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | MHTML_SUFFIXES | JSONL_SUFFIXES | {".pdf", ".docx"}
# text-like formats whose markup would be tagged as prose: E002 until a reader exists
NO_READER = {".csv", ".tsv", ".rtf", ".xml", ".json", ".doc", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".epub"}
DEFAULT_MAX_BYTES = 50_000_000
# what a file may expand to: a DOCX's XML parts, a PDF's extracted text, an HTML page's decoded
# text (the parsers need ~10x this in memory)
DEFAULT_MAX_EXPANDED = 32_000_000


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
    text, title, _, _ = read_html_document(data, path, encoding=encoding, max_expanded=max_expanded)
    return text, title


def read_html_document(data: bytes, path: str, *, encoding: str | None = None,
                       max_expanded: int = DEFAULT_MAX_EXPANDED,
                       address: str | None = None) -> tuple[str, str | None, date | None, str | None]:
    """``(text, headline, date, url)`` of an HTML page.

    The headline is the article's (``<meta name="ArticleTitle">``, ``<h1>``, ``og:title``,
    a ``<title>`` part) but never a site name (辽宁省人民政府外事办公室, "... Foreign
    Affairs Office"); the date and the page's own address are what the page says of itself
    (:func:`~pipeline.io.htmlmeta.page_head`: publication tags, ``<time>``, a labelled date
    line; the canonical link, ``og:url``, the address it was saved from, or ``address``,
    the one its file gives outside the markup; the text's own date lines are read later,
    by the tagger). Valid UTF-8 is read as UTF-8 whatever its
    ``<meta charset>`` claims (pages copied between systems keep a stale one); otherwise
    the declared charset is tried, then detection. A page nested deeper than the parsers
    follow has its tags stripped.
    """
    import trafilatura
    from trafilatura.settings import use_config

    html = _decode_html(data, path, encoding)
    if len(html) > max_expanded:
        raise TifaError(E.EXPANDS_TOO_FAR, path=path, detail=f"{len(html)} characters of HTML > {max_expanded}")
    if not html.strip():
        return "", None, None, None
    cfg = use_config()
    for key in ("MIN_EXTRACTED_SIZE", "MIN_OUTPUT_SIZE", "MIN_EXTRACTED_COMM_SIZE", "MIN_OUTPUT_COMM_SIZE"):
        cfg.set("DEFAULT", key, "1")
    cfg.set("DEFAULT", "MIN_DUPLCHECK_SIZE", "100000")
    try:
        doc = trafilatura.bare_extraction(html, config=cfg, include_comments=False, include_tables=True,
                                          favor_recall=True, with_metadata=True)
    except Exception as exc:  # trafilatura raises many parser errors
        raise TifaError(E.HTML_UNPARSABLE, path=path, detail=str(exc)[:200]) from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    headline, day, url = page_head(html, address=address)  # pipeline.io.htmlmeta
    if headline is None:
        title = getattr(doc, "title", None) if doc is not None else None
        headline = article_part(title, None) if title else None
    if not text:
        text = _html_fallback(html)
    text = drop_site_lines(text)
    if headline and not text.startswith(headline):
        text = f"{headline}\n{text}"
    return text, headline, day, url


def read_mhtml(data: bytes, path: str, *, encoding: str | None = None,
               max_expanded: int = DEFAULT_MAX_EXPANDED) -> tuple[str, str | None, date | None, str | None]:
    """``(text, headline, date, url)`` of an MHTML file (.mht, .mhtml: a page a browser saved
    as one file): its first ``text/html`` part read as an HTML page, its address the
    ``Snapshot-Content-Location`` (or the part's ``Content-Location``). A file without an
    HTML part is E008.
    """
    import email
    from email import policy

    try:
        msg = email.message_from_bytes(data, policy=policy.compat32)
        part = next((p for p in msg.walk() if p.get_content_type() == "text/html"), None)
        body = part.get_payload(decode=True) if part is not None else None
    except Exception as exc:  # noqa: BLE001 - the email parser fails many ways on a damaged file
        raise TifaError(E.HTML_UNPARSABLE, path=path, detail=f"MHTML: {type(exc).__name__}: {str(exc)[:160]}") from None
    if part is None or not isinstance(body, bytes):
        raise TifaError(E.HTML_UNPARSABLE, path=path, detail="MHTML file without a text/html part")
    where = msg.get("Snapshot-Content-Location") or part.get("Content-Location")
    return read_html_document(body, path, encoding=encoding, max_expanded=max_expanded,
                              address=str(where).strip() if where else None)


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
                raise TifaError(E.PDF_UNREADABLE, path=path, detail="encrypted PDF")
            pages, size = [], 0
            for p in reader.pages:
                pages.append(p.extract_text() or "")
                size += len(pages[-1])
                if size > max_expanded:
                    raise TifaError(E.EXPANDS_TOO_FAR, path=path, detail=f"over {max_expanded} characters of text "
                                                              f"by page {len(pages)}")
            try:
                title = (reader.metadata or {}).get("/Title") or None
            except Exception:  # noqa: BLE001 - metadata is optional
                title = None
    except TifaError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise TifaError(E.PDF_UNREADABLE, path=path, detail=str(exc)[:200]) from None
    except Exception as exc:  # pypdf raises assorted errors on corrupt files
        raise TifaError(E.PDF_UNREADABLE, path=path, detail=f"{type(exc).__name__}: {str(exc)[:160]}") from None
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
        raise TifaError(E.DOCX_UNREADABLE, path=path, detail=f"{type(exc).__name__}: {str(exc)[:160]}") from None
    xml = sum(i.file_size for i in infos if i.filename.endswith((".xml", ".rels")))
    other = sum(i.file_size for i in infos) - xml
    if xml > max_expanded:
        raise TifaError(E.EXPANDS_TOO_FAR, path=path, detail=f"XML parts expand to {xml} bytes > {max_expanded}")
    if other > max(max_expanded, DEFAULT_MAX_BYTES):
        raise TifaError(E.EXPANDS_TOO_FAR, path=path, detail=f"other parts expand to {other} bytes")
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
        raise TifaError(E.DOCX_UNREADABLE, path=path, detail=str(exc)[:200]) from None
    except Exception as exc:  # noqa: BLE001 - python-docx fails many ways on a malformed package
        raise TifaError(E.DOCX_UNREADABLE, path=path, detail=f"{type(exc).__name__}: {str(exc)[:160]}") from None
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
                raise TifaError(E.FILE_TOO_LARGE, path=spath, detail=f"{size} bytes > {max_bytes}")
            data = fh.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise TifaError(E.FILE_TOO_LARGE, path=spath, detail=f"more than {max_bytes} bytes")
    except FileNotFoundError:
        raise TifaError(E.INPUT_NOT_FOUND, path=spath) from None
    except OSError as exc:
        raise TifaError(E.FILE_IO, path=spath, detail=str(exc)) from None
    meta: dict[str, object] = {}
    text, title, found, day = read_data(data, path.suffix.lower(), spath, encoding=encoding,
                                        max_expanded=max_expanded, meta=meta)
    if found:
        meta["warnings"] = found
    # no text (W003): the language of the title, else of the file's name (云南外事简报.txt), else prepare's
    lang = (blank_lang(title) or blank_lang(path.stem, name=True)) if not text.strip() else None
    return Document(id=doc_id, text=text, lang=lang, title=title, source=source, date=day, meta=meta)


def read_data(data: bytes, suffix: str, spath: str, *, encoding: str | None = None,
              max_expanded: int = DEFAULT_MAX_EXPANDED,
              meta: dict[str, object] | None = None) -> tuple[str, str | None, list[str], date | None]:
    """The bytes of a file with this ``suffix`` → ``(text, title, warning codes, date)``, or a coded error.

    ``meta``, when given, receives what the file says of itself beyond those: ``url``, an
    HTML page's own address (TAXONOMY §4: it dates a document that gives no date).
    """
    if suffix in NO_READER:
        raise TifaError(E.UNSUPPORTED_FILE, path=spath, detail=f"no reader for {suffix} files: its markup would be read as text")
    found: list[str] = []
    day: date | None = None
    if not data:
        text, title = "", None
    elif suffix in HTML_SUFFIXES:
        text, title, day, url = read_html_document(data, spath, encoding=encoding, max_expanded=max_expanded)
        if url and meta is not None:
            meta["url"] = url
    elif suffix in MHTML_SUFFIXES:
        text, title, day, url = read_mhtml(data, spath, encoding=encoding, max_expanded=max_expanded)
        if url and meta is not None:
            meta["url"] = url
    elif suffix == ".pdf":
        text, title = read_pdf(data, spath, max_expanded=max_expanded)
        if not text:
            found.append(E.PDF_NO_TEXT)
    elif suffix == ".docx":
        text, title = read_docx(data, spath, max_expanded=max_expanded)
    elif suffix in TEXT_SUFFIXES or suffix not in SUPPORTED:
        if suffix not in TEXT_SUFFIXES and _looks_binary(data):
            raise TifaError(E.UNSUPPORTED_FILE, path=spath, detail=f"unsupported file type {suffix or '(none)'}")
        text, title = read_text_file(data, spath, encoding=encoding)
    else:  # pragma: no cover - jsonl is handled by iter_jsonl
        raise TifaError(E.UNSUPPORTED_FILE, path=spath)
    if not text.strip():  # an empty file too: its record says why it has no labels
        found.append(E.NO_TEXT)
    # a reader may hand back lone surrogates (pypdf on a damaged PDF): U+FFFD one for one in
    # the text keeps offsets, the title is written out readably (no UTF-8 output holds them)
    return replace_surrogates(text), escape_surrogates(title) if title else title, found, day


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if b"\x00" in head:
        return True
    ctrl = sum(1 for b in head if b < 9 or 13 < b < 32)
    return ctrl > len(head) * 0.05


def read_records(path: str | Path) -> Iterator[Record]:
    """Records back from a JSONL file written by ``tifa tag``."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield Record.model_validate_json(line)
