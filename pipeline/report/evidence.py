"""The engagements behind every number: evidence lists for each share and heat-map cell.

With engagements as the unit, every cell of a share table or heat map (a group, an item)
has a list of the engagements it counts. Each list is written

* in ``index.html`` as a section ``#ev-…`` that the cell links to (shown when followed, by
  the CSS ``:target`` rule: no script needed), and as one table of every engagement with a
  small inline filter;
* in Markdown as ``evidence/<group column>-<group>.md`` (one file per group, one anchored
  list per cell), linked from the report's share tables;
* as ``evidence.csv``: one row per (cell, engagement).

An engagement is shown with its date, provinces, partners, category, official → counterpart,
the evidence sentence with the decisive words marked (provenance spans and mentions inside
it) and the documents that report it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd
from markupsafe import Markup, escape

from .engagements import CROSS
from .options import ITEMS_BY

EVIDENCE_COLUMNS = ["cell", "group_column", "group", "item_column", "item", "engagement", "date", "provinces",
                    "partners", "category", "official", "counterpart", "direction", "level", "venue",
                    "evidence_text", "documents"]
_SLUG = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass(frozen=True)
class Cell:
    """One number's engagements: ``group_col = group`` and ``item_col = item``."""

    anchor: str
    group_col: str
    group: str
    item_col: str
    item: str
    units: tuple[str, ...]
    denominator: int


def anchor(group_col: str, group: Any, item_col: str, item: Any) -> str:
    """A stable HTML id / Markdown anchor for a cell (non-ASCII characters as code points).

    >>> anchor("province", "CN-YN", "partner", "VNM")
    'ev-province-CN-YN-partner-VNM'
    >>> anchor("province", "CN-YN", "official_counterpart", "deputy → diplomat")
    'ev-province-CN-YN-official_counterpart-deputy-u2192-diplomat'
    """
    return f"ev-{group_col}-{slug(group)}-{item_col}-{slug(item)}"


def slug(value: Any) -> str:
    """ASCII letters, digits, ``_`` and ``-`` only (other characters as ``uXXXX``).

    >>> slug("CN-YN"), slug("云南")
    ('CN-YN', 'u4e91-u5357')
    """
    s = "".join(c if c.isascii() else f"-u{ord(c):04x}-" for c in str(value))
    return re.sub("-{2,}", "-", _SLUG.sub("-", s)).strip("-") or "none"


def _pairs(df: pd.DataFrame, gcol: str, icol: str, groups: Iterable[str] | None) -> pd.DataFrame:
    from .tables import _explode

    p = _explode(df, gcol).merge(_explode(df, icol), on="doc")
    if groups is not None:
        p = p[p[gcol].isin(list(groups))]
    return p


def cells(frame: pd.DataFrame, by: str, groups: list[str],
          period: str = "quarter") -> dict[tuple[str, str, str, str], Cell]:
    """Every cell of the engagement report's share tables and heat maps, keyed by (group col, group, item col, item).

    Shares of partners, regions, M49 areas and the cross-tables are over foreign engagements,
    categories over all; the province × partner and province × region heat maps, the
    official × counterpart matrix (group ``all``) and the time series (``period`` × group) are
    cells too.
    """
    frame = frame.assign(all="all")
    frame["period"] = frame["date"].dt.to_period("M" if period == "month" else "Q").astype(str).where(
        frame["date"].notna())
    foreign = frame[frame["foreign"]]
    specs = [(by, item, foreign, groups) for _name, item in ITEMS_BY[by]]
    specs += [(by, "category", frame, groups)] + [(by, col, foreign, groups) for col in CROSS.values()]
    specs += [("all", "official_counterpart", foreign, None)]
    specs += [("period", by, foreign[foreign["period"].notna()], None)]
    if by != "province":
        specs += [("province", "partner", foreign, None), ("province", "region", foreign, None)]
    order = frame.set_index("doc")["date"]
    out: dict[tuple[str, str, str, str], Cell] = {}
    for gcol, icol, df, gs in specs:
        if df.empty:
            continue
        from .tables import _explode

        den = _explode(df, gcol).groupby(gcol)["doc"].nunique()
        for (g, it), sub in _pairs(df, gcol, icol, gs).groupby([gcol, icol]):
            units = sorted(set(sub["doc"]), key=lambda u: (pd.isna(order[u]), order[u] if not pd.isna(order[u])
                                                             else pd.Timestamp(0), u))
            key = (gcol, str(g), icol, str(it))
            out[key] = Cell(anchor(*key), gcol, str(g), icol, str(it), tuple(units), int(den.get(g, 0)))
    return out


def marked(text: str, spans: Iterable[tuple[int, int]]) -> Markup:
    """The sentence with each span in ``<mark>`` (everything escaped).

    >>> str(marked("王宁会见越南大使。", [(2, 4), (4, 6)]))
    '王宁<mark>会见</mark><mark>越南</mark>大使。'
    """
    out, pos = [], 0
    for a, b in sorted(spans):
        if a < pos:
            continue
        out.append(escape(text[pos:a]))
        out.append(Markup("<mark>") + escape(text[a:b]) + Markup("</mark>"))
        pos = b
    out.append(escape(text[pos:]))
    return Markup("").join(out)


class Evidence:
    """Evidence lists of a :class:`~.tables.ReportTables` built on engagements."""

    def __init__(self, rt: Any) -> None:
        self.rt = rt
        self.frame = rt.selection.frame.set_index("doc", drop=False)
        self.cells = cells(rt.selection.frame, rt.options.by, rt.selection.groups, rt.options.period)

    def link(self, group_col: str, group: Any, item_col: str, item: Any) -> str | None:
        """The anchor of a cell, or ``None`` when it lists nothing."""
        c = self.cells.get((group_col, str(group), item_col, str(item)))
        return c.anchor if c else None

    def _lab(self, kind: str, codes: Iterable[str]) -> str:
        return ", ".join(self.rt.label(kind, c) for c in codes)

    def row(self, uid: str) -> dict[str, Any]:
        """One engagement's fields as shown (plain text, except ``evidence``: marked Markup)."""
        r = self.frame.loc[uid]
        date = r["date"].strftime("%Y-%m-%d") if not pd.isna(r["date"]) else "undated"
        if r["date_source"] == "document" and not pd.isna(r["date"]):
            date += " (document date)"
        return {"engagement": uid, "date": date, "provinces": self._lab("province", r["province"]),
                "partners": self._lab("partner", r["partner"]) or self._lab("region", r["region_named"]),
                "category": r["category"], "who": f"{r['official']} → {r['counterpart']}",
                "direction": r["direction"], "level": r["level"], "venue": r["venue"],
                "evidence": marked(r["evidence_text"] or "", r["marks"]), "documents": list(r["documents"])}

    def _title(self, c: Cell) -> str:
        kind = {"partner": "partner", "region": "region", "m49": "m49", "province": "province"}.get(c.item_col)
        item = self.rt.label(kind, c.item) if kind else c.item
        return (f"{self.rt.label(c.group_col, c.group)} · {c.item_col.replace('_', ' ')}: {item} — "
                f"{len(c.units)} of {c.denominator} engagements")

    # ------------------------------------------------------------------ HTML
    def _html_rows(self, uids: Iterable[str]) -> Markup:
        out = []
        for u in uids:
            d = self.row(u)
            out.append(Markup(f"<tr><td class=nowrap>{escape(d['date'])}</td><td>{escape(d['provinces'])}</td>"
                              f"<td>{escape(d['partners'])}</td><td>{escape(d['category'])}</td>"
                              f"<td>{escape(d['who'])}</td><td class=ev-text>{d['evidence']}</td>"
                              f"<td>{escape(' '.join(d['documents']))}</td></tr>"))
        return Markup("").join(out)

    _HEAD = Markup("<thead><tr><th>date</th><th>province</th><th>partners</th><th>category</th>"
                   "<th>official → counterpart</th><th>evidence</th><th>documents</th></tr></thead>")

    def html_sections(self) -> Markup:
        """One hidden-until-followed section per cell."""
        out = []
        for c in self.cells.values():
            out.append(Markup(f'<section class="ev" id="{c.anchor}"><h3>{escape(self._title(c))}</h3>'
                              f'<table class="evt">{self._HEAD}<tbody>{self._html_rows(c.units)}</tbody></table>'
                              f'<p><a href="#evidence">all engagements</a></p></section>'))
        return Markup("\n").join(out)

    def html_all(self) -> Markup:
        """Every selected engagement in one filterable table."""
        uids = list(self.rt.selection.frame.sort_values(["date", "doc"], na_position="last")["doc"])
        return Markup(f'<table class="evt" id="ev-all">{self._HEAD}<tbody>{self._html_rows(uids)}</tbody></table>')

    # -------------------------------------------------------------- Markdown / CSV
    def markdown_files(self) -> dict[str, str]:
        """``evidence/<group col>-<group>.md`` → text: per cell an anchored heading and a list."""
        files: dict[str, list[str]] = {}
        for c in self.cells.values():
            name = f"{c.group_col}-{slug(c.group)}.md"
            lines = files.setdefault(name, [f"# Evidence: {self.rt.label(c.group_col, c.group)}", ""])
            lines += [f'<a id="{c.anchor}"></a>', "", f"## {self._title(c)}", ""]
            for u in c.units:
                d = self.row(u)
                ev = str(d["evidence"]).replace("<mark>", "**").replace("</mark>", "**")
                ev = Markup(ev).unescape()
                lines.append(f"- {d['date']} · {d['provinces']} · {d['partners']} · {d['category']} · "
                             f"{d['who']}: {ev} ({', '.join(d['documents'])})")
            lines.append("")
        return {k: "\n".join(v) for k, v in files.items()}

    def md_link(self, group_col: str, group: Any, item_col: str, item: Any) -> str | None:
        """Relative Markdown link target of a cell (``evidence/FILE.md#anchor``)."""
        a = self.link(group_col, group, item_col, item)
        if a is None:
            return None
        return f"evidence/{group_col}-{slug(group)}.md#{a}"

    def csv_rows(self) -> list[dict[str, Any]]:
        """``evidence.csv``: one row per (cell, engagement)."""
        rows = []
        for c in self.cells.values():
            for u in c.units:
                r = self.frame.loc[u]
                rows.append({"cell": c.anchor, "group_column": c.group_col, "group": c.group,
                             "item_column": c.item_col, "item": c.item, "engagement": u,
                             "date": "" if pd.isna(r["date"]) else r["date"].strftime("%Y-%m-%d"),
                             "provinces": ";".join(r["province"]), "partners": ";".join(r["partner"]),
                             "category": r["category"], "official": r["official"], "counterpart": r["counterpart"],
                             "direction": r["direction"], "level": r["level"], "venue": r["venue"],
                             "evidence_text": r["evidence_text"], "documents": ";".join(r["documents"])})
        return rows
