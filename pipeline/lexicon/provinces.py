"""Province names to codes, with the lexicon's place names (layer ``lexicon``).

A document's ``source_province`` (TAXONOMY §2, §4) may be given as a code (``CN-YN``) or a
name (``云南``, ``云南省``, ``Yunnan``, ``inner_mongolia``): on the command line
(``--source-province``), per JSONL line, or to the Python API. One function reads them all,
so that the three inputs take the same values.

Example:
    >>> from pipeline.lexicon import load
    >>> lex = load()
    >>> province_code("云南", lex), province_code("inner-mongolia", lex), province_code("CN-jl", lex)
    ('CN-YN', 'CN-NM', 'CN-JL')
    >>> province_code("Atlantis", lex) is None
    True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..errors import E, TifaError
from ..schemas import Document, code_kind

if TYPE_CHECKING:
    from .model import Lexicon

_SEPARATORS = re.compile(r"[\s_\-]+")
_SUFFIXES = ("省", "市", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", " province", " municipality",
             " autonomous region")
#: where a document keeps a ``source_province`` given as a name until a lexicon reads it
GIVEN = "source_province_given"


def _key(s: str, lexicon: Lexicon) -> str:
    return _SEPARATORS.sub(" ", lexicon.normalizer.term(s)).strip()


def province_code(value: str, lexicon: Lexicon) -> str | None:
    """The ISO 3166-2:CN code a code or province name stands for, else None."""
    v = value.strip()
    if code_kind(v.upper()) == "province":
        return v.upper()
    key = _key(v, lexicon)
    for suffix in ("",) + _SUFFIXES:
        want = key[: -len(suffix)].strip() if suffix and key.endswith(suffix) else key
        if suffix and want == key:
            continue
        for e in lexicon.places_entries:
            if e.kind != "name" or len(e.codes) != 1 or code_kind(e.codes[0]) != "province":
                continue
            if any(_key(s, lexicon) == want for s, _ in e.surfaces()):
                return e.codes[0]
    return None


def settle_source_province(doc: Document, lexicon: Lexicon) -> Document:
    """Read a ``source_province`` the document was given as a name (kept in ``doc.meta``
    under :data:`GIVEN` by :func:`pipeline.documents.as_document`) into its code.

    Raises:
        TifaError: E013 when the name is no province's; the document is not tagged.
    """
    given = doc.meta.get(GIVEN)
    if given is None:
        return doc
    code = province_code(str(given), lexicon)
    if code is None:
        raise TifaError(E.SOURCE_PROVINCE, path=doc.source or doc.id,
                        detail=f'document {doc.id}: "source_province" {given!r}')
    doc.meta.pop(GIVEN)
    if doc.source_province is None:
        doc.source_province = code
    return doc
