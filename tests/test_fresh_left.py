"""Misses the fresh texts of issue 15 left (helper enmisc), fixed by class.

1. English venue and direction: a Chinese city's dateline places the act at home; the end of a
   route ("direct flights to Manila"), where a party comes from ("from Yiwu in Zhejiang") and a
   visitor described ("the visiting Vietnamese minister") are no venue; a foreign governor "of X
   Prefecture received …" hosts the Chinese side.
2. Places: a neighbour's demonym describing a border ("on the Kazakh border") is background; a
   think tank named after its city ("Shanghai Institutes for International Studies") names no actor.
3. Categories: an agreement whose own name is about culture is cultural_exchange (rule 4); a
   delegation attending a cultural event abroad is on a delegation_visit (rule 3); a cultural or
   sports event with no foreign party is no engagement; 新开 inside 重新开业 / 新开了一家 is no launch.
4. A second dated act of the same province is a separate engagement.

Every sentence here is written for the test.
"""

import pytest

from pipeline.engagement.event_fields import agreement_fields


def _one(tagger, text):
    engs = tagger.tag(text).engagements
    assert len(engs) == 1, engs
    return engs[0]


# ------------------------------------------------------------------ 1. English venue / direction

@pytest.mark.parametrize("text, province", [
    ("KUNMING, June 3 (Xinhua) -- Yunnan and Laos's Luang Namtha province signed a memorandum on border "
     "trade on Monday.", "CN-YN"),
    ("URUMQI, Aug. 21 (Xinhua) -- Xinjiang and Kazakhstan's Almaty region signed a deal on livestock "
     "quarantine on Thursday.", "CN-XJ"),
])
def test_a_chinese_city_dateline_places_the_act_at_home(tagger, text, province):
    e = _one(tagger, text)
    assert (e.direction, e.venue) == ("inbound", province)
    assert e.provenance["direction"].rule == "chinese_dateline"


def test_a_foreign_dateline_still_places_the_act_abroad(tagger):
    e = _one(tagger, "VIENTIANE, May 9 (KPL) -- The Lao Prime Minister met a delegation led by Yunnan's "
                     "Party secretary on Thursday.")
    assert e.direction == "outbound"


@pytest.mark.parametrize("text, province", [
    ("Fujian Governor Zhao Long met the Indonesian Consul General in Guangzhou on Friday to talk about "
     "new direct flights to Jakarta.", "CN-FJ"),
    ("Hainan Vice Governor Ni Qiang met the Thai Consul General on Monday to discuss air routes to "
     "Bangkok and fruit imports.", "CN-HI"),
    ("Jilin Governor Hu Yuting met the Russian Consul General in Shenyang on Thursday, discussing soybean "
     "exports to Russia and tourism to Vladivostok.", "CN-JL"),
    ("Chongqing Mayor Hu Henghua met the German Consul General on Wednesday to discuss the freight train "
     "service to Duisburg.", "CN-CQ"),
])
def test_the_end_of_a_route_is_no_venue(tagger, text, province):
    e = _one(tagger, text)
    assert (e.direction, e.venue) == ("inbound", province)


def test_where_a_delegation_comes_from_is_no_venue(tagger):
    e = _one(tagger, "A trade delegation from Jinhua in Zhejiang toured Lima and Santiago last week to "
                     "promote hardware exports.")
    assert e.direction == "outbound"
    assert e.venue != "CN-ZJ"


def test_a_visitor_described_is_no_trip(tagger):
    e = _one(tagger, "Guangxi Party Secretary Chen Gang met the visiting Cambodian Deputy Prime Minister "
                     "on Tuesday.")
    assert e.direction == "inbound"


@pytest.mark.parametrize("text", [
    "Governor Heita Kawakatsu of Shizuoka Prefecture received a delegation of Zhejiang provincial "
    "lawmakers on 4 June at the prefectural office.",
    "Governor Chikahiro Sakai of Niigata Prefecture received on Monday a delegation led by Heilongjiang's "
    "vice governor.",
    "Governor Hiroshi Hase of Ishikawa Prefecture on Thursday welcomed a delegation from Jiangsu province.",
])
def test_a_foreign_governor_of_a_prefecture_receiving_hosts_the_chinese_side(tagger, text):
    e = _one(tagger, text)
    assert (e.direction, e.venue) == ("outbound", "JPN")


# ------------------------------------------------------------------ 2. places

@pytest.mark.parametrize("text, partner", [
    ("Alashankou, on the Kazakh border, cleared a record number of freight trains this year.", "KAZ"),
    ("The Mongolian border crossing at Erenhot handled more coal in the first half.", "MNG"),
    ("Dongxing sits on the Vietnamese border, across the river from Mong Cai.", None),
    ("Ruili, near the Myanmar border, has become a hub for jade traders.", "MMR"),
    ("塔城地处哈萨克斯坦边境，是新疆向西开放的重要口岸城市之一。", "KAZ"),
])
def test_a_demonym_describing_a_border_is_background(tagger, text, partner):
    rec = tagger.tag(text)
    if partner:
        assert partner not in rec.partners
    assert rec.engagements == []


@pytest.mark.parametrize("text, partner", [
    ("Xinjiang officials met Kazakh border officials on Monday to discuss customs clearance.", "KAZ"),
    ("云南省副省长会见缅甸边境事务部部长，双方就边境管理合作交换意见。", "MMR"),
    ("广西与越南边境四省举行联工委会议。", "VNM"),
])
def test_border_officials_of_a_neighbour_stay_a_partner(tagger, text, partner):
    assert partner in tagger.tag(text).partners


@pytest.mark.parametrize("text", [
    "Provinces should coordinate their Central Asia policies, a fellow at the Shanghai Institutes for "
    "International Studies argued.",
    "上海国际问题研究院一位研究员认为，沿边省份应错位发展对中亚合作。",
])
def test_a_think_tank_named_after_its_city_names_no_actor(tagger, text):
    assert "CN-SH" not in tagger.tag(text).provinces


def test_the_city_itself_still_acts(tagger):
    assert tagger.tag("Shanghai Vice Mayor Hua Yuan met the Uzbek ambassador on Monday.").provinces == ["CN-SH"]


# ------------------------------------------------------------------ 3. categories

@pytest.mark.parametrize("clause, fields", [
    ("双方签署非遗保护与传承交流合作意向书", ["cultural_exchange"]),
    ("双方签署职业教育合作备忘录", ["educational_exchange"]),
    ("双方签署经贸、旅游合作备忘录", []),
    ("会后，两省旅游、职业教育等部门负责人也各自签了一份协议", []),
    ("the two sides signed a tourism promotion agreement", ["cultural_exchange"]),
    ("the two sides signed a trade and tourism agreement", []),
])
def test_the_field_an_agreement_is_named_for(clause, fields):
    assert agreement_fields(clause) == fields


def test_a_culture_agreement_signed_at_a_meeting_is_cultural_exchange(tagger):
    e = _one(tagger, "9月5日，州长在延吉会见韩国庆尚北道代表团，双方签署传统村落文化保护合作意向书。")
    assert e.category == "cultural_exchange"


def test_a_general_agreement_signed_at_a_meeting_stays_a_project(tagger):
    e = _one(tagger, "9月5日，州长在延吉会见韩国庆尚北道代表团，双方签署经贸合作意向书。")
    assert e.category == "cooperation_project"


@pytest.mark.parametrize("text", [
    "贵州省副省长率团赴柬埔寨暹粒出席中柬旅游年系列活动，其间会见柬埔寨旅游部大臣。",
    "广西壮族自治区副主席率团赴越南河内出席中越人文交流年活动，其间会见越南文化体育旅游部部长。",
])
def test_a_delegation_attending_a_cultural_event_abroad_is_a_visit(tagger, text):
    assert _one(tagger, text).category == "delegation_visit"


def test_a_troupe_touring_abroad_stays_cultural(tagger):
    e = _one(tagger, "6月，延边州歌舞团赴韩国大邱、光州巡演朝鲜族长鼓舞。")
    assert e.category == "cultural_exchange"


@pytest.mark.parametrize("text", [
    "8月12日，呼伦贝尔市第二十届那达慕大会在海拉尔开幕，赛马、摔跤比赛吸引了众多牧民观看。",
    "9月2日，延边朝鲜族自治州第十二届朝鲜族民俗文化节在龙井开幕，各县市代表队表演了农乐舞。",
    "7月，伊犁州举办首届民族传统体育运动会，各族群众参加了叼羊、摔跤等项目。",
])
def test_a_domestic_ethnic_event_with_no_foreign_party_is_no_engagement(tagger, text):
    rec = tagger.tag(text)
    assert rec.engagements == [] and rec.engagement is None


@pytest.mark.parametrize("text, category", [
    ("8月12日，呼伦贝尔市那达慕大会在海拉尔开幕，蒙古国东方省摔跤队应邀参赛。", "sports_exchange"),
    ("7月，琼台青年文化交流营在海口开营，两岸青年体验黎族织锦。", "cultural_exchange"),
])
def test_an_event_with_a_foreign_or_cross_strait_party_stays(tagger, text, category):
    assert tagger.tag(text).engagement == category


@pytest.mark.parametrize("text", [
    "凭祥市友谊关口岸附近的越南商品街近日重新开业，不少越南商户回到店内经营。",
    "东兴市江平镇新开了一家越南咖啡馆，店主来自芒街。",
])
def test_xin_kai_inside_reopening_or_a_new_shop_is_no_launch(tagger, text):
    rec = tagger.tag(text)
    assert rec.engagements == [] and rec.engagement is None


def test_a_new_route_still_launches(tagger):
    e = _one(tagger, "5月8日，南宁新开至越南河内的国际货运航线，首班货机从吴圩机场起飞。")
    assert e.category == "cooperation_project"


# ------------------------------------------------------------------ 4. another day, another occasion

@pytest.mark.parametrize("text, days", [
    ("Hainan Governor Liu Xiaoming met the Singaporean Senior Minister of State in Haikou on Monday. "
     "On Tuesday, he met a delegation of Malaysian palm-oil refiners.", ["2024-06-10", "2024-06-11"]),
    ("Guizhou Party Secretary Xu Lin met the Cambodian ambassador in Guiyang on Tuesday. On Wednesday, "
     "the party chief received the Lao Minister of Planning.", ["2024-06-11", "2024-06-12"]),
    ("6月10日，海南省省长在海口会见新加坡贸工部高级政务部长。次日，他又会见了马来西亚沙巴州首席部长。",
     ["2024-06-10", "2024-06-11"]),
    ("6月10日，海南省省长在海口会见新加坡贸工部高级政务部长。6月12日，他会见了马来西亚沙巴州首席部长。",
     ["2024-06-10", "2024-06-12"]),
    ("Hainan Governor Liu Xiaoming met the Singaporean Senior Minister of State in Haikou on Monday. "
     "Later that day, he held talks with the Chief Minister of Sabah.", ["2024-06-10", "2024-06-10"]),
])
def test_a_meeting_on_another_day_is_another_engagement(tagger, text, days):
    engs = tagger.tag(text, date="2024-06-14").engagements
    assert [e.date for e in engs] == days
    assert len({tuple(e.partners) for e in engs}) == 2
    assert engs[1].provinces == engs[0].provinces and engs[1].official == engs[0].official


def test_the_next_day_is_another_occasion(tagger):
    engs = tagger.tag("Guizhou Party Secretary Xu Lin met the Cambodian ambassador in Guiyang on Tuesday. The next "
                      "day, he received the Lao Minister of Planning.", date="2024-06-14").engagements
    assert [e.partners for e in engs] == [["KHM"], ["LAO"]]
    assert engs[1].official == "party_secretary"
    assert [e.date for e in engs] == ["2024-06-11", "2024-06-12"]


def test_one_meeting_told_over_two_sentences_stays_one(tagger):
    engs = tagger.tag("Hainan Governor Liu Xiaoming met the Singaporean Senior Minister of State in Haikou on "
                      "Monday. He said Hainan welcomes more Singaporean investment.", date="2024-06-14").engagements
    assert len(engs) == 1
