"""Documents from what callers hand in: strings, mappings or :class:`Document` objects.

The lowest layer that knows a document (``schemas`` + ``text``), so that the readers in
``io/``, the tagger and the curation tools build documents the same way without importing
one another.
"""

from __future__ import annotations

from typing import Any, Mapping

from .schemas import Document, code_kind
from .text import detect_lang, document_date, parse_date


def as_document(item: str | Document | Mapping[str, Any], *, default_id: str = "text") -> Document:
    """Coerce a string, mapping or Document into a :class:`Document`.

    Example:
        >>> as_document({"id": "a", "text": "云南", "source_province": "cn-yn"}).source_province
        'CN-YN'
    """
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(id=default_id, text=item)
    known = {"id", "text", "lang", "title", "date", "source", "source_province"}
    sp = item.get("source_province")
    sp = str(sp).strip().upper() if sp else None
    return Document(
        id=str(item.get("id", default_id)),
        text=str(item.get("text") or ""),
        lang=item.get("lang"),
        title=item.get("title"),
        date=parse_date(item.get("date")),
        source=str(item.get("source", "")),
        meta={k: v for k, v in item.items() if k not in known},
        source_province=sp if sp and code_kind(sp) == "province" else None,
    )


def prepare(doc: Document) -> Document:
    """Fill in language and date when the input did not give them."""
    if doc.lang not in ("zh", "en"):
        doc.lang = detect_lang(doc.text)
    if doc.date is None:
        doc.date = document_date(doc.text)
    return doc
