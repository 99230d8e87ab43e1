"""Places annotator: provinces, foreign countries, regions and blocked forms.

Example:
    >>> from pipeline.lexicon import load
    >>> from pipeline.schemas import Document
    >>> ms = annotate_places(Document("d", "内蒙古代表团访问蒙古国"), load())
    >>> [(m.text, m.code) for m in ms]
    [('内蒙古', 'CN-NM'), ('蒙古国', 'MNG')]
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..schemas import NO_TARGETS, BlockerEntry, Document, Mention, OfficialEntry, code_kind, new_mention
from ..text import Normalized
from .twins import resolve_twins
from .abbr_cities import city_after_visit_abbr
from .context import resolve_context_compounds
from .names import has_name_dot, inside_dotted_name
from .own_side import own_titles, seat_only
from .officials import (GIVEN_NAME_BEFORE, RULE_PREFIX, given_name_place, name_boundary_ok, national_title_before,
                        other_unit_title, post_for, titled_post, undated_person)

# labels a transliterated name's syllables never hide: a blocker, an official's name, a Chinese province
_NAMED_KEEP = frozenset(("blocked", "official", "province"))
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


def _literal_single(entry: object, surface: str, codes: tuple[str, ...],
                    exact: str | None) -> tuple[str, str, str] | None:
    """``(label, code, entry id)`` of a literal whose hit makes one mention whatever the
    text (one place code, not an official, no spelling to check); None otherwise."""
    (made, entry_id), exact = _literal_plan(entry, surface, codes, exact)
    if exact is None and len(made) == 1 and made[0][0] != "official":
        return made[0][0], made[0][1], entry_id
    return None


def annotate_places(doc: Document, lexicon: Lexicon, *, norm: Normalized | None = None) -> list[Mention]:
    """Every place mention (one per code), plus ``blocked`` mentions for blocker hits.

    Short all-capital acronyms ("US") match only where the original is written so. An
    official's name becomes a ``province`` mention of the province he or she led on the
    document's date (rule ``official:<post entry id>``), or nothing.
    """
    norm = norm or lexicon.normalize(doc.text)
    matcher = lexicon.places
    literal = matcher.per_literal(_literal_plan)
    single = matcher.per_literal(_literal_single)
    text, orig_span = doc.text, norm.orig_span
    same = norm.offsets is None  # (normalised offsets are the original ones)
    out: list[Mention] = []
    append = out.append
    ntext = norm.text
    # one string per distinct mention text: the mentions of 越南 share one (a long document
    # names the same places thousands of times; ~80 bytes a mention, issue 17)
    shared = {}.setdefault
    dotted = has_name_dot(text)  # (a transliterated name's syllables spell no place: 沙赫拉特 ⊃ 赫拉特)
    for start, end, idx, hit in matcher.spans(ntext, doc.date):
        if hit is None:
            one = single[idx]
            if one is not None and same:  # the common case, without the general path's steps (issue 17)
                if (start and text[start - 1] in GIVEN_NAME_BEFORE and one[0] != "blocked"
                        and given_name_place(text, start, end)):
                    continue  # a person's given name (副市长王长春), no place
                if dotted and one[0] not in _NAMED_KEEP and inside_dotted_name(text, start, end):
                    continue
                t = text[start:end]
                # (new_mention's fields, without its call: ~0.4 us a mention, tens of thousands a MB)
                append(Mention(start=start, end=end, text=shared(t, t), label=one[0], code=one[1], entry=one[2],
                               targets=NO_TARGETS))
                continue
            (made, entry_id), exact = literal[idx]
            rule = None
        else:
            made, entry_id = plan(hit.entry, hit.codes)
            exact, rule = hit.exact_case, hit.rule
        nstart, nend = start, end
        if not same:
            start, end = orig_span(start, end)
        t = text[start:end]
        if exact is not None and t != exact:
            continue
        given = ((start > 0 and text[start - 1] in GIVEN_NAME_BEFORE and given_name_place(text, start, end))
                 or (dotted and made and made[0][0] not in _NAMED_KEEP and inside_dotted_name(text, start, end)))
        t = shared(t, t)
        for label, code in made:
            if given and label not in ("official", "blocked"):
                continue
            if label == "official":
                posts = lexicon.official_posts.get(ntext[nstart:nend], ())
                post = post_for(posts, doc.date) or (titled_post(posts, text, start) if doc.date is None else None)
                person = undated_person(posts) if post is None and doc.date is None else None
                if ((post is not None or person is not None) and name_boundary_ok(text, start, end)
                        and not national_title_before(text, start)
                        and not other_unit_title(text, out[-1] if out else None, start, posts[0].code)):
                    if post is not None:
                        append(new_mention(start, end, t, "province", post.code, post.id, RULE_PREFIX + post.id))
                    else:  # undated, several posts in one province: the province, no post
                        append(new_mention(start, end, t, "province", posts[0].code, posts[0].id,
                                           RULE_PREFIX + str(person)))
                continue
            append(new_mention(start, end, t, label, code, entry_id, rule))
    out = city_after_visit_abbr(out, text, matcher, single, doc.date)  # 赴鄂尔多斯: the city the abbreviation begins
    resolve_context_compounds(out, lexicon)
    resolve_twins(out)
    if doc.source_province:
        own = source_province_mention(doc, out)
        if own is not None:
            out.append(own)
    return out


SOURCE_RULE = "source_province"
# how a provincial (or city) site names its own side without naming the province
_SELF_ZH = re.compile(r"我省|本省|全省|我区|本区|全区|我市|本市|全市|(?:自治区|省|市)(?:外办|外事办公室|委|政府|人大|政协|人民政府|党委)")
_SELF_EN = re.compile(
    r"\b(?:the|our) (?:province|provincial government|autonomous region|municipality|region's)\b"
    # an English city or provincial site: its own organs and titled leaders without a place name
    # ("the provincial Foreign Affairs Office", "the Municipal Government", "Mayor Zhou", "Governor Li")
    r"|\bthe (?:provincial|municipal|city) (?:(?:people's )?government|foreign affairs office|party committee"
    r"|(?:cpc )?committee|people's congress)\b|\b(?:Vice |Deputy |Executive Vice )?(?:Governor|Mayor)\s+(?-i:[A-Z][a-z]+)\b"
    # a provincial body named without its province (a provincial site's English: "the Provincial Association
    # for Friendship with Foreign Countries", "the Provincial Foreign Affairs Committee")
    r"|\bthe provincial (?:(?:people's|foreign|affairs|party|friendship|for|with|countries)\s+){0,4}?(?:association|committee"
    r"|commission|office|department|bureau|congress)\b", re.I)


def source_province_mention(doc: Document, places: list[Mention]) -> Mention | None:
    """The document's ``source_province`` as a ``province`` mention (rule
    ``source_province``) on the first place where the text names its own side only as
    我省 / 本省 / 省外办 / 省委 / "the province", unless the text names that province.

    A self-reference touching a named province (云南省外办, 云南省委) is that province's,
    not the source's; an English "the province" counts only in a text naming no province.
    """
    code = doc.source_province
    provinces = [m for m in places if m.label == "province" and not seat_only(doc.text, m.start)]
    if any(m.code == code for m in provinces):
        return None
    text = doc.text
    for m in sorted((*_SELF_ZH.finditer(text), *own_titles(text)), key=lambda m: m.start()):
        a, b = m.span()
        if any(p.start <= b and a <= p.end + 1 for p in provinces):
            continue  # inside or right after a named province: 云南省外办, 广西壮族自治区党委
        return new_mention(a, b, text[a:b], "province", code, SOURCE_RULE, SOURCE_RULE)  # type: ignore[arg-type]
    if not provinces:
        m = _SELF_EN.search(text)
        if m is not None:
            a, b = m.span()
            return new_mention(a, b, text[a:b], "province", code, SOURCE_RULE, SOURCE_RULE)  # type: ignore[arg-type]
    return None
