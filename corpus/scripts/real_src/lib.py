"""Compact notation for gold documents (TAXONOMY.md §4 and §3b).

An engagement is written as one pipe-separated string::

    "cat|provinces|partners|regions|direction|venue|official|counterpart|level|date"

with comma-separated lists and short codes (see the tables below); an empty slot is
``[]`` for lists and ``null`` otherwise; ``~`` in an attribute slot (direction … date)
leaves the attribute out (not scored: the writer would be guessing). A document is ``D(text, *engagements, ...)``:
the document's ``engagement`` is the category of the first (primary) engagement, or
null when there is none; ``provinces``/``partners`` default to the union over the
engagements and must be given (``P=``, ``C=``) for a text with no engagement;
``regions`` (``R=``) and ``formulations`` (``F=``) are always written out, because
regions are coded wherever named and formulations are not tied to an act (the regions
of the engagements are added to ``R=``: a region engaged is named).
"""

from __future__ import annotations

import re

CATS = {
    "hlm": "high_level_meeting", "mlm": "multilateral_meeting", "dv": "delegation_visit",
    "fe": "forum_expo", "cp": "cooperation_project", "tr": "training", "ce": "cultural_exchange",
    "ee": "educational_exchange", "se": "sports_exchange", "gr": "greeting", "dc": "domestic_coordination",
}
DIRS = {"in": "inbound", "out": "outbound", "rem": "remote", "dom": "domestic"}
OFFS = {"ps": "party_secretary", "gov": "governor", "dep": "deputy", "fao": "fao", "mun": "municipal",
        "oth": "other"}
CPS = {"hos": "head_of_state_or_government", "min": "minister", "dip": "diplomat", "sub": "subnational",
       "party": "party", "leg": "legislature", "bus": "business", "aca": "academic",
       "io": "international_org", "oth": "other"}
LVLS = {"p": "provincial", "m": "municipal", "c": "county"}
FORMS = {"la": "leverage_advantage", "ou": "opening_up", "sd": "subnational_diplomacy",
         "pd": "periphery_diplomacy", "fn": "friendship_network", "dr": "designated_role"}
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _list(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


def _opt(s: str, table: dict[str, str] | None = None) -> str | None:
    s = s.strip()
    if not s:
        return None
    if table is not None:
        if s not in table:
            raise ValueError(f"unknown short code {s!r}; one of {sorted(table)}")
        return table[s]
    return s


def E(spec: str) -> dict:
    """One engagement from its pipe-separated spec."""
    parts = spec.split("|")
    if len(parts) != 10:
        raise ValueError(f"engagement spec needs 10 slots, got {len(parts)}: {spec!r}")
    cat, provs, partners, regions, direction, venue, off, cp, lvl, date = parts
    absent = {k for k, v in zip(("direction", "venue", "official", "counterpart", "level", "date"),
                                (direction, venue, off, cp, lvl, date)) if v.strip() == "~"}
    direction, venue, off, cp, lvl, date = ("" if v.strip() == "~" else v
                                            for v in (direction, venue, off, cp, lvl, date))
    e = {
        "category": _opt(cat, CATS), "provinces": _list(provs), "partners": _list(partners),
        "regions": _list(regions), "direction": _opt(direction, DIRS), "venue": _opt(venue),
        "official": _opt(off, OFFS), "counterpart": _opt(cp, CPS), "level": _opt(lvl, LVLS),
        "date": _opt(date),
    }
    return {k: v for k, v in e.items() if k not in absent}


def _union(lists: list[list[str]]) -> list[str]:
    out: list[str] = []
    for lst in lists:
        for x in lst:
            if x not in out:
                out.append(x)
    return out


def D(text: str, *engs: str, date: str | None = None, sp: str | None = None, P: str | None = None,
      C: str | None = None, R: str = "", F: str = "", note: str | None = None,
      register: str | None = None) -> dict:
    """One gold document (without id: ids are given by the generator, in order)."""
    engagements = [E(s) for s in engs]
    if not engagements and (P is None or C is None):
        raise ValueError(f"a document with no engagement needs P= and C=: {text[:40]!r}")
    doc: dict = {"lang": "zh" if _CJK.search(text) else "en", "text": text}
    if date:
        doc["date"] = date
    if sp:
        doc["source_province"] = sp
    doc["provinces"] = _list(P) if P is not None else _union([e["provinces"] for e in engagements])
    doc["partners"] = _list(C) if C is not None else _union([e["partners"] for e in engagements])
    doc["regions"] = _union([_list(R)] + [e["regions"] for e in engagements])  # engaged regions are named
    doc["formulations"] = [FORMS[f] for f in _list(F)]
    doc["engagement"] = engagements[0]["category"] if engagements else None
    doc["engagements"] = engagements
    if register:
        doc["register"] = register
    if note:
        doc["note"] = note
    return doc
