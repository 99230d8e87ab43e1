"""Real Chinese news pages (issue 15, helper rpnews): misses of the first look, fixed by class.

1. The central leadership's acts cited on provincial pages (a meeting in the Great Hall of
   the People, a state visit recalled, the central delegation's trip, the premier's report to
   the national legislature) are no province's engagement; a national leader's act hosted in a
   province without a central scene keeps its host.
2. A headline or lead announcing a visit to come (…外长将访华, 将于…来华) reports no act, dated
   or not.

Every sentence here is written for the test.
"""

import pytest

from pipeline.engagement.central import central_sentence
from pipeline.engagement.detect import act_sentences, predicate_frames
from pipeline.engagement.tours import merged_tours
from pipeline.schemas import Engagement


# ------------------------------------------------------------------ 1. the centre's acts

@pytest.mark.parametrize("sentence", [
    "5月9日，国家主席习近平在人民大会堂会见来访的柬埔寨首相。",
    "当天，国务院总理李强在钓鱼台国宾馆同新西兰总理举行会谈。",
    "习近平总书记3月20日至22日应邀对俄罗斯进行国事访问。",
    "习近平率领中央代表团抵达拉萨，出席庆祝大会。",
    "国务院总理李强在十四届全国人大三次会议上作政府工作报告。",
    "习近平主席出席金砖国家领导人峰会后回国。",
])
def test_a_national_leaders_act_at_a_central_scene_is_central(sentence):
    assert central_sentence(sentence)
    assert act_sentences(sentence, [(0, len(sentence))], lang="zh") == []
    assert {f for _, _, f in predicate_frames(sentence, lang="zh")} <= {"central", "retrospective", "intent"}


@pytest.mark.parametrize("sentence", [
    # a province's leader takes part: the province acts
    "习近平在人民大会堂会见老挝国家主席，云南省委书记参加会见。",
    # hosted in a province, no central scene: the host province acts (TAXONOMY §2)
    "8月9日，国务委员兼外长王毅在青岛同韩国外长举行会谈。",
    # a foreign leader's titles alone are not the centre's
    "越共中央总书记、国家主席苏林在河内会见广西代表团。",
    # a provincial leader meeting in Beijing is the province's act
    "4月3日，省长在北京会见泰国驻华大使。",
])
def test_a_provincial_act_or_a_foreign_leader_is_not_central(sentence):
    assert not central_sentence(sentence)
    assert act_sentences(sentence, [(0, len(sentence))], lang="zh") == [0]


def test_the_centres_meeting_cited_between_provincial_acts_is_no_engagement(tagger):
    text = ("10月18日下午，哈萨克斯坦总统访问新疆，自治区党委书记在乌鲁木齐与总统举行会谈。"
            "前一天，国家主席习近平在人民大会堂会见了这位总统。"
            "今年4月，自治区党委书记率团出访哈萨克斯坦，在阿斯塔纳会见了总统。")
    engs = tagger.tag(text).engagements
    assert [(e.category, e.provinces, e.partners) for e in engs] == [
        ("high_level_meeting", ["CN-XJ"], ["KAZ"]), ("delegation_visit", ["CN-XJ"], ["KAZ"])]


def test_a_state_visit_recalled_in_a_welcome_adds_no_engagement(tagger):
    text = ("4月21日，自治区党委书记在南宁会见越南祖国阵线代表团。书记表示，今年是中越建交75周年，"
            "习近平总书记4月14日至15日对越南进行国事访问，取得圆满成功。")
    engs = tagger.tag(text).engagements
    assert [(e.category, e.provinces, e.partners) for e in engs] == [("high_level_meeting", ["CN-GX"], ["VNM"])]


def test_a_central_delegations_trip_at_home_reports_no_engagement(tagger):
    text = "9月23日，习近平率领中央代表团抵达乌鲁木齐，出席自治区成立70周年庆祝活动。"
    rec = tagger.tag(text)
    assert rec.engagement is None and rec.engagements == []


def test_the_premiers_report_to_the_national_legislature_is_no_forum(tagger):
    text = ("中评社北京3月5日电 十四届全国人大三次会议5日在人民大会堂开幕，国务院总理李强作政府工作报告，"
            "提出稳步扩大制度型开放，扎实推进海南自由贸易港建设。")
    rec = tagger.tag(text)
    assert rec.engagement is None and rec.engagements == []


# ------------------------------------------------------------------ 2. visits to come

@pytest.mark.parametrize("sentence", [
    "据新华社电 外交部发言人2日宣布：应邀请，泰国外长将于5月6日至8日访华。",
    "新西兰外长将访华 据新华社电 外交部发言人7日宣布此事。",
    "应省政府邀请，日本某县知事一行将于下周来华访问。",
])
def test_a_visit_announced_for_later_reports_no_act(sentence):
    frames = {f for _, _, f in predicate_frames(sentence, lang="zh")}
    assert None not in frames


def test_an_announcement_of_foreign_ministers_visits_is_no_provincial_visit(tagger):
    text = ("缅甸、柬埔寨外长将访华\n据新华社电 外交部发言人3日宣布：应外交部长王毅邀请，"
            "缅甸外长、柬埔寨副首相兼外交大臣将于4月6日至9日分别访问中国。")
    rec = tagger.tag(text)
    assert rec.engagements == []


# ------------------------------------------------------------------ 3. a tour and the meeting with its group

def test_a_foreign_groups_tour_and_the_meeting_with_it_are_one_meeting(tagger):
    text = ("外交部组织的12国驻广州领事官员代表团3日抵达长沙，开始为期三天的访湘之行。"
            "此次访湘的包括泰国、马来西亚、新加坡等国驻广州总领事。"
            "湖南省副省长3日下午在长沙会见了访问团一行。")
    rec = tagger.tag(text)
    assert [(e.category, e.provinces) for e in rec.engagements] == [("high_level_meeting", ["CN-HN"])]
    assert set(rec.engagements[0].partners) >= {"THA", "MYS", "SGP"}
    assert rec.engagement == "high_level_meeting"


def test_a_tour_and_a_meeting_with_another_party_stay_two():
    text = "6月3日，老挝青年代表团抵达昆明，开始为期五天的访问。6月5日，省长在昆明会见了越南驻昆明总领事。"
    tour = Engagement(category="delegation_visit", provinces=["CN-YN"], partners=["LAO"], direction="inbound",
                      evidence=[0, 27])
    meeting = Engagement(category="high_level_meeting", provinces=["CN-YN"], partners=["VNM"], direction="inbound",
                         evidence=[27, len(text)])
    assert [e.category for e in merged_tours(text, [tour, meeting])] == ["delegation_visit", "high_level_meeting"]


def test_a_meeting_abroad_after_a_tour_at_home_is_not_merged():
    text = "老挝代表团抵达昆明。省长随后在万象会见了老挝代表团一行。"
    tour = Engagement(category="delegation_visit", provinces=["CN-YN"], partners=["LAO"], direction="inbound",
                      evidence=[0, 10])
    meeting = Engagement(category="high_level_meeting", provinces=["CN-YN"], partners=["LAO"], direction="outbound",
                         evidence=[10, len(text)])
    assert len(merged_tours(text, [tour, meeting])) == 2


# ------------------------------------------------------------------ 4. place traps of reposted pages

@pytest.mark.parametrize("text", [
    "5月7日，云南省省长在昆明会见老挝副总理兼外长沙伦赛一行。",
    "访问期间，省长还会见了老挝外交部长沙伦赛。",
])
def test_a_ministers_name_after_his_title_is_not_changsha(tagger, text):
    rec = tagger.tag(text)
    assert "CN-HN" not in rec.provinces
    assert all("CN-HN" not in e.provinces for e in rec.engagements)


def test_changsha_itself_still_names_hunan(tagger):
    assert "CN-HN" in tagger.tag("6月1日，湖南省长沙市市长会见了德国客人。").provinces


def test_the_shaanxi_variant_of_hong_kong_reposts_names_shaanxi(tagger):
    rec = tagger.tag("10月21日，陜西省人民對外友好協會代表一行赴省人大座談交流。")
    assert rec.provinces == ["CN-SN"]
    assert [e.provinces for e in rec.engagements] == [["CN-SN"]]


# ------------------------------------------------------------------ 5. day-only dates of news reports

def test_a_day_after_a_dispatch_line_takes_the_dispatchs_month(tagger):
    text = "新华网华盛顿7月31日电 吉林省副省长28日至30日出席在美国举行的州长协会年会。"
    engs = tagger.tag(text, date="2015-08-02").engagements
    assert [e.date for e in engs] == ["2015-07-28"]


def test_a_day_later_than_the_dispatchs_own_day_is_the_month_before(tagger):
    text = "新华社沈阳3月2日电 辽宁省副省长27日在沈阳会见日本客人。"
    assert [e.date for e in tagger.tag(text, date="2019-03-02").engagements] == ["2019-02-27"]
    text = "新华社沈阳1月3日电 辽宁省副省长27日在沈阳会见日本客人。"
    assert [e.date for e in tagger.tag(text, date="2020-01-03").engagements] == ["2019-12-27"]


def test_a_day_before_the_reports_own_day_stays_in_its_month(tagger):
    text = "辽宁省副省长19日在沈阳会见日本客人。"
    assert [e.date for e in tagger.tag(text, date="2019-03-22").engagements] == ["2019-03-19"]


@pytest.mark.parametrize("text, country", [
    ("8月15日，福建省委书记在福州会见斐济总理。美国之音援引分析指出，此访引人关注。", "USA"),
    ("据德国之声报道，6月3日，广西党委书记在南宁会见越南客人。", "DEU"),
])
def test_a_foreign_outlet_cited_as_a_source_is_no_partner(tagger, text, country):
    rec = tagger.tag(text)
    assert country not in rec.partners
    assert all(country not in e.partners for e in rec.engagements)
