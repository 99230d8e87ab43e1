"""Dates and venues of engagements (TAXONOMY §3b, issue 15): the date forms of Chinese and
English reports and the venue phrases. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_pairing import first, tagger  # noqa: F401  (the rules-only tagger fixture and its helper)


@pytest.mark.parametrize("text,venue", [
    # a Chinese city that is only the venue (a locator, no actor) after 在/赴 is the venue
    ("6月3日，甘肃省在北京举办丝路文化推介会，二十多个国家的驻华使节出席。", "CN-BJ"),
    ("9月12日，宁波市外办主任赴上海拜会德国驻沪总领事，双方就友城合作交换意见。", "CN-SH"),
    # but a consul general's seat is no venue of the act
    ("The Consul General of Malaysia in Guangzhou called on Guangxi's vice chairman in Nanning on Monday.",
     "CN-GX"),
    # "visited X": the place visited, whoever visits
    ("Officials from Jiangxi's foreign affairs office visited Hainan this week to learn about consular protection.",
     "CN-HI"),
    # a town the lexicon does not know, then its state or country: "in Dayton, Ohio"
    ("The Anhui-Ohio Trade Week, co-hosted by the Anhui provincial government and the State of Ohio, opened in "
     "Dayton, Ohio, on Tuesday.", "USA"),
])
def test_a_venue_city_that_acts_as_no_actor_is_still_the_venue(tagger, text, venue):
    assert first(tagger, text, date="2024-06-20").venue == venue


@pytest.mark.parametrize("text,doc_date,day", [
    # a numeric date under a headline, where no other day is written
    ("陕西省副省长率团到访本商会\n\n2022.6.15\n\n本会会长会见代表团一行，双方座谈。", None, "2022-06-15"),
    ("贵州省副省长率团到访本商会 2021/11/3 本会会长会见代表团一行。", None, "2021-11-03"),
    # ... which is the report's day: 昨天 in the body refines it
    ("湖南代表团访问江西 2023-05-10 记者报道 湖南省副省长率领的代表团昨天来到越南河内，与越南副总理会谈。",
     "2023-05-10", "2023-05-09"),
    # days named relative to the report (2023-07-20 is a Thursday)
    ("前天，福建省长在福州会见汤加首相。", "2023-07-20", "2023-07-18"),
    ("上周三，福建省长在福州会见汤加首相。", "2023-07-20", "2023-07-12"),
    ("本周一，福建省长在福州会见汤加首相。", "2023-07-20", "2023-07-17"),
    ("周二上午，福建省长在福州会见汤加首相。", "2023-07-20", "2023-07-18"),
    ("本月12日，福建省长在福州会见汤加首相。", "2023-07-20", "2023-07-12"),
    ("Fujian's governor met the Prime Minister of Tonga in Fuzhou on Tuesday last week.", "2023-07-20",
     "2023-07-11"),
    # vague days give none
    ("近日，福建省长在福州会见汤加首相。", "2023-07-20", None),
    ("日前，福建省长在福州会见汤加首相。", "2023-07-20", None),
    ("Fujian's governor met the Prime Minister of Tonga in Fuzhou last week.", "2023-07-20", None),
    ("Earlier this month, Fujian's governor met the Prime Minister of Tonga in Fuzhou.", "2023-07-20", None),
    # written days and ranges: the start
    ("Fujian's governor met the Prime Minister of Tonga in Fuzhou on 5 July.", "2023-07-20", "2023-07-05"),
    ("7月3日至6日，福建省长率团访问汤加。", "2023-07-20", "2023-07-03"),
    ("3日至6日，福建省长率团访问汤加。", "2023-07-20", "2023-07-03"),
    ("A Fujian delegation led by the governor visited Tonga on 3-6 July, meeting the Prime Minister.", "2023-07-20",
     "2023-07-03"),
    ("A Fujian delegation led by the governor visited Tonga from 3 to 6 July.", "2023-07-20", "2023-07-03"),
    ("5月8號，福建省長在福州會見湯加首相。", "2023-07-20", "2023-05-08"),  # 號 of Hong Kong and Taiwan texts
    # 去年/前年 before a day without its year: the document's year less one or two
    ("去年5月8日，福建省长在福州会见汤加首相。", "2023-07-20", "2022-05-08"),
    ("前年5月8日，福建省长在福州会见汤加首相。", "2023-07-20", "2021-05-08"),
])
def test_date_forms(tagger, text, doc_date, day):
    assert first(tagger, text, date=doc_date).date == day


def test_relative_days_need_the_document_date(tagger):
    assert first(tagger, "上周三，福建省长在福州会见汤加首相。").date is None


def test_a_later_clause_announcing_another_event_gives_no_date():
    from pipeline.engagement.acts import describe, segment

    t = "云南省外办举办边境官员研修班，老挝学员参加。研修班持续两周。6月18日，边境工作组会议将在景洪举行。"
    a, b = t.index("6月18日"), len(t)
    later = describe(t, 1, (a, b), actors=[], partners=[], acts=1)
    assert later.date is not None and later.future_date
    lead = describe(t, 0, (0, a), actors=["CN-YN"], partners=["LAO"], acts=1)
    seg = segment([lead, later], t)
    assert len(seg) == 1 and seg[0].date is None


@pytest.mark.parametrize("text", [
    "在2019年5月8日签署的备忘录框架下，10月15日云南省长在昆明会见老挝琅南塔省省长。",
    "2018年3月12日两市结好以来，10月15日云南省长在昆明会见老挝琅南塔省省长。",
    "自2018年3月12日起，两省定期会晤。10月15日，云南省长在昆明会见老挝琅南塔省省长。",
])
def test_a_day_of_another_event_in_the_clause_is_not_the_acts(tagger, text):
    assert first(tagger, text, date="2023-10-20").date == "2023-10-15"


def test_a_congratulatory_word_at_an_event_abroad_is_no_remote_act(tagger):
    e = first(tagger, "The Hunan-Bavaria Week, co-hosted by the Hunan provincial government and the State of Bavaria, "
                      "opened in Erlangen, Bavaria, on 12 May, and the governor delivered a congratulatory speech.")
    assert (e.venue, e.direction) == ("DEU", "outbound")
    e = first(tagger, "云南省长向老挝琅勃拉邦省省长致贺信，祝贺两省结好十周年。")  # a letter sent: remote
    assert e.direction == "remote"


def test_a_visiting_foreigners_adjective_is_no_venue(tagger):
    e = first(tagger, "The Party secretary of Hainan met the visiting Samoan prime minister on Sunday in Haikou.")
    assert (e.venue, e.direction) == ("CN-HI", "inbound")


@pytest.mark.parametrize("text,want", [
    ("On the afternoon of the 18th, Yunnan's vice governor met the Thai Consul General in Kunming.", "2024-06-18"),
    ("On the 18th in Haikou, Hainan's governor met the visiting Mayor of Cebu.", "2024-06-18"),
    # an ordinal that is no day of the month, or a day of a named month this rule does not guess
    ("Yunnan's vice governor met the Thai Consul General on the 18th floor of the Kunming hotel.", None),
    ("On the 18th and 19th of May, Yunnan's vice governor met the Thai Consul General in Kunming.", None),
])
def test_an_english_ordinal_day_takes_the_documents_month(tagger, text, want):
    assert first(tagger, text, date="2024-06-20").date == want


@pytest.mark.parametrize("text,category", [
    # a part of a month dates the act: 先后 lists visits on that occasion, not a tally
    ("5月中旬，泰国、缅甸两国驻昆明总领事先后到访普洱。", "delegation_visit"),
    # a tally since the start of the year is still no act
    ("今年以来，海南先后接待了20多个国家的代表团。", None),
])
def test_a_part_of_a_month_dates_an_act(tagger, text, category):
    assert tagger.tag(text, date="2024-06-01").engagement == category
