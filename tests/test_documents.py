"""Documents from what callers hand in (pipeline/documents.py): the date a page's address gives."""

from datetime import date

import pytest
from hypothesis import given, strategies as st

from pipeline.documents import as_document, prepare, url_date


@pytest.mark.parametrize("url, expected", [
    ("http://www.yn.gov.cn/ywdt/zwdt/202409/t20240906_123.html", "2024-09-06"),
    ("http://www.news.cn/world/20240906/abcd/c.html", "2024-09-06"),
    ("http://www.xinhuanet.com/world/2024-09/06/c_1130.htm", "2024-09-06"),
    ("https://www.chinadaily.com.cn/a/202409/06/WS66.html", "2024-09-06"),
    ("http://paper.people.com.cn/rmrb/html/2024/0906/nw.D110000renmrb_20240906_1-03.htm", "2024-09-06"),
    ("https://www.zj.gov.cn/art/2024/9/6/art_1554467_60.html", "2024-09-06"),
    ("https://example.com/2024/09/06/governor-visits/", "2024-09-06"),
    ("https://example.com/news/2024-09-06/x.html", "2024-09-06"),
    ("https://example.com/content_2024_09_06_1234.html", "2024-09-06"),
    ("https://example.com/2024/06/a-story/", None),  # a month only
    ("http://example.cn/xinwen/40051816", None),  # an id, no date
    ("http://example.cn/news/20241399.html", None),  # no such day
    ("http://example.cn/eng/xw/t869233.htm", None),
    ("", None), (None, None), (20240906, None),
])
def test_url_date(url, expected):
    day = url_date(url)
    assert (day.isoformat() if day else None) == expected


@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2025, 12, 31)))
def test_url_date_reads_every_day_in_the_gov_cn_form(day):
    assert url_date(f"http://www.example.gov.cn/a/{day:%Y%m}/t{day:%Y%m%d}_{day.day}.html") == day


@given(st.text(max_size=80))
def test_url_date_never_raises(s):
    url_date(s)


def test_the_text_and_the_input_come_before_the_address():
    url = "http://www.example.gov.cn/a/202409/t20240906_1.html"
    assert prepare(as_document({"id": "a", "text": "省长会见客人。", "url": url})).date == date(2024, 9, 6)
    assert prepare(as_document({"id": "a", "text": "发布时间：2024-05-14 省长会见客人。", "url": url})).date \
        == date(2024, 5, 14)
    assert prepare(as_document({"id": "a", "text": "省长会见客人。", "date": "2023-01-02", "url": url})).date \
        == date(2023, 1, 2)


def test_a_document_built_with_a_string_date_is_read_as_a_date():
    """Document(date="2024-06-01") from a Python caller: the tagger reads the date (the dated
    leaders' lookup compared a string with dates and raised TypeError)."""
    from pipeline.schemas import Document
    from pipeline.tagger import load

    rec = load(None, model=False).tag(Document(id="a", text="王宁在昆明会见老挝客人。", date="2024-06-01"))
    assert str(rec.date) == "2024-06-01" and rec.provinces == ["CN-YN"]
    assert prepare(Document(id="b", text="x", date="not a date")).date is None


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/2024/06/kazakhstan-china-agreements/", (2024, 6)),
    ("http://www.example.gov.cn/xwzx/202406/t41688_1.html", (2024, 6)),
    ("https://example.org/news/2024-06/story.html", (2024, 6)),
    ("https://example.org/news/2023/some-story.html", (2023, None)),
    ("https://example.org/%E6%96%B0%E9%97%BB/2023/some-story.html", (2023, None)),  # quoted path
    ("http://www.example.gov.cn/a/202409/t20240906_1.html", None),  # a whole day: url_date's
    ("https://example.org/article/184862.vnp", None),
    ("https://example.org/news/2015.html", None),  # a number that ends the name is an id
    ("https://example.org/id/20240/x", None),
    ("https://example.org/2031/01/future/", None),  # after today
    ("", None), (None, None), (2024, None),
])
def test_url_month(url, expected):
    from pipeline.documents import url_month

    assert url_month(url) == expected


@given(st.text(max_size=80))
def test_url_month_never_raises(s):
    from pipeline.documents import url_month

    url_month(s)
