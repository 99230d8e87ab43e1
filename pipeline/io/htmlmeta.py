"""The head of an HTML page: the article's headline and publication date (issue 14).

A provincial foreign-affairs office's page often has a ``<title>`` that is only the site's
name (辽宁省人民政府外事办公室); the headline is in ``<meta name="ArticleTitle">``, the
``<h1>``, ``og:title`` or a part of the ``<title>``. Dates come from the ``<meta>``
publication tags.
"""

from __future__ import annotations

import re
from datetime import date

_SITE_NAME = re.compile(
    r"(?:外事办公室|外事办|外办|人民政府|政府网|门户网站|网站|官网|官方网站|新闻网|办公厅|[省市区]政府|首页|主页"
    r"|foreign affairs office|people's government|official website|portal|home ?page)$", re.I)
_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜]|\s[-–—]\s|——|--)\s*")
_DATE_META = ("article:published_time", "og:published_time", "og:release_date", "pubdate", "publishdate",
              "publish_date", "publishtime", "publish-date", "firstpublishedtime", "dc.date", "dc.date.issued",
              "dcterms.issued", "dcterms.created", "date", "sailthru.date", "parsely-pub-date", "datepublished")


def drop_site_lines(text: str, *, within: int = 3) -> str:
    """Drop site-name lines (辽宁省人民政府外事办公室) among the first ``within`` lines."""
    lines = text.split("\n")
    head = [ln for ln in lines[:within] if not _is_site_name(ln, None)]
    return "\n".join(head + lines[within:]).strip() if len(head) < len(lines[:within]) else text


def _is_site_name(s: str, site: str | None) -> bool:
    s = s.strip()
    return not s or (site is not None and s == site.strip()) or (len(s) <= 30 and _SITE_NAME.search(s) is not None)


def article_part(title: str, site: str | None) -> str | None:
    """The part of a ``<title>`` that is not a site name ("Headline_Site" → Headline)."""
    parts = [p for p in _TITLE_SPLIT.split(title.strip()) if p and not _is_site_name(p, site)]
    return max(parts, key=len) if parts else None


def html_head(html: str) -> tuple[str | None, date | None]:
    """``(headline, date)`` from a page's ``<head>`` and ``<h1>``; either may be None.

    >>> html_head('<title>辽宁省人民政府外事办公室</title><h1>省长会见日本客人</h1>'
    ...           '<meta name="PubDate" content="2024-05-05 10:00">')
    ('省长会见日本客人', datetime.date(2024, 5, 5))
    """
    import lxml.html

    from ..documents import url_date
    from ..text import parse_date

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - an unparsable page has no head to read
        return None, None
    metas: dict[str, str] = {}
    for m in tree.iter("meta"):
        key = (m.get("name") or m.get("property") or m.get("itemprop") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if key and content and key not in metas:
            metas[key] = content
    site = metas.get("og:site_name") or metas.get("sitename") or metas.get("site_name")
    candidates = [metas.get("articletitle"), metas.get("headline")]
    candidates += [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    candidates += [metas.get("og:title"), metas.get("twitter:title")]
    titles = tree.findall(".//title")
    if titles:
        candidates.append(article_part(titles[0].text_content(), site))
    headline = next((c for c in candidates if c and 4 <= len(c) <= 200 and not _is_site_name(c, site)), None)
    day = None
    for key in _DATE_META:
        if key in metas and (day := parse_date(metas[key])) is not None:
            break
    if day is None:  # no publication tag: the day the page's own address spells out (…/t20240906_1.html)
        links = [ln.get("href") for ln in tree.iter("link") if (ln.get("rel") or "").strip().lower() == "canonical"]
        day = next((d for d in (url_date(u) for u in [*links, metas.get("og:url")]) if d is not None), None)
    return headline, day
