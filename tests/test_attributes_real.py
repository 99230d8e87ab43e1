"""Engagement attributes on the shapes real reports take (issue 15): the classes of misses
seen on real text (foreign posts named in a row, long ministry and organisation names, English
titles with the place after "of the province of", foreign officials named only by name, city
and county actors in English, parties' external-relations departments). Every sentence was
written for these tests; names and places are public facts, events are illustrative."""

from __future__ import annotations

import pytest

from tests.test_pairing import first  # (the helper; the rules-only tagger fixture is conftest's)

DATE = "2024-05-10"


def attrs(tagger, text: str, *keys: str) -> tuple:
    e = first(tagger, text, date=DATE)
    return tuple(getattr(e, k) for k in keys)


@pytest.mark.parametrize("text,official,counterpart", [
    # a foreign leader's concurrent posts: the post after 、 is the same foreign person's
    ("5月9日，越南河江省委副书记、省长阮文山率团访问云南，云南省外办主任会见代表团。", "fao", "subnational"),
    ("5月9日，老挝琅南塔省委书记、省长率代表团来滇访问，省外办主任在昆明会见。", "fao", "subnational"),
    ("5月9日，越南谅山省委常委、副省长一行到访广西，自治区外办副主任会见。", "fao", "subnational"),
    # English names the place after the last post
    ("On May 9, Nguyen Van Minh, Secretary of the Provincial Party Committee and Chairman of the Provincial "
     "People's Council of Ha Giang, led a delegation to Yunnan.", None, "subnational"),
])
def test_a_foreign_persons_posts_in_a_row_are_all_foreign(tagger, text, official, counterpart):
    assert attrs(tagger, text, "official", "counterpart") == (official, counterpart)


@pytest.mark.parametrize("text,official,counterpart", [
    # "Governor of the province of X", "of the State of X": the place past the unit's kind
    ("On May 9, Zhang Wei, Vice Chairman of the Hubei Provincial Committee of the CPPCC, signed a sister-province "
     "agreement with the Governor of the province of Ilocos Norte.", "deputy", "subnational"),
    ("On May 9, the Governor of the State of Queensland met Guangdong Vice Governor Zhang Xin in Brisbane.",
     "deputy", "subnational"),
    # a Governor named by a name that is no Chinese one is the foreign side's
    ("On May 9, Governor Gavin Newsom signed a memorandum with Guangdong Province on climate cooperation.",
     None, "subnational"),
    # … but a Chinese governor's pinyin name keeps him Chinese
    ("On May 9, Governor Wang Yubo met the Consul General of Thailand in Kunming.", "governor", "diplomat"),
])
def test_english_governors_take_their_side_from_the_place_or_the_name(tagger, text, official, counterpart):
    assert attrs(tagger, text, "official", "counterpart") == (official, counterpart)


def test_a_headline_verb_after_a_title_is_no_foreign_name(tagger):
    e = first(tagger, "Vice Governor Meets Lao Consul General in Kunming", date=DATE)
    assert e.official == "deputy"


@pytest.mark.parametrize("text,counterpart", [
    # the external-relations departments of foreign ruling parties are the party, not a ministry
    ("5月9日，广西壮族自治区党委书记在南宁会见越共中央对外部部长一行。", "party"),
    ("5月9日，云南省委书记在昆明会见老挝人民革命党中央对外联络部部长。", "party"),
    ("On May 9, Guangxi Party Secretary Liu Ning met the Head of the Commission for External Relations of the CPV "
     "Central Committee in Nanning.", "party"),
    # foreign ministries with long names: national officials
    ("5月9日，湖南省省长在长沙会见苏丹外交与国际合作部部长一行。", "minister"),
    ("5月9日，福建省副省长在福州会见斐济渔业部部长一行。", "minister"),
    ("Shen Xiaoming, Governor of Hunan Province, met Ali Sadiq, Minister of Foreign Affairs and International "
     "Cooperation of Sudan, in Changsha on Monday.", "minister"),
    ("Yunnan Governor Wang Yubo met with Sonexay Siphandone, Deputy Prime Minister and Minister of Foreign "
     "Affairs of Laos, in Kunming.", "minister"),
])
def test_parties_and_ministries(tagger, text, counterpart):
    assert attrs(tagger, text, "counterpart") == (counterpart,)


@pytest.mark.parametrize("text,official,counterpart", [
    # foreign firms and business people
    ("On May 9, Guangxi Vice Chairman Li Ming met executives of Vietnam's Vingroup in Nanning.", "deputy", "business"),
    ("On May 9, a delegation of Vietnamese businesses visited Guangxi and met officials of the Guangxi Department "
     "of Commerce.", "other", "business"),
    ("5月9日，辽宁省副省长在沈阳会见韩国全国经济人联合会代表团。", "deputy", "business"),
    # a foreign university with a long name; a university's own vice president
    ("5月9日，云南省外办主任在昆明会见泰国朱拉隆功大学校长。", "fao", "academic"),
    ("On May 9, a delegation of the National University of Laos visited Yunnan University and met its vice "
     "president.", "other", "academic"),
    ("5月9日，广西副主席在南宁会见越南社会科学院院长一行。", "deputy", "academic"),
    # journalists and NGOs
    ("5月9日，黑龙江省外办主任在哈尔滨会见俄罗斯记者代表团。", "fao", "other"),
])
def test_businesses_universities_and_other_bodies(tagger, text, official, counterpart):
    assert attrs(tagger, text, "official", "counterpart") == (official, counterpart)


@pytest.mark.parametrize("text,official", [
    ("5月9日，省委外事工作委员会办公室主任在南宁会见越南驻南宁总领事。", "fao"),
    ("On May 9, the Director-General of Yunnan Provincial Foreign Affairs Office met the Consul General of Laos "
     "in Kunming.", "fao"),
    ("Zhang Ming, director of the Foreign Affairs Office of the Guangxi Zhuang Autonomous Region, met with the "
     "Vietnamese Consul General in Nanning on May 9.", "fao"),
    ("Vice Chairwoman of the Inner Mongolia Autonomous Region Li Hua met the Governor of Dornod Province of "
     "Mongolia in Hohhot.", "deputy"),
    ("On May 9, Executive Vice Governor Li Ming of Hainan met the Ambassador of Singapore in Haikou.", "deputy"),
])
def test_chinese_officials_in_their_long_forms(tagger, text, official):
    assert attrs(tagger, text, "official") == (official,)


@pytest.mark.parametrize("text,official,level", [
    # English: a prefecture's or county's own delegation, its leader named by "its"/"the county's"
    ("On May 9, a delegation from Dehong Prefecture led by its Party Secretary visited Myanmar's Muse.",
     "municipal", "municipal"),
    ("On May 9, a Hekou County delegation led by the county's Party Secretary visited Lao Cai Province, Vietnam.",
     "municipal", "county"),
    # a city named after its province ("Guangxi's Chongzuo city"), a prefecture written with 地区
    ("On May 9, a delegation from Guangxi's Chongzuo city visited Lang Son, Vietnam.", None, "municipal"),
    ("5月9日，新疆喀什地区与塔吉克斯坦索格德州举行视频会晤。", None, "municipal"),
    # a city as a party of a tie ("Shenzhen and the Brazilian city of …", "Dalian's sister city")
    ("On May 9, Shenzhen and the Brazilian city of Campinas signed a letter of intent to become friendship "
     "cities.", None, "municipal"),
    # a city's own leaders
    ("5月9日，东兴市市长在东兴会见越南芒街市人民委员会主席一行。", "municipal", "municipal"),
    ("5月9日，河口县县委书记在河口会见越南老街省老街市市委书记。", "municipal", "county"),
    ("5月9日，昆明市委外事办主任在昆明会见泰国清迈府副府尹一行。", "fao", "municipal"),
])
def test_cities_and_counties_acting(tagger, text, official, level):
    assert attrs(tagger, text, "official", "level") == (official, level)


@pytest.mark.parametrize("text,official,counterpart", [
    # the leader of a foreign delegation: 代表团团长、副省长 is the delegation's place's
    ("5月9日，云南省外办主任在昆明会见越南谅山省代表团团长、副省长阮文明一行。", "fao", "subnational"),
    ("5月9日，老挝琅勃拉邦省代表团团长、副省长一行访问云南，省外办主任会见。", "fao", "subnational"),
    # a provincial discipline commission's secretary sits on the standing committee
    ("5月9日，省纪委书记在昆明会见老挝驻昆明总领事。", "deputy", "diplomat"),
    # a Korean or Japanese 财团 is a foundation, not a business
    ("5月9日，韩国国际交流财团代表团访问青海，省外办主任会见。", "fao", "other"),
    # "President and CEO of …": a firm's president, no head of state
    ("Zhejiang Governor Wang Hao met the President and CEO of Siemens AG of Germany in Hangzhou on May 9.",
     "governor", None),
])
def test_delegation_leaders_and_bodies(tagger, text, official, counterpart):
    assert attrs(tagger, text, "official", "counterpart") == (official, counterpart)


@pytest.mark.parametrize("text,direction,venue", [
    # a foreign leader receiving the visiting Chinese side: abroad
    ("5月9日，越南广宁省委书记会见了到访的广西防城港市委书记一行。", "outbound", "VNM"),
    ("5月9日，澳门特区行政长官在澳门会见来访的云南省委书记一行。", "domestic", "CN-MO"),  # no foreign party
])
def test_foreign_hosts_and_sar_venues(tagger, text, direction, venue):
    assert attrs(tagger, text, "direction", "venue") == (direction, venue)


def test_a_body_visited_in_macao_has_macao_as_venue(tagger):
    # its seat written in brackets after its name (a seat only locates; visited, it is the venue)
    assert attrs(tagger, "5月9日，广东省副省长一行拜访中葡论坛（澳门）常设秘书处，双方座谈交流。", "venue") == ("CN-MO",)


@pytest.mark.parametrize("text,official,counterpart", [
    # "Vice Chairman of the People's Committee of Ha Giang Province": the place after the body
    ("On May 9, the Vice Chairman of the People's Committee of Ha Giang Province led a delegation to Yunnan.",
     None, "subnational"),
    # the heads of parliaments are the legislature, not heads of state
    ("On May 9, Yunnan Party Secretary Wang Ning met the President of the National Assembly of Laos in Kunming.",
     "party_secretary", "legislature"),
    ("On May 9, Yunnan Governor Wang Yubo met Cambodian Senate President Hun Sen in Kunming.", "governor",
     "legislature"),
    ("5月9日，云南省委书记在昆明会见柬埔寨参议院主席一行。", "party_secretary", "legislature"),
    # a central bank's governor is a national official
    ("On May 9, the Governor of the Central Bank of Laos met Yunnan Governor Wang Yubo in Kunming.", "governor",
     "minister"),
])
def test_bodies_named_between_the_title_and_the_place(tagger, text, official, counterpart):
    assert attrs(tagger, text, "official", "counterpart") == (official, counterpart)


@pytest.mark.parametrize("text,official,counterpart", [
    # a generic English post ("Secretary of the Provincial Party Committee") held by a person whose
    # name is no Chinese one is the foreign side's (Vietnamese provincial news)
    ("From May 6 to May 9, a delegation of Lao Cai Province led by Dang Xuan Phong, Member of the Party Central "
     "Committee, Secretary of the Provincial Party Committee, paid a working visit to Yunnan Province.",
     None, "subnational"),
    ("On May 9, Mayor Anne Hidalgo of Paris met a Sichuan delegation.", None, "subnational"),
    # the same posts held by Chinese officials (pinyin names, or a dated leader of the lexicon)
    ("On May 9, Wang Ning, Secretary of the Provincial Party Committee, met the Lao Ambassador in Kunming.",
     "party_secretary", "diplomat"),
    ("On May 9, Governor Erkin Tuniyaz met the Kazakh Ambassador in Urumqi.", "governor", "diplomat"),
    ("On May 9, Li Ming, member of the Standing Committee of the CPC Yunnan Provincial Committee and Secretary of "
     "the Kunming Municipal Party Committee, met the Mayor of Vientiane in Kunming.", "deputy", "subnational"),
])
def test_generic_english_posts_take_the_side_of_the_persons_name(tagger, text, official, counterpart):
    assert attrs(tagger, text, "official", "counterpart") == (official, counterpart)


@pytest.mark.parametrize("text,official,counterpart", [
    # a foreign ministry by its field, in Chinese and English; a Chinese department or body acting
    ("5月9日，云南省公安厅与老挝公安部在昆明举行会谈。", "other", "minister"),
    ("On May 9, the Yunnan Provincial Department of Public Security held talks with the Lao Ministry of Public "
     "Security in Kunming.", "other", "minister"),
    ("5月9日，云南省体育局代表团赴老挝万象参加友谊赛。", "other", None),
    ("5月9日，团省委组织青年代表团访问越南。", "other", None),  # China's own youth delegation
    # a ministry named on its own (China's) names no counterpart
    ("5月9日，云南省副省长陪同公安部领导会见老挝客人。", "deputy", None),
])
def test_departments_and_ministries_by_field(tagger, text, official, counterpart):
    assert attrs(tagger, text, "official", "counterpart") == (official, counterpart)


def test_a_youth_delegation_is_the_foreign_sides_only_when_attached(tagger):
    assert attrs(tagger, "5月9日，越南青年代表团在南宁与广西青年联合会座谈。", "counterpart") == ("other",)
    assert attrs(tagger, "5月9日，团省委组织青年代表团访问越南。", "counterpart") == (None,)


@pytest.mark.parametrize("text,counterpart", [
    # a country's delegation with no rank named is null in Chinese (GUIDELINES §6: branch cpt; it was minister);
    # a foreign province's, local; the kind of delegation decides first
    ("5月9日，自治区主席在银川会见出席中阿博览会的沙特阿拉伯、阿联酋代表团。", None),
    ("On May 9, a delegation from Papua New Guinea's East New Britain province arrived in Fuzhou.", "subnational"),
    # a kind of unit and its name after the country's adjective: "the Polish city of Lodz"
    ("On May 9, Sichuan's vice governor met a delegation from the Polish city of Lodz in Chengdu.", "subnational"),
    ("On May 9, Hubei's governor met a delegation from the Mexican state of Jalisco in Wuhan.", "subnational"),
    ("5月9日，吉林省副省长在长春会见韩国企业家代表团。", "business"),
    ("On May 9, the vice governor of Yunnan Province received a delegation of Lao journalists in Kunming.", "other"),
    ("5月9日，省人大常委会副主任在长春会见由日本新潟县议会议长带队的新潟县访问团。", "legislature"),
    # a head of state's title inside a country's name or an office's, or another's envoy
    ("5月9日，河南省委书记在郑州会见卢森堡大公国副首相一行。", "minister"),
    ("5月9日，湖南省省长在长沙会见赞比亚总统府国务秘书一行。", "minister"),
    ("On May 9, Shaanxi's governor met the Sultan of Brunei's special envoy in Xi'an.", "diplomat"),
    ("On May 9, Sichuan's governor held talks with the President of Kenya's Senate in Chengdu.", "legislature"),
    # "外交与对外经济部长": the minister, not the ministry
    ("5月9日，江苏省省长在南京会见匈牙利外交与对外经济部长。", "minister"),
    # foreign local officials trained in China
    ("5月9日，南亚东南亚国家地方官员研修班在昆明开班，来自尼泊尔、老挝的30名地方官员参加。", "subnational"),
])
def test_delegations_offices_and_envoys(tagger, text, counterpart):
    assert attrs(tagger, text, "counterpart") == (counterpart,)


@pytest.mark.parametrize("text,official,counterpart", [
    # a title inside a forum's or a body's name names no one
    ("中日省长知事论坛当天在日本东京举行，与会者围绕地方合作交换意见。", None, None),
    ("2024年7月16日，东南亚教育部长组织参与支持的职业教育合作论坛在南宁召开，多国驻华使馆官员与会。",
     None, "diplomat"),
])
def test_titles_inside_names(tagger, text, official, counterpart):
    assert attrs(tagger, text, "official", "counterpart") == (official, counterpart)


@pytest.mark.parametrize("text,official,counterpart,level", [
    # wire copy writes the region's chairman in lower case
    ("On Sept. 17, the chairman of the Guangxi Zhuang Autonomous Region met with Malaysia's minister of investment, "
     "trade and industry in Nanning.", "governor", "minister", "provincial"),
    ("On May 9, Jilin's foreign affairs director met the Consul General of Japan in Changchun.", "fao", "diplomat",
     "provincial"),
    ("On May 9, Tacheng prefecture leaders met a delegation from Kazakhstan's Abai region at the border crossing.",
     "municipal", "subnational", "municipal"),
    # a bare 州长 is a foreign state's or region's governor; a Chinese prefecture's is written after it
    ("5月9日，辽宁省友好代表团访问俄罗斯伊尔库茨克州，拜会州长。", None, "subnational", "provincial"),
    ("5月9日，红河州州长在蒙自会见越南老街省副省长。", "municipal", "subnational", "municipal"),
    # a city government acting; ranked below a provincial FAO co-organising with it
    ("5月9日，二连浩特市人民政府与蒙古国扎门乌德市政府举行两市领导会晤。", "municipal", "subnational", "municipal"),
    ("5月9日，广西壮族自治区人民政府外事办公室与崇左市人民政府联合举办的中越青年足球邀请赛在凭祥市揭幕，越南球队参赛。",
     "fao", "other", "provincial"),  # (a foreign sports team is the `other` counterpart: branch cpt)
    # 来自 + foreign countries + 的: the titles after are theirs
    ("5月9日，中国—中亚地方合作论坛在乌鲁木齐举行，来自哈萨克斯坦、吉尔吉斯斯坦的州长和市长出席。", None, "subnational",
     "provincial"),
])
def test_lower_case_wire_titles_city_governments_and_foreign_guests(tagger, text, official, counterpart, level):
    assert attrs(tagger, text, "official", "counterpart", "level") == (official, counterpart, level)


def test_plural_vice_governors_are_deputies(tagger):
    e = first(tagger, "On May 9, the China-Russia cooperation council met in Vladivostok, with Heilongjiang, Jilin and "
                      "Liaoning sending vice governors.", date=DATE)
    assert e.official == "deputy"


@pytest.mark.parametrize("text,direction,venue", [
    # a foreign dateline written with its agency ("Lao Cai (VNA) -", "Vientiane, May 9 (KPL) -") places the act
    ("Lao Cai (VNA) - Secretary of the Lao Cai provincial Party Committee received a delegation of Yunnan Province "
     "led by its Vice Governor on May 9.", "outbound", "VNM"),
    ("Hanoi (VNA) - Deputy Prime Minister Tran Hong Ha received Guangxi Party Secretary Chen Gang on May 9.",
     "outbound", "VNM"),
    ("Vientiane, May 9 (KPL) - The Lao Prime Minister received Yunnan's Party Secretary at the Prime Minister's "
     "Office.", "outbound", "LAO"),
    # arriving in a foreign capital or a Chinese city
    ("On May 9, the Guangxi delegation arrived in Hanoi for a three-day visit.", "outbound", "VNM"),
    ("On May 9, a delegation from Lao Cai Province arrived in Kunming for a three-day visit.", "inbound", "CN-YN"),
    ("5月9日，广西与越南四省党委书记新春会晤在越南高平省举行。", "outbound", "VNM"),
])
def test_datelines_and_arrivals(tagger, text, direction, venue):
    assert attrs(tagger, text, "direction", "venue") == (direction, venue)


@pytest.mark.parametrize("text,official,counterpart", [
    # a capital standing for its country ("Tokyo's trade ministry") keeps a national title national
    ("Foreign affairs officials from Hubei and Hunan were received by Tokyo's trade ministry on Thursday during "
     "a week of meetings in Japan.",
     "fao", "minister"),
    # 东盟各国优秀学生: 各国 marks the foreign side past an adjective
    ("10月12日，云南大学推出留学生奖学金计划，面向东盟各国优秀青年学者招收硕士研究生。", "other", "academic"),
])
def test_capitals_and_foreign_students(tagger, text, official, counterpart):
    assert attrs(tagger, text, "official", "counterpart") == (official, counterpart)


@pytest.mark.parametrize("text,official,counterpart,level", [
    # "the province's Party Secretary": the province named last before (a foreign one here)
    ("On May 9, a delegation from Lao Cai led by the province's Party Secretary visited Kunming and met Yunnan's "
     "foreign affairs director.", "fao", "subnational", "provincial"),
    # … a Chinese one here (Laos, a country, is no province)
    ("On May 9, Yunnan Province sent a delegation to Laos led by the province's vice governor.", "deputy", None,
     "provincial"),
    # "the county's Party Secretary" after "Hekou County": a county's leader
    ("On May 9, a Hekou County delegation led by the county's Party Secretary visited Lao Cai Province, Vietnam.",
     "municipal", "subnational", "county"),
])
def test_english_back_references(tagger, text, official, counterpart, level):
    assert attrs(tagger, text, "official", "counterpart", "level") == (official, counterpart, level)


@pytest.mark.parametrize("text,official,direction", [
    # Kazakh, Lao and Russian English-language news: "Deputy Chairman of the … Government"; a foreign
    # local leader receiving the Chinese side is abroad
    ("Akim of Almaty region Marat Sultangaziyev met with the delegation of Xinjiang led by Deputy Chairman of the "
     "Xinjiang Government Li Ming on May 9.", "deputy", None),
    ("On May 9, Luang Prabang Governor received a delegation from Yunnan province of China led by Mr. Li Ming, Vice "
     "Governor of Yunnan province.", "deputy", "outbound"),
])
def test_foreign_local_news_in_english(tagger, text, official, direction):
    e = first(tagger, text, date=DATE)
    assert e.official == official and e.counterpart == "subnational"
    if direction is not None:
        assert e.direction == direction


def test_the_regions_department_is_not_the_nearest_foreign_citys(tagger):
    # "the region's" is ambiguous (the Chinese region or a foreign one): no back reference is read
    e = first(tagger, "ALMATY, May 22 -- A delegation from Xinjiang attended a transport conference in Almaty on "
                      "Wednesday, where the region's transport department signed an agreement with Kazakhstan's "
                      "railway company.", date=DATE)
    assert e.official == "other"


@pytest.mark.parametrize("text,direction,venue", [
    # a country's one-character name after a visit verb (访越期间, 访韩, 在俄期间)
    ("5月9日，云南省委书记率团访越期间，会见越南国家主席。", "outbound", "VNM"),
    ("5月9日，辽宁省代表团访日期间，与日本经济界人士座谈。", "outbound", "JPN"),
    ("5月9日，吉林省省长率团访韩，会见韩国产业通商资源部长官。", "outbound", "KOR"),
    ("5月9日，黑龙江省代表团在俄期间，拜会哈巴罗夫斯克边疆区州长。", "outbound", "RUS"),
    # … not inside a longer name (在德宏, 访老挝 is read by its name) nor for the Chinese provinces' short names
    ("5月9日，云南省副省长在德宏会见缅甸客人。", "inbound", "CN-YN"),
])
def test_visits_to_a_countrys_one_character_name(tagger, text, direction, venue):
    assert attrs(tagger, text, "direction", "venue") == (direction, venue)


@pytest.mark.parametrize("text,counterpart", [
    # after a China–X compound (中乌, 中越) the people are both sides': no foreign counterpart from them
    ("5月9日，河南省委党校与乌兹别克斯坦国家管理学院签署备忘录，双方将联合举办中乌地方官员研修班。", "academic"),
    ("5月9日，中越青年代表团在南宁座谈。", None),
])
def test_people_after_a_china_x_compound_are_both_sides(tagger, text, counterpart):
    assert attrs(tagger, text, "counterpart") == (counterpart,)


@pytest.mark.parametrize("text,official,counterpart,level", [
    # a bare 州长: the prefecture's own on its site, a foreign state's after a foreign place
    ("5月9日，州长在蒙自会见越南老街省副省长一行。", "municipal", "subnational", "municipal"),
    ("5月9日，辽宁省友好代表团访问俄罗斯伊尔库茨克州，拜会州长。", None, "subnational", "provincial"),
])
def test_a_bare_prefecture_governor(tagger, text, official, counterpart, level):
    assert attrs(tagger, text, "official", "counterpart", "level") == (official, counterpart, level)


@pytest.mark.parametrize("text,venue", [
    # Beijing as the place a provincial leader acts: 在京 and "in Beijing" (not an embassy's or consulate's seat)
    ("5月9日，云南省委书记在京会见老挝驻华大使。", "CN-BJ"),
    ("On May 9, Heilongjiang Governor met the Russian Ambassador to China in Beijing.", "CN-BJ"),
    ("On May 9, Yunnan Vice Governor met the Consul General of Laos in Shanghai.", "CN-YN"),
    # a trip to several countries is placed nowhere; an act during it, where the text says
    ("5月9日，云南省省长率团访问泰国、马来西亚期间，在曼谷会见泰国副总理。", "THA"),
    ("During his visit to Thailand and Malaysia, Yunnan Governor met Thai Deputy Prime Minister in Bangkok on May 9.",
     "THA"),
    ("5月9日，云南省省长率团访问泰国、马来西亚，在曼谷会见泰国副总理。", None),
    ("Zhejiang Governor led a delegation to Serbia and Hungary last week, holding talks with Serbia's prime minister "
     "in Belgrade.", None),
])
def test_venues_of_beijing_and_of_acts_during_a_trip(tagger, text, venue):
    assert attrs(tagger, text, "venue") == (venue,)


@pytest.mark.parametrize("text,level", [
    # an autonomous prefecture or county named with its peoples acts
    ("On May 9, the Xishuangbanna Dai Autonomous Prefecture government received a Lao delegation.", "municipal"),
    ("5月9日，耿马傣族佤族自治县与缅甸客人座谈。", "county"),
    ("5月9日，孟连傣族拉祜族佤族自治县代表团访问缅甸。", "county"),
    # a provincial leader in such a prefecture stays provincial
    ("5月9日，云南省省长在西双版纳傣族自治州会见老挝客人。", "provincial"),
])
def test_autonomous_prefectures_and_counties_named_with_their_peoples(tagger, text, level):
    assert attrs(tagger, text, "level") == (level,)


@pytest.mark.parametrize("text,level", [
    # no unit acts but the city or county where it happens (named with its 市/县), no capital
    ("5月9日，中俄冰球友谊赛在黑河市开赛，吸引中俄观众观赛。", "municipal"),
    ("5月9日，中越边境足球友谊赛在西双版纳傣族自治州勐腊县开赛。", "county"),
    # a capital hosts the province's events; an official or a named unit decides first
    ("5月9日，第8届南博会在昆明市开幕。", "provincial"),
    ("5月9日，黑龙江省副省长在黑河市出席中俄冰球友谊赛开幕式。", "provincial"),
    ("5月9日，云南省代表团在西双版纳州举办中老合作推介会。", "provincial"),
])
def test_the_level_of_an_event_only_placed_in_a_city_or_county(tagger, text, level):
    assert attrs(tagger, text, "level") == (level,)


@pytest.mark.parametrize("text,direction,venue", [
    # a foreign country's embassy or consulate is a place in China, not the country
    ("On May 9, Yunnan Governor attended a reception at the Lao Embassy in Beijing.", "inbound", "CN-BJ"),
    ("On May 9, Yunnan Governor attended a reception at the Lao Embassy.", "inbound", "CN-BJ"),
    ("On May 9, Yunnan Governor attended a reception at the Lao Consulate General in Kunming.", "inbound", "CN-YN"),
    # … China's own missions abroad stay abroad
    ("On May 9, Yunnan Governor attended a reception in Vientiane hosted by the Chinese Embassy in Laos.",
     "outbound", "LAO"),
])
def test_a_foreign_mission_in_china_is_a_venue_in_china(tagger, text, direction, venue):
    assert attrs(tagger, text, "direction", "venue") == (direction, venue)


@pytest.mark.parametrize("text,level", [
    # English names of a prefecture that acts: its peoples joined by "and", the whole name as one place,
    # "the municipal government of X"
    ("On May 9, the Honghe Hani and Yi Autonomous Prefecture government received a Vietnamese delegation.",
     "municipal"),
    ("On May 9, Yanbian Korean Autonomous Prefecture signed an agreement with a Russian district.", "municipal"),
    ("On May 9, the municipal government of Kunming signed an agreement with Vientiane.", "municipal"),
])
def test_english_names_of_an_acting_prefecture_or_city(tagger, text, level):
    assert attrs(tagger, text, "level") == (level,)


@pytest.mark.parametrize("text,level", [
    # a foreign-affairs office named by its unit only: the prefecture's or county's
    ("5月9日，州外办主任会见缅甸客人。", "municipal"),
    ("5月9日，县外办主任会见越南客人。", "county"),
    # … not the province's, nor a municipality's city government office
    ("5月9日，省外办主任会见缅甸客人。", "provincial"),
    ("5月9日，市政府外办主任会见澳大利亚驻成都总领事。重庆市政府外办重视双方合作。", "provincial"),
])
def test_a_foreign_affairs_office_named_by_its_unit_only(tagger, text, level):
    assert attrs(tagger, text, "level") == (level,)
