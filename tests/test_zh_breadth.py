"""Chinese breadth beyond Yunnan and Guangxi (issue 15, helper zhpass): provinces of the north,
west and coast, their cities, leaders and stock formulations, and the Pacific-island region as
Chinese readouts name it. Sentences written for these tests (facts only taken from public
reports)."""

from __future__ import annotations

import pytest



# ─────────── regressions (each fails without its lexicon change) ───────────

@pytest.mark.parametrize("text", [
    # 太平洋地区国家: what Fujian readouts call the Pacific island countries
    "省长表示,福建愿同太平洋地区国家深化渔业和减贫合作。",
    "福建与太平洋建交岛国开展友城交往,已建立友城关系12对。",
    "该省将进一步拓展同太平洋地区各国的人文往来。",
])
def test_pacific_region_countries_are_pacific_islands(tagger, text):
    assert "PACIFIC_ISLANDS" in tagger.tag(text, date="2024-05-10").regions


def test_the_forum_name_alone_gives_no_region(tagger):
    # a body's name is background for the engagement (the realdev gold codes no region here)
    r = tagger.tag("6月20日，浙江省副省长在杭州会见前来参加中国-太平洋地区经贸合作论坛的客人。", date="2023-06-21")
    assert "PACIFIC_ISLANDS" not in r.regions


def test_sughd_region_is_tajikistan(tagger):
    r = tagger.tag("新疆维吾尔自治区副主席在乌鲁木齐会见塔吉克斯坦索格德州州长一行。", date="2024-06-01")
    assert r.partners == ["TJK"]
    r = tagger.tag("喀什地区行署专员会见索格德州代表团。", date="2024-06-01")
    assert r.partners == ["TJK"] and r.provinces == ["CN-XJ"]


# ─────────── guards: shapes that already work and must keep working ───────────

@pytest.mark.parametrize("text,date,province", [
    # a dated leader's bare name stands for the province (officials.yaml)
    ("梁惠玲会见俄罗斯堪察加边区州长一行。", "2024-11-20", "CN-HL"),
    ("许勤会见俄罗斯犹太自治州州长。", "2023-04-18", "CN-HL"),
    ("郝鹏会见韩国驻沈阳总领事。", "2024-03-01", "CN-LN"),
    ("周祖翼会见汤加国王一行。", "2025-11-21", "CN-FJ"),
    ("齐扎拉会见尼泊尔驻华大使。", "2018-05-17", "CN-XZ"),
    ("王儒林会见韩国驻沈阳总领事。", "2014-06-10", "CN-JL"),
    # a city, county, league or port stands for its province
    ("黑河市副市长会见俄罗斯驻沈阳总领事。", "2018-09-21", "CN-HL"),
    ("锡林郭勒盟盟长会见蒙古国苏赫巴托省省长。", "2024-06-01", "CN-NM"),
    ("阿拉山口市与哈萨克斯坦多斯特克签署口岸合作协议。", "2024-06-01", "CN-XJ"),
    ("吉隆口岸迎来尼泊尔商务代表团。", "2024-06-01", "CN-XZ"),
    ("盐城市外办主任拜会韩国驻上海总领事。", "2024-11-12", "CN-JS"),
])
def test_actor_from_leader_or_city(tagger, text, date, province):
    # a consulate's seat (驻沈阳, 驻上海) only locates: it adds no province
    assert tagger.tag(text, date=date).provinces == [province]


@pytest.mark.parametrize("text,types", [
    ("黑龙江着力打造我国向北开放新高地。", {"opening_up", "designated_role"}),
    ("辽宁着力打造东北亚开放合作枢纽地。", {"designated_role"}),
    ("西藏是我国面向南亚开放的重要通道。", {"designated_role", "opening_up"}),
    ("新疆要发挥独特的区位优势,使新疆成为我国向西开放的桥头堡。",
     {"leverage_advantage", "designated_role", "opening_up"}),
    ("内蒙古持续推进国家向北开放重要桥头堡建设。", {"designated_role", "opening_up"}),
    ("西藏自治区坚定不移贯彻执行中央周边外交工作方针,坚持睦邻友好。", {"periphery_diplomacy"}),
])
def test_northern_and_western_formulations(tagger, text, types):
    assert types <= set(tagger.tag(text, date="2024-06-01").formulations)


@pytest.mark.parametrize("text", [
    # statements of position and goals report no act
    "西藏被确立为我国面向南亚开放的重要通道和边境贸易的前沿。",
    "新疆被定位为丝绸之路经济带核心区,是我国向西开放的重要窗口。",
])
def test_position_statements_report_no_engagement(tagger, text):
    r = tagger.tag(text, date="2024-06-01")
    assert r.engagement is None and r.engagements == []


@pytest.mark.parametrize("text,code", [
    # variant and short forms of country names on city and provincial pages
    ("市外办主任在长沙与博兹瓦纳、赞比亚代表团进行了友好交流。", "BWA"),
    ("副省长在成都会见白俄总统办公厅副主任一行。", "BLR"),
    ("2016年,市长会见马其顿共和国驻华大使。", "MKD"),
])
def test_country_name_variants(tagger, text, code):
    assert code in tagger.tag(text, date="2024-06-01").partners


def test_belarus_in_full_still_wins(tagger):
    assert tagger.tag("省长会见白俄罗斯驻华大使。", date="2024-06-01").partners == ["BLR"]


@pytest.mark.parametrize("text,types", [
    # a role head after 开放合作(的) or with 综合/区域性 before it is a designation
    ("重庆加快打造内陆开放综合枢纽。", {"designated_role", "opening_up"}),
    ("大连着力打造东北亚开放合作的枢纽。", {"designated_role"}),
])
def test_role_after_opening_cooperation(tagger, text, types):
    assert types <= set(tagger.tag(text, date="2024-06-01").formulations)


def test_opening_window_period_is_no_role(tagger):
    # 窗口期 is a window of time, not a designation
    r = tagger.tag("当前正处于对外开放的窗口期,也是开放合作的窗口期。", date="2024-06-01")
    assert "designated_role" not in r.formulations


@pytest.mark.parametrize("text,code", [
    # a foreign region named without its country (headline, second sentence)
    ("黑龙江省副省长在哈尔滨会见卡卢加州代表团。", "RUS"),
    ("省长会见汉特-曼西自治区代表团一行。", "RUS"),
    ("双方将推动与斯塔夫罗波尔边疆区的农业合作。省长会见了边疆区代表团。", "RUS"),
    ("河南省副省长会见戈亚斯州州长一行。", "BRA"),
    ("青海省与安托法加斯塔大区签署锂产业合作协议。", "CHL"),
    ("福建省副省长会见东新不列颠省省长。", "PNG"),
    ("山东省与瓜纳华托州签署友好交流协议。", "MEX"),
    ("江苏省副省长会见南摩拉维亚州州长。", "CZE"),
    ("四川省与卡斯蒂亚拉曼查自治区签署建立友好省区协议。", "ESP"),
])
def test_foreign_region_without_its_country(tagger, text, code):
    assert tagger.tag(text, date="2024-06-01").partners == [code]


@pytest.mark.parametrize("text,code,wrong", [
    # a shorter country form inside the region's name must not win
    ("俄罗斯卡卢加州代表团访问黑龙江。", "RUS", "USA"),      # 加州
    ("俄罗斯马里埃尔共和国代表团访问湖北。", "RUS", "MLI"),  # 马里
    ("黑龙江省与科斯特罗马州签署合作协议。", "RUS", "ITA"),  # 罗马
    ("省长会见意大利巴西利卡塔大区代表团。", "ITA", "BRA"),  # 巴西
])
def test_region_names_hide_the_country_inside_them(tagger, text, code, wrong):
    partners = tagger.tag(text, date="2024-06-01").partners
    assert code in partners and wrong not in partners


@pytest.mark.parametrize("text,code", [
    ("省长会见乌克兰马里乌波尔市代表团。", "UKR"),   # 马里乌波尔 hides 马里 (Mali)
    ("副省长会见斯洛文尼亚马里博尔市市长。", "SVN"),  # 马里博尔 likewise
])
def test_cities_hiding_mali(tagger, text, code):
    assert tagger.tag(text, date="2024-06-01").partners == [code]


@pytest.mark.parametrize("text,province,wrong", [
    # a Chinese county or district whose name hides a country (or another province) form
    ("巴林右旗旗长会见蒙古国客人。", "CN-NM", "BHR"),
    ("黑山县县长会见韩国客商。", "CN-LN", "MNE"),
    ("原州区区长会见阿联酋客商。", "CN-NX", "KOR"),
    ("泗水县县长会见韩国客人。", "CN-SD", "IDN"),
    ("莱城区负责同志会见韩国客商。", "CN-SD", "PNG"),
    ("万柏林区区长会见日本客商。", "CN-SX", "DEU"),
    ("狮子山区区长会见法国客人。", "CN-AH", "SLE"),
    ("义安区区长会见法国客人。", "CN-AH", "VNM"),
    ("普兰店区区长会见日本客商。", "CN-LN", "CN-XZ"),
    ("金塔县县长会见哈萨克斯坦客商。", "CN-GS", "CN-XJ"),
])
def test_counties_hiding_other_places(tagger, text, province, wrong):
    r = tagger.tag(text, date="2024-06-01")
    assert r.provinces == [province] and wrong not in r.partners + r.provinces


@pytest.mark.parametrize("text,province", [
    # county-level units named alone on county pages
    ("莎车县县长会见巴基斯坦客商。", "CN-XJ"),
    ("墨脱县与尼泊尔客商座谈。", "CN-XZ"),
    ("东乌珠穆沁旗旗长会见蒙古国客人。", "CN-NM"),
    ("青铜峡市市长会见阿联酋客商。", "CN-NX"),
    ("荣成市市长会见韩国客人。", "CN-SD"),
    ("瓦房店市市长会见日本客商。", "CN-LN"),
])
def test_county_level_units(tagger, text, province):
    assert tagger.tag(text, date="2024-06-01").provinces == [province]


@pytest.mark.parametrize("text,province,wrong", [
    # a place whose name hides another province's city or abbreviation pair
    ("西藏自治区主席考察雅鲁藏布江下游,会见尼泊尔客人。", "CN-XZ", "CN-SD"),  # 鲁藏
    ("梅河口市市长会见韩国客商。", "CN-JL", "CN-YN"),                        # 河口
    ("大连市沙河口区区长会见日本客商。", "CN-LN", "CN-YN"),
    ("东营市在黄河口举办国际论坛,市长会见韩国客商。", "CN-SD", "CN-YN"),
    ("五大连池市市长会见俄罗斯客人。", "CN-HL", "CN-LN"),                    # 大连
    ("灯塔市市长会见韩国客商。", "CN-LN", "CN-XJ"),                          # 塔县
])
def test_places_hiding_other_provinces(tagger, text, province, wrong):
    r = tagger.tag(text, date="2024-06-01")
    assert province in r.provinces and wrong not in r.provinces


@pytest.mark.parametrize("text,code,wrong", [
    ("哈萨克斯坦巴尔喀什湖地区代表团访问甘肃。", "KAZ", "CN-XJ"),  # 喀什
    ("朝鲜平壤大同江区代表团访问吉林。", "PRK", "CN-HL"),          # 同江
])
def test_foreign_places_hiding_chinese_ones(tagger, text, code, wrong):
    r = tagger.tag(text, date="2024-06-01")
    assert code in r.partners and wrong not in r.provinces
