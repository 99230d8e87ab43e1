"""One analysis object per document, built once and read by every stage after the annotators.

:class:`Analysis` holds what the stages used to recompute each on their own: the prepared
document, its text normalised once (with the offset map back to the original), its
sentences, the annotators' mentions by kind and the sentence of each mention. Facts
derived from one sentence (its simplified text, the act detector's frame and predicate
spans, the act/muted verdict, the titles named in it) are computed lazily, the first time
a stage asks, and kept on the object, so that the document's engagement decision and every
engagement's own decision read each sentence once. Nothing is cached at module level: the
object lives as long as the document's tagging.

Example:
    >>> from pipeline.tagger import load
    >>> a = load(model=False).annotate("云南省长会见越南客人。双方签署协议。")
    >>> a.sentences, [m.code for m in a.places], a.sentence_of(a.cues)
    ([(0, 11), (11, 18)], ['CN-YN', 'VNM'], [0, 1, 1])
    >>> a.sentence_index((11, 18)), a.simplified(1)
    (1, '双方签署协议。')
"""

from __future__ import annotations

import bisect
from typing import Callable, Hashable, Sequence, TypeVar

from .lexicon.bodies import ForeignBodies
from .readable import View
from .schemas import Document, Mention
from .text import Normalized, Normalizer, sentences

T = TypeVar("T")
_UNSET = object()  # (a fact's value may be None)


class Analysis:
    """Everything known about one document before roles and engagements are decided.

    Args:
        doc: the prepared document (language and date filled in).
        norm: ``doc.text`` normalised once by the lexicon's normaliser.
        places: place mentions (provinces, countries, regions, blocked forms), text order.
        formulations: formulation mentions.
        cues: engagement cue mentions, text order.
        normalizer: the lexicon's normaliser (what :meth:`simplified` applies to a
            sentence); None reads sentences as they are.
        bodies: the lexicon's compiled foreign bodies (``foreign_bodies.yaml``), which the
            engagement policy asks about (:mod:`pipeline.engagement.foreign_bodies`); None: none known.

    Attributes:
        sentences: sentence spans of ``doc.text`` (the whole text as one when it has none).
        starts: the start offset of each sentence.
    """

    __slots__ = ("doc", "norm", "places", "formulations", "cues", "normalizer", "bodies", "sentences", "starts",
                 "_facts", "_index", "view")

    def __init__(self, doc: Document, norm: Normalized, places: list[Mention], formulations: list[Mention],
                 cues: list[Mention], normalizer: Normalizer | None = None, bodies: ForeignBodies | None = None
                 ) -> None:
        self.doc = doc
        self.norm = norm
        self.places = places
        self.formulations = formulations
        self.cues = cues
        self.normalizer = normalizer
        self.bodies = bodies
        self.sentences: list[tuple[int, int]] = sentences(doc.text) or [(0, len(doc.text))]
        self.starts = [a for a, _ in self.sentences]
        self._facts: dict[Hashable, object] = {}
        self._index: dict[tuple[int, int], int] | None = None
        self.view: View | None = None  # the reading view doc.text is, when it is one (pipeline.readable)

    # -- the old 4-tuple --------------------------------------------------------------
    # -- sentences --------------------------------------------------------------------
    @property
    def text(self) -> str:
        """The document's text as read: the text handed in, or its reading view (``view``), whose
        offsets :meth:`pipeline.tagger.Tagger.records` moves back onto the original."""
        return self.doc.text

    def sentence_of(self, mentions: Sequence[Mention]) -> list[int]:
        """The sentence index of each mention (0 before the first sentence)."""
        br, starts = bisect.bisect_right, self.starts
        return [max(br(starts, m.start) - 1, 0) for m in mentions]

    def sentence_index(self, span: tuple[int, int]) -> int | None:
        """The index of sentence ``span`` (None: not one of the document's sentences)."""
        if self._index is None:
            self._index = {s: i for i, s in enumerate(self.sentences)}
        return self._index.get(span)

    def simplify(self, text: str) -> str:
        """``text`` in the lexicon's normal form (what :meth:`simplified` applies to a sentence)."""
        return text if self.normalizer is None else self.normalizer.normalize(text).text

    def simplified(self, i: int) -> str:
        """Sentence ``i`` in the lexicon's normal form (lower case, Simplified), computed once."""
        key = ("simplified", i)
        s = self._facts.get(key)
        if s is None:
            a, b = self.sentences[i]
            if self.normalizer is not None and self.norm.slices_align():
                s = self.norm.text[a:b]  # the document's normal form, sliced: the same text (see Normalized)
            else:
                s = self.simplify(self.doc.text[a:b])
            self._facts[key] = s
        return s  # type: ignore[return-value]

    def release(self, keep: tuple[Hashable, ...] = ()) -> None:
        """Forget the derived facts (all but ``keep``): what a stage asks again is read again.

        :meth:`pipeline.tagger.Tagger.records` calls it once a record is built, so that a
        batch of long documents held for tagging does not also hold every sentence's facts.
        """
        facts = self._facts
        self._facts = {k: facts[k] for k in keep if k in facts}  # (``keep`` is short; the facts may be thousands)

    def fact(self, key: Hashable, compute: Callable[[], T]) -> T:
        """A fact about this document, computed by ``compute`` the first time ``key`` is
        asked and kept on the object (the layers above name their per-sentence facts:
        ``("frame", lang, i)``, ``("titles", span)`` …)."""
        v = self._facts.get(key, _UNSET)  # (not try/except: most keys are asked once, and a raised
        if v is _UNSET:                    # KeyError costs ~1 µs: 14,000 per 1,484 dev texts)
            v = self._facts[key] = compute()
        return v  # type: ignore[return-value]
