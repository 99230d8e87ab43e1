"""Percentile bootstrap intervals for shares, resampling units or clusters of units.

A share is ``n / denominator`` over a group's units (documents, or engagements). With
documents as the unit each document is resampled on its own. With engagements as the
unit the engagements of one document are not independent (one readout, one writer, one
tagging), so the *documents* are resampled as clusters: a resample draws documents with
replacement and takes every engagement of each drawn document, and the share is the
resampled numerator over the resampled denominator (a ratio estimator).
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd


def bootstrap(units: list[str], pairs: pd.DataFrame, item: str, *, n_boot: int, seed: int, key: str,
              clusters: Mapping[str, str] | None = None) -> dict[Any, tuple[float, float]]:
    """Percentile 95% intervals of each item's share within one group.

    Args:
        units: the group's denominator units (sorted; the resampling order depends on it).
        pairs: rows ``doc`` (a unit) and ``item`` for the units that count towards each item.
        item: the item column of ``pairs``.
        n_boot: resamples.
        seed: base seed; ``key`` (group and item names) is mixed in, so every table is reproducible.
        key: a name for this group and table.
        clusters: unit → cluster (its document). ``None``: every unit is its own cluster, which
            gives exactly the unit bootstrap.

    Returns:
        item → (low, high).

    Example:
        >>> import pandas as pd
        >>> p = pd.DataFrame({"doc": ["a#0", "a#1", "b#0"], "partner": ["VNM", "VNM", "LAO"]})
        >>> ci = bootstrap(["a#0", "a#1", "b#0"], p, "partner", n_boot=200, seed=0, key="k",
        ...                clusters={"a#0": "a", "a#1": "a", "b#0": "b"})
        >>> ci["VNM"][0] <= 2 / 3 <= ci["VNM"][1]
        True
    """
    if not units:
        return {}
    cl_of = (lambda u: u) if clusters is None else (lambda u: clusters[u])
    cl = sorted({cl_of(u) for u in units}) if clusters is not None else list(units)
    m = len(cl)
    pos = {c: i for i, c in enumerate(cl)}
    items = sorted(pairs[item].unique(), key=str)
    if not items:
        return {}
    col = {it: j for j, it in enumerate(items)}
    x = np.zeros((m, len(items)))
    den = np.zeros(m)
    for u in units:
        den[pos[cl_of(u)]] += 1.0
    for d, it in zip(pairs["doc"], pairs[item]):
        x[pos[cl_of(d)], col[it]] += 1.0
    rng = np.random.default_rng([seed, zlib.crc32(key.encode())])
    w = rng.multinomial(m, np.full(m, 1.0 / m), size=n_boot)  # n_boot × m resample multiplicities
    total = w @ den
    with np.errstate(invalid="ignore", divide="ignore"):
        means = (w @ x) / total[:, None]
    lo, hi = np.nanpercentile(means, [2.5, 97.5], axis=0)
    return {it: (float(lo[j]), float(hi[j])) for it, j in col.items()}
