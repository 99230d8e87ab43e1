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
    text = ("The sixth China-Arab States Expo got under way in Yinchuan on Thursday. All Arab states are "
            "represented, alongside delegations from Taiwan, Hong Kong, Macao and the mainland's 31 provinces.")
    rec = tagger.tag(text, lang="en")
    assert not {"CN-HK", "CN-MO", "CN-TW"} & set(rec.provinces), rec.provinces
    assert "CN-NX" in rec.provinces


def test_a_consular_corps_seated_in_hong_kong_and_macao_tours_a_province(tagger):
    text = ("9月8日，驻港澳领团一行15人应香港特区政府安排抵达南宁，在广西开展为期四天的考察。"
            "成员包括阿根廷、哥伦比亚、泰国等国驻港澳总领事。广西与港澳地缘相近，从南宁乘高铁前往香港仅需5小时。")
    rec = tagger.tag(text, lang="zh")
    assert "CN-GX" in rec.provinces
    assert not {"CN-HK", "CN-MO"} & set(rec.provinces), rec.provinces
    assert rec.engagements and all(not {"CN-HK", "CN-MO"} & set(e.provinces) for e in rec.engagements)


def test_sar_officials_attending_with_consuls_at_a_mainland_event(tagger):
    text = ("8月9日，福建自贸试验区专场推介会在福州举行。香港特区政府官员、外国驻港总领事和在港商会代表"
            "应邀出席。")
    rec = tagger.tag(text, lang="zh")
    assert "CN-HK" not in rec.provinces, rec.provinces
    assert "CN-FJ" in rec.provinces


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


# ------------------------------------------- 2. summaries, announcements, briefings: no act

NO_ACT_ZH = [
    # a year's summary at a work meeting: last year's signings
    "记者昨日从全市外事工作会议上获悉，我市友好城市已达15个。去年，我市还与意大利某市签署建立友好城市协议书，"
    "与乌克兰某市签署建立友好关系协议书。会议对今年的外事工作进行了部署。",
    # a retrospective lead opening a list over semicolons
    "近年来，某区外事工作亮点纷呈：成功举办中越边境省区党委书记会晤；配合外交部成功举办中国与老挝、越南外长会晤活动；"
    "成功在美国举办友好图片展，促进民间交流。",
    # a national visit announced, its stops carried over commas; the hosts of the invitation listed
    "应南非外长、法国外长、瑞士外长邀请，国务委员兼外长将于10月17日至23日对南非进行正式访问，"
    "赴法国主持人文交流机制会议，赴瑞士主持外长级战略对话。",
    # a press briefing presenting a forum; the agency's dateline gives the report's day
    "3月20日，某省政府召开博鳌亚洲论坛年会新闻发布会。中新社博鳌3月20日电 博鳌亚洲论坛每年在博鳌召开年会，"
    "每年都有新的故事。",
    # a press briefing on achievements, the acts it presents undated
    "11月5日，某区政府新闻办举行“扩大开放”系列主题新闻发布会，介绍周边外交工作情况。某区代表团访问越南期间，"
    "签署20个合作项目。同时，某区还促成多国企业签署框架合作协议。",
]


@pytest.mark.parametrize("text", NO_ACT_ZH)
def test_summaries_announcements_and_briefings_report_no_act_zh(tagger, text):
    rec = tagger.tag(text, lang="zh")
    # (a work meeting reporting a summary may still be China's own domestic_coordination)
    assert all(e.category == "domestic_coordination" and not e.partners for e in rec.engagements), [
        (e.category, e.partners, e.evidence) for e in rec.engagements]


@pytest.mark.parametrize("text", [
    # a future main verb carried over "and" to the performances
    "From March 1 to March 20, Chongqing will send three arts troupes to France and Spain, according to the city's "
    "culture commission. Chongqing will organise a team made up of the City Dance Troupe and the Opera Troupe and "
    "give performances in Paris, France and Madrid, Spain.",
    # a preview at a press briefing
    "Two Hainan parallel sessions of the Boao Forum for Asia start next week, as announced at a press conference. "
    "The annual conference, which opens on April 18, will focus on ocean economies, the press conference held in "
    "Haikou on April 15 was told.",
])
def test_announcements_and_briefings_report_no_act_en(tagger, text):
    rec = tagger.tag(text, lang="en")
    assert rec.engagements == [], [(e.category, e.partners, e.evidence) for e in rec.engagements]


@pytest.mark.parametrize("text,lang,category", [
    ("5月3日，我市与意大利某市签署建立友好城市协议书。", "zh", "cooperation_project"),
    ("2023年5月3日，省长在昆明会见老挝客人，随后赴西双版纳考察。", "zh", "high_level_meeting"),
    ("近年来两地交往密切。6月2日，省长会见越南广宁省委书记一行。", "zh", "high_level_meeting"),
    ("On May 5 the Party secretary of Yunnan met the Lao ambassador in Kunming and signed an agreement.", "en",
     "cooperation_project"),
])
def test_dated_acts_are_still_reported(tagger, text, lang, category):
    rec = tagger.tag(text, lang=lang)
    assert category in [e.category for e in rec.engagements], [(e.category, e.partners) for e in rec.engagements]


def test_summary_frames_read_alone():
    from pipeline.engagement.summaries import announced_chain, briefing_page, list_item, summary_sentence
    assert summary_sentence("", "2008年，市外办与某国某市签署协议。", 0, zh=True)
    assert not summary_sentence("", "2008年5月3日，市外办与某国某市签署协议。", 0, zh=True)
    assert list_item("近年来，某省亮点纷呈：成功举办某会晤；")
    assert not list_item("5月3日，省长指出：")
    s = "外长将于10月17日对南非进行正式访问，赴法国主持会议。"
    assert announced_chain(s, s.index("赴"), zh=True)
    s = "省长10月17日会见南非客人，赴法国主持会议。"
    assert not announced_chain(s, s.index("赴"), zh=True)
    assert briefing_page("6月1日，市政府召开新闻发布会，通报博览会筹备进展。")


# ------------------------------------------------ 3. neighbours after the frame word; 鲁巴 read through 巴伐利亚

def test_neighbours_listed_after_the_frame_word_are_background(tagger):
    text = ("内蒙古内联八省区、外接俄罗斯和蒙古国，是向北开放的桥头堡。10月15日，内蒙古口岸办与蒙古国边境口岸管理局"
            "在策克口岸举行口岸合作工作组会晤。")
    rec = tagger.tag(text, lang="zh")
    assert "RUS" not in rec.partners, rec.partners
    assert "MNG" in rec.partners


def test_a_neighbour_named_after_the_frame_word_alone():
    from pipeline.engagement.place_frames import border_lists_after
    from pipeline.schemas import new_mention
    text = "黑龙江北邻俄罗斯。"
    ms = [new_mention(5, 8, "俄罗斯", "country", "RUS", "e")]
    assert border_lists_after(text, ms) == {0}
    text = "黑龙江与俄罗斯签署协议。"
    ms = [new_mention(4, 7, "俄罗斯", "country", "RUS", "e")]
    assert border_lists_after(text, ms) == set()


def test_a_province_compound_is_read_through_the_foreign_unit_named(tagger):
    text = ("9月下旬，巴伐利亚州州长率代表团访问济南，出席鲁巴友好关系35周年纪念活动，与山东省省长签署联合声明，"
            "为鲁巴合作注入新动力。")
    rec = tagger.tag(text, lang="zh")
    assert "PAK" not in rec.partners, rec.partners
    assert "DEU" in rec.partners
    # the usual reading stays where no such unit is named
    rec = tagger.tag("6月3日，山东省省长会见巴基斯坦驻华大使，双方表示将深化鲁巴合作。", lang="zh")
    assert "PAK" in rec.partners


# ------------------------------------------------ 4. an office's division; an expo's secretariat as a source

def test_an_office_division_names_no_region(tagger):
    text = "2月3日，省委外办亚洲处与欧洲非洲处共同组织业务学习，研讨外事工作会议精神。"
    rec = tagger.tag(text, lang="zh")
    assert not {"EUROPE", "AFRICA"} & set(rec.regions), rec.regions
    rec = tagger.tag("非洲处于发展的关键时期，6月3日省长会见南非客人。", lang="zh")
    assert "AFRICA" in rec.regions


def test_an_expo_secretariat_cited_is_no_expo_held(tagger):
    text = ("Some 30 countries are expected at the 7th China-South Asia Expo. Figures from the Secretariat of the "
            "China-South Asia Expo show that by May 20, 2025, around 70 companies from South Asia and Africa had "
            "registered for the 7th China-South Asia Expo.")
    rec = tagger.tag(text, lang="en")
    assert rec.engagements == [], [(e.category, e.regions, e.evidence) for e in rec.engagements]
    from pipeline.engagement.summaries import event_body
    s = "the expo's organising committee of the china-eurasia expo said"
    assert event_body(s, s.index("china-eurasia"), s.index(" said"), zh=False)
    s = "博览会组委会发布消息"
    assert event_body(s, 0, 3, zh=True)


def test_a_province_named_as_a_foreign_units_neighbour_does_not_act(tagger):
    rec = tagger.tag("某州地处哈萨克斯坦东南部，州府设在某市，东与新疆毗邻。", lang="zh")
    assert "CN-XJ" not in rec.provinces, rec.provinces
    rec = tagger.tag("新疆与哈萨克斯坦毗邻。6月3日，新疆维吾尔自治区主席会见哈萨克斯坦客人。", lang="zh")
    assert "CN-XJ" in rec.provinces


# ------------------------------------------------ 5. history on an achievements page; an event promoted

def test_an_achievements_page_tells_history(tagger):
    text = ("Achievements: Cooperation Between Fujian and Pacific Island Countries\n\n"
            "In 2001, Fujian Province and Morobe Province of Papua New Guinea established sister-province ties. "
            "In May 2001, the then Governor of Fujian and the Governor of Morobe signed the agreement on the ties. "
            "The two provincial governments have kept close exchanges since then.")
    from pipeline.schemas import Document
    import datetime
    rec = tagger.tag_document(Document("a", text, lang="en", date=datetime.date(2022, 7, 24)))
    assert rec.engagements == [], [(e.category, e.partners, e.evidence) for e in rec.engagements]


def test_history_frames_read_alone():
    from pipeline.engagement.summaries import history_sentence
    assert history_sentence("in may 2000, the governor signed the agreement.", zh=False, doc_year=2022)
    assert not history_sentence("in may 2021, the governor signed the agreement.", zh=False, doc_year=2022)
    assert not history_sentence("in may 2000, the governor signed the agreement.", zh=False, doc_year=None)
    assert history_sentence("the then governor signed it.", zh=False, doc_year=None)
    assert history_sentence("2015年5月，省长访问老挝。", zh=True, doc_year=2024)
    assert not history_sentence("2024年5月3日，省长访问老挝。", zh=True, doc_year=2024)
    assert not history_sentence("2015年3月12日两市结好以来，10月15日省长会见老挝客人。", zh=True, doc_year=2023)


def test_an_event_promoted_is_no_event_held(tagger):
    text = ("Hainan spares no effort to promote Boao forum abroad\n\n\n"
            "Hainan has done much to promote the Boao Forum for Asia around the world, the SCO Secretary-General "
            "said in an interview.")
    rec = tagger.tag(text, lang="en")
    assert rec.engagements == [], [(e.category, e.regions, e.evidence) for e in rec.engagements]


# ------------------------------------------------ 6. no Chinese side acting; a coach's nationality

def test_a_national_visit_announced_leaves_no_partner(tagger):
    text = ("外交部发言人宣布：应外交部长邀请，老挝副总理兼外长、越南外长将于下周访华。"
            "双方将就双边关系交换意见。")
    rec = tagger.tag(text, lang="zh")
    assert rec.provinces == [] and rec.engagement is None
    assert rec.partners == [], rec.partners


def test_a_province_still_engages_its_partners_without_an_act(tagger):
    rec = tagger.tag("云南将进一步深化与老挝的交流合作。", lang="zh")
    assert "LAO" in rec.partners


def test_a_coachs_nationality_is_no_partner(tagger):
    text = ("7月10日，国际青少年足球交流营在成都开营。组委会还组织了具有丰富执教经验的德国教练员对来自约旦、"
            "肯尼亚、黎巴嫩等15个国家的30名学员开展训练。")
    rec = tagger.tag(text, lang="zh")
    assert "DEU" not in rec.partners, rec.partners
    assert "JOR" in rec.partners
    rec = tagger.tag("7月10日，国际青少年足球交流营在成都开营。德国教练员为学员授课。", lang="zh")
    assert "DEU" not in rec.partners, rec.partners


def test_an_agreement_described_by_its_participle_is_background(tagger):
    text = ("The third China-Russia Expo opened in Harbin on June 15. It builds on the joint declaration signed "
            "in May 2019 by the two presidents on a new era of partnership.")
    rec = tagger.tag(text, lang="en")
    assert "cooperation_project" not in [e.category for e in rec.engagements], [
        (e.category, e.evidence) for e in rec.engagements]
    from pipeline.engagement.summaries import agreement_participle
    s = "the governor signed by hand."
    assert not agreement_participle(s, s.index("signed"), s.index("signed") + 6, zh=False)
    s = "the agreements signed in 2019 cover trade."
    assert agreement_participle(s, s.index("signed"), s.index("signed") + 6, zh=False)


def test_a_consensus_of_both_sides_is_part_of_the_meeting(tagger):
    text = ("The Lao Foreign Minister met with the Party secretary of Yunnan province in Vientiane on March 9. "
            "Both sides agreed to launch a new bus route from Luang Prabang to Jinghong in May and stage a "
            "ceremony to greet the first Chinese tourists.")
    rec = tagger.tag(text, lang="en")
    assert [e.category for e in rec.engagements] == ["high_level_meeting"], [
        (e.category, e.evidence) for e in rec.engagements]
    from pipeline.engagement.summaries import agreed_to
    s = "officials of the two regions on monday agreed to form a working group."
    assert not agreed_to(s, s.index("agreed"), s.index("agreed") + 6, zh=False)


def test_history_on_an_undated_page_is_read_against_its_latest_year(tagger):
    text = ("2021成都艺术周在奥克兰开幕。当地时间10月5日晚，成都友城艺术团在新西兰奥克兰市演出川剧。"
            "2004年3月，奥克兰市与成都缔结友好城市关系。自此两市在教育、旅游等方面签有多项合作协议。")
    rec = tagger.tag(text, lang="zh")
    assert [e.category for e in rec.engagements] == ["cultural_exchange"], [
        (e.category, e.evidence) for e in rec.engagements]
    from pipeline.engagement.reading import reports_act
    a = tagger.annotate(text)
    old = next(i for i, (x, y) in enumerate(a.sentences) if text[x:y].startswith("2004"))
    since = next(i for i, (x, y) in enumerate(a.sentences) if text[x:y].startswith("自此"))
    assert not reports_act(a, "zh", old) and not reports_act(a, "zh", since)
    from pipeline.engagement.summaries import page_year
    assert page_year("2021年某某，2004年", None) == 2021
    assert page_year("无年份", None) is None


def test_the_border_between_china_and_a_country_is_no_partner(tagger):
    text = ("10月20日，台湾媒体记者云南采访活动在昆明启动。记者们还将前往中国与老挝边境磨憨口岸，了解边贸情况。")
    rec = tagger.tag(text, lang="zh")
    assert "LAO" not in rec.partners, rec.partners
    rec = tagger.tag("6月3日，中国与老挝边境联检部门举行会晤。", lang="zh")
    assert "LAO" in rec.partners
