"""The label codes of TAXONOMY.md: formulation types, regions, blocs, engagement categories.

The code sets here are the only place the taxonomy is spelled out in code; every label
tifa emits or reads is validated against them (:mod:`pipeline.schemas` re-exports them).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

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


# engagement attributes (TAXONOMY §3b)
Direction = Literal["inbound", "outbound", "remote", "domestic"]
Official = Literal["party_secretary", "governor", "deputy", "fao", "municipal", "other"]
Counterpart = Literal["head_of_state_or_government", "minister", "diplomat", "subnational", "party",
                      "legislature", "business", "academic", "international_org", "other"]
Level = Literal["provincial", "municipal", "county"]
