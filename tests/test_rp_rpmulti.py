"""Real pages reporting several engagements or one long one (issue 15, helper rpmulti).

Misses of the first look, fixed by class:

1. Rule 4 late in a trip's report: the agreements signed at a tour's stops are reported
   paragraphs after the tour (a witnessed signing, a business forum's MOU): the trip is
   ``cooperation_project``; a hoped-for tie or another year's signing is not.
2. Rule 8 in the body: a foreign group's tour whose report names the provincial leader's
   meeting with the group in a later sentence is ``high_level_meeting`` (English "met with
   the delegation"; Chinese 会见…代表团); hosting the group or a banquet by the office that
   runs the tour is still the tour.
3. Rule 8 told backwards: the meeting first, then the group's own visit sentence
   (……一行是当天从南京来到扬州参观的): one engagement.
4. Two dated reports of one day with different guests (6月7日下午会见A。6月7日下午，又会见B):
   two engagements.

Every sentence here is written for the test.
"""

import pytest
from _helpers import triples

from pipeline.engagement.segments import late_signing, refined
from pipeline.schemas import Engagement


# ------------------------------------------------------------------ 1. rule 4 late in a trip

TRIP_SIGNED_LATE = (
    "本报讯 10月8日至17日，省长率湖南省政府代表团对匈牙利、塞尔维亚两国进行友好访问。"
    "访问期间，代表团考察了多家企业，与当地政府就经贸、农业合作深入交流，访问取得圆满成功。"
    "在布达佩斯，省长会见了匈牙利外交与对外经济部部长，双方探讨了新能源汽车领域合作。"
    "在贝尔格莱德，省长会见了塞尔维亚建设部长，双方就基础设施合作交换意见。"
    "此外，代表团出席湖南—塞尔维亚经贸交流会，见证省商务厅与塞尔维亚商会签署合作备忘录。"
)


def test_trip_with_a_late_signing_is_a_project(tagger):
    rec = tagger.tag(TRIP_SIGNED_LATE, date="2024-10-20")
    assert [e.category for e in rec.engagements] == ["cooperation_project"]
    assert set(rec.engagements[0].partners) == {"HUN", "SRB"}
    assert rec.engagement == "cooperation_project"


@pytest.mark.parametrize("sentence", [
    "率团访问蒙古国。代表团表示，我省盼与蒙方各省早日建立友好省份关系。",  # a hope
    "率团访问德国。两省于2013年签署友好省州协议，交往密切。",  # another year's signing
    "率团访问智利。双方表示将尽快签署合作备忘录。",  # to come
])
def test_no_signing_on_the_trip(sentence):
    assert late_signing(sentence, "zh", (0, len(sentence)), 2024) is None


def test_signed_field_agreement_takes_its_field():
    s = "率团访问越南。在河内，双方签署了旅游合作备忘录。"
    assert late_signing(s, "zh", (0, len(s)), 2024) == "cultural_exchange"
    s = "The delegation toured Chile. In Santiago the two sides signed an MOU on trade and investment."
    assert late_signing(s, "en", (0, len(s)), 2024) == "cooperation_project"


# ------------------------------------------------------------------ 2. rule 8 in the body

ENVOYS_EN = (
    "九国驻华使节来桂参访\n2024-06-08 广西外事公众号\n\n"
    "Ambassadors and diplomats from Peru, Chile, Uruguay, Ecuador and five other countries visited "
    "Guangxi from June 3 to 6 at the invitation of the regional government. It was the largest group "
    "of envoys the region has received this year. The group included seven ambassadors, two charges "
    "d'affaires and four counsellors. It was their first trip outside Beijing since the spring. A senior "
    "official of the Foreign Ministry accompanied the group. The envoys toured a port, a sugar refinery and a vocational college in Nanning and "
    "Qinzhou. Liu Ning, Party Secretary of Guangxi, met with the delegation of envoys in Nanning and "
    "briefed them on the region's opening up."
)


def test_english_tour_with_the_leaders_meeting_is_a_meeting(tagger):
    rec = tagger.tag(ENVOYS_EN, date="2024-06-08")
    cats = [e.category for e in rec.engagements]
    assert cats == ["high_level_meeting"]
    assert {"PER", "CHL", "URY", "ECU"} <= set(rec.engagements[0].partners)


def _tour(text, lang_partners=("KOR",)):
    return Engagement(category="delegation_visit", provinces=["CN-JL"], partners=list(lang_partners),
                      direction="inbound", evidence=[0, len(text)])


@pytest.mark.parametrize("text,lang,expected", [
    ("A business delegation from Gangwon visited Changchun. On May 3, the governor met with the delegation.",
     "en", "high_level_meeting"),
    ("Jilin hosted a business delegation from Gangwon this week to study ice-sports venues.",
     "en", "delegation_visit"),  # hosting the group is the tour itself
    ("韩国江原道经贸代表团来吉林访问。5月3日，副省长在长春会见了代表团一行。", "zh", "high_level_meeting"),
    ("韩国江原道经贸代表团来吉林访问。访问期间，省外办负责人宴请了代表团一行。", "zh", "delegation_visit"),
])
def test_rule8_reads_the_meeting_with_the_group(text, lang, expected):
    assert [e.category for e in refined(text, lang, [_tour(text)])] == [expected]


# ------------------------------------------------------------------ 3. rule 8 told backwards

MEETING_THEN_VISIT = (
    "本报讯 昨天上午，副省长在扬州会见了以主席为团长的秘鲁国会代表团。"
    "主席一行是当天上午乘高铁从杭州来到扬州的，随后参观了运河博物馆。"
    "副省长对代表团一行表示欢迎，介绍了扬州的发展情况。"
)


def test_the_groups_own_visit_after_the_meeting_is_the_same_occasion(tagger):
    rec = tagger.tag(MEETING_THEN_VISIT, date="2019-04-10")
    assert [e.category for e in rec.engagements] == ["high_level_meeting"]
    assert rec.engagements[0].partners == ["PER"]
    assert rec.engagements[0].provinces == ["CN-JS"]


# ------------------------------------------------------------------ 4. two guests the same day

TWO_GUESTS = (
    "重庆市副市长5月12日上午在渝会见了来访的东盟秘书长一行，介绍了重庆与东盟的合作。"
    "5月12日上午，副市长还会见了来访的新西兰奥克兰市市长一行。"
)


def test_two_dated_reports_of_one_day_are_two_meetings(tagger):
    rec = tagger.tag(TWO_GUESTS, date="2024-05-13")
    trip = triples(rec)
    assert len(rec.engagements) == 2, trip
    assert rec.engagements[0].regions == ["ASEAN"] and rec.engagements[0].partners == []
    assert rec.engagements[1].partners == ["NZL"]
    assert all(e.date == "2024-05-12" for e in rec.engagements)


# ------------------------------------------------------------------ 5. a work summary's page

SUMMARY_PAGE = (
    "首页 > 政务公开 > 规划计划\n\n2023年广西外事工作总结\n\n"
    "一年来，全区外事系统认真贯彻中央外事工作会议精神。自治区党委书记主持召开自治区党委外事委年度会议，"
    "研究部署全年外事工作。全年接待越南、老挝等国外宾团组40余批次，办理省级领导出访12批次。"
)


def test_a_work_summary_page_reports_no_engagement(tagger):
    rec = tagger.tag(SUMMARY_PAGE, date="2024-02-01")
    assert rec.engagements == [] and rec.engagement is None


def test_a_meeting_on_the_years_plan_is_still_reported(tagger):
    text = "省外办召开2024年工作要点部署会\n3月5日，省外办召开全体干部会议，部署全年重点工作。"
    rec = tagger.tag(text, date="2024-03-06")
    assert [e.category for e in rec.engagements] == ["domestic_coordination"]


# ------------------------------------------------------------------ 6. 分别会见: one meeting per province

ENVOYS_TWO_PROVINCES = (
    "近日，外交部组织驻华使节团先后赴安徽、江西参访，来自20多个国家的30余位使节参加。"
    "安徽省委书记、江西省副省长分别会见使节团。"
)


def test_leaders_of_two_provinces_meeting_separately_are_two_engagements(tagger):
    rec = tagger.tag(ENVOYS_TWO_PROVINCES, date="2024-06-01")
    got = sorted((e.provinces[0], e.official, e.venue) for e in rec.engagements)
    assert got == [("CN-AH", "party_secretary", "CN-AH"), ("CN-JX", "deputy", "CN-JX")]


def test_two_leaders_of_one_province_stay_one_engagement(tagger):
    text = "5月6日，湖北省委书记、省长分别会见了来访的法国驻华大使一行。"
    rec = tagger.tag(text, date="2024-05-07")
    assert [e.provinces for e in rec.engagements] == [["CN-HB"]]


# ------------------------------------------------------------------ 7. a feature's round-up dated by months

@pytest.mark.parametrize("clause,month", [
    ("Liu Ning then headed for Laos and Cambodia at the end of March.", (3, "下旬")),
    ("The party chief toured Central Asia in late March.", (3, "下旬")),
    ("Also late April, the vice-governor led a delegation to Japan.", (4, "下旬")),
])
def test_an_english_month_without_a_day_dates_a_round_up_clause(clause, month):
    from pipeline.engagement.acts import SentenceInfo, clause_info, dated_text
    info = clause_info(clause, SentenceInfo(0, (0, len(clause)), [], [], [], 1))
    assert info.date is None and info.month == month
    assert dated_text(clause)


def test_no_month_no_date():
    from pipeline.engagement.acts import dated_text
    assert not dated_text("Over the years the province has sent many delegations abroad.")


# ------------------------------------------------------------------ 8. a meeting on a fair's sidelines

def _fair(text):
    return Engagement(category="forum_expo", provinces=["CN-HL"], partners=["RUS"], direction="inbound",
                      evidence=[0, len(text)])


def test_a_meeting_after_a_fairs_opening_is_its_own_engagement():
    from pipeline.schemas import Mention
    text = ("6月3日，第八届中俄博览会在哈尔滨开幕，副省长出席开幕式并致辞。"
            "展会期间将举办经贸洽谈、推介会等活动。"
            "开幕式前，副省长会见了俄罗斯滨海边疆区副行政长官。")
    at = text.index("俄罗斯滨海")
    rus = Mention(text="俄罗斯", start=at, end=at + 3, label="country", code="RUS", role="partner", entry="country.RUS")
    out = refined(text, "zh", [_fair(text)], 2024, partners=[rus])
    assert [e.category for e in out] == ["forum_expo", "high_level_meeting"]
    assert out[1].partners == ["RUS"] and out[1].official == "deputy"


def test_a_fair_without_a_meeting_stays_one():
    text = "6月3日，第八届中俄博览会在哈尔滨开幕，副省长出席开幕式并致辞。展会期间，中俄企业签约项目30个。"
    assert [e.category for e in refined(text, "zh", [_fair(text)], 2024)] == ["forum_expo"]


# ------------------------------------------------------------------ 9. a round-up's summary sentence

def test_a_round_ups_summary_sentence_is_not_an_engagement():
    text = ("Several Chinese provinces have sent trade missions to South America this autumn. "
            "Fujian's vice-governor led a delegation to Chile and Peru on October 9.")
    a = Engagement(category="delegation_visit", provinces=["CN-GD"], partners=["BRA"], direction="outbound",
                   evidence=[0, 82])
    b = Engagement(category="delegation_visit", provinces=["CN-FJ"], partners=["CHL", "PER"],
                   direction="outbound", evidence=[82, len(text)])
    assert [e.provinces for e in refined(text, "en", [a, b])] == [["CN-FJ"]]
    assert [e.provinces for e in refined(text, "en", [a])] == [["CN-GD"]]  # (alone: kept)


def test_a_summary_opening_a_dated_item_keeps_the_item():
    text = "会后，多个省份相继迎来非洲客人。\n- 9月6日，湖南省委书记在长沙会见赞比亚总统一行。"
    e = Engagement(category="high_level_meeting", provinces=["CN-HN"], partners=["ZMB"], direction="inbound",
                   evidence=[0, len(text)])
    other = Engagement(category="high_level_meeting", provinces=["CN-HB"], partners=["ZWE"], direction="inbound",
                       evidence=[len(text), len(text)])
    assert [x.provinces for x in refined(text, "zh", [e, other])] == [["CN-HN"], ["CN-HB"]]
