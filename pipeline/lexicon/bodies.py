"""Foreign bodies (``foreign_bodies.yaml``): international organisations and foreign firms named
without a country, compiled into one pattern per loaded lexicon (their ids and forms are checked with the
rest of the lexicon's, :mod:`pipeline.lexicon.check`).

The engagement policy asks whether a sentence names such a party (TAXONOMY §3 rule 5;
:mod:`pipeline.engagement.foreign_bodies`). The lexicon compiles the entries once, on first
use (:attr:`pipeline.lexicon.Lexicon.foreign_bodies`): each form in the lexicon's normal form
(NFKC, lower case, Simplified), Chinese forms as substrings, English ones between word
boundaries, like the text the policy reads.

Example:
    >>> from pipeline.entries import ForeignBodyEntry
    >>> bodies = compile_bodies([ForeignBodyEntry(id="body.org.adb", kind="org", zh=["亚洲开发银行"],
    ...                                           en=["Asian Development Bank"])], term=str.lower)
    >>> bodies.named("省长会见亚洲开发银行副行长"), bodies.named("met the asian development bank's chief")
    (True, True)
    >>> bodies.named("省长会见省商务厅负责人"), bodies.named("asian development banks")
    (False, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from ..entries import ForeignBodyEntry
from ..regexopt import trie_alternation
from ..rx import skipping


@dataclass(frozen=True)
class ForeignBodies:
    """The compiled forms of ``foreign_bodies.yaml``.

    Attributes:
        pattern: one alternation of every form (None: the lexicon lists none).
        entries: the entries it was compiled from (file order).
    """

    pattern: re.Pattern[str] | None
    entries: tuple[ForeignBodyEntry, ...] = ()

    def named(self, text: str) -> bool:
        """Whether ``text`` (lower-case Simplified) names one of the bodies."""
        return self.pattern is not None and self.pattern.search(text) is not None


def compile_bodies(entries: Sequence[ForeignBodyEntry], *, term: Callable[[str], str]) -> ForeignBodies:
    """One pattern of every form of ``entries``, each normalised by ``term`` (the lexicon's
    :meth:`~pipeline.text.Normalizer.term`): Chinese forms (``zh``, ``zh_hant``) match anywhere,
    English ones (``en``) only between word boundaries."""
    zh = {term(s) for e in entries for s in (*e.zh, *e.zh_hant)}
    en = {term(s) for e in entries for s in e.en}
    parts = ([trie_alternation(zh)] if zh else []) + ([rf"\b(?:{trie_alternation(en)})\b"] if en else [])
    return ForeignBodies(skipping(re.compile("|".join(parts))) if parts else None, tuple(entries))
