"""The :class:`Tagger`: lexicon + annotators + resolve, for single texts and streams."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from .annotate import annotate_cues, annotate_formulations, annotate_places
from .lexicon import Lexicon
from .lexicon import load as load_lexicon
from .resolve import resolve
from .schemas import Document, Record, RecordMeta
from .text import detect_lang, find_date, parse_date


def _version() -> str:
    from . import __version__

    return __version__


class Tagger:
    """Tags documents into :class:`~pipeline.schemas.Record` objects.

    Args:
        lexicon: a loaded :class:`Lexicon` (default: the shipped one).

    Example:
        >>> t = Tagger()
        >>> r = t.tag("云南省委书记在昆明会见越南老街省委书记")
        >>> r.provinces, r.partners, r.engagement
        (['CN-YN'], ['VNM'], 'high_level_meeting')
    """

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self.lexicon.compile()

    @property
    def meta(self) -> RecordMeta:
        return RecordMeta(tifa_version=_version(), lexicon_hash=self.lexicon.hash)

    def tag(
        self,
        text: str | Document,
        *,
        id: str = "text",
        lang: str | None = None,
        title: str | None = None,
        date: date | str | None = None,
    ) -> Record:
        """Tag one text (or :class:`Document`)."""
        doc = text if isinstance(text, Document) else Document(id=id, text=text, lang=lang, title=title,
                                                                 date=parse_date(date))
        return self.tag_document(doc)

    def tag_document(self, doc: Document) -> Record:
        doc = prepare(doc)
        norm = self.lexicon.normalize(doc.text)
        places = annotate_places(doc, self.lexicon, norm=norm)
        forms = annotate_formulations(doc, self.lexicon, norm=norm, places=places)
        cues = annotate_cues(doc, self.lexicon, norm=norm)
        meta = self.meta
        if doc.meta.get("warnings"):
            meta.warnings = list(doc.meta["warnings"])
        return resolve(doc, places, forms, cues, meta=meta)

    def pipe(self, items: Iterable[str | Document | Mapping[str, Any]]) -> Iterator[Record]:
        """Tag a stream lazily (one record per item, in order).

        Items may be strings, :class:`Document` objects, or mappings with ``id`` and
        ``text`` (and optional ``lang``, ``title``, ``date``).
        """
        for i, item in enumerate(items):
            yield self.tag_document(as_document(item, default_id=str(i)))


def as_document(item: str | Document | Mapping[str, Any], *, default_id: str = "text") -> Document:
    """Coerce a string, mapping or Document into a :class:`Document`."""
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(id=default_id, text=item)
    known = {"id", "text", "lang", "title", "date", "source"}
    return Document(
        id=str(item.get("id", default_id)),
        text=str(item.get("text") or ""),
        lang=item.get("lang"),
        title=item.get("title"),
        date=parse_date(item.get("date")),
        source=str(item.get("source", "")),
        meta={k: v for k, v in item.items() if k not in known},
    )


def prepare(doc: Document) -> Document:
    """Fill in language and date when the input did not give them."""
    if doc.lang not in ("zh", "en"):
        doc.lang = detect_lang(doc.text)
    if doc.date is None:
        doc.date = find_date(doc.text[:400])
    return doc


def load(lexicon: str | Path | Lexicon | None = None) -> Tagger:
    """A ready :class:`Tagger` (rules only) on the given or the shipped lexicon."""
    lex = lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)
    return Tagger(lex)
