"""Counterpart classes found on an independently coded part (issue 15, branch cpt;
corpus/parts/real3-cpt-dev.jsonl): how a labeller who never read the code reads TAXONOMY's
`counterpart` rules. Every sentence was written for these tests; names and places are public
facts, events illustrative."""

from __future__ import annotations

import pytest

from tests.test_pairing import first  # (the helper; the rules-only tagger fixture is conftest's)

DATE = "2024-05-10"


def cp(tagger, text: str) -> str | None:
    return first(tagger, text, date=DATE).counterpart


@pytest.mark.parametrize("text,counterpart", [
    # a national office named with a foreign province's leader: the national office is the highest
    ("5月9日，广西壮族自治区主席在南宁会见越南国会副主席和高平省委书记一行。", "legislature"),
    ("5月9日，云南省省长在昆明会见老挝副总理和琅勃拉邦省委书记一行。", "minister"),
    ("Yunnan's governor met Vietnam's deputy prime minister and the Party secretary of Lao Cai province in Kunming on May 9.",
     "minister"),
    # the local leaders alone, or with a diplomat, stay subnational
    ("5月9日，广西壮族自治区主席在南宁会见越南高平省委书记一行。", "subnational"),
    ("5月9日，黑龙江省省长在哈尔滨会见俄罗斯阿穆尔州州长一行，俄罗斯驻哈尔滨总领事参加会见。", "subnational"),
])
def test_a_national_office_outranks_a_foreign_local_leader(tagger, text, counterpart):
    assert cp(tagger, text) == counterpart


@pytest.mark.parametrize("text", [
    "5月9日，新疆维吾尔自治区主席在乌鲁木齐会见俄罗斯总统驻西伯利亚联邦区全权代表一行。",
    "5月9日，黑龙江省副省长在哈尔滨会见俄罗斯总统驻远东联邦区副全权代表。",
])
def test_a_presidents_envoy_to_a_district_is_a_national_official(tagger, text):
    assert cp(tagger, text) == "minister"


@pytest.mark.parametrize("text,counterpart", [
    # the kind of delegation decides over the country's: a club, a paper, a troupe are `other`
    ("5月9日，山东省副省长在济南会见韩国足球俱乐部代表团一行。", "other"),
    ("5月9日，福建省外办主任在福州会见菲律宾《世界日报》代表团一行。", "other"),
    ("5月9日，吉林省副省长在长春会见俄罗斯国家交响乐团一行。", "other"),
    # a company's president or board member is business
    ("5月9日，江苏省省长在南京会见日本松下电器副社长一行。", "business"),
    ("5月9日，湖北省副省长在武汉会见法国雷诺汽车董事会成员一行。", "business"),
])
def test_the_kind_of_foreign_group_decides(tagger, text, counterpart):
    assert cp(tagger, text) == counterpart


@pytest.mark.parametrize("text", [
    "5月9日，辽宁省委书记在沈阳会见日本自民党干事长一行。",
    "5月9日，浙江省省长在杭州会见新加坡人民行动党访华团。",
    "Liaoning's Party chief met a delegation of Japan's Liberal Democratic Party in Shenyang on May 9.",
])
def test_a_named_foreign_party_is_party(tagger, text):
    assert cp(tagger, text) == "party"


def test_a_sar_governments_secretary_is_no_foreign_counterpart(tagger):
    text = "5月9日，香港特区政府财政司司长率团访问广东，与省外办座谈交流。"
    e = first(tagger, text, date=DATE)
    assert e.counterpart != "minister"


@pytest.mark.parametrize("text", [
    "Anhui's vice governor met a delegation from Zimbabwe's Harare province in Hefei on May 9.",
    "Beijing's vice mayor met a delegation from the Brussels-Capital Region on May 9.",
])
def test_a_capital_named_as_a_region_is_subnational(tagger, text):
    assert cp(tagger, text) == "subnational"


def test_a_chinese_embassy_minister_is_no_counterpart(tagger):
    # (a guard: with the local cap above, a "Minister" with a Chinese name would outrank the governor)
    text = ("An Anhui-Maryland promotion week, co-hosted by the Anhui provincial government and the State of "
            "Maryland, opened in Baltimore on May 9. Minister Zhao Ming and Governor of Maryland Wes Moore "
            "addressed the opening.")
    e = first(tagger, text, date=DATE)
    assert e.counterpart == "subnational"


@pytest.mark.parametrize("text,counterpart", [
    # a country's delegation with no rank or kind named: null (GUIDELINES §6), not a guessed minister
    ("5月9日，海南省外办主任在海口会见汤加代表团一行。", None),
    ("5月9日，贵州省副省长在贵阳会见柬埔寨代表团。", None),
    # a foreign province's delegation is still its government's; a ranked leader still decides
    ("5月9日，云南省副省长在昆明会见越南河江省代表团一行。", "subnational"),
    ("5月9日，海南省省长在海口会见汤加副首相率领的代表团。", "minister"),
])
def test_an_unranked_country_delegation_is_null(tagger, text, counterpart):
    assert cp(tagger, text) == counterpart


@pytest.mark.parametrize("text", [
    "5月9日，广西壮族自治区党委书记在南宁会见老挝人民革命党中央政治局委员一行。",
    "5月9日，云南省委书记在昆明会见越共中央政治局委员一行。",
])
def test_a_foreign_partys_politburo_seat_is_the_party_not_chinas(tagger, text):
    e = first(tagger, text, date=DATE)
    assert (e.official, e.counterpart) == ("party_secretary", "party")


def test_a_development_bank_by_its_full_name_is_an_international_org(tagger):
    assert cp(tagger, "5月9日，省外办主任在南宁会见亚洲基础设施投资银行副行长一行。") == "international_org"


@pytest.mark.parametrize("text,official", [
    # a province's secretary-general ranks as a deputy (GUIDELINES §6); the deputy secretary-general and a
    # city's stay other
    ("5月9日，云南省政府秘书长在昆明会见老挝驻昆明总领事。", "deputy"),
    ("5月9日，自治区政府秘书长在南宁会见越南驻南宁总领事。", "deputy"),
    ("5月9日，省政府副秘书长在昆明会见老挝驻昆明总领事。", "other"),
    ("On May 9, the Secretary-General of the Jilin Provincial Government met the Japanese consul general in Changchun.",
     "deputy"),
    ("On May 9, the Deputy Secretary-General of the Jilin Provincial Government met the Japanese consul general in "
     "Changchun.", "other"),
])
def test_a_provincial_secretary_general_is_a_deputy(tagger, text, official):
    assert first(tagger, text, date=DATE).official == official


@pytest.mark.parametrize("text,counterpart", [
    # a foreign province's head by a title of its own outranks a consul general attending
    ("5月9日，广西壮族自治区副主席在南宁会见越南高平省人民委员会主席一行。越南驻南宁总领事参加会见。", "subnational"),
    ("5月9日，辽宁省省长在沈阳会见日本北海道知事一行，日本驻沈阳总领事参加会见。", "subnational"),
    ("5月9日，云南省省长在昆明会见泰国清莱府府尹一行，泰国驻昆明总领事参加会见。", "subnational"),
    # and gives way to a national office
    ("5月9日，广西壮族自治区主席在南宁会见越南工贸部副部长和谅山省人民委员会主席一行。", "minister"),
    # "Laos' Luang Prabang province": the province's delegation, not the country's
    ("Yunnan's governor met a delegation from Laos' Luang Prabang province in Kunming on May 9.", "subnational"),
])
def test_a_foreign_provinces_head_outranks_a_consul_general(tagger, text, counterpart):
    assert cp(tagger, text) == counterpart


@pytest.mark.parametrize("text", [
    "5月9日，宁夏回族自治区主席在银川会见出席博览会的埃及部长级代表团。",
    "On May 9, Ningxia's chairman met Egypt's ministerial delegation to the expo in Yinchuan.",
])
def test_a_ministerial_delegation_is_ranked(tagger, text):
    # (with an unranked delegation null, 部长级代表团 needs its own entry to stay national)
    assert cp(tagger, text) == "minister"


@pytest.mark.parametrize("text,counterpart", [
    # a group named by its countries' region (东盟国家, 南亚国家, 发展中国家) is the foreign side's
    ("5月9日，中国—南亚博览会在昆明开幕，南亚国家企业300余家参展。", "business"),
    ("5月9日，广西举办经贸推介会，东盟国家企业家80余人参加。", "business"),
    ("5月9日，东盟国家的大学校长代表团访问广西。", "academic"),
    ("5月9日，陕西省举办论坛，发展中国家学者50余人参加。", "academic"),
])
def test_a_group_named_by_its_countries_region_is_foreign(tagger, text, counterpart):
    assert cp(tagger, text) == counterpart


def test_chinas_own_national_bodies_stay_chinese(tagger):
    e = first(tagger, "5月9日，中国国家旅游局与云南省政府在昆明会见老挝旅游部副部长。", date=DATE)
    assert e.counterpart == "minister"


@pytest.mark.parametrize("text", [
    # China's national ministries after 国家 are no foreign group
    "5月9日，云南省与国家商务部在昆明联合举办投资推介会，泰国企业家100余人参加。",
])
def test_a_chinese_national_ministry_after_guojia_is_no_counterpart(tagger, text):
    assert cp(tagger, text) == "business"
