"""The content both report formats show: overview, matrices, per-group sections, notes.

:class:`Builder` turns :class:`~.tables.ReportTables` into table rows (cells may be
:class:`~markupsafe.Markup`, e.g. shares linked to their evidence lists), charts and notes;
:mod:`.render` lays them out as HTML or Markdown.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from markupsafe import Markup

from . import charts
from .engagements import CROSS
from .evidence import Evidence
from .fmt import pct, share_cell
from .tables import ITEMS_BY, ReportTables

HEAT_COLS = 22  # partner columns shown in the heat map (all are in the CSV)
TIME_SERIES = 6  # lines per time-series chart

# per-group tables shown in each group's section: table name → title, and the denominator of its shares
_SECTION_TABLES = {"partners": "Top partners", "provinces": "Provinces", "regions": "Regions and blocs",
                   "m49": "UN M49 sub-regions of the partners", "categories": "Engagement categories",
                   "formulations": "Formulation types", "entries": "Top formulation entries",
                   "directions": "Direction", "officials": "Chinese official", "counterparts": "Foreign counterpart",
                   "levels": "Level", "venues": "Venue (home or abroad)",
                   "official_counterpart": "Who meets whom (official → counterpart)"}
_DENOMINATOR = {"partners": "engagements", "provinces": "engagements", "regions": "engagements",
                "m49": "engagements", "categories": "documents with a category",
                "formulations": "documents", "entries": "documents", **{n: "engagements" for n in CROSS}}
_ITEM = {"partners": "partner", "provinces": "province", "regions": "region", "m49": "m49", "categories": "category",
         "formulations": "formulation", "entries": "entry", **CROSS}
# cross-tables shown in each group's section (engagement unit)
_GROUP_CROSS = ("directions", "official_counterpart", "levels", "venues")


class Builder:
    """Turns :class:`ReportTables` into the pieces both report formats show."""

    def __init__(self, rt: ReportTables, *, markdown: bool = False) -> None:
        self.rt = rt
        self.o = rt.options
        self.by = rt.options.by
        self.markdown = markdown
        self.ev = Evidence(rt) if rt.unit == "engagement" and not rt.selection.frame.empty else None
        self.unit = "engagements" if rt.unit == "engagement" else "documents"

    def href(self, group_col: str, group: Any, item_col: str, item: Any) -> str | None:
        """Where a cell's evidence list is (``#anchor`` in HTML, ``evidence/….md#anchor`` in Markdown)."""
        if self.ev is None:
            return None
        if self.markdown:
            return self.ev.md_link(group_col, group, item_col, item)
        a = self.ev.link(group_col, group, item_col, item)
        return f"#{a}" if a else None

    def lab(self, kind: str, code: Any) -> str:
        return self.rt.label(kind, code)

    def item_rows(self, name: str, group: str, *, top: int | None = None) -> tuple[list[str], list[list[Any]]]:
        """Header and rows of one per-group share table."""
        t = self.rt[name]
        sub = t[t[self.by] == group]
        item = _ITEM[name]
        if top:
            sub = sub.head(top)
        headers = [item, "share (n/denominator)"]
        extra = [c for c in ("via_partner", "named", "example") if c in sub]
        headers += [{"via_partner": "via partner", "named": "named", "example": "example"}[c] for c in extra]
        rows = []
        for _, r in sub.iterrows():
            label = self.lab(item, r[item]) if item in ("partner", "province", "region", "m49") else str(r[item])
            link = self.href(self.by, group, item, r[item]) if name not in ("formulations", "entries") else None
            rows.append([label, share_cell(r, self.o.ci, link), *[r[c] for c in extra]])
        return headers, rows

    def overview(self) -> tuple[list[str], list[list[Any]]]:
        s = self.rt["summary"]
        item_tables = [n for n, _ in ITEMS_BY[self.by]][:2]
        first = "documents" if self.unit == "documents" else "reporting documents"
        headers = [self.by, first, "engagements", *[f"top {n}" for n in item_tables], "main category"]
        rows = []
        for _, r in s.iterrows():
            g = r[self.by]
            tops = []
            for name in item_tables:
                t = self.rt[name]
                sub = t[t[self.by] == g].head(3)
                item = sub.columns[1]
                tops.append(" · ".join(f"{self.lab(item, x[item])} {pct(x['share'])}" for _, x in sub.iterrows()))
            c = self.rt["categories"]
            c = c[c[self.by] == g].head(1)
            main = f"{c.iloc[0]['category']} {pct(c.iloc[0]['share'])}" if len(c) else ""
            rows.append([self.lab(self.by, g), int(r["documents"]), int(r["engagements"]), *tops, main])
        return headers, rows

    def overview_chart(self) -> str:
        s = self.rt["summary"].head(30)
        if s.empty:
            return ""
        labels = [self.lab(self.by, g) for g in s[self.by]]
        notes = [f"{e} of {d} docs" for e, d in zip(s["engagements"], s["documents"])]
        if self.unit == "engagements":
            notes = [f"{e} (in {d} docs)" for e, d in zip(s["engagements"], s["documents"])]
        return charts.bar_svg(labels, list(s["engagements"]), notes, percent=False,
                              title=f"Foreign engagements per {self.by}", xlabel=self.unit)

    def heat(self, cols: str, title: str, *, colorbar: str = "share of the row's engagements") -> str:
        counts = self.rt[f"matrix_province_{cols}_counts"].set_index("province")
        shares_ = self.rt[f"matrix_province_{cols}_shares"].set_index("province").drop(columns="denominator")
        if counts.empty or counts.shape[1] == 0:
            return ""
        keep_cols = list(counts.columns[:HEAT_COLS])
        rows = [r for r in counts.index if counts.loc[r].sum() > 0][:40]
        if not rows:
            return ""
        kind = "partner" if cols == "partner" else "region"
        urls = [[self.href("province", r, cols, c) for c in keep_cols] for r in rows] if self.ev else None
        return charts.heatmap_svg(shares_.loc[rows, keep_cols].to_numpy(dtype=float),
                                  [self.lab("province", r) for r in rows], [self.lab(kind, c) for c in keep_cols],
                                  title=title, colorbar=colorbar, urls=urls)

    def heat_formulation(self) -> str:
        t = self.rt["matrix_province_formulation_shares"].set_index("province").drop(columns="denominator")
        if t.empty or t.shape[1] == 0:
            return ""
        rows = list(t.index[:40])
        return charts.heatmap_svg(t.loc[rows].to_numpy(dtype=float), [self.lab("province", r) for r in rows],
                                  list(t.columns), title="Formulation types by province",
                                  colorbar="share of the province's documents")

    def matrix_rows(self, cols: str) -> tuple[list[str], list[list[Any]]]:
        counts = self.rt[f"matrix_province_{cols}_counts"].set_index("province")
        sh = self.rt[f"matrix_province_{cols}_shares"].set_index("province")
        kind = "partner" if cols == "partner" else "region"
        headers = ["province", "engagements", *[self.lab(kind, c) for c in counts.columns]]
        rows = []
        for p in counts.index:
            den = int(sh.loc[p, "denominator"])
            cells = [self._count_cell(int(counts.loc[p, c]), sh.loc[p, c], self.href("province", p, cols, c))
                     if counts.loc[p, c] else "" for c in counts.columns]
            rows.append([self.lab("province", p), den, *cells])
        return headers, rows

    @staticmethod
    def _count_cell(n: int, share: float, href: str | None) -> Markup:
        txt = f"{n} <small>{pct(share)}</small>"
        return Markup(f'<a class="evl" href="{href}">{txt}</a>' if href else txt)

    def official_counterpart_rows(self) -> tuple[list[str], list[list[Any]]]:
        """Official × counterpart counts over every selected foreign engagement."""
        t = self.rt.tables.get("matrix_official_counterpart")
        if t is None or t.empty:
            return ["official"], []
        cols = [c for c in t.columns if c != "official"]
        total = int(t[cols].to_numpy().sum())

        def cell(o: str, c: str, n: int) -> Any:
            href = self.href("all", "all", "official_counterpart", f"{o} → {c}")
            return self._count_cell(n, n / total, href) if n else ""

        return ["official \\ counterpart", *cols, "total"], [[r["official"], *[cell(r["official"], c, int(r[c]))
                                                                                 for c in cols],
                                                               int(sum(r[c] for c in cols))] for _, r in t.iterrows()]

    def ts_rows(self) -> tuple[list[str], list[list[Any]]]:
        """Foreign engagements per period and group, each share linked to its engagements."""
        t = self.rt["ts_engagements"]
        return (["period", self.by, "share of the period's engagements (n/denominator)"],
                [[r["period"], self.lab(self.by, r[self.by]),
                  share_cell(r, False, self.href("period", r["period"], self.by, r[self.by]))]
                 for _, r in t.iterrows()])

    def role_rows(self) -> tuple[list[str], list[list[Any]]]:
        t = self.rt["role_targets"]
        headers = ["province", "faces region", "share of the province's documents (n/documents)", "terms"]
        return headers, [[self.lab("province", r["province"]), self.lab("region", r["role_target"]),
                          share_cell(r, False), r["terms"]] for _, r in t.iterrows()]

    def entry_rows(self, top: int = 15) -> tuple[list[str], list[list[Any]]]:
        t = self.rt["entries"]
        if t.empty:
            return ["entry", "example", "documents", f"{self.by}s"], []
        agg = (t.groupby("entry").agg(n=("n", "sum"), groups=(self.by, "nunique"), example=("example", "first"))
               .sort_values(["n", "groups"], ascending=False).head(top))
        return (["entry", "example", "documents", f"{self.by}s"],
                [[e, r["example"], int(r["n"]), int(r["groups"])] for e, r in agg.iterrows()])

    def time_charts(self) -> list[str]:
        out = []
        docs = self.rt["ts_documents"]
        if docs.empty:
            return out
        freq = "M" if self.o.period == "month" else "Q"
        seen = sorted(docs["period"].unique())
        periods = [str(p) for p in pd.period_range(seen[0], seen[-1], freq=freq)]  # gaps shown as zero
        top = list(docs.groupby(self.by)["documents"].sum().sort_values(ascending=False).index[:TIME_SERIES])
        value = "engagements" if self.unit == "engagements" else "documents"
        piv = docs.pivot_table(index="period", columns=self.by, values=value, fill_value=0).reindex(periods,
                                                                                                    fill_value=0)
        out.append(charts.lines_svg(periods, {self.lab(self.by, g): list(piv[g]) for g in top},
                                    title=f"{value.capitalize()} per {self.o.period} by {self.by}", ylabel=value))
        for name, item, kind, title in (("ts_formulations", "formulation", None, "Formulation types"),
                                        ("ts_regions", "region", "region", "Regions engaged")):
            t = self.rt[name]
            if t.empty:
                continue
            top_items = list(t.groupby(item)["n"].sum().sort_values(ascending=False).index[:TIME_SERIES])
            piv = t.pivot_table(index="period", columns=item, values="share", fill_value=0).reindex(periods,
                                                                                                    fill_value=0)
            series = {(self.lab(kind, i) if kind else i): list(piv[i]) for i in top_items}
            den = "documents" if item == "formulation" else "engagements"
            out.append(charts.lines_svg(periods, series, percent=True, ylabel=f"share of the period's {den}",
                                        title=f"{title}: share per {self.o.period}"))
        return out

    def group_charts(self, g: str) -> list[str]:
        out = []
        of = "engagements" if self.unit == "engagements" else "engagement documents"
        for name, _item in ITEMS_BY[self.by][:2]:
            t = self.rt[name]
            sub = t[t[self.by] == g].head(self.o.top)
            if sub.empty:
                continue
            item = sub.columns[1]
            ci = self.o.ci and "ci_low" in sub
            out.append(charts.bar_svg(
                [self.lab(item, x) for x in sub[item]], list(sub["share"]),
                [f"{pct(r['share'])} ({int(r['n'])}/{int(r['denominator'])})" for _, r in sub.iterrows()],
                title=f"{_SECTION_TABLES[name]}: share of {of}", lows=list(sub["ci_low"]) if ci else None,
                highs=list(sub["ci_high"]) if ci else None))
        return out

    def group(self, g: str) -> dict[str, Any]:
        s = self.rt["summary"].set_index(self.by).loc[g]
        tables = []
        names = [n for n, _ in ITEMS_BY[self.by]] + ["categories"]
        names += list(_GROUP_CROSS) if self.unit == "engagements" else []
        for name in names + ["formulations", "entries"]:
            h, rows = self.item_rows(name, g, top=None if name in _GROUP_CROSS else self.o.top)
            den = "engagements" if name == "categories" and self.unit == "engagements" else _DENOMINATOR[name]
            tables.append((f"{_SECTION_TABLES[name]} (of {den})", h, rows))
        if self.by == "province":
            t = self.rt["role_targets"]
            sub = t[t["province"] == g]
            if len(sub):
                tables.append(("Designated roles: regions faced", ["region", "share (n/documents)", "terms"],
                               [[self.lab("region", r["role_target"]), share_cell(r, False), r["terms"]]
                                for _, r in sub.iterrows()]))
        cards = [("documents", int(s["documents"])), ("engagements", int(s["engagements"])),
                 ("with a category", int(s["categorised"])), ("dated", int(s["dated"]))]
        if self.unit == "engagements":
            cards = [("foreign engagements", int(s["engagements"])), ("all engagements", int(s["categorised"])),
                     ("reporting documents", int(s["documents"])), ("dated", int(s["dated"])),
                     ("reported by several documents", int(s["merged"]))]
        return {"code": g, "label": self.lab(self.by, g), "cards": cards,
                "charts": self.group_charts(g), "tables": tables}

    def filters(self) -> list[str]:
        o, sel = self.o, self.rt.selection
        out = []
        if o.since or o.until:
            out.append(f"dated {o.since or '…'} to {o.until or '…'} ({sel.dropped_undated} undated and "
                       f"{sel.dropped_dates} outside the dates left out)")
        if o.engagements:
            out.append(f"engagement in {', '.join(o.engagements)} ({sel.dropped_engagement} left out)")
        if o.formulations:
            out.append(f"using {' or '.join(o.formulations)} ({sel.dropped_formulation} left out)")
        if o.min_docs > 1:
            out.append(f"{o.by}s with at least {o.min_docs} documents")
        return out

    def notes(self) -> list[str]:
        o = self.o
        if self.unit == "engagements":
            return self._engagement_notes() + self._data_notes()
        notes = [
            f"A document belongs to every {o.by} it names"
            + (" as an acting province (a document naming two provinces counts for both)" if o.by == "province" else "")
            + ". An engagement is a document whose engagement category is foreign: any category except none and "
              "domestic_coordination.",
            ("A share is n / denominator, both counted in documents. Partner, region and M49 shares are over the "
            "group's engagements; a document with two partners counts once for each, so shares can sum past 100%. "
            "Category shares are over the group's documents with a category; formulation shares over all its "
             "documents. Every share shows n/denominator."),
            ("A document engages a region or bloc when one of its partners is a member (member lists of the lexicon's "
            "region entries, lexicon/places/regions.yaml, widened for the UN M49 areas SOUTHEAST_ASIA, CENTRAL_ASIA, "
            "EUROPE, AFRICA, LATIN_AMERICA, NORTH_AMERICA by Unicode CLDR territory containment) or when it names the "
            "region itself; a region named only as the target of a designated role (面向南亚东南亚辐射中心) does not "
            "count. The 'via partner' and 'named' columns show both parts; n counts each document once. "
             "Russia is in both NORTHEAST_ASIA and EUROPE. UN M49 sub-regions come from CLDR for every partner."),
        ]
        if o.ci:
            notes.append(f"Brackets are 95% percentile bootstrap intervals: the group's denominator documents "
                         f"resampled with replacement {o.n_boot} times (seed {o.seed}).")
        return notes + self._data_notes()

    def _engagement_notes(self) -> list[str]:
        o, dd = self.o, self.rt.dedup
        notes = [
            f"The unit is the engagement (TAXONOMY.md §3b): one act by a Chinese side with foreign counterparts "
            f"on one occasion, as the tagger segmented it; a document may report several. An engagement belongs to every "
            f"{o.by} it names; a foreign engagement is one whose category is not domestic_coordination.",
            "A share is n / denominator, both counted in engagements. Partner, region, M49 and cross-table shares are "
            "over the group's foreign engagements; category shares over all its engagements; formulation shares over "
            "the group's documents (formulations belong to texts). An engagement with two partners counts once for "
            "each, so partner shares can sum past 100%. Cross-tables count an attribute the text does not state as "
            "'unstated'. Venue: home = in a Chinese province, abroad = in a foreign country (from the direction when "
            "no venue is given). Dates are the engagement's own, else its document's.",
            "A region or bloc is engaged through a partner that is a member (lexicon member lists widened by CLDR "
            "UN M49 containment) or when the engagement names it.",
            "Every linked number opens the list of its engagements with the evidence sentence (decisive words "
            "marked) and the documents reporting it; evidence.csv holds the same lists.",
        ]
        if dd is not None:
            notes.append(f"Duplicates merged: {dd.n_engagements} engagements read, {dd.merged} merged into others, "
                         f"{len(dd.groups)} counted ({len(dd.duplicates())} reported by several documents; "
                         f"duplicates.csv lists each such group, its documents and what matched). Same engagement: "
                         f"same category and provinces, overlapping partners, and dates within ±{dd.window} days, or "
                         f"documents whose texts are near-duplicates (MinHash Jaccard ≥ {dd.threshold}) with no "
                         f"contradicting dates.")
        else:
            notes.append("Duplicates were not merged: an engagement reported by several documents counts once per "
                         "document (use --dedup).")
        if o.ci:
            notes.append(f"Brackets are 95% percentile bootstrap intervals resampling the group's documents as "
                         f"clusters (an engagement's document is its cluster), {o.n_boot} times (seed {o.seed}).")
        return notes

    def _data_notes(self) -> list[str]:
        from ..version import __version__

        rt, o, rs = self.rt, self.o, self.rt.records
        notes = []
        filters = self.filters()
        notes.append("Filters: " + ("; ".join(filters) if filters else "none") + ".")
        if rt.selection.omitted_groups:
            notes.append(f"Below --min-docs {o.min_docs} and not shown: "
                         + ", ".join(self.lab(o.by, g) for g in rt.selection.omitted_groups) + ".")
        notes.append(f"Data: {len(rs.files)} file(s) ({', '.join(rs.files) or 'in memory'}); {rs.lines} lines, "
                     f"{rs.skipped} malformed line(s) skipped, {rs.duplicates} duplicate id(s) counted once, "
                     f"{len(rs.records)} records read, {rt.selection.n_read} {self.unit} read, "
                     f"{len(rt.selection.frame)} in the report.")
        frame = rt.selection.frame
        if o.by in frame.columns:  # say why the per-group counts sum to less than the report's total
            none = sum(1 for v in frame[o.by] if isinstance(v, (list, tuple)) and not len(v))
            if none:
                notes.append(f"{none} of the {self.unit} in the report name no {o.by}: they count in no "
                             f"per-{o.by} table or cell.")
        notes += [str(p) for p in rs.problems]
        notes.append(f"Made by tifa {__version__} (tifa report --unit {rt.unit} --by {o.by} --period {o.period}"
                     f"{' --dedup' if rt.dedup is not None else ''}{' --ci' if o.ci else ''}); every table is also "
                     f"a CSV file next to this report.")
        return notes
