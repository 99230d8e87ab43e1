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
    "4月12日，省人民对外友好协会一行到省政协拜访交流。",
    "3月5日，省外办主任李某率团莅汕调研。",
    "10月9日，由沈阳市主办的东北五市外办主任座谈会在沈阳召开。",
    "11月2日，两地外办工作交流座谈会在南通举行。",
    "9月18日至19日，市外侨办举办2019年度外事专办员培训班。",
    "7日，我省召开全省对外开放大会。",
    "5月16日，嘉兴市外辦主任一行來通交流考察。",
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
    "4月12日，甘肃省人民对外友好协会一行到省政协拜访交流。省政协外事委员会主任出席座谈会。双方介绍了国际友城工作和海外联谊工作情况。",
    "9月10日，由长春市主办的东北五城市外办主任座谈会在长春召开，沈阳、长春、哈尔滨、大连、吉林五市外办主任出席。会后，与会人员参观了国际艺术馆。",
    "5月16日下午，嘉兴市外办主任一行来通交流考察，参加了两地外办工作交流座谈会。双方表示要深化友城交流合作机制。",
])
def test_chinese_offices_talking_is_domestic_coordination(tagger, text):
    engs = tagger.tag(text).engagements
    assert engs and all(e.category == "domestic_coordination" for e in engs)
    assert all(e.partners == [] and e.regions == [] for e in engs)


def test_a_cadre_course_with_a_summit_in_its_background_has_no_partner(tagger):
    text = ("本报讯 9月18日至19日，厦门市外侨办在市委党校举办外事专办员培训班，各单位外事专办员150余人参加。"
            "此次培训班是在金砖国家领导人厦门会晤成功举办的背景下举办的。")
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
    "指导全市外事接待、对外交往及涉外参观点建设工作；",
    "负责统筹安排市领导参加非经贸外事活动。",
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
    text = ("某市外事办公室主要职责\n指导全市外事接待、对外交往及涉外参观点建设工作；审核各区县对外结好事宜。\n"
            "负责来访外宾的接待工作；负责统筹安排市领导参加外事活动。")
    assert tagger.tag(text).engagements == []
