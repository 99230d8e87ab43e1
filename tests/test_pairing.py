"""Pairing and attribute rules of the engagement layer (TAXONOMY §3b): titles of both sides,
levels, dates, and which provinces are actors. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.tagger import Tagger


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger(model=None)


def first(tagger: Tagger, text: str, **kw):
    r = tagger.tag(text, **kw)
    assert r.engagements, text
    return r.engagements[0]


@pytest.mark.parametrize("text,official,counterpart", [
    # a foreign locality's national-sounding title is subnational
    ("四川省长在成都会见瑞典西约特兰省省督一行。", "governor", "subnational"),
    ("云南省委书记在昆明会见老挝琅南塔省副省长一行。", "party_secretary", "subnational"),
    ("广西壮族自治区副主席在南宁会见越南谅山省人民议会主席。", "deputy", "subnational"),
    # "Governor of" a Chinese province is the Chinese governor
    ("The Kazakh Ambassador met the Governor of Shaanxi Province in Xi'an.", "governor", "diplomat"),
    # breadth: foreign titles
    ("湖北省副省长在武汉会见马来西亚沙捞越州总理一行。", "deputy", "subnational"),
    ("云南省副省长在昆明会见柬埔寨副首相一行。", "deputy", "minister"),
    ("Jiangsu's vice governor met Kyrgyzstan's First Vice Prime Minister in Nanjing.", "deputy", "minister"),
    ("广东省外办主任在广州会见泰国驻广州总领馆官员。", "fao", "diplomat"),
    ("宁夏外侨办主任在银川会见阿曼驻华使馆临时代办。", "fao", "diplomat"),
    ("云南省外办主任在昆明会见中国—东盟中心秘书长一行。", "fao", "international_org"),
    ("The Yunnan governor met a delegation of US lawmakers in Kunming.", "governor", "legislature"),
    # Chinese side: county and township leaders; a Chinese university acts as `other`
    ("云南省勐腊县县长在勐腊会见老挝南塔省副省长。", "municipal", "subnational"),
    ("广西民族大学在南宁为东盟国家留学生举办开学典礼。", "other", "academic"),
    ("湖南省商务厅厅长在长沙会见肯尼亚驻华大使。", "other", "diplomat"),
])
def test_titles_of_both_sides(tagger, text, official, counterpart):
    e = first(tagger, text)
    assert (e.official, e.counterpart) == (official, counterpart)


def test_chinese_party_leaders_are_not_foreign_party_counterparts(tagger):
    e = first(tagger, "云南省委书记在昆明会见越共中央总书记一行。")
    assert (e.official, e.counterpart) == ("party_secretary", "party")
