"""Which foreign partners an engagement has (round 14, qpart's probe grid): side countries an act page
names beside its act (China's own mission abroad, a trip or tie recalled, a later trade statistic, a
route's far end, a future venue agreed on, a firm's business elsewhere) are background; officials named
by post with a word of taking part make their country a participant; countries named only through a
public body, a university, a national railway or a head of state or government. Sentences written for
these tests (facts only)."""

from __future__ import annotations

import pytest

from pipeline.engagement.side_countries import present_sentence, side_country


def _partners(tagger, text):
    rec = tagger.tag(text, date="2024-06-05")
    return sorted(rec.partners), sorted({p for e in rec.engagements for p in e.partners})


@pytest.mark.parametrize("text,expected", [
    # China's own mission in a third country
    ("6月3日，广西壮族自治区副主席在南宁会见了老挝驻南宁总领事，中国驻柬埔寨大使馆参赞陪同会见。", ["LAO"]),
    ("Hainan Vice Governor met the Fijian Ambassador in Haikou on June 3, joined by the Chinese Ambassador to Samoa.",
     ["FJI"]),
    # a trip or tie recalled
    ("6月3日，省长梁惠玲在哈尔滨会见俄罗斯阿穆尔州州长。双方回顾了前年共同出席在哈萨克斯坦举办的博览会的情形。", ["RUS"]),
    ("Jilin Governor Hu Yuting met the mayor of Vladivostok in Changchun on June 3, recalling their joint trip to "
     "Mongolia in 2019.", ["RUS"]),
    ("6月3日，云南省副省长在昆明会见了缅甸驻昆明总领事。此前，云南已与孟加拉国开展农业技术合作。", ["MMR"]),
    ("Yunnan Vice Governor met the Myanmar Consul General in Kunming on June 3. Yunnan had earlier set up a farming "
     "project in Bangladesh.", ["MMR"]),
    # a trade statistic told after the act
    ("6月3日，自治区副主席在南宁会见了印度尼西亚驻华大使，并介绍了今年一季度广西对马来西亚、新加坡进出口增长15%的情况。", ["IDN"]),
    ("Guangxi Vice Chairman met the Indonesian Ambassador in Nanning on June 3, noting that Guangxi's exports to "
     "Malaysia grew 15 percent in the first quarter.", ["IDN"]),
    # a route's far end
    ("6月3日，新疆维吾尔自治区副主席在乌鲁木齐会见了吉尔吉斯斯坦交通部长，双方就乌鲁木齐经比什凯克至塔什干的货运班列交换意见。",
     ["KGZ"]),
    ("Xinjiang Vice Chairman met the Kyrgyz transport minister in Urumqi on June 3 to discuss freight trains from "
     "Urumqi to Tashkent.", ["KGZ"]),
    # a future venue agreed on
    ("6月3日，云南省副省长在昆明会见老挝农林部副部长，双方商定年内共同出席在泰国举办的农业展会。", ["LAO"]),
    ("Yunnan Vice Governor met a Lao deputy agriculture minister in Kunming on June 3; both sides agreed to attend "
     "a farm fair in Thailand in October.", ["LAO"]),
    # a firm's business elsewhere
    ("6月3日，辽宁省副省长在沈阳会见日本某商社社长，该公司在越南和泰国设有工厂。", ["JPN"]),
    ("Liaoning Vice Governor met the president of a Japanese trading house with factories in Vietnam and Thailand "
     "in Shenyang on June 3.", ["JPN"]),
])
def test_side_countries_are_background(tagger, text, expected):
    doc, eng = _partners(tagger, text)
    assert doc == expected and eng == expected


def test_a_route_opened_keeps_its_far_end(tagger):
    # the route launched is the act itself: its far end is the partner (dev-b-0003's convention)
    doc, _ = _partners(tagger, "6月3日，防城港至越南岘港的集装箱航线正式开通。")
    assert doc == ["VNM"]


def test_a_statistic_page_keeps_its_trade_partner(tagger):
    doc, _ = _partners(tagger, "据海关统计，今年前五个月吉林省对韩国进出口增长8%。")
    assert doc == ["KOR"]


@pytest.mark.parametrize("text,expected", [
    ("6月3日，第七届中国—南亚博览会在昆明开幕，省长出席。尼泊尔副总统、马尔代夫经济部长等嘉宾出席。", ["MDV", "NPL"]),
    ("6月3日，中国—东盟博览会在南宁开幕，自治区主席出席。马来西亚副总理、柬埔寨副首相等东盟国家领导人出席。", ["KHM", "MYS"]),
    ("The South Asia expo opened in Kunming on June 3, with the Yunnan governor presiding. Sri Lanka's prime "
     "minister spoke at the opening. Nepal's deputy prime minister spoke too.", ["LKA", "NPL"]),
])
def test_officials_taking_part_are_participants(tagger, text, expected):
    doc, eng = _partners(tagger, text)
    assert set(expected) <= set(doc) and set(expected) <= set(eng)


@pytest.mark.parametrize("text,expected", [
    ("6月3日，省委书记在昆明会见了敏昂莱一行。", ["MMR"]),
    ("Xinjiang's party chief met Shavkat Mirziyoyev in Urumqi on June 3.", ["UZB"]),
    ("6月3日，辽宁省副省长在沈阳会见了早稻田大学校长一行。", ["JPN"]),
    ("Jilin Vice Governor met a KOICA delegation in Changchun on June 3.", ["KOR"]),
    ("6月3日，黑龙江省副省长在哈尔滨会见俄罗斯铁路公司副总裁。", ["RUS"]),
    ("Guangxi Vice Chairman met the head of Vietnam Railways in Nanning on June 3.", ["VNM"]),
    ("6月3日，俄中蒙三方地方合作会议在海拉尔举行。", ["MNG", "RUS"]),
])
def test_countries_named_through_bodies_and_leaders(tagger, text, expected):
    doc, _ = _partners(tagger, text)
    assert doc == expected


def test_helpers():
    t = "会见中国驻泰国大使。"
    assert side_country(t, t.index("泰国"), t.index("泰国") + 2, 0, len(t))
    t = "会见泰国驻华大使。"
    assert not side_country(t, t.index("泰国"), t.index("泰国") + 2, 0, len(t))
    t = "尼泊尔副总统出席。"
    assert present_sentence(t, 0, len(t), [(0, 3)])
    t = "The Chinese Ambassador to Nepal attended."
    assert not present_sentence(t, 0, len(t), [(t.index("Nepal"), t.index("Nepal") + 5)])


@pytest.mark.parametrize("text,expected", [
    ("6月3日，黑龙江省副省长在哈尔滨会见了俄远东地区企业代表团。", ["RUS"]),
    ("6月3日，新疆维吾尔自治区副主席在乌鲁木齐会见了曼格斯套州副州长。", ["KAZ"]),
    ("6月3日，海南省副省长在海口会见了邦板牙省省长。", ["PHL"]),
    ("Inner Mongolia's vice chairman met the head of Zabaikalsk district in Manzhouli on June 3.", ["RUS"]),
])
def test_partner_places_found_missing(tagger, text, expected):
    doc, _ = _partners(tagger, text)
    assert doc == expected
