"""Engagement attributes on city, prefecture and county pages and the thinly covered provinces
(issue 15, real pages of the rpcity round): page furniture before the lead (a breadcrumb, a time
stamp, the headline twice), a consulate named by its seat alone, a leader only cited as the
author of instructions, a provincial seat held with a city's post, other countries' mayors named
as a group, a prefecture's or district's own committee posts, and city and district names that
hide a province's one-character name. Every sentence was written for these tests; names and
places are public facts, events are illustrative."""

from __future__ import annotations

import pytest

from pipeline.engagement.city_pages import (attribute_sentences, cited_leader, concurrent_city_level,
                                            foreign_group_mayor, named_consulate_seat, unit_committee_post)
from pipeline.schemas import Mention
from tests.test_pairing import first  # (the helper; the rules-only tagger fixture is conftest's)


def _city(text: str, t: str, code: str) -> Mention:
    i = t.index(text)
    return Mention(label="province", code=code, text=text, start=i, end=i + len(text), entry=f"city.{code}.x")


# --- page furniture before the lead -------------------------------------------------------------

def test_furniture_lines_are_skipped():
    t = "首页 > 地方新闻 > 湖南\n发布时间：2021-06-02 09:15\n友城代表团来访\n友城代表团来访\n昨日，市长会见了代表团。\n"
    lines = [line for line in t.split("\n")]
    spans, pos = [], 0
    for line in lines[:-1]:
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    got = attribute_sentences(t, spans, list(range(len(spans))), 2)
    assert [t[spans[i][0]:spans[i][1]] for i in got] == ["友城代表团来访", "昨日，市长会见了代表团。"]


def test_all_furniture_keeps_the_first():
    t = "2020-01-01\n2020-01-02"
    assert attribute_sentences(t, [(0, 10), (11, 21)], [0, 1], 1) == [0]


def test_lead_read_past_a_repeated_headline(tagger):  # noqa: F811
    # the act sentence comes sixth: the relative day and the leader's post are read from it
    t = ("资讯\n首页 > 国内资讯 > 湖南新闻\n\n友城结好十周年 张三会见日本某市代表团\n\n时间:2019-06-12\n\n"
         "友城结好十周年\n\n张三会见日本某市代表团\n\n本报讯 今年是长沙与日本鹿儿岛市缔结友城的第十个年头。"
         "昨日，省委常委、市委书记张三会见了鹿儿岛市市长率领的代表团。")
    e = first(tagger, t, date="2019-06-12")
    assert e.date == "2019-06-11"
    assert (e.official, e.level) == ("deputy", "municipal")


# --- a provincial seat held with a city's post ----------------------------------------------------

@pytest.mark.parametrize("t,want", [
    ("省委常委、市委书记李四会见客人", "municipal"),
    ("自治区党委常委、州委书记李四会见客人", "municipal"),
    ("省委常委、副省长李四会见客人", None),
])
def test_concurrent_city_level(t, want):
    title = t.split("、")[0]
    assert concurrent_city_level(t, 0, len(title), title) == want


# --- a consulate named by its seat alone ----------------------------------------------------------

def test_named_consulate_seat():
    t = "副市长会见韩国驻沈阳总领事。她希望在沈阳总领事馆支持下扩大合作。"
    i = t.rindex("沈阳")
    m = Mention(label="province", code="CN-LN", text="沈阳", start=i, end=i + 2, entry="city.CN-LN.shenyang")
    assert named_consulate_seat(t, m)
    alone = "在沈阳总领事馆支持下扩大合作。"
    assert not named_consulate_seat(alone, _city("沈阳", alone, "CN-LN"))


def test_consulate_seat_is_no_actor(tagger):  # noqa: F811
    t = ("9月3日，黑河市副市长会见日本驻沈阳总领事一行。双方表示，将在沈阳总领事馆的协助下推动黑河与日本地方交流，"
         "沈阳总领事馆愿为两地合作牵线。")
    r = tagger.tag(t, date="2021-09-05")
    assert "CN-LN" not in r.provinces
    assert "CN-HL" in r.provinces


# --- a leader only cited ---------------------------------------------------------------------------

def test_cited_leader():
    t = "会议要求认真落实市委书记王五调研本区指示精神，区委书记赵六主持会议。"
    i = t.index("市委书记")
    assert cited_leader(t, i, i + 4)
    j = t.index("区委书记")
    assert not cited_leader(t, j, j + 4)


# --- other countries' mayors named as a group ----------------------------------------------------

@pytest.mark.parametrize("t,title,want", [
    ("南亚国家市长对话会在昆明开幕", "市长", True),
    ("第二届外国市长论坛开幕", "市长", True),
    ("各国友城市长出席", "市长", True),
    ("贵阳市市长会见客人", "市长", False),
])
def test_foreign_group_mayor(t, title, want):
    i = t.index(title)
    assert foreign_group_mayor(t, i, title) is want


def test_group_mayors_are_not_the_chinese_official(tagger):  # noqa: F811
    t = "4月9日上午，云南省与东盟国家市长对话会在昆明开幕，泰国、柬埔寨多位城市负责人参会。"
    e = first(tagger, t, date="2018-04-10")
    assert e.official != "municipal" and e.level == "provincial"


# --- a prefecture's or district's own committee posts --------------------------------------------

@pytest.mark.parametrize("t,post,want", [
    ("州委副书记、州委宣传部部长主持会议", "宣传部部长", True),
    ("市委常委、市委秘书长参加", "秘书长", True),
    ("重庆市委宣传部部长参加", "宣传部部长", False),
    ("省委宣传部部长参加", "宣传部部长", False),
])
def test_unit_committee_post(t, post, want):
    assert (unit_committee_post(t, t.index(post)) is not None) is want


def test_prefecture_and_district_leaders_are_municipal(tagger):  # noqa: F811
    t = "5月21日，东西部协作联席会议在蒙自召开，州委宣传部部长主持，上海市徐汇区委副书记出席并讲话。"
    e = first(tagger, t, date="2025-05-22")
    assert (e.official, e.level) == ("municipal", "municipal")


# --- city and district names hiding a province's one-character name ------------------------------

@pytest.mark.parametrize("t,want,not_want", [
    ("7月8日，重庆市政府外办副主任率队赴黔江区调研外事工作。", "CN-CQ", "CN-GZ"),
    ("3月2日，江津区与德国某市签署友好交流意向书。", "CN-CQ", "CN-TJ"),
    ("4月5日，青田县侨联会见意大利华侨代表团。", "CN-ZJ", "CN-QH"),
])
def test_districts_hiding_a_province(tagger, t, want, not_want):  # noqa: F811
    r = tagger.tag(t, date="2024-06-01")
    assert want in r.provinces and not_want not in r.provinces


# --- a city after a verb of coming or going that begins with a province's one-character name ---

@pytest.mark.parametrize("t,want,not_want", [
    ("5月3日，广西代表团赴鄂尔多斯考察能源合作。", "CN-NM", "CN-HB"),
    ("5月3日，越南客商赴晋江洽谈鞋服贸易。", "CN-FJ", "CN-SX"),
    ("5月3日，俄罗斯代表团赴辽源参观。", "CN-JL", "CN-LN"),
])
def test_city_after_visit_abbreviation(tagger, t, want, not_want):  # noqa: F811
    r = tagger.tag(t, date="2024-05-05")
    assert want in r.provinces and not_want not in r.provinces


def test_visit_abbreviation_alone_still_names_the_province(tagger):  # noqa: F811
    r = tagger.tag("5月3日，老挝代表团来滇访问。", date="2024-05-05")
    assert r.provinces == ["CN-YN"]


# --- a film show of micro-videos is no video link ------------------------------------------------

def test_micro_video_is_not_remote(tagger):  # noqa: F811
    t = ("11月15日，德宏州和缅甸木姐两地媒体座谈会于芒市举行。会上两地约定联合开展微视频征集和边境骑行活动，"
         "并交换了礼品。")
    e = first(tagger, t, date="2019-11-18")
    assert e.direction != "remote"


# --- acts that are not: an interview's remark, the items of a work summary -----------------------

def test_interview_remark_is_no_act():
    from pipeline.engagement.detect import predicate_frames
    t = "3月7日，黑河市市长在做客某网站俄语频道时表示，两市去年签署了旅游合作协议。"
    assert all(f is not None for _, _, f in predicate_frames(t, lang="zh"))
    t = "3月7日，黑河市市长在某网站俄语频道会见了俄罗斯客人。"  # no interview: the meeting is reported
    assert any(f is None for _, _, f in predicate_frames(t, lang="zh"))


def test_summary_items_are_no_acts():
    from pipeline.engagement.detect import predicate_frames
    assert all(f is not None for _, _, f in predicate_frames("二是区委外事委第三次会议如期举行。", lang="zh"))
    assert all(f is not None for _, _, f in predicate_frames("（二）成功举办国际友城论坛。", lang="zh"))
    # a dated item still reports its act
    assert any(f is None for _, _, f in predicate_frames("一是5月8日成功举办国际友城论坛。", lang="zh"))


# --- a title broken by a mirror site's pinyin glosses --------------------------------------------

def test_title_read_through_pinyin_glosses(tagger):  # noqa: F811
    t = "9月12日上午,大同市委書(shū)記會(huì)見(jiàn)5個(gè)國(guó)家的駐華使節。"
    e = first(tagger, t, date="2025-09-13")
    assert (e.official, e.level) == ("municipal", "municipal")


# --- a predicate that only names a time -----------------------------------------------------------

def test_occasion_is_no_act():
    from pipeline.engagement.detect import predicate_frames
    assert all(f is not None for _, _, f in predicate_frames("明年恰逢博览会举办之年，也是两市结好十周年。", lang="zh"))
    # the act of the sentence stays: only the occasion's predicate is blocked
    frames = predicate_frames("值此博览会举办之际，双方签署了友好城市协议。", lang="zh")
    assert [f for _, _, f in frames] == ["nominal", None]


def test_district_deputy_secretary_is_county_level(tagger):  # noqa: F811
    t = "6月5日，重庆市江津区委副书记会见德国某市代表团一行。"
    e = first(tagger, t, date="2024-06-08")
    assert (e.official, e.level) == ("municipal", "county")
