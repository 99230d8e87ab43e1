"""The :class:`Tagger`: lexicon + annotators + resolve, for single texts and streams."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

from .analysis import Analysis
from .annotate import annotate_cues, annotate_formulations, annotate_places
from .documents import as_document, prepare
from .engagement import apply as apply_engagements
from .engagement import compile_titles
from .engagement.titles import traditional_variants
from .engagement.years import compile_events
from .engagement import extract as extract_engagements
from .lexicon import Lexicon
from .lexicon import load as load_lexicon
from .lexicon.provinces import settle_source_province
from .engagement.policy import RuleVote
from .engagement.policy import rule_vote as policy_vote
from .readable import reading_view, remap
from .resolve import resolve
from .schemas import Document, Record, RecordMeta
from .shipped import shipped
from .text import parse_date
from .errors import E

if TYPE_CHECKING:
    from .classify.models import EngagementModel


def _version() -> str:
    from .version import __version__

    return __version__


class Tagger:
    """Tags documents into :class:`~pipeline.schemas.Record` objects.

    Args:
        lexicon: a loaded :class:`Lexicon` (default: the shipped one).
        model: an engagement model (None: rules only).
        batch_size: documents per model call. 64 by measurement (issue 17: the default
            model's own time per document falls ~10% from 32 to 64 and no further
            beyond, within the noise; bench/run.py prints the sweep).

    Example:
        >>> t = Tagger()
        >>> r = t.tag("云南省委书记在昆明会见越南老街省委书记")
        >>> r.provinces, r.partners, r.engagement
        (['CN-YN'], ['VNM'], 'high_level_meeting')
    """

    def __init__(self, lexicon: Lexicon | None = None, *, model: "EngagementModel | None" = None,
                 batch_size: int = 64, engagements: bool = True) -> None:
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self.lexicon.compile()
        self.model = model
        self.batch_size = batch_size
        self.engagements = engagements  # False: records without the engagement list (faster)
        variants = traditional_variants()
        self.titles = compile_titles(self.lexicon.title_entries, variants=variants)
        self.events = compile_events(self.lexicon.event_entries, variants=variants)

    @property
    def meta(self) -> RecordMeta:
        """A fresh :class:`RecordMeta` (records may add warnings to theirs)."""
        return RecordMeta(tifa_version=self._version, lexicon_hash=self.lexicon.hash)

    def simplify(self, sentence: str) -> str:
        """``sentence`` in the lexicon's normal form (lower case, Simplified): what act detection reads."""
        return self.lexicon.normalize(sentence).text

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

    def annotate(self, doc: Document | str) -> Analysis:
        """Run the annotators: the document's :class:`~pipeline.analysis.Analysis` (prepared
        document, normalised text, sentences, places, formulations, cues)."""
        doc = as_document(doc)
        # zero-width spaces, entities, hard wraps undone, Traditional read as Simplified (pipeline.readable)
        view = reading_view(doc.text, self.lexicon.normalizer.simplified_form if self.lexicon.normalizer else None)
        if view is not None:
            doc = replace(doc, text=view.text, meta=dict(doc.meta))
        doc = settle_source_province(prepare(doc), self.lexicon)  # 云南 → CN-YN (E013 if no province)
        norm = self.lexicon.normalize(doc.text)
        places = annotate_places(doc, self.lexicon, norm=norm)
        forms = annotate_formulations(doc, self.lexicon, norm=norm, places=places)
        cues = annotate_cues(doc, self.lexicon, norm=norm)
        a = Analysis(doc, norm, places, forms, cues, self.lexicon.normalizer, self.lexicon.foreign_bodies)
        a.view = view
        return a

    def _tag_batch(self, docs: list[Document]) -> Iterator[Record]:
        # (paused_gc's steps inline: this runs once per document on the rules-only path)
        was = gc.isenabled()
        gc.disable()
        try:
            done = list(self.records([self.annotate(d) for d in docs], spend=True))  # (nothing reads them again)
        finally:
            if was:
                gc.enable()
        yield from done

    def records(self, analyses: list[Analysis], *, spend: bool = False) -> Iterator[Record]:
        """Records from :meth:`annotate` outputs (classifier run once per batch).

        Args:
            analyses: the documents' analyses.
            spend: drop each analysis' mentions, normal form and sentences once its record is
                built (:func:`spend`), so that they are not held while the caller renders the
                record (a 30 MB document's analysis is ~150 MB; issue 17). A spent analysis
                cannot make a record again (``RuntimeError``).
        """
        for a in analyses:
            if a.norm is None:
                raise RuntimeError(f"the analysis of document {a.doc.id} was spent on its record: annotate it again")
        probs: list = [None] * len(analyses)
        if self.model is not None:
            # (the model reads the text as handed in, as it was trained: not the reading view)
            probs = self.model.predict_proba([a.view.original if a.view is not None else a.doc.text for a in analyses])
        for a, p in zip(analyses, probs):
            if p is not None:
                a.fact("model_probs", lambda: p)  # what explain shows, without running the model again
            doc = a.doc
            meta = self.meta
            if doc.meta.get("warnings"):
                meta.warnings = list(doc.meta["warnings"])
            if self.model is not None:
                meta.model = self.model.name  # type: ignore[attr-defined]
            weight = self.model.weight if self.model else 0.0
            res = resolve(a, meta=meta, model_probs=p, model_weight=weight)
            rec = res.record
            if self.engagements:
                rec = apply_engagements(rec, extract_engagements(doc, res.places, a.cues, rec, titles=self.titles,
                                                                 model_probs=p, model_weight=weight, analysis=a,
                                                                 events=self.events))
            if a.view is not None:
                rec = remap(rec, a.view)  # offsets onto the text as handed in
            if spend:
                spent(a)
            else:
                a.release(keep=("model_probs",))  # the sentences' facts served this record; a batch need not hold them
            yield rec

    def engagement_evidence(self, text: str, *, lang: str | None = None) -> tuple[RuleVote, list[str]]:
        """The rule vote (scores, act, precedence facts) and the cue entries behind it."""
        a = self.annotate(Document(id="e", text=text, lang=lang))
        rec = next(self.records([a]))
        return engagement_vote(a, rec), sorted({c.entry for c in a.cues})

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


def spent(a: Analysis) -> None:
    """Drop what ``a`` holds beyond its document (mentions, normal form, sentences, facts):
    what :meth:`Tagger.records` does with ``spend=True`` once the record is built."""
    a.release()
    a.places = a.formulations = a.cues = []
    a.sentences, a.starts = [], []
    a.norm = None  # type: ignore[assignment]  (marks it spent)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a batch is tagged (issue 17).

    Tagging allocates several tracked objects per mention and frees them by reference
    counting (a cycle, should a model make one, waits for the collector to resume), but
    the collector still walks every live one each time its allocation thresholds trip, so
    a document with a million mentions was tagged at a third of the per-MB speed of a
    small one. The collector is process-wide: it is resumed (if it was on) before any
    record is handed out.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def engagement_vote(analysis: Analysis, record: Record) -> RuleVote:
    """The rule vote behind ``record`` (the call resolve makes; its sentence facts are read
    from ``analysis``, where resolve left them)."""
    doc = analysis.doc
    return policy_vote(doc.text, analysis.sentences, analysis.cues, lang=doc.lang or "zh",
                       partners=len(record.partners), regions=len(record.regions),
                       simplify=analysis.simplify if analysis.normalizer is not None else None, analysis=analysis)


def rule_vote(analysis: Analysis, record: Record) -> dict[str, float]:
    """The rule scores behind ``record`` (category -> score; empty: no engagement)."""
    return engagement_vote(analysis, record).scores


def shipped_models() -> Path | None:
    """The folder of the models shipped with tifa (``models/`` of a checkout), if any."""
    return shipped("models")


def resolve_model(model: str | Path) -> Path:
    """A model directory as given, else the shipped model of that name, from any directory.

    ``--model minilm-cjk`` and ``--model models/minilm-cjk`` (as the README writes it from
    the repository root) both name the shipped ``models/minilm-cjk`` when no such folder
    exists where the command runs.

    Raises:
        TifaError: ``E050`` when neither exists, listing the shipped model names.
    """
    from .errors import TifaError

    p = Path(model)
    if p.exists():
        return p
    shipped = shipped_models()
    if shipped is not None:
        parts = p.parts[1:] if p.parts[:1] == ("models",) else p.parts
        if len(parts) == 1 and (shipped / parts[0] / "meta.json").is_file():
            return shipped / parts[0]
        names = sorted(d.name for d in shipped.iterdir() if (d / "meta.json").is_file())
        raise TifaError(E.MODEL_NOT_FOUND, path=str(model), detail=f"no such folder; shipped models: {', '.join(names)}")
    raise TifaError(E.MODEL_NOT_FOUND, path=str(model), detail="no such folder")


def default_model_path() -> Path | None:
    """``$TIFA_MODEL``, else the shipped default model (``models/default``) if present."""
    import os

    env = os.environ.get("TIFA_MODEL")
    if env:
        return resolve_model(env)
    models = shipped("models")
    if models is not None and (models / "default" / "meta.json").is_file():
        return models / "default"
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
        path = resolve_model(model) if model not in (None, True) else default_model_path()
        if path is not None:
            from .classify.models import load_model

            eng = load_model(path, lexicon_hash=lex.hash)
    tagger = Tagger(lex, model=eng)
    # what was just loaded (the lexicon's entries and automata, scikit-learn's ~360k objects)
    # lives as long as the tagger: out of the collector's sight, a full collection no longer
    # walks it (~0.6 s per 5 MB tagged with the default model, issue 17)
    gc.freeze()
    return tagger
