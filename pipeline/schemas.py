"""The data contract: documents, mentions, records, engagements and gold (pydantic models).

The label codes of TAXONOMY.md live in :mod:`pipeline.codes` and the lexicon's entry
models in :mod:`pipeline.entries`; both are re-exported here, so ``pipeline.schemas``
is the one import for the whole contract.
"""

from __future__ import annotations

from datetime import date
from dataclasses import dataclass as _dataclass, field as _field
from typing import Any as _Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .codes import (  # noqa: F401  (re-exported: the contract in one import)
    BLOCS, ENGAGEMENT_CATEGORIES, FORMULATION_TYPES, GEO_REGIONS, PLACE_KINDS, REGION_CODES, Counterpart,
    Direction, Level, Official, code_kind, country_codes, province_codes)
from .entries import (  # noqa: F401
    OFFICIAL_POSTS, BlockerEntry, CueEntry, FormulationEntry, OfficialEntry, Pattern, PlaceEntry, SlotEntry,
    TitleEntry, _Entry)

# ---------------------------------------------------------------------- records

MentionLabel = Literal["province", "country", "region", "formulation", "cue", "blocked"]


class Mention(BaseModel):
    """One match in a document; ``text == document.text[start:end]`` always."""

    model_config = ConfigDict(extra="forbid")

    start: int
    end: int
    text: str
    label: MentionLabel
    code: str = ""
    entry: str
    rule: str | None = None
    role: str | None = None
    targets: list[str] = Field(default_factory=list)
    weight: float | None = None


_MENTION_FIELDS = frozenset(Mention.model_fields)


def new_mention(start: int, end: int, text: str, label: str, code: str, entry: str, rule: str | None = None,
                role: str | None = None, targets: list[str] | None = None, weight: float | None = None) -> Mention:
    """Build a :class:`Mention` from trusted annotator values without validation.

    Annotators create tens of mentions per document; this skips pydantic's per-field
    work (like ``model_construct`` but with every field given). A round-trip test
    (``tests/test_schemas.py``) checks the result equals a validated Mention.
    """
    m = _new(Mention)
    _set_dict(m, {"start": start, "end": end, "text": text, "label": label, "code": code, "entry": entry,
                  "rule": rule, "role": role, "targets": targets or [], "weight": weight})
    # every field is set, so all mentions share one full fields-set (adding a field name to
    # it, as pydantic does on assignment, changes nothing): a copy each was 728 bytes, over
    # half a mention's memory, which a million-mention document felt (issue 17)
    _set_fields(m, _MENTION_FIELDS_SET)
    _set_extra(m, None)
    _set_private(m, None)
    return m


_new = object.__new__
# the slot descriptors object.__setattr__ would look up by name on every call (a mention
# is built per match: ~10% of building one; issue 17)
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__
_MENTION_FIELDS_SET = set(_MENTION_FIELDS)


def mention_with(m: Mention, key: str, value: object) -> Mention:
    """A copy of ``m`` (a mention from :func:`new_mention` or validated) with field ``key`` set
    to ``value``, as assigning it on a copy would (every field counts as set)."""
    c = _new(Mention)
    d = m.__dict__.copy()
    d[key] = value
    _set_dict(c, d)
    fields = m.__pydantic_fields_set__
    _set_fields(c, fields if key in fields else fields | {key})
    _set_extra(c, m.__pydantic_extra__)
    _set_private(c, m.__pydantic_private__)
    return c


class EngagementDetail(BaseModel):
    """How the engagement label was chosen: score, source, runner-up, evidence."""

    model_config = ConfigDict(extra="forbid")

    label: str | None = None
    score: float = 0.0
    source: Literal["rules", "model", "combined"] = "rules"
    runner_up: str | None = None
    runner_up_score: float = 0.0
    cues: list[str] = Field(default_factory=list)
    rules_label: str | None = None  # what the cue rules alone would say
    model_label: str | None = None  # what the classifier alone would say (when one is loaded)
    act: bool | None = None  # whether the text reports an act (None: act detection off)
    precedence: str | None = None  # the TAXONOMY §3 precedence rule that changed the winner, if any



#: The attributes of an engagement that carry provenance (TAXONOMY.md §3b).
ENGAGEMENT_ATTRIBUTES = ("category", "provinces", "partners", "regions", "direction", "venue", "official",
                         "counterpart", "level", "date")


class Provenance(BaseModel):
    """What decided one attribute of an engagement: a mention, a cue or a rule, and a score."""

    model_config = ConfigDict(extra="forbid")

    source: Literal["mention", "cue", "rule", "model", "input", "default"] = "rule"
    rule: str | None = None  # the rule's name, e.g. "title_attaches_to_country", "verb:来访"
    text: str | None = None  # the words that decided it (a slice of the original text)
    start: int | None = None
    end: int | None = None
    score: float = 1.0


class Engagement(BaseModel):
    """One act by a Chinese side with foreign counterparts on one occasion (TAXONOMY.md §3b)."""

    model_config = ConfigDict(extra="forbid")

    category: str
    provinces: list[str] = Field(default_factory=list)
    partners: list[str] = Field(default_factory=list)
    regions: list[str] = Field(default_factory=list)
    direction: Direction | None = None
    venue: str | None = None
    official: Official | None = None
    counterpart: Counterpart | None = None
    level: Level | None = None
    date: str | None = None
    evidence: list[int] = Field(default_factory=list)  # [start, end] on the original text
    provenance: dict[str, Provenance] = Field(default_factory=dict)


class RecordMeta(BaseModel):
    model_config = ConfigDict(extra="allow")

    tifa_version: str
    lexicon_hash: str
    warnings: list[str] = Field(default_factory=list)


class Record(BaseModel):
    """The structured record of one document (fields per TAXONOMY.md §4 + provenance)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    source: str = ""
    lang: Literal["zh", "en"]
    title: str | None = None
    date: str | None = None
    provinces: list[str] = Field(default_factory=list)
    partners: list[str] = Field(default_factory=list)
    regions: list[str] = Field(default_factory=list)
    formulations: list[str] = Field(default_factory=list)
    engagement: str | None = None
    role_targets: list[str] = Field(default_factory=list)
    engagement_detail: EngagementDetail = Field(default_factory=EngagementDetail)
    mentions: list[Mention] = Field(default_factory=list)
    engagements: list[Engagement] = Field(default_factory=list)
    meta: RecordMeta


class Span(BaseModel):
    model_config = ConfigDict(extra="allow")
    start: int
    end: int
    type: str
    text: str | None = None


class GoldDoc(BaseModel):
    """A hand-coded document (TAXONOMY.md §4). Absent label fields are not scored."""

    model_config = ConfigDict(extra="allow")

    id: str
    text: str
    lang: Literal["zh", "en"] | None = None
    provinces: list[str] | None = None
    partners: list[str] | None = None
    regions: list[str] | None = None
    formulations: list[str] | None = None
    engagement: str | None = None
    spans: list[Span] | None = None
    engagements: list[dict[str, _Any]] | None = None  # TAXONOMY.md §3b, without evidence
    date: str | None = None  # an input: the document's date
    source_province: str | None = None  # an input: the province whose site or folder it came from


# ---------------------------------------------------------------------- documents



@_dataclass
class Document:
    """One input document. ``id`` is the path relative to the input folder (or the JSONL id)."""

    id: str
    text: str
    lang: str | None = None
    title: str | None = None
    date: date | None = None
    source: str = ""
    meta: dict[str, _Any] = _field(default_factory=dict)
    source_province: str | None = None  # TAXONOMY.md §2: supplies the actor of a text that says only 我省
