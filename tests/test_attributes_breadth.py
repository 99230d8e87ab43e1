"""Breadth of the engagement attributes on the shapes of real reports (issue 15): titles and
their variants on both sides, concurrent posts, venues and datelines. Sentences written for
these tests (facts only taken from public reports)."""

from __future__ import annotations

import pytest

from tests.test_pairing import first  # (the helper; the rules-only tagger fixture is conftest's)


@pytest.mark.parametrize("text,official,counterpart", [
    # a Politburo seat named before the provincial post: the post acts (not a national leader)
    ("中共中央政治局委员、四川省委书记在成都会见德国巴伐利亚州州长一行。", "party_secretary", "subnational"),
    ("中共中央政治局委員、廣東省委書記在廣州會見澳大利亞昆士蘭州州長。", "party_secretary", "subnational"),
    # an acting chairman of an autonomous region is its governor
    ("10月9日，宁夏回族自治区党委副书记、自治区代主席在银川会见约旦驻华大使。", "governor", "diplomat"),
    # English: a deputy party secretary who is also governor is the governor, not the party secretary
    ("On March 3, Li Ming, Deputy Secretary of the CPC Hunan Provincial Committee and Governor of Hunan Province, "
     "met in Changsha with the Ambassador of Ghana to China.", "governor", "diplomat"),
    # "Party chief of Southwest China's Yunnan Province": China's, not a foreign governor
    ("The Party chief of Southwest China's Yunnan Province met the Minister of Industry and Commerce of Laos in "
     "Kunming on Friday.", "party_secretary", "minister"),
    # a government delegation led by a foreign region's leaders is a local one
    ("吉林省省长在长春会见由俄罗斯滨海边疆区副州长率领的政府代表团。", "governor", "subnational"),
])
def test_titles_on_real_report_shapes(tagger, text, official, counterpart):
    e = first(tagger, text, date="2024-05-10")
    assert (e.official, e.counterpart) == (official, counterpart)


def test_the_embassy_named_after_chinas_own_is_no_counterpart(tagger):
    e = first(tagger, "6月2日，中国驻泰国使馆临时代办会见来泰访问的云南省副省长一行。使馆经商参赞陪同会见。",
              date="2024-06-03")
    assert (e.official, e.counterpart, e.direction) == ("deputy", None, "outbound")


@pytest.mark.parametrize("text,direction,venue", [
    # Traditional script: 抵達 a Chinese city is arriving in China; 對X進行了訪問 is a visit to X
    ("老撾代表團5日抵達昆明，開始為期三天的訪問，雲南省副省長會見代表團。", "inbound", "CN-YN"),
    ("11月11日至13日，黑龍江省官方代表團對俄羅斯阿穆爾州進行了訪問。", "outbound", "RUS"),
    ("9月3日，辽宁省副省长一行对日本富山县进行友好访问。", "outbound", "JPN"),
    # 在 + a China–X compound or a circumstance names no venue
    ("在中老两国人民欢度新春之际，云南省委书记在西双版纳会见老挝琅南塔省省委书记。", "inbound", "CN-YN"),
    ("2月3日，在中越两国领导人的见证下，广西壮族自治区主席与越南谅山省省长签署合作协议。", None, None),
    # a foreign dateline places an act the report places nowhere else
    ("VIENTIANE, May 3 (KPL) - Lao Deputy Prime Minister Saleumxay Kommasith held talks with Yunnan's Party "
     "Secretary Wang Ning on border gates and the railway.", "outbound", "LAO"),
    ("越通社河内——越南政府副总理日前会见了到访的中国云南省省长一行。", "outbound", "VNM"),
])
def test_venues_and_directions_of_real_report_shapes(tagger, text, direction, venue):
    e = first(tagger, text, date="2024-05-10")
    assert (e.direction, e.venue) == (direction, venue)


def test_the_post_the_text_gives_a_leader_beats_the_lexicons_dates(tagger):
    # 胡和平 is in officials.yaml as Shaanxi's party secretary from 2018; a report that calls him
    # governor is about his earlier post (an undated or misdated page)
    e = first(tagger, "On December 8, Governor Hu Heping met in Xi'an with the Consul-General of Malaysia in "
                      "Xi'an and his delegation.", date="2018-12-10")
    assert e.official == "governor"


@pytest.mark.parametrize("text,official,level", [
    # the reporter's city in a dateline (本报杭州…讯) is no acting city
    ("本报杭州10月15日讯 15日下午，省委书记在杭州会见了来访的蒙古国国家大呼拉尔主席一行。", "party_secretary", "provincial"),
    # a leader's name, then 在 + a city: the city is the venue, not the acting unit
    ("10月15日，省委书记夏宝龙在杭州会见了来访的蒙古国国家大呼拉尔主席一行。", "party_secretary", "provincial"),
])
def test_a_city_named_as_dateline_or_venue_does_not_act(tagger, text, official, level):
    e = first(tagger, text, date="2016-10-16")
    assert (e.official, e.level) == (official, level)


def test_mongolias_great_khural_is_a_legislature(tagger):
    e = first(tagger, "15日下午，浙江省委书记在杭州会见了蒙古人民党主席、国家大呼拉尔主席一行。", date="2016-10-16")
    assert e.counterpart == "legislature"


@pytest.mark.parametrize("text,official,counterpart", [
    # 秘书长 after a Chinese post is the same person's post, not an international secretary-general
    ("5月8日，省委常委、秘书长在昆明会见泰国企业代表团。", "deputy", "business"),
    # a city's standing committee member is a city leader; a municipality's is provincial-level
    ("5月8日，市委常委、秘书长在大连会见日本北九州市代表团。", "municipal", "subnational"),
    ("5月8日，上海市政协主席视频会见横滨市议长。", "deputy", "legislature"),
    # an autonomous region's English "vice chairman"; a Kazakh region's administration
    ("On May 8, Xinjiang's vice chairman met the head of the Almaty regional administration in Urumqi.",
     "deputy", "subnational"),
    ("On May 8, Guangxi's vice chairman met the mayor of Hai Phong in Nanning.", "deputy", "subnational"),
    # a foreign province no lexicon lists, after its country: its governor is foreign
    ("5月8日，副省长在福州会见巴布亚新几内亚东新不列颠省省长。", "deputy", "subnational"),
    # UN bodies beyond the best known
    ("5月8日，副省长在昆明会见世界粮食计划署驻华代表。", "deputy", "international_org"),
    ("On May 8, Yunnan's vice governor met the WFP Country Director for China in Kunming.", "deputy",
     "international_org"),
])
def test_titles_breadth_chinese_posts_and_foreign_bodies(tagger, text, official, counterpart):
    e = first(tagger, text, date="2024-05-10")
    assert (e.official, e.counterpart) == (official, counterpart)


def test_a_letter_of_intent_signed_somewhere_is_no_remote_act(tagger):
    e = first(tagger, "Hainan's governor and the governor of Siem Reap Province of Cambodia signed a letter of intent "
                      "on sister-province ties in Haikou on Thursday night.", date="2024-08-25")
    assert (e.direction, e.venue) == ("inbound", "CN-HI")
    # a letter sent is still remote
    e = first(tagger, "On Thursday, Hainan's governor sent a congratulatory letter to the governor of Siem Reap Province "
                      "of Cambodia on the 10th anniversary of their sister-province ties.", date="2024-08-25")
    assert e.direction == "remote"


def test_a_list_of_chinese_cities_visited_is_neither_venue_nor_acting_unit(tagger):
    e = first(tagger, "2012年9月3日至9日，美国华盛顿州贸易代表团一行到访了杭州、福州和南京。在闽期间，福建省副省长会见了代表团。",
              date="2010-06-07")
    assert (e.direction, e.level) == ("inbound", "provincial")


@pytest.mark.parametrize("text,official,level", [
    # a city paper's bare 市委书记 / 市长 (来连, 我市): a city leader
    ("11月21日晚，市委书记在香格里拉大饭店会见了来连出席论坛的日本长冈市市长一行。", "municipal", "municipal"),
    ("6月21日下午，市委副书记、市长在香格里拉大饭店会见了日本外务大臣一行。", "municipal", "municipal"),
    # ... but a municipality's leader named with it is its provincial-level head
    ("10月23日下午，市委副书记、市长唐良智会见瑞典西约特兰省省督一行，双方签署友好合作备忘录。", "governor", "provincial"),
    # foreign mayors listed after their countries do not outrank the Chinese governor
    ("上合组织国家地方领导人对话会在青岛举行，来自俄罗斯、哈萨克斯坦等国的州长、市长出席。山东省省长致辞。", "governor", "provincial"),
])
def test_bare_city_titles(tagger, text, official, level):
    e = first(tagger, text, date="2018-11-22")
    assert (e.official, e.level) == (official, level)


def test_consulates_seated_in_chinese_places(tagger):
    e = first(tagger, "On May 10, the Mayor of Zhangjiajie met the heads of 21 Consulates from Hong Kong and Macao, "
                      "including those of Chile and Peru, accompanied by an official of the Commissioner's Office in Macao.",
              date="2018-05-12")
    assert e.counterpart == "diplomat" and e.venue != "CN-MO"


def test_a_japanese_committee_chairman_is_no_foreign_governor(tagger):
    e = first(tagger, "5月20日，天津市人大常委会副主任会见了日本经济交流中心委员长一行。", date="2019-05-22")
    assert e.counterpart != "subnational"
    e = first(tagger, "5月20日，天津市人大常委会副主任会见了日本大阪商工会议所会长一行。", date="2019-05-22")
    assert e.counterpart == "business"


@pytest.mark.parametrize("text,official,counterpart", [
    # English titles with the place's name inside: the place decides the side
    ("On May 3, Zhang, Deputy Secretary of the CPC Yunnan Provincial Committee, met the Ambassador of Laos in Kunming.",
     "deputy", "diplomat"),
    ("On May 3, Li, Secretary of the CPC Kunming Municipal Committee, met the Ambassador of Laos in Kunming.",
     "municipal", "diplomat"),
    ("On May 3, the Vice Chairman of the Inner Mongolia Autonomous Region met the Mongolian Ambassador in Hohhot.",
     "deputy", "diplomat"),
    ("On May 3, the Secretary of the Lao Cai Provincial Party Committee met the Vice Governor of Yunnan in Kunming.",
     "deputy", "subnational"),
])
def test_english_titles_with_a_place_inside(tagger, text, official, counterpart):
    e = first(tagger, text, date="2024-05-04")
    assert (e.official, e.counterpart) == (official, counterpart)


def test_a_foreign_leader_receiving_the_chinese_side_in_english_is_abroad(tagger):
    e = first(tagger, "On November 27, at the Government Headquarters, Prime Minister Pham Minh Chinh received Wei Tao, "
                      "Deputy Secretary of the Regional Party Committee, Chairman of the Guangxi Zhuang Autonomous Region, "
                      "China, and a Vietnamese business delegation.", date="2025-11-27")
    assert (e.official, e.direction) == ("governor", "outbound")
    # the same verb with the Chinese side as subject stays at home
    e = first(tagger, "On November 27, the Chairman of the Guangxi Zhuang Autonomous Region received the Lao Deputy "
                      "Prime Minister.", date="2025-11-27")
    assert e.direction == "inbound"


@pytest.mark.parametrize("text,counterpart", [
    ("On May 3, Yunnan's vice governor met the Chairman of the People's Committee of Lao Cai province in Kunming.",
     "subnational"),
    ("On May 3, Heilongjiang's governor met the Head of the Republic of Buryatia in Harbin.", "subnational"),
    ("On May 3, Xinjiang's vice chairman met the khokim of Tashkent region in Urumqi.", "subnational"),
    ("5月3日，黑龙江省省长在哈尔滨会见俄罗斯布里亚特共和国首脑一行。", "subnational"),
    ("5月3日，广西壮族自治区副主席在南宁会见越南驻华使馆一秘。", "diplomat"),
])
def test_foreign_local_heads_and_junior_diplomats(tagger, text, counterpart):
    assert first(tagger, text, date="2024-05-04").counterpart == counterpart


def test_a_leader_who_entrusts_the_act_gives_no_official():
    from pipeline.engagement.attributes import leader_official
    from pipeline.schemas import Mention
    text = "8月17日，受省委书记王宁委托，省长在昆明会见南博会部分外方嘉宾。"
    m = Mention(label="province", code="CN-YN", text="王宁", start=text.index("王宁"), end=text.index("王宁") + 2,
                rule="official:official.CN-YN.wang_ning.party_secretary", entry="official.CN-YN.wang_ning")
    assert leader_official([m], None, text) is None
    assert leader_official([m], None, text.replace("委托", "安排"))[0] == "party_secretary"


@pytest.mark.parametrize("text,official,counterpart", [
    # 协商会议 (a Shura council) holds 商会 (a chamber) inside it; China's 政治协商会议 is no foreign body
    ("5月3日，宁夏回族自治区政协主席在银川会见沙特阿拉伯协商会议代表团。", "deputy", "legislature"),
    ("5月3日，湖南省副省长在长沙会见非盟委员会副主席。", "deputy", "international_org"),
    # a provincial standing committee member who is also a city's party secretary is a provincial deputy
    ("5月3日，云南省委常委、昆明市委书记在昆明会见老挝万象市市长。", "deputy", "subnational"),
])
def test_bodies_inside_bodies_and_concurrent_city_posts(tagger, text, official, counterpart):
    e = first(tagger, text, date="2024-05-06")
    assert (e.official, e.counterpart) == (official, counterpart)


@pytest.mark.parametrize("text,doc_date,day", [
    # a paper's dateline is the report's day: 今天 is that day, not the publication's
    ("本报9月7日讯 今天下午，省委常委、常务副省长在石家庄会见匈牙利佩斯州州长一行。", "2005-09-08", "2005-09-07"),
    # a wire dateline's day gives way to the act's own day written after it
    ("VIENTIANE, Nov. 5 (KPL) - Lao Deputy Prime Minister Saleumxay Kommasith held talks with Yunnan's Party "
     "Secretary Wang Ning on November 4 on border trade.", "2023-11-06", "2023-11-04"),
    # 昨晚 (last night) is the day before the report
    ("本报讯 昨晚，青岛市人大常委会主任会见了日本新潟市议会议长率领的代表团一行。", "2004-11-01", "2004-10-31"),
    # "the 14th of March"; "the 14th and 15th of March" does not say which day the meeting was
    ("On a working trip to Lanzhou on the 14th of May, the Uzbek Ambassador met the Governor of Gansu Province.",
     "2019-05-16", "2019-05-14"),
    ("On a working trip to Lanzhou on the 14th and 15th of May, the Uzbek Ambassador met the Governor of Gansu "
     "Province.", "2019-05-16", None),
])
def test_report_dates_datelines_and_english_ordinals(tagger, text, doc_date, day):
    assert first(tagger, text, date=doc_date).date == day


def test_a_foreign_county_government_is_no_chinese_official(tagger):
    from datetime import date

    from pipeline.schemas import Document
    r = tagger.tag(Document(id="gs", text="由日本山形县国际交流课课长率领的山形县政府代表团一行4人于6月10日至12日"
                                          "来我省访问。11日上午，我办副主任会见了代表团。",
                            date=date(2018, 6, 14), source_province="CN-GS"))
    e = r.engagements[0]
    assert (e.official, e.counterpart, e.level) == ("fao", "subnational", "provincial")


@pytest.mark.parametrize("text,direction", [
    ("5月22日至26日，日本熊本县政府官员代表团访闽，就友好交流与合作进行探讨。", "inbound"),
    ("5月22日至26日，老挝琅勃拉邦省代表团訪滇，就友好交流與合作進行探討。", "inbound"),
])
def test_visit_plus_a_province_abbreviation_is_inbound(tagger, text, direction):
    assert first(tagger, text, date="2016-05-31").direction == direction


def test_a_foreign_provinces_foreign_affairs_office_is_the_foreign_side(tagger):
    e = first(tagger, "5月3日，云南省商务厅厅长在昆明会见老挝琅勃拉邦省外事办主任一行。", date="2024-05-04")
    assert (e.official, e.counterpart) == ("other", "subnational")


def test_a_provincial_governments_secretary_general_is_chinese(tagger):
    e = first(tagger, "On May 3, the Secretary-General of the Yunnan Provincial Government met the Thai Consul General "
                      "in Kunming.", date="2024-05-04")
    assert (e.official, e.counterpart) == ("deputy", "diplomat")  # GUIDELINES §6: 秘书长 is deputy (branch cpt; was other)
    e = first(tagger, "On May 3, the ASEAN Secretary-General met the Guangxi vice chairman in Nanning.", date="2024-05-04")
    assert (e.official, e.counterpart) == ("deputy", "international_org")


def test_an_act_during_a_national_leaders_visit_is_where_the_visit_is(tagger):
    e = first(tagger, "去年10月，中国国家领导人访问老挝时，在两国领导人的见证下，云南省委书记与老挝琅勃拉邦省省委书记签署合作备忘录。",
              date="2024-05-04")
    assert (e.direction, e.venue) == ("outbound", "LAO")


@pytest.mark.parametrize("text,counterpart", [
    # an international organisation joined to a Chinese party by "and the" is no title of that party
    ("The Gansu provincial government and the African Union Commission held a seminar on drylands farming for "
     "officials from twelve African countries in Lanzhou.", "international_org"),
    # "X and Y business leaders" share the noun: the foreign one still names the side
    ("Uzbek and Chinese business leaders signed 14 contracts in Tashkent during the Xinjiang trade week.", "business"),
    # a foreign country's officials named by their field (农业官员, 海关官员) are national officials
    ("广西为老挝海关官员举办跨境通关便利化研修班。", "minister"),
    # an embassy's own education officers are its diplomats, not a ministry
    ("应广西教育厅邀请，泰国、越南驻华使馆教育官员到南宁参观职业技术学院。", "diplomat"),
])
def test_counterparts_named_by_organisation_field_or_mission(tagger, text, counterpart):
    assert first(tagger, text).counterpart == counterpart


@pytest.mark.parametrize("text,official,level", [
    # an English "Mayor" whose city is named after the name: a city's mayor
    ("Mayor Wang Lixin of Qingdao met the visiting Consul General of Japan on Tuesday.", "municipal", "municipal"),
    # a municipality's mayor is a governor (TAXONOMY §3b)
    ("Mayor Zhang Gong of Tianjin met the visiting Mayor of Porto on Tuesday.", "governor", "provincial"),
])
def test_an_english_mayor_takes_the_level_of_the_city_named(tagger, text, official, level):
    e = first(tagger, text, date="2024-05-10")
    assert (e.official, e.level) == (official, level)


@pytest.mark.parametrize("text,official,level", [
    ("Xu Ming, secretary of CPC Dehong Committee, met the Myanmar consul general in Mangshi.", "municipal",
     "municipal"),
    ("The secretary of Dalian municipal Party committee met a Japanese delegation from Kitakyushu.", "municipal",
     "municipal"),
    ("Zhou Tao, deputy secretary of the CPC Yunnan Provincial Committee, met the Lao ambassador.", "deputy",
     "provincial"),
])
def test_committee_titles_in_lower_case_wire_copy(tagger, text, official, level):
    e = first(tagger, text, date="2024-05-10")
    assert (e.official, e.level) == (official, level)


@pytest.mark.parametrize("text,direction", [
    # congratulations said at a meeting do not make it remote
    ("Sichuan's vice governor met the new Consul General of Thailand in Chengdu and congratulated him on taking "
     "office.", "inbound"),
    # a remote cue of its own still does
    ("Sichuan's governor held a video meeting with the Lao minister and congratulated him on the new year.", "remote"),
])
def test_congratulations_at_a_meeting_are_no_remote_act(tagger, text, direction):
    assert first(tagger, text, date="2024-05-10").direction == direction


@pytest.mark.parametrize("text,direction", [
    # a foreign envoy's trip into China, said with an outbound-looking verb
    ("The Cambodian Ambassador led a delegation to visit Zhanjiang, where Guangdong's vice governor met them.",
     "inbound"),
    ("The Lao ambassador completed a tour of China's southernmost province after meeting Hainan's governor.",
     "inbound"),
    # a Chinese delegation's trip abroad stays outbound
    ("Gansu's governor led a delegation to Georgia and met the Georgian prime minister.", "outbound"),
])
def test_an_english_trip_into_china_is_inbound(tagger, text, direction):
    assert first(tagger, text, date="2024-05-10").direction == direction


def test_a_foreign_delegation_travelling_in_china_comes_in(tagger):  # noqa: F811
    """赴 before a Chinese place (赴苏州: the 赴苏 form of Jiangsu starts at 赴) is a trip inside China:
    the meeting it follows in one engagement stays inbound (was outbound by the bare 赴)."""
    text = ("6月5日上午，省长在南京会见德国巴伐利亚州州长一行。当天下午，省长还会见了新加坡贸工部部长。"
            "6日，巴伐利亚州代表团赴苏州考察。")
    assert [e.direction for e in tagger.tag(text).engagements] == ["inbound", "inbound"]


@pytest.mark.parametrize("text,level", [
    ("3月4日，市委外办召开全市外事工作会议，总结2023年外事工作。", "municipal"),  # the city party committee's office
    ("3月4日，州委外办召开全州外事工作会议。", "municipal"),
    ("3月4日，省委外办召开全省外事工作会议。", "provincial"),
    ("3月4日，自治区党委外办召开外事工作会议。", "provincial"),
])
def test_a_party_committees_foreign_affairs_office_acts_at_its_level(tagger, text, level):  # noqa: F811
    assert first(tagger, text, date="2024-05-10").level == level
