"""Engagement attributes on fresh Chinese readouts (issue 15, branch zhfresh): classes of misses
found on a blind part written for this round (corpus/parts/real3-zh-dev.jsonl) and on probes of
the same register (provincial, prefectural and county 外办 and government readouts). Every
sentence was written for these tests; names and places are public facts, events illustrative."""

from __future__ import annotations

import pytest

from tests.test_pairing import first  # (the helper; the rules-only tagger fixture is conftest's)

DATE = "2024-05-10"


def attrs(tagger, text: str, *keys: str) -> tuple:
    e = first(tagger, text, date=DATE)
    return tuple(getattr(e, k) for k in keys)


@pytest.mark.parametrize("text", [
    # a signing at a meeting with a visiting delegation: the meeting verb places it at home
    "6月3日，贵州省副省长会见了以老挝丰沙里省省长为团长的丰沙里省政府代表团，双方签署友好交流合作备忘录。",
    "6月3日，海南省省长会见了由柬埔寨旅游部大臣率领的柬埔寨政府代表团，双方签署农业合作协议。",
    "6月3日，吉林省副省长宴请韩国庆尚北道代表团，双方签署经贸合作意向书。",
])
def test_a_signing_at_a_meeting_with_a_delegation_is_inbound(tagger, text):
    e = first(tagger, text, date=DATE)
    assert e.category == "cooperation_project"
    assert e.direction == "inbound"
    assert e.venue == e.provinces[0]


def test_a_signing_abroad_stays_outbound(tagger):
    e = first(tagger, "6月3日，吉林省副省长率团访问韩国，会见庆尚北道知事，双方签署经贸合作意向书。", date=DATE)
    assert (e.direction, e.venue) == ("outbound", "KOR")


@pytest.mark.parametrize("text,counterpart", [
    # a ministry of a foreign state or region, with the post written after it: the region's government
    ("6月3日，上海市副市长会见德国巴伐利亚州经济部国务秘书一行。", "subnational"),
    ("6月3日，黑龙江省副省长会见俄罗斯阿穆尔州政府副主席、农业部部长一行。", "subnational"),
    # the same posts of a country's own ministry stay national
    ("6月3日，上海市副市长会见德国联邦经济部国务秘书一行。", "minister"),
    ("6月3日，云南省副省长会见老挝计划投资部副部长一行。", "minister"),
])
def test_a_ministry_and_its_post_are_one_title(tagger, text, counterpart):
    assert attrs(tagger, text, "counterpart") == (counterpart,)


@pytest.mark.parametrize("text", [
    # a region's own assembly: the region's kind (边疆区, 州) names the assembly's place, not a governor
    "6月3日，黑龙江省副省长会见俄罗斯哈巴罗夫斯克边疆区立法杜马副主席一行。",
    "6月3日，吉林省副省长会见俄罗斯滨海边疆区立法会议代表团。",
    "6月3日，内蒙古自治区副主席会见俄罗斯外贝加尔边疆区立法会议主席。",
])
def test_a_regional_assembly_is_a_legislature(tagger, text):
    assert attrs(tagger, text, "counterpart") == ("legislature",)


def test_a_regional_governor_named_with_the_assembly_still_ranks_first(tagger):
    text = "6月3日，黑龙江省省长会见俄罗斯阿穆尔州州长和州立法会议主席一行。"
    assert attrs(tagger, text, "counterpart") == ("subnational",)


@pytest.mark.parametrize("text", [
    # a party's central departments are the party's, not a state's ministries
    "6月3日，辽宁省委书记会见朝鲜劳动党中央国际部副部长一行。",
    "6月3日，云南省委副书记会见老挝人民革命党中央组织部部长一行。",
    "6月3日，广西壮族自治区党委书记会见越共中央宣教部副部长率领的越共干部考察团。",
    # a foreign party's general secretary, attached to its country
    "6月3日，江西省委书记会见坦桑尼亚革命党总书记一行。",
])
def test_a_foreign_partys_officers_are_party(tagger, text):
    assert attrs(tagger, text, "counterpart") == ("party",)


def test_chinas_general_secretary_named_in_a_readout_is_no_counterpart(tagger):
    text = "6月3日，云南省委书记会见越南驻华大使，表示将落实好习近平总书记重要指示精神。"
    assert attrs(tagger, text, "counterpart") == ("diplomat",)


@pytest.mark.parametrize("text,counterpart", [
    # a country's trade representation in China is part of its mission
    ("6月3日，四川省副省长会见俄罗斯联邦驻华商务代表一行。", "diplomat"),
    ("6月3日，广东省副省长会见哈萨克斯坦驻华商务代表处首席代表。", "diplomat"),
    # a counterpart named only by its organisation
    ("6月3日，陕西省副省长会见英国皇家学会代表团。", "academic"),
    ("6月3日，浙江省副省长会见韩国大韩贸易投资振兴公社代表团。", "business"),
])
def test_counterparts_named_by_their_organisation(tagger, text, counterpart):
    assert attrs(tagger, text, "counterpart") == (counterpart,)


def test_a_business_delegation_is_not_a_trade_mission(tagger):
    # 商务代表团 is a business delegation: the trade-mission form needs 驻华
    assert attrs(tagger, "6月3日，广东省副省长会见韩国企业商务代表团一行。", "counterpart") == ("business",)


@pytest.mark.parametrize("text,official,level", [
    # a Xinjiang or Tibet prefecture (地区) is led by its 地委 and its 行署
    ("6月3日，喀什地委书记在喀什会见巴基斯坦驻华大使。", "municipal", "municipal"),
    ("6月3日，阿勒泰地区行署专员会见俄罗斯阿尔泰共和国政府副主席。", "municipal", "municipal"),
    ("6月3日，阿里地委副书记在狮泉河会见尼泊尔胡姆拉县县长一行。", "municipal", "municipal"),
])
def test_a_prefectures_party_secretary_and_commissioner_are_municipal(tagger, text, official, level):
    assert attrs(tagger, text, "official", "level") == (official, level)


def test_an_assistant_governor_is_no_governor(tagger):
    assert attrs(tagger, "6月3日，云南省省长助理会见泰国驻昆明总领事。", "official") == ("deputy",)


def test_a_north_korean_minister_styled_sang(tagger):
    text = "6月3日，吉林省副省长在平壤会见朝鲜对外经济相。"
    assert attrs(tagger, text, "counterpart", "direction", "venue") == ("minister", "outbound", "PRK")


def test_a_first_official_visit_names_no_minister(tagger):
    # 首次官方访问 holds the letters of a Korean vice-minister's title (次官): not listed
    text = "6月3日，云南省省长会见老挝琅勃拉邦省省长，这是对方首次官方访问云南。"
    assert attrs(tagger, text, "counterpart") == ("subnational",)


@pytest.mark.parametrize("text,counterpart", [
    # two counterparts of different rank: a state's governor outranks the consul general named with him
    ("6月3日，浙江省副省长会见德国北威州州长和德国驻上海总领事。", "subnational"),
    ("6月3日，河南省省长会见美国堪萨斯州副州长和美国驻武汉总领事。", "subnational"),
    # a head of government's assistant is a national official, not the head
    ("6月3日，宁夏回族自治区主席会见埃及总理助理一行。", "minister"),
])
def test_the_higher_of_two_counterparts(tagger, text, counterpart):
    assert attrs(tagger, text, "counterpart") == (counterpart,)


def test_a_chinese_prefectures_governor_still_ranks_as_a_city_leader(tagger):
    # 州长 ranks as a foreign deputy governor; a Chinese prefecture's stays below a provincial deputy
    text = "6月3日，云南省副省长和红河州州长在蒙自会见越南老街省委书记一行。"
    assert attrs(tagger, text, "official", "counterpart") == ("deputy", "subnational")


@pytest.mark.parametrize("text,counterpart", [
    # a country's central bank is a national body, not a business
    ("6月3日，广西壮族自治区副主席会见越南国家银行代表团。", "minister"),
    # a foreign news agency or broadcaster, named by its organisation only
    ("6月3日，云南省副省长会见越南通讯社社长一行。", "other"),
    ("6月3日，吉林省副省长会见日本经济新闻社社长一行。", "other"),
    ("6月3日，云南省副省长会见老挝国家通讯社代表团。", "other"),
    # a chambers' federation abroad
    ("6月3日，江苏省副省长会见德国工商大会对外经贸代表处首席代表。", "business"),
])
def test_national_banks_media_and_chambers(tagger, text, counterpart):
    assert attrs(tagger, text, "counterpart") == (counterpart,)


def test_chinas_own_news_agency_names_no_counterpart(tagger):
    text = "6月3日，云南省副省长会见老挝驻昆明总领事，新华社记者随行采访。"
    assert attrs(tagger, text, "counterpart") == ("diplomat",)


@pytest.mark.parametrize("text,counterpart", [
    # a head of state's aide or envoy is a national official, not the head
    ("6月3日，云南省省长会见斯里兰卡总统高级顾问一行。", "minister"),
    ("6月3日，福建省省长会见文莱苏丹特使一行。", "minister"),
    ("6月3日，甘肃省省长会见吉尔吉斯斯坦总统办公厅副主任一行。", "minister"),
    # Myanmar's State Administration Council; a royal visitor
    ("6月3日，云南省省长会见缅甸国家管理委员会副主席一行。", "minister"),
    ("6月3日，云南省委书记在昆明会见泰国诗琳通公主一行。", "head_of_state_or_government"),
    # a Chinese city whose name holds a royal word
    ("6月3日，公主岭市市长会见韩国驻沈阳总领事。", "diplomat"),
])
def test_heads_their_aides_and_royals(tagger, text, counterpart):
    assert attrs(tagger, text, "counterpart") == (counterpart,)


@pytest.mark.parametrize("text,counterpart", [
    ("On May 6, Guangdong's vice governor met Thailand's Princess Maha Chakri Sirindhorn in Guangzhou.",
     "head_of_state_or_government"),
    ("On May 6, Yunnan's governor met Myanmar's Vice Senior General Soe Win in Kunming.", "minister"),
])
def test_english_royal_and_military_heads(tagger, text, counterpart):
    assert attrs(tagger, text, "counterpart") == (counterpart,)


@pytest.mark.parametrize("text,official,counterpart", [
    ("On May 6, Guangxi's chairman met the Vietnamese ambassador in Nanning.", "governor", "diplomat"),
    ("On May 6, Inner Mongolia's vice-chairwoman met the Mongolian consul general in Hohhot.", "deputy", "diplomat"),
    ("On May 6, Ningxia regional government chairman met the Saudi investment minister in Yinchuan.", "governor",
     "minister"),
    ("On May 6, Heilongjiang's governor met Russia's Trade Representative in China.", "governor", "diplomat"),
    ("On May 6, Guangxi's chairman met a delegation of Vietnam News Agency.", "governor", "other"),
])
def test_an_autonomous_regions_head_named_by_the_region(tagger, text, official, counterpart):
    assert attrs(tagger, text, "official", "counterpart") == (official, counterpart)


def test_a_firms_chairman_is_no_regional_head(tagger):
    text = "On May 6, the chairman of Thailand's CP Group met Guangxi's party secretary in Nanning."
    assert attrs(tagger, text, "official") == ("party_secretary",)


@pytest.mark.parametrize("text,venue", [
    # 当地时间 (local time) dates an act abroad: a readout of a trip
    ("当地时间6月3日，云南省委书记会见老挝国家主席。", "LAO"),
    ("当地时间6月3日上午，黑龙江省省长会见俄罗斯阿穆尔州州长，双方签署合作协议。", "RUS"),
    ("當地時間6月3日，廣東省省長一行會見巴西聖保羅州州長。", "BRA"),
    ("当地时间6月3日，浙江省省长会见匈牙利外长和塞尔维亚总统。", None),
])
def test_local_time_places_the_act_abroad(tagger, text, venue):
    assert attrs(tagger, text, "direction", "venue") == ("outbound", venue)


@pytest.mark.parametrize("text,venue", [
    # a visit "to X" written 对X的…访问, and a flight into a foreign capital
    ("6月3日，云南省委书记结束对老挝的友好访问回到昆明。", "LAO"),
    ("6月3日，广西壮族自治区代表团圆满结束对越南的工作访问。", "VNM"),
    ("6月3日，湖南省委书记一行飞抵肯尼亚首都内罗毕，开始访问。", "KEN"),
])
def test_visits_abroad_written_otherwise(tagger, text, venue):
    assert attrs(tagger, text, "direction", "venue") == ("outbound", venue)


def test_a_foreign_leaders_visit_to_the_province_stays_inbound(tagger):
    text = "6月3日，老挝总理结束对云南的访问，省长到机场送行。"
    assert attrs(tagger, text, "direction", "venue") == ("inbound", "CN-YN")


def _all(tagger, text: str, source: str):
    import datetime

    from pipeline.schemas import Document
    doc = Document(id="t", text=text, date=datetime.date(2024, 6, 4), source_province=source)
    return tagger.tag_document(doc).engagements


def test_two_leaders_meeting_apart_on_one_day_are_two_engagements(tagger):
    # the province is named only by the source site; each clause names its own leader and counterpart
    es = _all(tagger, "6月3日上午，省委书记在南宁会见泰国孔敬府府尹一行；当天下午，自治区主席会见老挝驻南宁总领事。", "CN-GX")
    assert [(e.partners, e.official, e.counterpart, e.date) for e in es] == [
        (["THA"], "party_secretary", "subnational", "2024-06-03"), (["LAO"], "governor", "diplomat", "2024-06-03")]


def test_the_same_leader_meeting_again_in_the_afternoon(tagger):
    es = _all(tagger, "3日上午，省长在西宁会见了尼泊尔军队副总司令一行；当天下午，又会见了巴基斯坦驻华大使。", "CN-QH")
    assert [(e.partners, e.official, e.counterpart) for e in es] == [
        (["NPL"], "governor", "other"), (["PAK"], "governor", "diplomat")]


@pytest.mark.parametrize("text", [
    # one meeting with two counterparts, and a meeting with officials in attendance, stay one engagement
    "6月3日，省长在昆明会见了老挝副总理，并与越南副总理举行会谈。",
    "6月3日，省长在昆明会见了老挝副总理；省外办主任陪同会见。",
])
def test_one_occasion_stays_one_engagement(tagger, text):
    assert len(_all(tagger, text, "CN-YN")) == 1


@pytest.mark.parametrize("text", [
    # 在 + a list of foreign places: the act is abroad, no one venue
    "6月3日，宁夏艺术团在阿布扎比、马斯喀特巡回演出，观众逾三千人。",
    "6月3日，云南省文化和旅游厅在泰国、老挝举办文旅推介会。",
])
def test_a_list_of_foreign_places_after_zai_is_abroad(tagger, text):
    assert attrs(tagger, text, "direction", "venue") == ("outbound", None)


def test_foreign_witnesses_at_home_are_no_trip(tagger):
    text = "6月3日，省长在越南、老挝客商的见证下为昆明的项目揭牌。"
    assert attrs(tagger, text, "direction")[0] != "outbound"


@pytest.mark.parametrize("text,official,counterpart", [
    # the delegation's head named after it (团长为…, 团长为该省…) is the delegation's place's
    ("6月3日，广西壮族自治区副主席会见了越南高平省代表团（团长为省委副书记、省长）。", "deputy", "subnational"),
    ("6月3日，云南省副省长会见老挝丰沙里省代表团，团长为该省副省长。", "deputy", "subnational"),
    # a Chinese delegation's head so named stays Chinese
    ("6月3日，云南省代表团（团长为副省长）在万象会见老挝琅南塔省省长。", "deputy", "subnational"),
])
def test_a_delegations_head_named_after_it(tagger, text, official, counterpart):
    assert attrs(tagger, text, "official", "counterpart") == (official, counterpart)


@pytest.mark.parametrize("text,counterpart", [
    # a president or vice president of a parliament presides a legislature, not a state
    ("On June 3, Hubei's governor met the President of the French Senate in Wuhan.", "legislature"),
    ("On June 3, Yunnan's governor met the Vice President of the National Assembly of Laos.", "legislature"),
    # the state's own stay the state's
    ("On June 3, Yunnan's governor met the President of Laos in Kunming.", "head_of_state_or_government"),
    ("On June 3, Yunnan's governor met the Vice President of Laos in Kunming.", "minister"),
])
def test_a_parliaments_president(tagger, text, counterpart):
    assert attrs(tagger, text, "counterpart") == (counterpart,)


@pytest.mark.parametrize("text,level", [
    # a city named inside the event's name does not keep the level of the city hosting it from being read
    ("6月3日，2024中越边境（东兴—芒街）商贸旅游博览会在东兴市开幕。", "municipal"),
    ("6月3日，第五届绥芬河—波格拉尼奇内中俄冰雪节在绥芬河市开幕。", "municipal"),
    ("6月3日，2024中国（延边）图们江区域合作论坛在延吉市举行，韩国、俄罗斯代表出席。", "municipal"),
    # a province acting keeps its level wherever the event is held
    ("6月3日，云南省在河口县举办中越边境经贸洽谈会。", "provincial"),
])
def test_the_host_city_of_an_event_named_after_cities(tagger, text, level):
    assert attrs(tagger, text, "level") == (level,)


def test_consuls_of_two_countries_accompanying_at_home_are_no_trip(tagger):
    text = "6月3日，省长在老挝、越南驻昆明总领事的陪同下参观了南博会展馆。"
    assert attrs(tagger, text, "direction")[0] != "outbound"
