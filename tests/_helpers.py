"""Helpers several test modules share (imported as ``from _helpers import …``: pytest puts
``tests/`` on the path of the modules it collects there)."""

from __future__ import annotations


def triples(rec) -> list[tuple]:
    """A record's engagements as sorted (provinces, sorted partners, regions, category) tuples:
    what a test of pairing and segmenting compares."""
    return sorted((tuple(e.provinces), tuple(sorted(e.partners)), tuple(e.regions), e.category)
                  for e in rec.engagements)
