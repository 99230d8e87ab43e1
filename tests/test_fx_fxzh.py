"""Chinese real pages, fix round 2 (helper fxzh, issue 15): classes of miss fixed.

1. Foreign-affairs work between Chinese offices (两地外办座谈交流, 四市外办主任座谈会, 外办一行来我办
   调研, 友协一行到政协拜访交流, 外事专办员培训班, 全省对外开放大会) is ``domestic_coordination`` with no
   partner or region (TAXONOMY §3 rule 5), although its topics name 友城, 海外 or 一带一路; a visit
   abroad, a diplomat met or a foreign body in the same clauses keeps the foreign reading.

Every sentence here is written for the test.
"""

import pytest

from pipeline.engagement.detect import predicate_frames
from pipeline.engagement.peer_offices import peer_exchange


# ------------------------------------------------------------------ 1. peer offices: domestic work

@pytest.mark.parametrize("sentence", [
    "6月3日，甲市外办党组书记、主任王某一行来我办开展专题调研并座谈交流。",
    "10月8日，市人民对外友好协会代表一行到市人大走访交流。",
    "3月5日，省外办主任李某率团莅汕调研。",
    "10月9日，由沈阳市主办的东北五市外办主任座谈会在沈阳召开。",
    "2月27日，两市外办业务座谈会在扬州召开。",
    "9月18日至19日，市外侨办举办2019年度外事专办员培训班。",
    "21日，全市对外开放大会在市会议中心举行。",
    "3月22日，湖州市外辦主任一行來揚考察交流。",
])
def test_work_between_chinese_offices_is_read(sentence):
    assert peer_exchange(sentence, [(0, len(sentence))], [0], {})


@pytest.mark.parametrize("sentence", [
    "6月3日，省外办主任一行赴泰国驻昆明总领馆拜访交流。",          # a diplomat met
    "6月3日，外国驻华使节一行来我省调研考察。",                  # foreign envoys' tour
    "为贯彻落实中央外事工作会议精神，省长会见了客人。",              # a meeting named as guidance
    "6月3日，省外办主任会见了来访的客人。",                      # no peer form
])
def test_a_foreign_party_or_no_peer_form_is_not_read(sentence):
    assert not peer_exchange(sentence, [(0, len(sentence))], [0], {})


def test_a_topic_after_the_form_does_not_undo_it():
    text = "3月5日，省外办主任率团莅汕调研。双方就加强与欧美国家交流合作进行了探讨。"
    cut = text.index("。") + 1
    assert peer_exchange(text, [(0, cut), (cut, len(text))], [0, 1], {})


@pytest.mark.parametrize("text", [
    "10月8日，青海省人民对外友好协会代表一行到省人大走访交流。省人大外事委员会副主任陪同座谈。双方谈到了友城往来和海外联谊方面的做法。",
    "10月14日，东北片区城市外办主任座谈会在大连举行，哈尔滨、沈阳、长春、大连的外办主任到会。座谈结束后，大家一同参观了港口博物馆。",
    "3月22日上午，湖州市外办主任一行来扬考察交流，出席两市外办业务座谈会。会上双方同意在友城工作上加强合作。",
])
def test_chinese_offices_talking_is_domestic_coordination(tagger, text):
    engs = tagger.tag(text).engagements
    assert engs and all(e.category == "domestic_coordination" for e in engs)
    assert all(e.partners == [] and e.regions == [] for e in engs)


def test_a_cadre_course_with_a_summit_in_its_background_has_no_partner(tagger):
    text = ("本报讯 11月5日至6日，厦门市外办开办外事干部培训班，全市120余名外事干部在市行政学院参训。"
            "培训正值金砖国家领导人厦门会晤闭幕不久。")
    engs = tagger.tag(text).engagements
    assert [(e.category, e.partners) for e in engs] == [("domestic_coordination", [])]


def test_an_office_director_going_abroad_stays_a_visit(tagger):
    text = "6月3日，省外办主任率团赴日本考察交流，会见了友好县知事。"
    engs = tagger.tag(text).engagements
    assert engs and all(e.category != "domestic_coordination" for e in engs)
    assert any("JPN" in e.partners for e in engs)


# ------------------------------------------------------------------ 2. China's own mission abroad

@pytest.mark.parametrize("text, partner", [
    ("4月2日，中国驻泰国大使会见来泰访问的云南省副省长一行，介绍了中泰关系形势。", "THA"),
    ("驻老挝使馆临时代办会见四川省政协副主席一行\n5月8日，驻老挝使馆临时代办会见到老挝访问的四川省政协副主席一行。", "LAO"),
])
def test_own_mission_meeting_a_provincial_delegation_is_the_trip(tagger, text, partner):
    engs = tagger.tag(text).engagements
    assert [(e.category, e.partners) for e in engs] == [("delegation_visit", [partner])]


def test_a_foreign_consul_seated_in_china_still_meets(tagger):
    engs = tagger.tag("3月5日，俄罗斯驻沈阳总领事拜会辽宁省副省长，双方就友好交流进行了交谈。").engagements
    assert [(e.category, e.partners) for e in engs] == [("high_level_meeting", ["RUS"])]


# ------------------------------------------------------------------ 3. duty lists and China's own congresses

@pytest.mark.parametrize("sentence", [
    "指导全市涉外接待场所和对外交流基地的建设；",
    "负责协调市政府领导出席各类外事活动。",
    "三、审核各区县对外结好事宜。",
    "1月10日上午，某市第十七届人民代表大会第三次会议在市会议中心开幕。",
    "省政协十二届四次会议在福州召开。",
])
def test_duty_lists_and_congress_sessions_report_no_act(sentence):
    assert all(frame is not None for _, _, frame in predicate_frames(sentence, lang="zh"))


@pytest.mark.parametrize("sentence", [
    "省外办负责人会见了日本客人。",
    "9月1日，省政协主席会见日本议员代表团。",
    "中国—东盟博览会在南宁开幕。",
])
def test_acts_near_those_words_stay_acts(sentence):
    assert any(frame is None for _, _, frame in predicate_frames(sentence, lang="zh"))


def test_an_office_duty_page_reports_no_engagement(tagger):
    text = ("某市外事办公室主要职责\n指导全市涉外接待场所和对外交流基地的建设；审核各区县对外结好事宜。\n"
            "负责来访外宾的接待工作；负责协调市政府领导出席外事活动。")
    assert tagger.tag(text).engagements == []


# ------------------------------------------------------------------ round 10 (fxzh): Chinese pages of many provinces

from pipeline.engagement.signing import signed  # noqa: E402
from pipeline.engagement.summaries import summary_sentence  # noqa: E402
from pipeline.pagenoise import noise_spans  # noqa: E402


@pytest.mark.parametrize("sentence", [
    "州长表示，双方将以此次签署合作协议为契机，推进职业教育和干部培训。",
    "州长表示，本次签约开启了两地交流的新篇章。",
    "双方一致认为，这次签订的备忘录意义重大。",
])
def test_this_signing_named_again_in_a_remark_is_no_signing(sentence):
    assert not signed(sentence, "zh")


@pytest.mark.parametrize("sentence", [
    "双方签署了教育合作协议。",
    "会见后，两省签署建立友好省关系协议书。",
])
def test_a_signing_reported_stays_a_signing(sentence):
    assert signed(sentence, "zh")


def test_a_remark_about_training_after_a_friendship_signing_keeps_rule_4(tagger):
    text = ("9月14日，甲省省长会见来访的某国乙州州长一行，会见后双方签署缔结友好省州关系协议书。"
            "乙州州长表示，本次签约后两地将互派青年干部，开展农业技术培训。")
    assert tagger.tag(text).engagement == "cooperation_project"


@pytest.mark.parametrize("sentence", [
    "座谈会上，来访一行听取了市外办关于友城工作的情况介绍。",
    "会上，王某听取了各区外办的工作汇报，重点了解了对外交流情况。",
    "特别是今年以来，市外办推动经贸代表团赴某国友城开展项目合作。",
    "年初以来，全市共接待外宾团组20批。",
])
def test_a_briefing_heard_and_a_year_to_date_summary_report_no_act(sentence):
    assert summary_sentence(sentence, sentence, 0, zh=True)


@pytest.mark.parametrize("sentence", [
    "会上，双方签署了友好交流合作备忘录。",
    "5月3日，市外办主任会见了来访的客人。",
])
def test_acts_on_the_occasion_stay_acts(sentence):
    assert not summary_sentence(sentence, sentence, 0, zh=True)


def test_a_peer_visit_with_a_briefing_on_trips_abroad_is_one_domestic_engagement(tagger):
    text = ("3月2日，乙省外办调研组一行到我办交流，双方举行座谈。座谈会上，调研组听取了本办关于友城工作的介绍。"
            "今年以来，本办组织企业代表团赴瑞士、芬兰友城开展项目对接。")
    engs = tagger.tag(text).engagements
    assert [e.category for e in engs] == ["domestic_coordination"]


@pytest.mark.parametrize("text", [
    "11月20日，某省省情介绍会在广州举行，30多个国家驻穗领团官员应邀出席，副省长致辞。",
    "7月9日，某省自贸港政策宣介会在香港举行，20个国家驻港总领事出席。",
])
def test_a_province_presented_to_diplomats_is_forum_expo(tagger, text):
    assert tagger.tag(text).engagement == "forum_expo"


@pytest.mark.parametrize("text, code", [
    ("近日，省外办主任率调研组莅潮调研。", "CN-GD"),
    ("3月5日，省外办一行来常考察交流。", "CN-JS"),
    ("在温期间，考察团参观了鞋业企业。", "CN-ZJ"),
])
def test_a_one_character_city_with_an_activity_word_names_its_province(tagger, text, code):
    assert code in tagger.tag(text).provinces


@pytest.mark.parametrize("text, code", [
    ("他心血来潮访问了泰国。", "CN-GD"),
    ("代表团赴泰考察农业项目。", "CN-JS"),
    ("老朋友们常来常往。", "CN-JS"),
])
def test_the_same_characters_in_ordinary_words_name_no_province(tagger, text, code):
    assert code not in tagger.tag(text).provinces


def test_a_summit_venue_named_for_its_consensus_is_no_partner(tagger):
    text = "3月8日，副省长会见美国某州议员代表团时表示，要落实两国元首巴厘岛会晤重要共识，深化友好省州合作。"
    rec = tagger.tag(text)
    assert "IDN" not in rec.partners and "USA" in rec.partners


def test_a_glossed_stamp_line_is_page_noise():
    text = "某市文化节开幕\n發(fā)布日期:2022-03-14 發(fā)布員:濟(jì)南某某文化公司\n3月12日，市长出席开幕式。"
    line = text.split("\n")[1]
    a = text.index(line)
    assert any(s <= a and a + len(line) <= e for s, e in noise_spans(text))


@pytest.mark.parametrize("line, furniture", [
    ("2021-04-30", True),
    ("来源:某某商报网", True),
    ("發布時間:2019-06-15 10:39:40", True),
    ("5月6日，省外办主任会见了客人。", False),
    ("甲乙两省外办携手服务城市群建设", False),
])
def test_a_chinese_page_field_line(line, furniture):
    from pipeline.pagenoise import field_line_zh
    assert field_line_zh(line) is furniture


def test_field_lines_under_a_headline_do_not_push_the_report_out_of_the_act_window(tagger):
    text = ("两省外办交流外事管理经验\n\n2022-09-16\n来源:某某日报网\n"
            "    据湖南省外办消息，近日，该办副主任带队赴湖北省外办调研外事工作。")
    assert tagger.tag(text).engagement == "domestic_coordination"


def test_work_between_chinese_offices_names_no_counterpart(tagger):
    text = "9月3日，省友协秘书长带队到某县调研对外友好工作，县外办负责人参加座谈。"
    engs = tagger.tag(text).engagements
    assert [(e.category, e.counterpart) for e in engs] == [("domestic_coordination", None)]


def test_a_title_after_a_foreign_city_and_a_comma_is_the_chinese_official(tagger):
    text = "6月2日，某省经贸推介周开幕式在美国某州波特兰市举行，副省长李某出席开幕式并致辞。"
    engs = tagger.tag(text).engagements
    assert engs and engs[0].official == "deputy"


def test_a_foreign_unit_right_before_its_title_still_names_the_counterpart(tagger):
    engs = tagger.tag("5月3日，省长会见了巴布亚新几内亚东新不列颠省省长一行。").engagements
    assert engs and engs[0].counterpart == "subnational" and engs[0].official == "governor"
