"""Pydantic models of the lexicon's entries (one per file family of ``lexicon/``).

:mod:`pipeline.lexicon.load` validates every YAML entry with the model of its file;
:mod:`pipeline.schemas` re-exports them.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .codes import ENGAGEMENT_CATEGORIES, FORMULATION_TYPES, PLACE_KINDS, REGION_CODES, Counterpart, Official

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




class EventEntry(_Entry):
    """A recurring event numbered by edition (``events.yaml``), or a founding whose anniversaries
    texts count (``anniversaries.yaml``): its names (``zh``, ``zh_hant``, ``en``, without the
    edition or the count) and either the year of each edition whose year is known (``editions``:
    edition number → year) or the year ``founded`` (the Nth anniversary falls in founded + N).
    The engagement layer reads 第六届中国—阿拉伯国家博览会 / "the 21st China-ASEAN Expo" as that
    edition's year, 中老建交63周年 as 1961 + 63, for a day the text writes without its year
    (TAXONOMY §3b ``date``). Only years that are sure belong here."""

    editions: dict[int, int] = Field(default_factory=dict)
    founded: int | None = None

    @model_validator(mode="after")
    def _editions(self) -> "EventEntry":
        if not (self.zh or self.zh_hant or self.en):
            raise ValueError("an event needs at least one name (zh, zh_hant or en)")
        if bool(self.editions) == (self.founded is not None):
            raise ValueError("an event needs editions ({number: year}) or the year it was founded (founded:), "
                             "not both")
        if self.founded is not None and not 1800 <= self.founded <= 2100:
            raise ValueError(f"founded {self.founded}: a year 1800-2100")
        last = None
        for n, year in sorted(self.editions.items()):
            if n < 1 or not 1950 <= year <= 2100:
                raise ValueError(f"edition {n}: {year} (editions are numbered from 1, years 1950-2100)")
            if last is not None and year < last:
                raise ValueError(f"edition {n} is dated {year}, before an earlier edition ({last})")
            last = year
        return self


class ForeignBodyEntry(_Entry):
    """A foreign party named without its country (``foreign_bodies.yaml``): an international
    organisation (``kind: org``: 亚洲开发银行, "World Bank") or a foreign firm, or a post only a
    multinational has (``kind: firm``: 西门子, 三星电子, 大中华区, 全球副总裁). TAXONOMY §3 rule 5: an act
    with such a counterpart engages a foreign party although it names no partner country. Forms
    are matched as substrings of the lower-case Simplified reading the engagement policy reads
    (English ones between word boundaries), so a Chinese form must be no ordinary word
    (三星 only as 三星集团/三星电子, 现代 only as 现代汽车)."""

    kind: Literal["org", "firm"]

    @model_validator(mode="after")
    def _named(self) -> "ForeignBodyEntry":
        if not (self.zh or self.zh_hant or self.en):
            raise ValueError("a foreign body needs at least one name (zh, zh_hant or en)")
        return self
