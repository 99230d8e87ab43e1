"""Dates and venues of engagements (TAXONOMY §3b, issue 15): the date forms of Chinese and
English reports and the venue phrases. Sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from tests.test_pairing import first  # (the helper; the rules-only tagger fixture is conftest's)


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


# ---- the year of a day written without one, in a document without a date (issue 15)

def _undated(tagger, text: str, url: str | None = None):
    from pipeline.schemas import Document

    r = tagger.tag(Document(id="t", text=text, meta={"url": url} if url else {}))
    assert r.engagements, text
    return r.engagements[0]


@pytest.mark.parametrize("url,want", [
    # the page's address gives the year (and month): a day of that month or before takes its year
    ("https://news.example.org/2024/06/governor-meets-consul/", "2024-06-26"),
    ("http://www.example.gov.cn/wsdt/202407/t41688_1.html", "2024-06-26"),
    ("https://news.example.org/politics/2024/governor-meets-consul.html", "2024-06-26"),  # a year only
    # a month after the address's: last year's, or an act announced: the year is not said
    ("https://news.example.org/2024/05/governor-meets-consul/", None),
    # an address without a year gives none
    ("https://news.example.org/article/4471852.html", None),
])
def test_the_pages_address_gives_the_year(tagger, url, want):
    e = _undated(tagger, "6月26日，云南省副省长在昆明会见泰国驻昆明总领事。", url)
    assert e.date == want


def test_a_full_day_in_the_address_is_the_documents_date_not_a_year_hint(tagger):
    # (url_date: the document's date, so 26日 takes its month too)
    e = _undated(tagger, "26日，云南省副省长在昆明会见泰国驻昆明总领事。",
                 "http://www.example.gov.cn/wsdt/202406/t20240628_1.html")
    assert e.date == "2024-06-26"


@pytest.mark.parametrize("text,want", [
    # an event named with its year, after the day
    ("2月20日，黑龙江省副省长在黑河出席2025中俄界江冰雪汽车越野赛开幕式，俄阿穆尔州副州长参加。", "2025-02-20"),
    ("On March 12, Hainan's vice governor met Cambodian guests at the 2025 Boao Tourism Forum in Qionghai.",
     "2025-03-12"),
    # the plan year of a work meeting in the first three quarters of the year
    ("3月18日，广西召开全区外事工作会议，安排2025年重点外事任务，越南驻南宁总领事应邀出席。", "2025-03-18"),
    # the page's own date in a footer (发布时间, "Posted on"), when the day's month is not after it
    ("8月9日，吉林省长在长春会见韩国江原道知事。\n发布时间：2024-08-12 来源：吉林省外办", "2024-08-09"),
    ("On August 9, Jilin's governor met the Governor of Gangwon in Changchun.\nPosted on August 12, 2024",
     "2024-08-09"),
    # the last year written before the day (a chronicle's year)
    ("2023年大事记：5月8日，福建省长在福州会见汤加首相。", "2023-05-08"),
])
def test_a_year_the_text_names_dates_the_day(tagger, text, want):
    assert _undated(tagger, text).date == want


@pytest.mark.parametrize("text", [
    # a December meeting plans next year: the plan year is not the act's
    "12月26日，广西召开全区外事工作会议，安排2025年重点外事任务，越南驻南宁总领事应邀出席。",
    # a founding year, a "since" year and a span of years are not the act's
    "6月26日，云南省副省长在昆明会见老挝琅南塔省省长。两省于2013年结为友好省州。",
    "6月26日，云南省副省长在昆明会见老挝琅南塔省省长。两省自2013年以来保持密切往来。",
    "6月26日，云南省副省长在昆明会见老挝琅南塔省省长。2013年至2024年，两省互访20余次。",
    "6月26日，云南省副省长在昆明会见老挝琅南塔省省长。中老两国1961年建交。",
    "On June 26, Yunnan's vice governor met the governor of Luang Namtha. The provinces have been partners since 2013.",
    "On June 26, Yunnan's vice governor met the governor of Luang Namtha. Trade grew every year from 2013 to 2023.",
    # a review year, a target year, a number that is no year
    "6月26日，云南省副省长在昆明会见老挝琅南塔省省长。双方总结2023年合作成果。",
    "6月26日，云南省副省长在昆明会见老挝琅南塔省省长。双方力争到2030年贸易额翻番。",
    "6月26日，云南省副省长在昆明会见老挝琅南塔省省长，2000多名群众夹道欢迎。",
    # two years named as the act's: which is not said
    "6月26日，云南省副省长出席2024中老友好论坛，并为2025中老旅游年活动揭幕。",
    # ... also before the day (the last year written before it is no other event's)
    "两省于2013年结为友好省州。6月26日，云南省副省长在昆明会见老挝琅南塔省省长。",
    "自2013年以来，两省保持密切往来。6月26日，云南省副省长在昆明会见老挝琅南塔省省长。",
    "2013—2024年，两省互访20余次。6月26日，云南省副省长在昆明会见老挝琅南塔省省长。",
    "Since 2013 the provinces have been partners. On June 26, Yunnan's vice governor met the governor of Luang Namtha.",
    "2023年，中老贸易额达100亿元。6月26日，云南省副省长在昆明会见老挝琅南塔省省长。",
    "双方总结2023年合作成果。12月26日，云南省外办召开会议，部署2025年工作，老挝驻昆明总领事出席。",
    # a dated month after the day is another occasion's (a plan, a background fact)
    "8月9日，吉林省长在长春会见韩国江原道知事。双方商定于2024年10月互派经贸代表团。",
    "8月9日，吉林省长在长春会见韩国江原道知事。2023年10月，两省结为友好省道。",
    # an event the clause announces (将, 邀请, "will", "invited") is no act's year
    "6月26日，云南省副省长在昆明会见越南客人。双方表示，将共同办好2025中越人文交流年。",
    "6月26日，云南省副省长在昆明会见泰国总领事，邀请其出席第九届中国—南亚博览会。",
    "On June 26, Yunnan's vice governor met the Thai Consul General and invited him to the 2025 China-South Asia Expo.",
    # no year anywhere
    "6月26日，云南省副省长在昆明会见老挝琅南塔省省长。",
])
def test_years_that_are_not_the_acts_give_none(tagger, text):
    assert _undated(tagger, text).date is None


@pytest.mark.parametrize("text,want", [
    # an edition whose year the lexicon knows (lexicon/events.yaml)
    ("9月21日，宁夏回族自治区主席在银川会见出席第六届中国—阿拉伯国家博览会的沙特代表团。", "2023-09-21"),
    ("9月25日，广西壮族自治区主席在南宁会见出席第21届中国-东盟博览会的越南副总理。", "2024-09-25"),
    ("9月25日，廣西壯族自治區主席在南寧會見出席第二十一屆中國—東盟博覽會的越南副總理。", "2024-09-25"),
    ("On June 27, Xinjiang's chairman met the Kazakh deputy prime minister at the 8th China-Eurasia Expo in Urumqi.",
     "2024-06-27"),
    ("On June 13, Hunan's governor met Kenyan ministers at the fourth China-Africa Economic and Trade Expo.",
     "2025-06-13"),
    # an edition the lexicon leaves out (not sure of its year) gives none
    ("6月20日，云南省长在昆明会见出席第六届中国—南亚博览会的尼泊尔副总统。", None),
])
def test_an_edition_numbered_event_gives_its_year(tagger, text, want):
    assert _undated(tagger, text).date == want


@pytest.mark.parametrize("text,want", [
    # an anniversary counted from a founding the lexicon dates (lexicon/anniversaries.yaml)
    ("4月25日，云南省委书记在昆明会见老挝驻昆明总领事，双方共庆中老建交63周年。", "2024-04-25"),
    ("9月26日，辽宁省在沈阳举办庆祝新中国成立七十五周年招待会，俄罗斯驻沈阳总领事出席。", "2024-09-26"),
    ("On January 27, Jiangsu's governor attended a reception in Nanjing marking the 60th anniversary of China-France "
     "diplomatic relations, with the French Consul General.", "2024-01-27"),
    # an anniversary the clause announces, or another year's, gives none
    ("12月12日，云南省委书记在昆明会见老挝驻昆明总领事，双方表示将共同办好明年中老建交63周年纪念活动。", None),
    ("4月25日，云南省委书记在昆明会见老挝驻昆明总领事，回顾去年中老建交62周年系列活动。", None),
    # an ambiguous short form (中巴: Pakistan or Brazil) is not read
    ("5月21日，新疆维吾尔自治区主席在乌鲁木齐会见巴基斯坦驻华大使，双方共庆中巴建交73周年。", None),
])
def test_a_counted_anniversary_gives_its_year(tagger, text, want):
    assert _undated(tagger, text).date == want


def test_the_document_date_comes_before_the_texts_years(tagger):
    e = first(tagger, "9月21日，宁夏回族自治区主席在银川会见出席第六届中国—阿拉伯国家博览会的沙特代表团。",
              date="2025-09-30")
    assert e.date == "2025-09-21"  # the document's year (the text's edition is last resort)


@pytest.mark.parametrize("text,doc_date,want", [
    ("Yunnan's vice governor met the Thai Consul General in Kunming on 26th June.", "2024-07-10", "2024-06-26"),
    ("A Yunnan delegation visited Laos from 26th to 28th June, meeting the Lao deputy prime minister.", "2024-07-10",
     "2024-06-26"),
    # Chinese numerals (formal texts)
    ("二〇二四年六月二十六日，云南省副省长在昆明会见泰国驻昆明总领事。", None, "2024-06-26"),
    ("十月一日，云南省副省长在昆明会见泰国驻昆明总领事。", "2024-10-09", "2024-10-01"),
    # a part of a month, "late June": no day
    ("Yunnan's vice governor met the Thai Consul General in Kunming in late June.", "2024-07-10", None),
    ("6月下旬，云南省副省长在昆明会见泰国驻昆明总领事。", "2024-07-10", None),
])
def test_more_day_forms(tagger, text, doc_date, want):
    assert first(tagger, text, date=doc_date).date == want


@pytest.mark.parametrize("text,kinds", [
    ("自2013年以来", ["other"]), ("since 2013", ["other"]), ("成立于1992年", ["other"]), ("1992年成立", ["other"]),
    ("2013年结为友好省州", ["other"]), ("2013—2024年", ["other", "other"]), ("2024-25 season", ["other"]),
    ("between 2013 and 2024", ["other", "other"]), ("总结2024年工作", ["other"]), ("到2030年", ["other"]),
    ("2000多名", []), ("US$2024 million", []), ("3,2024", []),
    ("安排2025年重点工作", ["plan"]), ("2025年工作要点", ["plan"]),
    ("2024年6月", ["date"]), ("June 26, 2024", ["date"]), ("发布时间：2024-06-27", ["stamp"]),
    ("Posted on June 27, 2024", ["stamp"]), ("2024-06-26", ["date"]), ("2019年5月签署的协议", ["other"]),
    ("2024中俄界江冰球友谊赛", ["event"]), ("the 2024 China-ASEAN Forum", ["event"]), ("Expo 2024", ["event"]),
    ("2024年全省外事工作会议", ["event"]), ("2023年，", ["plain"]), ("in 2023.", ["plain"]),
    ("the 2024 edition of the China-ASEAN Expo", ["event"]),
    ("2023年，中越贸易额达1000亿元", ["other"]), ("In 2023, bilateral trade grew 5%", ["other"]),  # a year's figures
])
def test_year_mention_kinds(text, kinds):
    from pipeline.engagement.years import year_mentions

    assert [m.kind for m in year_mentions(text)] == kinds


def test_the_text_names_one_year_or_none():
    from pipeline.engagement.years import DocYears

    assert DocYears("6月26日，…出席2024中俄论坛。").year(6, 0)[:2] == (2024, "text_names_year")
    assert DocYears("6月26日，…出席2024中俄论坛和2025中俄文化年开幕式。").year(6, 0) is None
    assert DocYears("4月22日，…安排2025年重点外事任务。").year(4, 0)[:2] == (2025, "text_names_year")
    assert DocYears("12月22日，…安排2025年重点外事任务。").year(12, 0) is None  # plans next year
    assert DocYears("10月22日，…安排2025年重点外事任务。").year(10, 0) is None
    # a footer's date is the page's: a day of a later month is last year's, or one announced
    assert DocYears("6月26日，…会见…。发布时间：2024-06-27").year(6, 0)[0] == 2024
    assert DocYears("12月28日，…会见…。发布时间：2024-01-05").year(12, 0) is None


@pytest.mark.parametrize("url,month,want", [
    ("https://example.org/2024/06/story/", 6, 2024), ("https://example.org/2024/06/story/", 1, 2024),
    ("https://example.org/2024/06/story/", 7, None), ("https://example.org/2024/story/", 12, 2024),
    ("https://example.org/story/88123.html", 6, None),
])
def test_the_address_year_and_the_month_after_it(url, month, want):
    from pipeline.engagement.years import DocYears

    got = DocYears("…", url).year(month, 0)
    assert (got[0] if got else None) == want


def test_a_month_after_the_addresss_takes_an_earlier_year_the_text_names():
    from pipeline.engagement.years import DocYears

    url = "https://example.org/2025/01/story/"  # published January 2025
    assert DocYears("12月28日，…出席2024中俄冰雪节。", url).year(12, 0)[0] == 2024
    assert DocYears("12月28日，…出席2025中俄冰雪节。", url).year(12, 0) is None  # not yet reported


def test_event_editions_read_numerals_and_ordinals():
    from pipeline.engagement.years import cn_number, compile_events
    from pipeline.entries import EventEntry

    ev = EventEntry(id="e", zh=["中国—东盟博览会"], en=["China-ASEAN Expo"], editions={20: 2023, 21: 2024})
    m = compile_events([ev])
    assert [y for y, _a, _b in m.find("第二十届中国东盟博览会和第21届中国–东盟博览会")] == [2023, 2024]
    assert [y for y, _a, _b in m.find("the twenty-first China-ASEAN Expo; the 20th China-ASEAN Expo")] == [2024, 2023]
    assert m.find("第22届中国—东盟博览会") == []  # an edition the lexicon does not date
    ev1 = EventEntry(id="s", zh=["中国—中亚峰会"], editions={1: 2023})
    assert [y for y, _a, _b in compile_events([ev1]).find("首届中国—中亚峰会")] == [2023]  # 首届: the first
    assert (cn_number("一百三十五"), cn_number("二十"), cn_number("两")) == (135, 20, 2)


@pytest.mark.parametrize("body,message", [
    ("- id: event.bad\n  zh: [某博览会]\n  editions: {2: 2019, 3: 2017}\n", "before an earlier edition"),
    ("- id: event.bad\n  zh: [某博览会]\n  editions: {0: 2019}\n", "numbered from 1"),
    ("- id: event.bad\n  zh: [某博览会]\n", "editions"),
    ("- id: event.bad\n  zh: [某博览会]\n  founded: 1949\n  editions: {1: 2019}\n", "not both"),
    ("- id: event.bad\n  editions: {1: 2019}\n", "at least one name"),
])
def test_a_bad_event_entry_is_a_coded_error_naming_file_and_line(tmp_path, body, message):
    import shutil

    from pipeline.errors import LexiconError
    from pipeline.lexicon import default_path, load

    root = tmp_path / "lex"
    shutil.copytree(default_path(), root)
    (root / "events.yaml").write_text("# events\n" + body, encoding="utf-8")
    with pytest.raises(LexiconError) as exc:
        load(root)
    text = str(exc.value)
    assert "E022" in text and "events.yaml" in text and ":2" in text and message in text, text


def test_the_shipped_event_lexicon_loads():
    from pipeline.lexicon import load

    lex = load()
    ids = {e.id for e in lex.event_entries}
    assert {"event.china_asean_expo", "event.china_arab_states_expo"} <= ids
    assert all(e.note for e in lex.event_entries)  # each with its source


@pytest.mark.parametrize("text", [
    "9月7日，湖北省委书记在武汉接见马里总理；湖北省省长随后与来访的多哥外交部长举行会谈。",
    "On September 7, Hubei's party secretary met the Prime Minister of Mali in Wuhan; Hubei's governor "
    "later held talks with Togo's foreign minister.",
])
def test_an_act_after_a_semicolon_shares_the_sentences_day(tagger, text):
    r = tagger.tag(text, date="2024-09-10")
    assert [e.date for e in r.engagements] == ["2024-09-07", "2024-09-07"]


def test_a_vague_act_after_a_semicolon_takes_no_day(tagger):
    r = tagger.tag("9月7日，湖北省委书记在武汉接见马里总理；此前，湖北省省长已与多哥外交部长举行会谈。",
                   date="2024-09-10")
    assert r.engagements[0].date == "2024-09-07" and all(e.date is None for e in r.engagements[1:])


@pytest.mark.parametrize("text,want", [
    # the weekday a trip or course ended on is not the act's first day
    ("JINAN -- A Shandong trade mission led by the vice governor returned from Kenya on Friday after a ten-day trip "
     "during which it met local officials.", None),
    ("Officials from Nepal completed a three-week course on disaster management in Chengdu on Friday, organised by a "
     "Sichuan university.", None),
    # "completed" an act on that day is the day
    ("Shandong's vice governor and Kenyan officials completed the signing of a trade agreement in Jinan on Friday.",
     "2024-03-15"),
])
def test_the_weekday_of_an_end_is_no_acts_day(tagger, text, want):
    assert first(tagger, text, date="2024-03-16").date == want


@pytest.mark.parametrize("text,doc_date,want", [
    # a bare day after a day written with its month: that month (the report's own month is another)
    ("6月25日，云南省长在昆明会见老挝总理。26日，云南省委书记在昆明会见越南国家主席。", "2024-07-02", "2024-06-26"),
    ("6月25日，云南省长在昆明会见老挝总理。26日，云南省委书记在昆明会见越南国家主席。", "2024-07-30", "2024-06-26"),
    ("2024年6月25日，云南省长在昆明会见老挝总理。26日，云南省委书记在昆明会见越南国家主席。", None, "2024-06-26"),
    # an earlier day of the month (3日 after 6月25日) or another year's day: the report's month
    ("6月25日，云南省长在昆明会见老挝总理。3日，云南省委书记在昆明会见越南国家主席。", "2024-07-05", "2024-07-03"),
    ("2019年5月8日，两省签署友好备忘录。26日，云南省委书记在昆明会见越南国家主席。", "2024-07-30", "2024-07-26"),
])
def test_a_bare_day_takes_the_month_written_before_it(tagger, text, doc_date, want):
    assert tagger.tag(text, date=doc_date).engagements[-1].date == want


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="2019年月日至—-,，。自以来安排工作周届第六中国东盟博览会建交周年 June0123456789", max_size=60),
       st.integers(min_value=1, max_value=12))
def test_year_reading_never_raises(text, month):
    from pipeline.engagement.years import DocYears, year_mentions

    for m in year_mentions(text):
        assert m.kind in ("date", "stamp", "event", "plan", "plain", "other")
    got = DocYears(text, "https://example.org/2024/06/x/" if month % 2 else None).year(month, len(text) // 2)
    assert got is None or 1900 <= got[0] <= 2100
