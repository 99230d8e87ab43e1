"""Precision on real pages that report no act, and acts in the same registers (helper fnone, round 12).

1. A province's own body preparing an event (领导小组会议, 筹备工作推进会, an organising committee) is
   domestic work: the event's words inside the body's name and in the goal it sets (确保…圆满成功举办)
   vote for nothing (engagement/prep_meetings.py; a cue family for the bodies in cues.yaml).
2. The earlier hosts of a recurring event listed with a count (已分别在A、B和C成功举办五届) host nothing the
   text reports, as the list closed by 等地 already did (place_roles.past_venue).
3. 苏丹 as a ruler's title after its country (文莱苏丹, 阿曼苏丹, 柔佛苏丹) is that country, not Sudan;
   苏丹陛下 is a title.
4. English: "giving full play to the initiative and enthusiasm of local governments" is leverage_advantage.
5. An English analysis naming China's national side (the PRC, Xi Jinping, Beijing's policy) with no
   province and no act names no partner.
6. 粤港澳大湾区 and 京津冀 as the region another province's plan links with (深化与京津冀、粤港澳大湾区等地合作,
   加强与粤港澳大湾区的联系) do not make Guangdong, Hong Kong, Beijing … act (blockers.yaml).
7. A tie's founding day quoted as history (1999年9月5日，两市正式缔结为友好城市) is not the page's date, and the
   anniversary the page celebrates dates a day written without its year (founding year + N周年; foundings.py).
8. A dated leader's two-character name at the head of a longer name (副市长王浩明代表…) is no leader
   (annotate/name_ends.py).

Every sentence here is written for the test.
"""

import pytest

from pipeline import load
from pipeline.documents import as_document, prepare
from pipeline.engagement.prep_meetings import spans


@pytest.fixture(scope="module")
def tagger():
    return load(model=False)


def _tag(tagger, text, **kw):
    return tagger.tag_document(prepare(as_document({"id": "t", "text": text, **kw})))


# ------------------------------------------------------------------ 1. bodies preparing an event

@pytest.mark.parametrize("text", [
    "5月6日，省委书记主持召开第八届中国—南亚博览会云南省筹备工作领导小组会议，研究部署筹备工作。会议要求，"
    "确保本届南亚博览会圆满成功举办。",
    "3月12日，自治区主席主持召开第三届中蒙博览会组委会会议，听取筹备工作情况汇报。",
])
def test_a_body_preparing_an_event_is_domestic_work(tagger, text):
    rec = _tag(tagger, text)
    assert rec.engagement == "domestic_coordination"
    assert [e.category for e in rec.engagements] == ["domestic_coordination"]


def test_the_prepared_event_is_still_an_event_when_it_opens(tagger):
    rec = _tag(tagger, "9月8日，第八届中国—南亚博览会在昆明开幕，来自孟加拉国、尼泊尔等国的客商参展。")
    assert rec.engagement == "forum_expo"


def test_prep_spans_cover_the_name_and_the_goal_only():
    t = "省长主持召开第十届农博会筹备工作推进会。会议强调，确保博览会顺利举办。"
    got = [t[a:b] for a, b in spans(t)]
    assert got == ["第十届农博会", "博览会"]


# ------------------------------------------------------------------ 2. earlier hosts with a count

def test_earlier_hosts_listed_with_a_count_do_not_act(tagger):
    text = ("9月8日，第六届图们江区域地方合作论坛在长春开幕，日本、韩国、蒙古国等国的地方政府代表140余人与会。\n"
            "该论坛每两年一届，此前已分别在延吉、牡丹江、大连和满洲里"
            "成功举办五届。")
    rec = _tag(tagger, text)
    assert rec.provinces == ["CN-JL"]
    assert {p for e in rec.engagements for p in e.provinces} == {"CN-JL"}


# ------------------------------------------------------------------ 3. the sultan's title

@pytest.mark.parametrize("text,code", [
    ("文莱苏丹在开幕式上致辞。", "BRN"),
    ("阿曼苏丹会见了来访的副省长。", "OMN"),
    ("柔佛苏丹出席了签约仪式。", "MYS"),
])
def test_a_sultan_after_his_country_is_that_country(tagger, text, code):
    rec = _tag(tagger, "省长出席博览会开幕式。" + text)
    assert code in rec.partners and "SDN" not in rec.partners


def test_sudan_itself_is_still_sudan(tagger):
    rec = _tag(tagger, "6月2日，副省长在昆明会见苏丹驻华大使。")
    assert "SDN" in rec.partners


# ------------------------------------------------------------------ 4. English local initiative

def test_initiative_and_enthusiasm_of_local_governments(tagger):
    rec = _tag(tagger, "The guideline calls for giving full play to the initiative and enthusiasm of "
                       "local governments in external work.")
    assert "leverage_advantage" in rec.formulations


# ------------------------------------------------------------------ 5. English analysis, national side

def test_an_analysis_of_national_policy_names_no_partner(tagger):
    text = ("Xi Jinping's China now asks its provinces to carry more of its outreach, a shift that matters as Beijing "
            "courts partners wary of the United States.")
    rec = _tag(tagger, text)
    assert rec.engagement is None and rec.partners == []


# ------------------------------------------------------------------ 6. the Greater Bay Area as another province's partner region

@pytest.mark.parametrize("text", [
    "甘肃省将深化与京津冀、粤港澳大湾区等地区的产业合作。",
    "贵州省提出加强与粤港澳大湾区的交通联系，打造内陆开放新高地。",
])
def test_the_bay_area_in_another_provinces_plan_does_not_make_guangdong_act(tagger, text):
    rec = _tag(tagger, text)
    assert "CN-GD" not in rec.provinces and "CN-HK" not in rec.provinces
    assert "CN-BJ" not in rec.provinces and "CN-HE" not in rec.provinces  # (京津冀 likewise)


def test_guangdong_named_otherwise_still_acts(tagger):
    rec = _tag(tagger, "4月3日，广东省副省长在广州会见新加坡贸工部长，双方同意深化新加坡与粤港澳大湾区的合作。")
    assert "CN-GD" in rec.provinces


# ------------------------------------------------------------------ 7. a tie's founding day and its anniversary

def test_a_founding_day_in_the_head_is_not_the_pages_date():
    from pipeline.pagedates import head_date
    text = ("两市结好25周年纪念活动举行\n9月5日，纪念活动在市政府举行。市长在致辞中说，1999年9月5日，两市正式缔结为"
            "友好城市。")
    assert head_date(text) is None
    assert head_date("2024年9月6日 来源：某市外办\n9月5日，纪念活动举行。") is not None


def test_an_anniversary_dates_its_celebration(tagger):
    text = ("9月5日，某市与韩国某市缔结友好城市25周年纪念活动以视频方式举行。副市长出席并致辞。"
            "他说，1999年9月5日，两市正式缔结为友好城市。")
    rec = _tag(tagger, text)
    assert rec.engagements and rec.engagements[0].date == "2024-09-05"


# ------------------------------------------------------------------ 8. a two-character leader's name inside a longer name

def test_a_leaders_name_inside_a_longer_name_is_no_leader(tagger):
    rec = _tag(tagger, "11月20日，两市友好交流座谈会以线上方式召开。副市长王浩明代表包头市参加座谈并讲话。"
                       "王浩明在讲话中表示，愿继续深化两市合作。", date="2022-11-22")
    assert "CN-ZJ" not in rec.provinces


def test_the_leader_himself_still_names_his_province(tagger):
    rec = _tag(tagger, "12月3日，省长王浩在杭州会见新西兰驻华大使。", date="2022-12-05")
    assert "CN-ZJ" in rec.provinces
