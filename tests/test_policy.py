"""The engagement policy: act detection (TAXONOMY §3 null), precedence rules 2, 4, 7, 8, the blend.

Every sentence here is written for these tests.
"""

import pytest

from pipeline.engagement.detect import act_sentences, predicate_frames
from pipeline.engagement.policy import RuleParams, RuleVote, blend, decide_engagement, precedence
from pipeline.text import sentences


def _acts(text, lang="zh"):
    return act_sentences(text, sentences(text), lang=lang)


@pytest.mark.parametrize("text, lang", [
    ("下一步，我省将进一步深化与东盟国家的经贸合作，积极举办更多人文交流活动。", "zh"),
    ("近年来，甘肃与中亚国家的友好往来不断加深，已先后签署合作协议20余项。", "zh"),
    ("截至目前，全省友好城市增至86对。", "zh"),
    ("他表示，湖北愿同各方举办更多交流活动。", "zh"),
    ("The province will host more trade fairs for Central Asian buyers.", "en"),
    ("Since 1985, the province has signed agreements with eleven Japanese prefectures.", "en"),
    ("He said that the two sides should visit each other more often.", "en"),
    ("In recent years, thousands of students have visited the region's universities.", "en"),
    # announced with its day, active or passive, as 将于6月8日举办 (issue 15: future events report none)
    ("The forum will be held in Kunming on June 8.", "en"),
])
def test_goals_statistics_and_remarks_report_no_act(text, lang):
    assert _acts(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("6月12日，省长在长沙会见坦桑尼亚驻华大使。", "zh"),
    ("青海省代表团访问哈萨克斯坦阿拉木图。", "zh"),
    ("江西省与日本冈山县签署友好交流备忘录。", "zh"),
    ("The governor of Hubei met the French consul general in Wuhan on Tuesday.", "en"),
    ("The forum was held in Kunming on June 8.", "en"),
])
def test_dated_or_tensed_acts_are_found(text, lang):
    assert _acts(text, lang) == [0]


def test_frames_are_named():
    frames = {f for _, _, f in predicate_frames("他说，双方将举办论坛。", lang="zh")}
    assert frames == {"speech"}
    frames = {f for _, _, f in predicate_frames("我省计划举办论坛。", lang="zh")}
    assert frames == {"intent"}
    frames = {f for _, _, f in predicate_frames("两省缔结友好关系十周年。", lang="zh")}
    assert frames == {"retrospective"}


@pytest.mark.parametrize("text", [
    "湖南将持续深化同非洲国家的务实合作。",  # a goal with a weak cue (合作)
    "双方人文交流日益密切，合作基础扎实。",  # a description with 人文交流
    "Cooperation between Gansu and Central Asia keeps deepening.",
])
def test_weak_cues_alone_never_make_an_engagement(tagger, text):
    rec = tagger.tag(text)
    assert rec.engagement is None
    assert rec.engagement_detail.act is False


@pytest.mark.parametrize("text, expected", [
    # rule 2: 会见…代表团 is a meeting, not a visit
    ("副省长在西宁会见巴基斯坦旁遮普省代表团。", "high_level_meeting"),
    ("省委书记会见“驻华使节吉林行”代表团一行。", "high_level_meeting"),
    ("省长在南宁会见出席中国—东盟商务论坛的越南工贸部副部长。", "high_level_meeting"),
    # rule 3 stays: the trip reported as a whole
    ("副省长率团访问越南，访问期间会见了越南工贸部部长。", "delegation_visit"),
    # rule 4: the signing outranks the meeting it happened at
    ("10月9日，省长会见日本福井县知事，双方签署友好交流合作备忘录。", "cooperation_project"),
    # rule 7: one province meeting several provinces of ONE country is a meeting
    ("广西与老挝北部三省党委书记会晤在南宁举行。", "high_level_meeting"),
])
def test_precedence_rules(tagger, text, expected):
    assert tagger.tag(text).engagement == expected


def test_rule_8_tour_of_envoys_with_meeting_is_a_meeting(tagger):
    text = ("9月3日，十余国驻华大使到访贵州，参观大数据产业园。当天下午，省长在贵阳会见了大使一行。")
    assert tagger.tag(text).engagement == "high_level_meeting"


def test_signing_on_a_trip_about_education_takes_education(tagger):
    text = "5月20日，四川省教育代表团访问泰国，与泰方大学签署留学生交流协议。"
    assert tagger.tag(text).engagement == "educational_exchange"


def test_precedence_needs_its_facts():
    vote = RuleVote(scores={"delegation_visit": 1.0}, act=True, meeting_first=True, partners=1)
    assert precedence("delegation_visit", vote, {"delegation_visit": 1.0}) == ("high_level_meeting", "rule2_meeting")
    multi = RuleVote(scores={"multilateral_meeting": 1.0}, act=True, meeting_first=True, partners=5)
    assert precedence("multilateral_meeting", multi, {}) == ("multilateral_meeting", None)
    assert precedence(None, vote, {}) == (None, None)


def test_blend_no_act_is_null_whatever_the_model_says():
    vote = RuleVote(scores={}, act=False)
    d = blend(vote, {"forum_expo": 0.9, "null": 0.1}, 0.7)
    assert d.label is None and d.act is False and d.model_label == "forum_expo"


def test_blend_act_without_category_cue_lets_the_model_name_it():
    vote = RuleVote(scores={}, act=True, partners=1)
    d = blend(vote, {"forum_expo": 0.6, "null": 0.4}, 0.5)
    assert d.label == "forum_expo" and d.source == "model"


def test_decide_engagement_is_pure_and_can_switch_act_detection_off():
    text = "双方将深化交流合作。"
    off = RuleParams(require_act=False)
    assert decide_engagement(text, sentences(text), [], lang="zh").label is None
    d1 = decide_engagement(text, sentences(text), [], lang="zh", params=off)
    d2 = decide_engagement(text, sentences(text), [], lang="zh", params=off)
    assert d1 == d2 and d1.act is None


def test_dateline_and_site_name_are_not_the_lead(tagger):
    text = ("浙江省人民政府外事办公室\n发布日期：2024-03-02\n"
            "3月1日，副省长在杭州会见匈牙利驻华大使。双方就深化地方合作交换意见。")
    rec = tagger.tag(text)
    assert rec.engagement == "high_level_meeting"


def test_traditional_chinese_acts_are_read(tagger):
    assert tagger.tag("雲南省長會見寮國琅南塔省長").engagement == "high_level_meeting"
    assert tagger.tag("下一步將進一步深化兩地合作").engagement is None


@pytest.mark.parametrize("text, lang", [
    ("开展边境文旅走廊建设，推动跨境旅游合作区落地。", "zh"),  # a subject-less work-plan sentence
    ("四川外国语大学作为援外培训承办机构，面向东盟国家开设课程。", "zh"),  # 承办 as a noun modifier
    ("Under the sister-city framework, more and more projects are launched.", "en"),
])
def test_work_plans_nominal_uses_and_trends_are_not_acts(text, lang):
    assert _acts(text, lang) == []


def test_an_agreement_with_a_weak_cultural_word_stays_a_project(tagger):
    text = "9月5日，省长会见德国萨克森州州长，双方签署深化友好交流合作关系备忘录。"
    assert tagger.tag(text).engagement == "cooperation_project"


def test_abbreviation_fragments_do_not_push_the_act_out_of_the_window(tagger):
    text = ("Last week, U.S. Consul General Smith visited Chengdu. It was his first trip to the city since "
            "taking office in the spring. On June 3, Sichuan vice governor Li met with Consul General Smith "
            "and his party in Chengdu.")
    assert tagger.tag(text).engagement == "high_level_meeting"


def test_an_act_reached_only_after_several_sentences_of_analysis_is_an_example(tagger):
    text = ("广西与东盟的地缘优势明显。近年来，双方往来日益密切。人文交流不断深化。"
            "口岸建设持续推进。去年中国—东盟博览会在南宁举行。")
    assert tagger.tag(text).engagement is None


@pytest.mark.parametrize("text", [
    "Hubei governor leads trade delegation to Poland and Hungary",
    "The consulate said Hunan and the state of Ohio co-hosted a trade mission in Columbus last week.",
    "Jiangxi and Japan's Okayama prefecture marked 30 years as friendly provinces with a concert in Nanchang.",
])
def test_english_headlines_and_reported_past_acts_are_acts(text):
    assert _acts(text, "en") == [0]


@pytest.mark.parametrize("text", [
    # urging someone to act is a directive reported (a headline of domestic coordination), while
    # urging closer cooperation is a remark (issue 15)
    "Guangxi Foreign Affairs Office urges cities to step up border exchanges",
    # a remark made at a meeting reports the meeting
    "The governor said during a meeting with the Lao Ambassador that trade keeps growing.",
    # an institution cited as the source reports the act
    "The governor of Hainan met the Thai consul general in Haikou, the provincial government said.",
])
def test_english_directives_and_sourced_acts_are_acts(text):
    assert _acts(text, "en") == [0]


@pytest.mark.parametrize("text", [
    "The governor urged closer cooperation with Vietnam in border trade.",
    "The governor called for closer cooperation with Vietnam.",
    "Ningxia opened six air routes to Central Asia, the Party chief said.",
    "Yunnan and Laos should deepen cooperation, the governor urged.",
    "In 2023, the two border cities signed seven memoranda on trade.",
    "The governor spoke of the Expo, which will be held in Nanning on September 18.",
])
def test_english_remarks_tallies_and_future_events_are_not_acts(text):
    assert _acts(text, "en") == []


def test_a_remark_reported_in_the_present_is_not_an_act():
    assert _acts("He said that the province hosts many fairs for its neighbours.", "en") == []


def test_light_verb_with_a_modified_noun_reports_an_act():
    """进行为期三天的访问 is a visit made (the light verb carries the act), while 签署的协议 only
    qualifies a noun."""
    s = "湖南省代表团于上月对老挝进行了为期三天的友好访问。"
    assert act_sentences(s, [(0, len(s))], lang="zh") == [0]
    s2 = "双方回顾了去年签署的合作协议。"
    assert act_sentences(s2, [(0, len(s2))], lang="zh") == []


@pytest.mark.parametrize("text", [
    "On May 5, Yunnan's vice governor held exchanges with the Myanmar delegation attending the South Asia Expo "
    "in Kunming.",
    "On June 2, Jilin's vice governor hosted the visiting delegation of the Russian Primorsky Krai legislature at the "
    "expo centre in Changchun.",
    "6月2日，副省长在南宁与出席东博会的越南代表团交谈。",
])
def test_meeting_verbs_beyond_meet_make_the_meeting_the_main_act(tagger, text):
    # rule 2: exchanges, a working session, a phone call with guests of an expo are a meeting (acc4, item 1)
    assert tagger.tag(text, date="2023-06-05").engagement == "high_level_meeting"


@pytest.mark.parametrize("text", [
    "From May 5 to 7, Lao Prime Minister Sonexay Siphandone visited Yunnan. Governor Wang Yubo met him in Kunming.",
    "5月5日至7日，老挝总理宋赛·西潘敦访问云南。省长王予波在昆明与其会见。",
    "5月5日，泰国曼谷市长率团访问广西，副主席在南宁会见了代表团一行。",
])
def test_rule_8_a_foreign_leaders_visit_to_a_province_with_a_meeting_is_a_meeting(tagger, text):
    # the visit's destination is a Chinese province: the foreign side comes (acc4, item 2)
    assert tagger.tag(text, date="2023-05-08").engagement == "high_level_meeting"


@pytest.mark.parametrize("text, expected", [
    # the cultural event is another clause's act: the letter of intent is a project (acc4, item 3)
    ("青海省副省长率团访问尼泊尔，在加德满都签署友好交流意向书，并出席文化旅游推介活动。", "cooperation_project"),
    ("On May 3, Hainan signed agreements with firms from Malaysia, and then held a tourism roadshow in Kuala Lumpur.",
     "cooperation_project"),
    # what the signing clause is about still decides (rule 4)
    ("江西省与肯尼亚签署农业技术人员培训合作协议。", "training"),
])
def test_rule_4_reads_what_was_signed_in_the_signing_clause(tagger, text, expected):
    assert tagger.tag(text, date="2023-05-08").engagement == expected


@pytest.mark.parametrize("text, acts", [
    # schedules and preparations are intent (acc4, item 5)
    ("The Guangxi delegation is due to sign a trade deal in Hanoi.", []),
    ("Yunnan officials are slated to hold talks in Bangkok.", []),
    # a sentence opening with "since" sums up a period
    ("Since joining the network, Hainan has hosted dozens of foreign delegations.", []),
    ("Since taking office, the governor met dozens of ambassadors in Kunming.", []),
    # "have signed" on a named occasion reports that occasion's act; over the years it sums up
    ("The two provinces have signed five agreements during the governor's visit to Seoul.", [0]),
    ("The two sides have signed a sister-province agreement at the signing ceremony in Harbin.", [0]),
    ("The two provinces have signed five agreements over the years.", []),
])
def test_english_schedules_periods_and_occasions(text, acts):
    assert _acts(text, "en") == acts


@pytest.mark.parametrize("vote", [
    RuleVote(scores={}, act=False),
    RuleVote(scores={}, act=True),
    RuleVote(scores={"high_level_meeting": 6.0, "delegation_visit": 1.0}, act=True, partners=1),
    RuleVote(scores={"delegation_visit": 3.0, "forum_expo": 3.0}, act=True, meeting_first=True, partners=2),
    RuleVote(scores={"multilateral_meeting": 2.0}, act=True, partners=1),
    RuleVote(scores={"cooperation_project": 2.0}, act=None),
])
def test_rules_only_detail_is_the_validated_one(vote):
    """blend builds the rules-only detail without validation (issue 15): the same values,
    the same fields set, its own cue list, as the validated constructor gives."""
    from pipeline.schemas import EngagementDetail

    cues = ["cue.b", "cue.a"]
    d = blend(vote, None, 0.0, cues=cues)
    v = EngagementDetail(**{k: getattr(d, k) for k in d.model_fields_set})
    assert d.model_dump() == v.model_dump() and d.model_dump_json() == v.model_dump_json()
    assert d.model_fields_set == v.model_fields_set and d == v
    assert d.cues == cues and d.cues is not cues
    assert type(d.score) is float and type(d.runner_up_score) is float
    assert list(d.__dict__) == list(EngagementDetail.model_fields)  # (the JSON row's order)


@pytest.mark.parametrize("text, label", [
    # an agreement on a field and another sector together is a general one (rule 4)
    ("海南省与马尔代夫在海口签署旅游和农业合作谅解备忘录。", "cooperation_project"),
    ("Hainan and the Maldives signed a memorandum of understanding on tourism and agriculture cooperation in "
     "Haikou on Tuesday.", "cooperation_project"),
    ("5月8日，广西与越南广宁省签署经贸、旅游合作备忘录。", "cooperation_project"),
    # one field's agreement keeps its field, also where a sector is its subject
    ("5月8日，省长会见泰国客人，双方签署文化交流合作备忘录。", "cultural_exchange"),
    ("湖南省与埃塞俄比亚签署农业技术人员培训合作协议。", "training"),
])
def test_an_agreement_on_a_field_and_a_sector_is_general(text, label):
    from pipeline.tagger import Tagger

    assert Tagger(model=None).tag(text, date="2024-05-10").engagement == label
