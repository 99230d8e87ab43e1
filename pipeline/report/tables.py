"""The report's tables as pandas DataFrames (the Python API for notebooks).

Definitions (also printed in every report):

* A document **belongs to** every province in its ``provinces`` (a document naming two
  provinces counts for both), to every partner in ``partners`` and to every region it
  **engages** (below).
* An **engagement** is a document whose ``engagement`` category is a foreign one: any
  category except ``null`` and ``domestic_coordination`` (TAXONOMY.md §3, rule 5).
* A **share** is ``n / denominator`` where ``n`` counts *documents*: the share of a
  province's engagements that name partner X is the number of the province's engagement
  documents naming X divided by the province's engagement documents. A document with
  two partners counts once for each, so partner shares of a province can sum past 100%.
  Every share carries ``n`` and its denominator; category shares are over documents with a
  category, formulation shares over all the group's documents.
* A document **engages a region** when one of its partners is a member of it (lexicon
  member lists, widened by CLDR UN M49 containment, see :mod:`.rollup`) **or** it names the
  region itself (``regions``), except a region named only as the target of a designated
  role (面向南亚东南亚辐射中心 names a target, not a counterpart). ``via_partner`` and
  ``named`` columns show the two parts; ``n`` counts a document once.
* With ``ci=True`` each share gets a 95% percentile bootstrap interval: the group's
  denominator documents are resampled with replacement (``n_boot`` times, fixed seed).

Example:
    >>> from pipeline.report import ReportOptions, build_tables
    >>> t = build_tables("tests/fixtures/report_records.jsonl", ReportOptions())  # doctest: +SKIP
    >>> t["partners"].head()  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd

from ..errors import E, TifaError
from ..schemas import Record
from .bootstrap import bootstrap
# the options and their vocabularies live in .options (re-exported here for older imports)
from .options import AXES, FORMATS, ITEMS_BY, LABELS, NOT_FOREIGN, PERIODS, UNITS, ReportOptions, bound  # noqa: F401
from ..errors import Problem
from .read import RecordSet, load_records
from .rollup import RegionRollup

# ------------------------------------------------------------------- documents frame


def _named_regions(rec: Record) -> list[str]:
    """``regions`` minus those named only inside a designated-role formulation (its target)."""
    roles = [(m.start, m.end) for m in rec.mentions if m.label == "formulation" and m.targets]
    keep = []
    for code in rec.regions:
        spans = [(m.start, m.end) for m in rec.mentions if m.label == "region" and m.code == code]
        only_target = bool(spans) and all(any(s <= a and b <= e for s, e in roles) for a, b in spans)
        if not only_target:
            keep.append(code)
    return keep


def documents_frame(records: Iterable[Record], rollup: RegionRollup) -> pd.DataFrame:
    """One row per document with list columns for the axes; the input of every table.

    Columns: ``doc`` (id), ``date`` (Timestamp or NaT), ``province``, ``partner``,
    ``region`` (engaged: via partner or named), ``region_named``, ``region_via_partner``,
    ``m49`` (UN M49 sub-regions of the partners), ``category`` (engagement or None),
    ``foreign`` (bool), ``formulation`` (types), ``entry`` (formulation lexicon entry ids),
    ``role_target`` (target regions of designated roles), ``role_term`` (their texts).
    """
    rows = []
    for r in records:
        via = sorted(rollup.regions_of(r.partners))
        named = _named_regions(r)
        roles = [m for m in r.mentions if m.label == "formulation" and m.code == "designated_role" and m.targets]
        rows.append({
            "doc": r.id,
            "date": r.date,
            "province": list(dict.fromkeys(r.provinces)),
            "partner": list(dict.fromkeys(r.partners)),
            "region": sorted(set(via) | set(named)),
            "region_named": named,
            "region_via_partner": via,
            "m49": sorted({rollup.m49_of(p) for p in r.partners}),
            "category": r.engagement,
            "foreign": r.engagement is not None and r.engagement not in NOT_FOREIGN,
            "formulation": list(dict.fromkeys(r.formulations)),
            "entry": sorted({m.entry for m in r.mentions if m.label == "formulation"}),
            "role_target": sorted({t for m in roles for t in m.targets}),
            "role_term": sorted({m.text for m in roles}),
        })
    cols = ["doc", "date", "province", "partner", "region", "region_named", "region_via_partner", "m49", "category",
            "foreign", "formulation", "entry", "role_target", "role_term"]
    df = pd.DataFrame(rows, columns=cols)
    df["date"] = pd.to_datetime(df["date"], errors="coerce", format="mixed")
    df["foreign"] = df["foreign"].astype(bool)
    return df


@dataclass
class Selection:
    """The documents a report covers and how they were chosen (for the footnotes)."""

    frame: pd.DataFrame
    n_read: int
    dropped_undated: int = 0
    dropped_dates: int = 0
    dropped_engagement: int = 0
    dropped_formulation: int = 0
    omitted_groups: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)


def select(frame: pd.DataFrame, options: ReportOptions) -> Selection:
    """Apply the date and type filters and ``min_docs``; record what each one removed."""
    sel = Selection(frame=frame, n_read=len(frame))
    lo, hi = bound(options.since), bound(options.until, end=True)
    df = frame
    if lo is not None or hi is not None:
        undated = df["date"].isna()
        sel.dropped_undated = int(undated.sum())
        df = df[~undated]
        keep = pd.Series(True, index=df.index)
        if lo is not None:
            keep &= df["date"] >= lo
        if hi is not None:
            keep &= df["date"] <= hi
        sel.dropped_dates = int((~keep).sum())
        df = df[keep]
    if options.engagements:
        keep = df["category"].isin(options.engagements)
        sel.dropped_engagement = int((~keep).sum())
        df = df[keep]
    if options.formulations:
        wanted = set(options.formulations)
        keep = df["formulation"].map(lambda fs: bool(wanted & set(fs)))
        sel.dropped_formulation = int((~keep).sum())
        df = df[keep]
    sel.frame = df
    counts = _explode(df, options.by).groupby(options.by)["doc"].nunique()
    sel.groups = sorted(counts[counts >= options.min_docs].index, key=lambda g: (-counts[g], g))
    sel.omitted_groups = sorted(counts[counts < options.min_docs].index)
    return sel


# ------------------------------------------------------------------------ shares


def _explode(df: pd.DataFrame, *cols: str) -> pd.DataFrame:
    out = df[["doc", *dict.fromkeys(c for c in cols if c != "doc")]]
    for c in cols:
        if c != "doc" and len(out) and out[c].map(lambda v: isinstance(v, list)).any():
            out = out.explode(c)
    return out.dropna(subset=list(cols)).drop_duplicates(subset=["doc", *dict.fromkeys(cols)])


def _denominator_mask(df: pd.DataFrame, denominator: str) -> pd.Series:
    if denominator == "engagements":
        return df["foreign"]
    if denominator == "categorised":
        return df["category"].notna()
    return pd.Series(True, index=df.index)


def shares(frame: pd.DataFrame, group: str, item: str, *, denominator: str = "engagements",
           groups: list[str] | None = None, ci: bool = False, n_boot: int = 1000, seed: int = 0) -> pd.DataFrame:
    """Share of each group's documents that name each item.

    Args:
        frame: a :func:`documents_frame` (after :func:`select`).
        group: the grouping column (``province``, ``partner``, ``region`` …).
        item: the counted column (``partner``, ``region``, ``category``, ``formulation`` …).
        denominator: ``engagements`` (foreign engagements), ``categorised`` (documents with a
            category) or ``documents`` (all the group's documents).
        groups: restrict to these groups (default: all).
        ci: add ``ci_low``/``ci_high`` (bootstrap, resampling the group's denominator documents).
        n_boot: bootstrap resamples.
        seed: bootstrap seed.

    Returns:
        Long table: ``group``, ``item``, ``n``, ``denominator``, ``share`` (+ ``ci_low``, ``ci_high``),
        sorted by group then falling ``n``. Items are listed where ``n > 0``.
    """
    if item == group:
        raise ValueError("item and group must differ")
    df = frame[_denominator_mask(frame, denominator)]
    g = _explode(df, group)
    if groups is not None:
        g = g[g[group].isin(groups)]
    den = g.groupby(group)["doc"].nunique()
    pairs = g.merge(_explode(df, item), on="doc")
    cnt = pairs.groupby([group, item])["doc"].nunique().rename("n").reset_index()
    cnt["denominator"] = cnt[group].map(den).astype(int)
    cnt["share"] = cnt["n"] / cnt["denominator"]
    if ci:
        # engagements as the unit: their documents are resampled as clusters (see .bootstrap)
        clusters = dict(zip(frame["doc"], frame["document"])) if "document" in frame else None
        lows, highs = [], []
        bounds: dict[tuple[Any, Any], tuple[float, float]] = {}
        for gname, gdocs in g.groupby(group)["doc"]:
            sub = pairs[pairs[group] == gname]
            for it, b in bootstrap(sorted(set(gdocs)), sub, item, n_boot=n_boot, seed=seed,
                                   key=f"{group}:{gname}:{item}", clusters=clusters).items():
                bounds[(gname, it)] = b
        for gname, it in zip(cnt[group], cnt[item]):
            lo, hi = bounds.get((gname, it), (float("nan"), float("nan")))
            lows.append(lo)
            highs.append(hi)
        cnt["ci_low"], cnt["ci_high"] = lows, highs
    order = {gname: i for i, gname in enumerate(groups)} if groups is not None else None
    cnt["_o"] = cnt[group].map(order) if order else 0
    cnt = cnt.sort_values(["_o", group, "n", item], ascending=[True, True, False, True]).drop(columns="_o")
    return cnt.reset_index(drop=True)


def matrix(frame: pd.DataFrame, rows: str, cols: str, *, groups: list[str] | None = None,
           denominator: str = "engagements") -> tuple[pd.DataFrame, pd.DataFrame]:
    """``rows`` × ``cols`` document counts and row shares (count / the row's denominator).

    Returns:
        (counts, row_shares): DataFrames indexed by the row codes, one column per column code
        (ordered by falling total), plus a ``denominator`` column on the shares table.
    """
    s = shares(frame, rows, cols, denominator=denominator, groups=groups)
    if s.empty:
        empty = pd.DataFrame(index=pd.Index(groups or [], name=rows))
        return empty, empty.assign(denominator=0)
    counts = s.pivot_table(index=rows, columns=cols, values="n", aggfunc="sum", fill_value=0)
    order = counts.sum().sort_values(ascending=False, kind="stable").index
    counts = counts[order]
    if groups is not None:
        counts = counts.reindex([g for g in groups if g in counts.index] + [g for g in groups if g not in counts.index],
                                fill_value=0)
    den = _explode(frame[_denominator_mask(frame, denominator)], rows).groupby(rows)["doc"].nunique()
    den = den.reindex(counts.index, fill_value=0)
    row_shares = counts.div(den.replace(0, np.nan), axis=0)
    row_shares.insert(0, "denominator", den.astype(int))
    counts.columns.name = row_shares.columns.name = None
    return counts.astype(int), row_shares


def summary(frame: pd.DataFrame, by: str, groups: list[str]) -> pd.DataFrame:
    """Per group: documents, engagements, documents with a category, dated documents."""
    g = _explode(frame, by)
    g = g[g[by].isin(groups)].merge(frame[["doc", "foreign", "category", "date"]], on="doc")
    out = g.groupby(by).agg(documents=("doc", "nunique"), engagements=("foreign", "sum"),
                            categorised=("category", "count"), dated=("date", "count"))
    return out.reindex(groups).fillna(0).astype(int).reset_index()


def role_targets(frame: pd.DataFrame, groups: list[str] | None = None) -> pd.DataFrame:
    """Province × target region of designated roles: documents, share of the province's documents, terms."""
    s = shares(frame, "province", "role_target", denominator="documents", groups=groups)
    if s.empty:
        return s.assign(terms=pd.Series(dtype=str))
    terms = _explode(frame, "province", "role_target", "role_term")
    top = (terms.groupby(["province", "role_target"])["role_term"]
           .agg(lambda t: " · ".join(t.value_counts().index[:3])).rename("terms").reset_index())
    return s.merge(top, on=["province", "role_target"], how="left")


def timeseries(frame: pd.DataFrame, by: str, groups: list[str], period: str) -> dict[str, pd.DataFrame]:
    """Counts and shares per ``period`` (``month`` or ``quarter``) over the dated documents.

    Returns:
        ``ts_documents`` (period, group, documents, engagements), ``ts_formulations`` (period,
        formulation, n, denominator = dated documents in the period, share) and
        ``ts_regions`` (period, region, n, denominator = dated engagements, share); empty
        tables when no document carries a date.
    """
    dated = frame[frame["date"].notna()].copy()
    if dated.empty:
        return {"ts_documents": pd.DataFrame(columns=["period", by, "documents", "engagements"]),
                "ts_formulations": pd.DataFrame(columns=["period", "formulation", "n", "denominator", "share"]),
                "ts_regions": pd.DataFrame(columns=["period", "region", "n", "denominator", "share"])}
    freq = "M" if period == "month" else "Q"
    dated["period"] = dated["date"].dt.to_period(freq).astype(str)
    g = _explode(dated, by)
    g = g[g[by].isin(groups)].merge(dated[["doc", "period", "foreign"]], on="doc")
    docs = (g.groupby(["period", by]).agg(documents=("doc", "nunique"), engagements=("foreign", "sum"))
            .reset_index())
    docs["engagements"] = docs["engagements"].astype(int)
    out = {"ts_documents": docs}
    for name, item, den in (("ts_formulations", "formulation", "documents"), ("ts_regions", "region", "engagements")):
        s = shares(dated, "period", item, denominator=den)
        out[name] = s.sort_values(["period", "n"], ascending=[True, False]).reset_index(drop=True)
    return out


# ------------------------------------------------------------------------ the set


@dataclass
class ReportTables:
    """Every table of a report, plus what the footnotes need.

    Attributes:
        tables: table name → DataFrame (the CSV files are these, one per name).
        options: the options used.
        selection: the selected documents and what the filters removed.
        records: how the records were read (counts, warnings).
        rollup: names and region membership used.
        unit: ``engagement`` or ``document``: what ``selection.frame`` rows and every ``n`` count.
        dedup: the groups when duplicates were merged (``options.dedup``), else ``None``.
        documents: the selected documents (formulation tables count them under either unit).
    """

    tables: dict[str, pd.DataFrame]
    options: ReportOptions
    selection: Selection
    records: RecordSet
    rollup: RegionRollup
    unit: str = "document"
    dedup: Any = None
    documents: Selection | None = None

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    def label(self, kind: str, code: Any) -> str:
        """Display label of a code under the report's ``labels`` option."""
        return self.rollup.label(kind, str(code), self.options.labels)


def build_tables(records: RecordSet | Iterable[Record] | str | Iterable[str], options: ReportOptions | None = None,
                 *, rollup: RegionRollup | None = None, **kwargs: Any) -> ReportTables:
    """All report tables from records (a :class:`RecordSet`, Record objects, or paths to records files).

    Args:
        records: what to report on.
        options: a :class:`ReportOptions`; keyword arguments override its fields
            (``build_tables("r.jsonl", by="partner", ci=True)``).
        rollup: region membership and names (default: from the shipped lexicon).

    Returns:
        A :class:`ReportTables`; ``result["partners"]`` etc. are DataFrames.
    """
    options = replace(options or ReportOptions(), **kwargs).check()
    if rollup is None:
        rollup = RegionRollup.from_lexicon()
    if isinstance(records, RecordSet):
        rs = records
    elif isinstance(records, str):
        rs = load_records([records])
    else:
        items = list(records)
        rs = load_records(items) if items and isinstance(items[0], str) else RecordSet(records=items)
    if rs.lines and not rs.records:
        raise TifaError(E.RECORDS_EMPTY, path=", ".join(rs.files), detail=f"{rs.skipped} malformed line(s), none usable")
    unit, dd = _resolve_unit(rs, options)
    frame = documents_frame(rs.records, rollup)
    dsel = sel = select(frame, options)
    if unit == "engagement":
        from .engagements import engagements_frame, units_of

        frame = engagements_frame(units_of(rs.records, dd), rollup)
        sel = select(frame, options)
    if sel.frame.empty and not sel.frame.equals(frame):
        rs.problems.append(Problem(E.NOTHING_AFTER_FILTERS, ", ".join(rs.files) or "records", detail=f"{len(frame)} read, 0 selected"))
    df, dfd, by, groups = sel.frame, dsel.frame, options.by, sel.groups
    boot = {"ci": options.ci, "n_boot": options.n_boot, "seed": options.seed}
    t: dict[str, pd.DataFrame] = {"summary": summary(df, by, groups)}
    for name, item in ITEMS_BY[by]:
        t[name] = shares(df, by, item, groups=groups, **boot)
    if by in ("province", "partner"):
        t["regions"] = _with_region_parts(t["regions"], df, by)
    t["categories"] = shares(df, by, "category", denominator="categorised", groups=groups, **boot)
    # formulations belong to texts: counted over documents under either unit
    t["formulations"] = shares(dfd, by, "formulation", denominator="documents", groups=groups, **boot)
    t["entries"] = shares(dfd, by, "entry", denominator="documents", groups=groups)
    t["entries"]["example"] = t["entries"]["entry"].map(entry_examples(rs.records))
    provinces = sel.groups if by == "province" else None
    for cols in ("partner", "region"):
        counts, row_shares = matrix(df, "province", cols, groups=provinces)
        t[f"matrix_province_{cols}_counts"] = counts.reset_index()
        t[f"matrix_province_{cols}_shares"] = row_shares.reset_index()
    _counts, fshares = matrix(dfd, "province", "formulation", groups=provinces, denominator="documents")
    t["matrix_province_formulation_shares"] = fshares.reset_index()
    t["role_targets"] = role_targets(dfd, provinces)
    t.update(timeseries(df, by, groups, options.period))
    if unit == "engagement":
        from . import engagements as eng

        t["summary"] = eng.summary(df, by, groups)
        t["ts_formulations"] = timeseries(dfd, by, groups, options.period)["ts_formulations"]
        t["ts_engagements"] = eng.timeseries(df, by, groups, options.period)
        t.update(eng.cross_tables(df, by, groups, boot))
        t["engagements"] = eng.units_table(df)
    return ReportTables(tables=t, options=options, selection=sel, records=rs, rollup=rollup, unit=unit, dedup=dd,
                        documents=dsel)


def _resolve_unit(rs: RecordSet, options: ReportOptions) -> tuple[str, Any]:
    """The unit to count (``W016`` when engagements are asked for or defaulted but absent) and the dedup groups."""
    from .engagements import has_engagements

    has = has_engagements(rs.records)
    if not has:
        if options.unit != "document":
            rs.problems.append(Problem(E.RECORDS_NO_ENGAGEMENTS, ", ".join(rs.files) or "records",
                                       detail=f"{len(rs.records)} record(s) without `engagements`"))
        return "document", None
    if options.unit == "document":
        return "document", None
    if rs.without_engagements:
        rs.problems.append(Problem(E.RECORDS_NO_ENGAGEMENTS, ", ".join(rs.files) or "records",
                                   detail=f"{rs.without_engagements} of {len(rs.records)} record(s) have no `engagements` "
                                   f"field: they count in the formulation tables only"))
    from .dedup import evidence_sentence

    if not any(evidence_sentence(e) for r in rs.records for e in r.engagements):
        rs.problems.append(Problem(E.ENGAGEMENTS_NO_EVIDENCE, ", ".join(rs.files) or "records",
                                   detail="no engagement keeps its sentence in provenance['evidence']"))
    if not options.dedup:
        return "engagement", None
    from .dedup import dedup

    return "engagement", dedup(rs.records, window=options.window, threshold=options.threshold)


def entry_examples(records: Iterable[Record]) -> dict[str, str]:
    """The most frequent matched text of each formulation entry (ties: the first seen)."""
    from collections import Counter

    texts: dict[str, Counter[str]] = {}
    for r in records:
        for m in r.mentions:
            if m.label == "formulation":
                texts.setdefault(m.entry, Counter())[m.text] += 1
    return {e: c.most_common(1)[0][0] for e, c in texts.items()}


def _with_region_parts(regions: pd.DataFrame, df: pd.DataFrame, by: str) -> pd.DataFrame:
    """Add ``via_partner`` and ``named`` document counts to a region shares table."""
    if regions.empty:
        return regions.assign(via_partner=pd.Series(dtype=int), named=pd.Series(dtype=int))
    eng = df[df["foreign"]]
    for col, src in (("via_partner", "region_via_partner"), ("named", "region_named")):
        pairs = _explode(eng, by).merge(_explode(eng, src), on="doc")
        c = pairs.groupby([by, src])["doc"].nunique().rename(col).reset_index().rename(columns={src: "region"})
        regions = regions.merge(c, on=[by, "region"], how="left")
        regions[col] = regions[col].fillna(0).astype(int)
    return regions
