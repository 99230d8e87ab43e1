"""Country → region / bloc roll-up, and display names for provinces, countries and regions.

Two sources, combined:

* the lexicon's region and bloc entries (``lexicon/places/regions.yaml``) with their
  ``members`` lists: the project's definition of every TAXONOMY.md region and bloc
  (ASEAN, SCO, NORTHEAST_ASIA … have no UN M49 equivalent);
* Unicode CLDR territory containment (UN M49, read from the ``supplementalData.xml``
  that the ``language_data`` package ships; Babel does not ship containment). It adds
  dependent territories to the regions the lexicon defines as M49 areas (:data:`M49_AREAS`,
  e.g. Réunion → AFRICA) and gives every country its M49 sub-region, so that partners in
  no TAXONOMY region (Australia, New Zealand …) still roll up somewhere.

Names come from the lexicon (provinces, regions) and from Babel CLDR (countries, M49 areas).

Example:
    >>> m49 = m49_parents()
    >>> m49["VN"], m49["035"], m49["142"]
    ('035', '142', '001')
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from ..schemas import BLOCS, REGION_CODES

# TAXONOMY regions whose lexicon member list is a UN M49 area (see the notes in
# lexicon/places/regions.yaml); their members are the lexicon's list ∪ the CLDR area.
M49_AREAS: dict[str, str] = {
    "SOUTHEAST_ASIA": "035",  # South-eastern Asia
    "CENTRAL_ASIA": "143",  # Central Asia
    "EUROPE": "150",  # Europe
    "AFRICA": "002",  # Africa
    "LATIN_AMERICA": "419",  # Latin America and the Caribbean (CELAC states + territories)
    "NORTH_AMERICA": "021",  # Northern America
}


@lru_cache(maxsize=1)
def _groups() -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """CLDR ``<group>`` elements as (area, contained codes, status); the XML is parsed once."""
    ref = resources.files("language_data") / "data" / "supplementalData.xml"
    root = ET.fromstring(ref.read_bytes())  # packaged CLDR data, not user input
    return tuple((g.get("type", ""), tuple((g.get("contains") or "").split()),
                  g.get("status") or ("grouping" if g.get("grouping") else "")) for g in root.iter("group"))


@lru_cache(maxsize=1)
def m49_parents() -> dict[str, str]:
    """CLDR territory containment: child (alpha-2 or M49 code) → its smallest containing M49 area.

    Only the regular containment tree of CLDR is read (no groupings, nothing deprecated).
    """
    parents: dict[str, str] = {}
    for area, children, status in _groups():
        if not status:
            for child in children:
                parents.setdefault(child, area)
    return parents


@cache
def m49_members(area: str) -> frozenset[str]:
    """Alpha-2 codes of the territories inside an M49 area or CLDR grouping (recursively).

    >>> sorted(m49_members("143"))
    ['KG', 'KZ', 'TJ', 'TM', 'UZ']
    """
    children: dict[str, list[str]] = {}
    for parent, kids, status in _groups():
        if status != "deprecated":
            children.setdefault(parent, []).extend(kids)
    out: set[str] = set()
    todo = [area]
    while todo:
        for kid in children.get(todo.pop(), []):
            if kid.isdigit():
                todo.append(kid)
            elif len(kid) == 2 and kid.isalpha() and kid.isupper():
                out.add(kid)
    return frozenset(out)


@lru_cache(maxsize=1)
def _alpha() -> tuple[dict[str, str], dict[str, str]]:
    import pycountry

    a3_to_a2 = {c.alpha_3: c.alpha_2 for c in pycountry.countries}
    return a3_to_a2, {v: k for k, v in a3_to_a2.items()}


def _babel_name(code: str, locale: str) -> str | None:
    from babel import Locale

    return Locale.parse(locale).territories.get(code)


@dataclass
class RegionRollup:
    """Region membership and display names; build it with :meth:`from_lexicon`.

    Attributes:
        members: region or bloc code → alpha-3 codes of its member countries.
        province_names: ISO 3166-2:CN code → (Chinese short name, English name).
        region_names: region code → (Chinese name, English name).
    """

    members: dict[str, frozenset[str]] = field(default_factory=dict)
    province_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    region_names: dict[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def from_lexicon(cls, lexicon=None) -> RegionRollup:
        """Members from the lexicon's single-code region entries, widened by CLDR for :data:`M49_AREAS`."""
        if lexicon is None:
            from ..lexicon import load

            lexicon = load()
        a2_to_a3 = _alpha()[1]
        members: dict[str, set[str]] = {code: set() for code in REGION_CODES}
        region_names: dict[str, tuple[str, str]] = {}
        province_names: dict[str, tuple[str, str]] = {}
        for e in lexicon.places_entries:
            codes = e.codes
            if len(codes) != 1:
                continue
            code = codes[0]
            if code in members:
                members[code].update(e.members)
                if e.id == f"region.{code}":
                    region_names[code] = (e.zh[0] if e.zh else code, e.en[0] if e.en else code)
            elif e.id == f"province.{code}" and e.kind == "name":
                zh = re.sub(r"(壮族|回族|维吾尔)?(自治区|特别行政区|省|市)$", "", e.zh[0]) if e.zh else code
                province_names[code] = (zh, e.en[0] if e.en else code)
        for region, area in M49_AREAS.items():
            members[region].update(a2_to_a3[a2] for a2 in m49_members(area) if a2 in a2_to_a3)
        members_f = {k: frozenset(v - {"CHN"}) for k, v in members.items()}
        return cls(members=members_f, province_names=province_names, region_names=region_names)

    def regions_of(self, partners: Iterable[str]) -> set[str]:
        """Regions and blocs that at least one of ``partners`` belongs to."""
        ps = set(partners)
        return {code for code, mem in self.members.items() if ps & mem}

    @staticmethod
    def m49_of(partner: str) -> str:
        """The M49 sub-region code of a partner (``"?"`` where CLDR has none).

        >>> RegionRollup.m49_of("VNM"), RegionRollup.m49_of("AUS")
        ('035', '053')
        """
        a2 = _alpha()[0].get(partner)
        return m49_parents().get(a2, "?") if a2 else "?"

    # -- names ------------------------------------------------------------------
    def label(self, kind: str, code: str, lang: str = "both") -> str:
        """Display label of a code: ``lang`` is ``zh``, ``en``, ``both`` (``云南 Yunnan``) or ``code``.

        Args:
            kind: ``province``, ``partner``, ``region`` or ``m49``.
            code: the code to name.
            lang: which names to show.
        """
        if lang == "code":
            return code
        zh, en = self.names(kind, code)
        if kind == "region" and code in BLOCS and lang == "both":
            en = code  # 澜湄合作 LMC, not 澜湄合作 Lancang-Mekong Cooperation
        if lang == "zh":
            return zh
        if lang == "en":
            return en
        return zh if zh == en else f"{zh} {en}"

    def names(self, kind: str, code: str) -> tuple[str, str]:
        """(Chinese, English) names of a code; the code itself where no name is known."""
        if kind == "province":
            return self.province_names.get(code, (code, code))
        if kind == "region":
            return self.region_names.get(code, (code, code))
        if kind == "partner":
            a2 = _alpha()[0].get(code)
            if a2 is None:
                return code, code
            return _babel_name(a2, "zh") or code, _babel_name(a2, "en") or code
        if kind == "m49":
            return _babel_name(code, "zh") or code, _babel_name(code, "en") or code
        return code, code


def display_width(text: str) -> float:
    """Approximate width in em of a label (East Asian wide characters count 1, others 0.6).

    >>> display_width("云南"), display_width("ab")
    (2.0, 1.2)
    """
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.6 for ch in text)
