"""Places annotator: provinces, foreign countries, regions and blocked forms.

Example:
    >>> from pipeline.lexicon import load
    >>> from pipeline.schemas import Document
    >>> ms = annotate_places(Document("d", "内蒙古代表团访问蒙古国"), load())
    >>> [(m.text, m.code) for m in ms]
    [('内蒙古', 'CN-NM'), ('蒙古国', 'MNG')]
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..schemas import BlockerEntry, Document, Mention, code_kind
from ..text import Normalized
from ._common import case_ok, mention


def annotate_places(doc: Document, lexicon: Lexicon, *, norm: Normalized | None = None) -> list[Mention]:
    """Every place mention (one per code), plus ``blocked`` mentions for blocker hits."""
    norm = norm or lexicon.normalize(doc.text)
    out: list[Mention] = []
    for hit in lexicon.places.find(norm.text, doc.date, pairs=norm.pairs):
        if hit.exact_case is not None and not case_ok(doc, norm, hit):
            continue
        if isinstance(hit.entry, BlockerEntry):
            out.append(mention(doc, norm, hit, "blocked", ""))
            continue
        for code in hit.codes:
            kind = code_kind(code)
            if kind is not None:
                out.append(mention(doc, norm, hit, kind, code))
    return out
