"""Misses left by the fresh texts of issue 15 (real3 parts), fixed by class.

1. Zone and park names that carry their Chinese seat (中韩（长春）国际合作示范区, 中马钦州产业园区): the
   seat names its province; the partner country inside the name is background unless the text
   names it elsewhere; the cities in brackets after a route's name (中欧班列（成渝）) act only where
   the route opens its clause.
2. A province named only in a clause about a later, future stop is not paired with the act.
3. Two meetings of one day with different counterparts are two engagements.
4. A meeting with an international organisation or a foreign firm named without a country is a
   meeting, not domestic coordination.

Every sentence here is written for the test.
"""

import pytest

from pipeline.place_roles import in_zone_name, province_locates
from pipeline.schemas import new_mention


def _engs(tagger, text, **kw):
    return tagger.tag(text, **kw).engagements if kw else tagger.tag(text).engagements


# ------------------------------------------------------------------ 1. zones with their seat

@pytest.mark.parametrize("text, province, partner", [
    ("6月3日，韩国驻沈阳总领事一行参观中韩（长春）国际合作示范区。", "CN-JL", "KOR"),
    ("泰国工业联合会代表团日前来到中马钦州产业园区考察。", "CN-GX", "MYS"),
    ("德国巴斯夫公司代表团近日考察中德(沈阳)高端装备制造产业园。", "CN-LN", "DEU"),
    ("新加坡贸工部高级政务部长日前考察中新（重庆）战略性互联互通示范项目。", "CN-CQ", "SGP"),
    ("日本驻华大使一行访问中日（大连）地方发展合作示范区。", "CN-LN", "JPN"),
])
def test_a_zone_named_with_its_chinese_seat_names_the_province(tagger, text, province, partner):
    rec = tagger.tag(text)
    assert province in rec.provinces
    assert [e.provinces for e in rec.engagements] == [[province]]
    if partner not in ("MYS", "DEU", "SGP"):  # (counterpart named by its own country)
        assert partner in rec.partners


@pytest.mark.parametrize("text, province", [
    ("5月12日，江苏省副省长到中哈（连云港）物流合作基地调研。", "CN-JS"),
    ("5月12日，自治区副主席到中哈霍尔果斯国际边境合作中心调研。", "CN-XJ"),
    ("5月12日，省委书记到磨憨—磨丁经济合作区调研。", "CN-YN"),
    ("5月12日，副省长到黑河—布拉戈维申斯克大桥调研通关情况。", "CN-HL"),
])
def test_a_cross_border_zone_names_its_chinese_side(tagger, text, province):
    rec = tagger.tag(text)
    assert rec.provinces == [province] and rec.partners == []


def test_the_country_inside_a_zone_name_alone_is_background(tagger):
    rec = tagger.tag("5月12日，吉林省副省长到中韩（长春）国际合作示范区调研项目建设。")
    assert rec.provinces == ["CN-JL"]
    assert rec.partners == []
    mention = next(m for m in rec.mentions if m.label == "country")
    assert in_zone_name(mention) and mention.role == "background"


def test_the_country_inside_a_zone_name_stays_a_partner_when_named_elsewhere(tagger):
    rec = tagger.tag("9月8日，吉林省省长会见韩国驻沈阳总领事，双方就中韩（长春）国际合作示范区建设交换意见。")
    assert rec.provinces == ["CN-JL"] and rec.partners == ["KOR"]


def test_the_cities_of_a_route_named_as_its_object_do_not_act(tagger):
    rec = tagger.tag("8月9日，重庆市市长会见波兰驻华大使，双方就深化中欧班列（成渝）合作交换意见。")
    assert rec.provinces == ["CN-CQ"]
    assert [e.provinces for e in rec.engagements] == [["CN-CQ"]]


def test_a_route_that_opens_its_clause_keeps_its_cities():
    text = "中欧班列（成渝）成都至波兰罗兹的新线路日前开通。"
    m = new_mention(start=5, end=7, text="成渝", label="province", code="CN-SC", entry="province.compound.chuanyu")
    assert not province_locates(text, m)
    text2 = "双方同意推动中欧班列（成渝）扩容。"
    m2 = new_mention(start=11, end=13, text="成渝", label="province", code="CN-SC", entry="province.compound.chuanyu")
    assert province_locates(text2, m2)


# ------------------------------------------------------------------ 2. a stop still to come

@pytest.mark.parametrize("text", [
    "5月20日，越南政府副总理在北京同国务院副总理举行会谈，此后将赴广西访问。",
    "5月20日，老挝国会主席在北京会见了全国人大常委会委员长，随后将前往云南参观。",
    "5月20日，柬埔寨副首相在北京出席会谈后，还将赴广东、海南访问。",
    "Thailand's foreign minister held talks in Beijing on Tuesday and will then travel to Yunnan.",
    "5月20日，缅甸外长在北京举行会谈，还将访问云南。",
    "Laos's deputy prime minister held talks in Beijing on Tuesday before heading to Yunnan.",
])
def test_a_province_named_only_as_a_later_stop_is_not_paired_with_the_act(tagger, text):
    rec = tagger.tag(text)
    assert rec.provinces == []
    assert rec.engagements and all(e.provinces == [] for e in rec.engagements)


def test_the_host_of_a_visit_the_whole_text_announces_is_still_named(tagger):
    assert tagger.tag("应云南省邀请，老挝琅南塔省省长将于下周率团访问云南。").provinces == ["CN-YN"]


def test_the_acting_province_stays_next_to_a_later_stop(tagger):
    rec = tagger.tag("5月20日，云南省委书记在昆明会见老挝总理，老挝总理此后将赴广西访问。")
    assert rec.provinces == ["CN-YN"]
    assert [e.provinces for e in rec.engagements] == [["CN-YN"]]


def test_a_province_that_acts_earlier_is_kept_when_named_again_as_a_stop(tagger):
    rec = tagger.tag("5月20日，广西壮族自治区主席会见越南驻南宁总领事，总领事此后将赴广西防城港考察。")
    assert rec.provinces == ["CN-GX"]


# ------------------------------------------------------------------ 3. the leader's next meeting

@pytest.mark.parametrize("text", [
    "7月2日，云南省省长在昆明会见了老挝驻华大使。随后会见了泰国驻昆明总领事。",
    "7月2日，广西壮族自治区主席在南宁会见了越南驻华大使一行，随后会见了柬埔寨驻南宁总领事。",
    "7月2日，广西壮族自治区主席在南宁会见了越南驻华大使一行；接着又会见了柬埔寨驻南宁总领事。",
    "On July 2, Guangxi's chairman met the Vietnamese ambassador in Nanning. He later met the Cambodian "
    "consul general in Nanning.",
    "On July 2, Guangxi's chairman met the Vietnamese ambassador in Nanning, and later met the Cambodian "
    "consul general.",
])
def test_two_meetings_of_a_day_with_different_counterparts_are_two_engagements(tagger, text):
    engs = tagger.tag(text).engagements
    assert len(engs) == 2
    assert [len(e.partners) for e in engs] == [1, 1] and engs[0].partners != engs[1].partners
    assert engs[0].provinces == engs[1].provinces and engs[1].official == engs[0].official


def test_the_next_meeting_needs_a_counterpart_of_its_own(tagger):
    engs = tagger.tag("7月2日，广西壮族自治区主席在南宁会见了越南驻华大使一行，随后会见了随行人员。").engagements
    assert len(engs) == 1


def test_one_meeting_with_two_counterparts_named_together_stays_one(tagger):
    engs = tagger.tag("7月2日，广西壮族自治区主席在南宁会见了越南驻华大使和柬埔寨驻南宁总领事。").engagements
    assert len(engs) == 1 and sorted(engs[0].partners) == ["KHM", "VNM"]


# ------------------------------------------------------------------ 4. a foreign party without a country

@pytest.mark.parametrize("text, counterpart", [
    ("4月16日，福建省副省长在福州会见亚洲开发银行副行长一行。", "international_org"),
    ("4月16日，四川省省长在成都会见世界卫生组织驻华代表。", "international_org"),
    ("4月16日，江苏省副省长在南京会见联合国粮农组织助理总干事一行。", "international_org"),
    ("4月16日，广东省副省长在广州会见微软公司全球执行副总裁一行。", None),
    ("4月16日，辽宁省省长在沈阳会见宝马集团董事会成员。", None),
])
def test_a_meeting_with_an_international_organisation_or_a_foreign_firm_is_a_meeting(tagger, text, counterpart):
    rec = tagger.tag(text)
    assert rec.engagement == "high_level_meeting"
    assert [e.category for e in rec.engagements] == ["high_level_meeting"]
    if counterpart:
        assert rec.engagements[0].counterpart == counterpart


@pytest.mark.parametrize("text", [
    "4月16日，省外办与省商务厅召开座谈会，努力拓展外事工作渠道。",
    "4月16日，副省长到海关调研，要求提高通关效率。",
])
def test_ordinary_words_inside_firm_names_do_not_make_a_foreign_party(tagger, text):
    from pipeline.engagement.foreign_bodies import foreign_body
    assert not foreign_body(text, tagger.annotate(text))  # (the shipped bodies: tests/test_lexicon_foreign_bodies.py)


def test_a_domestic_meeting_stays_domestic(tagger):
    rec = tagger.tag("4月16日，省长会见了省商务厅和省外办负责同志，听取对外开放工作汇报。")
    assert rec.engagement in ("domestic_coordination", None)


@pytest.mark.parametrize("text", [
    "6月11日，省外办主任与澜湄合作中心秘书处负责人座谈交流。",
    "6月11日，省商务厅与亚洲开发银行专家组座谈交流。",
])
def test_a_talk_with_an_international_body_is_a_meeting_not_domestic_coordination(tagger, text):
    rec = tagger.tag(text)
    assert rec.engagement == "high_level_meeting"


def test_a_talk_between_chinese_offices_stays_domestic(tagger):
    assert tagger.tag("6月11日，省外办与省商务厅座谈交流。").engagement == "domestic_coordination"


def test_english_zone_names_carry_their_seat_and_keep_the_country_in_the_background(tagger):
    rec = tagger.tag("Jilin officials inspected the China-Korea (Changchun) International Cooperation "
                     "Demonstration Zone on May 8.")
    assert rec.provinces == ["CN-JL"] and rec.partners == []
    rec = tagger.tag("Malaysia's trade minister visited the China-Malaysia Qinzhou Industrial Park on Monday.")
    assert rec.provinces == ["CN-GX"] and rec.partners == ["MYS"]


def test_a_meeting_with_an_international_body_after_the_verb_is_an_act():
    """会见国际… : the 国 of 国际 after the verb is no nominal 国 (…国 as a noun: 东道国), so the
    meeting with an international body is reported, not framed away (found by helper misc)."""
    from pipeline import load

    tagger = load(model=False)
    for text in ("5月10日，福建省省长会见国际竹藤组织总干事一行。", "湖南省副省长在长沙会见国際奧委會委員。"):
        assert tagger.tag(text).engagement == "high_level_meeting", text
