"""Document inputs that are not text: the source province (TAXONOMY §2, §4).

A document's ``source_province`` is the province whose site or folder it came from. It
is given per document (the JSONL field ``source_province``), for a whole run
(``tifa tag --source-province CN-JL``), or read from the folder a file sits in
(``--source-province from-folder``: ``yunnan/``, ``云南/``, ``CN-YN/``). It only
supplies the actor of a text that names its province as 我省 / 省外办 / "the province"
(:func:`pipeline.annotate.places.annotate_places`), marked ``rule: source_province``.

Example:
    >>> from pipeline.lexicon import load
    >>> lex = load()
    >>> province_code("云南", lex), province_code("inner-mongolia", lex), province_code("CN-jl", lex)
    ('CN-YN', 'CN-NM', 'CN-JL')
    >>> province_from_path("reports/yunnan/2024/a.html", lex)
    'CN-YN'
"""

from __future__ import annotations

import re
from pathlib import PurePath

from .errors import TifaError
from .lexicon import Lexicon
from .schemas import Document, code_kind

FROM_FOLDER = "from-folder"
_SEPARATORS = re.compile(r"[\s_\-]+")
_SUFFIXES = ("省", "市", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", " province", " municipality",
             " autonomous region")


def _key(s: str, lexicon: Lexicon) -> str:
    return _SEPARATORS.sub(" ", lexicon.normalizer.term(s)).strip()


def province_code(value: str, lexicon: Lexicon) -> str | None:
    """The ISO 3166-2:CN code a code or province name stands for (``CN-YN``, ``云南``,
    ``云南省``, ``Yunnan``, ``inner_mongolia``), else None."""
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


def province_from_path(path: str | PurePath, lexicon: Lexicon) -> str | None:
    """The province named by the nearest folder of ``path`` that names one."""
    for part in reversed(PurePath(path).parent.parts):
        code = province_code(part, lexicon)
        if code is not None:
            return code
    return None


def check_setting(value: str | None, lexicon: Lexicon) -> str | None:
    """A ``--source-province`` value as a code or :data:`FROM_FOLDER`.

    Raises:
        TifaError: E011 when the value names no province.
    """
    if value is None or value == FROM_FOLDER:
        return value
    code = province_code(value, lexicon)
    if code is None:
        raise TifaError("E013", detail=value)
    return code


def apply_source_province(doc: Document, setting: str | None, lexicon: Lexicon, path: str | None = None) -> Document:
    """Give ``doc`` the run's source province unless it has its own (a JSONL field)."""
    if doc.source_province is None and setting is not None:
        if setting == FROM_FOLDER:
            doc.source_province = province_from_path(path or doc.source, lexicon)
        else:
            doc.source_province = setting
    return doc
