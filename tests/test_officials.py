"""Officials lexicon (issue 14 item 2): a dated leader's name stands for the province."""

from datetime import date

import pytest

from pipeline.annotate import annotate_places
from pipeline.annotate.officials import official_post, post_for
from pipeline.lexicon import load, validate
from pipeline.schemas import Document, OfficialEntry

PROVINCE_CODES_31 = {
    "CN-BJ", "CN-TJ", "CN-HE", "CN-SX", "CN-NM", "CN-LN", "CN-JL", "CN-HL", "CN-SH", "CN-JS", "CN-ZJ",
    "CN-AH", "CN-FJ", "CN-JX", "CN-SD", "CN-HA", "CN-HB", "CN-HN", "CN-GD", "CN-GX", "CN-HI", "CN-CQ",
    "CN-SC", "CN-GZ", "CN-YN", "CN-XZ", "CN-SN", "CN-GS", "CN-QH", "CN-NX", "CN-XJ",
}


def provinces(lexicon, text, day=None):
    ms = annotate_places(Document("t", text, date=day), lexicon)
    return sorted({m.code for m in ms if m.label == "province"})


def test_every_unit_has_secretary_and_governor_every_day_since_2012(lexicon):
    days = [date(2012, 2, 1), date(2012, 6, 1), date(2012, 12, 31), date(2015, 6, 1), date(2018, 6, 1),
            date(2021, 6, 1), date(2024, 6, 1)]
    for code in PROVINCE_CODES_31:
        for post in ("party_secretary", "governor"):
            for day in days:
                held = [e for e in lexicon.official_entries if e.code == code and e.post == post and e.valid_on(day)]
                assert held, (code, post, day)


@pytest.mark.parametrize("text, day, expected", [
    ("马兴瑞会见哈萨克斯坦驻华大使", date(2023, 3, 1), ["CN-XJ"]),      # Xinjiang secretary since 2021-12
    ("马兴瑞会见法国客人", date(2019, 3, 1), ["CN-GD"]),               # Guangdong governor then
    ("馬興瑞視頻會見法國客人", date(2020, 11, 30), ["CN-GD"]),          # Traditional script
    ("王宁会见老挝客人", date(2023, 1, 10), ["CN-YN"]),
    ("王宁会见菲律宾客人", date(2021, 1, 10), ["CN-FJ"]),               # Fujian governor then
    ("郝鹏王新伟会见刚果(布)总统", date(2025, 9, 7), ["CN-LN"]),
    ("Governor Ma Xingrui met the consul general", date(2018, 5, 1), ["CN-GD"]),
    ("王君正在加德满都会见尼泊尔总理", None, ["CN-XZ"]),               # undated, one post only
    ("马兴瑞会见哈萨克斯坦客人", None, []),                           # undated, two provinces
    ("景俊海会见韩国客人", None, []),                                 # undated, two posts (strict)
    ("马兴瑞会见客人", date(2010, 1, 1), []),                         # before any post
    ("赵乐际会见韩国客人", None, []),                                 # one post, but later national
    ("赵乐际会见韩国客人", date(2010, 5, 1), ["CN-SN"]),              # Shaanxi secretary then
    ("Commerce Minister Wang Wentao met guests", None, []),
    ("全国政协主席王沪宁会见越南客人", None, []),                     # not 沪宁 (Shanghai–Nanjing)
    ("沪宁高速沿线城市代表团访问日本", None, ["CN-JS", "CN-SH"]),
    ("薄熙来会见新加坡客人", date(2011, 9, 1), ["CN-CQ"]),             # Chongqing secretary to 2012-03-15
    ("刘淇会见奥委会官员", date(2012, 5, 1), ["CN-BJ"]),
    ("刘淇会见奥委会官员", date(2013, 5, 1), []),                     # after his term
])
def test_leader_name_resolves_through_the_date(lexicon, text, day, expected):
    assert provinces(lexicon, text, day) == expected


@pytest.mark.parametrize("text, day", [
    ("中韩正式建交三十年", date(2015, 5, 1)),          # 韩正 (Shanghai 2003-2017) inside 中韩正式
    ("双方同意加强卫生健康合作", date(2014, 5, 1)),     # 强卫 (Jiangxi 2013-2016) inside 加强卫生
    ("项目进入扩张工作阶段", date(2022, 5, 1)),         # 张工 (Tianjin mayor) inside 扩张工作
    ("国务院副总理胡春华会见越南客人", date(2015, 5, 1)),  # national title: not Guangdong
    ("Vice Premier Hu Chunhua met guests", date(2015, 5, 1)),
])
def test_name_inside_a_word_or_after_a_national_title_is_no_province(lexicon, text, day):
    assert provinces(lexicon, text, day) == []


def test_mention_carries_the_post_for_the_engagement_layer(lexicon):
    ms = annotate_places(Document("t", "省长韩正会见日本客人", date=date(2008, 1, 1)), lexicon)
    (m,) = [m for m in ms if m.label == "province"]
    assert (m.code, m.rule) == ("CN-SH", "official:" + m.entry)
    assert official_post(m, lexicon) == "governor"
    ms = annotate_places(Document("t", "韩正会见日本客人", date=date(2014, 1, 1)), lexicon)
    assert official_post([m for m in ms if m.label == "province"][0], lexicon) == "party_secretary"
    assert official_post("country.VNM.compounds", lexicon) is None


def test_post_for_prefers_the_highest_post_and_refuses_two_provinces():
    a = OfficialEntry(id="a", code="CN-JL", post="governor", zh=["某某"], valid_from=date(2017, 1, 1),
                      valid_to=date(2020, 7, 31))
    b = OfficialEntry(id="b", code="CN-JL", post="party_secretary", zh=["某某"], valid_from=date(2020, 7, 31))
    c = OfficialEntry(id="c", code="CN-AH", post="party_secretary", zh=["某某"], valid_from=date(2020, 7, 31))
    assert post_for((a, b), date(2020, 7, 31)).id == "b"
    assert post_for((a, b, c), date(2021, 1, 1)) is None
    assert post_for((a,), None).id == "a"
    assert post_for((a, b), None) is None


def test_bad_official_entries_are_reported_with_file_and_line(tmp_path):
    (tmp_path / "places").mkdir()
    (tmp_path / "places" / "provinces.yaml").write_text(
        "- {id: province.CN-YN, code: CN-YN, zh: [云南]}\n", encoding="utf-8")
    (tmp_path / "officials.yaml").write_text(
        "- {id: o.ok, code: CN-YN, post: governor, zh: [某甲], valid_from: 2020-01-01}\n"
        "- {id: o.country, code: VNM, post: governor, zh: [某乙], valid_from: 2020-01-01}\n"
        "- {id: o.post, code: CN-YN, post: king, zh: [某丙], valid_from: 2020-01-01}\n"
        "- {id: o.undated, code: CN-YN, post: governor, zh: [某丁]}\n"
        "- {id: o.place, code: CN-YN, post: governor, zh: [云南], valid_from: 2020-01-01}\n"
        "- {id: o.order, code: CN-YN, post: governor, zh: [某戊], valid_from: 2020-01-01, valid_to: 2019-01-01}\n",
        encoding="utf-8")
    got = {(p.code, p.file, p.line) for p in validate(tmp_path)}
    assert ("E025", "officials.yaml", 2) in got
    assert ("E022", "officials.yaml", 3) in got
    assert ("E022", "officials.yaml", 4) in got
    assert ("E024", "officials.yaml", 5) in got
    assert ("E022", "officials.yaml", 6) in got
    assert not any(line == 1 for _, f, line in got if f == "officials.yaml")
    load(tmp_path, strict=False)
