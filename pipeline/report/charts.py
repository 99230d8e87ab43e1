"""Charts as inline SVG strings (matplotlib, no pyplot state, text kept as text).

``svg.fonttype = 'none'`` writes labels as ``<text>`` elements, so the browser draws
Chinese with whatever CJK font the viewer has; the machine making the report needs none.
Margins are computed from label widths counted in em (a CJK character is one em, see
:func:`~pipeline.report.rollup.display_width`), so layout does not depend on which fonts
matplotlib found either.

Example:
    >>> svg = bar_svg(["云南 Yunnan", "广西 Guangxi"], [0.5, 0.25], ["50% (n=2/4)", "25% (n=1/4)"], title="t")
    >>> svg.startswith("<svg") and "云南 Yunnan" in svg
    True
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections.abc import Sequence

import numpy as np

from .rollup import display_width

FONT_STACK = ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
              "Microsoft YaHei", "PingFang SC", "DejaVu Sans"]
FONT_PT = 9.0
BAR = "#3b6ea5"
CMAP = "YlGnBu"


def _rc() -> dict[str, object]:
    return {"svg.fonttype": "none", "font.family": "sans-serif", "font.sans-serif": FONT_STACK,
            "font.size": FONT_PT, "axes.spines.top": False, "axes.spines.right": False,
            "svg.hashsalt": "tifa", "axes.titlesize": FONT_PT + 2, "axes.titleweight": "bold"}


def _figure(width: float, height: float):
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=72)


def _svg(fig) -> str:
    """The figure as an ``<svg>`` element (no XML prolog, scalable, no metadata date)."""
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": "tifa report"})  # inside _matplotlib()
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, count=1, flags=re.DOTALL)
    svg = re.sub(r'<svg([^>]*?) width="([\d.]+)pt" height="([\d.]+)pt"',
                 lambda m: f'<svg{m.group(1)} width="{m.group(2)}pt" height="{m.group(3)}pt" '
                           f'style="max-width:100%;height:auto" role="img"', svg, count=1)
    return svg


def _inches(labels: Sequence[str], pt: float = FONT_PT) -> float:
    return max((display_width(s) for s in labels), default=0.0) * pt / 72.0


def bar_svg(labels: Sequence[str], values: Sequence[float], notes: Sequence[str], *, title: str,
            xlabel: str = "share of documents", lows: Sequence[float] | None = None,
            highs: Sequence[float] | None = None, percent: bool = True) -> str:
    """Horizontal bars, top row first, each annotated (e.g. ``21% (n=13/62)``).

    Values are shares (0–1) shown as percentages, or plain numbers when ``percent`` is false.
    """
    with _matplotlib():
        n = len(labels)
        left = _inches(labels) + 0.25
        right = _inches(notes) + 0.2
        width = max(6.0, left + right + 3.5)
        height = 0.75 + 0.26 * max(n, 1)
        fig = _figure(width, height)
        ax = fig.add_axes((left / width, 0.45 / height, 1 - (left + right) / width, 1 - 0.75 / height))
        y = np.arange(n)
        vals = np.asarray(values, dtype=float)
        err = None
        if lows is not None and highs is not None:
            err = np.vstack([vals - np.asarray(lows, dtype=float), np.asarray(highs, dtype=float) - vals])
            err = np.clip(np.nan_to_num(err), 0, None)
        ax.barh(y, vals, color=BAR, height=0.7, xerr=err, error_kw={"ecolor": "#555", "capsize": 2, "lw": 0.8})
        ax.set_yticks(y, labels)
        ax.invert_yaxis()
        top = max(float(np.nanmax(highs)) if highs is not None and len(highs) else 0.0,
                  float(vals.max()) if n else 0.0, 0.05)
        ax.set_xlim(0, min(1.0, top * 1.05) if percent else top * 1.02)
        if percent:
            ax.xaxis.set_major_formatter(_percent())
        for yi, v, note in zip(y, vals, notes):
            ax.annotate(note, (ax.get_xlim()[1], yi), xytext=(4, 0), textcoords="offset points", va="center",
                        fontsize=FONT_PT - 1, color="#333", annotation_clip=False)
        ax.set_title(title, loc="left")
        ax.set_xlabel(xlabel, fontsize=FONT_PT - 1)
        ax.tick_params(axis="y", length=0)
        return _svg(fig)


def heatmap_svg(values: np.ndarray, row_labels: Sequence[str], col_labels: Sequence[str], *, title: str,
                colorbar: str = "share of the row's engagements",
                urls: Sequence[Sequence[str | None]] | None = None) -> str:
    """A heat map of row shares (0–1); each non-zero cell shows its percentage.

    ``urls[i][j]``: a link for cell (i, j) (SVG ``<a>`` around its number and a transparent
    cell-sized target), e.g. ``#ev-…`` to the engagements behind it.
    """
    with _matplotlib():
        from matplotlib.patches import Rectangle

        nr, nc = len(row_labels), len(col_labels)
        cell = 0.42
        left = _inches(row_labels) + 0.25
        bottom = _inches(col_labels) + 0.3
        width = left + cell * max(nc, 1) + 1.3
        height = bottom + cell * max(nr, 1) + 0.6
        fig = _figure(width, height)
        ax = fig.add_axes((left / width, bottom / height, cell * max(nc, 1) / width, cell * max(nr, 1) / height))
        data = np.nan_to_num(np.asarray(values, dtype=float).reshape(nr, nc))
        im = ax.imshow(data, cmap=CMAP, vmin=0, vmax=max(float(data.max()), 0.01), aspect="auto")
        ax.set_xticks(np.arange(nc), col_labels, rotation=90)
        ax.set_yticks(np.arange(nr), row_labels)
        ax.tick_params(length=0)
        for side in ("top", "right", "left", "bottom"):
            ax.spines[side].set_visible(False)
        hi = max(float(data.max()), 0.01)
        for i in range(nr):
            for j in range(nc):
                v = data[i, j]
                if v <= 0:
                    continue
                txt = f"{v * 100:.0f}"
                t = ax.text(j, i, txt, ha="center", va="center", fontsize=FONT_PT - 2,
                            color="white" if v > 0.55 * hi else "#222")
                url = urls[i][j] if urls is not None else None
                if url:
                    t.set_url(url)
                    ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, facecolor="white", alpha=0.01, lw=0, url=url))
        cax = fig.add_axes(((left + cell * max(nc, 1) + 0.2) / width, bottom / height, 0.15 / width,
                            min(cell * max(nr, 1), 3.0) / height))
        cb = fig.colorbar(im, cax=cax)
        cb.ax.yaxis.set_major_formatter(_percent())
        cb.set_label(colorbar, fontsize=FONT_PT - 1)
        ax.set_title(title, loc="left", pad=8)
        return _svg(fig)


def lines_svg(periods: Sequence[str], series: dict[str, Sequence[float]], *, title: str, ylabel: str,
              percent: bool = False) -> str:
    """One line per series over the periods (shares when ``percent``)."""
    with _matplotlib():
        legend_w = _inches(list(series)) + 0.6
        width, height = max(6.5, 4.5 + legend_w), 3.0
        fig = _figure(width, height)
        ax = fig.add_axes((0.7 / width, 0.75 / height, 1 - (0.9 + legend_w) / width, 1 - 1.1 / height))
        x = np.arange(len(periods))
        for name, ys in series.items():
            ax.plot(x, ys, marker="o", ms=3, lw=1.5, label=name)
        ax.set_xticks(x, periods, rotation=45 if len(periods) > 6 else 0, ha="right" if len(periods) > 6 else "center")
        if percent:
            ax.yaxis.set_major_formatter(_percent())
        else:
            from matplotlib.ticker import MaxNLocator

            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylim(bottom=0)
        ax.set_ylabel(ylabel)
        ax.set_title(title, loc="left")
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=FONT_PT - 1)
        return _svg(fig)


def _percent():
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda v, _pos: f"{v * 100:.0f}%")


class _matplotlib:
    """Context for building a figure: the SVG rc settings and no glyph warnings."""

    def __enter__(self) -> None:
        import matplotlib

        self._ctx = matplotlib.rc_context(_rc())
        self._ctx.__enter__()
        self._warn = warnings.catch_warnings()
        self._warn.__enter__()
        warnings.simplefilter("ignore")
        self._logger = logging.getLogger("matplotlib.font_manager")
        self._level = self._logger.level
        self._logger.setLevel(logging.ERROR)

    def __exit__(self, *exc: object) -> None:
        self._logger.setLevel(self._level)
        self._warn.__exit__(*exc)
        self._ctx.__exit__(*exc)
