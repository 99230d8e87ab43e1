"""Pairing and attribute rules of the engagement layer (TAXONOMY §3b): titles of both sides,
levels, dates, and which provinces are actors. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.tagger import Tagger


def first(tagger: Tagger, text: str, **kw):
    r = tagger.tag(text, **kw)
    assert r.engagements, text
    return r.engagements[0]


@pytest.mark.parametrize("text,official,counterpart", [
    # a foreign locality's national-sounding title is subnational
    ("四川省长在成都会见瑞典西约特兰省省督一行。", "governor", "subnational"),
    ("云南省委书记在昆明会见老挝琅南塔省副省长一行。", "party_secretary", "subnational"),
    ("广西壮族自治区副主席在南宁会见越南谅山省人民议会主席。", "deputy", "subnational"),
    # "Governor of" a Chinese province is the Chinese governor
    ("The Kazakh Ambassador met the Governor of Shaanxi Province in Xi'an.", "governor", "diplomat"),
    # breadth: foreign titles
    ("湖北省副省长在武汉会见马来西亚沙捞越州总理一行。", "deputy", "subnational"),
    ("云南省副省长在昆明会见柬埔寨副首相一行。", "deputy", "minister"),
    ("Jiangsu's vice governor met Kyrgyzstan's First Vice Prime Minister in Nanjing.", "deputy", "minister"),
    ("广东省外办主任在广州会见泰国驻广州总领馆官员。", "fao", "diplomat"),
    ("宁夏外侨办主任在银川会见阿曼驻华使馆临时代办。", "fao", "diplomat"),
    ("云南省外办主任在昆明会见中国—东盟中心秘书长一行。", "fao", "international_org"),
    ("The Yunnan governor met a delegation of US lawmakers in Kunming.", "governor", "legislature"),
    # Chinese side: county and township leaders; a Chinese university acts as `other`
    ("云南省勐腊县县长在勐腊会见老挝南塔省副省长。", "municipal", "subnational"),
    ("广西民族大学在南宁为东盟国家留学生举办开学典礼。", "other", "academic"),
    ("湖南省商务厅厅长在长沙会见肯尼亚驻华大使。", "other", "diplomat"),
])
def test_titles_of_both_sides(tagger, text, official, counterpart):
    e = first(tagger, text)
    assert (e.official, e.counterpart) == (official, counterpart)


def test_chinese_party_leaders_are_not_foreign_party_counterparts(tagger):
    e = first(tagger, "云南省委书记在昆明会见越共中央总书记一行。")
    assert (e.official, e.counterpart) == ("party_secretary", "party")


def test_a_dated_leaders_name_gives_the_official(tagger):
    e = first(tagger, "5月3日，马兴瑞在乌鲁木齐会见哈萨克斯坦驻华大使。", date="2023-05-05")
    assert e.official == "party_secretary" and e.provenance["official"].rule == "leader_post"
    # a lower title in the same clause does not outrank the leader's post
    e = first(tagger, "5月3日，马兴瑞在乌鲁木齐会见哈萨克斯坦驻华大使，自治区外办主任参加会见。", date="2023-05-05")
    assert e.official == "party_secretary"


def test_a_city_after_a_venue_province_is_the_venue_too(tagger):
    e = first(tagger, "第四届中国—蒙古国博览会在内蒙古自治区呼和浩特市开幕，蒙古国副总理出席。")
    assert e.level == "provincial"
    r = tagger.tag("8月6日，在广西南宁举行的友城合作论坛期间，吉林省延边州与俄罗斯滨海边疆区签订友好关系协议书，"
                   "云南省红河州与越南老街省签订友好关系协议书。", date="2024-08-07")
    assert [(e.provinces, e.partners) for e in r.engagements] == [(["CN-JL"], ["RUS"]), (["CN-YN"], ["VNM"])]
    assert {e.level for e in r.engagements} == {"municipal"}


def test_a_venue_after_fu_and_an_sar_office_are_no_actors(tagger):
    # written for this test: a city's foreign affairs office calls on consulates and an SAR office in Shanghai
    r = tagger.tag("5月8日，嘉兴市外办一行赴上海，先后走访香港特别行政区政府驻上海经济贸易办事处，"
                   "并同泰国、意大利两国驻沪总领事座谈。", date="2024-05-12")
    assert {p for e in r.engagements for p in e.provinces} == {"CN-ZJ"}
    assert {c for e in r.engagements for c in e.partners} == {"THA", "ITA"}


def test_a_listing_of_provinces_is_one_act(tagger):
    r = tagger.tag("应日本新潟县邀请，河北省、浙江省、四川省等地的地方政府代表9日起赴新潟县考察访问。",
                   date="2015-06-10")
    assert [sorted(e.provinces) for e in r.engagements] == [["CN-HE", "CN-SC", "CN-ZJ"]]


def test_english_round_up_pairs_each_province_with_its_own_partners(tagger):
    text = ("On May 6, Sichuan's party secretary met the President of Seychelles in Chengdu. "
            "On May 7, the governor of Heilongjiang met the President of the Gambia in Harbin. "
            "On May 8, Hunan's governor signed a cooperation agreement with Madagascar's prime minister in Changsha.")
    r = tagger.tag(text, date="2024-05-10")
    pairs = [(e.provinces, e.partners) for e in r.engagements]
    assert pairs == [(["CN-SC"], ["SYC"]), (["CN-HL"], ["GMB"]), (["CN-HN"], ["MDG"])]
    assert [e.date for e in r.engagements] == ["2024-05-06", "2024-05-07", "2024-05-08"]


def test_the_official_who_entrusts_the_act_does_not_act(tagger):
    e = first(tagger, "11月6日，受江西省省长的委托，江西省副省长在南昌会见日本岐阜县知事一行。", date="2008-11-15")
    assert e.official == "deputy" and e.counterpart == "subnational"


def test_a_foreign_locality_makes_the_counterpart_subnational(tagger):
    e = first(tagger, "云南省与老挝琅勃拉邦签署友好交流合作备忘录。")
    assert e.counterpart == "subnational"


def test_a_prefectural_assembly_is_a_legislature(tagger):
    e = first(tagger, "11月6日，吉林省人大常委会副主任在长春会见日本新潟县议会议长一行。", date="2023-11-14")
    assert (e.official, e.counterpart) == ("deputy", "legislature")


def test_a_day_without_month_after_a_range_continues_the_visit(tagger):
    r = tagger.tag("10月23日至25日，瑞典西约特兰省省督率团来渝访问。23日下午，市委副书记、市长会见省督一行，"
                   "双方签署友好合作备忘录。", date="2018-10-26")
    assert len(r.engagements) == 1
    e = r.engagements[0]
    assert (e.provinces, e.partners, e.date) == (["CN-CQ"], ["SWE"], "2018-10-23")
    assert (e.direction, e.official, e.counterpart) == ("inbound", "governor", "subnational")


def test_traditional_script_direction_cues(tagger):
    e = first(tagger, "瑞典西約特蘭省省督率團來渝訪問。")
    assert e.direction == "inbound" and e.venue == "CN-CQ"
    e = first(tagger, "廣東省長以視頻形式會見法國大區議會主席。")
    assert e.direction == "remote"


def test_title_abbreviations_do_not_end_an_english_sentence(tagger):
    from pipeline.text import sentences

    t = "On 26 October 2015, H.E. Mme. Li met with Ms. Zhou, director of the Foreign Affairs Office of Yunnan. Next."
    assert len(sentences(t)) == 2
    e = first(tagger, "On 26 October 2015, the Secretary-General of the ASEAN-China Centre, H.E. Mme. Li, met with "
                      "Ms. Zhou, Director-General of the Foreign Affairs Office of Yunnan Province, in Kunming.")
    assert (e.official, e.counterpart, e.date) == ("fao", "international_org", "2015-10-26")


@pytest.mark.parametrize("text,day", [
    ("Fujian's governor held talks with the visiting Prime Minister of Tonga on Monday.", "2023-07-17"),
    ("Fujian's governor held talks with the visiting Prime Minister of Tonga on Tuesday.", "2023-07-18"),
    ("The Tongan Prime Minister will make a three-day visit to Fujian from Thursday.", "2023-07-20"),
    ("The China-South Asia Expo closed in Kunming on Monday, with Nepal and Sri Lanka among the exhibitors.", None),
    ("昨天，福建省长在福州会见汤加首相。", "2023-07-17"),
])
def test_days_named_relative_to_the_report(tagger, text, day):
    e = first(tagger, text, date="2023-07-18")  # a Tuesday
    assert e.date == day
    e = first(tagger, text)  # no document date: no day
    assert e.date is None


def test_chinas_own_mission_abroad_is_no_counterpart_and_marks_the_act_abroad(tagger):
    e = first(tagger, "12月3日，中国驻菲律宾大使出席湖北省与南伊罗戈省缔结友好省关系签约仪式，湖北省政协副主席签署协议。",
              date="2019-12-04")
    assert e.direction == "outbound" and e.venue == "PHL"
    assert e.counterpart != "diplomat"
    e = first(tagger, "On May 29, Chinese Ambassador Li and the Governor of Maryland attended the opening ceremony of "
                      "the Anhui-Maryland Promotion Week, a trade fair co-hosted by Anhui Province and the United States "
                      "State of Maryland.", date="2024-05-30")
    assert e.direction == "outbound" and e.counterpart != "diplomat"


def test_a_foreign_leader_receiving_the_chinese_side_is_abroad(tagger):
    e = first(tagger, "老挝外交部长5月12日会见中国云南省委书记。", date="2023-05-13")
    assert e.direction == "outbound" and e.venue == "LAO"


def test_a_city_leaders_bare_title_is_municipal(tagger):
    e = first(tagger, "大庆市与韩国忠州市签署友好城市协议书，市长出席签约仪式。")
    assert (e.level, e.official) == ("municipal", "municipal")
    e = first(tagger, "大庆市与韩国忠州市签署友好城市协议书。")
    assert (e.level, e.official) == ("municipal", None)  # no leader named: none


def test_coming_to_a_chinese_city_is_inbound(tagger):
    e = first(tagger, "蒙古国乌兰巴托市代表团来呼和浩特参加中蒙博览会，与呼和浩特市签署城市规划交流协议。")
    assert e.direction == "inbound" and e.venue == "CN-NM"


def test_a_venue_is_the_host_where_its_sentence_names_no_other_actor(tagger):
    r = tagger.tag("6月3日，湖北省委书记在武汉会见马里总理一行。6月3日，肯尼亚总统在厦门出席中非投资洽谈会。",
                   date="2024-06-05")
    assert [(e.provinces, e.partners) for e in r.engagements] == [(["CN-HB"], ["MLI"]), (["CN-FJ"], ["KEN"])]


def test_a_capital_visited_is_no_subnational_counterpart(tagger):
    e = first(tagger, "2月3日，广东省民间艺术团飞抵英国伦敦，开启为期8天的文化艺术交流活动。", date="2024-02-10")
    assert e.counterpart is None
    e = first(tagger, "10月1日至5日，自治区党委书记率团出访蒙古国，落实两国元首达成的重要共识。", date="2023-10-07")
    assert e.counterpart != "subnational"


@pytest.mark.parametrize("text,venue", [
    ("1月16日至2月3日，河南省文化艺术团赴乌拉圭,巴西,美国等地进行交流演出。", None),
    ("1月10日，黑龙江省艺术团赴俄罗斯哈巴罗夫斯克、黎巴嫩贝鲁特演出。", None),
    ("1月10日，黑龙江省艺术团赴俄罗斯哈巴罗夫斯克演出。", "RUS"),
    ("5月17日，自治区外办主任率工作组赴外交部走访，并拜会阿曼驻华大使。", "CN-BJ"),
])
def test_venues(tagger, text, venue):
    assert first(tagger, text, date="2024-05-20").venue == venue


@pytest.mark.parametrize("text", [
    "5月6日，云南省长在昆明会见来自泰国、新加坡、香港的客商代表。",
    "On May 6, the Yunnan governor met investors from Thailand, Singapore and Hong Kong in Kunming.",
])
def test_an_sar_listed_among_countries_is_no_actor(tagger, text):
    r = tagger.tag(text + "5月8日，广西壮族自治区主席在南宁会见越南驻华大使。", date="2024-05-10")
    assert [e.provinces for e in r.engagements] == [["CN-YN"], ["CN-GX"]]
    assert tagger.tag(text, date="2024-05-10").engagements[0].provinces == ["CN-YN"]


@pytest.mark.parametrize("text,official,counterpart", [
    ("Officials of the Yunnan FAO met a delegation from the ASEAN Secretariat in Kunming.", "fao", "international_org"),
    ("Business leaders from Kazakhstan and Xinjiang signed a dozen cooperation deals at a trade forum in Urumqi.", None,
     "business"),
    ("Yunnan Vice Governor met the Vice President of the University of Yangon in Kunming.", "deputy", "academic"),
    ("The mayor of Kunming met the mayor of Chiang Mai in Kunming.", "municipal", "subnational"),
])
def test_english_titles_do_not_attach_across_a_verb(tagger, text, official, counterpart):
    e = first(tagger, text)
    assert (e.official, e.counterpart) == (official, counterpart)


@pytest.mark.parametrize("text,official,counterpart,level", [
    ("昆明市委书记在昆明会见老挝万象市市长一行。", "municipal", "subnational", "municipal"),
    ("玉溪市副市长会见泰国清迈府副府尹一行。", "municipal", "subnational", "municipal"),
    ("延边州州委书记会见韩国江原道知事。", "municipal", "subnational", "municipal"),
    ("满洲里市市长会见俄罗斯后贝加尔边疆区副州长。", "municipal", "subnational", "municipal"),
    ("云南省教育厅副厅长会见老挝教育与体育部副部长。", "other", "minister", "provincial"),
    ("黑龙江省人大常委会主任会见俄罗斯国家杜马副主席。", "deputy", "legislature", "provincial"),
    ("江苏省政协主席会见日本众议院议员代表团。", "deputy", "legislature", "provincial"),
    ("福建省委常委、统战部部长会见印尼华人总会主席。", "deputy", "other", "provincial"),
    ("海南省委书记会见马来西亚沙巴州首席部长。", "party_secretary", "subnational", "provincial"),
    ("广东省省长会见泰国正大集团董事长。", "governor", "business", "provincial"),
    ("吉林省委书记会见朝鲜驻沈阳总领事。", "party_secretary", "diplomat", "provincial"),
    ("重庆市副市长会见匈牙利外交与对外经济部国务秘书。", "deputy", "minister", "provincial"),
    ("上海市市长会见洛杉矶市长。", "governor", "subnational", "provincial"),
    ("Heilongjiang Vice Governor met Russian Deputy Minister of Economic Development in Harbin.",
     "deputy", "minister", "provincial"),
    ("Hainan executive vice governor met the Speaker of the Cambodian National Assembly in Haikou.",
     "deputy", "legislature", "provincial"),
    ("The Consul General of Thailand in Kunming met the director of the Yunnan Provincial Foreign Affairs Office.",
     "fao", "diplomat", "provincial"),
])
def test_title_breadth(tagger, text, official, counterpart, level):
    e = first(tagger, text)
    assert (e.official, e.counterpart, e.level) == (official, counterpart, level)


def test_chinese_firms_named_with_new_partners_do_not_start_an_engagement(tagger):
    r = tagger.tag("YINCHUAN -- The China-Arab States Expo opened on Thursday in Yinchuan, capital of northwest China's "
                   "Ningxia Hui Autonomous Region, with Saudi Arabia as guest country of honour. Pavilions from Egypt, "
                   "Oman and Jordan showed dates, olive oil and tourism products, while Ningxia firms promoted "
                   "water-saving irrigation systems and solar equipment.")
    assert [(e.provinces, sorted(e.partners)) for e in r.engagements] == [(["CN-NX"], ["EGY", "JOR", "OMN", "SAU"])]


def test_a_day_named_relative_to_the_act_before_is_another_occasion(tagger):
    r = tagger.tag("On September 24, the Sichuan party secretary met the Premier of Victoria, Australia in Chengdu. "
                   "One day earlier, Sichuan and the Australian state of Victoria had established sister-state ties. The Sichuan governor "
                   "and the Premier signed the agreement.", date="2016-09-27")
    assert sorted(e.date for e in r.engagements) == ["2016-09-23", "2016-09-24"]
    assert all(e.venue == "CN-SC" and e.direction == "inbound" for e in r.engagements)
    assert r.engagement == r.engagements[0].category  # the primary comes first
    r = tagger.tag("5月6日，云南省委书记在昆明会见老挝副总理一行。次日，云南省省长与老挝副总理签署合作协议。", date="2024-05-10")
    assert sorted((e.date, e.category) for e in r.engagements) == [("2024-05-06", "high_level_meeting"),
                                                                  ("2024-05-07", "cooperation_project")]


def test_a_news_datelines_day_is_not_the_acts_day():
    from pipeline.engagement.acts import find_day

    t = "本报10月6日讯 10月1日至5日，自治区党委书记率团出访蒙古国。"
    assert find_day(t, 0, len(t))[:3] == (None, 10, 1)
    t = "新华社河内5月13日电 越南总理会见了云南省委书记。"
    assert find_day(t, 0, len(t))[:3] == (None, 5, 13)  # no other day: the report's


def test_a_title_of_a_place_no_lexicon_knows_is_foreign(tagger):
    e = first(tagger, "The governor of Colonia, Uruguay sent a congratulatory letter to Zhejiang province.")
    assert (e.official, e.counterpart) == (None, "subnational")
    e = first(tagger, "The Mayor of Yiwu met a Vietnamese trade delegation.")
    assert e.official == "municipal"  # a Chinese city the lexicon knows stays Chinese


@pytest.mark.parametrize("text,counterpart", [
    ("9月21日，中阿博览会在宁夏银川开幕，沙特派出官方代表团参会。", "minister"),
    ("On May 6, the Yunnan governor met a Lao government delegation in Kunming.", "minister"),
    ("On Monday a group of Chinese local government officials arrived in Seoul for a week-long exchange programme.", None),
    ("The visiting Chinese local government officials called at the Korean foreign ministry on Tuesday.", "minister"),
])
def test_government_delegations(tagger, text, counterpart):
    assert first(tagger, text, date="2024-09-22").counterpart == counterpart


def test_students_coming_to_study_are_inbound(tagger):
    e = first(tagger, "9月3日，云南大学设立南亚国家硕士研究生奖学金，资助南亚各国学生来校攻读硕士学位。", date="2024-09-04")
    assert e.direction == "inbound" and e.venue == "CN-YN"


@pytest.mark.parametrize("text", [
    "新疆维吾尔自治区政府代表团访问哈萨克斯坦阿拉木图，出席中国—中亚合作论坛。",
    "A cultural troupe from Jiangsu staged a Kunqu Opera performance in Milan, Italy on Saturday.",
    "Kazakh wrestlers competed in a tournament in Ili, Xinjiang, organised by the prefecture's sports bureau.",
])
def test_a_foreign_city_visited_is_no_counterpart(tagger, text):
    assert first(tagger, text).counterpart is None


def test_meeting_a_china_named_body_at_home_is_not_abroad(tagger):
    e = first(tagger, "5月6日，云南省长会见中国—东盟中心秘书长一行。", date="2024-05-10")
    assert e.direction == "inbound"


def test_the_documents_decision_picks_the_primary_engagement():
    from pipeline.engagement.pairing import apply
    from pipeline.schemas import Engagement

    def rec(category):
        return tagger_free_record(category)

    meet = Engagement(category="high_level_meeting", provinces=["CN-SC"], partners=["AUS"])
    sign = Engagement(category="cooperation_project", provinces=["CN-SC"], partners=["AUS"])
    other = Engagement(category="cooperation_project", provinces=["CN-YN"], partners=["LAO"])
    r = apply(rec("cooperation_project"), [meet, sign])
    assert [e.category for e in r.engagements] == ["cooperation_project", "high_level_meeting"]
    assert r.engagement == "cooperation_project"
    r = apply(rec("greeting"), [meet, sign])
    assert r.engagement == "high_level_meeting" and r.engagements[0] is meet
    r = apply(rec("cooperation_project"), [meet, other])  # a round-up keeps its order
    assert r.engagements[0] is meet and r.engagement == "high_level_meeting"


def tagger_free_record(category):
    from pipeline.schemas import Record

    r = Tagger(model=None).tag("云南省长会见老挝客人。")
    return r.model_copy(update={"engagement": category, "engagements": []})


@pytest.mark.parametrize("text,date,rule", [
    # a foreign unit no lexicon lists, read from its shape next to the country's name
    ("河北省与智利比奥比奥大区签署经贸合作备忘录。", "2024-05-01", "foreign_unit_shape"),
    ("6月3日，浙江省与蒙古国北杭爱省在杭州签署友好交流协议。", "2024-06-08", "foreign_unit_shape"),
    ("Hainan Province signed a cooperation memorandum with the Korelichi Region of Belarus in Haikou on May 5.",
     "2024-05-08", "foreign_unit_shape"),
    ("Shaanxi signed a trade agreement with Kazakhstan's Zhetisu Region in Xi'an on May 5.", "2024-05-08",
     "foreign_unit_shape"),
    # a sister tie is made only by local governments, also when the headline names it
    ("Jiangsu and a Brazilian state become sister provinces. The agreement was signed in Nanjing on June 3.",
     "2024-06-08", "sister_ties"),
    ("湖南省与日本某县结为友好省县。双方于6月3日在长沙签署协议书。", "2024-06-08", "sister_ties"),
])
def test_an_unlisted_foreign_local_government_is_subnational(tagger, text, date, rule):
    e = first(tagger, text, date=date)
    assert e.counterpart == "subnational" and e.provenance["counterpart"].rule == rule


@pytest.mark.parametrize("text", [
    "广西与越南一道在南宁举办边境贸易洽谈会。",  # 一道 (together) is no province
    "云南省与泰国政府在昆明签署合作备忘录。",  # a national government
    "The Yunnan governor met the Ambassador of Vietnam in Kunming.",
])
def test_no_foreign_unit_where_none_is_named(tagger, text):
    e = first(tagger, text, date="2024-06-08")
    assert e.counterpart != "subnational"


@pytest.mark.parametrize("text,date,want", [
    # a day without its month after 于 or before the act's verb: the document's month
    ("中国南宁市、越南海防市于12日共同签署友好交流合作备忘录。", "2024-11-15", "2024-11-12"),
    ("越南广宁省代表团18日起对广西进行为期三天的访问，双方签署合作备忘录。", "2024-11-20", "2024-11-18"),
    # a wire dateline gives the report's day; the weekday in the body gives the act's
    ("NANNING, Nov. 4 (Xinhua) -- A China-ASEAN seminar on governance opened on Monday in Nanning, "
     "with officials from ASEAN countries attending.", "2025-11-04", "2025-11-03"),
    ("KUNMING, May 9 (Xinhua) -- The Yunnan governor met a Lao delegation in Kunming on Wednesday.",
     "2024-05-09", "2024-05-08"),
])
def test_the_act_day_past_a_bare_day_or_a_dateline(tagger, text, date, want):
    assert first(tagger, text, date=date).date == want


def test_a_dateline_alone_still_dates_the_act(tagger):
    e = first(tagger, "KUNMING, May 9 (Xinhua) -- The Yunnan governor met a Lao delegation in Kunming.",
              date="2024-05-09")
    assert e.date == "2024-05-09"


@pytest.mark.parametrize("text,province", [
    # a university whose name holds no place acts for its province
    ("8月2日，华侨大学为越南、柬埔寨政府官员开办的汉语研修班举行结业式。", "CN-FJ"),
    ("8月2日，華僑大學舉辦越南政府官員漢語研修班結業式。", "CN-FJ"),
    ("Fudan University signed a cooperation agreement with the University of Tokyo on May 5.", "CN-SH"),
    ("5月5日，华中科技大学与德国亚琛工业大学签署合作协议。", "CN-HB"),
    ("Jinan University hosted a training course for Thai teachers in Guangzhou on May 5.", "CN-GD"),
])
def test_a_university_acts_for_its_province(tagger, text, province):
    e = first(tagger, text, date="2024-07-09")
    assert e.provinces == [province]


def test_a_traditional_script_hosting_verb_makes_a_hosted_act_inbound(tagger):
    e = first(tagger, "8月2日，華僑大學為越南、柬埔寨政府官員開辦的漢語研修班舉行結業式。",
              date="2024-08-05")
    assert (e.category, e.direction, e.venue) == ("training", "inbound", "CN-FJ")


@pytest.mark.parametrize("text", [
    "7月5日，云南省举办发展中国家官员研修班开班仪式，来自老挝、缅甸的学员参加。",
    "7月5日，广西为东盟各国政府官员举办汉语培训班。",
])
def test_foreign_officials_trained_in_china_are_national_officials(tagger, text):
    assert first(tagger, text, date="2024-07-09").counterpart == "minister"


@pytest.mark.parametrize("text,direction,venue", [
    # the country visited is the venue, before a Chinese place named later in the clause
    ("8月5日，云南农业职业学院代表团访问老挝，回访了在云南农业职业学院接受过培训的老挝学员。", "outbound", "LAO"),
    ("8月5日，四川省副省长率团访问匈牙利，看望在四川学习过的匈牙利学生。", "outbound", "HUN"),
    # several countries listed without commas: no single venue
    ("浙江省副省长率省政府代表团访问西班牙葡萄牙希腊", "outbound", None),
    # a national leader's visit is the occasion, not the province's venue
    ("9月，在习近平主席访问哈萨克斯坦前夕，甘肃与哈萨克斯坦阿拜州签署建立友好省州关系协议。", None, None),
])
def test_the_country_visited_is_the_venue(tagger, text, direction, venue):
    e = first(tagger, text, date="2024-09-30")
    assert (e.direction, e.venue) == (direction, venue)


@pytest.mark.parametrize("text,counterpart", [
    ("8月5日，山东省代表团访问苏丹，参观当地农场。", None),  # 苏丹 the country, not a sultan
    ("8月5日，云南省委书记在昆明会见文莱苏丹哈桑纳尔一行。", "head_of_state_or_government"),
])
def test_a_title_that_is_a_country_name(tagger, text, counterpart):
    assert first(tagger, text, date="2024-08-09").counterpart == counterpart


@pytest.mark.parametrize("text,counterpart", [
    # a local assembly's speaker named with the local government's head: the head ranks higher
    ("7月24日，四川省省长在成都会见日本广岛县知事、县议会议长一行。", "subnational"),
    ("7月24日，福建省副省长在福州会见日本长崎县知事、议会议长等。", "subnational"),
    # a national parliament's speaker keeps its rank
    ("7月24日，云南省委书记在昆明会见老挝国会副主席及万象市政府代表一行。", "legislature"),
])
def test_a_local_assembly_ranks_below_the_local_head(tagger, text, counterpart):
    assert first(tagger, text, date="2024-07-30").counterpart == counterpart


def test_two_chinese_venues_in_one_compound_give_no_single_venue(tagger):
    e = first(tagger, "Fujian's party secretary led a delegation to Hong Kong and Macao this week, signing "
                      "agreements on shipping with the two special administrative regions.", date="2024-06-28")
    assert e.venue is None


@pytest.mark.parametrize("text", [
    "Party General Secretary To Lam received the Yunnan party secretary in Hanoi on April 2.",
    "The LPRP General Secretary met the Guangxi party secretary in Vientiane on April 2.",
])
def test_a_foreign_party_leader_is_the_party_counterpart(tagger, text):
    assert first(tagger, text, date="2024-04-05").counterpart == "party"


@pytest.mark.parametrize("text,level", [
    # a city named as a party (与, 同, 作为) acts at its own level, with or without 市
    ("5月3日，绥芬河与俄罗斯波格拉尼奇内区签署友好交流备忘录。", "municipal"),
    ("温州作为日本丰田市的友好城市，向丰田市致慰问信。", "municipal"),
    # a port is no city government
    ("5月3日，营口港与俄罗斯符拉迪沃斯托克港签署合作协议。", "provincial"),
])
def test_a_city_named_as_a_party_acts_at_city_level(tagger, text, level):
    assert first(tagger, text, date="2024-05-08").level == level


@pytest.mark.parametrize("text,counterpart", [
    # 来华留学生 are foreign students whatever Chinese place precedes them
    ("9月1日，云南省来华留学生奖学金颁发仪式在昆明举行，东盟国家学生获奖。", "academic"),
    # 政要: a country's political leaders
    ("10月3日，自治区党委书记率团出访蒙古国，会见蒙古国政要。", "minister"),
])
def test_foreign_students_and_dignitaries(tagger, text, counterpart):
    assert first(tagger, text, date="2024-10-08").counterpart == counterpart


@pytest.mark.parametrize("text,counterpart", [
    # a foreign ministry or national agency named by its country
    ("6月5日，云南省文化和旅游厅与老挝旅游局在昆明签署旅游合作协议。", "minister"),
    ("在多哈期间，山东省与卡塔尔经济部签署经贸合作备忘录。", "minister"),
    ("The Yunnan troupe performed in Vientiane on Saturday at a gala organised with the Lao culture ministry.",
     "minister"),
    # China's own ministries name no counterpart
    ("5月17日，自治区外办主任赴外交部走访，汇报博览会筹备工作。", None),
    # officials counted as trainees or met abroad
    ("由商务部主办、湖南省承办的农业研修班在长沙开班，来自肯尼亚、加纳的30名官员参加。", "minister"),
    ("省长率团访问埃及和约旦，会见两国政府官员。", "minister"),
])
def test_a_foreign_ministry_or_officials_are_national(tagger, text, counterpart):
    assert first(tagger, text, date="2024-06-08").counterpart == counterpart


@pytest.mark.parametrize("text,counterpart", [
    # an attached title takes the place after "from" as it does after "of"
    ("Guangxi signed investment agreements with companies from Malaysia and Thailand in Nanning on Friday.",
     "business"),
    ("Yunnan University welcomed 120 students from Laos and Myanmar to a summer camp in Kunming on Monday.",
     "academic"),
])
def test_an_attached_title_takes_the_place_after_from(tagger, text, counterpart):
    assert first(tagger, text, date="2024-06-08").counterpart == counterpart


def test_a_dated_leader_who_only_entrusts_the_act_gives_no_official(tagger):
    # the leader's name (a dated lexicon entry) entrusts the act: the governor acts (acc4, item 6)
    e = first(tagger, "8月17日，受省委书记王宁委托，省长王予波在昆明会见来滇出席南博会的柬埔寨客人。", date="2023-08-18")
    assert e.official == "governor" and e.date == "2023-08-17"


@pytest.mark.parametrize("text", [
    "省外办主任在昆明会见老挝驻昆明总领事。6月18日，第三届边境合作会议将在大理举行。",
    "省外办主任在昆明会见老挝驻昆明总领事。双方表示，6月18日第三届边境合作会议将在大理举行。",
])
def test_an_undated_act_does_not_take_the_day_of_a_future_event_after_it(tagger, text):
    e = first(tagger, text, date="2024-06-10")
    assert e.date is None and e.counterpart == "diplomat"


def test_a_single_engagement_reads_venue_and_day_before_its_act_clause(tagger):
    # the event's sentence gives the day and place; the act clause only says who went (acc4, item 7)
    e = first(tagger, "第九届中蒙迎新春联谊会于2010年1月15日在蒙古国东方省乔巴山市举行。旗委书记、副旗长率团参加了联谊会。")
    assert (e.venue, e.direction, e.date) == ("MNG", "outbound", "2010-01-15")


@pytest.mark.parametrize("text, counterpart", [
    # a foreign city's (a capital's too) delegation is subnational (acc4, item 9)
    ("5月3日，内蒙古自治区副主席在呼和浩特会见乌兰巴托市代表团一行。", "subnational"),
    # a foreign country's or ministry's officials are national officials
    ("5月3日，副省长在南宁会见越南工贸部官员一行。", "minister"),
    ("5月3日，副省长在南宁会见来访的柬埔寨政府官员。", "minister"),
    ("On May 3, Yunnan's vice governor met officials from Laos in Kunming.", "minister"),
    ("On May 3, the Yunnan vice governor met Lao officials in Kunming.", "minister"),
    # a mechanism of local governments is subnational
    ("On May 3, Jilin's vice governor met representatives of Mongolian local governments in Changchun.", "subnational"),
    # China's own officials name no counterpart
    ("5月3日，省政府官员在昆明会见老挝客人。", None),
    ("5月3日，外交部官员在昆明会见老挝客人。", None),
])
def test_officials_city_delegations_and_local_governments(tagger, text, counterpart):
    assert first(tagger, text, date="2023-05-08").counterpart == counterpart


@pytest.mark.parametrize("text, partners", [
    ("On May 3, the Hainan vice governor met a PEI delegation in Haikou.", ["CAN"]),  # Prince Edward Island (item 10)
    ("5月3日，副省长在海口会见加拿大爱德华岛省代表团。", ["CAN"]),
    ("On May 3, Hainan Governor Pei met a delegation in Haikou.", []),  # the acronym is case-exact: not a surname
])
def test_prince_edward_island_is_canada(tagger, text, partners):
    assert first(tagger, text, date="2023-05-08").partners == partners


# ------------------------------------------------ a work report's dated acts (round 7)

_REPORT = ("2025年一季度对外交往工作回顾\n"
           "一季度，全省共接待境外来访团组31批、420余人次，派出出访团组17批。省领导会见外宾11批次。\n"
           "1月16日，省长在南宁会见越南广宁省委书记一行。2月20日至25日，自治区党委书记率团访问马来西亚、文莱，"
           "其间会见马来西亚副总理，出席桂马经贸合作座谈会。3月下旬，副主席在南宁会见泰国驻南宁总领事。\n"
           "二季度，区外办将继续筹办好中国—东盟博览会相关活动。")


def test_a_work_report_gives_each_dated_act_its_own_sides():
    """The counts of visits open no act (act detection reads them as statistics), each dated act
    keeps its own partners, and a later month's meeting after a trip is another occasion."""
    from pipeline.schemas import Document

    rec = Tagger(model=None).tag(Document(id="r", text=_REPORT, source_province="CN-GX"))
    got = [(e.provinces, sorted(e.partners)) for e in rec.engagements]
    assert got == [(["CN-GX"], ["VNM"]), (["CN-GX"], ["BRN", "MYS"]), (["CN-GX"], ["THA"])]
    # (left alone: the closing plan, 将继续筹办好中国—东盟博览会, still lends the last act its region)
    assert [e.date for e in rec.engagements] == ["2025-01-16", "2025-02-20", None]  # the headline's year; 3月下旬: none


def test_a_later_part_of_a_month_ends_a_trip():
    from pipeline.engagement.acts import other_month

    assert other_month((5, "下旬"), (None, 4, 9, 0, 5))
    assert not other_month((4, "下旬"), (None, 4, 9, 0, 5))
    assert not other_month((5, "初"), (None, 4, 28, 0, 6))  # a trip from 4月28日 still on in 5月初
    assert other_month((1, "上旬"), (None, 12, 10, 0, 6))
    assert not other_month((1, "上旬"), (None, 12, 28, 0, 6))


def test_a_domestic_meeting_engages_no_partner(tagger):
    """TAXONOMY §3 rule 5: domestic coordination engages no foreign party; the countries a goal of
    the meeting names are not its partners (the gold never gives one)."""
    text = ("2月26日，自治区外办召开全区外事工作会议，部署年度重点任务。会议要求，进一步深化与越南、老挝、"
            "柬埔寨等周边国家地方政府的务实合作。")
    rec = tagger.tag(text, date="2025-02-27")
    assert [(e.category, e.partners) for e in rec.engagements] == [("domestic_coordination", [])]


def test_a_tour_of_several_countries_has_no_one_venue(tagger):
    """The gold codes an outbound trip to several countries with venue null (55 of 57 such
    engagements of dev, train and realdev): the first stop named is not the venue."""
    for text, partners in [
            ("10月8日，省长率代表团抵达马尼拉，开始对菲律宾、印度尼西亚进行友好访问。", ["IDN", "PHL"]),
            ("A Guizhou song and dance troupe opened a tour of Hungary and Serbia with a concert in Budapest on "
             "Tuesday.", ["HUN", "SRB"]),
            ("Guangdong Governor Wang Weizhong arrived in Mexico City on Sunday at the start of a visit to Mexico "
             "and Colombia.", ["COL", "MEX"])]:
        e = first(tagger, text, date="2024-10-20")
        assert (e.direction, sorted(e.partners), e.venue) == ("outbound", partners, None), text
    one = first(tagger, "10月8日，省长率代表团在布达佩斯出席中匈经贸合作论坛。", date="2024-10-20")
    assert (one.direction, one.venue) == ("outbound", "HUN")  # one country: its venue stays


def test_a_digests_numbered_items_are_separate_engagements(tagger):
    """A 外事简讯 lists its news as numbered, dated items: each is its own occasion, also after an
    item that reports a trip (a trip's later dates would otherwise be its stops)."""
    text = ("【外事简讯】\n1. 6月3日，副省长在长春会见韩国驻沈阳总领事。\n"
            "2. 6月5日至9日，省外办主任率团赴俄罗斯滨海边疆区，出席地方合作圆桌会议。\n"
            "3. 6月12日，“韩国文化周”在长春开幕，韩国文化体育观光部副部长出席。")
    got = [(e.category, e.partners) for e in tagger.tag(text, date="2024-06-20").engagements]
    assert got == [("high_level_meeting", ["KOR"]), ("delegation_visit", ["RUS"]), ("cultural_exchange", ["KOR"])]


@pytest.mark.parametrize("text, partners", [
    # months without days: each month's act is its own occasion, a trip's too
    ("When Kazakh President Tokayev visited Xi'an in May for the summit, officials in Xinjiang were preparing their own "
     "outreach. In June, Xinjiang Party Secretary Ma Xingrui led a delegation to Kazakhstan and Uzbekistan and signed "
     "agreements on logistics in Astana.", [["KAZ", "UZB"]]),
    ("2023年工作回顾：3月，自治区党委书记率团访问越南、老挝。5月，自治区主席在南宁会见泰国副总理。",
     [["LAO", "VNM"], ["THA"]]),
])
def test_months_without_days_part_the_acts(tagger, text, partners):
    got = [sorted(e.partners) for e in tagger.tag(text).engagements]
    assert all(p in got for p in partners), got
    assert not any(len(set(g) & {"THA"}) and len(g) > 1 for g in got)  # Thailand's meeting is not the trip's
    if len(partners) == 1:
        trip = next(e for e in tagger.tag(text).engagements if sorted(e.partners) == partners[0])
        assert (trip.direction, trip.venue) == ("outbound", None)
