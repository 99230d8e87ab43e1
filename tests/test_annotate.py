"""Annotators: traps of TAXONOMY.md §2, slot patterns, targets, properties."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.annotate import annotate_cues, annotate_formulations, annotate_places
from pipeline.schemas import Document


def codes(ms, label):
    return sorted({m.code for m in ms if m.label == label})


def places(lexicon, text):
    return annotate_places(Document("t", text), lexicon)


# ------------------------------------------------------------------ TAXONOMY traps

@pytest.mark.parametrize("text, provinces, countries", [
    ("内蒙古自治区代表团访问蒙古国", ["CN-NM"], ["MNG"]),
    ("内蒙古与蒙古国扩大口岸合作", ["CN-NM"], ["MNG"]),
    ("Inner Mongolia signs deal with Mongolia", ["CN-NM"], ["MNG"]),
    ("吉林省延边朝鲜族自治州举办文化节", ["CN-JL"], []),
    ("吉林省与朝鲜开展贸易", ["CN-JL"], ["PRK"]),
    ("云南省河口县与越南老街省加强合作", ["CN-YN"], ["VNM"]),
    ("Hekou and Lao Cai border gate", ["CN-YN"], ["VNM"]),
    ("广西与印度尼西亚签署协议", ["CN-GX"], ["IDN"]),
    ("广西与印度开展交流", ["CN-GX"], ["IND"]),
    ("中非共和国总统访问湖南", ["CN-HN"], ["CAF"]),
    ("韩国庆尚北道代表团访问辽宁", ["CN-LN"], ["KOR"]),
    ("新疆推进中巴经济走廊建设", ["CN-XJ"], ["PAK"]),
])
def test_place_traps(lexicon, text, provinces, countries):
    ms = places(lexicon, text)
    assert codes(ms, "province") == provinces
    assert codes(ms, "country") == countries


def test_china_africa_is_a_region_not_the_central_african_republic(lexicon):
    ms = places(lexicon, "湖南举办中非经贸博览会，深化中非合作")
    assert codes(ms, "country") == []
    assert codes(ms, "region") == ["AFRICA"]


def test_south_africa_vs_southern_africa(lexicon):
    assert codes(places(lexicon, "南非代表团到访"), "country") == ["ZAF"]
    ms = places(lexicon, "面向南部非洲国家开展合作")
    assert codes(ms, "country") == [] and codes(ms, "region") == ["AFRICA"]


def test_south_vs_north_korea(lexicon):
    assert codes(places(lexicon, "韩国"), "country") == ["KOR"]
    assert codes(places(lexicon, "朝鲜"), "country") == ["PRK"]
    assert codes(places(lexicon, "South Korea and North Korea"), "country") == ["KOR", "PRK"]


def test_blocked_form_is_recorded(lexicon):
    ms = places(lexicon, "吉林省朝鲜族群众欢度传统节日")
    assert [m.text for m in ms if m.label == "blocked"] == ["朝鲜族"]
    assert codes(ms, "country") == []
    # the prefecture's full name is itself a Jilin form and wins by length
    assert codes(places(lexicon, "延边朝鲜族自治州"), "province") == ["CN-JL"]


def test_english_word_boundaries(lexicon):
    text = "A woman from Omaha met envoys from Oman"
    ms = [m for m in places(lexicon, text) if m.label == "country"]
    assert [(m.code, m.start) for m in ms] == [("OMN", text.rindex("Oman"))]


@pytest.mark.parametrize("text, code, surface", [
    ("routes across the Pacific and Indian oceans", "", "Indian oceans"),  # the guard holds in the plural
    ("officials from the Khabarovsk and Novosibirsk regions", "RUS", "Novosibirsk regions"),
])
def test_english_plural_s_keeps_the_entry(lexicon, text, code, surface):
    ms = [m for m in places(lexicon, text) if m.text == surface]
    assert [m.code for m in ms] == [code] and not [m for m in places(lexicon, text) if m.code == "IND"]


def test_english_s_does_not_join_words(lexicon):
    assert [m.text for m in places(lexicon, "Omanis, Omansk") if m.code == "OMN"] == ["Omanis"]
    cues = annotate_cues(Document("t", "The two sides set up cooperation zones"), lexicon)
    assert "cooperation zones" in [c.text for c in cues]


def test_traditional_text_matches_through_simplified_copy(lexicon):
    text = "廣西壯族自治區與越南諒山省簽署協議"
    ms = places(lexicon, text)
    assert codes(ms, "province") == ["CN-GX"] and codes(ms, "country") == ["VNM"]
    for m in ms:
        assert text[m.start:m.end] == m.text


def test_cities_and_ports_give_provinces(lexicon):
    ms = places(lexicon, "昆明、东兴、满洲里、二连浩特、珲春、霍尔果斯、喀什、博鳌、凭祥")
    assert codes(ms, "province") == ["CN-GX", "CN-HI", "CN-JL", "CN-NM", "CN-XJ", "CN-YN"]
    ms = places(lexicon, "Kashgar, Harbin, Erenhot and Khorgos")
    assert codes(ms, "province") == ["CN-HL", "CN-NM", "CN-XJ"]


def test_abbreviation_compounds(lexicon):
    assert codes(places(lexicon, "滇越边境贸易"), "province") == ["CN-YN"]
    assert codes(places(lexicon, "滇越边境贸易"), "country") == ["VNM"]
    assert codes(places(lexicon, "闽台交流"), "province") == ["CN-FJ", "CN-TW"]
    assert codes(places(lexicon, "桂企赴越南"), "province") == ["CN-GX"]


def test_foreign_subnational_units_capitals_demonyms(lexicon):
    ms = places(lexicon, "滨海边疆区、阿穆尔州、庆尚北道、京畿道、琅南塔省、万象、阿斯塔纳")
    assert codes(ms, "country") == ["KAZ", "KOR", "LAO", "RUS"]
    ms = places(lexicon, "Kazakh and Laotian officials visited Vladivostok")
    assert codes(ms, "country") == ["KAZ", "LAO", "RUS"]


# --------------------------------------------------------------- formulations

def forms(lexicon, text):
    return annotate_formulations(Document("t", text), lexicon)


@pytest.mark.parametrize("text, typ", [
    ("充分发挥区位优势", "leverage_advantage"),
    ("发挥宁夏技术优势", "leverage_advantage"),
    ("发挥青海资源能源优势", "leverage_advantage"),
    ("发挥自身独特优势", "leverage_advantage"),
    ("leverage its geographical advantages", "leverage_advantage"),
    ("推进高水平对外开放", "opening_up"),
    ("扩大向北开放", "opening_up"),
    ("high-level opening up", "opening_up"),
    ("做好地方外事工作", "subnational_diplomacy"),
    ("subnational diplomacy", "subnational_diplomacy"),
    ("践行亲诚惠容理念", "periphery_diplomacy"),
    ("periphery diplomacy", "periphery_diplomacy"),
    ("缔结友好城市关系", "friendship_network"),
    ("a sister-city agreement", "friendship_network"),
    ("建设向北开放桥头堡", "designated_role"),
    ("a gateway to ASEAN", "designated_role"),
])
def test_formulation_types(lexicon, text, typ):
    assert typ in codes(forms(lexicon, text), "formulation")


@pytest.mark.parametrize("text, targets", [
    ("建设面向南亚东南亚辐射中心", ["SOUTHEAST_ASIA", "SOUTH_ASIA"]),
    ("打造面向东北亚开放的重要枢纽", ["NORTHEAST_ASIA"]),
    ("建设面向东盟的国际大通道", ["ASEAN"]),
    ("an ASEAN-facing gateway", ["ASEAN"]),
    ("a bridgehead to Central Asia", ["CENTRAL_ASIA"]),
])
def test_designated_role_targets(lexicon, text, targets):
    roles = [m for m in forms(lexicon, text) if m.code == "designated_role"]
    assert roles, text
    assert sorted({t for m in roles for t in m.targets}) == targets


def test_cues_vote_for_categories(lexicon):
    cues = annotate_cues(Document("t", "省长会见越南客人并签署合作协议"), lexicon)
    cats = {m.code for m in cues}
    assert {"high_level_meeting", "cooperation_project"} <= cats


# ------------------------------------------------------------------ properties

@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_random_unicode_never_crashes_and_offsets_slice(lexicon, s):
    doc = Document("r", s)
    pl = annotate_places(doc, lexicon)
    for m in pl + annotate_formulations(doc, lexicon, places=pl) + annotate_cues(doc, lexicon):
        assert s[m.start:m.end] == m.text
        assert 0 <= m.start < m.end <= len(s)


lexical = st.sampled_from(["云南", "越南", "內蒙古", "蒙古國", "发挥区位优势", "Lao Cai", "ＡＳＥＡＮ", "中老年",
                           "面向南亚东南亚辐射中心", "ﬁ", "İ", "\u0301", "，", " ", "\n", "gateway to Southeast Asia"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(lexical, st.text(max_size=5)), max_size=30))
def test_lexicon_heavy_text_offsets_and_determinism(lexicon, parts):
    s = "".join(parts)
    doc = Document("r", s)
    a = annotate_places(doc, lexicon) + annotate_formulations(doc, lexicon)
    b = annotate_places(doc, lexicon) + annotate_formulations(doc, lexicon)
    assert [m.model_dump() for m in a] == [m.model_dump() for m in b]
    for m in a:
        assert s[m.start:m.end] == m.text


@pytest.mark.parametrize("text, phrase", [
    ("把内蒙古建成我国向北开放桥头堡", "向北开放桥头堡"),
    ("宁夏要建设成为向西开放的桥头堡", "向西开放的桥头堡"),
    ("海南打造对外开放新高地", "对外开放新高地"),
    ("重庆建设对外开放大通道", "对外开放大通道"),
    ("打造双向开放枢纽", "双向开放枢纽"),
    ("Heilongjiang, a bridgehead for opening up to the north", "bridgehead for opening up to the north"),
])
def test_a_phrase_carries_every_type_it_contains(lexicon, text, phrase):
    """TAXONOMY §1 (issue 14): the role phrase is also an opening phrase, on the same span."""
    ms = [m for m in forms(lexicon, text) if m.label == "formulation"]
    spans = {(m.text, m.code) for m in ms}
    assert (phrase, "designated_role") in spans and (phrase, "opening_up") in spans
    nested = [m for m in ms if m.rule and m.rule.startswith("nested:")]
    assert len(nested) == 1


def test_nested_types_is_idempotent_on_a_plain_term(lexicon):
    from pipeline.annotate.formulations import nested_types

    assert nested_types(lexicon, "友好城市", "friendship_network") == []
    assert [t for t, _ in nested_types(lexicon, "向北开放桥头堡", "designated_role")] == ["opening_up"]


@pytest.mark.parametrize("text, typ", [
    ("Jilin is taking full advantage of its unique geographical position", "leverage_advantage"),
    ("the port serves as a key channel for trade with Russia", "designated_role"),
    ("Shenyang wants to be an international central city in Northeast Asia", "designated_role"),
    ("Kunming, China's gateway to South and Southeast Asian nations", "designated_role"),
    ("Gansu is the bridgehead to open to the west", "opening_up"),
    ("the two provinces forged a sisterhood accord", "friendship_network"),
    ("the county established sisterly ties with Fujian", "friendship_network"),
    ("甘肃与阿塞拜疆某州签署建立友好市州关系协议", "friendship_network"),
    ("推進高水準開放", "opening_up"),
])
def test_english_paraphrases_and_variants(lexicon, text, typ):
    """Issue 14: paraphrases and variants of the core terms (sentences written for the test)."""
    assert typ in codes(forms(lexicon, text), "formulation")


@pytest.mark.parametrize("text", [
    "engineers inspected the bridgehead of the old railway bridge",
    "trucks queued at the railway bridgehead",
    "an important channel for people-to-people exchanges",
    "The province has unique geographical advantages",
    "the New International Land-Sea Trade Corridor carries more freight",
    "新建的会展中心和绿色通道投入使用",
])
def test_literal_uses_are_not_roles(lexicon, text):
    """TAXONOMY §1: literal bridgeheads, channels for exchanges, 区位优势 without a verb, route names."""
    found = codes(forms(lexicon, text), "formulation")
    assert "designated_role" not in found and "leverage_advantage" not in found


# ------------------------------------------------------------ issue 14: places on real text

@pytest.mark.parametrize("text, province", [
    ("越南客人来闽访问", "CN-FJ"), ("老挝代表团访琼", "CN-HI"), ("日本客人来豫考察", "CN-HA"),
    ("泰国代表团来滇开展交流", "CN-YN"), ("韩国代表团访川", "CN-SC"), ("越南代表团赴桂参加博览会", "CN-GX"),
    ("马来西亚代表团抵琼", "CN-HI"), ("柬埔寨代表团来黔考察", "CN-GZ"), ("尼泊尔客人进藏参观", "CN-XZ"),
    ("日本客人来津访问", "CN-TJ"), ("俄罗斯代表团赴辽洽谈", "CN-LN"), ("德国客人来沪", "CN-SH"),
    ("韩国代表团来鲁考察", "CN-SD"), ("法国客人来湘", "CN-HN"), ("英国客人来鄂", "CN-HB"),
    ("意大利客人来赣", "CN-JX"), ("美国客人来皖", "CN-AH"), ("荷兰客人来浙", "CN-ZJ"), ("泰国客人来粤", "CN-GD"),
    ("日本代表团来陕", "CN-SN"), ("韩国客人来晋", "CN-SX"), ("哈萨克斯坦客人来陇", "CN-GS"), ("蒙古国客人来冀", "CN-HE"),
    ("新加坡代表团来苏考察", "CN-JS"), ("匈牙利客人来渝", "CN-CQ"),
])
def test_province_abbreviation_after_a_verb_of_coming(lexicon, text, province):
    assert province in codes(places(lexicon, text), "province")


@pytest.mark.parametrize("text", [
    "津巴布韦代表团来访", "中非合作带来津巴布韦的发展", "苏丹代表团访苏丹港", "带来吉祥", "来京参加会议",
    "未来滇", "访苏联", "来蒙古国访问", "来宁波", "访新加坡",
])
def test_ambiguous_abbreviations_after_verbs_give_no_wrong_province(lexicon, text):
    got = codes(places(lexicon, text), "province")
    assert not set(got) & {"CN-TJ", "CN-JS", "CN-JL", "CN-BJ", "CN-NM", "CN-NX", "CN-XJ"}, got


@pytest.mark.parametrize("text, countries", [
    ("友城巴西包索市代表团来访，中巴经贸合作不断深化", ["BRA"]),
    ("中巴经济走廊建设稳步推进", ["PAK"]),
    ("巴基斯坦客人来访，中巴友谊历久弥坚", ["PAK"]),
    ("尼日利亚代表团访问，中尼双方签署协议", ["NGA"]),
    ("尼泊尔代表团来访，中尼友谊源远流长", ["NPL"]),
    ("中尼双方签署协议", ["NPL"]),
    ("乌拉圭客人来访，乌中两国合作前景广阔", ["URY"]),
    ("乌克兰客人来访，乌中合作不断深化", ["UKR"]),
    ("乌兹别克斯坦代表团访问新疆，乌中合作不断深化", ["UZB"]),
    ("刚果(布)总统萨苏访问辽宁", ["COG"]),
    ("刚果（金）代表团访问湖南", ["COD"]),
    ("《越中陆地边界管理制度协定》执行情况总结会在南宁举行", ["VNM"]),
    ("双方要超越中等收入陷阱", []),
    ("寮國代表團來訪", ["LAO"]),
    ("Envoys from Samoa and Surinam visited Xinjiang", ["SUR", "WSM"]),
    ("Hubei and Ilocos Sur signed a sister-province agreement", ["PHL"]),
    ("乌克兰外长表示，乌方愿加强合作", ["UKR"]),
    ("中捷两国签署协议", ["CZE"]),
    ("途中捷报频传，交通便捷方便", []),
    ("A Myanmese delegation visited Kunming", ["MMR"]),
    ("锡兰红茶推介会", ["LKA"]),
])
def test_context_compounds_and_new_forms(lexicon, text, countries):
    assert codes(places(lexicon, text), "country") == countries


@pytest.mark.parametrize("text, provinces", [
    ("海南州举办文化节", ["CN-QH"]),
    ("海南藏族自治州与尼泊尔开展交流", ["CN-QH"]),
    ("Hainan Prefecture in Qinghai held a fair", ["CN-QH"]),
    ("Hainan Tibetan Prefecture hosted Nepali guests", ["CN-QH"]),
    ("山西省与陕西省代表团一同访问俄罗斯", ["CN-SN", "CN-SX"]),
    ("Shanxi and Shaanxi delegations visited Russia", ["CN-SN", "CN-SX"]),
    ("滇马合作不断深化", ["CN-YN"]),
    ("第九届中国—东盟教育交流周在贵阳开幕", ["CN-GZ"]),
    ("温州市外办赴南通交流", ["CN-JS", "CN-ZJ"]),
    ("中国—东盟博览会在南宁开幕", ["CN-GX"]),
    ("延边州举办图们江论坛", ["CN-JL"]),
    ("代表团在驻马店考察", ["CN-HA"]),
    ("建设面向东盟的西南通道", []),
    ("铁路向南通往老挝", []),
])
def test_venue_rule_and_province_traps(lexicon, text, provinces):
    assert codes(places(lexicon, text), "province") == provinces


@pytest.mark.parametrize("text, regions", [
    ("Yunnan is a gateway to South and Southeast Asian nations.", ["SOUTHEAST_ASIA", "SOUTH_ASIA"]),
    ("opening-up to Central and Western Asia", ["CENTRAL_ASIA", "MIDDLE_EAST"]),
    ("近年来本省与欧美的地方交往持续升温", ["EUROPE"]),
    ("与欧美国家开展交流", ["EUROPE"]),
])
def test_two_regions_in_one_phrase(lexicon, text, regions):
    assert codes(places(lexicon, text), "region") == regions


def test_gateway_to_south_and_southeast_asian_nations_targets_both(lexicon):
    doc = Document("t", "Yunnan is an important gateway to South and Southeast Asian nations.")
    roles = [m for m in annotate_formulations(doc, lexicon) if m.code == "designated_role"]
    assert roles and sorted(roles[0].targets) == ["SOUTHEAST_ASIA", "SOUTH_ASIA"]


def test_nested_types_remembered_per_phrase_equal_the_computed_ones(lexicon):
    """The matcher's memo returns what the suffix/prefix scan computes, and a caller that
    changes the list it got does not change what the next caller gets."""
    from pipeline.annotate.formulations import _nested_types, nested_types

    phrase = "向北开放桥头堡"
    first = nested_types(lexicon, phrase, "designated_role")
    assert first == list(_nested_types(lexicon.formulations, phrase, "designated_role", None))
    first.append(("x", "y"))
    assert nested_types(lexicon, phrase, "designated_role") == [("opening_up", first[0][1])]


def test_repeated_mentions_share_one_string(tagger):
    """The place and cue mentions of one text share one string per distinct surface
    (issue 17: a long document names the same places thousands of times)."""
    a = tagger.annotate("越南代表团会见老挝代表团。越南与老挝签署协议，会见结束。越南、老挝。")
    vn = [m for m in a.places if m.text == "越南"]
    meet = [m for m in a.cues if m.text == "会见"]
    assert len(vn) == 3 and len(meet) == 2
    assert all(m.text is vn[0].text for m in vn) and meet[0].text is meet[1].text



def test_the_footer_gate_holds_every_character_a_footer_match_starts_with():
    """Issue 17: page_furniture tries the case-insensitive footer alternation only on lines
    holding a character of ``_FOOTER_START``: every character a match can start with, re.I's
    Unicode folds included (checked over all of Unicode), and the site-name pattern only on a
    line holding one of its literals."""
    import sys

    from pipeline.annotate.formulations import _FOOTER_LINE, _FOOTER_START, _SITE_LINE, page_furniture

    rests = ["权所有", "權所有", "办单位", "辦單位", "CP备", "opyright ©", "ll rights reserved"]
    starts = {chr(c) for c in range(sys.maxunicode + 1) if any(_FOOTER_LINE.match(chr(c) + r) for r in rests)}
    assert starts and all(_FOOTER_START.match(c) for c in starts)
    assert _SITE_LINE.match("辽宁省人民政府外事办公室") and _SITE_LINE.match("Yunnan Provincial Foreign Affairs Office")
    text = "云南省人民政府外事办公室\n省长会见越南客人\nİCP备12号\n" + "x" * 210 + " 版权所有\nCOPYRIGHT © 2024"
    assert page_furniture(text) == [(0, 12), (22, 29), (246, 262)]  # (the long line is no footer)
