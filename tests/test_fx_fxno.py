"""Texts that report no act, and acts easily mistaken, on real pages (helper fxno, round 10).

1. An agreement named after an anniversary is signed now (签署了“建交30周年纪念协议”, "signed a 25th
   anniversary memorandum"): the anniversary frame (成立20周年, 结好30周年) names a founding only when no
   agreement noun follows it.
2. A work summary's office speaking of itself (我办针对…, 本局…) in an undated sentence tells the year's work;
   the act words in the object of a task done well (办好…签证工作, 协调好…会见、洽谈等接待活动) name a kind
   of work, not an act.
3. English pages about China's own foreign-affairs bodies (a plenary of a provincial foreign affairs
   committee, a friendship association's work exchange meeting, a national directors' conference with
   the foreign minister present) engage no foreign party: domestic_coordination (rule 5).
4. An English announcement led by a time phrase ("Next month, mayors of 80 cities … will travel to …") reports
   no act, as the same sentence without the phrase does.

Every sentence here is written for the test.
"""

import pytest

from pipeline.engagement.en_wire import domestic_en, own_offices_masked
from pipeline.engagement.signing import signed
from pipeline.engagement.summaries import future_main, summary_sentence, work_object


# ------------------------------------------------- 1. an agreement named after an anniversary

@pytest.mark.parametrize("sentence,lang", [
    ("仪式上，两市市长共同签署了“结好25周年纪念协议书”。", "zh"),
    ("会谈后，双方签署两省建立友好关系20周年合作备忘录。", "zh"),
    ("the two governors then signed a 30th anniversary memorandum on trade.", "en"),
])
def test_an_agreement_named_after_an_anniversary_is_signed_now(sentence, lang):
    assert signed(sentence, lang)


@pytest.mark.parametrize("sentence,lang", [
    ("今年是两市缔结友好城市关系35周年。", "zh"),
    ("两省签署友好协议20周年之际，双方互致贺信。", "zh"),
])
def test_an_anniversary_of_a_founding_is_still_no_signing(sentence, lang):
    assert not signed(sentence, lang)


def test_an_online_anniversary_ceremony_with_a_signed_agreement_is_a_cooperation_project(tagger):
    text = ("9月20日，某省某市与韩国某郡通过视频连线举行结好30周年纪念活动。活动中，两地负责人签署了"
            "“结好30周年合作协议书”，商定在农业、旅游领域深化合作。")
    rec = tagger.tag(text, lang="zh")
    assert [e.category for e in rec.engagements] == ["cooperation_project"], rec.engagements


# ------------------------------------------------- 2. a work summary's office and its tasks

@pytest.mark.parametrize("sentence", [
    "本办围绕全年任务，统筹安排各类出访，做好了各项服务保障。",
    "同时，本局积极配合省外办完成来访外宾的会见安排。",
])
def test_an_office_speaking_of_itself_without_a_day_is_a_summary(sentence):
    assert summary_sentence(sentence, sentence, 0, zh=True)


def test_an_office_speaking_of_itself_on_a_day_is_reported():
    sentence = "3月15日，我办主任会见了来访的泰国某府代表团。"
    assert not summary_sentence(sentence, sentence, 0, zh=True)


@pytest.mark.parametrize("sentence,word", [
    ("及时办好了市考察团赴智利参加农业展会的签证工作。", "赴"),
    ("协调好副市长与外国客商会见、洽谈等接待活动。", "会见"),
])
def test_act_words_in_the_object_of_a_task_done_well_name_a_kind_of_work(sentence, word):
    a = sentence.index(word)
    assert work_object(sentence, a, a + len(word), zh=True)


def test_a_task_done_well_does_not_mute_the_act_of_another_clause():
    sentence = "5月8日，市长会见了越南代表团，市外办做好了接待工作。"
    a = sentence.index("会见")
    assert not work_object(sentence, a, a + 2, zh=True)


def test_a_work_summary_item_listing_received_guests_reports_no_engagement(tagger):
    text = ("三、外事接待。1至9月，本办共完成外国团组接待21批、96人次。本办根据各国来访客人的需要，精心安排参观考察，"
            "协调好市领导与外宾的会见、会谈等接待活动。其中包括秘鲁某市代表团、哈萨克斯坦驻华使馆参赞等。")
    rec = tagger.tag(text, lang="zh")
    assert rec.engagement is None and rec.engagements == [], rec.engagements


# ------------------------------------------------- 3. China's own foreign-affairs bodies in English

@pytest.mark.parametrize("text", [
    "The provincial foreign affairs committee held its plenary session on March 3 to review the work report.",
    "On Friday the city friendship association organised a work exchange meeting with its honorary directors.",
    "A national directors' conference of local foreign affairs offices opened in Hefei on Monday.",
    "The provincial friendship association held its annual council meeting in Xining on April 3.",
])
def test_an_english_meeting_of_chinas_own_bodies_reads_as_domestic(text):
    assert domestic_en(text)


def test_chinas_own_friendship_association_and_foreign_minister_name_no_foreign_party():
    text = ("the provincial people's association for friendship with foreign countries held a plenary meeting. "
            "state councilor and foreign minister li attended.")
    masked = own_offices_masked(text)
    assert "foreign" not in masked


@pytest.mark.parametrize("text", [
    ("On April 9, the Provincial Foreign Affairs Committee of Anhui held a plenary meeting. The Party secretary "
     "presided over the meeting, which approved the committee's work report for 2025."),
    ("On January 5, 2024, the Hunan Provincial Association for Friendship with Foreign Countries convened a work "
     "exchange meeting, at which its secretary-general reviewed the year."),
])
def test_an_english_page_about_a_foreign_affairs_body_meeting_is_domestic_coordination(tagger, text):
    rec = tagger.tag(text, lang="en")
    assert [e.category for e in rec.engagements] == ["domestic_coordination"], rec.engagements


# ------------------------------------------------- 4. an English announcement led by a time phrase

@pytest.mark.parametrize("sentence", [
    "later this month, mayors of 80 cities from 20 countries will travel to xi'an for a forum.",
    "next week, a trade delegation from the province will travel to chile.",
])
def test_a_future_main_verb_after_a_time_phrase_announces(sentence):
    assert future_main(sentence, zh=False)


def test_a_past_verb_after_a_time_phrase_does_not_announce():
    assert not future_main("earlier this month, mayors of 80 cities from 20 countries travelled to xi'an for a forum.", zh=False)


def test_an_announced_conference_led_by_a_time_phrase_reports_no_engagement(tagger):
    text = ("Sister-City Ties Grow\n\nNext month, delegates from 60 foreign cities and 40 Chinese cities will "
            "come to Chengdu to join a friendship cities fair and a mayors' forum.")
    rec = tagger.tag(text, lang="en")
    assert rec.engagements == [], rec.engagements


# ------------------------------------------------- 5. a page's one act keeps the sides of its act sentences

def test_a_work_report_naming_one_dated_act_gives_it_only_the_acts_partner(tagger):
    text = ("过去一年，我们持续扩大高水平对外开放，成功举办某某博览会，省领导出访柬埔寨、缅甸等国。"
            "6月12日，省长率团访问马来西亚，签署8项经贸合作协议。")
    rec = tagger.tag(text, lang="zh")
    assert {"KHM", "MMR", "MYS"} <= set(rec.partners)  # the document's partners keep the summary's
    assert [(e.category, e.partners) for e in rec.engagements] == [("cooperation_project", ["MYS"])], rec.engagements


def test_an_earlier_tie_told_in_recent_years_is_not_the_signings_partner(tagger):
    text = ("8月5日，某省国际友城合作大会在省会举行。会上，某省与斯洛伐克某州签署建立友好省州关系协议书。"
            "近年来，智利某大区多次组团访问某省，双方在农业领域合作密切。")
    rec = tagger.tag(text, lang="zh")
    assert [e.partners for e in rec.engagements] == [["SVK"]], rec.engagements


def test_a_readout_naming_its_partner_in_a_remark_keeps_it(tagger):
    text = ("10月9日，省委书记在昆明会见老挝琅勃拉邦省省长一行。省委书记表示，近年来，两省交往密切。"
            "双方表示将深化农业、旅游合作。")
    rec = tagger.tag(text, lang="zh")
    assert [e.partners for e in rec.engagements] == [["LAO"]], rec.engagements


# ------------------------------------------------- 6. an English provincial body named without its province

@pytest.mark.parametrize("text", [
    "The Provincial Association for Friendship with Foreign Countries held its annual council meeting on May 9.",
    "On June 2, the Provincial Foreign Affairs Office held a briefing for local enterprises going abroad.",
])
def test_a_provincial_body_without_its_province_takes_the_source_province(tagger, text):
    from pipeline.documents import as_document
    rec = tagger.tag(as_document({"id": "t", "text": text, "lang": "en", "source_province": "CN-GS"}))
    assert "CN-GS" in rec.provinces, rec.provinces


def test_a_named_province_keeps_the_source_province_out(tagger):
    from pipeline.documents import as_document
    text = "The Provincial Foreign Affairs Office of Yunnan held a work meeting in Kunming on May 9."
    rec = tagger.tag(as_document({"id": "t", "text": text, "lang": "en", "source_province": "CN-GS"}))
    assert "CN-GS" not in rec.provinces and "CN-YN" in rec.provinces, rec.provinces


def test_a_tie_recalled_in_a_speech_is_not_the_signings_partner(tagger):
    text = ("6月3日，某省与巴西某州在省会签署深化友好合作备忘录。省长在致辞中说，从1988年某省与意大利某大区"
            "缔结首对友好省州开始，我省友城工作不断发展。")
    rec = tagger.tag(text, lang="zh", date="2024-06-04")
    assert [e.partners for e in rec.engagements] == [["BRA"]], rec.engagements
