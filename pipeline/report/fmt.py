"""Formatting helpers shared by the HTML and Markdown writers: percentages, share cells, tables."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd
from markupsafe import Markup, escape


def pct(x: float) -> str:
    """``0.2157`` → ``21.6%`` (``–`` for a missing share).

    >>> pct(0.2157), pct(float("nan"))
    ('21.6%', '–')
    """
    return "–" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x * 100:.1f}%"


def share_cell(row: Any, ci: bool, href: str | None = None) -> Markup:
    """A share with the units behind it: ``21.6% 11/51 [12–33%]``; ``href``: linked to its evidence list."""
    txt = f"{pct(row['share'])} <small>{int(row['n'])}/{int(row['denominator'])}</small>"
    if href:
        txt = f'<a class="evl" href="{escape(href)}">{txt}</a>'
    if ci and "ci_low" in row and not pd.isna(row["ci_low"]):
        txt += f" <small>[{row['ci_low'] * 100:.0f}–{row['ci_high'] * 100:.0f}%]</small>"
    return Markup(txt)


def html_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], *, num: Iterable[int] = ()) -> Markup:
    """An HTML table; cells are escaped unless they are :class:`Markup`; ``num`` columns right-aligned."""
    num = set(num)
    head = "".join(f'<th{" class=num" if i in num else ""}>{escape(h)}</th>' for i, h in enumerate(headers))
    body = []
    for r in rows:
        body.append("<tr>" + "".join(f'<td{" class=num" if i in num else ""}>{escape(c)}</td>'
                                     for i, c in enumerate(r)) + "</tr>")
    if not body:
        body = [f'<tr><td colspan="{len(headers)}" class="muted">none</td></tr>']
    return Markup(f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")


def md_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A GitHub-flavoured Markdown table (``|`` in cells escaped)."""
    def cell(c: Any) -> str:
        return str(c).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(cell(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def _strip(m: Any) -> str:
    """Markup → plain text for Markdown and CSV."""
    return Markup(str(m)).striptags() if isinstance(m, Markup) else str(m)
