"""Page noise in scraped text: the parts of a page that are no part of its article (issue 15).

Analysts collect reports as the web serves them: reposts on portals, mirrors and spam sites
keep the site's menus, breadcrumbs, keyword lists, "related articles" lists, image file names
and the junk strings some sites insert against scraping. A menu that names a district called
河南 or a spam list of county names makes a province an actor; a teaser of another page
reports another act; a section tag naming 东盟 adds a region.

:func:`noise_spans` finds such parts and :func:`mask` blanks them: every character of a noise
span except line breaks becomes a space, so the text keeps its length and every offset
(evidence, mentions) stays an offset into the original text. Blank runs then read as one
space and blank lines end no sentence, so nothing downstream needs to know about the noise.

What counts as noise (each kind conservative: a line of the article is never taken for it):

- a menu at the head: a run of four or more short lines without punctuation (首页 / 新闻中心
  / 电视节目 …, "- Home");
- a menu or keyword line anywhere: four or more short items between separators (``|``,
  ``>``, ``»``, ``·``, or spaces in a Chinese line), with no sentence punctuation, digits or
  colons in the items (a list of section names, a spam list of place names);
- a breadcrumb line (您当前的位置: … > …, 首页 > …, "Home > …", "You are here", 某某网 > 某栏目 > …);
- a foot: from a line that is only a foot label (相关新闻, 推荐阅读, 发表评论, "Related
  articles", "Most popular", "Comments (0)" …) to the end of the text, when that line comes
  after the article's start (past a quarter of the text and its first 150 characters);
- a page's stamp line: its own date with a time or a label (来源, 编辑, "Published:") and little
  else, read for the document's date before blanking, so that it dates no act;
- other pages' teasers ending the text without a label: two or more pairs of a short title and a
  cut-off line under it;
- a line carrying an image file name (``_fororder_图片1``, ``微信图片_2024…``, ``x.jpg``);
- a site's section tag in brackets at a line's start ([焦点图、魅力东盟]) and page tool links
  (【打印本页】, 【关闭窗口】, 【纠 错】);
- a line that repeats an earlier one word for word (:func:`repeated_lines`: the headline printed
  twice, a lead printed twice), the later copy;
- CMS watermarks inserted into paragraphs (本文来自织梦, dedecms.com) and forum jammer strings
  (``! k4 q# w% t2 Z$``): random short tokens of letters, digits and punctuation.
"""

from __future__ import annotations

import re

from .text import unglossed

# one item of a menu: a few CJK characters or a few words, no digits, no sentence punctuation
_CJK_ITEM = re.compile(r"[\u3400-\u9fff\uf900-\ufaff·]{1,7}")
_EN_ITEM = re.compile(r"[A-Za-z][A-Za-z&'’.\-]*(?: [A-Za-z&'’.\-]+){0,2}")
_BULLET = re.compile(r"^[\s\-–—•·*>»]+")
_MENU_SEP = re.compile(r"\s*[|｜>＞»›·•/]\s*|\s{2,}|\t")
_CJK = re.compile(r"[\u3400-\u9fff]")
_NON_CJK_LINE = re.compile(r"[A-Za-z]{2}")

# breadcrumbs: where the reader is on the site
_BREADCRUMB = re.compile(
    r"^\s*(?:您(?:当前|現在|现在|目前)?的位置|你(?:当前|現在|现在)?的位置|当前位置|當前位置|所在位置|现在位置"
    r"|(?:首页|首頁|网站首页|網站首頁|主页|Home(?:\s*page)?)\s*[>＞»›]"
    r"|(?:the\s+)?current\s+(?:position|location)|you\s+are\s+(?:here|currently\s+at)"
    # a site's name and two sections (中国西藏网 > 即时新闻 > 地方): three short items, no sentence
    r"|(?=[^\n。，,；;！？]*$)[^>＞»›\n。，,；;：:！？]{1,12}?\s*[>＞»›]\s*[^>＞»›\n。，,；;：:！？]{1,12}?\s*[>＞»›])", re.I)

# a line that is only a foot label: what follows is other pages (titles, teasers) or comments
_FOOT_LABEL = re.compile(
    r"^[\s\-–—•·*【\[(（<《]*(?:"
    r"[相関关關][关關][新閱阅文链鏈报報稿][闻聞读讀章接导導件]|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|热点推荐|熱點推薦|推荐文章|推薦文章"
    r"|新闻推荐|新聞推薦|猜你喜欢|猜你喜歡|热门推荐|熱門推薦|热门文章|熱門文章|最新文章|更多新闻|更多新聞|往期回顾|往期回顧"
    r"|精彩推荐|精彩推薦|发表评论|發表評論|网友评论|網友評論|相关文章|相关专题|相關專題|热点新闻|熱點新聞|本类排行|本類排行"
    r"|related(?:\s+(?:news|articles?|stories|posts|content|reading|coverage|links))?|read\s+more|more\s+from\b[^\n]{0,40}"
    r"|recommended(?:\s+(?:for\s+you|stories|reading|articles))?|you\s+may\s+also\s+like|most\s+(?:popular|read|viewed)\b[^\n]{0,20}"
    r"|comments?\s*\(\s*\d+\s*\)|leave\s+a\s+(?:reply|comment)|latest\s+news"
    r")[\s\]】)）>》:：]*$", re.I)
_FOOT_MIN_START = 150

# a line that names an image file (a CMS writes the file name next to the picture)
_IMAGE_LINE = re.compile(r"_fororder_|微信[图圖]片_\d|\b[\w\-]+\.(?:jpe?g|png|gif|webp|bmp)\b", re.I)
_IMAGE_LINE_MAX = 240

# a section tag or tool link in brackets at a line's start
_BRACKET_TAG = re.compile(
    r"[ \t\u3000]*(?:\[(?P<sq>[^\[\]\n]{2,16})\]|【(?P<tl>[^【】\n]{1,12})】)")
_TAG_ITEMS = re.compile(r"^[\u3400-\u9fffA-Za-z]{1,6}(?:[、,，/][\u3400-\u9fffA-Za-z]{1,6})+$")
_TOOL_LINKS = re.compile(r"^\s*(?:打\s*印(?:本页|本頁|此页)?|关\s*闭(?:窗口|本页)?|關\s*閉(?:窗口)?|纠\s*错|糾\s*錯"
                         r"|加入收藏|收\s*藏|字号|字號|大\s*中\s*小|分享到|返回顶部|返回頂部)\s*$")

# a page's stamp line: its own date with a time of day or a field label, and little else
# ("2019-08-16 13:34 来源:某网", "http://www.x.com 2005年04月13日06:56 某报 | ||", "Published: 2021-03-17
# 08:15:42"): read for the document's date before blanking, it would otherwise date the act it sits above
_STAMP_DATE = re.compile(r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})"
                         r"|(?<!\d)\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}")
_STAMP_MARK = re.compile(r"(?<!\d)[0-2]?\d:[0-5]\d|来源|來源|稿源|作者|编辑|編輯|责编|責編|发布|發佈|發布|浏览|瀏覽|点击|點擊"
                         r"|(?<![A-Za-z])(?:source|author|editor|published|updated|posted|release\s+date)\s*[:：]", re.I)
_STAMP_FILLER = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[\d:./\-]+|https?://\S+|www\.\S+"
                           r"|来源|來源|稿源|作者|编辑|編輯|责编|責編|发布时间|发布日期|發佈時間|发布|浏览次数|瀏覽次數|点击数|點擊數"
                           r"|[|｜:：\[\]【】()（）\s_\-—·]+")
_ACT_WORD = re.compile(r"会见|會見|会谈|會談|访问|訪問|签署|簽署|出席|举行|舉行|率团|率團|meet|met|visit|sign|held|hold", re.I)
_STAMP_MAX = 120

# watermarks a CMS or a copying site writes into paragraphs
_WATERMARK = re.compile(r"本文来自织梦|内容来自dedecms|织梦好,?好织梦|copyright\s+dedecms|dedecms\.com"
                        r"|本文來自織夢|內容來自dedecms", re.I)
# a forum's jammer string: five or more short random tokens of letters, digits and punctuation
# with punctuation in at least three ("! k4 q# w% t2 Z$ ], @' m! B")
_JAM_TOKEN = r"[!-~]{1,3}"
_JAMMER = re.compile(r"(?<![!-~])" + _JAM_TOKEN + r"(?: " + _JAM_TOKEN + r"){4,}(?![!-~])")
_PUNCT = re.compile(r"[!-/:-@\[-`{-~]")
_WORDLIKE = re.compile(r"[A-Za-z]{3}|[0-9]{2}")
# a token mixing a letter with a digit or with a sign other than a word's own punctuation (k4, q#, Z$)
_MIXED = re.compile(r"[A-Za-z][0-9#$%&*@^~`{}|<>=+\\]|[0-9#$%&*@^~`{}|<>=+\\][A-Za-z]")


def _is_menu_item(item: str) -> bool:
    item = _BULLET.sub("", item).strip()
    return bool(item) and (_CJK_ITEM.fullmatch(item) is not None or _EN_ITEM.fullmatch(item) is not None)


def _short_line(line: str) -> bool:
    """A line a menu is made of: one short item (首页, 新闻中心, "- Home")."""
    s = line.strip()
    if not s or len(s) > 12:
        return False
    return _is_menu_item(s)


def _menu_line(line: str) -> bool:
    """Four or more short items between separators, and nothing else on the line (a mirror's
    pinyin glosses read past: 中新網(wǎng)首頁 安徽 北京 …)."""
    s = line.strip()
    if "(" in s and (plain := unglossed(s)) is not None:
        s = plain[0]
    if len(s) < 8 or any(c in s for c in "。！？!?；;，,：:“”\"") or any(c.isdigit() for c in s):
        return False
    if _CJK.search(s) is not None and _NON_CJK_LINE.search(s) is None:
        parts = re.split(r"[\s|｜>＞»›·•/]+", s)  # a Chinese line: single spaces separate items too
    else:
        parts = _MENU_SEP.split(s)
    items = [p for p in parts if p.strip()]
    if len(items) < 4:
        return False
    short = sum(1 for p in items if _is_menu_item(p))
    return short == len(items)


_CRUMB_SEP = re.compile(r"\s*(?:[>＞»›]+|/)\s*")


def _crumbs_end(line: str) -> int:
    """Where a breadcrumb line's crumbs end: the whole line, or before its last item when that
    is the article's title (longer than a section name: "HOME > News > Delegation visits …")."""
    seps = list(_CRUMB_SEP.finditer(line))
    if not seps:
        return len(line)
    last = line[seps[-1].end():].strip()
    title = len(last) > 16 if _CJK.search(last) is None else len(last) > 10
    return seps[-1].end() if title else len(line)


_END_PUNCT = "。！？!?”\"’）)…."


def _teasers(text: str, lines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where a block of other pages' teasers ends the text, unlabelled: two or more pairs of a
    short title line and a cut-off line under it (no stop at its end: "…论坛在榕举办。政府"), the
    last lines of the text. An aggregator prints them under an article."""
    rows = [(a, b) for a, b in lines if text[a:b].strip()]
    pairs = 0
    i = len(rows) - 1
    while i >= 1:
        (ta, tb), (xa, xb) = rows[i - 1], rows[i]
        title, teaser = text[ta:tb].strip(), text[xa:xb].strip()
        if not (4 <= len(title) <= 40 and title[-1] not in _END_PUNCT and len(teaser) >= 12
                and teaser[-1] not in _END_PUNCT and _CJK.search(teaser) is not None
                and any(c in teaser for c in "，,。")):  # (a cut sentence; a contents page's lines have none)
            break
        pairs += 1
        i -= 2
    if pairs < 2:
        return None
    return rows[i + 1][0], rows[-1][1]


def _stamp_line(s: str) -> bool:
    """A page's stamp line: a full date with a time or a field label, and at most a source's
    name besides (no sentence, no act); a mirror's pinyin glosses (發(fā)布日期) are read past."""
    if "(" in s and (plain := unglossed(s)) is not None:
        s = plain[0]
    if len(s) > _STAMP_MAX or any(c in s for c in "。！？，") or _STAMP_DATE.search(s) is None:
        return False
    if _STAMP_MARK.search(s) is None or _ACT_WORD.search(s) is not None:
        return False
    rest = _STAMP_FILLER.sub("", s)
    return len(rest) <= 24


# a Chinese page's field or date line between its headline and its body ("2021-04-30", "来源:某报网",
# "作者:某某  编辑:某某", "发布时间:2023-05-28 10:36"): furniture, not a sentence of the report
_FIELD_ZH = re.compile(r"^[【\[]?(?:来源|來源|稿源|作者|编辑|編輯|责编|責編|责任编辑|責任編輯|发布时间|發布時間|發佈時間|发布日期"
                       r"|發布日期|发布者|發布者|发布员|發布員|发布人|發布人|记者|記者|通讯员|通訊員|摄影|攝影|供图|供圖|字号|字號"
                       r"|浏览次数|瀏覽次數|点击数|點擊數|时间|時間|日期)\s*[:：]")
_DATE_LINE = re.compile(r"^(?:(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})"
                        r"|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$")


def field_line_zh(line: str) -> bool:
    """Whether ``line`` is a Chinese page's date, source or byline line (no sentence punctuation,
    at most 60 characters): furniture that the act window does not count.

    >>> field_line_zh("2021-04-30"), field_line_zh("来源:某某报网"), field_line_zh("4月30日，省长会见了客人。")
    (True, True, False)
    """
    s = line.strip()
    if not s or len(s) > 60 or any(c in s for c in "。！？"):
        return False
    return _DATE_LINE.match(s) is not None or _FIELD_ZH.match(s) is not None or _stamp_line(s)


def _jammer(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in _JAMMER.finditer(text, start, end):
        toks = m.group().split(" ")
        if (sum(1 for t in toks if _PUNCT.search(t)) >= 3 and sum(1 for t in toks if _MIXED.search(t)) >= 2
                and not any(_WORDLIKE.search(t) for t in toks)):
            out.append(m.span())
    return out


def noise_spans(text: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of page noise in ``text`` (see the module docstring), in order,
    not overlapping.

    >>> t = "首页\\n新闻中心\\n电视节目\\n微视频\\n韩国代表团访问延吉。"
    >>> [t[a:b] for a, b in noise_spans(t)]
    ['首页\\n新闻中心\\n电视节目\\n微视频']
    """
    if not text:
        return []
    spans: list[tuple[int, int]] = []
    lines = _lines(text)
    cjk = _CJK.search(text) is not None
    # a menu at the head: four or more short lines in a run (blank lines inside it allowed)
    run: list[tuple[int, int]] = []
    seen_text = False
    for a, b in lines:
        line = text[a:b]
        if not line.strip():
            continue
        if _short_line(line) and not seen_text:
            run.append((a, b))
            continue
        if len(run) >= 4:
            spans.append((run[0][0], run[-1][1]))
        run = []
        if len(line.strip()) > 12:
            seen_text = True  # only a page's head carries its menu
    if len(run) >= 4:
        spans.append((run[0][0], run[-1][1]))
    n = len(text)
    foot_at = n
    for a, b in lines:
        line = text[a:b]
        s = line.strip()
        if not s:
            continue
        if a >= _FOOT_MIN_START and a * 4 >= n and len(s) <= 48 and _FOOT_LABEL.match(s):
            foot_at = a
            break
        if _BREADCRUMB.match(line):
            spans.append((a, a + _crumbs_end(line)))
            continue
        if _menu_line(line):
            spans.append((a, b))
            continue
        if len(s) <= _IMAGE_LINE_MAX and _IMAGE_LINE.search(line):
            spans.append((a, b))
            continue
        if _stamp_line(s):
            spans.append((a, b))
            continue
        m = _BRACKET_TAG.match(line)
        while m is not None:
            inner = m.group("sq") or m.group("tl") or ""
            if _TAG_ITEMS.match(inner.strip()) or _TOOL_LINKS.match(inner):
                spans.append((a + m.start(), a + m.end()))
                rest = _BRACKET_TAG.match(line, m.end())
                m = rest
            else:
                break
        if "本" in line or "织" in line or "織" in line or "dede" in line.lower():
            spans.extend((a + x.start(), a + x.end()) for x in _WATERMARK.finditer(line))
        if cjk and " " in line and _PUNCT.search(line):
            spans.extend(_jammer(text, a, b))
    if foot_at < n:
        spans.append((foot_at, n))
    elif cjk:
        tail = _teasers(text, lines)
        if tail is not None:
            spans.append(tail)
    return _merge(spans)


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text``, without its break."""
    out = []
    pos = 0
    for part in text.split("\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out



def repeated_lines(text: str, spans: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Spans of lines that repeat an earlier line word for word (a headline printed as the page's
    title and again over the body, a lead printed twice), once the ``spans`` of other noise are
    left out of both: the later copies, which would report the same act again.

    >>> t = "省长会见某国大使\\n日期\\n省长会见某国大使\\n正文。"
    >>> [t[a:b] for a, b in repeated_lines(t, [])]
    ['省长会见某国大使']
    """
    spans = noise_spans(text) if spans is None else spans
    seen: set[str] = set()
    out: list[tuple[int, int]] = []
    cut = mask(text, spans) if spans else text
    for a, b in _lines(cut):
        s = cut[a:b].strip()
        if len(s) < _REPEAT_MIN:
            continue
        if s in seen:
            lead = len(cut[a:b]) - len(cut[a:b].lstrip())
            out.append((a + lead, a + lead + len(s)))
        else:
            seen.add(s)
    return out


_REPEAT_MIN = 8


def mask(text: str, spans: list[tuple[int, int]] | None = None) -> str:
    """``text`` with its noise spans blanked: each character a space, line breaks kept, so
    that the text keeps its length (offsets into it are offsets into the original).

    >>> mask("首页\\n新闻\\n图片\\n视频\\n正文。")
    '  \\n  \\n  \\n  \\n正文。'
    """
    if spans is None:
        spans = noise_spans(text)
        spans = _merge(spans + repeated_lines(text, spans))
    if not spans:
        return text
    parts: list[str] = []
    pos = 0
    for a, b in spans:
        parts.append(text[pos:a])
        parts.append(re.sub(r"[^\n]", " ", text[a:b]))
        pos = b
    parts.append(text[pos:])
    return "".join(parts)
