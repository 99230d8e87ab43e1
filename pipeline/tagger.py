"""The :class:`Tagger`: lexicon + annotators + resolve, for single texts and streams."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

from .annotate import annotate_cues, annotate_formulations, annotate_places
from .lexicon import Lexicon
from .lexicon import load as load_lexicon
from .resolve import resolve, rule_scores
from .schemas import Document, Record, RecordMeta, code_kind
from .text import detect_lang, document_date, parse_date, sentences

if TYPE_CHECKING:
    from .classify.models import EngagementModel


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

    def __init__(self, lexicon: Lexicon | None = None, *, model: "EngagementModel | None" = None,
                 batch_size: int = 32) -> None:
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self.lexicon.compile()
        self.model = model
        self.batch_size = batch_size

    @property
    def meta(self) -> RecordMeta:
        """A fresh :class:`RecordMeta` (records may add warnings to theirs)."""
        return RecordMeta(tifa_version=self._version, lexicon_hash=self.lexicon.hash)

    @cached_property
    def _version(self) -> str:
        return _version()

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
        return next(self._tag_batch([doc]))

    def annotate(self, doc: Document) -> tuple[Document, list, list, list]:
        """Run the annotators: (prepared document, places, formulations, cues)."""
        doc = prepare(doc)
        norm = self.lexicon.normalize(doc.text)
        places = annotate_places(doc, self.lexicon, norm=norm)
        forms = annotate_formulations(doc, self.lexicon, norm=norm, places=places)
        cues = annotate_cues(doc, self.lexicon, norm=norm)
        return doc, places, forms, cues

    def _tag_batch(self, docs: list[Document]) -> Iterator[Record]:
        yield from self.records([self.annotate(d) for d in docs])

    def records(self, annotated: list[tuple[Document, list, list, list]]) -> Iterator[Record]:
        """Records from :meth:`annotate` outputs (classifier run once per batch)."""
        probs: list = [None] * len(annotated)
        if self.model is not None:
            probs = self.model.predict_proba([a[0].text for a in annotated])
        for (doc, places, forms, cues), p in zip(annotated, probs):
            meta = self.meta
            if doc.meta.get("warnings"):
                meta.warnings = list(doc.meta["warnings"])
            if self.model is not None:
                meta.model = self.model.name  # type: ignore[attr-defined]
            yield resolve(doc, places, forms, cues, meta=meta, model_probs=p,
                          model_weight=self.model.weight if self.model else 0.0)

    def engagement_evidence(self, text: str, *, lang: str | None = None) -> tuple[dict[str, float], list[str]]:
        """The rule vote (category → score) and the cue entries behind it."""
        annotated = self.annotate(Document(id="e", text=text, lang=lang))
        rec = next(self.records([annotated]))
        return rule_vote(annotated[0], annotated[3], rec), sorted({c.entry for c in annotated[3]})

    def pipe(self, items: Iterable[str | Document | Mapping[str, Any]]) -> Iterator[Record]:
        """Tag a stream lazily, in order (rules: one at a time; with a model: in batches).

        Items may be strings, :class:`Document` objects, or mappings with ``id`` and
        ``text`` (and optional ``lang``, ``title``, ``date``, ``source_province``).
        """
        size = self.batch_size if self.model is not None else 1
        batch: list[Document] = []
        for i, item in enumerate(items):
            batch.append(as_document(item, default_id=str(i)))
            if len(batch) >= size:
                yield from self._tag_batch(batch)
                batch = []
        if batch:
            yield from self._tag_batch(batch)


def rule_vote(doc: Document, cues: list, record: Record) -> dict[str, float]:
    """The rule scores behind ``record`` (the same call resolve makes)."""
    spans = sentences(doc.text) or [(0, len(doc.text))]
    return rule_scores(cues, [a for a, _ in spans], foreign=bool(record.partners), sent_ends=[b for _, b in spans])


def as_document(item: str | Document | Mapping[str, Any], *, default_id: str = "text") -> Document:
    """Coerce a string, mapping or Document into a :class:`Document`."""
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


def default_model_path() -> Path | None:
    """``$TIFA_MODEL``, else the shipped default model (``models/default``) if present."""
    import os

    env = os.environ.get("TIFA_MODEL")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for cand in (here.parent / "models" / "default", here / "_data" / "models" / "default"):
        if (cand / "meta.json").is_file():
            return cand
    return None


def load(lexicon: str | Path | Lexicon | None = None, *, model: str | Path | bool | None = None) -> Tagger:
    """A ready :class:`Tagger` on the given or the shipped lexicon.

    Args:
        lexicon: a lexicon directory or loaded :class:`Lexicon` (default: shipped).
        model: a model directory; ``None`` uses the shipped default model when there is
            one; ``False`` means rules only.
    """
    lex = lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)
    eng = None
    if model is not False:
        path = Path(model) if model not in (None, True) else default_model_path()
        if path is not None:
            from .classify.models import load_model

            eng = load_model(path, lexicon_hash=lex.hash)
    return Tagger(lex, model=eng)
