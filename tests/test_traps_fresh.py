"""Traps found by the fresh trap texts (corpus/parts/real3-traps-dev.jsonl, issue 15).

Each test names a class of real-page text the tagger got wrong before the fix: places named
inside other names (a street, a restaurant, a ship, a bridge, a body's seat in brackets, a
U.S. state), comparison and border frames, the municipality of Beijing acting through its
vice mayor, and Chinese texts that report an occasion called off, postponed or denied.
Every sentence here is written for the test.
"""

import pytest

from pipeline.engagement.detect import act_sentences
from pipeline.place_roles import background_frames
from pipeline.schemas import new_mention


def _partners(tagger, text):
    return tagger.tag(text).partners


# ------------------------------------------------------------------ Beijing acting

@pytest.mark.parametrize("text", [
    "Beijing's vice mayor received a delegation from Lyon on Friday to talk about metro lines.",
    "Beijing's deputy mayor met the Mayor of Seoul on Tuesday.",
    "Beijing’s Party chief met the visiting Prime Minister of Laos on Monday.",
])
def test_beijing_municipality_acting_through_its_leaders(tagger, text):
    assert "CN-BJ" in tagger.tag(text).provinces


def test_beijing_as_the_central_government_still_locates(tagger):
    assert tagger.tag("Beijing's policy on border ports was explained to Lao officials in Vientiane.").provinces == []


# ------------------------------------------------------------------ comparisons, names

@pytest.mark.parametrize("text, partners", [
    ("Guangdong wants Nansha to rival Singapore and Japan as a shipping centre, while it signed a deal "
     "with Chile on Monday.", ["CHL"]),
    ("Shanghai aims to be on a par with Germany in robotics, the mayor told Thai visitors on Friday.", ["THA"]),
    ("The bulk carrier Brazil Harmony unloaded soybeans at Zhanjiang on Sunday.", []),
    ("The container vessel Mexico Star berthed at Ningbo on Wednesday as Zhejiang hosted Peruvian officials.",
     ["PER"]),
    ("Dongxing's schools now offer Vietnamese-language classes to local children.", []),
])
def test_english_comparisons_ship_names_and_languages_are_background(tagger, text, partners):
    assert _partners(tagger, text) == partners


@pytest.mark.parametrize("text, partners", [
    ("Wuhan signed a sister-city pact with Macon, Georgia, and the U.S. consul attended.",
     ["USA"]),
    ("Ningbo signed a friendship agreement with Augusta, Georgia, on Tuesday, its third U.S. partner city.",
     ["USA"]),
    ("A Sichuan delegation visited the U.S. state of Georgia to promote kiwi fruit.", ["USA"]),
    ("A Xinjiang trade delegation visited Kutaisi and Tbilisi, Georgia, this week.", ["GEO"]),
])
def test_georgia_the_us_state_is_not_the_country(tagger, text, partners):
    assert _partners(tagger, text) == partners


@pytest.mark.parametrize("text, partners", [
    ("昆明翠湖边新开了一家泰国餐厅，生意火爆。", []),
    ("东兴的越南风情街游客络绎不绝。", []),
    ("“东盟”号货轮从防城港首航，满载越南客商订购的机械设备。", ["VNM"]),
    ("省外办负责人表示，网传“省长将访问日本”的说法不实。", []),
    ("南宁的越南米粉店老板说，生意比去年好。", []),
])
def test_chinese_names_streets_restaurants_and_rumours_are_background(tagger, text, partners):
    assert _partners(tagger, text) == partners


def test_a_country_that_acts_stays_a_partner_next_to_a_named_street(tagger):
    rec = tagger.tag("3月5日，泰国驻昆明总领事出席昆明泰国风情街开街仪式。")
    assert rec.partners == ["THA"]


# ------------------------------------------------------------------ bridges, borders

def test_a_friendship_bridge_named_after_two_countries_is_a_route_name(tagger):
    assert _partners(tagger, "丹东的中朝友谊桥去年完成检修，游客可在桥头远眺。") == []


def test_a_border_list_may_end_in_the_countrys_own_city():
    text = "东宁与俄罗斯波格拉尼奇内区隔河相望"  # a district the lexicon need not know
    ms = [new_mention(3, 6, "俄罗斯", "country", "RUS", "e")]
    assert background_frames(text, ms) == {0}


def test_the_frontier_with_a_country_is_background(tagger):
    assert _partners(tagger, "Officials in Pu'er said trade on the frontier with Laos had recovered.") == []


# ------------------------------------------------------------------ seats in brackets

def test_the_seat_of_a_body_in_brackets_after_countries_is_not_an_actor(tagger):
    rec = tagger.tag("Staff of the Permanent Secretariat of the Forum for Economic and Trade Co-operation between "
                     "China and Portuguese-speaking Countries (Macao) visited Hunan on Wednesday.")
    assert rec.provinces == ["CN-HN"]


# ------------------------------------------------------------------ occasions called off

@pytest.mark.parametrize("text", [
    "原定于10月20日在南宁举行的边境贸易洽谈会推迟举办，具体时间另行通知。",
    "因天气原因，原计划当天举行的签约仪式取消。",
    "受疫情影响，本届友城市长论坛延期举办。",
    "省外办表示，网传省领导将于下周出访的消息不实。",
    "经核实，今年并无此项出访安排。",
])
def test_chinese_occasions_called_off_report_no_act(text):
    assert act_sentences(text, [(0, len(text))], lang="zh") == []


@pytest.mark.parametrize("text", [
    "因疫情推迟两年的博览会9月5日在南宁开幕。",
    "5月3日，双方签署协议，取消部分农产品的检疫限制。",
])
def test_an_act_that_names_an_earlier_postponement_or_a_cancelled_rule_is_still_an_act(text):
    assert act_sentences(text, [(0, len(text))], lang="zh") == [0]


def test_a_postponed_forum_has_no_engagement(tagger):
    rec = tagger.tag("原定于11月8日在昆明举行的南亚东南亚智库论坛推迟举办。")
    assert rec.engagement is None


@pytest.mark.parametrize("text", [
    "据悉，自治区主席将于7月2日至6日率团访问哈萨克斯坦。",
    "第八届博览会定于下月18日在哈尔滨开幕。",
    "越南副总理拟于9月10日来桂出席开幕式。",
])
def test_chinese_future_acts_with_a_date_are_announced_not_reported(text):
    assert act_sentences(text, [(0, len(text))], lang="zh") == []


def test_a_dated_act_followed_by_a_future_one_is_still_reported():
    text = "6月3日，省长会见泰国客人，并将于次日出席论坛。"
    assert act_sentences(text, [(0, len(text))], lang="zh") == [0]


# ------------------------------------------------------------------ abbreviated roles

@pytest.mark.parametrize("text, types", [
    ("广西要争当沿边开放排头兵。", ["designated_role", "opening_up"]),
    ("云南要努力成为面向南亚东南亚开放的排头兵。", ["designated_role", "opening_up"]),
    ("他是全县招商引资的排头兵。", []),
])
def test_vanguard_of_opening_is_a_designation(tagger, text, types):
    assert tagger.tag(text).formulations == types


def test_vanguard_facing_a_region_targets_it(tagger):
    rec = tagger.tag("云南要努力成为面向南亚东南亚开放的排头兵。")
    assert set(rec.role_targets) == {"SOUTH_ASIA", "SOUTHEAST_ASIA"}


# ------------------------------------------------------------------ SAR offices in mainland cities

@pytest.mark.parametrize("text, provinces", [
    ("四川省外办主任走访香港特别行政区政府驻成都经济贸易办事处。", ["CN-SC"]),
    ("Hubei's vice governor called on the Hong Kong Economic and Trade Office in Wuhan on Monday.", ["CN-HB"]),
    ("香港特区政府代表团访问湖北，双方签署合作协议。", ["CN-HB", "CN-HK"]),
])
def test_an_sar_office_in_a_mainland_city_is_visited_not_acting(tagger, text, provinces):
    assert tagger.tag(text).provinces == provinces


@pytest.mark.parametrize("text, partners", [
    ("網傳「省長將訪問日本」的說法不實。", []),
    ("昆明翠湖邊新開了一家泰國餐廳。", []),
    ("丹東的中朝友誼橋去年完成檢修。", []),
])
def test_name_and_rumour_frames_read_traditional_script(tagger, text, partners):
    assert _partners(tagger, text) == partners


@pytest.mark.parametrize("text", [
    "东南亚国家游客来滇人数增长明显。",
    "今年以来，经满洲里口岸入境的俄罗斯游客同比增长四成。",
    "东盟国家来华留学生人数突破5万。",
])
def test_chinese_statistics_of_visitors_report_no_act(text):
    assert act_sentences(text, [(0, len(text))], lang="zh") == []


def test_a_dated_visit_with_a_trade_figure_is_still_an_act():
    text = "4月8日，老挝代表团来访昆明，双方贸易额同比增长9%。"
    assert act_sentences(text, [(0, len(text))], lang="zh") == [0]


def test_hyphenated_radiation_centre_is_a_designation(tagger):
    assert tagger.tag("Officials said Yunnan's radiation-centre strategy needs more flights.").formulations == [
        "designated_role"]


# ------------------------------------------------------------------ one-character city names, homonym cities

@pytest.mark.parametrize("text, provinces", [
    ("老挝客人来邕参加博览会。", ["CN-GX"]),
    ("泰国代表团抵蓉访问。", ["CN-SC"]),
    ("新加坡客商在穗举办推介会。", ["CN-GD"]),
    ("日本企业家来甬洽谈合作。", ["CN-ZJ"]),
    ("缅甸代表团来昆参加南博会。", ["CN-YN"]),
    ("台商来昆山投资设厂。", ["CN-JS", "CN-TW"]),
    ("我们在大厦里开会。", []),
])
def test_one_character_city_names_after_a_verb_of_coming(tagger, text, provinces):
    assert tagger.tag(text).provinces == provinces


@pytest.mark.parametrize("text, provinces", [
    ("Officials from Pingxiang, Jiangxi, toured a Vietnamese port on Monday.", ["CN-JX"]),
    ("Lao officials visited Pingxiang, Guangxi, on Friday.", ["CN-GX"]),
])
def test_a_city_name_two_provinces_share_is_told_apart_by_the_province_after_it(tagger, text, provinces):
    assert tagger.tag(text).provinces == provinces


def test_china_brazil_written_with_the_brazil_character_in_brackets(tagger):
    assert _partners(tagger, "中巴（西）农业合作论坛在郑州举行。") == ["BRA"]


@pytest.mark.parametrize("text, partners", [
    ("A Korean barbecue restaurant opened in Yanji's old town on Saturday.", []),
    ("Analysts compared Qianhai's rules with Singapore and Japan, while Shenzhen hosted Chilean officials.", ["CHL"]),
    ("Freight trains from Xi'an now run via Kazakhstan and Poland, officials said.", []),
    ("The Guangxi-Vietnam border town of Dongxing reopened its market on Monday.", []),
    ("The Heihe river marks part of the border between China and Russia.", []),
])
def test_eateries_comparisons_transit_and_border_descriptions_are_background(tagger, text, partners):
    assert _partners(tagger, text) == partners


def test_a_city_on_the_way_stays_where_goods_come_from(tagger):
    rec = tagger.tag("Durian shipments reach Pingxiang, Guangxi, by truck via Lang Son, customs said.")
    assert rec.partners == ["VNM"]


# ------------------------------------------------------------------ regions a role only faces

def test_a_region_a_role_only_faces_makes_no_meeting_multilateral(tagger):
    rec = tagger.tag("瑞丽市与缅甸木姐市召开联席会议，助力云南建设面向南亚东南亚辐射中心。")
    assert rec.engagement == "high_level_meeting"
    assert rec.regions == ["SOUTHEAST_ASIA", "SOUTH_ASIA"]  # still coded for the document


def test_a_region_a_role_only_faces_is_no_foreign_party(tagger):
    rec = tagger.tag("省委书记在德宏调研时强调，要加快建设面向南亚东南亚辐射中心。")
    assert rec.partners == []
    assert rec.engagement in (None, "domestic_coordination")


@pytest.mark.parametrize("text, partners", [
    ("吉林省政府新闻办否认省长将于下月访问韩国的传闻。", []),
    ("Yunnan's government denied reports that its governor would visit Myanmar next week.", []),
    ("The governor, who has denied any wrongdoing, met Thai officials in Kunming on Friday.", ["THA"]),
])
def test_a_country_named_only_in_what_is_denied_is_background(tagger, text, partners):
    assert _partners(tagger, text) == partners


@pytest.mark.parametrize("text, partners", [
    ("Chad Williams, a Canadian trader, toured a tea market in Pu'er on Monday.", ["CAN"]),
    ("Jordan Wong, a Malaysian student, won a calligraphy prize in Xiamen.", ["MYS"]),
    ("Roast turkey and pumpkin pie were served at a dinner in Chengdu hosted by Thai students.", ["THA"]),
    ("A lecture in Changsha on Monday covered fishing on the Congo River.", []),
    ("Sichuan's governor met Jordan's ambassador on Friday.", ["JOR"]),
])
def test_given_names_rivers_and_lower_case_words_are_not_countries(tagger, text, partners):
    assert _partners(tagger, text) == partners


def test_a_name_spelt_with_a_small_first_letter_is_still_a_country(tagger):
    assert _partners(tagger, "Zhejiang's governor met the eSwatini ambassador in Hangzhou on Monday.") == ["SWZ"]


@pytest.mark.parametrize("text, partners", [
    ("海南自贸港对标新加坡、迪拜，优化营商环境。", []),
    ("深圳要比肩新加坡，建设国际航运中心。", []),
    ("明朝时，郑和船队曾多次到达斯里兰卡。", []),
    ("In ancient times, Quanzhou merchants traded with Persia and Ceylon.", []),
    ("3月5日，海南省省长在海口会见新加坡驻华大使。", ["SGP"]),
])
def test_benchmarks_and_deep_history_are_background(tagger, text, partners):
    assert _partners(tagger, text) == partners


@pytest.mark.parametrize("text, partners", [
    ("这是广西历史上首次与智利签署友城协议。", ["CHL"]),
    ("A Xinjiang delegation toured the ancient city of Samarkand in Uzbekistan on Monday.", ["UZB"]),
])
def test_an_act_that_mentions_history_still_engages(tagger, text, partners):
    assert _partners(tagger, text) == partners


def test_proximity_to_a_country_is_a_border_frame(tagger):
    assert _partners(tagger, "Heilongjiang will leverage its proximity to Russia and Mongolia.") == []
