"""Which engagement category wins when two fire (TAXONOMY §3 rules 1, 3, 4, 5, 6):
the event kinds real text confuses, the head event of the lead, the trip as a whole, no
foreign party. Every sentence here is written for these tests.
"""

import pytest

from pipeline.engagement.categories import foreign_marker, head_event, trip_first, visit_to_china
from pipeline.engagement.policy import RuleVote, event_precedence, precedence


# --- the head event of the lead ------------------------------------------------------

@pytest.mark.parametrize("sentence, lang, code", [
    ("7月3日，中国—东盟青年足球赛暨文化交流周在南宁开幕。", "zh", "sports_exchange"),
    ("第五届澜湄国际龙舟赛在景洪鸣枪。", "zh", "sports_exchange"),
    ("The Lancang-Mekong youth basketball tournament and culture week opened in Jinghong.", "en", "sports_exchange"),
    ("Runners from nine countries joined the Nanning half marathon on Sunday.", "en", "sports_exchange"),
    ("2024年东盟国家海关官员研修班在南宁开班。", "zh", "training"),
    ("The Seminar on Port Management for Officials of African Countries opened at a university in Nanning.", "en",
     "training"),
    ("第三届中国—东盟教育交流周在贵阳开幕。", "zh", "educational_exchange"),
    ("第二届中国—中亚外长会在西安举行。", "zh", "multilateral_meeting"),
    ("The third China-Central Asia foreign ministers' meeting was held in Xi'an.", "en", "multilateral_meeting"),
    ("第十届中国—南亚博览会在昆明开幕。", "zh", "forum_expo"),
    ("两省结好三十周年纪念庆贺会在长崎举行。", "zh", "cultural_exchange"),
])
def test_head_event_is_the_first_event_noun_of_the_lead(sentence, lang, code):
    assert head_event(sentence.lower(), lang) == code


@pytest.mark.parametrize("sentence, code", [
    ("中非合作论坛第九届部长级会议在北京举行。", "multilateral_meeting"),  # the forum names the mechanism
    ("The Forum on China-Africa Cooperation ministerial conference opened in Beijing.", "multilateral_meeting"),
    ("第十一届中国—东盟教育交流周暨职业教育合作对话会在贵州开幕。", "educational_exchange"),  # 暨: the first
    ("中国—东盟博览会期间举办了青年篮球赛。", "forum_expo"),  # 期间 breaks the name
    ("副市长与三国总领事座谈，推介了第三届国际茶业博览会。", None),  # a side mention
    ("The mayor met the consuls and promoted the city's flower expo.", None),
])
def test_head_event_reads_the_name_and_skips_side_mentions(sentence, code):
    assert head_event(sentence.lower()) == code


@pytest.mark.parametrize("sentence", [
    "太平洋岛国论坛副秘书长出席开幕式。",  # an organisation named forum
    "省长会见中葡论坛常设秘书处秘书长。",
    "The deputy secretary general of the Pacific Islands Forum met the governor.",
    "省长会见越南客人。",  # no event noun
    "第三届中国—东盟创新创业挑战赛在南宁举行。",  # an innovation contest is no sports event
])
def test_organisations_and_plain_meetings_have_no_head_event(sentence):
    assert head_event(sentence.lower()) is None


@pytest.mark.parametrize("sentence, expected", [
    ("副省长率团访问老挝和柬埔寨，出席中老经贸论坛并会见老挝副总理。", True),
    ("省人大代表团访问斐济，参加培训班开班仪式。", True),
    ("the vice governor led a provincial delegation to laos and attended a trade forum.", True),
    ("省长会见越南代表团，双方举行会谈。", False),  # the meeting comes first: rule 2
    ("两省签署合作协议后，代表团访问了工业园。", False),  # the signing comes first: rule 4
    ("第十届中国—南亚博览会在昆明开幕。", False),
])
def test_trip_first(sentence, expected):
    assert trip_first(sentence) is expected


@pytest.mark.parametrize("text, expected", [
    ("江苏省代表团来到甘肃省兰州市，与甘肃省领导座谈交流。", False),
    ("The Shanghai delegation held talks with Fujian's leaders in Sanming.", False),
    ("4月2日，宁夏在北京召开驻华使节交流会。", True),
    ("广东与友好省州代表举行年度研讨会。", True),
    ("The governor met visiting foreign ambassadors.", True),
])
def test_foreign_marker(text, expected):
    assert foreign_marker(text) is expected


# --- precedence on a rule vote --------------------------------------------------------

@pytest.mark.parametrize("label, facts, expected, rule", [
    ("cultural_exchange", dict(head_event="sports_exchange"), "sports_exchange", "rule6_head_event"),
    ("educational_exchange", dict(head_event="training"), "training", "rule6_head_event"),
    ("forum_expo", dict(head_event="multilateral_meeting", partners=3), "multilateral_meeting", "rule6_head_event"),
    ("forum_expo", dict(head_event="educational_exchange"), "educational_exchange", "rule6_head_event"),
    ("high_level_meeting", dict(head_event="forum_expo"), "high_level_meeting", None),  # rule 2 keeps meetings
    ("cooperation_project", dict(head_event="sports_exchange"), "cooperation_project", None),  # rule 4 keeps deals
    ("forum_expo", dict(trip_first=True, head_event="forum_expo"), "delegation_visit", "rule3_trip"),
    ("high_level_meeting", dict(trip_first=True), "delegation_visit", "rule3_trip"),
    ("training", dict(trip_first=True), "delegation_visit", "rule3_trip"),
    ("cultural_exchange", dict(trip_first=True), "cultural_exchange", None),  # a troupe's tour stays culture
    ("high_level_meeting", dict(foreign=False), "domestic_coordination", "rule5_no_foreign_party"),
    ("delegation_visit", dict(foreign=False), "domestic_coordination", "rule5_no_foreign_party"),
    ("high_level_meeting", dict(foreign=False, partners=1), "high_level_meeting", None),
    ("delegation_visit", dict(foreign=True), "delegation_visit", None),
])
def test_event_precedence(label, facts, expected, rule):
    facts.setdefault("partners", 0)
    vote = RuleVote(act=True, **facts)
    assert event_precedence(label, vote) == (expected, rule)


def test_a_multilateral_head_event_with_one_country_is_still_a_bilateral_meeting():
    vote = RuleVote(act=True, head_event="multilateral_meeting", partners=1)
    assert precedence("forum_expo", vote, {}) == ("high_level_meeting", "rule7_one_country")


def test_signing_a_training_agreement_is_training_even_when_the_label_is_the_deal():
    vote = RuleVote(act=True, signing=True, signed_about=["training"], partners=1)
    assert precedence("cooperation_project", vote, {"training": 0.4}) == ("training", "rule4_specific_agreement")


def test_a_meeting_first_is_not_a_trip():
    vote = RuleVote(act=True, meeting_first=True, trip_first=False, partners=1)
    assert precedence("delegation_visit", vote, {}) == ("high_level_meeting", "rule2_meeting")


# --- whole texts through the tagger (cue breadth + precedence) ------------------------

@pytest.mark.parametrize("text, category", [
    # sports events with a cultural side programme
    ("7月12日，中国—东盟青少年乒乓球邀请赛暨文化交流周在景洪开幕，活动包括文艺演出、非遗展演和美食节，"
     "来自老挝、缅甸、泰国的青少年参加。", "sports_exchange"),
    ("On Saturday, the China-ASEAN youth football tournament and cultural exchange week opened in Nanning, "
     "with teenage players from Laos, Vietnam and Cambodia enjoying folk performances and a cultural festival.",
     "sports_exchange"),
    # a course for foreign officials held at a university
    ("Twenty-five officials from Laos, Cambodia and Myanmar began a two-week workshop on public administration "
     "at Yunnan University on Monday, studying alongside local students and professors.", "training"),
    # a ministers' meeting of several countries is not a forum
    ("5月20日，第二届中国—中亚外长会在陕西西安举行，哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦外长出席。",
     "multilateral_meeting"),
    ("10月9日，广州与马来西亚、泰国、越南三国驻穗总领事馆对话会在广州举行。", "multilateral_meeting"),
    # an education week is not an expo, even with an expo in its programme
    ("第十届中国—东盟教育交流周昨天在贵州开幕，同期还有职业教育博览会、校长论坛和留学展会。",
     "educational_exchange"),
    # a celebration of ties
    ("9月2日，湖北与大阪结好四十周年纪念庆贺会在大阪举行。", "cultural_exchange"),
    # a delegation's trip as a whole, with a forum and a meeting on the way
    ("8月5日至12日，副省长率山东省代表团访问老挝和柬埔寨，出席中老经贸论坛并与老挝工贸部长举行会谈。",
     "delegation_visit"),
    # a province's meeting with envoys
    ("4月2日，青海省在西宁举办驻华使节交流会，20多个国家的驻华大使出席。", "high_level_meeting"),
    # no foreign party: two Chinese provinces
    ("4月10日，江苏省党政代表团来到甘肃省兰州市，与甘肃省委书记、省长举行座谈会，共商东西部协作。",
     "domestic_coordination"),
    ("11月2日，上海市代表团来到云南省昆明市，与云南省领导会谈。", "domestic_coordination"),
])
def test_categories_on_written_texts(tagger, text, category):
    assert tagger.tag(text).engagement == category


def test_an_organisation_named_forum_is_no_forum(tagger):
    text = "12月1日，太平洋岛国论坛秘书处代表和太平洋岛国论坛副秘书长出席在福州举行的中国—太平洋岛国渔业部长会议。"
    assert tagger.tag(text).engagement == "multilateral_meeting"


@pytest.mark.parametrize("sentence", [
    "太平洋岛国论坛副秘书长率团访问福建，副省长在福州会见代表团一行。",
    "越南代表团一行来滇考察。",
    "the secretary general led a delegation to yunnan and met the governor.",
])
def test_a_foreign_delegation_s_tour_of_the_province_is_not_rule_3(sentence):
    assert trip_first(sentence) is False


def test_traditional_text_is_read_simplified_for_foreign_words(tagger):
    text = "4月2日，青海省在西寧舉辦駐華使節交流會，20多個國家的駐華大使出席。"
    assert tagger.tag(text).engagement == "high_level_meeting"


def test_a_sentence_cut_after_u_s_is_one_sentence_for_the_act_window(tagger):
    # rule 8: an envoy's tour of the province on which the governor meets him; the meeting is the
    # fourth sentence, two of the first three cut in two after "U.S."
    text = ("Last week, U.S. Ambassador Smith visited Hainan. He toured a factory owned by a firm from the U.S. "
            "Officials from the consulate joined him. On June 3, the governor of Hainan met with U.S. Ambassador "
            "Smith in Haikou.")
    assert tagger.tag(text).engagement == "high_level_meeting"


@pytest.mark.parametrize("text", [
    "3月12日，省政府召开全省口岸工作电视电话会议，副省长出席并讲话。",
    "9月1日，省外办召开党组会议。",
])
def test_the_register_of_government_work_is_domestic(tagger, text):
    assert tagger.tag(text).engagement == "domestic_coordination"


def test_a_numbered_heading_of_a_work_report_is_no_act(tagger):
    text = ("2024年前三季度，本市对外文化交流成果丰硕。二、参与面广、影响力大。"
            "全市共有30余项对外文化交流活动在德国、法国等12个国家举行。")
    rec = tagger.tag(text)
    assert rec.engagement is None and rec.engagement_detail.act is False


def test_ties_all_of_them_have_are_background_not_a_signing(tagger):
    # 都与…缔结: a state (the visitors' provinces all have sister ties), not an agreement signed on the trip
    text = ("5月9日，湖南、湖北两省代表团抵达日本滋贺县开始为期三天的友好访问。"
            "两省均与滋贺县缔结友好关系。")
    rec = tagger.tag(text)
    assert rec.engagement == "delegation_visit"
    assert {e.category for e in rec.engagements} == {"delegation_visit"}


def test_a_business_exchange_meeting_is_a_fair(tagger):
    text = "6月5日，2024中国（辽宁）—日本经贸合作交流会在大连举办，日本企业代表200余人参加。"
    assert tagger.tag(text).engagement == "forum_expo"


@pytest.mark.parametrize("text, category", [
    # Naadam: wrestling, horse racing and archery are sport, whatever folk programme goes with them
    ("7月12日，锡林浩特举办那达慕大会，蒙古国苏赫巴托尔省的搏克手和骑手参加了民俗表演。", "sports_exchange"),
    ("On Saturday, Hulunbuir hosted Mongolian wrestlers at its summer grassland festival, with horse racing "
     "and folk songs.", "sports_exchange"),
    # a leaders' meeting of a mechanism's local governments
    ("6月11日，上合组织国家地方领导人会晤在青岛举行，俄罗斯、哈萨克斯坦、印度等国地方领导人出席。",
     "multilateral_meeting"),
    ("Guangxi hosts ASEAN local government meeting in Nanning", "multilateral_meeting"),
])
def test_more_event_kinds(tagger, text, category):
    assert tagger.tag(text).engagement == category


@pytest.mark.parametrize("text, category", [
    # an agreement across several fields is a general one (rule 4), not 'specifically about' one
    ("Officials from Beijing and the city of Athens signed a three-year action plan on Wednesday, covering "
     "tourism promotion and exchanges of university students.", "cooperation_project"),
    ("3月2日，北京市与希腊雅典市签署合作协议，内容涵盖旅游推广和大学生交流。", "cooperation_project"),
    # the delegation is the counterpart of the talks (rule 2); 举行 is the talks' own verb
    ("5月6日，副主席与沙特阿拉伯吉达商会代表团举行会谈，代表团一行还考察了银川综合保税区。", "high_level_meeting"),
    # an exhibition of art is culture, not a trade show
    ("An exhibition of Dunhuang murals opened in Paris on Thursday, co-organised by the Gansu provincial "
     "government and a French museum.", "cultural_exchange"),
    # a route opened is a launched project
    ("Lianyungang opened a new sea-rail freight route to Tashkent, Uzbekistan, on Monday.", "cooperation_project"),
    # a video conference with a foreign partner is a meeting
    ("4月3日，上海市外办与日本大阪府举行友城交流视频会议。", "high_level_meeting"),
])
def test_agreements_counterparts_exhibitions_routes(tagger, text, category):
    assert tagger.tag(text).engagement == category


@pytest.mark.parametrize("text, category", [
    # mechanisms named forum are organisations: their envoys' tour (rule 8), their summit (rule 6)
    ("The China-Arab States Cooperation Forum brought twenty Arab envoys to Ningxia this week. On Tuesday, "
     "the governor of Ningxia met with the envoys in Yinchuan.", "high_level_meeting"),
    ("9月3日，中非合作论坛北京峰会在北京开幕，非洲国家元首和政府首脑出席。", "multilateral_meeting"),
])
def test_mechanisms_named_forum(tagger, text, category):
    assert tagger.tag(text).engagement == category


def test_fields_of_cooperation_are_topics_not_events(tagger):
    text = ("6月3日，嘉兴市副市长与德国、意大利驻沪总领事座谈，通报了双方在经贸、教育、文化、旅游、体育等领域的"
            "合作进展，并就深化人文交流领域合作交换意见。")
    assert tagger.tag(text).engagement == "high_level_meeting"


def test_topic_spans_run_back_to_the_opener():
    from pipeline.engagement.categories import topic_spans
    text = "省长会见越南客人，双方就加强经贸、教育、文化等领域合作交换意见。"
    (a, b), = topic_spans(text)
    assert text[a:b] == "经贸、教育、文化等领域"


def test_fields_of_cooperation_in_english_are_topics(tagger):
    text = ("On Monday, the vice governor sat down with the Consul General of France in Wuhan to discuss "
            "cooperation in culture, tourism, education, sports and student exchanges.")
    assert tagger.tag(text).engagement == "high_level_meeting"


def test_mute_topics_on_a_long_round_up():
    from pipeline.engagement.categories import mute_topics
    from pipeline.schemas import new_mention

    one = "省长会见越南客人，双方就经贸、教育、文化等领域合作交换意见。"
    text = one * 300
    cues = []
    for k in range(300):
        base = k * len(one)
        for word, code in (("会见", "high_level_meeting"), ("教育", "educational_exchange"),
                           ("文化", "cultural_exchange"), ("交换意见", "high_level_meeting")):
            i = one.index(word)
            cues.append(new_mention(base + i, base + i + len(word), word, "cue", code, "c", weight=1.0))
    kept = mute_topics(text, cues)
    assert [c.text for c in kept] == ["会见", "交换意见"] * 300


@pytest.mark.parametrize("text", [
    "On Friday, the 2024 China-ASEAN Business and Investment Summit opened in Nanning, attended by ASEAN "
    "ministers and business leaders.",
    "11月5日，中国—东盟工商峰会在南宁开幕，东盟各国企业家出席。",
])
def test_a_business_summit_is_a_forum(tagger, text):
    assert tagger.tag(text).engagement == "forum_expo"


def test_routes_agreed_at_a_meeting_are_planned_not_launched(tagger):
    text = "4月8日，西双版纳州与老挝琅南塔省举行视频会谈，双方商定开通客运航线，计划开通冷链班列，同意开通跨境公交。"
    assert tagger.tag(text).engagement == "high_level_meeting"


@pytest.mark.parametrize("text, kept", [
    ("双方商定开通航线。", []),
    ("The two sides agreed to launch a freight link.", []),
    ("航线于5月开通。", ["开通"]),
    ("The envoy will visit Shenyang on Tuesday.", ["visit"]),  # an announcement is no plan: it is reported
])
def test_mute_planned(lexicon, text, kept):
    from pipeline.annotate.cues import annotate_cues
    from pipeline.engagement.categories import mute_planned
    from pipeline.schemas import Document

    codes = ("cooperation_project", "delegation_visit")
    cues = [c for c in annotate_cues(Document("t", text), lexicon) if c.code in codes]
    assert [c.text for c in mute_planned(text, cues)] == kept


@pytest.mark.parametrize("text", [
    # a message from a foreign local leader: the salutation and the wishes are the act
    "浙江省的朋友们，大家好！我是日本静冈县知事。三十年来，两地交流日益密切，我们互赠物资、相互扶助。",
    "日本爱知县知事祝江苏各界朋友新年快乐，并希望两地继续深化交流。",
    "The Governor of Aichi wished the people of Jiangsu a Happy New Year and hoped for closer exchanges.",
    "日本爱知县知事向江苏省人民致以美好的祝愿。",
])
def test_a_message_from_a_foreign_leader_is_a_greeting(tagger, text):
    assert tagger.tag(text).engagement == "greeting"


@pytest.mark.parametrize("text", [
    # establishing sister ties is the act, however it is phrased
    "泉州与马来西亚马六甲市结为友好城市",
    "6月5日，湖北省与法国上法兰西大区正式结好。",
    "Zhuhai and the Portuguese city of Aveiro became sister cities on Monday.",
    "Hainan signed a sister-province agreement with Bali on Friday.",
])
def test_establishing_sister_ties_is_a_cooperation_project(tagger, text):
    assert tagger.tag(text).engagement == "cooperation_project"


def test_an_anniversary_of_ties_is_not_their_establishment(tagger):
    text = "山东省副省长在济南会见日本和歌山县副知事一行。双方回顾了两省县建立友好省县关系四十年来的交流。"
    assert tagger.tag(text).engagement == "high_level_meeting"


@pytest.mark.parametrize("text", [
    "昆明市与老挝万象市缔结友好城市关系已有二十年，两市交往日益密切。",
    "自两市结为友好城市以来，双方交往日益密切。",
    "Kunming and Vientiane have exchanged students every year since they became sister cities.",
])
def test_ties_made_long_ago_are_no_launch(tagger, text):
    assert "cue.cooperation_project.route_launch" not in tagger.tag(text).engagement_detail.cues


@pytest.mark.parametrize("text, code", [
    # a signing with no foreign party at all is domestic coordination (rule 5)
    ("7月9日，广西壮族自治区外事办公室与云南省外事办公室签署外事工作合作协议。", "domestic_coordination"),
    ("Guangdong and Hong Kong signed an agreement on cross-boundary trade facilitation on Monday.",
     "domestic_coordination"),
    # a foreign party named in words keeps it a project: a province–prefecture (省县) pairing, a corridor
    ("5月20日，湖北省副省长与来访的县知事签订两省县友好交流备忘录。", "cooperation_project"),
    ("中蒙俄经济走廊物流项目在满洲里启动。", "cooperation_project"),
])
def test_a_signing_with_no_foreign_party_is_domestic(tagger, text, code):
    assert tagger.tag(text, date="2024-07-12").engagement == code


@pytest.mark.parametrize("sentence, expected", [
    ("老挝总理访问云南", True),
    ("泰国曼谷市长率团访问了广西", True),
    ("the mayor of vladivostok visited heilongjiang", True),
    ("the minister paid a visit to yunnan province", True),
    ("省长率团访问老挝", False),
    ("the delegation visited steel plants in hebei province", False),  # the plants visited, not the province
])
def test_a_visit_to_a_chinese_province_is_read_from_its_destination(sentence, expected):
    assert visit_to_china(sentence) is expected


@pytest.mark.parametrize("sentence, code", [
    ("4月5日，云南文化旅游推介会在曼谷举行。", "cultural_exchange"),  # a tourism promotion, not a forum
    ("5月3日，文旅推介活动在万象举行。", "cultural_exchange"),
    ("4月5日，四川投资推介会在东京举行。", "forum_expo"),
    ("on may 3, a yunnan investment seminar was held in bangkok.", "forum_expo"),  # not a training course
    ("on may 3, a business seminar for thai firms opened in nanning.", "forum_expo"),
    ("on may 3, a seminar on port logistics for african officials opened in qingdao.", "training"),
])
def test_tourism_promotions_and_business_seminars_have_their_own_heads(sentence, code):
    assert head_event(sentence) == code


# ── issue 15, English real-text shapes (helper rules2) ──

@pytest.mark.parametrize("text", [
    # the Chinese side's own foreign-affairs office at a work meeting: no foreign party (rule 5)
    "The Yunnan Foreign Affairs Office held a working meeting on Monday to review its tasks for the second half.",
    "On March 4, the Provincial Foreign Affairs Department of Hainan held a work conference in Haikou.",
])
def test_an_english_work_meeting_of_the_foreign_affairs_office_is_domestic(tagger, text):
    assert tagger.tag(text, date="2024-07-01").engagement == "domestic_coordination"


def test_a_foreign_affairs_office_meeting_with_a_foreign_guest_stays_foreign():
    assert foreign_marker("the foreign affairs office of hunan held a working meeting with foreign journalists.", "en")
    assert foreign_marker("the yunnan foreign affairs office met the visiting guests.", "en")  # no domestic register


@pytest.mark.parametrize("text", [
    # foreign diplomats touring the province: a foreign party (rule 5), their tour (rule 3)
    "A group of foreign diplomats went on a fact-finding trip to Xinjiang last week.",
    "Last week, a group of foreign envoys went on a research trip to rural Guizhou.",
])
def test_foreign_diplomats_on_a_fact_finding_trip_are_a_delegation_visit(tagger, text):
    assert tagger.tag(text, date="2024-07-01").engagement == "delegation_visit"


@pytest.mark.parametrize("text", [
    # a delegation as the subject of talks (rule 2): the talks, not its trip
    "On June 3, the Myanmar delegation held talks with the Yunnan delegation led by the Governor in Kunming.",
    "6月3日，缅甸代表团与云南省代表团在昆明举行会谈。",
])
def test_a_delegation_holding_talks_is_a_meeting(tagger, text):
    assert tagger.tag(text, date="2024-07-01").engagement == "high_level_meeting"


def test_a_provincial_delegation_meeting_ministers_on_its_trip_is_still_the_trip(tagger):
    text = ("On the same tour, the Gansu delegation met Norway's state secretary for trade in Oslo and "
            "visited a salmon farm.")
    assert tagger.tag(text, date="2024-07-01").engagement == "delegation_visit"


@pytest.mark.parametrize("text,category", [
    # several countries as the subject of the meeting, with a province (rule 7): multilateral
    ("Representatives from the five Central Asian countries and Xinjiang met in Urumqi on June 3.",
     "multilateral_meeting"),
    ("On June 3, officials of the five Central Asian countries and Xinjiang held a meeting in Urumqi.",
     "multilateral_meeting"),
    ("6月3日，中亚五国和新疆代表在乌鲁木齐举行会晤。", "multilateral_meeting"),
    # a provincial leader receiving them is a meeting with foreign counterparts (rule 2)
    ("The Governor of Xinjiang met representatives of the five Central Asian countries in Urumqi on June 3.",
     "high_level_meeting"),
    ("6月3日，自治区主席在乌鲁木齐会见中亚五国代表。", "high_level_meeting"),
    # two countries are bilateral
    ("6月3日，中越两国代表在南宁举行会谈。", "high_level_meeting"),
])
def test_several_countries_meeting_with_a_province(tagger, text, category):
    assert tagger.tag(text, date="2024-07-01").engagement == category


def test_group_meeting_reads_the_subject_after_an_opening_date():
    from pipeline.engagement.lead import LeadFacts
    assert LeadFacts("6月3日，中亚五国和新疆代表在乌鲁木齐举行会晤。", "zh").group_meeting
    assert not LeadFacts("6月3日，自治区主席在乌鲁木齐会见中亚五国代表。", "zh").group_meeting
    assert LeadFacts("on june 3, officials of the five central asian countries and xinjiang held a meeting.", "en").group_meeting


@pytest.mark.parametrize("text,category", [
    # a Party group meeting of the Chinese side's own office (its "plenary session" no summit): rule 5
    ("On Tuesday, the Shaanxi Provincial Foreign Affairs Office convened a Party group meeting to study the spirit "
     "of the plenary session.", "domestic_coordination"),
    # several countries named by their region, no number (rule 7)
    ("Representatives of the Lancang-Mekong countries and Yunnan held a consultation meeting in Kunming on May 2.",
     "multilateral_meeting"),
])
def test_more_rule_5_and_rule_7_shapes(tagger, text, category):
    assert tagger.tag(text, date="2024-07-01").engagement == category


@pytest.mark.parametrize("sentence", [
    "the governor met african countries' envoys and held talks.",
    "officials of two countries met.",
    "the governor and asean countries' envoys held talks.",
])
def test_no_group_meeting_when_a_leader_meets_the_countries_or_two_countries_meet(sentence):
    from pipeline.engagement.lead import LeadFacts
    assert not LeadFacts(sentence, "en").group_meeting


@pytest.mark.parametrize("text,category", [
    # foreign envoys' 调研 in the province is their tour (rule 5: a foreign party is engaged)
    ("6月2日，外国驻华使节团赴新疆调研。", "delegation_visit"),
    # a work meeting ABOUT serving foreign journalists has no other act: still domestic
    ("6月2日，省外办召开外国记者服务保障工作会议。", "domestic_coordination"),
])
def test_foreign_envoys_research_trip_in_chinese(tagger, text, category):
    assert tagger.tag(text, date="2024-07-01").engagement == category


@pytest.mark.parametrize("text,category,direction", [
    # 带队 / 带团 + a trip verb leads a delegation as 率团 does (rule 3; bench/perturb.py synonyms)
    ("5月3日，副省长带队访问越南河内，与河内市领导会谈并参观工业园区。", "delegation_visit", "outbound"),
    ("9月，市外办主任带团赴韩国釜山，与釜山市副市长会谈。", "delegation_visit", "outbound"),
    # "made a visit to" is "paid a visit to"; "penned" a pact is signing it (rule 4)
    ("Heilongjiang's governor made a visit to Russia's Amur region last week and met the regional governor in "
     "Blagoveshchensk.", "delegation_visit", "outbound"),
    ("Guangxi's vice governor penned a fruit export pact with Thai provincial officials in Bangkok on Monday after "
     "talks.", "cooperation_project", "outbound"),
])
def test_paraphrases_of_a_trip_and_a_signing(tagger, text, category, direction):
    rec = tagger.tag(text, date="2024-09-20")
    assert rec.engagement == category
    assert rec.engagements and rec.engagements[0].direction == direction


@pytest.mark.parametrize("text,category", [
    # a conference of several countries' representatives held in the province (rule 6): 会议 alone votes, weakly
    ("9月8日，第六届图们江区域城市会议在延吉市召开，日本、韩国、俄罗斯、蒙古国的地方政府代表参会。", "multilateral_meeting"),
    ("9月12日，中蒙俄三国边境地区合作会议在二连浩特举行。", "multilateral_meeting"),
    # one foreign province: a bilateral meeting (rule 7); a work conference: domestic (rule 5); a meeting on its sidelines
    ("6月5日，吉林省与俄罗斯滨海边疆区在长春举行合作联合工作组第五次会议。", "high_level_meeting"),
    ("3月1日，省外办召开全省外事工作会议，部署年度对越、对老合作。", "domestic_coordination"),
    ("会议期间，省长会见了越南老街省省长。", "high_level_meeting"),
])
def test_a_conference_of_several_countries_is_multilateral(tagger, text, category):
    assert tagger.tag(text, date="2019-12-14").engagement == category


@pytest.mark.parametrize("text,category", [
    # 开启 + a trip noun opens a visit (a consular corps' tour of the province: rule 3/8)
    ("4月2日，泰国、马来西亚等8国驻广州外交官开启为期两天的粤西行，首站到访湛江。", "delegation_visit"),
    ("5月6日，越南河江省代表团开启为期两天的访问，首站抵达昆明。", "delegation_visit"),
    # 开启 a new chapter or era reports no act
    ("两国关系开启了新篇章。", None),
    ("中老铁路开启了沿线旅游的新时代。", None),
])
def test_kaiqi_opens_a_trip_not_an_era(tagger, text, category):
    assert tagger.tag(text, date="2019-12-14").engagement == category


@pytest.mark.parametrize("text", [
    # an event to come named with its month (an invitation during the trip) opens no other occasion: the trip's
    # signing stays the trip's (rule 4, one engagement)
    ("Heilongjiang's vice governor led a trade delegation to South Korea from June 3 to 5.\n\nShe asked Korean "
     "firms to come to the Harbin trade fair, to be held in Harbin in August.\n\n"
     "During the trip, deals on farm machinery and cold-chain storage were signed."),
    "6月3日至5日，黑龙江省副省长率团访问韩国。副省长邀请韩方企业参加将于8月在哈尔滨举行的经贸洽谈会。访问期间，双方签署了农机合作协议。",
])
def test_an_announced_events_month_is_no_other_occasion(tagger, text):
    rec = tagger.tag(text, date="2019-05-30")
    assert [e.category for e in rec.engagements] == ["cooperation_project"]


@pytest.mark.parametrize("text,category", [
    # "this year's <event>" names an occasion, not a year's tally; agreements reached on a trip are signed (rule 4)
    ("Just before this year's Spring Festival, the mayor led a trade delegation from Dalian to France and Italy, where "
     "they visited firms, held four investment seminars and reached 25 agreements on cooperation.", "cooperation_project"),
    ("5月8日，副省长率团访问泰国，与泰方企业达成12项合作协议。", "cooperation_project"),
    # a consensus is no agreement; a year's tally stays no act
    ("5月8日，副省长会见泰国驻华大使，双方达成广泛共识。", "high_level_meeting"),
    ("This year, the province received 120 foreign delegations and signed 40 agreements.", None),
])
def test_an_events_year_and_agreements_reached(tagger, text, category):
    assert tagger.tag(text, date="2024-03-12").engagement == category


@pytest.mark.parametrize("text", [
    # a headline's visit by the province's abbreviation (访甘, 访渝) is a visit received: the meeting reported in the
    # body makes the tour a meeting (rule 8)
    "泰国某府友好代表团访黔\n\n9月4日，泰国某府副府尹一行5人抵达贵阳开展友好访问。当天下午，省外办主任会见客人一行。",
    "格鲁吉亚经济部代表团访渝\n\n3月9日，格鲁吉亚经济部副部长率团访渝。次日，重庆市副市长会见了客人一行。",
])
def test_a_headlines_visit_by_abbreviation_is_received(tagger, text):
    assert tagger.tag(text, date="2019-10-20").engagement == "high_level_meeting"


def test_bai_fang_xin_is_no_visit_received(tagger):
    rec = tagger.tag("5月3日，省长率团访问新加坡，拜访新加坡贸工部。", date="2019-05-10")
    assert rec.engagements[0].direction == "outbound"


@pytest.mark.parametrize("text", [
    # a provincial people's congress opening and the work report delivered to it: domestic politics, its goals no act
    "2月3日，省政协十三届二次会议在省会开幕，省长到会作政府工作报告并提出，全年要扩大对东盟的进出口。",
    "省长在省人大会议上作工作报告时说，要把口岸经济做大做强，深化同周边国家的经贸往来。",
    # a retrospective of N years
    "十年来，双方在经贸、教育、文化等领域的合作不断深化。",
])
def test_a_congress_session_and_its_work_report_report_no_act(tagger, text):
    assert tagger.tag(text, date="2023-01-13").engagement is None


def test_a_foreign_guest_at_a_session_still_acts(tagger):
    text = "1月12日，某省人民代表大会会议在省会开幕，越南驻华大使应邀出席开幕式并会见省长。"
    assert tagger.tag(text, date="2023-01-13").engagement is not None


@pytest.mark.parametrize("text,category", [
    # an event's name and quoted theme say what it is about: 投资, 合作 in them vote for nothing; the head noun does
    ("第三届中蒙地方经贸合作发展大会在呼和浩特开幕\n\n8月6日，第三届中蒙地方经贸合作发展大会在呼和浩特开幕。"
     "蒙古国副总理到会讲话，自治区主席主持开幕式。大会以“开放、联通、共享”为主题。", "forum_expo"),
    # a signing at the event still outranks it (rule 4)
    ("8月6日，第三届中蒙地方经贸合作发展大会在呼和浩特开幕，两地企业签署了9项合作协议。", "cooperation_project"),
])
def test_an_events_name_votes_through_its_head_noun(tagger, text, category):
    assert tagger.tag(text, date="2024-10-26").engagement == category
