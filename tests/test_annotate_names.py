"""pipeline.annotate.names: place forms spelt by a transliterated foreign name's syllables."""

import doctest

import pytest

from pipeline.annotate import annotate_places, names
from pipeline.schemas import Document


def countries(lexicon, text):
    return sorted({m.code for m in annotate_places(Document("t", text), lexicon) if m.label == "country"})


def test_doctests():
    assert doctest.testmod(names).failed == 0


@pytest.mark.parametrize("text, expected", [
    # a syllable run ending at the dot holds a place form: no place
    ("自治区主席会见吉尔吉斯斯坦驻华大使阿扎马特·沙赫拉特一行", ["KGZ"]),
    ("省长会见了乌兹别克斯坦驻华大使沙赫拉特·努雷舍夫", ["UZB"]),
    # the same form after the dot, inside the second segment
    ("副省长会见塔吉克斯坦客人努雷·沙赫拉特", ["TJK"]),
    # without a dot the form stays a place (Herat, Afghanistan)
    ("企业代表团赴阿富汗赫拉特考察", ["AFG"]),
    # a form right after the dot, or after a word that is no syllable, keeps its place
    ("第二十届中国·东盟博览会在南宁开幕", []),
    ("在河内举办越南·中国商品展", ["VNM"]),
    ("中国·老挝万象赛色塔综合开发区", ["LAO"]),
])
def test_dotted_names(lexicon, text, expected):
    assert countries(lexicon, text) == expected


def test_regions_after_the_dot_kept(lexicon):
    ms = annotate_places(Document("t", "2024中国·南亚博览会开幕"), lexicon)
    assert "SOUTH_ASIA" in {m.code for m in ms if m.label == "region"}


def test_province_never_hidden(lexicon):
    ms = annotate_places(Document("t", "中国云南·老挝北部合作特别工作组会议召开"), lexicon)
    assert "CN-YN" in {m.code for m in ms if m.label == "province"}


def test_no_dot_no_scan():
    assert not names.has_name_dot("赫拉特")
    assert names.has_name_dot("沙赫拉特·努雷舍夫")
