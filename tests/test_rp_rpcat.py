"""Real pages of forums, expos, trainings, culture and domestic foreign-affairs work (helper
rpcat, issue 15): classes of miss fixed.

1. A press conference that announces an event is China's own briefing, not an act: holding or
   opening it (召开新闻发布会, "a press conference held Friday") reports no engagement, while the
   event it announces is read by the future frames.
2. A passive future with its day ("will be held in Deyang from October 12") announces an
   event; it reports none, as the active "will visit … on Monday" already did not.

Every sentence here is written for the test.
"""

import pytest

from pipeline.engagement.side_events import press_event


# ------------------------------------------------------------------ 1. press conferences

@pytest.mark.parametrize("sentence, verb", [
    ("5月9日下午，省政府新闻办召开新闻发布会，介绍中国—南亚博览会筹备情况。", "召开"),
    ("3月2日，市外办举行了情况通报会，通报友城大会安排。", "举行"),
    ("9月1日，博览会组委会新闻发布会在南宁举行。", "举行"),
])
def test_holding_a_briefing_is_framed_chinese(sentence, verb):
    a = sentence.index(verb)
    assert press_event(sentence, a, a + len(verb), zh=True)


@pytest.mark.parametrize("sentence, verb", [
    ("the commerce department held a press conference on tuesday to present the fair.", "held"),
    ("the plans were outlined at a news conference held on monday afternoon.", "held"),
])
def test_holding_a_briefing_is_framed_english(sentence, verb):
    a = sentence.index(verb)
    assert press_event(sentence, a, a + len(verb), zh=False)


@pytest.mark.parametrize("sentence, verb, zh", [
    ("5月9日，省长在昆明会见泰国驻昆明总领事。", "会见", True),
    ("4月3日，第二届中老文化周在万象举行。", "举行", True),
    ("the two provinces held talks on monday on border trade.", "held", False),
])
def test_other_acts_are_no_briefing(sentence, verb, zh):
    a = sentence.index(verb)
    assert not press_event(sentence, a, a + len(verb), zh=zh)


def test_an_expo_announced_at_a_press_conference_reports_no_engagement(tagger):
    text = ("第五届中国—东北亚青年交流营将于8月3日至9日在长春举办。7月20日上午，吉林省政府新闻办召开新闻发布会，"
            "省外办副主任介绍了交流营筹备情况。交流营将邀请来自韩国、蒙古国、俄罗斯等国的200余名青年参加。")
    rec = tagger.tag(text)
    assert rec.engagement is None and rec.engagements == []


def test_a_briefing_beside_a_reported_forum_leaves_the_forum(tagger):
    text = ("6月12日，第三届中国—老挝边境贸易论坛在磨憨开幕，来自老挝的120名企业代表参加。"
            "当天下午，论坛组委会举行新闻发布会，介绍论坛成果。")
    rec = tagger.tag(text)
    assert rec.engagement == "forum_expo"
    assert [e.partners for e in rec.engagements] == [["LAO"]]


def test_an_english_fair_announced_at_a_press_conference_reports_none(tagger):
    text = ("HEFEI, May 6 (Xinhua) -- The fair will open on May 20 in Hefei, said Anhui's deputy trade chief "
            "Liu Fang at a news conference held Tuesday. The fair will gather exhibitors from "
            "Germany and Italy.")
    rec = tagger.tag(text)
    assert rec.engagements == []


# ------------------------------------------------------------------ 2. passive future with a day

@pytest.mark.parametrize("text", [
    "DEYANG, Oct. 2 -- The investment week, organised by the provincial government, will be held in "
    "Deyang from October 12 to 14 with companies from Japan and Korea.",
    "NANNING, Sept. 2 -- The China-Vietnam youth festival will open in Nanning on September 15.",
])
def test_a_dated_passive_future_reports_no_engagement(tagger, text):
    assert tagger.tag(text).engagements == []


def test_a_dated_past_passive_still_reports(tagger):
    text = ("CHENGDU, Nov. 30 -- A trade fair with companies from Japan was held in Chengdu on "
            "November 29, the provincial government said.")
    assert [e.category for e in tagger.tag(text).engagements] == ["forum_expo"]


# ------------------------------------------------------------------ 3. announced events described

def test_a_press_conference_sentence_describing_the_coming_fair_reports_none(tagger):
    text = ("XINING, May 3 (Xinhua) -- The 25th Qinghai trade fair is scheduled to open on May 20. The four-day "
            "event will focus on green industries, with exhibitions and seminars held online and offline, said "
            "Qinghai's trade bureau director at a news briefing held Friday.")
    assert tagger.tag(text).engagements == []


@pytest.mark.parametrize("text, zh", [
    ("As of May 2, more than 300 firms from 20 countries have confirmed their participation in the 9th "
     "China-South Asia Expo.", False),
    ("截至5月2日，已有来自20个国家的300余家企业确认参展第九届南博会。", True),
])
def test_a_confirmed_attendance_announces_the_event(tagger, text, zh):
    assert tagger.tag(text, lang="zh" if zh else "en").engagements == []


def test_a_reported_attendance_still_reports(tagger):
    text = "On May 2, more than 300 firms from Nepal took part in the 9th China-South Asia Expo in Kunming."
    assert [e.category for e in tagger.tag(text).engagements] == ["forum_expo"]


# ------------------------------------------------------------------ 4. hybrid events and speeches are on site

@pytest.mark.parametrize("text", [
    "7月7日，第三届中国—中亚农业合作论坛以线上线下结合的形式在兰州开幕，来自哈萨克斯坦的代表出席。",
    "10月15日，国际友城合作论坛在成都开幕，日本山梨县副知事等友城代表致贺词。",
    "On May 8, the China-Laos trade forum opened in Kunming, held online and offline, with officials from Laos.",
])
def test_a_hybrid_event_or_a_speech_of_greetings_is_not_remote(tagger, text):
    engs = tagger.tag(text).engagements
    assert engs and engs[0].direction != "remote"


def test_a_video_meeting_is_still_remote(tagger):
    e = tagger.tag("6月3日，省长与老挝琅南塔省省长举行视频会谈。").engagements[0]
    assert e.direction == "remote"


# ------------------------------------------------------------------ 5. Chinese dated announcements, more verbs

@pytest.mark.parametrize("text", [
    "9月3日，第五届中国—南亚博览会将开幕。",
    "7月1日，广西将派出艺术团赴越南演出。",
    "6月10日，省政府将邀请泰国驻华大使出席论坛。",
    "12月1日，中老旅游年系列活动将启动。",
])
def test_a_dated_chinese_announcement_reports_no_act(text):
    from pipeline.engagement.detect import act_sentences
    assert act_sentences(text, [(0, len(text))], lang="zh") == []


def test_a_dated_act_with_a_plan_after_it_still_reports():
    from pipeline.engagement.detect import act_sentences
    text = "5月9日，省长会见越南客人，并将组织企业赴越考察。"
    assert act_sentences(text, [(0, len(text))], lang="zh") == [0]


# ------------------------------------------------------------------ 6. editions of fairs the pages date (lexicon/events.yaml)

@pytest.mark.parametrize("text, want", [
    ("7月7日，甘肃省委书记在兰州会见出席第二十八届兰洽会的尼泊尔驻华大使。", "2022-07-07"),
    ("9月20日，四川省长在成都会见出席第十七届西博会的意大利副总理。", "2018-09-20"),
    ("9月8日，福建省长在厦门会见出席第二十二届投洽会的泰国副总理。", "2022-09-08"),
    ("On August 30, Xinjiang's chairman met the Kazakh deputy prime minister at the sixth China-Eurasia Expo "
     "in Urumqi.", "2018-08-30"),
])
def test_an_edition_the_pages_date_gives_its_year(tagger, text, want):
    engs = tagger.tag(text).engagements  # no document date: the edition dates the day
    assert [e.date for e in engs] == [want]
