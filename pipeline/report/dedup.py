"""The same engagement once: grouping engagements that several documents report (``tifa dedup``).

A readout of the provincial foreign-affairs office, the provincial daily, a national
outlet and an English wire report one meeting four times. Two engagements of two
different documents are one **group** when they are *compatible* (the same category,
the same provinces, overlapping partners; with no partner on either side, overlapping
or equally empty regions) and

* **key**: both are dated and their dates lie within ``window`` days (default ±3), or
* **text**: their documents are near-duplicates (MinHash over character shingles of the
  document's title and evidence sentences, estimated Jaccard ≥ ``threshold``) and their
  dates do not contradict that (one undated, or within the window).

So a Chinese and an English report of one event group through the key, an undated pair
only by text, and the same leader meeting the same ambassador a month later (a near-copy
of the first readout with another date) or two provinces meeting one ambassador on one
day stay apart. Two engagements of one document are never grouped (the extractor
already told them apart), also not through a chain of matches.

A group keeps every member (document id and engagement index) and one **merged**
engagement: the evidence of the member that states the most attributes, then has the
longest evidence sentence (the full readout over a one-line headline), each scalar attribute from the member whose
provenance scores it highest (ties: the most common value, then that member's), and the
union of provinces, partners and regions.

Example:
    >>> from pipeline.report.dedup import dedup  # doctest: +SKIP
    >>> result = dedup(records, window=3)  # doctest: +SKIP
    >>> result.merged, len(result.groups)  # doctest: +SKIP
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import E, TifaError
from ..schemas import Engagement, Provenance, Record

WINDOW_DAYS = 3
THRESHOLD = 0.7
NUM_PERM = 128
SHINGLE = 4
_SCALARS = ("direction", "venue", "official", "counterpart", "level", "date")
_DROP = re.compile(r"[\s\W_]+", re.UNICODE)
#: provenance key a deduplicated records file uses to list a merged engagement's members
DEDUP_KEY = "dedup"
#: provenance key under which the tagger keeps the evidence sentence (its text, start, end)
EVIDENCE_KEY = "evidence"


def evidence_sentence(e: Engagement) -> str | None:
    """The evidence sentence the tagger keeps in ``provenance["evidence"].text`` (``None`` when absent)."""
    p = e.provenance.get(EVIDENCE_KEY)
    return p.text if p is not None and p.text else None


@dataclass(frozen=True)
class Member:
    """One engagement of one document: ``doc#index``."""

    doc: str
    index: int
    engagement: Engagement
    record: Record

    @property
    def uid(self) -> str:
        return f"{self.doc}#{self.index}"

    @property
    def day(self) -> date | None:
        return parse_day(self.engagement.date or self.record.date)


@dataclass
class Group:
    """Engagements reporting one act: the members, what matched, and the merged engagement."""

    members: list[Member]
    matched: list[str] = field(default_factory=list)
    merged: Engagement | None = None
    representative: Member | None = None

    @property
    def documents(self) -> list[str]:
        return list(dict.fromkeys(m.doc for m in self.members))


@dataclass
class DedupResult:
    """Every engagement in a group (singletons included), in input order of their first member."""

    groups: list[Group]
    n_engagements: int
    window: int
    threshold: float

    @property
    def merged(self) -> int:
        """How many engagements were folded into another one (engagements − groups)."""
        return self.n_engagements - len(self.groups)

    def duplicates(self) -> list[Group]:
        """The groups with more than one member."""
        return [g for g in self.groups if len(g.members) > 1]

    def same_event_pairs(self) -> set[tuple[str, str]]:
        """Every unordered pair of member ids put in one group (for precision and recall)."""
        out = set()
        for g in self.groups:
            ids = sorted(m.uid for m in g.members)
            out |= {(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]}
        return out


def parse_day(value: str | None) -> date | None:
    """An ISO date (``YYYY-MM-DD``; a bare month or year is not a day) or ``None``.

    >>> parse_day("2024-04-27"), parse_day("2024-04"), parse_day(None)
    (datetime.date(2024, 4, 27), None, None)
    """
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def compatible(a: Engagement, b: Engagement) -> bool:
    """Same category and provinces, overlapping partners (or, partnerless, regions)."""
    if a.category != b.category or set(a.provinces) != set(b.provinces):
        return False
    if a.partners or b.partners:
        return bool(set(a.partners) & set(b.partners))
    return bool(set(a.regions) & set(b.regions)) or (not a.regions and not b.regions)


def document_text(record: Record) -> str:
    """What the near-duplicate test reads: the title and the evidence sentences (or mentions)."""
    parts = [record.title or ""]
    parts += [evidence_sentence(e) or "" for e in record.engagements]
    if not any(evidence_sentence(e) for e in record.engagements):
        parts += [m.text for m in record.mentions]
    return " ".join(p for p in parts if p)


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Character ``k``-shingles of the text lowercased, without spaces and punctuation.

    >>> sorted(shingles("Ab, cd!", 3))
    ['abc', 'bcd']
    """
    t = _DROP.sub("", text.lower())
    if len(t) <= k:
        return {t} if t else set()
    return {t[i:i + k] for i in range(len(t) - k + 1)}


def near_duplicates(records: Sequence[Record], *, threshold: float = THRESHOLD, num_perm: int = NUM_PERM,
                    k: int = SHINGLE) -> dict[tuple[str, str], float]:
    """Pairs of documents whose texts are near-duplicates, with their estimated Jaccard similarity.

    MinHash signatures (datasketch) of character shingles, candidate pairs from LSH, kept when
    the estimated similarity reaches ``threshold``. Deterministic (fixed seed).
    """
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    sigs: dict[str, MinHash] = {}
    for r in records:
        sh = shingles(document_text(r), k)
        if not sh:
            continue
        mh = MinHash(num_perm=num_perm, seed=1)
        mh.update_batch([s.encode("utf-8") for s in sorted(sh)])
        sigs[r.id] = mh
        lsh.insert(r.id, mh)
    out: dict[tuple[str, str], float] = {}
    for rid, mh in sigs.items():
        for other in lsh.query(mh):
            if other == rid:
                continue
            pair = (rid, other) if rid < other else (other, rid)
            if pair not in out:
                j = mh.jaccard(sigs[other])
                if j >= threshold:
                    out[pair] = j
    return out


def _candidates(members: list[Member], near: dict[tuple[str, str], float], window: int) -> list[tuple]:
    """Matching pairs as (strength, a, b, reason), strongest first."""
    pairs = []
    blocks: dict[tuple, list[Member]] = {}
    for m in members:
        blocks.setdefault((m.engagement.category, frozenset(m.engagement.provinces)), []).append(m)
    for block in blocks.values():
        dated = sorted((m for m in block if m.day), key=lambda m: m.day)
        for i, a in enumerate(dated):
            for b in dated[i + 1:]:
                gap = (b.day - a.day).days
                if gap > window:
                    break
                if a.doc != b.doc and compatible(a.engagement, b.engagement):
                    pairs.append((gap, a, b, f"key (dates {gap} day{'s' if gap != 1 else ''} apart)"))
    by_doc: dict[str, list[Member]] = {}
    for m in members:
        by_doc.setdefault(m.doc, []).append(m)
    for (da, db), j in near.items():
        for a in by_doc.get(da, []):
            for b in by_doc.get(db, []):
                if not compatible(a.engagement, b.engagement):
                    continue
                if a.day and b.day:
                    if abs((a.day - b.day).days) > window:
                        continue  # a near-copy of an earlier readout, about another day: a look-alike
                    pairs.append((-j, a, b, f"text (MinHash Jaccard {j:.2f})"))
                else:
                    pairs.append((1.0 - j, a, b, f"text (MinHash Jaccard {j:.2f}, undated)"))
    pairs.sort(key=lambda p: (p[0], p[1].uid, p[2].uid))
    return pairs


def _merge(members: list[Member]) -> tuple[Engagement, Member]:
    """The merged engagement of a group and its representative (fullest evidence)."""
    def ev_len(m: Member) -> int:
        e = m.engagement
        return len(evidence_sentence(e) or "") or (e.evidence[1] - e.evidence[0] if len(e.evidence) == 2 else 0)

    def filled(m: Member) -> int:
        return sum(getattr(m.engagement, a) is not None for a in _SCALARS)

    rep = sorted(members, key=lambda m: (-filled(m), -ev_len(m), m.doc, m.index))[0]
    if len(members) == 1:
        return rep.engagement, rep
    base = rep.engagement.model_copy(deep=True)
    for attr in _SCALARS:
        cands = [m for m in members if getattr(m.engagement, attr) is not None]
        if not cands:
            continue
        counts = Counter(getattr(m.engagement, attr) for m in cands)

        def rank(m: Member, attr: str = attr, counts: Counter = counts) -> tuple:
            p = m.engagement.provenance.get(attr)
            return (-(p.score if p else 0.0), -counts[getattr(m.engagement, attr)], m is not rep, m.doc, m.index)

        best = sorted(cands, key=rank)[0]
        setattr(base, attr, getattr(best.engagement, attr))
        if best is not rep:
            p = best.engagement.provenance.get(attr)
            base.provenance[attr] = Provenance(source=p.source if p else "rule", rule=f"dedup:from {best.uid}",
                                               text=p.text if p else None, score=p.score if p else 0.0)
    for attr in ("provinces", "partners", "regions"):
        setattr(base, attr, list(dict.fromkeys(x for m in [rep, *members] for x in getattr(m.engagement, attr))))
    return base, rep


class _Groups:
    """Union-find over members that never puts two engagements of one document together."""

    def __init__(self, members: list[Member]) -> None:
        self.parent = {m.uid: m.uid for m in members}
        self.docs = {m.uid: {m.doc} for m in members}
        self.why: dict[str, list[str]] = {m.uid: [] for m in members}

    def find(self, u: str) -> str:
        while self.parent[u] != u:
            self.parent[u] = self.parent[self.parent[u]]
            u = self.parent[u]
        return u

    def union(self, a: str, b: str, reason: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or self.docs[ra] & self.docs[rb]:
            return
        self.parent[rb] = ra
        self.docs[ra] |= self.docs.pop(rb)
        self.why[ra] += self.why.pop(rb) + [f"{a}~{b}: {reason}"]


def dedup(records: Iterable[Record], *, window: int = WINDOW_DAYS, threshold: float = THRESHOLD,
          num_perm: int = NUM_PERM) -> DedupResult:
    """Group the engagements of ``records`` that report one act (see the module notes).

    Args:
        records: records carrying ``engagements``.
        window: dates at most this many days apart match (``0``: the same day only).
        threshold: MinHash Jaccard similarity from which two documents are near-duplicates.
        num_perm: MinHash permutations.

    Returns:
        A :class:`DedupResult` with every engagement in exactly one group.

    Raises:
        TifaError: ``E066`` for a negative window or a threshold outside (0, 1].
    """
    if window < 0 or not 0 < threshold <= 1:
        raise TifaError(E.DEDUP_OPTION, detail=f"--window {window}, --threshold {threshold}")
    records = list(records)
    members = [Member(r.id, i, e, r) for r in records for i, e in enumerate(r.engagements)]
    near = near_duplicates([r for r in records if r.engagements], threshold=threshold, num_perm=num_perm)
    uf = _Groups(members)
    for _s, a, b, reason in _candidates(members, near, window):
        uf.union(a.uid, b.uid, reason)
    grouped: dict[str, list[Member]] = {}
    for m in members:
        grouped.setdefault(uf.find(m.uid), []).append(m)
    groups = []
    for root, ms in grouped.items():
        merged, rep = _merge(ms)
        groups.append(Group(members=ms, matched=uf.why.get(root, []), merged=merged, representative=rep))
    return DedupResult(groups=groups, n_engagements=len(members), window=window, threshold=threshold)


def deduplicated_records(records: Sequence[Record], result: DedupResult) -> list[Record]:
    """The records with each group's engagement kept once, on its representative's record.

    The kept engagement is the merged one; its ``provenance["dedup"]`` lists the members
    (``text``: ``doc#i`` ids separated by spaces; ``rule``: what matched). Other members'
    engagements are removed from their records; record-level fields are unchanged.
    """
    keep: dict[str, tuple[Group, Engagement]] = {}
    drop: set[str] = set()
    for g in result.groups:
        rep = g.representative
        if len(g.members) == 1:
            continue
        e = g.merged.model_copy(deep=True)
        e.provenance[DEDUP_KEY] = Provenance(source="rule", rule="; ".join(g.matched)[:2000],
                                             text=" ".join(m.uid for m in g.members), score=float(len(g.members)))
        keep[rep.uid] = (g, e)
        drop |= {m.uid for m in g.members if m is not rep}
    out = []
    for r in records:
        engs = []
        for i, e in enumerate(r.engagements):
            uid = f"{r.id}#{i}"
            if uid in drop:
                continue
            engs.append(keep[uid][1] if uid in keep else e)
        out.append(r.model_copy(update={"engagements": engs}))
    return out


def members_of(record: Record, index: int, engagement: Engagement) -> list[str]:
    """Member ids of an engagement: those a deduplicated file lists, else ``[doc#index]``."""
    p = engagement.provenance.get(DEDUP_KEY)
    if p is not None and p.text:
        return p.text.split()
    return [f"{record.id}#{index}"]


DUPLICATES_COLUMNS = ["group", "size", "documents", "members", "kept", "matched", "category", "provinces",
                      "partners", "date"]


def duplicates_rows(result: DedupResult) -> list[dict[str, object]]:
    """One row per merged group (more than one member), for ``duplicates.csv``."""
    rows = []
    for i, g in enumerate(result.duplicates(), 1):
        e = g.merged
        rows.append({"group": i, "size": len(g.members), "documents": ";".join(g.documents),
                     "members": ";".join(m.uid for m in g.members), "kept": g.representative.uid,
                     "matched": " | ".join(g.matched), "category": e.category, "provinces": ";".join(e.provinces),
                     "partners": ";".join(e.partners), "date": e.date or ""})
    return rows


def write_duplicates(result: DedupResult, path: str | Path) -> str:
    """Write ``duplicates.csv`` (UTF-8 with BOM) atomically; returns the path."""
    import csv

    from ..io import AtomicWriter

    with AtomicWriter(Path(path)) as fh:
        fh.write("\ufeff")
        w = csv.DictWriter(fh, fieldnames=DUPLICATES_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(duplicates_rows(result))
    return str(path)


def run_dedup(paths: Sequence[str], out: str | Path, *, duplicates: str | Path | None = None,
              window: int = WINDOW_DAYS, threshold: float = THRESHOLD) -> dict[str, object]:
    """What ``tifa dedup`` does: read records, group engagements, write deduplicated records and ``duplicates.csv``.

    Returns:
        Counts (``records``, ``engagements``, ``merged``, ``groups`` with several members), the
        ``duplicates`` path and reading ``problems`` (``W016`` when no record carries engagements).

    Raises:
        TifaError: ``E060``/``E061`` for unreadable input, ``E066`` for bad options.
    """
    from ..io import AtomicWriter
    from ..errors import Problem
    from .read import load_records

    if window < 0 or not 0 < threshold <= 1:
        raise TifaError(E.DEDUP_OPTION, detail=f"--window {window}, --threshold {threshold}")
    rs = load_records(paths)
    if not rs.records:
        raise TifaError(E.RECORDS_EMPTY, path=", ".join(rs.files) or ", ".join(paths),
                        detail=f"{rs.lines} line(s), {rs.skipped} malformed")
    if not any(r.engagements for r in rs.records):
        rs.problems.append(Problem(E.RECORDS_NO_ENGAGEMENTS, ", ".join(rs.files), detail="nothing to deduplicate"))
    result = dedup(rs.records, window=window, threshold=threshold)
    out = Path(out)
    with AtomicWriter(out) as fh:
        for r in deduplicated_records(rs.records, result):
            fh.write(r.model_dump_json(exclude_none=False) + "\n")
    dup_path = Path(duplicates) if duplicates else out.with_name("duplicates.csv")
    write_duplicates(result, dup_path)
    return {"records": len(rs.records), "engagements": result.n_engagements, "merged": result.merged,
            "groups": len(result.duplicates()), "duplicates": str(dup_path), "problems": [str(p) for p in rs.problems]}
