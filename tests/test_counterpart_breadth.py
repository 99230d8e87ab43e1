"""The foreign side's breadth in Chinese readouts (issue 15, branch cpzh): counterparts that no
title of the lexicon named before (TAXONOMY §3b ``counterpart``). Each class of form is tested
with sentences written for these tests (names and places are public facts, events are
illustrative), and with its near misses that must not change."""

from __future__ import annotations

import pytest

from tests.test_pairing import first  # (the helper; the rules-only tagger fixture is conftest's)

DATE = "2024-05-10"


def counterpart(tagger, text: str) -> str | None:
    return first(tagger, text, date=DATE).counterpart


@pytest.mark.parametrize("text,code", [
    # a Japanese or Korean company named with its legal form (株式会社), led by its 社长 or 会长
    ("5月9日，江苏省副省长在南京会见日本住友商事株式会社社长一行。", "business"),
    ("5月9日，辽宁省省长在沈阳会见韩国浦项制铁株式会社会长。", "business"),
    # an industry's or trade's association is the business community's, not a civic one
    ("5月9日，宁夏回族自治区副主席在银川会见阿联酋迪拜酒店业协会会长一行。", "business"),
    ("5月9日，吉林省副省长在长春会见韩国贸易协会副会长率领的企业代表。", "business"),
    ("5月9日，四川省外办主任会见巴基斯坦工商协会代表团。", "business"),
])
def test_company_forms_and_trade_associations_are_business(tagger, text, code):
    assert counterpart(tagger, text) == code


@pytest.mark.parametrize("text,code", [
    # a Director-General (总干事) heads an international organisation
    ("5月9日，云南省省长在昆明会见国际竹藤组织总干事一行。", "international_org"),
    ("5月9日，甘肃省副省长会见国际可再生能源署副总干事。", "international_org"),
    # organisations named 国际…/世界… that no shorter form covers
    ("5月9日，江苏省省长在南京会见国际奥委会委员一行。", "international_org"),
    ("5月9日，浙江省副省长在杭州会见国际友好城市联合会主席。", "international_org"),
])
def test_international_organisations_by_name_and_by_director_general(tagger, text, code):
    assert counterpart(tagger, text) == code


@pytest.mark.parametrize("text,code", [
    # parties whose names hold a parliament's word (国民大会, 大会): the party, not a legislature
    ("5月9日，浙江省委副书记在杭州会见南非非洲人国民大会代表团。", "party"),
    ("5月9日，四川省委常委在成都会见印度国民大会党代表团。", "party"),
    ("5月9日，西藏自治区党委副书记在拉萨会见尼泊尔大会党代表团。", "party"),
    # a foreign communist party named by its country, whatever post follows
    ("5月9日，云南省委副书记在昆明会见尼泊尔共产党（联合马列）主席一行。", "party"),
    ("5月9日，广东省委常委在广州会见日本共产党代表团。", "party"),
    # the parliament itself stays a legislature
    ("5月9日，湖南省人大常委会主任在长沙会见柬埔寨国民大会主席。", "legislature"),
])
def test_party_names_that_hold_a_parliaments_word(tagger, text, code):
    assert counterpart(tagger, text) == code


@pytest.mark.parametrize("text,code", [
    # religious figures
    ("5月9日，宁夏回族自治区副主席在银川会见埃及爱资哈尔大伊玛目一行。", "other"),
    ("5月9日，新疆维吾尔自治区副主席会见哈萨克斯坦穆斯林宗教管理局大穆夫提。", "other"),
    ("5月9日，云南省副省长在昆明会见泰国僧王代表团。", "other"),
    ("5月9日，陕西省副省长在西安会见斯里兰卡佛教高僧代表团。", "other"),
    # media people and artists (a sports team is other by 球队 already; athletes at a sports event are left null)
    ("5月9日，广西壮族自治区外办主任会见越南《人民报》总编辑一行。", "other"),
    ("5月9日，福建省外办主任在福州会见美国好莱坞导演一行。", "other"),
    # a youth exchange group
    ("5月9日，河南省外办主任在郑州会见美国青年交流访问团。", "other"),
])
def test_religious_media_artists_athletes_and_youth_are_other(tagger, text, code):
    assert counterpart(tagger, text) == code


@pytest.mark.parametrize("text,code", [
    # the new forms name the foreign side only next to a foreign place: a Chinese one's are no counterpart
    ("5月9日，云南省旅游业协会会长在昆明会见老挝旅游代表团一行。", None),
    ("5月9日，省委书记在昆明会见越南老街省委书记一行，中国共产党与越南共产党友好交往源远流长。", "subnational"),
    ("5月9日，四川省副省长会见德国巴斯夫集团董事会主席，四川省体育局局长、运动员代表参加会见。", "business"),
])
def test_near_misses_keep_their_code(tagger, text, code):
    assert counterpart(tagger, text) == code


@pytest.mark.parametrize("text,code", [
    # the head of a national agency named by its last word (局, 署, 委员会, 理事会) after the country
    ("5月9日，浙江省副省长在杭州会见新西兰初级产业局局长一行。", "minister"),
    ("5月9日，黑龙江省副省长会见俄罗斯联邦海关署副署长。", "minister"),
    ("5月9日，广东省副省长在广州会见泰国投资促进委员会秘书长一行。", "minister"),
    ("5月9日，海南省副省长会见柬埔寨发展理事会秘书长。", "minister"),
    # a foreign province's agency is the province's; an international body's secretary-general stays its own
    ("5月9日，云南省副省长会见越南老街省工贸局局长。", "subnational"),
    ("5月9日，云南省副省长在昆明会见湄公河委员会秘书长。", "international_org"),
])
def test_heads_of_foreign_national_agencies(tagger, text, code):
    assert counterpart(tagger, text) == code


def test_a_chinese_bureau_head_stays_the_chinese_official(tagger):
    e = first(tagger, "5月9日，云南省林业和草原局局长在昆明会见老挝农林部代表团。", date=DATE)
    assert (e.official, e.counterpart) == ("other", "minister")


@pytest.mark.parametrize("text,code", [
    # Japanese ministries (…省) and their political posts; a prime minister's department's minister
    ("5月9日，辽宁省副省长在沈阳会见日本国土交通省大臣政务官一行。", "minister"),
    ("5月9日，四川省副省长会见日本内阁官房副长官。", "minister"),
    ("5月9日，江苏省副省长会见日本经济产业省审议官。", "minister"),
    ("5月9日，上海市副市长会见马来西亚首相署部长一行。", "minister"),
    # 此次官方…: no 次官 inside a phrase
    ("5月9日，云南省省长会见老挝总理，此次官方访问为期三天。", "head_of_state_or_government"),
])
def test_japanese_ministries_and_a_prime_ministers_department(tagger, text, code):
    assert counterpart(tagger, text) == code


@pytest.mark.parametrize("text,official,code", [
    # a foreign official's post written again later, after the name or bare, is the same person's
    ("5月9日，云南省副省长在昆明会见老挝琅勃拉邦省省长坎平一行。副省长对坎平省长一行来滇表示欢迎。",
     "deputy", "subnational"),
    ("5月9日，福建省副省长在福州会见菲律宾宿务省省长。省长表示，愿加强双方在旅游领域的合作。", "deputy", "subnational"),
    ("5月9日，海南省外办主任在海口会见斐济劳托卡市市长。市长感谢海南给予的支持。", "fao", "subnational"),
    ("5月9日，云南省外办主任会见老挝丰沙里省副省长一行。坎蓬副省长对云南的接待表示感谢。", "fao", "subnational"),
    # the Chinese governor's own title, named first, stays his
    ("5月9日，云南省省长在昆明会见老挝琅南塔省省长。省长表示，愿推动中老铁路沿线合作。", "governor", "subnational"),
])
def test_a_foreign_post_named_again_is_not_the_chinese_official(tagger, text, official, code):
    e = first(tagger, text, date=DATE)
    assert (e.official, e.counterpart) == (official, code)


@pytest.mark.parametrize("text,code", [
    # English: international bodies by name, a mission's minister-counsellor, religious figures, artists
    ("On May 9, Fujian's governor met the Director-General of the International Bamboo and Rattan Organisation "
     "in Fuzhou.", "international_org"),
    ("On May 9, Gansu's vice governor met the Deputy Director-General of IRENA in Lanzhou.", "international_org"),
    ("On May 9, Jilin's foreign affairs director met the minister-counsellor of the South Korean Embassy in Changchun.",
     "diplomat"),
    ("On May 9, Ningxia's vice chairman met the Grand Imam of Al-Azhar in Yinchuan.", "other"),
    ("On May 9, Yunnan's vice governor met a delegation of Thai Buddhist monks in Kunming.", "other"),
    ("On May 9, Fujian's foreign affairs director met a group of American film directors in Xiamen.", "other"),
])
def test_english_bodies_missions_religious_figures_and_artists(tagger, text, code):
    assert counterpart(tagger, text) == code


@pytest.mark.parametrize("text,code", [
    # people-to-people groups of the foreign side: veterans, volunteers, citizens, friends
    ("5月9日，云南省副省长在昆明会见美国飞虎队老兵代表团一行。", "other"),
    ("5月9日，黑龙江省外办主任会见俄罗斯退伍军人代表团。", "other"),
    ("5月9日，云南省外办主任会见日本国际协力机构志愿者代表。", "other"),
    ("5月9日，省外办主任在海口会见国际友人代表。", "other"),
    ("5月9日，天津市外办主任会见日本神户市市民访问团。", "other"),
    # scholars by their discipline, overseas Chinese businesspeople
    ("5月9日，陕西省外办主任在西安会见哈萨克斯坦汉学家代表团。", "academic"),
    ("5月9日，广东省副省长在广州会见泰国侨商代表团。", "business"),
    # a China-X compound right after the country X itself is that country's body
    ("5月9日，江苏省外办主任在南京会见日本中日友好协会代表团。", "other"),
])
def test_people_to_people_groups(tagger, text, code):
    assert counterpart(tagger, text) == code


def test_a_china_x_compound_alone_names_both_sides(tagger):
    assert counterpart(tagger, "5月9日，中日友好协会代表团在南京与江苏省外办座谈。") is None


@pytest.mark.parametrize("text,code", [
    # a foreign party's leader outranks a diplomat named with him; a central committee member who leads a
    # province is the province's
    ("5月9日，广西壮族自治区党委书记在南宁会见越共中央对外部部长和越南驻南宁总领事。", "party"),
    ("5月9日，云南省委副书记在昆明会见老挝人革党中央对外部副部长，老挝驻昆明总领事陪同会见。", "party"),
    ("5月9日，云南省委书记在昆明会见越共中央委员、老街省委书记一行。", "subnational"),
])
def test_a_foreign_partys_leader_and_a_diplomat(tagger, text, code):
    assert counterpart(tagger, text) == code


@pytest.mark.parametrize("text,code", [
    # an office its holder has left: a prominent person (other), not the office's rank
    ("5月9日，湖南省副省长在长沙会见日本前首相鸠山由纪夫一行。", "other"),
    ("5月9日，云南省外办主任在昆明会见老挝原驻华大使。", "other"),
    ("On May 9, Jiangsu's governor met former Singaporean Prime Minister Goh Chok Tong in Nanjing.", "other"),
    # 前来 is no former office; a place whose name ends in 原 keeps its leader
    ("5月9日，海南省委书记会见了前来出席论坛年会的柬埔寨首相。", "head_of_state_or_government"),
    ("5月9日，延边州州长在延吉会见韩国江原道铁原郡守一行。", "subnational"),
    ("5月9日，吉林省副省长在长春会见韩国江原道知事。", "subnational"),
])
def test_former_office_holders(tagger, text, code):
    assert counterpart(tagger, text) == code


@pytest.mark.parametrize("text,official,level", [
    # "their/his X counterpart" after a foreign local leader names the same post on the Chinese side
    ("The Governor of Luang Namtha Province met his Yunnan counterpart in Kunming on Thursday to discuss border trade.",
     "governor", "provincial"),
    ("Party secretaries of Lang Son and Cao Bang held their annual meeting with their Guangxi counterpart in Pingxiang "
     "on Thursday.", "party_secretary", "provincial"),
    ("The Mayor of Luang Prabang met his Kunming counterpart on Thursday to discuss a direct flight.",
     "municipal", "municipal"),
    ("On Thursday, the governors of three northern Lao provinces held talks with their Chinese counterpart in Kunming.",
     "governor", "provincial"),
])
def test_their_counterpart_names_the_same_chinese_post(tagger, text, official, level):
    e = first(tagger, text, date=DATE)
    assert (e.official, e.level, e.counterpart) == (official, level, "subnational")


@pytest.mark.parametrize("text,code", [
    # a Chinese body's name opening with China's or the province's word is no foreign organisation
    ("5月9日，云南省副省长在昆明会见老挝代表团，中国红十字会总干事参加会见。", None),
    ("5月9日，云南省副省长会见了老挝代表团，省侨商联合会会长陪同。", None),
    # an overseas association, and bodies named with China inside a compound, stay the foreign side's
    ("5月9日，广东省外办主任在广州会见美国加州华人联合会会长一行。", "other"),
    ("5月9日，自治区主席在南宁会见东盟—中国中心秘书长一行。", "international_org"),
    ("5月9日，省外办主任在海口会见了国际友人代表。", "other"),
])
def test_chinese_bodies_named_without_a_place(tagger, text, code):
    assert counterpart(tagger, text) == code


@pytest.mark.parametrize("text,code", [
    # Traditional script: the forms above are matched as written
    ("5月9日，雲南省省長在昆明會見國際竹藤組織總幹事一行。", "international_org"),
    ("5月9日，浙江省副省長會見新西蘭初級產業局局長。", "minister"),
    ("5月9日，湖南省副省長會見日本前首相鳩山由紀夫。", "other"),
])
def test_traditional_script(tagger, text, code):
    assert counterpart(tagger, text) == code


@pytest.mark.parametrize("text,code", [
    # local leaders as a group rank above diplomats named with them, as one local leader does
    ("5月9日，中国—中东欧国家地方领导人会议在宁波举行，中东欧国家的地方领导人和驻华使节出席。", "subnational"),
    # an international organisation's head ranks above consuls named with it
    ("5月9日，广东省政府与东盟秘书处在广州举办合作论坛，东盟副秘书长及泰国、越南驻广州总领事出席。",
     "international_org"),
    # officials counted after 地方政府官员 are those local officials
    ("5月9日，东盟国家地方政府官员研修班在南宁开班，来自老挝、柬埔寨的25名官员参加。", "subnational"),
    # English: "provincial officials" of a foreign country; a group written before "in" and a foreign place
    ("On May 9, Canadian and Chinese provincial officials met in Harbin for the annual joint committee.",
     "subnational"),
    ("Shandong's governor led a delegation to France this week, meeting business leaders in Paris.", "business"),
])
def test_groups_and_heads_ranked_with_diplomats(tagger, text, code):
    assert counterpart(tagger, text) == code


@pytest.mark.parametrize("text,code", [
    # China's own diplomat abroad named by a Chinese name or surname is no counterpart
    ("Ambassador Xiao Qian met the visiting Jiangsu delegation led by its vice governor in Canberra on Thursday; "
     "the delegation signed a memorandum with the Australian Capital Territory.", "subnational"),
    ("Consul General Wang attended the opening of the Sichuan food festival in Melbourne on Thursday, "
     "co-organised by the Victoria state government.", "subnational"),
    # a foreign diplomat named by a foreign name keeps the code
    ("On May 9, Yunnan's vice governor met Consul General Nguyen Thi Thu Ha of Vietnam in Kunming.", "diplomat"),
])
def test_chinese_diplomats_named_by_name_in_english(tagger, text, code):
    assert counterpart(tagger, text) == code


@pytest.mark.parametrize("text,code", [
    # national courts, prosecutors, police, audit and security bodies are national officials
    ("5月9日，广西壮族自治区副主席在南宁会见越南最高人民法院副院长一行。", "minister"),
    ("5月9日，云南省副省长在昆明会见老挝最高人民检察院副检察长。", "minister"),
    ("5月9日，云南省副省长会见泰国国家警察总署副总监一行。", "minister"),
    ("5月9日，新疆维吾尔自治区副主席会见哈萨克斯坦国家安全委员会副主席。", "minister"),
    ("5月9日，福建省副省长在福州会见菲律宾海岸警卫队司令。", "minister"),
])
def test_national_courts_police_and_security_bodies(tagger, text, code):
    assert counterpart(tagger, text) == code


def test_chinas_own_national_body_is_no_counterpart(tagger):
    e = first(tagger, "5月9日，海关总署副署长在昆明会见老挝代表团一行。", date=DATE)
    assert e.counterpart is None


@pytest.mark.parametrize("text,code", [
    # a foreign leader named after the one met, in what the sides said or recalled, was talked about, not met
    ("5月9日，省委书记在昆明会见老挝丰沙里省委书记一行，双方回顾了老挝国家主席访华的成果。", "subnational"),
    ("5月9日，四川省副省长会见巴基斯坦驻成都总领事，总领事转达了巴基斯坦总理对四川人民的问候。", "diplomat"),
    ("5月9日，云南省省长会见泰国驻昆明总领事，双方表示将以泰国总理访华为契机深化合作。", "diplomat"),
    # one met together with the first stays
    ("5月9日，福建省省长会见汤加驻华大使，以及随后抵达的汤加首相一行。", "head_of_state_or_government"),
    ("5月9日，云南省省长会见老挝代表团，代表团团长、老挝副总理表示愿深化合作。", "minister"),
])
def test_leaders_talked_about_are_not_met(tagger, text, code):
    assert counterpart(tagger, text) == code


@pytest.mark.parametrize("text,official", [
    # a Chinese leader talked about after the meeting is not the official acting
    ("5月9日，云南省省长在昆明会见老挝驻昆明总领事，双方回顾了省委书记去年访问老挝的成果。", "governor"),
    ("5月9日，自治区副主席会见越南驻南宁总领事，总领事感谢自治区党委书记对越南的关心。", "deputy"),
    ("5月9日，省外办主任会见泰国驻昆明总领事，总领事表示期待省长年内访问泰国。", "fao"),
    # one who takes part in the meeting still counts
    ("5月9日，省外办主任会见泰国驻昆明总领事，副省长参加会见。", "deputy"),
])
def test_chinese_leaders_talked_about_do_not_act(tagger, text, official):
    assert first(tagger, text, date=DATE).official == official


@pytest.mark.parametrize("text,code", [
    # English: a leader named in what the one met said or conveyed
    ("On May 9, Guangxi's Party chief met the Party Secretary of Lang Son Province, who conveyed the greetings of "
     "Vietnam's President.", "subnational"),
    ("On May 9, Sichuan's vice governor met Pakistan's Consul General in Chengdu, who said the Prime Minister of "
     "Pakistan valued ties with Sichuan.", "diplomat"),
    # named as met together, a leader stays
    ("On May 9, Yunnan's governor met the Lao ambassador and Laos' Deputy Prime Minister in Kunming.", "minister"),
])
def test_english_leaders_talked_about_are_not_met(tagger, text, code):
    assert counterpart(tagger, text) == code


@pytest.mark.parametrize("text,code", [
    # English: a group before "from" and a foreign country; a title after "for" is not the Chinese place's
    ("Liuyang fireworks makers in Hunan signed export contracts with buyers from the United States at a trade fair "
     "in Changsha on Saturday.", "business"),
    ("Gansu hosted a tour of Dunhuang for 15 diplomats from 12 countries including Peru and Morocco this week.",
     "diplomat"),
])
def test_english_groups_from_a_country_and_titles_after_for(tagger, text, code):
    assert counterpart(tagger, text) == code


def test_universities_from_both_countries(tagger):
    e = first(tagger, "Delegations from Laos and Cambodia came to Guangxi last week for an education week in Nanning, "
                      "where universities from both countries signed 20 agreements with Guangxi colleges.", date=DATE)
    assert (e.counterpart, e.official) == ("academic", None)


@pytest.mark.parametrize("text,official,counterpart", [
    # "its governor" after a foreign unit's delegation is that unit's, not the Chinese official
    ("The agreement was signed in Kunming during a visit by a Luang Prabang delegation led by its governor, who "
     "also met Yunnan's Vice Governor.", "deputy", "subnational"),
    ("A delegation from Japan's Kumamoto City, led by its mayor, toured Guilin on Thursday.", None, "subnational"),
    # after a Chinese province, the province's own
    ("A Yunnan delegation led by its vice governor met Lao officials in Vientiane on Monday.", "deputy", "minister"),
])
def test_its_post_belongs_to_the_place_named_before(tagger, text, official, counterpart):
    e = tagger.tag(text, date="2024-05-10").engagements[0]
    assert (e.official, e.counterpart) == (official, counterpart)
