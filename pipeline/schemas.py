"""Pydantic models and the label codes of TAXONOMY.md (the data contract).

The code sets here are the only place the taxonomy is spelled out in code; every
label tifa emits or reads is validated against them.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from dataclasses import dataclass as _dataclass, field as _field
from typing import Any as _Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# --------------------------------------------------------------------------- codes

FORMULATION_TYPES: tuple[str, ...] = (
    "leverage_advantage",
    "opening_up",
    "subnational_diplomacy",
    "periphery_diplomacy",
    "friendship_network",
    "designated_role",
)

GEO_REGIONS: tuple[str, ...] = (
    "SOUTHEAST_ASIA",
    "SOUTH_ASIA",
    "CENTRAL_ASIA",
    "NORTHEAST_ASIA",
    "MIDDLE_EAST",
    "ARAB_STATES",
    "AFRICA",
    "EUROPE",
    "LATIN_AMERICA",
    "NORTH_AMERICA",
    "PACIFIC_ISLANDS",
)
BLOCS: tuple[str, ...] = ("ASEAN", "EU", "SCO", "BRICS", "GMS", "LMC")
REGION_CODES: tuple[str, ...] = GEO_REGIONS + BLOCS

ENGAGEMENT_CATEGORIES: tuple[str, ...] = (
    "high_level_meeting",
    "multilateral_meeting",
    "delegation_visit",
    "forum_expo",
    "cooperation_project",
    "training",
    "cultural_exchange",
    "educational_exchange",
    "sports_exchange",
    "greeting",
    "domestic_coordination",
)

PLACE_KINDS = Literal["name", "compound", "capital", "city", "subnational", "demonym", "abbreviation", "port"]


@lru_cache(maxsize=1)
def province_codes() -> frozenset[str]:
    """The 34 ISO 3166-2:CN codes, exactly as pycountry lists them."""
    import pycountry

    return frozenset(s.code for s in pycountry.subdivisions.get(country_code="CN"))


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes of foreign countries and territories (China excluded)."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) - {"CHN", "HKG", "MAC", "TWN"}


@lru_cache(maxsize=None)
def code_kind(code: str) -> Literal["province", "country", "region"] | None:
    """Which label family a place code belongs to, or None if it is unknown.

    >>> code_kind("CN-YN"), code_kind("VNM"), code_kind("ASEAN"), code_kind("XXX")
    ('province', 'country', 'region', None)
    """
    if code in REGION_CODES:
        return "region"
    if code in province_codes():
        return "province"
    if code in country_codes():
        return "country"
    return None


# ------------------------------------------------------------------ lexicon entries

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")


class _Entry(BaseModel):
    """Fields common to every lexicon entry. ``file``/``line`` are set by the loader."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    zh: list[str] = Field(default_factory=list)
    zh_hant: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)
    note: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    file: str = ""
    line: int = 0

    @field_validator("id")
    @classmethod
    def _id_form(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError(f"id {v!r} must match {_ID.pattern}")
        return v

    @field_validator("zh", "zh_hant", "en", mode="before")
    @classmethod
    def _listify(cls, v: object) -> object:
        if v is None:
            return []
        if isinstance(v, str):
            return [v]
        return v

    @field_validator("zh", "zh_hant", "en")
    @classmethod
    def _no_blank(cls, v: list[str]) -> list[str]:
        for s in v:
            if not s.strip():
                raise ValueError("empty surface form")
        return v

    def surfaces(self) -> list[tuple[str, str]]:
        """(surface, lang) pairs; zh_hant counts as zh (matched after t2s)."""
        return [(s, "zh") for s in self.zh] + [(s, "zh") for s in self.zh_hant] + [(s, "en") for s in self.en]

    def valid_on(self, day: date | None) -> bool:
        """Whether the entry applies to a document dated ``day`` (undated: always)."""
        if day is None:
            return True
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day > self.valid_to)


class Pattern(BaseModel):
    """A slot pattern: a regular expression with ``{SLOT}`` placeholders."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    lang: Literal["zh", "en"]
    regex: str


def _codes(v: object) -> list[str]:
    if v is None:
        return []
    return [v] if isinstance(v, str) else list(v)  # type: ignore[arg-type]


class PlaceEntry(_Entry):
    """A province, foreign country, region or bloc form (``places/*.yaml``)."""

    code: Union[str, list[str], None] = None
    kind: PLACE_KINDS = "name"
    abbr: list[str] = Field(default_factory=list)
    members: list[str] = Field(default_factory=list)
    patterns: list[Pattern] = Field(default_factory=list)

    @property
    def codes(self) -> list[str]:
        return _codes(self.code)

    @field_validator("abbr")
    @classmethod
    def _one_char(cls, v: list[str]) -> list[str]:
        for a in v:
            if len(a) != 1:
                raise ValueError(f"abbr {a!r} must be a single character")
        return v

    @model_validator(mode="after")
    def _code_or_patterns(self) -> "PlaceEntry":
        if not self.codes and not self.patterns:
            raise ValueError("a place entry needs a code (or patterns whose slots carry codes)")
        return self


class FormulationEntry(_Entry):
    """A formulation term or slot pattern (``formulations/<type>.yaml``)."""

    type: str
    targets: list[str] = Field(default_factory=list)
    patterns: list[Pattern] = Field(default_factory=list)

    @field_validator("type")
    @classmethod
    def _type(cls, v: str) -> str:
        if v not in FORMULATION_TYPES:
            raise ValueError(f"type {v!r} is not one of {', '.join(FORMULATION_TYPES)}")
        return v

    @field_validator("targets")
    @classmethod
    def _targets(cls, v: list[str]) -> list[str]:
        bad = [t for t in v if t not in REGION_CODES]
        if bad:
            raise ValueError(f"unknown target region(s) {bad}")
        return v


class BlockerEntry(_Entry):
    """A guard form that produces no place label (``blockers.yaml``)."""

    blocks: list[str] = Field(default_factory=list)


OFFICIAL_POSTS = ("party_secretary", "governor", "deputy", "fao", "municipal", "other")


class OfficialEntry(_Entry):
    """One person's provincial post and term (``officials.yaml``): ``code`` is the
    province (ISO 3166-2:CN), ``post`` a TAXONOMY §3b ``official`` value, and
    ``valid_from``/``valid_to`` the term. A leader's name stands for the province of
    the post held on the document's date (TAXONOMY §2)."""

    code: str
    post: Literal["party_secretary", "governor", "deputy", "fao", "municipal", "other"]
    national: bool = False  # also a national leader or minister: an undated document never resolves the name

    @property
    def codes(self) -> list[str]:
        return [self.code]


class CueEntry(_Entry):
    """An engagement cue (``cues.yaml``); ``category: none`` is a pure guard."""

    category: str
    weight: float = 1.0

    @field_validator("category")
    @classmethod
    def _category(cls, v: str) -> str:
        if v != "none" and v not in ENGAGEMENT_CATEGORIES:
            raise ValueError(f"category {v!r} is not 'none' or one of {', '.join(ENGAGEMENT_CATEGORIES)}")
        return v


class TitleEntry(_Entry):
    """An official's title (``titles.yaml``): the Chinese ``official`` code it gives when it
    attaches to a Chinese place, the foreign ``counterpart`` code when it attaches to a
    foreign one (TAXONOMY §3b); ``rank`` orders titles when several name one side."""

    official: str | None = None
    counterpart: str | None = None
    rank: int = 0
    default_side: Literal["chinese", "foreign", "attached"] | None = None  # attached: only by its place

    @model_validator(mode="after")
    def _codes(self) -> "TitleEntry":
        from typing import get_args

        if self.official is None and self.counterpart is None:
            raise ValueError("a title needs an official or a counterpart code (or both)")
        if self.official is not None and self.official not in get_args(Official):
            raise ValueError(f"official {self.official!r} is not one of {', '.join(get_args(Official))}")
        if self.counterpart is not None and self.counterpart not in get_args(Counterpart):
            raise ValueError(f"counterpart {self.counterpart!r} is not one of {', '.join(get_args(Counterpart))}")
        return self

    @property
    def side(self) -> str:
        """The side when nothing attaches the title to a place."""
        if self.default_side:
            return self.default_side
        return "chinese" if self.counterpart is None else "foreign"


class SlotEntry(_Entry):
    """Fillers of a named slot (``slots.yaml``), optionally carrying a code."""

    slot: str
    code: Union[str, list[str], None] = None

    @property
    def codes(self) -> list[str]:
        return _codes(self.code)

    @field_validator("slot")
    @classmethod
    def _slot_name(cls, v: str) -> str:
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", v):
            raise ValueError("slot names are UPPER_CASE")
        return v


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
    _set(m, "__dict__", {"start": start, "end": end, "text": text, "label": label, "code": code,
                         "entry": entry, "rule": rule, "role": role, "targets": targets or [], "weight": weight})
    # every field is set, so all mentions share one full fields-set (adding a field name to
    # it, as pydantic does on assignment, changes nothing): a copy each was 728 bytes, over
    # half a mention's memory, which a million-mention document felt (issue 17)
    _set(m, "__pydantic_fields_set__", _MENTION_FIELDS_SET)
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m


_new = object.__new__
_set = object.__setattr__
_MENTION_FIELDS_SET = set(_MENTION_FIELDS)


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


Direction = Literal["inbound", "outbound", "remote", "domestic"]
Official = Literal["party_secretary", "governor", "deputy", "fao", "municipal", "other"]
Counterpart = Literal["head_of_state_or_government", "minister", "diplomat", "subnational", "party",
                      "legislature", "business", "academic", "international_org", "other"]
Level = Literal["provincial", "municipal", "county"]

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
