"""Provinces, partners and venues on real pages, fix round 2 (helper fxplace, issue 15).

1. Hong Kong and Macao named where they do not act: the mainland's work on them
   (外事港澳工作), the seat of a consul or commissioner (驻港澳总领事), travel statistics
   (往来港澳), and the Greater Bay Area as a strategy a province joins.

Every sentence here is written for the test.
"""

import pytest


# ------------------------------------------------------- 1. Hong Kong and Macao not acting

@pytest.mark.parametrize("text", [
    "6月3日，省外办召开全体干部会议，要求聚焦外事港澳工作主业，落实对港澳工作决策部署。湖南省外办主任主持会议。",
    "5月8日，由外交部驻澳门特派员公署组织的驻港澳领团一行抵达长沙，湖南省副省长会见了代表团。",
    "去年山东省批准内地居民往来港澳156万人次，港澳业务受理量持续增长。山东省公安厅发布上述数据。",
    "山东省主动融入粤港澳大湾区建设国家战略，6月1日山东省代表团在济南举办推介会。",
])
def test_hong_kong_and_macao_that_do_not_act_are_no_provinces_zh(tagger, text):
    rec = tagger.tag(text, lang="zh")
    assert not {"CN-HK", "CN-MO"} & set(rec.provinces), rec.provinces


def test_the_greater_bay_area_as_a_strategy_is_no_actor_en(tagger):
    text = ("Shandong Governor met a Korean delegation in Jinan on Monday. He said the province "
            "will learn from the Guangdong-Hong Kong-Macao Greater Bay Area.")
    rec = tagger.tag(text, lang="en")
    assert not {"CN-HK", "CN-MO", "CN-GD"} & set(rec.provinces), rec.provinces
    assert "CN-SD" in rec.provinces


def test_hong_kong_acting_still_counts(tagger):
    rec = tagger.tag("9月2日，香港特区政府代表团访问云南，云南省省长会见代表团一行。", lang="zh")
    assert "CN-HK" in rec.provinces
