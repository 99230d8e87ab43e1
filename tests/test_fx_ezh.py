"""Chinese real pages of the north-east, the west and the interior, fix round 11 (helper ezh).

1. A mirror's province menu with pinyin glosses (中新網(wǎng)首頁 安徽 北京 …) is page noise: no province acts.
2. A report whose first sentence opens with its full date (2019年3月5日，某某会见…) keeps that sentence as
   its lead; only a bare date or stamp line is skipped.
3. China's own envoys abroad as a group at home (会见来访的我国驻外使节团) is work between Chinese sides:
   ``domestic_coordination``, and the posts they hold abroad (驻某国大使) are no partner.
4. The Chengdu-Chongqing economic circle as a strategy a province meets (迎来成渝地区双城经济圈建设等机遇)
   does not make the other of the two act.

Every sentence here is written for the test.
"""

import pytest

from pipeline.documents import as_document, prepare
from pipeline.engagement.peer_offices import peer_exchange
from pipeline.pagenoise import mask


def _tag(tagger, text, **kw):
    return tagger.tag_document(prepare(as_document({"id": "t", "text": text, **kw})))


# ------------------------------------------------------------------ 1. glossed province menu

MENU = ("網(wǎng)站首頁 安徽 北京 重慶 福建 甘肅 貴州 廣東 廣西 海南 河北 河南 湖北 湖南 吉林 遼寧 "
        "內(nèi)蒙古 寧夏 青海 山東 山西 陜西 上海 四川 新疆 云南 浙江")


def test_glossed_menu_line_is_blanked():
    text = MENU + "\n\n3月2日，省長某某在鄭州會見了某國駐華大使一行。"
    masked = mask(text)
    assert len(masked) == len(text)
    assert "安徽" not in masked and "會見" in masked


def test_glossed_menu_names_no_actor(tagger):
    text = MENU + "\n\n3月2日，河南省省長某某在鄭州會見了盧森堡駐華大使一行，雙方就航空物流合作交換了意見。"
    assert _tag(tagger, text, date="2024-03-03").provinces == ["CN-HA"]


# ------------------------------------------------------------------ 2. a lead opening with its full date

@pytest.mark.parametrize("text", [
    "2019年3月5日，市外办主任张某会见了英国驻重庆总领事一行。双方就进一步合作交换了意见。",
    "2017年6月12日上午，副省长李某在长春会见了韩国某道知事一行。双方表示将加强经贸合作。",
])
def test_dated_lead_is_the_act(tagger, text):
    assert _tag(tagger, text).engagement == "high_level_meeting"


def test_stamp_line_is_still_skipped(tagger):
    text = "2020-05-06 09:30 来源：某某日报\n5月5日，副省长王某在兰州会见了某国驻华大使。双方就合作交换了意见。"
    assert _tag(tagger, text).engagement == "high_level_meeting"


# ------------------------------------------------------------------ 3. China's own envoys at home

@pytest.mark.parametrize("sentence", [
    "6月8日晚，副省长陈某在泉州会见来闽考察的我国驻外使节团。",
    "我国驻外使节考察团一行来我省参观考察。",
])
def test_own_envoys_group_is_work_between_chinese_sides(sentence):
    assert peer_exchange(sentence, [(0, len(sentence))], [0], {})


def test_foreign_envoys_are_still_foreign():
    sentence = "6月8日，外国驻华使节一行来我省参观考察。"
    assert not peer_exchange(sentence, [(0, len(sentence))], [0], {})


def test_own_envoys_post_is_no_partner(tagger):
    text = ("6月8日晚，副省长陈某在泉州会见来闽考察的我国驻外使节团。陈某希望各位使节更多宣传福建。"
            "使节团团长、驻肯尼亚大使刘某表示，将为福建对外交流提供服务。")
    r = _tag(tagger, text, date="2015-06-09")
    assert r.partners == [] and r.engagement == "domestic_coordination"


# ------------------------------------------------------------------ 4. the Chengdu-Chongqing circle as a strategy

def test_circle_as_strategy_adds_no_actor(tagger):
    text = "5月6日，省长某某在成都会见了某国驻成都总领事。他说，四川正迎来成渝地区双城经济圈建设等重大机遇。"
    assert _tag(tagger, text).provinces == ["CN-SC"]


def test_circle_agreement_keeps_both(tagger):
    text = "5月6日，重庆市外办与四川省外办签署成渝地区双城经济圈外事协作协议。"
    assert sorted(_tag(tagger, text).provinces) == ["CN-CQ", "CN-SC"]


# ------------------------------------------------------------------ 5. a dated lead listing two days

def test_lead_dated_with_two_days_is_the_act(tagger):
    text = ("2020年9月3日、5日，市外办主任王某先后会见了法国驻成都总领事、德国驻成都总领事。"
            "双方就进一步合作交换了意见。")
    assert _tag(tagger, text).engagement == "high_level_meeting"


# ------------------------------------------------------------------ 6. a meeting at the envoy's residence in China

def test_meeting_at_consul_residence_is_at_home(tagger):
    text = "9月3日，市外办主任王某在法国驻成都总领事官邸会见了总领事某某，双方就合作交换了意见。"
    e = _tag(tagger, text, date="2020-09-04").engagements[0]
    assert (e.direction, e.venue) == ("inbound", "CN-SC")


# ------------------------------------------------------------------ 7. a guest leading a group here

def test_guest_led_group_here_is_met(tagger):
    text = ("5月9日至10日，某国交通部秘书长某某率该国物流代表团一行20人来渝访问。"
            "10日，重庆市副市长某某会见了某某一行。")
    text = text.replace("某国", "荷兰").replace("该国", "荷兰")
    assert _tag(tagger, text, date="2021-05-12").engagement == "high_level_meeting"


# ------------------------------------------------------------------ 8. a dated act after a visit's written end

def test_act_after_a_visits_end_is_another_occasion(tagger):
    text = ("5月9日至10日，荷兰物流代表团一行来渝访问。10日，副市长某某会见了代表团一行。\n"
            "5月18日至20日，美国某基金会代表团一行来渝访问。18日，市人大常委会副主任某某会见了代表团一行。")
    es = _tag(tagger, text, date="2021-05-25").engagements
    assert [(e.category, e.partners) for e in es] == [("high_level_meeting", ["NLD"]), ("high_level_meeting", ["USA"])]


def test_stops_inside_a_trip_stay_one(tagger):
    text = "5月3日至9日，副省长王某率团访问德国和法国。5月5日，代表团在柏林会见了某州州长。"
    assert len(_tag(tagger, text, date="2021-05-12").engagements) == 1


# ------------------------------------------------------------------ 9. 陇 and 疆: visits by the short names

@pytest.mark.parametrize("text, code", [
    ("6月18日，吉尔吉斯斯坦楚河州州长一行访陇。", "CN-GS"),
    ("6月18日，乌兹别克斯坦代表团一行来疆考察访问。", "CN-XJ"),
    ("6月18日，哈萨克斯坦某州州长一行抵疆，开始为期三天的访问。", "CN-XJ"),
])
def test_visit_by_short_name(tagger, text, code):
    r = _tag(tagger, text, date="2023-06-20")
    assert r.provinces == [code] and r.engagement == "delegation_visit"
    assert r.engagements[0].direction == "inbound"


# ------------------------------------------------------------------ 10. a route named by dashed full names

def test_dashed_route_name_is_background(tagger):
    text = ("3月31日，自治区主席某某在乌鲁木齐会见了乌兹别克斯坦驻华大使。"
            "大使表示，中国—吉尔吉斯斯坦—乌兹别克斯坦铁路已经开工建设。")
    assert _tag(tagger, text, date="2025-04-01").partners == ["UZB"]


def test_dashed_body_name_keeps_its_countries(tagger):
    text = "3月31日，副省长某某会见了吉尔吉斯斯坦—乌兹别克斯坦商会代表团。"
    assert sorted(_tag(tagger, text, date="2025-04-01").partners) == ["KGZ", "UZB"]


# ------------------------------------------------------------------ 11. a foreign ministry's secretary-general

@pytest.mark.parametrize("text", [
    "4月10日，副省长某某会见了荷兰基础设施和水管理部秘书长一行。",
    "4月10日，副省长某某会见了泰国外交部常务秘书一行。",
])
def test_ministry_secretary_general_is_a_national_official(tagger, text):
    assert _tag(tagger, text, date="2019-04-12").engagements[0].counterpart == "minister"


def test_organisation_secretary_general_stays(tagger):
    text = "4月10日，副省长某某会见了上海合作组织秘书长一行。"
    assert _tag(tagger, text, date="2019-04-12").engagements[0].counterpart == "international_org"


# ------------------------------------------------------------------ 12. a site's name and two sections as a breadcrumb

def test_site_breadcrumb_is_blanked():
    text = "某某西藏網 > 即時新聞 > 地方\n\n省長某某會見非洲國家駐華使節"
    masked = mask(text)
    assert "西藏" not in masked and "會見" in masked


def test_a_sentence_with_arrows_is_kept():
    text = "价格 > 成本 > 利润的关系说明了一切。"
    assert mask(text) == text
