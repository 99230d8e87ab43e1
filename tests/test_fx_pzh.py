"""Chinese readouts of provincial engagements, probe grid round 13 (helper pzh).

1. A provincial site names its own leader by a bare provincial title (副省长, 常务副省长, 自治区副主席)
   or its friendship association (省对外友协), and a consulate by its seat (驻南宁总领事): the
   document's ``source_province`` is the actor (TAXONOMY §2), as for 我省 and 省外办.
2. A visit announced for later reports no act (TAXONOMY §3: plans): 将来黔访问 (将 + 来 + a province's
   one-character name) announces as 将于 does, also over the clauses that follow it (,出席…); and a
   delegation noun (考察团, 访问团, 参访团) is no act predicate of its own, so 考察团将于下月来滇 announces.
3. A trip recalled beside the act (大使曾于前年到访吉林, 曾访问, 曾赴) is no engagement of its own.
4. Provinces named as partners of a wish or a remark (浙江愿与江苏、安徽一道…; 他表示,愿同福建携手…) share
   the wish only: not actors (engagement/wished_peers.py); provinces that act together (与…携手举办) stay.
5. A trip recalled in a later sentence of a meeting's report (双方回顾了前年访问X时…) does not turn the
   meeting's direction outbound.

Every sentence here is written for the test.
"""

import pytest

from pipeline.documents import as_document, prepare


def _tag(tagger, text, **kw):
    return tagger.tag_document(prepare(as_document({"id": "t", "text": text, **kw})))


# ------------------------------------------------------------------ 1. bare provincial titles and seats

@pytest.mark.parametrize("text,src,partner", [
    ("9月3日,常务副省长在省会会见了匈牙利佩斯州议会代表团一行。", "CN-SD", "HUN"),
    ("9月3日,自治区副主席与蒙古国苏赫巴托尔省省长举行会谈。", "CN-NM", "MNG"),
    ("9月3日,省对外友协会长会见智利圣地亚哥市议员代表团。", "CN-SC", "CHL"),
    ("9月3日,省外办主任会见柬埔寨驻南宁总领事,双方就留学生事务交换意见。", "CN-GX", "KHM"),
    ("9月3日,副省长会见新任菲律宾驻厦门总领事。", "CN-FJ", "PHL"),
])
def test_bare_title_names_the_source_province(tagger, text, src, partner):
    r = _tag(tagger, text, date="2024-09-10", source_province=src)
    assert src in r.provinces
    assert partner in r.partners


def test_foreign_unit_governor_is_not_the_own_title(tagger):
    # 省长 after a foreign province's name is that province's; the named Chinese province acts
    r = _tag(tagger, "9月3日,湖南省副省长会见老挝沙湾拿吉省省长。", date="2024-09-10", source_province="CN-YN")
    assert r.provinces == ["CN-HN"]


# ------------------------------------------------------------------ 2. a visit announced for later

@pytest.mark.parametrize("text", [
    "据悉,柬埔寨暹粒省代表团将来黔访问,出席数字经济交流活动。",
    "下周,日本富山县议会访问团将来辽访问,参加友好结对纪念活动。",
    "泰国孔敬府考察团将于下月来滇考察。",
    "韩国忠清南道参访团将于年内赴鲁参访。",
])
def test_announced_visit_reports_no_act(tagger, text):
    r = _tag(tagger, text, date="2024-09-10")
    assert r.engagement is None
    assert r.engagements == []


def test_delegation_noun_with_an_act_still_reports(tagger):
    r = _tag(tagger, "9月3日,泰国孔敬府考察团一行抵达昆明,开始为期三天的考察。", date="2024-09-10")
    assert r.engagement == "delegation_visit"


# ------------------------------------------------------------------ 3. a trip recalled beside the act

@pytest.mark.parametrize("text", [
    "9月3日,胡昌升会见巴基斯坦驻华大使。大使曾于前年到访陕西。",
    "9月3日,许勤会见白俄罗斯驻华大使。这位大使曾赴黑河参加经贸洽谈会。",
])
def test_recalled_trip_is_no_engagement(tagger, text):
    r = _tag(tagger, text, date="2023-09-10")
    assert [e.category for e in r.engagements] == ["high_level_meeting"]


# ------------------------------------------------------------------ 4. provinces named in a wish

def test_wished_peers_are_not_actors(tagger):
    r = _tag(tagger, "9月3日,易炼红会见匈牙利驻华大使。他说,浙江愿与江苏、安徽一道拓展对匈合作。",
             date="2023-09-10")
    assert r.provinces == ["CN-ZJ"]
    assert all(e.provinces == ["CN-ZJ"] for e in r.engagements)


def test_provinces_acting_together_stay(tagger):
    r = _tag(tagger, "9月3日,江苏与上海携手在新加坡举办长三角投资推介会。", date="2023-09-10")
    assert set(r.provinces) == {"CN-JS", "CN-SH"}


# ------------------------------------------------------------------ 5. a recalled trip and the direction

def test_recalled_trip_does_not_turn_direction(tagger):
    r = _tag(tagger, "9月3日,景俊海会见韩国江原道知事。双方回顾了前年景俊海访问江原道时签署的协议。",
             date="2023-09-10")
    e = r.engagements[0]
    assert e.category == "high_level_meeting"
    assert e.direction != "outbound" and e.venue != "KOR"
