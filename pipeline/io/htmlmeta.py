"""The head of an HTML page: the article's headline and publication date (issue 14).

A provincial foreign-affairs office's page often has a ``<title>`` that is only the site's
name (辽宁省人民政府外事办公室); the headline is in ``<meta name="ArticleTitle">``, the
``<h1>``, ``og:title`` or a part of the ``<title>``. Dates come from the ``<meta>``
publication tags and the page's own marks (:func:`page_head`); the page's address from its
canonical link, ``og:url``, the address a browser saved it from, or its ``<base>``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, NamedTuple

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


class PageHead(NamedTuple):
    """What a page's markup says about the page: its headline, publication day and address."""

    headline: str | None
    date: date | None
    url: str | None


def html_head(html: str) -> tuple[str | None, date | None]:
    """``(headline, date)`` from a page's ``<head>`` and ``<h1>``; either may be None
    (:func:`page_head` without the address).

    >>> html_head('<title>辽宁省人民政府外事办公室</title><h1>省长会见日本客人</h1>'
    ...           '<meta name="PubDate" content="2024-05-05 10:00">')
    ('省长会见日本客人', datetime.date(2024, 5, 5))
    """
    head = page_head(html)
    return head.headline, head.date


def page_head(html: str, *, address: str | None = None) -> PageHead:
    """The headline, the publication day and the page's own address, each None where the
    page does not give it.

    The address is the page's ``<link rel="canonical">``, ``og:url``, ``<meta name="url">``,
    the address a browser wrote when saving it (``<!-- saved from url=(0061)http://… -->``,
    SingleFile's ``url:``), or its ``<base href>``; only an absolute http(s) address counts
    (a relative one is read against the saved or base address); ``address`` is the one
    the page's file gives outside the markup (an MHTML file's), read as the saved one. The
    day is the first of:
    the ``<meta>`` publication tags, ``itemprop="datePublished"``, JSON-LD
    ``datePublished``, the article's ``<time datetime>`` (not one in a sidebar, footer or
    "related" list, nor a site's clock), a labelled date line near the headline
    (发布时间：…, "Published: …"), the day the address spells out.

    >>> page_head('<!-- saved from url=(0044)http://www.example.gov.cn/xw/t20240627_1.html -->'
    ...           '<html><h1>省长会见客人</h1><p>发布时间：2024-06-26 10:05</p></html>')
    PageHead(headline='省长会见客人', date=datetime.date(2024, 6, 26), url='http://www.example.gov.cn/xw/t20240627_1.html')
    """
    import lxml.html

    from ..documents import url_date

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - an unparsable page has no head to read
        return PageHead(None, None, _comment_url(html) or _absolute(address, None))
    metas: dict[str, str] = {}
    for m in tree.iter("meta"):
        key = (m.get("name") or m.get("property") or m.get("itemprop") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if key and content and key not in metas:
            metas[key] = content
    site = metas.get("og:site_name") or metas.get("sitename") or metas.get("site_name")
    h1s = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    candidates = [metas.get("articletitle"), metas.get("headline"), *h1s, metas.get("og:title"),
                  metas.get("twitter:title")]
    titles = tree.findall(".//title")
    if titles:
        candidates.append(article_part(titles[0].text_content(), site))
    headline = next((c for c in candidates if c and 4 <= len(c) <= 200 and not _is_site_name(c, site)), None)
    url = _page_url(tree, metas, html, address)
    day = next((d for d in (_value_date(metas[k]) for k in _DATE_META if k in metas) if d is not None), None)
    if day is None:
        day = _marked_date(tree, html)
    if day is None:
        day = _time_date(tree)
    if day is None:
        day = _labelled_date(tree, headline)
    if day is None:  # the day the page's own address spells out (…/t20240906_1.html)
        day = url_date(url)
    return PageHead(headline, day, url)


def _value_date(value: str) -> date | None:
    """A date from a tag's value: ISO, 2019年4月9日, or "Thu, 27 Jun 2024 10:05:00 GMT"."""
    from ..pagedates import head_date
    from ..text import parse_date

    return parse_date(value) or head_date(value[:100])


# <!-- saved from url=(0052)http://… --> (browsers), <!-- Page saved with SingleFile \n url: http://… -->
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->"
                         r"|<!--[^>]{0,200}?SingleFile[^>]{0,200}?\burl:\s*(\S+)", re.I)
_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
# class or id words (at a word's start: "photo" is no "hot") of the blocks around an article
_NOT_ARTICLE = re.compile(r"(?:^|[\s_-])(?:related|recommend|sidebar|side-bar|widget|more|list|hot|rank|clock|today"
                          r"|weather|foot|nav)", re.I)


def _comment_url(html: str) -> str | None:
    m = _SAVED_FROM.search(html[:4096])
    return _absolute(m.group(1) or m.group(2), None) if m else None


def _absolute(href: str | None, base: str | None) -> str | None:
    """``href`` as an absolute http(s) address (read against ``base``), else None."""
    from urllib.parse import urljoin, urlsplit

    href = (href or "").strip()
    if not href or len(href) > 2000:
        return None
    try:
        if base and not urlsplit(href).scheme:
            href = urljoin(base, href)
        parts = urlsplit(href)
    except ValueError:
        return None
    return href if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _page_url(tree: Any, metas: dict[str, str], html: str, address: str | None) -> str | None:
    saved = _comment_url(html) or _absolute(address, None)
    bases = [b.get("href") for b in tree.iter("base") if b.get("href")]
    base = _absolute(bases[0], saved) if bases else None
    links = [ln.get("href") for ln in tree.iter("link") if "canonical" in (ln.get("rel") or "").lower().split()]
    given = [*links, metas.get("og:url"), metas.get("url"), metas.get("twitter:url")]
    found = [u for u in (*(_absolute(g, saved or base) for g in given), saved, base) if u]
    # a site that gives every page its home page as the canonical address says nothing of the page
    return next((u for u in found if not _is_home(u)), found[0] if found else None)


def _is_home(url: str) -> bool:
    from urllib.parse import urlsplit

    path = urlsplit(url).path.lower()
    return path in ("", "/") or re.fullmatch(r"/(?:index|default|home)\.s?html?|/(?:index|default)\.(?:php|aspx?|jsp)",
                                             path) is not None


def _marked_date(tree: Any, html: str) -> date | None:
    """``itemprop="datePublished"`` on any element, else JSON-LD's ``datePublished``."""
    for el in tree.iter():
        if isinstance(el.tag, str) and (el.get("itemprop") or "").strip().lower() == "datepublished":
            value = el.get("content") or el.get("datetime") or el.text_content()
            if value and (day := _value_date(value.strip())) is not None:
                return day
    m = _JSON_LD_DATE.search(html)
    return _value_date(m.group(1)) if m else None


def _time_date(tree: Any) -> date | None:
    """The article's ``<time datetime>``: one marked ``pubdate``, else the first inside
    ``<article>`` or after the ``<h1>``, never one in an aside, nav, footer or a block
    whose class or id says related, list, clock (another page's date, or today's)."""
    seen_h1 = False
    first: date | None = None
    for el in tree.iter():
        if el.tag == "h1":
            seen_h1 = True
        if el.tag != "time" or _outside_article(el):
            continue
        day = _value_date((el.get("datetime") or el.text_content() or "").strip())
        if day is None:
            continue
        if el.get("pubdate") is not None:
            return day
        if first is None and (seen_h1 or any(a.tag == "article" for a in el.iterancestors())):
            first = day
    return first


def _outside_article(el: Any) -> bool:
    for a in el.iterancestors():
        if a.tag in ("aside", "nav", "footer") or _NOT_ARTICLE.search(f"{a.get('class') or ''} {a.get('id') or ''}"):
            return True
    return False


def _labelled_date(tree: Any, headline: str | None) -> date | None:
    """A labelled date line (发布时间：…, "Published: …") in the page's text just after its
    headline (or near its top when the headline is not found)."""
    from ..pagedates import head_dates, head_of

    if not isinstance(tree.tag, str):  # a page that is only a comment (lxml hands back the comment)
        return None
    body = tree.find(".//body")
    if body is None:  # a fragment: lxml hands back its elements in a <div>
        body = tree
    for bad in body.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    text = " ".join(body.text_content().split())
    at = text.find(headline) if headline else -1
    window = text[at + len(headline):] if at >= 0 and headline else text
    return next((h.day for h in head_dates(head_of(window, 600)) if h.labelled), None)
