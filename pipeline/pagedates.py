"""The date a text gives itself at its head: a page's date line (TAXONOMY §4 ``date``, an input).

:func:`head_date` is what :func:`pipeline.text.document_date` reads when the input gave no
date. It looks only at the head of the text (the first 400 characters, and not past a
"related articles" or editor's line that starts a page's foot, whose dates are other
pages'), in the forms Chinese and English pages write their own date in:

- Chinese and ISO: 发布时间：2024-06-27 10:05, a forum post's 本帖最后由 某人 于 2020-5-24 编辑 (not a
  member's 每日心情 line), 2024年06月27日 10:05 来源：…, 2024/06/27,
  2024.06.27, 27.06.2014, 2024-06-27T10:00:00+08:00, PubDate: 20240627 (a compact day
  only after a label);
- English: June 27, 2024 10:05, Jun. 27, 2024, Sept 5 2024, 27 Jun 2024, 27-Jun-2024,
  21st November, 2022, Thursday, 27 June, 2024.

A date written after a label (发布时间, 发布日期, 日期, 时间, Published, Posted, Updated,
Date, PubDate) is the page's own and wins over an earlier one without a label (a
publication label over an update label: "Updated: … Published: …"); otherwise the first
date of the head is taken. A site's clock ("Today Wed, 12 Apr 2023", 今天是…) is no
page's date. A news dateline without a year (新华社昆明5月13日电, "XI'AN, Jan. 16 (Xinhua)
--") gives the day, with the year of that date (a December dateline on a January page is
the year before).
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from .foundings import founding_after
from .text import _YEAR, _ZH_DATE

HEAD_CHARS = 400

_MONTH_NO = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_MON = (r"(?i:(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
        r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))(?![A-Za-z])")
_DAY = r"(?P<d>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9])"
_Y = r"(?P<y>(?:19|20)[0-9]{2})(?![0-9])"
# 27 Jun 2024, 27-Jun-2024, 21st November, 2022, 5 Sept. 2024
_EN_DMY = re.compile(r"(?=[0-9])(?<![0-9])" + _DAY + r"(?:\s+|-)(?:of\s+)?(?<![A-Za-z])" + _MON + r"\.?,?(?:\s+|-)" + _Y,
                     re.I)
# June 27, 2024; Jun. 27 2024; Sept 5, 2024
_EN_MDY = re.compile(r"(?=[JFMASONDjfmasond])(?<![A-Za-z])" + _MON + r"\.?\s+" + _DAY + r",?\s+" + _Y, re.I)
# 2024-06-27, 2024/06/27, 2024.06.27, 2024-06-27T10:00:00+08:00, 发布时间2024-06-27 (text.py's ISO form
# wants word boundaries, which "27T10" and "间2" have not)
_ISO = re.compile(r"(?=[12])(?<![0-9])(?P<y>(?:19|20)[0-9]{2})([-/.])(?P<m>[01]?[0-9])\2(?P<d>[0-3]?[0-9])"
                  r"(?![0-9])")
# 27.06.2014 (day first)
_DMY = re.compile(r"(?=[0-9])(?<![0-9.])(?P<d>[0-3]?[0-9])\.(?P<m>[01]?[0-9])\.(?P<y>(?:19|20)[0-9]{2})(?![0-9])")
_LABEL = (r"(?:发布时间|发布日期|发稿时间|发表时间|更新时间|发表于|發表於|发布于|發佈於|日期|时间|pub(?:lish(?:ed)?)?\s*date"
          r"|(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|release\s+date|date)")
# PubDate: 20240627, 发布日期：20240627 (eight digits are a date only after a label)
_COMPACT = re.compile(r"(?=[发日时更PpFfUuRrDd])(?<![A-Za-z])" + _LABEL + r"\s*[:：]?\s*"
                      r"(?P<y>(?:19|20)[0-9]{2})(?P<m>[01][0-9])(?P<d>[0-3][0-9])(?![0-9])", re.I)
_UPDATED = re.compile(r"更新|updated", re.I)
_EIGHT_DIGITS = re.compile(r"[0-9]{8}")
_LATIN = re.compile(r"[A-Za-z]{3}")
# a label, then perhaps a weekday or a time of day, right before a date
_TIME = r"(?:[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?\s*(?:[ap]\.?m\.?)?,?\s*)?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*)?"
_LABEL_BEFORE = re.compile(r"(?<![A-Za-z])" + _LABEL + r"\s*[:：]?\s*" + _TIME + _WEEKDAY + "$", re.I)
# a site's clock: Today Wed, 12 Apr 2023; 今天是2024年6月27日
_CLOCK_BEFORE = re.compile(r"(?:(?<![A-Za-z])today\s*[:：]?\s*" + _WEEKDAY + r"|今天是\s*"
                           r"|每日心情\s*[|｜]?\s*\S{1,4}\s*)$", re.I)  # (a forum member's mood line: its time)
# a forum post's edit line: 本帖最后由 某人 于 2020-5-24 17:13 编辑 (the post's own date, as a label gives)
_FORUM_EDIT = re.compile(r"本帖最[后後]由\s*\S{1,20}?\s*[于於]\s*$")
# where a page's foot starts: other pages' titles and dates follow (（完）ends a wire story)
# (not 责任编辑: a byline at the head names the editor too)
_FOOT = re.compile(r"(?=[相推延热上下【关（(RrMmYy])(?:[（(]完[)）]|相关(?:新闻|阅读|链接|文章|报道|稿件)|推荐阅读|延伸阅读|热点推荐|上一篇|下一篇"
                   r"|【(?:打印|关闭)|关闭窗口"
                   r"|\b(?:related\s+(?:news|articles|stories|posts|content|reading)|read\s+more|more\s+from"
                   r"|recommended\s+for\s+you|you\s+may\s+also\s+like)\b)", re.I)
# a dateline without a year: KUNMING, May 5 (Xinhua) --; XI'AN, Jan. 16 (Xinhua) --; BEIJING, June 27 --
_EN_DATELINE = re.compile(r"(?=[A-Z])(?<![A-Za-z])[A-Z][A-Z'’.\- ]{1,30}(?:,\s+[A-Z][A-Za-z.\- ]{1,30})?,\s+" + _MON
                          + r"\.?\s+" + _DAY + r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:--|—|–|-)")

# a news dateline without a year: 新华社昆明5月13日电, 本报10月6日讯, 中新网北京3月2日电
_DATELINE = re.compile(
    r"(?:新华社|中新社|中新网|人民网|新华网|央视网|中评社|中國新聞社|本报|本網|本网|记者)[^\n。，,]{0,12}?"
    r"(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:电|讯|電|訊)")


class HeadDate(NamedTuple):
    """One date written in a head: where it starts, the day, and whether a label precedes it."""

    start: int
    day: date
    labelled: bool
    updated: bool = False  # the label says updated (更新时间, "Updated"): a publication label wins


def head_of(text: str, chars: int = HEAD_CHARS) -> str:
    """The first ``chars`` characters of ``text``, cut where a page's foot starts (相关新闻, "Related")."""
    head = text[:chars]
    foot = _FOOT.search(head)
    return head[:foot.start()] if foot is not None else head


def _day(y: str, m: int | str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def head_dates(head: str) -> list[HeadDate]:
    """Every full date written in ``head`` (every form of the module's docstring), in order,
    less a site's clock.

    >>> [(h.day.isoformat(), h.labelled) for h in head_dates("Today Wed, 12 Apr 2023 Posted: 27 Jun 2022")]
    [('2022-06-27', True)]
    """
    if _YEAR.search(head) is None:  # every form has a year
        return []
    found: dict[int, HeadDate] = {}
    forms = [_ZH_DATE, _ISO, _DMY]
    if _EIGHT_DIGITS.search(head) is not None:
        forms.append(_COMPACT)
    if _LATIN.search(head) is not None:  # (a Chinese head seldom has an English month)
        forms += [_EN_DMY, _EN_MDY]
    for rx in forms:
        for m in rx.finditer(head):
            if rx is _ZH_DATE:
                day = _day(m.group(1), m.group(2), m.group(3))
            elif rx in (_EN_DMY, _EN_MDY):
                day = _day(m.group("y"), _MONTH_NO[m.group("mon")[:3].lower()], m.group("d"))
            else:
                day = _day(m.group("y"), m.group("m"), m.group("d"))
            start = m.start("y") if rx is _COMPACT else m.start()
            if day is None or start in found or _CLOCK_BEFORE.search(head, max(0, start - 24), start):
                continue
            if rx is _ZH_DATE and founding_after(head, m.end()):
                continue  # 1991年12月10日，两市正式缔结为友好城市: a tie's founding told as history (foundings.py)
            label = _LABEL_BEFORE.search(head, max(0, start - 24), start) or _FORUM_EDIT.search(
                head, max(0, start - 32), start)
            found[start] = HeadDate(start, day, label is not None,
                                    label is not None and _UPDATED.search(label.group()) is not None)
    return [found[k] for k in sorted(found)]


def _en_dateline(head: str, year: int) -> date | None:
    m = _EN_DATELINE.search(head)
    return _day(str(year), _MONTH_NO[m.group("mon")[:3].lower()], m.group("d")) if m else None


def find_dateline(text: str, year: int | None) -> date | None:
    """The date of a news dateline without a year (新华社昆明5月13日电, 本报10月6日讯),
    with ``year`` taken from the page's date line or metadata (a dateline in December
    of a page dated January is the year before). None without a dateline or a year.

    >>> find_dateline("新华社昆明5月13日电（记者…）", 2024)
    datetime.date(2024, 5, 13)
    """
    if year is None:
        return None
    m = _DATELINE.search(text)
    if m is None:
        return None
    try:
        return date(year, int(m.group(1)), int(m.group(2)))
    except ValueError:
        return None


def head_date(text: str) -> date | None:
    """The date ``text`` gives itself at its head (see the module docstring), else None.

    >>> head_date("相关新闻：2024-05-01 某某会见 …")  # a foot's date is another page's
    >>> head_date("标题 2024-06-20 发布时间：2024-06-27 10:05"), head_date("Published: 10:05am, 27 Jun 2024")
    (datetime.date(2024, 6, 27), datetime.date(2024, 6, 27))
    >>> head_date("13:09, January 17, 2023 XI'AN, Jan. 16 (Xinhua) -- The province")
    datetime.date(2023, 1, 16)
    """
    head = head_of(text)
    dates = head_dates(head)
    if not dates:
        return None
    found = next((h for h in dates if h.labelled and not h.updated),
                 next((h for h in dates if h.labelled), dates[0])).day
    line = find_dateline(head, found.year) or _en_dateline(head, found.year)
    if line is not None and line.month == 12 and found.month == 1:
        line = line.replace(year=found.year - 1)
    return line or found
