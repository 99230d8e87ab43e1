"""Engagements as the report's unit (TAXONOMY.md §3b): one row per engagement, and its own tables.

The published data sets count engagements, not documents. With ``unit="engagement"`` every
table of :mod:`.tables` is computed on the frame built here, whose ``doc`` column is the
*engagement* id (``doc#index``), so that ``n`` and denominators count engagements; the
``document`` column keeps its document, which the bootstrap resamples as a cluster.

Definitions (printed in the report's notes):

* An engagement **belongs to** every province in its ``provinces``, engages every partner in
  its ``partners`` and every region it names (``regions``) or reaches through a partner
  (the lexicon + CLDR roll-up of :mod:`.rollup`).
* A **foreign** engagement is one whose category is not ``domestic_coordination``; partner,
  region and cross-table shares are over a group's foreign engagements, category shares over
  all its engagements.
* Cross-tables: ``direction``, ``official``, ``counterpart``, ``level``, ``venue`` (``home``:
  a Chinese province; ``abroad``: a foreign country; from ``direction`` when the venue is not
  given: inbound → home, outbound → abroad) and ``official → counterpart``; an attribute the
  text does not state is counted as ``unstated``, so each cross-table's shares sum to 100%.
* **Date** of an engagement: its own ``date``, else its document's.
* After deduplication (:mod:`.dedup`) an engagement stands for its whole group: ``documents``
  lists every document that reports it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from ..schemas import Engagement, Record, code_kind
from .dedup import DEDUP_KEY, EVIDENCE_KEY, DedupResult, evidence_sentence, members_of
from .rollup import RegionRollup

UNSTATED = "unstated"
NOT_FOREIGN = frozenset({"domestic_coordination"})
#: per-group cross-tables: table name → frame column
CROSS = {"directions": "direction", "officials": "official", "counterparts": "counterpart", "levels": "level",
         "venues": "venue_kind", "official_counterpart": "official_counterpart"}
COLUMNS = ["doc", "document", "documents", "lang", "date", "date_source", "province", "partner", "region",
           "region_named", "region_via_partner", "m49", "category", "foreign", "direction", "official",
           "counterpart", "level", "venue", "venue_kind", "official_counterpart", "formulation", "entry",
           "role_target", "role_term", "evidence", "evidence_text", "marks"]


@dataclass(frozen=True)
class Unit:
    """One engagement as the report counts it: its id, document, engagement and all reporting documents."""

    uid: str
    record: Record
    engagement: Engagement
    members: tuple[str, ...]


def has_engagements(records: Iterable[Record]) -> bool:
    """Whether any record carries engagements (then ``engagement`` is the default unit)."""
    return any(r.engagements for r in records)


def units_of(records: Sequence[Record], result: DedupResult | None = None) -> list[Unit]:
    """The engagements to count: every engagement, or one per group of ``result``."""
    if result is None:
        return [Unit(f"{r.id}#{i}", r, e, tuple(members_of(r, i, e)))
                for r in records for i, e in enumerate(r.engagements)]
    return [Unit(g.representative.uid, g.representative.record, g.merged, tuple(m.uid for m in g.members))
            for g in result.groups]


def venue_kind(e: Engagement) -> str:
    """``home`` (a Chinese province), ``abroad`` (a foreign country) or ``unstated``.

    >>> from pipeline.schemas import Engagement
    >>> venue_kind(Engagement(category="greeting", venue="VNM"))
    'abroad'
    >>> venue_kind(Engagement(category="x", direction="inbound"))
    'home'
    """
    kind = code_kind(e.venue) if e.venue else None
    if kind == "province":
        return "home"
    if kind == "country":
        return "abroad"
    return {"inbound": "home", "outbound": "abroad"}.get(e.direction or "", UNSTATED)


def marks(e: Engagement, record: Record) -> list[tuple[int, int]]:
    """Spans of the decisive words inside the evidence sentence (offsets on the sentence).

    The sentence is ``provenance["evidence"].text`` starting at its ``start`` (else at
    ``evidence[0]``). Provenance spans of the attributes and the record's mentions that fall
    inside it are kept; spans that do not reproduce their text there are dropped.
    """
    text = evidence_sentence(e)
    ev = e.provenance.get(EVIDENCE_KEY)
    s0 = ev.start if ev is not None and ev.start is not None else (e.evidence[0] if e.evidence else None)
    if not text or s0 is None:
        return []
    spans = [(p.start, p.end, p.text) for k, p in e.provenance.items()
             if k not in (EVIDENCE_KEY, DEDUP_KEY) and p.start is not None and p.end is not None]
    spans += [(m.start, m.end, m.text) for m in record.mentions if m.label in ("province", "country", "region", "cue")]
    out = set()
    for a, b, t in spans:
        a2, b2 = a - s0, b - s0
        if 0 <= a2 < b2 <= len(text) and (t is None or text[a2:b2] == t):
            out.add((a2, b2))
    merged: list[tuple[int, int]] = []
    for a, b in sorted(out):
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def fallback_evidence(e: Engagement) -> str:
    """Without a sentence: the decisive words, in text order, joined by ``…``."""
    ps = sorted((p for k, p in e.provenance.items() if p.text and k not in (EVIDENCE_KEY, DEDUP_KEY)),
                key=lambda p: (p.start is None, p.start or 0))
    return " … ".join(dict.fromkeys(p.text for p in ps))


def engagements_frame(units: Iterable[Unit], rollup: RegionRollup) -> pd.DataFrame:
    """One row per engagement; the same axis columns as :func:`.tables.documents_frame` plus the §3b attributes.

    ``doc`` is the engagement id, ``document`` its (representative) document, ``documents`` every
    document reporting it. Formulation columns are the document's (a formulation belongs to a text).
    """
    rows = []
    for u in units:
        e, r = u.engagement, u.record
        via = sorted(rollup.regions_of(e.partners))
        roles = [m for m in r.mentions if m.label == "formulation" and m.code == "designated_role" and m.targets]
        official, counterpart = e.official or UNSTATED, e.counterpart or UNSTATED
        rows.append({
            "doc": u.uid, "document": r.id, "documents": list(dict.fromkeys(m.split("#")[0] for m in u.members)),
            "lang": r.lang, "date": e.date or r.date, "date_source": "engagement" if e.date else "document",
            "province": list(dict.fromkeys(e.provinces)), "partner": list(dict.fromkeys(e.partners)),
            "region": sorted(set(via) | set(e.regions)), "region_named": list(e.regions), "region_via_partner": via,
            "m49": sorted({rollup.m49_of(p) for p in e.partners}), "category": e.category,
            "foreign": e.category not in NOT_FOREIGN, "direction": e.direction or UNSTATED, "official": official,
            "counterpart": counterpart, "level": e.level or UNSTATED, "venue": e.venue or UNSTATED,
            "venue_kind": venue_kind(e), "official_counterpart": f"{official} → {counterpart}",
            "formulation": list(dict.fromkeys(r.formulations)),
            "entry": sorted({m.entry for m in r.mentions if m.label == "formulation"}),
            "role_target": sorted({t for m in roles for t in m.targets}), "role_term": sorted({m.text for m in roles}),
            "evidence": list(e.evidence), "evidence_text": evidence_sentence(e) or fallback_evidence(e),
            "marks": marks(e, r),
        })
    df = pd.DataFrame(rows, columns=COLUMNS)
    df["date"] = pd.to_datetime(df["date"], errors="coerce", format="mixed")
    df["foreign"] = df["foreign"].astype(bool)
    return df


def summary(frame: pd.DataFrame, by: str, groups: list[str]) -> pd.DataFrame:
    """Per group: source documents, foreign engagements, all engagements, dated, merged (reported by several)."""
    from .tables import _explode

    g = _explode(frame, by)
    g = g[g[by].isin(groups)].merge(frame[["doc", "foreign", "date", "documents"]], on="doc")
    g["n_docs"] = g["documents"].map(len)
    out = g.groupby(by).agg(engagements=("foreign", "sum"), categorised=("doc", "nunique"), dated=("date", "count"),
                            merged=("n_docs", lambda s: int((s > 1).sum())))
    docs = g.explode("documents").groupby(by)["documents"].nunique().rename("documents")
    out = out.join(docs)
    cols = ["documents", "engagements", "categorised", "dated", "merged"]
    return out.reindex(groups)[cols].fillna(0).astype(int).reset_index()


def cross_tables(frame: pd.DataFrame, by: str, groups: list[str], boot: dict) -> dict[str, pd.DataFrame]:
    """Per group the shares of each ``direction``, ``official``, ``counterpart``, ``level``, venue and pair.

    Shares are over the group's foreign engagements (``unstated`` included), with the
    bootstrap of ``boot`` (``ci``, ``n_boot``, ``seed``). Also ``matrix_official_counterpart``:
    official × counterpart counts over every selected foreign engagement.
    """
    from .tables import shares

    out = {name: shares(frame, by, col, groups=groups, **boot) for name, col in CROSS.items()}
    oc = out["official_counterpart"]
    split = oc["official_counterpart"].str.split(" → ", n=1, expand=True) if len(oc) else None
    oc.insert(2, "official", split[0] if split is not None else pd.Series(dtype=str))
    oc.insert(3, "counterpart", split[1] if split is not None else pd.Series(dtype=str))
    foreign = frame[frame["foreign"]]
    m = pd.crosstab(foreign["official"], foreign["counterpart"]) if len(foreign) else pd.DataFrame()
    m.index.name, m.columns.name = "official", None
    out["matrix_official_counterpart"] = m.reset_index()
    return out


def timeseries(frame: pd.DataFrame, by: str, groups: list[str], period: str) -> pd.DataFrame:
    """Foreign engagements per period (by engagement date) and group, with the period's total as denominator."""
    from .tables import _explode

    dated = frame[frame["date"].notna() & frame["foreign"]].copy()
    if dated.empty:
        return pd.DataFrame(columns=["period", by, "n", "denominator", "share"])
    dated["period"] = dated["date"].dt.to_period("M" if period == "month" else "Q").astype(str)
    total = dated.groupby("period")["doc"].nunique()
    g = _explode(dated, by)
    g = g[g[by].isin(groups)].merge(dated[["doc", "period"]], on="doc")
    out = g.groupby(["period", by])["doc"].nunique().rename("n").reset_index()
    out["denominator"] = out["period"].map(total).astype(int)
    out["share"] = out["n"] / out["denominator"]
    return out.sort_values(["period", "n"], ascending=[True, False]).reset_index(drop=True)


def units_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The engagements themselves (``engagements.csv``): one row each, evidence included."""
    cols = ["doc", "documents", "date", "province", "partner", "region", "category", "direction", "venue",
            "official", "counterpart", "level", "evidence_text"]
    t = frame[cols].rename(columns={"doc": "engagement"}).copy()
    t["date"] = t["date"].dt.strftime("%Y-%m-%d").fillna("")
    return t
