"""Documents from what callers hand in: strings, mappings or :class:`Document` objects.

The lowest layer that knows a document (``schemas`` + ``text``), so that the readers in
``io/``, the tagger and the curation tools build documents the same way without importing
one another.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Mapping
from urllib.parse import unquote, urlsplit

from .errors import E
from .pagenoise import mask
from .schemas import Document, code_kind
from .text import detect_lang, document_date, parse_date


def as_document(item: str | Document | Mapping[str, Any], *, default_id: str = "text") -> Document:
    """Coerce a string, mapping or Document into a :class:`Document`.

    Example:
        >>> as_document({"id": "a", "text": "云南", "source_province": "cn-yn"}).source_province
        'CN-YN'
    """
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(id=default_id, text=item)
    known = {"id", "text", "lang", "title", "date", "source", "source_province"}
    given = item.get("source_province")
    sp = str(given).strip().upper() if given else None
    meta = {k: v for k, v in item.items() if k not in known}
    if sp and code_kind(sp) != "province":  # a name (云南, Yunnan): read with the lexicon when tagged
        meta["source_province_given"] = str(given).strip()
    return Document(
        id=str(item.get("id", default_id)),
        text=str(item.get("text") or ""),
        lang=item.get("lang"),
        title=item.get("title"),
        date=parse_date(item.get("date")),
        source=str(item.get("source", "")),
        meta=meta,
        source_province=sp if sp and code_kind(sp) == "province" else None,
    )


def prepare(doc: Document) -> Document:
    """Fill in language and date when the input did not give them, then blank the page's
    noise (:func:`pipeline.pagenoise.mask`: menus, breadcrumbs, feet of other pages' titles,
    image file names, watermarks), which keeps the text's length, so that every offset a
    record gives is an offset into the text as it was handed in.

    A document without text (an empty file, a blank JSONL ``text``) is marked W003 in
    ``meta["warnings"]`` (its record is written, with no labels, and says why) and takes
    the language of its title when that has letters, else ``zh``, the language most of
    tifa's inputs are in (``lang`` must be ``zh`` or ``en``; without text it is no finding).
    """
    blank = not doc.text.strip()
    if blank:
        found = doc.meta.get("warnings")
        found = [str(w) for w in found] if isinstance(found, (list, tuple)) else []
        doc.meta["warnings"] = found if E.NO_TEXT in found else [*found, E.NO_TEXT]
    if doc.lang not in ("zh", "en"):
        doc.lang = (blank_lang(doc.title) or "zh") if blank else detect_lang(doc.text)
    if doc.date is not None and not isinstance(doc.date, date):  # Document(date="2024-06-01") from a caller
        doc.date = parse_date(doc.date)
    if doc.date is None:
        doc.date = document_date(doc.text) or url_date(doc.meta.get("url"))
    if not blank:
        doc.text = mask(doc.text)  # page menus, feet, watermarks: blanked, offsets kept (after the head's date)
    return doc


_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_EN_WORDS = re.compile(r"(?:^|[\s_.-])[A-Za-z]{3,}[\s_.-]+[A-Za-z]{3,}(?:$|[\s_.-])")


def blank_lang(hint: str | None, *, name: bool = False) -> str | None:
    """The language of a title, or of a file's ``name``, given for a document without text,
    or None when it tells none. A title is read as a text is; a name is Chinese with a
    Chinese character in it and English with two English words (``governor-meets-envoy``),
    never from a site's file naming (``t20240627_1``, ``art_5798_2273295``, ``index``).

    >>> blank_lang("云南外事简报", name=True), blank_lang("governor-meets-envoy", name=True)
    ('zh', 'en')
    >>> blank_lang("art_5798_2273295", name=True), blank_lang("index", name=True), blank_lang("2024")
    (None, None, None)
    """
    if not hint:
        return None
    if name:
        return "zh" if _CJK.search(hint) else "en" if _EN_WORDS.search(hint) else None
    return detect_lang(hint) if _CJK.search(hint) or re.search("[A-Za-z]", hint) else None


# the day a page's address gives, in the forms news and government sites use: t20240906_1.html,
# /2024-09/06/, /2024/0906/, /202409/06/, /20240906/, /art/2024/9/6/, /2024/09/06/
_URL_DAY = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})"
    r"(?:(?P<m1>[01][0-9])(?P<d1>[0-3][0-9])(?=[_/.-]|$)"  # 20240906, t20240906_
    r"|-(?P<m2>[01][0-9])/(?P<d2>[0-3][0-9])/"  # 2024-09/06/
    r"|(?P<m3>[01][0-9])/(?P<d3>[0-3][0-9])/"  # 202409/06/
    r"|/(?P<m4>[01][0-9])(?P<d4>[0-3][0-9])/"  # 2024/0906/
    r"|/(?P<m5>[01]?[0-9])/(?P<d5>[0-3]?[0-9])/"  # 2024/9/6/, 2024/09/06/
    r"|-(?P<m6>[01][0-9])-(?P<d6>[0-3][0-9])(?=[_/.]|$)"  # 2024-09-06
    r"|_(?P<m7>[01][0-9])_(?P<d7>[0-3][0-9])(?=[_/.]|$))")  # 2024_09_06


def url_date(url: object) -> date | None:
    """The publication day a page's address spells out, else None: a fallback for the
    document's date (TAXONOMY §3b: 4月27日 takes the document's year) when neither the input
    nor the text's head gives one. Only a full day counts: ``/2024/06/slug`` (a month) gives
    nothing, and neither does a number that is no date.

    Example:
        >>> url_date("http://www.yn.gov.cn/ywdt/zwdt/202409/t20240906_123.html")
        datetime.date(2024, 9, 6)
        >>> url_date("https://example.org/page/2018/1211/111.shtml")
        datetime.date(2018, 12, 11)
        >>> url_date("https://example.org/2024/06/kazakhstan-china-agreements/") is None
        True
    """
    if not isinstance(url, str) or not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    path = parts.path if parts.netloc else url.strip()
    path += "/" if not path.endswith("/") else ""
    for m in _URL_DAY.finditer(path):
        g = m.groupdict()
        k = next(i for i in "1234567" if g[f"m{i}"] is not None)
        try:
            day = date(int(g["y"]), int(g[f"m{k}"]), int(g[f"d{k}"]))
        except ValueError:
            continue
        if date(1990, 1, 1) <= day <= date.today():
            return day
    return None


# a year, or a year and month, as a segment of a page's address: /2024/06/slug, /202406/, /2024-06/,
# t202406_…, /2024/slug (the day-giving forms are url_date's)
_URL_MONTH = re.compile(
    r"(?:(?<=[/_-])|(?<=/t))(?P<y>(?:19|20)[0-9]{2})(?:[/_-]?(?P<m>0[1-9]|1[0-2]))?(?=[/_-])")  # not 2015.html (an id)


def url_month(url: object) -> tuple[int, int | None] | None:
    """The year, and the month where given, that a page's address spells out without a day
    (``/2024/06/slug/`` → (2024, 6); ``/2024/slug`` → (2024, None)), else None; an address
    that gives a whole day is :func:`url_date`'s. Not a document date: it gives only the YEAR
    of a day the text writes without one (TAXONOMY §3b ``date``: a year the page's address
    gives is not a guess), and :mod:`pipeline.engagement.years` decides when it may.

    Example:
        >>> url_month("https://example.org/2024/06/kazakhstan-china-agreements/")
        (2024, 6)
        >>> url_month("http://www.example.gov.cn/xwzx/202406/t41688_1.html")
        (2024, 6)
        >>> url_month("https://example.org/news/2023/some-story.html")
        (2023, None)
        >>> url_month("https://example.org/article/184862.vnp") is None
        True
    """
    if not isinstance(url, str) or not url or url_date(url) is not None:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    path = unquote(parts.path if parts.netloc else url.strip())
    today = date.today()
    for m in _URL_MONTH.finditer(path):
        year, month = int(m.group("y")), int(m.group("m")) if m.group("m") else None
        if 1990 <= year <= today.year and (month is None or year < today.year or month <= today.month):
            return year, month
    return None
