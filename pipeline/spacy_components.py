"""spaCy integration: ``nlp.add_pipe("tifa")`` on ``spacy.blank("zh")`` or ``"en"``.

The component runs the tagger on ``doc.text`` and writes
``doc.spans["tifa_formulations"]``, ``doc.spans["tifa_places"]`` and
``doc._.tifa_record``. Spans are aligned to tokens with ``alignment_mode="expand"``
(a mention inside a longer token covers that token); the record keeps exact
character offsets.

Example:
    >>> import spacy
    >>> nlp = spacy.blank("zh")
    >>> _ = nlp.add_pipe("tifa")
    >>> doc = nlp("云南建设面向南亚东南亚辐射中心")
    >>> [s.label_ for s in doc.spans["tifa_formulations"]], doc._.tifa_record.regions
    (['designated_role'], ['SOUTHEAST_ASIA', 'SOUTH_ASIA'])
"""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from .schemas import Document
from .tagger import Tagger, load


class TifaComponent:
    """The pipeline component; one :class:`Tagger` per component instance."""

    def __init__(self, nlp: Language, name: str, lexicon: Optional[str] = None) -> None:
        self.name = name
        self.lang = "zh" if nlp.lang.startswith("zh") else "en" if nlp.lang == "en" else None
        self.tagger: Tagger = load(lexicon)
        if not Doc.has_extension("tifa_record"):
            Doc.set_extension("tifa_record", default=None)
        if not Span.has_extension("tifa_engagement"):
            Span.set_extension("tifa_engagement", default=None)

    def __call__(self, doc: Doc) -> Doc:
        record = self.tagger.tag_document(Document(id="spacy", text=doc.text, lang=self.lang))
        groups: dict[str, list] = {"tifa_formulations": [], "tifa_places": []}
        for m in record.mentions:
            key = "tifa_formulations" if m.label == "formulation" else "tifa_places" if m.label in (
                "province", "country", "region") else None
            if key is None:
                continue
            span = doc.char_span(m.start, m.end, label=m.code, alignment_mode="expand")
            if span is not None:
                groups[key].append(span)
        engagements = []
        for e in record.engagements:  # one span per engagement over its evidence; attributes on span._
            if not e.evidence:
                continue
            span = doc.char_span(e.evidence[0], e.evidence[1], label=e.category, alignment_mode="expand")
            if span is not None:
                span._.tifa_engagement = e
                engagements.append(span)
        groups["tifa_engagements"] = engagements
        for key, spans in groups.items():
            doc.spans[key] = SpanGroup(doc, name=key, spans=spans)
        doc._.tifa_record = record
        return doc


@Language.factory("tifa", default_config={"lexicon": None})
def make_tifa(nlp: Language, name: str, lexicon: Optional[str]) -> TifaComponent:
    """Factory registered under the name ``tifa`` (also via the ``spacy_factories`` entry point)."""
    return TifaComponent(nlp, name, lexicon)
