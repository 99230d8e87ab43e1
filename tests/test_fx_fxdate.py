"""Dates on real pages (issue 15, helper fxdate): a page's own day (a place dateline with no agency,
a reporter's byline, a timestamp) or the day of an event still to come taken over the act's own day.
The texts are written for these tests with other facts and names; each test fails without its fix."""

from __future__ import annotations

import pytest

from pipeline.engagement.when import future_day, not_act_day, report_day


def _dates(tagger, text: str, date: str | None) -> list[str | None]:
    return [e.date for e in tagger.tag(text, date=date).engagements]


# --- a place dateline in capitals with no agency: the report's day, the weekday in the body the act's ----

def test_place_dateline_without_agency_gives_way_to_the_day_in_brackets(tagger):
    text = ("MACAU, March 14 - The Chief Executive received Hunan's Governor and his party. "
            "The meeting was held on Thursday (13 March) at Government House.")
    assert _dates(tagger, text, "2025-03-14") == ["2025-03-13"]


def test_place_dateline_without_agency_gives_way_to_a_weekday(tagger):
    text = ("HONG KONG, June 8 - The Chief Executive met the Party Secretary of Hainan Province on Friday "
            "at Government House to discuss cooperation on the free trade port.")
    assert _dates(tagger, text, "2024-06-08") == ["2024-06-07"]


# --- a page timestamp next to the byline is no act's day ---------------------------------------------------

def test_timestamp_with_clock_time_gives_way_to_monday(tagger):
    text = ("Promotion event held for Gansu\n\n10:15, May 20, 2021 By Li Ming ( People's Daily\n\n"
            "A promotion event for Gansu was held by the Ministry of Foreign Affairs on Monday, with envoys "
            "from 100 countries.")
    assert _dates(tagger, text, "2021-05-20") == ["2021-05-17"]


# --- a provincial paper's byline: "…, October 9 (… reporter …) On October 8, …" ----------------------------

def test_reporter_byline_day_gives_way_to_the_act_day(tagger):
    text = ("Governor meets envoys\n\nSoutheast Net, October 9 (Fujian Daily reporter Wang Hai) On October 8, "
            "Governor Wang met in Fuzhou with envoys from Laos and Nepal.")
    assert _dates(tagger, text, "2021-10-09") == ["2021-10-08"]


# --- a day of an event announced for later is not the day of the meeting reported ----------------------------

def test_future_range_of_another_meeting_leaves_the_weekday(tagger):
    text = ("HANOI – The Party chief of Vietnam on Wednesday received Liu Ning, Secretary of the CPC Committee of "
            "the Guangxi Zhuang Autonomous Region.\n\nLiu is visiting Vietnam to attend a spring meeting with the "
            "secretaries of four border provinces, which will be held in Lang Son from March 6–8.")
    assert _dates(tagger, text, "2024-03-05") == ["2024-02-28"]


def test_summit_to_come_leaves_the_meeting_on_tuesday(tagger):
    text = ("The Party chief of Gansu met the Minister of Trade of Kyrgyzstan in Lanzhou on Tuesday, and the two "
            "sides discussed trade in farm produce. The regional summit will be held on June 20 in Xi'an.")
    assert _dates(tagger, text, "2024-06-13")[0] == "2024-06-11"


@pytest.mark.parametrize("text,day,want", [
    ("MACAU, March 22 - The Chief Executive met the Governor.", (None, 3, 22, 7, 15), True),
    ("Xiamen Daily, May 4 (reporter Chen Yu) On May 3, the mayor met", (None, 5, 4, 14, 19), True),
    ("09:02, April 15, 2021 By Zhang San", (None, 4, 15, 7, 21), True),
    ("Updated: June 3, 2019\n\nThe governor", (2019, 6, 3, 9, 21), True),
    ("The Governor met the consul on March 22 - a Friday.", (None, 3, 22, 31, 39), False),
    ("The governor met the consul on May 4 (Saturday) in Fuzhou.", (None, 5, 4, 31, 36), False),
])
def test_report_day(text, day, want):
    assert report_day(text, day) is want


def test_future_day_only_after_a_cue_in_the_same_clause():
    text = "The fair will be held in Xiamen. On September 8, the governor met the envoys."
    at = text.index("September")
    assert not future_day(text, (None, 9, 8, at, at + 11))
    text = "The governor met envoys to the fair, which will open on September 8."
    at = text.index("September")
    assert future_day(text, (None, 9, 8, at, at + 11)) and not_act_day(text, (None, 9, 8, at, at + 11))


# --- batch 2: a Chinese report line with 消息, an event's last day, a day-only of the month before -------------

def test_zh_report_line_with_xiaoxi_gives_way_to_the_act_day(tagger):
    text = ("云南省副省长会见泰国清迈府代表团\n\n  中国新闻网5月2日昆明消息  4月29日下午，云南省副省长李明在昆明会见了"
            "来访的泰国清迈府副府尹一行。")
    assert _dates(tagger, text, "2016-05-02") == ["2016-04-29"]


def test_last_day_of_an_expo_gives_way_to_the_opening_weekday(tagger):
    text = ("The second China-South Asia Expo opened on Friday morning in Kunming, Yunnan Province, and the expo, "
            "attended by ministers from Nepal and Sri Lanka, runs until June 10.")
    assert _dates(tagger, text, "2014-06-07") == ["2014-06-06"]


def test_zh_last_day_after_chixu_dao_is_not_the_act_day():
    text = "国际友城青年篮球交流赛在绵阳开幕，比赛将持续到7月21日。"
    at = text.index("7月")
    assert future_day(text, (None, 7, 21, at, at + 5))


def test_day_only_past_the_page_day_takes_the_month_a_caption_writes(tagger):
    text = ("“中国文化周”活动30日在柬埔寨金边开幕，云南省文化和旅游厅与柬方共同主办。\n"
            "5月30日，在金边，云南艺术家在开幕式上表演孔雀舞。")
    assert _dates(tagger, text, "2019-06-01")[0] == "2019-05-30"


def test_day_only_past_the_page_day_with_no_caption_stays_undated(tagger):
    text = "“中国文化周”活动30日在柬埔寨金边开幕，云南省文化和旅游厅与柬方共同主办。"
    assert _dates(tagger, text, "2019-06-01")[0] is None


# --- batch 3: a dateline's day is no act's day where the text says the act ended or gives its month only ----

def test_trip_wrapped_up_under_a_dateline_is_undated(tagger):
    text = ("TOKYO, Nov. 12 (Xinhua) -- A business group from Jilin Province wrapped up a five-day tour of "
            "Japan on Saturday, having signed contracts worth 12 million dollars.")
    assert _dates(tagger, text, "2023-11-12") == [None]


def test_month_only_act_under_a_dateline_is_undated(tagger):
    text = ("IRKUTSK, October 3. /TASS/. The governor of the Irkutsk Region said trade with China was growing. "
            "In August, the governor and the Governor of Heilongjiang Province signed an agreement on timber "
            "trade in an online format.")
    got = [e for e in tagger.tag(text, date="2022-10-03").engagements if "signed" in text[e.evidence[0]:e.evidence[1]]]
    assert got and all(e.date is None for e in got)


def test_dateline_day_stays_where_no_month_or_end_is_written(tagger):
    text = ("TOKYO, Nov. 12 (Xinhua) -- The governor of Liaoning Province met the governor of Toyama "
            "Prefecture in Tokyo, and the two sides signed a memorandum on trade.")
    assert _dates(tagger, text, "2023-11-12") == ["2023-11-12"]


def test_weekday_of_the_lead_outranks_a_month_only_background_trip(tagger):
    text = ("BEIJING, May 10 (Xinhua) -- The Party chief of Gansu met the Minister of Agriculture of Kazakhstan in "
            "Lanzhou on Tuesday. In March, he led a delegation to Kazakhstan and Uzbekistan.")
    assert _dates(tagger, text, "2023-05-10")[0] == "2023-05-09"
