"""Chinese pages of the provinces the corpus covers least, city and county pages, fix round 12 (helper fzh).

1. A work meeting held *with* a foreign unit (我市同美国某市举行线上工作会议) is a meeting, not domestic
   work: the foreign party stays a partner (TAXONOMY §3 rules 2 and 5).
2. Diplomats seated in Hong Kong or Macao touring a province (多国驻港澳外交官) make neither SAR an actor.
3. 泰皇国 (a Hong Kong form of the Kingdom of Thailand) is Thailand.
4. A provincial association's vice chairman (省科协副主席) is the Chinese side's ``other``, not a deputy.
5. 昨日前往 is yesterday, not the vague 日前; 今天启程 is the report's day.
6. What talks were about (两市就建立友城关系展开探讨) is no signing of its own (rule 4 needs one).

Every sentence here is written for the test.
"""

from datetime import date

import pytest

from pipeline.documents import as_document, prepare
from pipeline.engagement.foreign_talks import foreign_talks
from pipeline.engagement.signing import signed
from pipeline.engagement.talk_topics import talks_topic
from pipeline.engagement.when import relative_date


def _tag(tagger, text, **kw):
    return tagger.tag_document(prepare(as_document({"id": "t", "text": text, **kw})))


# ------------------------------------------------------------------ 1. a work meeting with a foreign unit

@pytest.mark.parametrize("text,partner", [
    ("5日上午，我市同加拿大某某市举行线上工作会议，共同梳理今年的交流计划。", "CAN"),
    ("5月9日，市外办与日本某某县国际交流课召开视频工作会议。", "JPN"),
])
def test_work_meeting_with_foreign_unit_is_a_meeting(tagger, text, partner):
    r = _tag(tagger, text, date="2023-05-10", source_province="CN-ZJ")
    assert r.engagement == "high_level_meeting"
    assert partner in r.partners


def test_work_meeting_at_home_stays_domestic(tagger):
    r = _tag(tagger, "4月8日，市外办与市商务局举行工作会议，研究今年的外事接待安排。", date="2023-04-09",
             source_province="CN-ZJ")
    assert r.engagement == "domestic_coordination"


def test_foreign_talks_needs_a_country_in_the_other_side(tagger):
    a = tagger.annotate("我市同美国某某市举行线上工作会议。")
    assert foreign_talks("我市同美国某某市举行线上工作会议。", a, 1)
    assert not foreign_talks("我市与省商务厅举行工作会议。", a, 1)


# ------------------------------------------------------------------ 2. diplomats seated in Hong Kong and Macao

def test_diplomats_seated_in_sars_make_no_sar_actor(tagger):
    text = ("多国驻港澳外交官一行七月上旬赴甘肃参观访问，先后走访兰州、敦煌。"
            "其间，甘肃省副省长某某会见了多国驻港澳外交官一行，欢迎来自港澳的朋友们到甘肃参观。")
    r = _tag(tagger, text)
    assert "CN-HK" not in r.provinces and "CN-MO" not in r.provinces
    assert "CN-GS" in r.provinces


# ------------------------------------------------------------------ 3. 泰皇国

def test_kingdom_of_thailand_hong_kong_form(tagger):
    r = _tag(tagger, "副省长某某在昆明会见了泰皇国驻香港总领事一行。")
    assert "THA" in r.partners


# ------------------------------------------------------------------ 4. an association's vice chairman

def test_association_vice_chairman_is_other(tagger):
    r = _tag(tagger, "6月3日，省侨联副主席某某在长春会见了韩国某某协会会长一行。", date="2019-06-04")
    assert r.engagements and r.engagements[0].official == "other"


# ------------------------------------------------------------------ 5. relative days

def test_yesterday_before_departure_is_not_vague(tagger):
    text = "本报讯 市委书记某某率代表团昨日前往新西兰、澳大利亚进行友好访问。"
    r = _tag(tagger, text, date="2015-04-10", source_province="CN-ZJ")
    assert r.engagements and r.engagements[0].date == "2015-04-09"


def test_today_departure_is_the_reports_day():
    text = "本报讯 副市长某某率市代表团今天启程赴法国、比利时进行工作访问。"
    assert relative_date(text, [(0, len(text))], date(2019, 10, 8))[0] == "2019-10-08"


def test_today_is_still_not_read_in_a_remark():
    text = "他表示，今天是两市结好十周年。"
    assert relative_date(text, [(0, len(text))], date(2019, 10, 8))[0] is None


# ------------------------------------------------------------------ 6. the topic of talks

@pytest.mark.parametrize("sentence,verb", [
    ("两市围绕港口物流和建立友好城市关系展开了探讨。", "建立"),
    ("双方针对签署教育合作备忘录一事交换了看法。", "签署"),
])
def test_topic_of_talks(sentence, verb):
    a = sentence.index(verb)
    assert talks_topic(sentence, a, a + 2)
    assert not signed(sentence, "zh")


def test_signing_then_talks_is_still_a_signing():
    s = "两市签署了友好交流备忘录，并就下一步合作进行了磋商。"
    assert signed(s, "zh")
    assert not talks_topic(s, s.index("签署"), s.index("签署") + 2)


def test_meeting_about_a_sister_city_is_a_meeting(tagger):
    text = ("昨日上午，副市长某某在市政府会见泰国驻广州总领事，两人围绕职业教育和建立友好城市关系展开了探讨。")
    r = _tag(tagger, text, date="2017-03-02", source_province="CN-ZJ")
    assert r.engagement == "high_level_meeting"


# ------------------------------------------------------------------ 7. a foreign leader receives the Chinese side

def test_foreign_leader_receives_guests_who_came_for_a_forum(tagger):
    text = ("斯里兰卡总理某某20日在总理府会见了前来出席文化论坛的中央某部副部长和青海省政协副主席一行，"
            "双方就人文交流进行了友好交谈。")
    r = _tag(tagger, text)
    assert r.engagements and r.engagements[0].direction == "outbound"


# ------------------------------------------------------------------ 8. the centre's counterpart is background

def test_national_leader_counterpart_is_background(tagger):
    text = ("昨天，市长某某会见了日本某某市市长一行。他说，去年，习近平主席会见日本首相，为两国关系指明了方向。"
            "双方就友城交流进行了交流。")
    r = _tag(tagger, text, date="2024-05-21", source_province="CN-LN")
    assert r.engagements and r.engagements[0].counterpart == "subnational"


def test_national_leader_clause():
    from pipeline.engagement.central_titles import met_by_national_leader
    s = "他说，去年，习近平主席会见日本首相，为两国关系指明了方向。"
    assert met_by_national_leader(s, s.index("首相"))
    s = "某国首相会见了省委书记一行。"
    assert not met_by_national_leader(s, s.index("首相"))


# ------------------------------------------------------------------ 9. a city in an event's name

def test_city_in_event_name_is_no_acting_unit():
    from pipeline.engagement.event_names import in_event_name
    t = "某组织秘书长出席第30届兰州投资贸易洽谈会。"
    assert in_event_name(t, t.index("兰州"), t.index("兰州") + 2)
    t = "三亚市与某国某市友好城市合作论坛在三亚举行。"
    assert not in_event_name(t, 0, 3)


def test_provincial_leaders_at_a_city_named_fair_stay_provincial(tagger):
    text = ("某组织秘书长出席第30届兰州投资贸易洽谈会\n7月6日，某组织秘书长出席第30届兰州投资贸易洽谈会，"
            "并在欢迎晚宴上向甘肃省委书记某某介绍了该组织。")
    r = _tag(tagger, text, date="2024-07-10")
    assert r.engagements and r.engagements[0].level == "provincial"


# ------------------------------------------------------------------ 10. one-character names of the least-covered provinces' cities

@pytest.mark.parametrize("text,code", [
    ("日本某市友好代表团来连访问，副市长某某会见了代表团。", "CN-LN"),
    ("俄罗斯某州代表团来并考察，副省长某某会见了代表团。", "CN-SX"),
    ("澳大利亚某州客人来兰交流，省外办主任会见。", "CN-GS"),
    ("阿曼代表团来银考察，自治区副主席某某会见。", "CN-NX"),
    ("蒙古国某省代表团来呼访问，副市长某某会见。", "CN-NM"),
    ("哈萨克斯坦代表团来兵团访问，兵团副司令员某某会见了代表团。", "CN-XJ"),
])
def test_city_abbreviation_with_activity(tagger, text, code):
    assert code in _tag(tagger, text).provinces


@pytest.mark.parametrize("text", ["我们邀请他们将来连续参加。", "欢迎各位朋友来兰州考察。", "他来银行办理业务。"])
def test_city_abbreviation_needs_activity_word(tagger, text):
    r = _tag(tagger, text)
    assert "CN-LN" not in r.provinces and "CN-NX" not in r.provinces


# ------------------------------------------------------------------ 11. Mongolia after a verb of going

def test_going_to_meng_is_mongolia(tagger):
    r = _tag(tagger, "自治区主席某某率团赴蒙访问，与蒙古国某省省长举行会谈。", date="2019-06-01")
    assert "MNG" in r.partners


@pytest.mark.parametrize("text", ["省考察团赴蒙自考察口岸建设。", "代表团赴蒙阴县参观。", "调研组访蒙牛公司。"])
def test_going_to_mengzi_is_not_mongolia(tagger, text):
    assert "MNG" not in _tag(tagger, text).partners


def test_going_to_mongolia_by_full_name_keeps_its_unit_chain(tagger):
    r = _tag(tagger, "某旗副旗长率团赴蒙古国东戈壁省考察口岸建设。")
    assert "MNG" in r.partners
    assert r.engagements and r.engagements[0].counterpart is None
