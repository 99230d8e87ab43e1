"""Texts that report no act, and place traps, on real pages (helper fxnoact, issue 15).

1. Hong Kong, Macao and Taiwan act only where the text reports them acting: a plan's or a goal's
   other party (同港澳加强交往), an exhibitor count (港澳台…家机构报名参展), travel statistics, a quoted
   remark, a consular corps seated in Hong Kong and Macao touring a province (the SAR organising it
   or its officials attending with it), geography (与港澳地缘相近, 广深港高铁).

Every sentence here is written for the test.
"""

import pytest

from pipeline.engagement.sar_acts import sar_geography, sar_seats_consuls


# -------------------------------------------- 1. Hong Kong, Macao and Taiwan that do not act

@pytest.mark.parametrize("text", [
    # a goal with the SARs as the other party, in a domestic work meeting
    "6月2日，区外办召开全区外事工作会议暨业务培训会。会议要求持续扩大同周边国家的友好往来，进一步深化同港澳地区的交流合作。",
    # an exhibitor count listing every Chinese unit
    "第八届某某博览会将于9月在银川举办。截至8月1日，已有40个国家、28个省（区、市）及港澳台400余家企业报名参展。",
    # travel statistics
    "记者从省公安厅获悉，2023年全省共签发因私出入境证件180万件，其中往来港澳地区签注120万件，同比增长三成。",
    # a quoted remark at a mainland expo
    "5月6日，省委书记在广州会见出席博览会的汤加副首相。他说，广东将携手港澳推进大湾区建设。",
])
def test_named_sars_that_report_no_act_are_no_provinces(tagger, text):
    rec = tagger.tag(text, lang="zh")
    assert not {"CN-HK", "CN-MO", "CN-TW"} & set(rec.provinces), rec.provinces
    for e in rec.engagements:
        assert not {"CN-HK", "CN-MO", "CN-TW"} & set(e.provinces), e


def test_an_exhibitor_count_in_english_names_no_sar(tagger):
    text = ("The fifth China-Arab States Expo opened on Thursday in Yinchuan. All Arab states take part, "
            "alongside delegations from China's 31 provincial-level regions, Hong Kong and Macao special "
            "administrative regions and Taiwan region.")
    rec = tagger.tag(text, lang="en")
    assert not {"CN-HK", "CN-MO", "CN-TW"} & set(rec.provinces), rec.provinces
    assert "CN-NX" in rec.provinces


def test_a_consular_corps_seated_in_hong_kong_and_macao_tours_a_province(tagger):
    text = ("4月12日，由澳门特区政府组织的驻港澳领团一行18人抵达长沙，开始对湖南为期三天的参观访问。"
            "成员包括智利、秘鲁、蒙古国等国驻港澳总领事。湖南与港澳地缘相近，高铁开通后长沙到达香港只需3小时。")
    rec = tagger.tag(text, lang="zh")
    assert "CN-HN" in rec.provinces
    assert not {"CN-HK", "CN-MO"} & set(rec.provinces), rec.provinces
    assert rec.engagements and all(not {"CN-HK", "CN-MO"} & set(e.provinces) for e in rec.engagements)


def test_sar_officials_attending_with_consuls_at_a_mainland_event(tagger):
    text = ("7月3日，海南自贸港政策推介会在海口举办。外国驻港总领事、在港商会负责人以及香港特区政府官员"
            "与海南省外办代表齐聚一堂。")
    rec = tagger.tag(text, lang="zh")
    assert "CN-HK" not in rec.provinces, rec.provinces
    assert "CN-HI" in rec.provinces


@pytest.mark.parametrize("text,code", [
    ("9月2日，香港特区政府代表团访问云南，云南省省长会见代表团一行。", "CN-HK"),
    ("6月1日，山东在香港举办文化旅游推介会，山东企业与香港企业签署合作协议。", "CN-HK"),
    ("3月5日，澳门特区行政长官会见来访的葡萄牙外长。", "CN-MO"),
    ("7月7日，福建省委书记率团访问台湾，开展为期5天的交流活动。", "CN-TW"),
])
def test_sars_that_act_still_count(tagger, text, code):
    rec = tagger.tag(text, lang="zh")
    assert code in rec.provinces, rec.provinces


def test_the_frames_read_alone():
    assert sar_seats_consuls("外国驻港总领事出席。")
    assert sar_seats_consuls("Consuls general in Hong Kong toured Hunan.")
    assert not sar_seats_consuls("香港特区政府代表团访问云南。")
    s = "湖南与港澳地缘相近。"
    assert sar_geography(s, 3, 5)
    s = "乘坐广深港高铁前往。"
    assert sar_geography(s, 4, 5)
    s = "香港特区政府代表团访问云南。"
    assert not sar_geography(s, 0, 2)
