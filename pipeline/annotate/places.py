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
from ..schemas import BlockerEntry, Document, Mention, OfficialEntry, code_kind, new_mention
from ..text import Normalized
from .officials import RULE_PREFIX, name_boundary_ok, national_title_before, post_for

Plan = tuple[tuple[tuple[str, str], ...], str]  # ((label, code) per mention, entry id)


def plan(entry: object, codes: tuple[str, ...]) -> Plan:
    """The mentions a hit of ``entry`` makes: one ``blocked`` for a blocker, else one
    per code that is a place code."""
    if isinstance(entry, BlockerEntry):
        return (("blocked", ""),), entry.id
    if isinstance(entry, OfficialEntry):
        return (("official", ""),), entry.id  # resolved per document (its date)
    return tuple((kind, code) for code in codes if (kind := code_kind(code)) is not None), entry.id  # type: ignore[attr-defined]


def _literal_plan(entry: object, surface: str, codes: tuple[str, ...], exact: str | None) -> tuple[Plan, str | None]:
    return plan(entry, codes), exact


def annotate_places(doc: Document, lexicon: Lexicon, *, norm: Normalized | None = None) -> list[Mention]:
    """Every place mention (one per code), plus ``blocked`` mentions for blocker hits.

    Short all-capital acronyms ("US") match only where the original is written so. An
    official's name becomes a ``province`` mention of the province he or she led on the
    document's date (rule ``official:<post entry id>``), or nothing.
    """
    norm = norm or lexicon.normalize(doc.text)
    matcher = lexicon.places
    literal = matcher.per_literal(_literal_plan)
    text, orig_span = doc.text, norm.orig_span
    out: list[Mention] = []
    append = out.append
    ntext = norm.text
    for start, end, idx, hit in matcher.spans(ntext, doc.date, pairs=norm.pairs):
        nstart, nend = start, end
        if hit is None:
            (made, entry_id), exact = literal[idx]
            rule = None
        else:
            made, entry_id = plan(hit.entry, hit.codes)
            exact, rule = hit.exact_case, hit.rule
        start, end = orig_span(start, end)
        t = text[start:end]
        if exact is not None and t != exact:
            continue
        for label, code in made:
            if label == "official":
                post = post_for(lexicon.official_posts.get(ntext[nstart:nend], ()), doc.date)
                if (post is not None and name_boundary_ok(text, start, end)
                        and not national_title_before(text, start)):
                    append(new_mention(start, end, t, "province", post.code, post.id, RULE_PREFIX + post.id))
                continue
            append(new_mention(start, end, t, label, code, entry_id, rule))
    return out
