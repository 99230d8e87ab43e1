"""The data contract: documents, mentions, records, engagements and gold (pydantic models;
mentions are ``msgspec`` Structs that the pydantic models hold, validate and write).

The label codes of TAXONOMY.md live in :mod:`pipeline.codes` and the lexicon's entry
models in :mod:`pipeline.entries`; both are re-exported here, so ``pipeline.schemas``
is the one import for the whole contract.
"""

from __future__ import annotations

from datetime import date
from dataclasses import dataclass as _dataclass, field as _field
from typing import Any as _Any, Literal

import msgspec as _msgspec
from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import core_schema as _cs

from .codes import (  # noqa: F401  (re-exported: the contract in one import)
    BLOCS, ENGAGEMENT_CATEGORIES, FORMULATION_TYPES, GEO_REGIONS, PLACE_KINDS, REGION_CODES, Counterpart,
    Direction, Level, Official, code_kind, country_codes, province_codes)
from .entries import (  # noqa: F401
    OFFICIAL_POSTS, BlockerEntry, CueEntry, FormulationEntry, OfficialEntry, Pattern, PlaceEntry, SlotEntry,
    TitleEntry, _Entry)

# ---------------------------------------------------------------------- records

MentionLabel = Literal["province", "country", "region", "formulation", "cue", "blocked"]


class _MentionModel(BaseModel):
    """The validated form of a :class:`Mention`: what records read from JSON (or any mapping)
    are checked against before their mentions are built (the same fields, types and errors
    as when ``Mention`` itself was a pydantic model)."""

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


class Mention(_msgspec.Struct, gc=False, kw_only=True, repr_omit_defaults=False):
    """One match in a document; ``text == document.text[start:end]`` always.

    A ``msgspec.Struct`` (issue 17): ~100 bytes and one allocation an instance, where a
    pydantic model took ~400 bytes in four, and a document holds ~50,000 mentions a MB
    (places, cues, their role-carrying copies). ``Mention(...)`` builds one from keyword
    arguments without checking them (annotators build them from lexicon values through
    :func:`new_mention`); records read from JSON or built from mappings
    (``Record.model_validate``, ``Record(mentions=[{...}])``) validate each mention against
    :class:`_MentionModel`, and :meth:`validate` does so for one. Fields are assigned as
    attributes (``m.role = "partner"``). The pydantic methods other code reads are kept:
    :meth:`model_dump`, :meth:`model_dump_json`, :attr:`model_fields`. A record's
    ``model_dump``/``model_dump_json`` write its mentions as before, ``exclude_none`` and
    ``exclude_defaults`` included; an ``include``/``exclude`` that names fields *inside*
    the mentions (``exclude={"mentions": {"__all__": {"text"}}}``) is not applied to them.
    """

    start: int
    end: int
    text: str
    label: MentionLabel
    code: str = ""
    entry: str
    rule: str | None = None
    role: str | None = None
    targets: list[str] = _msgspec.field(default_factory=list)
    weight: float | None = None

    @classmethod
    def validate(cls, obj: _Any) -> "Mention":
        """A mention from a mapping (or a mention), every field checked as pydantic checks it.

        Raises:
            pydantic.ValidationError: a missing or unknown field, a wrong type, an unknown label.
        """
        if type(obj) is cls:
            return obj
        return _from_model(_MentionModel.model_validate(obj))

    def model_dump(self, *, mode: str = "python") -> dict[str, _Any]:
        """The fields as a dict, in declaration order (``targets`` a fresh list), as pydantic gave it."""
        d = _asdict(self)
        d["targets"] = list(d["targets"])
        return d

    def model_dump_json(self) -> str:
        """The mention as JSON, exactly as it is written inside a record's row."""
        return _mention_json(self)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: _Any, handler: _Any) -> _Any:
        """How pydantic models (``Record.mentions``) read and write mentions: a Mention passes
        as it is (pydantic never revalidated model instances either), a mapping is validated
        as :class:`_MentionModel` and converted; written as the dict of its fields, in
        order (the same bytes as the pydantic model gave: ``tests/test_schemas.py``)."""
        return _cs.no_info_wrap_validator_function(
            _validated, _MentionModel.__pydantic_core_schema__,
            serialization=_cs.plain_serializer_function_ser_schema(_asdict, return_schema=_dict_schema()))


_asdict = _msgspec.structs.asdict
_FIELD_NAMES = Mention.__struct_fields__
#: pydantic's field table, for code that lists a mention's fields (``report.read``)
Mention.model_fields = _MentionModel.model_fields  # type: ignore[misc]


def _dict_schema() -> _Any:
    """The dict a mention is written as, typed field by field: pydantic's serializer writes
    each field by its type instead of inspecting the value (as fast for plain values; the
    shared :data:`NO_TARGETS`, a list subclass, took it twice as long by inspection), a
    weight given as an int is written as the float the validated model made of it, and the
    defaults are the model's (``exclude_defaults`` leaves them out, as it did)."""
    ints, text, none = _cs.int_schema(), _cs.str_schema(), _cs.with_default_schema
    types = {"start": ints, "end": ints, "text": text, "label": text, "code": none(text, default=""), "entry": text,
             "rule": none(_cs.nullable_schema(text), default=None), "role": none(_cs.nullable_schema(text), default=None),
             "targets": none(_cs.list_schema(text), default_factory=list),
             "weight": none(_cs.nullable_schema(_cs.float_schema()), default=None)}
    return _cs.typed_dict_schema({k: _cs.typed_dict_field(types[k]) for k in _FIELD_NAMES})


def _validated(v: _Any, handler: _Any) -> Mention:
    return v if type(v) is Mention else _from_model(handler(v))


def _from_model(v: _MentionModel) -> Mention:
    return Mention(**{k: getattr(v, k) for k in _FIELD_NAMES})


def _mention_json(m: Mention) -> str:
    from pydantic_core import to_json

    return to_json(_asdict(m)).decode()


class _NoTargets(list):  # type: ignore[type-arg]
    """The empty ``targets`` that the mentions :func:`new_mention` builds without targets share.

    An empty list each was 56 bytes a mention, over half the size of the mention itself, and
    all but a few mentions (designated roles) have none. It equals ``[]``, is written as
    ``[]`` and dumped as a fresh list; changing it in place is refused (a shared list changed
    in place would change every mention): a mention's targets are replaced, ``m.targets =
    [...]``, as the annotators do.
    """

    __slots__ = ()

    def _refuse(self, *args: object, **kwargs: object) -> None:
        raise TypeError("a mention's targets are replaced, not changed in place: m.targets = [...]")

    append = extend = insert = remove = pop = clear = sort = reverse = _refuse  # type: ignore[assignment]
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse  # type: ignore[assignment]

    def __reduce__(self) -> tuple[object, ...]:
        return (_no_targets, ())

    def __copy__(self) -> "_NoTargets":
        return self

    def __deepcopy__(self, memo: object) -> "_NoTargets":
        return self


NO_TARGETS = _NoTargets()


def _no_targets() -> _NoTargets:
    return NO_TARGETS


def new_mention(start: int, end: int, text: str, label: str, code: str, entry: str, rule: str | None = None,
                role: str | None = None, targets: list[str] | None = None, weight: float | None = None) -> Mention:
    """Build a :class:`Mention` from trusted annotator values (positional, nothing checked).

    Annotators create tens of mentions per document. A round-trip test
    (``tests/test_schemas.py``) checks the result equals a validated Mention. Without
    ``targets``, the mention shares the read-only empty :data:`NO_TARGETS`.
    """
    return Mention(start=start, end=end, text=text, label=label, code=code, entry=entry,  # type: ignore[arg-type]
                   rule=rule, role=role, targets=NO_TARGETS if targets is None else targets, weight=weight)


def mention_with(m: Mention, key: str, value: object) -> Mention:
    """A copy of ``m`` with field ``key`` set to ``value`` (``targets`` shared, as a shallow copy)."""
    c = _copy(m)
    setattr(c, key, value)
    return c


_copy = Mention.__copy__


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
