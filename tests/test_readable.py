"""The reading view (pipeline/readable.py): scraping leftovers undone, offsets mapped back."""

from __future__ import annotations

import pytest

from pipeline.readable import reading_view


def test_a_clean_text_has_no_view():
    assert reading_view("云南省长会见老挝客人。\n双方签署协议。") is None
    assert reading_view("The governor met the consul general on Monday.") is None


def test_invisible_characters_go_and_spans_map_back():
    text = "省长会见老\u200b挝\u00ad客人"
    v = reading_view(text)
    assert v.text == "省长会见老挝客人"
    s, e = v.span(4, 6)  # 老挝
    assert text[s:e] == "老\u200b挝"
    assert v.span(0, 2) == (0, 2)
    assert text[slice(*v.span(6, 8))] == "客人"
    assert v.start(len(v.text)) == len(text)


def test_entities_become_their_character_and_span_the_whole_entity():
    text = "He met&nbsp;the envoy &ldquo;today&rdquo; &amp;nbsp;now &bogus; &#65;"
    v = reading_view(text)
    assert v.text == "He met the envoy “today” \u00a0now &bogus; A".replace("\u00a0", " ")
    k = v.text.index("“")
    assert text[slice(*v.span(k, k + 1))] == "&ldquo;"
    assert text[slice(*v.span(k, k + 7))] == "&ldquo;today&rdquo;"


def test_non_breaking_spaces_become_spaces_in_place():
    text = "Party\u00a0Secretary\u00a0Wang met them."
    v = reading_view(text)
    assert v.text == "Party Secretary Wang met them." and v.span(6, 15) == (6, 15)


def test_hard_wrapped_chinese_lines_join_and_paragraphs_stay():
    lines = ["云南省代表团在万象出席中老经贸合作论坛期间，先后会见了老",
             "挝计划投资部、工贸部负责人，并与来自柬埔寨、泰国、缅甸、越",
             "南等国的商会代表座谈，双方就跨境物流、农产品贸易等议题深入",
             "交换意见。",
             "会后，代表团前往琅勃拉邦考察。"]
    text = "\n".join(lines)
    v = reading_view(text)
    assert "会见了老挝计划投资部" in v.text and "缅甸、越南等国" in v.text
    assert "交换意见。\n会后" in v.text  # a sentence's end is a paragraph's end, not a wrap


def test_hard_wrapped_english_lines_become_one_line():
    lines = ["The delegation from Heilongjiang province met officials of the",
             "Amur region administration in Blagoveshchensk on Tuesday and",
             "discussed cross-border trade, the new bridge and river cargo",
             "routes between the two banks.",
             "They left for Khabarovsk the next day."]
    v = reading_view("\n".join(lines))
    assert "Tuesday and discussed" in v.text and "cargo routes" in v.text
    assert "banks.\nThey" in v.text


def test_ragged_lines_are_no_wrap():
    text = "云南省领导会见越南客人\n双方就合作交换意见并达成共识\n会后参观了园区企业和口岸设施建设\n晚上出席欢迎宴会"
    assert reading_view(text) is None


def test_tagging_reads_past_zero_width_spaces_and_entities(tagger):
    clean = "5月12日，广西壮族自治区副主席在南宁会见越南驻南宁总领事，双方就边境贸易交换意见。"
    noisy = "5月12日，广西壮族自治区副\u200b主席在南宁会\u200b见越南驻南宁总领事&nbsp;，双方就边境贸易交换意见。"
    a, b = tagger.tag(clean, date="2024-05-20"), tagger.tag(noisy, date="2024-05-20")
    assert (b.provinces, b.partners, b.engagement) == (a.provinces, a.partners, a.engagement)
    ea, eb = a.engagements[0], b.engagements[0]
    assert (eb.official, eb.counterpart, eb.direction, eb.date) == (ea.official, ea.counterpart, ea.direction, ea.date)
    for m in b.mentions:
        assert m.text == noisy[m.start:m.end]
    s, e = eb.evidence
    assert noisy[s:e].startswith("5月12日") and noisy[s:e].endswith("交换意见。")


def test_tagging_a_hard_wrapped_list_finds_every_country(tagger):
    body = ("6月3日，第五届中国—南亚博览会在昆明开幕，来自孟加拉国、尼泊尔、斯里兰卡、巴基斯坦、马尔代夫、阿富汗等国"
            "的政府官员和企业代表约两千人参加开幕式。云南省委书记出席开幕式并致辞，与参展的尼泊尔、斯里兰卡代表团团长进行了交流。")
    text = "\n".join(body[i:i + 30] for i in range(0, len(body), 30))  # a fixed-width page: 30 characters a line
    rec = tagger.tag(text, date="2024-06-05")
    assert {"BGD", "NPL", "LKA", "PAK", "MDV", "AFG"} <= set(rec.partners)
    for m in rec.mentions:
        assert m.text == text[m.start:m.end]


def test_traditional_text_is_read_in_simplified_form_offsets_kept(tagger):
    simple = "4月8日，福建省副省长在福州会见新加坡驻厦门总领事，双方就教育、旅游合作交换意见。"
    trad = "4月8日，福建省副省長在福州會見新加坡駐廈門總領事，雙方就教育、旅遊合作交換意見。"
    v = reading_view(trad, tagger.lexicon.normalizer.simplified_form)
    assert v.text == simple and v.span(3, 9) == (3, 9)


@pytest.mark.parametrize("simple", [
    "4月8日，福建省副省长在福州会见新加坡驻厦门总领事，双方就教育、旅游合作交换意见。",
    # (read in Traditional, 文化旅遊 once decided the field of a founded alliance: culture)
    "南宁市与越南海防市牵头组建北部湾港口城市联盟，推动成员城市开展港航物流、文化旅游等方面的务实合作。",
])
def test_a_traditional_repost_gets_the_record_of_its_simplified_original(simple, tagger):
    import opencc

    trad = opencc.OpenCC("s2t").convert(simple)
    assert trad != simple
    a, b = tagger.tag(simple, date="2024-04-10"), tagger.tag(trad, date="2024-04-10")
    assert (b.provinces, b.partners, b.engagement) == (a.provinces, a.partners, a.engagement)
    assert [(e.category, e.official, e.counterpart, e.direction) for e in b.engagements] == \
           [(e.category, e.official, e.counterpart, e.direction) for e in a.engagements]
    assert all(m.text == trad[m.start:m.end] for m in b.mentions)


def test_a_headline_and_a_stamp_line_of_one_width_are_no_wrap():
    headline, stamp = "吉林省代表团访问俄罗斯滨海边疆区推动口岸合作", "发布日期：2019/6/3 来源：省外事办公室"
    assert (len(headline), len(stamp)) == (22, 23)  # one width, give or take one: still no wrap with two lines
    text = f"首页 >> 外事要闻 >> 正文\n\n{headline}\n{stamp}\n\n6月1日至3日……"
    assert reading_view(text) is None


def test_the_evidence_text_is_the_original_sentence(tagger):
    text = "云南省副省长在昆明会见老\u200b挝驻华大使&nbsp;，双方就合作交换意见。\n"
    e = tagger.tag(text).engagements[0]
    s, t = e.evidence
    assert e.provenance["evidence"].text == text[s:t].strip()
    assert "\u200b" in e.provenance["evidence"].text and "&nbsp;" in e.provenance["evidence"].text
