"""Writers: a self-contained HTML report, a Markdown report, and every table as CSV.

The HTML file (``index.html``) holds its charts as inline SVG and its style inline: no
script, no font, nothing fetched from the network. Every file is written atomically
(:class:`pipeline.io.AtomicWriter`); the output folder is created when missing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd
from markupsafe import Markup

from ..errors import TifaError
from ..io import AtomicWriter
from . import charts
from .engagements import CROSS
from .evidence import EVIDENCE_COLUMNS, Evidence
from .fmt import _strip, html_table, md_table, pct, share_cell
from .read import RecordSet, load_records
from .tables import FORMATS, ITEMS_BY, ReportOptions, ReportTables, build_tables

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


@dataclass
class ReportResult:
    """What ``tifa report`` wrote and read (the CLI prints it)."""

    out_dir: str
    files: list[str] = field(default_factory=list)
    documents: int = 0
    groups: int = 0
    records: RecordSet | None = None
    unit: str = "document"
    merged: int | None = None

    def line(self) -> str:
        rs = self.records
        read = f"{len(rs.records)} records read" if rs else ""
        skipped = f", {rs.skipped} malformed line(s) skipped" if rs and rs.skipped else ""
        skipped += f", {rs.duplicates} duplicate id(s) counted once" if rs and rs.duplicates else ""
        merged = f" ({self.merged} duplicate engagement(s) merged, see duplicates.csv)" if self.merged is not None else ""
        return (f"{read}{skipped}; {self.documents} {self.unit}s in the report{merged}, {self.groups} groups -> "
                f"{self.out_dir} ({len(self.files)} files)")


# ------------------------------------------------------------------------ content


class _Builder:
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
        return ["official \\ counterpart", *cols, "total"], [[r["official"], *[int(r[c]) or "" for c in cols],
                                                               int(sum(r[c] for c in cols))] for _, r in t.iterrows()]

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
                title=f"{_SECTION_TABLES[name]}: share of {'engagements' if self.unit == 'engagements' else 'engagement documents'}", lows=list(sub["ci_low"]) if ci else None,
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
            f"The unit is the engagement (TAXONOMY.md §3b): one act by a Chinese side with foreign counterparts on one "
            f"occasion, as the tagger segmented it; a document may report several. An engagement belongs to every "
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
        from .. import __version__

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
        notes += [str(p) for p in rs.problems]
        notes.append(f"Made by tifa {__version__} (tifa report --unit {rt.unit} --by {o.by} --period {o.period}"
                     f"{' --dedup' if rt.dedup is not None else ''}{' --ci' if o.ci else ''}); every table is also "
                     f"a CSV file next to this report.")
        return notes


# ------------------------------------------------------------------------ writers


def _template():
    from jinja2 import Environment

    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    src = (resources.files("pipeline.report") / "templates" / "report.html.j2").read_text(encoding="utf-8")
    return env.from_string(src)


def render_html(rt: ReportTables, *, title: str = "tifa report") -> str:
    """The self-contained HTML report as a string."""
    from .. import __version__

    b = _Builder(rt)
    sel = rt.selection
    df = sel.frame

    def table(hr: tuple[list[str], list[list[Any]]], num: Iterable[int] = ()) -> Markup:
        return html_table(hr[0], hr[1], num=num)

    groups = []
    for g in sel.groups:
        d = b.group(g)
        d["charts"] = [Markup(c) for c in d["charts"]]
        d["tables"] = [(name, html_table(h, rows)) for name, h, rows in d["tables"]]
        groups.append(d)
    time_tables = []
    if not rt["ts_documents"].empty:
        for name in ("ts_documents", "ts_formulations", "ts_regions"):
            t = rt[name]
            time_tables.append(html_table(list(t.columns), [[_fmt(v) for v in row] for row in t.itertuples(index=False)]))
    ctx = {
        "title": title, "version": __version__, "by": rt.options.by, "period": rt.options.period, "ci": rt.options.ci,
        "n_docs": len(df), "n_read": sel.n_read, "n_eng": int(df["foreign"].sum()) if len(df) else 0,
        "n_dated": int(df["date"].notna().sum()) if len(df) else 0, "n_groups": len(sel.groups),
        "omitted": sel.omitted_groups, "filters": b.filters(),
        "warnings": [str(p) for p in rt.records.problems if p.code in ("W010", "W011", "W012", "W013")][:8],
        "overview_chart": Markup(b.overview_chart()), "overview_table": table(b.overview(), num=(1, 2)),
        "heat_partner": Markup(b.heat("partner", "Province × partner")),
        "table_partner": table(b.matrix_rows("partner"), num=range(1, 999)),
        "heat_region": Markup(b.heat("region", "Province × region and bloc")),
        "table_region": table(b.matrix_rows("region"), num=range(1, 999)),
        "heat_formulation": Markup(b.heat_formulation()), "table_roles": table(b.role_rows()),
        "table_entries": table(b.entry_rows(), num=(2, 3)),
        "time_charts": [Markup(c) for c in b.time_charts()], "time_tables": time_tables,
        "groups": groups, "notes": b.notes(), "unit": b.unit,
        "table_oc": table(b.official_counterpart_rows(), num=range(1, 999)) if b.ev else None,
        "evidence_sections": b.ev.html_sections() if b.ev else None, "evidence_all": b.ev.html_all() if b.ev else None,
        "n_units": len(df), "merged": rt.dedup.merged if rt.dedup is not None else None,
        "n_docs_all": len(rt.documents.frame) if rt.documents is not None else len(df),
    }
    return _template().render(**ctx)


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def render_markdown(rt: ReportTables, *, title: str = "tifa report") -> tuple[str, dict[str, str]]:
    """The Markdown report and its charts (file name under ``charts/`` → SVG text).

    With engagements as the unit, share cells link to ``evidence/*.md`` (:func:`write_report` writes them).
    """
    b = _Builder(rt, markdown=True)
    svgs: dict[str, str] = {}

    def chart(name: str, svg: str) -> str:
        if not svg:
            return ""
        svgs[f"{name}.svg"] = svg
        return f"![{name}](charts/{name}.svg)\n"

    def tab(hr: tuple[list[str], list[list[Any]]]) -> str:
        return md_table(hr[0], [[_md_cell(c) for c in r] for r in hr[1]])

    sel = rt.selection
    lines = [f"# {title}", "", (f"{len(sel.frame)} {b.unit} ({sel.n_read} read), grouped by {rt.options.by}; "
                                f"shares count {b.unit} (n/denominator). See the notes at the end."), ""]
    lines += ["## Overview", "", chart("overview", b.overview_chart()), tab(b.overview()), ""]
    lines += ["## Matrices", "", "### Province × partner", "", chart("province_partner", b.heat("partner", "Province × partner")),
              "Counts and row shares: `matrix_province_partner_counts.csv`, `matrix_province_partner_shares.csv`.", "",
              "### Province × region and bloc", "", chart("province_region", b.heat("region", "Province × region")),
              tab(b.matrix_rows("region")), ""]
    if b.ev:
        lines += ["### Who meets whom (official × counterpart, foreign engagements)", "",
                  tab(b.official_counterpart_rows()), "",
                  "Every linked share opens its engagements in `evidence/`; `evidence.csv` holds the same lists.", ""]
    lines += ["## Formulations", "", chart("formulations", b.heat_formulation()), "### Designated roles", "",
              tab(b.role_rows()), "", "### Most used formulation entries", "", tab(b.entry_rows()), ""]
    lines += ["## Time series", ""]
    tc = b.time_charts()
    lines += [chart(f"time_{i}", c) for i, c in enumerate(tc)] or ["No selected document carries a date.", ""]
    lines += ["", f"## By {rt.options.by}", ""]
    for i, g in enumerate(sel.groups):
        d = b.group(g)
        lines += [f"### {d['label']} ({g})", "", " · ".join(f"{k}: {v}" for k, v in d["cards"]), ""]
        lines += [chart(f"group_{i}_{j}", c) for j, c in enumerate(d["charts"])]
        for name, h, rows in d["tables"]:
            lines += [f"**{name}**", "", md_table(h, [[_md_cell(c) for c in r] for r in rows]), ""]
    lines += ["## Notes", ""] + [f"{i}. {n}" for i, n in enumerate(b.notes(), 1)] + [""]
    return "\n".join(lines), svgs


def _md_cell(c: Any) -> str:
    """A cell for Markdown: a linked share becomes ``[text](evidence/….md#anchor)``."""
    if isinstance(c, Markup) and 'class="evl" href="' in c:
        href = str(c).split('href="', 1)[1].split('"', 1)[0]
        inner = Markup(str(c).split(">", 1)[1].split("</a>", 1)[0]).striptags()
        rest = Markup(str(c).split("</a>", 1)[1]).striptags()
        return f"[{inner}]({href}){rest}"
    return _strip(c)


def write_csv(rt: ReportTables, out_dir: Path) -> list[str]:
    """Every table as ``OUT/NAME.csv`` (UTF-8 with BOM, so spreadsheet programs read the Chinese)."""
    files = []
    for name, t in rt.tables.items():
        t = t.copy()
        for col in t.columns:
            if t[col].map(lambda v: isinstance(v, list)).any():
                t[col] = t[col].map(lambda v: ";".join(map(str, v)) if isinstance(v, list) else v)
        path = out_dir / f"{name}.csv"
        with AtomicWriter(path) as fh:
            fh.write("\ufeff")
            t.to_csv(fh, index=False, lineterminator="\n")
        files.append(str(path))
    return files


def write_report(rt: ReportTables, out_dir: str | Path, *, fmt: str = "html", title: str = "tifa report") -> list[str]:
    """Write the report in ``fmt`` (``html``, ``md`` or ``csv``) into ``out_dir``; returns the files written.

    ``html`` writes ``index.html`` plus every table as CSV; ``md`` writes ``report.md``,
    ``charts/*.svg`` and the CSV tables; ``csv`` only the CSV tables.
    """
    if fmt not in FORMATS:
        raise TifaError("E062", detail=f"--format {fmt!r}: choose {', '.join(FORMATS)}")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise TifaError("E040", path=str(out), detail="exists and is not a folder")
    files = []
    if fmt == "html":
        html = render_html(rt, title=title)
        with AtomicWriter(out / "index.html") as fh:
            fh.write(html)
        files.append(str(out / "index.html"))
    elif fmt == "md":
        md, svgs = render_markdown(rt, title=title)
        for name, svg in svgs.items():
            with AtomicWriter(out / "charts" / name) as fh:
                fh.write(svg)
            files.append(str(out / "charts" / name))
        with AtomicWriter(out / "report.md") as fh:
            fh.write(md)
        files.append(str(out / "report.md"))
    files += write_csv(rt, out)
    files += write_evidence(rt, out, markdown=fmt == "md")
    return files


def write_evidence(rt: ReportTables, out: Path, *, markdown: bool = False) -> list[str]:
    """``evidence.csv`` (and ``evidence/*.md`` when ``markdown``), and ``duplicates.csv`` after a dedup."""
    import csv

    files = []
    if rt.dedup is not None:
        from .dedup import write_duplicates

        files.append(write_duplicates(rt.dedup, out / "duplicates.csv"))
    if rt.unit != "engagement" or rt.selection.frame.empty:
        return files
    ev = Evidence(rt)
    with AtomicWriter(out / "evidence.csv") as fh:
        fh.write("\ufeff")
        w = csv.DictWriter(fh, fieldnames=EVIDENCE_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(ev.csv_rows())
    files.append(str(out / "evidence.csv"))
    if markdown:
        for name, text in ev.markdown_files().items():
            with AtomicWriter(out / "evidence" / name) as fh:
                fh.write(text)
            files.append(str(out / "evidence" / name))
    return files


def run_report(paths: Sequence[str], out_dir: str | Path, *, fmt: str = "html", options: ReportOptions | None = None,
               title: str = "tifa report", lexicon: str | None = None, **kwargs: Any) -> ReportResult:
    """Read records files, build every table and write the report: what ``tifa report`` does.

    Args:
        paths: records JSONL files or folders.
        out_dir: the output folder (created when missing).
        fmt: ``html``, ``md`` or ``csv``.
        options: a :class:`ReportOptions`; keyword arguments override its fields.
        title: the report title.
        lexicon: lexicon directory for region membership and names (default: the shipped one).

    Returns:
        A :class:`ReportResult` (files written, counts, reading problems).
    """
    from ..lexicon import load
    from .rollup import RegionRollup

    if fmt not in FORMATS:
        raise TifaError("E062", detail=f"--format {fmt!r}: choose {', '.join(FORMATS)}")
    opts = replace(options or ReportOptions(), **kwargs).check()
    lex = load(lexicon)
    rs = load_records(paths, lexicon_hash=lex.hash)
    if not rs.records:
        raise TifaError("E061", path=", ".join(rs.files) or ", ".join(paths),
                        detail=f"{rs.lines} line(s), {rs.skipped} malformed")
    rt = build_tables(rs, opts, rollup=RegionRollup.from_lexicon(lex))
    files = write_report(rt, out_dir, fmt=fmt, title=title)
    return ReportResult(out_dir=str(out_dir), files=files, documents=len(rt.selection.frame),
                        groups=len(rt.selection.groups), records=rs, unit=rt.unit,
                        merged=rt.dedup.merged if rt.dedup is not None else None)

