"""What goes into a report: :class:`ReportOptions`, its vocabularies, and date bounds."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from ..errors import E, TifaError
from ..schemas import ENGAGEMENT_CATEGORIES, FORMULATION_TYPES

AXES = ("province", "partner", "region")
FORMATS = ("html", "md", "csv")
PERIODS = ("month", "quarter")
LABELS = ("both", "zh", "en", "code")
UNITS = ("auto", "engagement", "document")
NOT_FOREIGN = frozenset({"domestic_coordination"})
# per-group item tables for each --by axis: (table name, item column)
ITEMS_BY = {
    "province": (("partners", "partner"), ("regions", "region"), ("m49", "m49")),
    "partner": (("provinces", "province"), ("regions", "region")),
    "region": (("provinces", "province"), ("partners", "partner")),
}


@dataclass(frozen=True)
class ReportOptions:
    """What goes into a report; every field has a CLI option of the same name.

    Attributes:
        by: grouping of the per-group sections: ``province``, ``partner`` or ``region``.
        since: keep documents dated on or after this (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``);
            undated documents are dropped when ``since`` or ``until`` is given.
        until: keep documents dated on or before this (a month or year means its last day).
        min_docs: leave out groups with fewer documents than this (listed in the notes).
        engagements: keep only documents of these engagement categories.
        formulations: keep only documents using at least one of these formulation types.
        period: ``month`` or ``quarter`` for the time series.
        ci: add bootstrap 95% intervals to every share.
        n_boot: bootstrap resamples.
        seed: bootstrap seed.
        top: how many partners/regions/entries per group in charts and the HTML.
        labels: ``both`` (云南 Yunnan), ``zh``, ``en`` or ``code``.
        unit: what a share counts: ``engagement`` (TAXONOMY.md §3b), ``document``, or ``auto``
            (engagements when the records carry them, else documents with a ``W016`` warning).
        dedup: count each engagement once when several documents report it (:mod:`.dedup`).
        window: dedup: dates at most this many days apart match.
        threshold: dedup: MinHash Jaccard similarity from which documents are near-duplicates.
    """

    by: str = "province"
    since: str | None = None
    until: str | None = None
    min_docs: int = 1
    engagements: tuple[str, ...] = ()
    formulations: tuple[str, ...] = ()
    period: str = "quarter"
    ci: bool = False
    n_boot: int = 1000
    seed: int = 0
    top: int = 10
    labels: str = "both"
    unit: str = "auto"
    dedup: bool = False
    window: int = 3
    threshold: float = 0.7

    def check(self) -> ReportOptions:
        """Validate the options; raises ``E062``/``E063``/``E064`` with what to fix."""
        for name, value, allowed in (("by", self.by, AXES), ("period", self.period, PERIODS),
                                     ("labels", self.labels, LABELS), ("unit", self.unit, UNITS)):
            if value not in allowed:
                raise TifaError(E.REPORT_OPTION, detail=f"--{name} {value!r}: choose {', '.join(allowed)}")
        if self.min_docs < 1 or self.top < 1 or self.n_boot < 10:
            raise TifaError(E.REPORT_OPTION, detail="--min-docs and --top must be at least 1, --n-boot at least 10")
        bad = [e for e in self.engagements if e not in ENGAGEMENT_CATEGORIES]
        bad += [f for f in self.formulations if f not in FORMULATION_TYPES]
        if bad:
            raise TifaError(E.REPORT_FILTER, detail=", ".join(bad))
        if self.window < 0 or not 0 < self.threshold <= 1:
            raise TifaError(E.DEDUP_OPTION, detail=f"--window {self.window}, --threshold {self.threshold}")
        for name in ("since", "until"):
            bound(getattr(self, name), end=name == "until")
        return self


_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def bound(value: str | None, *, end: bool = False) -> pd.Timestamp | None:
    """A ``--since``/``--until`` value as a timestamp (``end``: the last day of a year or month).

    >>> bound("2024-02", end=True), bound("2024")
    (Timestamp('2024-02-29 00:00:00'), Timestamp('2024-01-01 00:00:00'))
    """
    if value is None:
        return None
    if not _DATE.match(value):
        raise TifaError(E.REPORT_DATE, detail=repr(value))
    try:
        ts = pd.Timestamp(value)
    except ValueError:
        raise TifaError(E.REPORT_DATE, detail=repr(value)) from None
    if end and len(value) == 4:
        return ts + pd.offsets.YearEnd(0)
    if end and len(value) == 7:
        return ts + pd.offsets.MonthEnd(0)
    return ts
