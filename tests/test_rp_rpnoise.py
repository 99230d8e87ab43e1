"""Scraped pages with their noise (issue 15, helper rpnoise): menus, breadcrumbs, keyword
spam, feet of other pages' titles, image file names, section tags, watermarks and forum jammer
strings are blanked before tagging; offsets stay on the text as handed in; variant characters
mirror sites print read as the province they spell.

All texts here are written for these tests (the facts are public; no page's sentences).
"""

from __future__ import annotations

import pytest

from pipeline.documents import prepare
from pipeline.pagenoise import mask, noise_spans
from pipeline.schemas import Document


def _noise(text: str) -> list[str]:
    return [text[a:b] for a, b in noise_spans(text)]


# --- what is noise, and what is not ---------------------------------------------------------

def test_a_menu_of_short_lines_at_the_head_is_noise_but_the_headline_under_it_is_not():
    text = "首页\n要闻\n图片\n视频\n专题\n\n某市代表团赴首尔访问\n\n9月2日,某市代表团抵达首尔。"
    found = _noise(text)
    assert found == ["首页\n要闻\n图片\n视频\n专题"]
    assert "某市代表团赴首尔访问" not in "".join(found)


def test_short_lines_after_the_article_has_started_are_not_a_menu():
    text = "省长会见外国客人一行,双方就合作交换意见。\n经贸\n文化\n教育\n旅游\n"
    assert _noise(text) == []


def test_a_line_of_section_names_separated_by_spaces_is_a_menu_line():
    text = "本地新闻 社会民生 公示公告 周边县市 活力河南 旅游指南\n\n某市与韩国某市举行座谈。"
    assert _noise(text) == ["本地新闻 社会民生 公示公告 周边县市 活力河南 旅游指南"]


def test_a_keyword_spam_list_of_place_names_is_a_menu_line():
    line = "热门: 讷河市| 旅游| 武威市| 樟树市| 镇雄县| 延庆县|"
    # the label item carries a colon, so the line as a whole is not a menu; the list behind a
    # pipe-separated run of short items is
    assert _noise("正文一句话写完了。\n" + line.replace("热门: ", "")) == [line.replace("热门: ", "")]


def test_a_chinese_headline_with_one_space_is_not_a_menu_line():
    text = "第九届中国—南亚博览会开幕 副总理出席并致辞\n\n正文。"
    assert _noise(text) == []


def test_sentences_with_punctuation_between_pipes_are_not_a_menu():
    text = "The governor met the envoy | Both sides agreed, said the office. | Page 2\nThe expo opened."
    assert _noise(text) == []


@pytest.mark.parametrize("line", ["2024-07-24 09:41 | Author: xinhua | Source: xinhua",
                                  "http://www.example.com 2005年04月13日06:56 某某日报 | ||||",
                                  "2019-08-16 13:34 来源:某某网", "Published: 2021-03-17 08:15:42", "11.05.2018 07:22"])
def test_a_page_stamp_line_is_noise(line):
    assert _noise(line + "\n昨日,省长在省会会见了来访的客人。") == [line]


@pytest.mark.parametrize("line", ["2023年5月6日 10:30 省长会见越南驻华大使", "2023年5月6日上午，省长会见越南驻华大使。",
                                  "On 15 February 2019, the director met the secretary-general."])
def test_a_dated_act_is_no_stamp_line(line):
    assert _noise(line) == []


def test_the_page_stamp_no_longer_dates_an_act_reported_for_the_day_before():
    from pipeline.tagger import load

    text = ("某省省长会见某国公主\nhttp://www.example.com 2005年04月13日06:56 某省新闻网 | ||||\n"
            "昨日,四川省省长在成都会见了泰国公主一行。")
    rec = load(None, model=False).tag(text, date="2005-04-13")
    assert rec.engagements and rec.engagements[0].date == "2005-04-12"


@pytest.mark.parametrize("line", ["您当前的位置:某某新闻网 > 新闻中心 > 本地新闻 > 正文", "首页>信息公开>规划计划",
                                  "The current position: Home page > Local News", "Home  »  Events & News  »  News"])
def test_breadcrumbs_are_noise(line):
    assert _noise(line + "\n\nThe governor met the ambassador.") == [line]


def test_a_breadcrumb_ending_in_the_article_title_keeps_the_title():
    text = "HOME > News > City delegation visits three countries along the Belt and Road\n\nBody."
    kept = mask(text)
    assert "City delegation visits three countries along the Belt and Road" in kept
    assert "HOME" not in kept and "News >" not in kept


def test_the_foot_after_a_related_label_is_noise_to_the_end():
    body = "某省副省长在省会会见某国驻华大使一行,双方就经贸合作深入交换意见。" * 6
    foot = "相关文章\n某省与某国某州签署友好合作协议\n推荐文章"
    text = body + "\n" + foot
    assert _noise(text) == [foot]


def test_a_related_label_near_the_top_does_not_cut_the_article():
    text = "相关新闻\n某省副省长在省会会见某国驻华大使一行。" + "双方就合作交换意见。" * 20
    assert _noise(text) == []


def test_english_feet_are_noise():
    body = "The governor of the province said on Thursday that exchanges with Britain would deepen. " * 3
    text = body + "\n    Comments (0)\n    Most popular in 24h\n    Other story about another province"
    spans = noise_spans(text)
    assert len(spans) == 1 and text[spans[0][0]:].lstrip().startswith("Comments (0)")


def test_an_image_file_name_line_is_noise():
    text = ("Diplomats tour the province\n\nThe tour began on June 5.\n\n"
            "Diplomats tour the province_fororder_图片1\n\nGuests at the opening [Photo by a reporter]")
    assert _noise(text) == ["Diplomats tour the province_fororder_图片1"]


def test_a_section_tag_in_brackets_is_noise_but_the_headline_behind_it_is_not():
    text = "  [焦点图、魅力东盟]广西党政代表团赴越南谅山省访问\n正文。"
    assert _noise(text) == ["  [焦点图、魅力东盟]"]


def test_an_editor_tag_in_brackets_is_not_a_section_tag():
    text = "正文。\n【编辑:某某】"
    assert _noise(text) == []


def test_page_tool_links_are_noise():
    text = "正文写完了。\n【 纠 错 】【加入收藏】【打印本页】【关闭窗口】"
    assert _noise(text) == ["【 纠 错 】【加入收藏】【打印本页】【关闭窗口】"]


def test_cms_watermarks_inside_a_paragraph_are_noise():
    text = "副省长介绍了省情。 本文来自织梦\n记者会上他说,开放的大门越开越大。 dedecms.com"
    assert _noise(text) == ["本文来自织梦", "dedecms.com"]


def test_a_forum_jammer_string_is_noise_and_a_list_of_numbers_is_not():
    jam = "! k4 q# w% t2 Z$ ], @' u! M\" `: F3 ~5 {; Q9 S"
    assert _noise("论坛转帖。\n" + jam + "\n正文继续。") == [jam]
    assert _noise("条款见第 1, 2, 3, 4, 5 条。") == []


# --- masking keeps offsets, and the tagger no longer reads the noise -------------------------

def test_mask_keeps_length_and_line_breaks():
    text = "首页\n新闻\n图片\n视频\n某省长会见某国大使。"
    out = mask(text)
    assert len(out) == len(text)
    assert out.count("\n") == text.count("\n")
    assert out.endswith("某省长会见某国大使。")


def test_prepare_reads_the_head_date_before_blanking_and_blanks_after():
    text = "首页\n新闻\n图片\n视频\n发布时间:2019-09-06 10:00\n9月6日,某市会见韩国某市议会访问团。"
    doc = prepare(Document(id="x", text=text))
    assert doc.date is not None and doc.date.isoformat() == "2019-09-06"
    assert doc.text.startswith("  \n  \n")
    assert len(doc.text) == len(text)


def test_a_province_named_in_a_site_menu_is_not_an_actor(tagger):
    text = ("首页\n新闻中心\n电视节目\n微视频\n融媒直播\n"
            "本地新闻 社会民生 周边县市 活力河南 旅游指南\n\n"
            "延吉市人大接待韩国某市议会代表团\n\n9月6日,延吉市人大常委会在本市接待了韩国某市议会代表团,双方举行座谈。")
    rec = tagger.tag(text, date="2019-09-06")
    assert "CN-HA" not in rec.provinces
    assert "CN-JL" in rec.provinces


def test_a_spam_list_of_county_names_at_the_foot_makes_no_province(tagger):
    text = ("Jiangsu governor opens a trade week in London\n\n"
            "The governor of Jiangsu province opened a cultural and trade week on Thursday, "
            "saying that exchanges with Britain would deepen. " * 2
            + "\n\n    Comments (0)\n    Most popular in 24h\n\n"
            "    模板: 讷河市| 旅游| 武威市| 樟树市| 新疆| 延庆县| 海伦市|")
    rec = tagger.tag(text, date="2014-10-10")
    assert set(rec.provinces) == {"CN-JS"}


def test_a_section_tag_naming_a_bloc_adds_no_region(tagger):
    text = ("您的位置: 首页 > 广西要闻\n\n  [焦点图、魅力东盟]广西党政代表团赴越南谅山省访问\n\n"
            "3月12日,广西党政代表团在谅山省同该省领导举行会谈。")
    rec = tagger.tag(text, date="2018-02-26")
    assert "ASEAN" not in rec.regions
    assert "CN-GX" in rec.provinces


def test_evidence_offsets_are_offsets_into_the_text_as_handed_in(tagger):
    text = ("首页\n新闻中心\n电视节目\n微视频\n\n"
            "5月10日,湖南省副省长在长沙会见了来访的某国驻华大使一行。")
    rec = tagger.tag(text, date="2018-05-11")
    assert rec.engagements
    a, b = rec.engagements[0].evidence
    assert "会见" in text[a:b]


def test_the_shaanxi_variant_character_of_mirror_pages_reads_as_shaanxi(tagger):
    rec = tagger.tag("11月5日,陜西省代表團抵達北京,參加會議。", date="2012-11-06")
    assert "CN-SN" in rec.provinces


def test_the_variant_spelling_of_syria_reads_as_syria(tagger):
    rec = tagger.tag("4月2日,省長在省會會見敍利亞駐華大使一行。", date="2019-04-03")
    assert "SYR" in rec.partners


# --- a forum repost's own date -----------------------------------------------------------------

def test_a_forum_posts_edit_line_dates_the_page_not_a_members_mood_line():
    from pipeline.pagedates import head_date

    head = ("楼主\n版主 TA的每日心情 | 开心 2022-6-6 12:22 |\n签到天数: 5 天\n"
            "本帖最后由 某日报 于 2020-5-24 17:13 编辑\n外交部愿为某省再办一次推介活动。")
    assert head_date(head).isoformat() == "2020-05-24"


def test_a_members_mood_line_is_no_date_of_the_page():
    from pipeline.pagedates import head_date

    assert head_date("TA的每日心情 | 开心 2022-6-6 12:22\n某省代表团出访。") is None


# --- a line printed twice ------------------------------------------------------------------------

def test_a_headline_printed_twice_is_read_once():
    from pipeline.pagenoise import repeated_lines

    text = "某省与某国某州签署友好备忘录\n2025-10-18 来源: 某网\n\n某省与某国某州签署友好备忘录\n\n正文。"
    spans = repeated_lines(text, [])
    assert [text[a:b] for a, b in spans] == ["某省与某国某州签署友好备忘录"]
    assert spans[0][0] > text.index("来源")  # the later copy goes, the first stays


def test_a_headline_repeated_behind_a_section_tag_counts_as_repeated():
    text = "广西党政代表团赴越南谅山省访问\n\n  [焦点图、魅力东盟]广西党政代表团赴越南谅山省访问\n正文。"
    out = mask(text)
    assert out.count("广西党政代表团赴越南谅山省访问") == 1
    assert len(out) == len(text)


def test_short_repeated_lines_are_kept():
    text = "一、经贸\n正文一。\n一、经贸\n正文二。"
    assert mask(text) == text


# --- unlabelled teasers of other pages ------------------------------------------------------------

def test_unlabelled_teasers_ending_a_page_are_noise():
    body = "9日下午,省长在泉州会见了各国驻沪领事代表团。副省长陪同会见。\n\n"
    tail = ("某国—东盟海洋论坛在福州开幕\n  8日,某国—东盟海洋论坛在福州开幕。政府\n"
            "湿地公园获评生态示范项目\n  记者昨日从市园林局了解到,政府")
    text = body + tail
    assert _noise(text) == [tail]


def test_a_contents_page_is_no_teaser_block():
    text = "目录\n第一章 总则\n    第一节 历史跨越 \n第二章 服务总体外交\n    第二节 配合周边外交 \n第三章 建设开放高地\n    第三节 推进友城建设 "
    assert _noise(text) == []


def test_a_teaser_block_naming_a_bloc_adds_no_region_or_engagement(tagger):
    text = ("省长会见各国驻沪领事代表团\n\n08.09.2015  10:58\n\n9日下午,福建省省长在泉州会见了以意大利驻上海总领事为首的各国驻沪领事代表团。"
            "副省长陪同会见。\n\n某国—东盟海洋合作论坛在福州开幕\n  8日,中国(福建)—东盟海洋合作论坛在福州开幕。政府\n"
            "湿地公园获评生态示范项目\n  记者昨日从市园林局了解到,政府")
    rec = tagger.tag(text, date="2015-09-08")
    assert "ASEAN" not in rec.regions
    assert [e.category for e in rec.engagements] == ["high_level_meeting"]
