"""Texts that report no act, and their boundary (helper pnone, round 13: a grid of invented probes).

Each class was found by varying one thing in a grid of invented sentences; every sentence here is
new (not one of the probes):

1. An invitation only extended (诚邀/邀请/欢迎…参加/出席/莅临 an event; "invited … to attend",
   "welcomes … to take part") reports no act; a day leading the sentence, 应…邀请 and "at the
   invitation of" still report the act made, and 邀请…共庆 (a celebration held together) is one.
2. A notice, a call for applications or a guideline (关于…的通知, 招生简章, 报名截止, 申报指南,
   "applications close", "calling for proposals", "published its guidelines on") reports no act.
3. A meeting in the passive, 受到…的(亲切)会见/接见, is a meeting, not a noun qualified by 的.
4. A future act carried over a comma into talks (预计下周来访，与省领导举行会谈) and a future
   time (下周, 下个月, 明年) before a dated predicate announce; a habitual act (多次, 屡次, 历任;
   "repeatedly", "on several occasions") is a summary.
5. A country's one-character name after a visit verb (访日行程, 赴韩考察, 在俄期间) is the trip's partner.
6. An English leading group on foreign affairs holding "a meeting to review/plan …" with no foreign party is
   domestic work (cues.yaml: domestic_coordination.typical).
7. An event followed by its preparations (论坛各项筹备工作, 消博会筹备工作) is still to come.
"""

from __future__ import annotations

from _helpers import triples


def _tag(tagger, text, lang, date="2024-10-20", src=None):
    return tagger.tag_document(_doc(text, lang, date, src))


def _doc(text, lang, date, src):
    from pipeline.documents import as_document
    d = {"id": "t", "text": text, "lang": lang, "date": date}
    if src:
        d["source_province"] = src
    return as_document(d)


# 1. invitations only extended
def test_invitation_zh_reports_no_act(tagger):
    for text in ("海南省政府诚挚邀请斐济企业家明年来琼参加消博会。",
                 "欢迎柬埔寨各界朋友莅临第二十一届中国—东盟博览会。",
                 "四川省长盛邀匈牙利佩斯州州长率团出席西博会。"):
        rec = _tag(tagger, text, "zh")
        assert rec.engagements == [] and rec.engagement is None, text


def test_invitation_en_reports_no_act(tagger):
    for text in ("Hainan invited Fijian entrepreneurs to attend next year's consumer products expo in Haikou.",
                 "Sichuan welcomes companies from Hungary to take part in the Western China International Fair.",
                 "The Guangxi chairman extended an invitation to the Cambodian minister to visit Nanning."):
        rec = _tag(tagger, text, "en")
        assert rec.engagements == [], text


def test_invitation_with_act_still_reported(tagger):
    # a day leads: the event the invited attended is reported
    rec = _tag(tagger, "10月18日，四川省外办邀请10国驻渝总领事参加熊猫文化周活动并赴都江堰参观。", "zh")
    assert rec.engagements
    # at whose invitation a visit is made
    rec = _tag(tagger, "应斐济政府邀请，海南省代表团10月15日至18日访问斐济。", "zh")
    assert [t[3] for t in triples(rec)] == ["delegation_visit"]
    # a celebration held together
    rec = _tag(tagger, "凭祥市端午龙舟节邀请越南同登民众同庆", "zh")
    assert rec.engagements


# 2. notices and calls
def test_notice_zh_reports_no_act(tagger):
    for text in ("关于选派青年教师赴泰国高校访学的通知：请各单位于11月5日前报送推荐人选。",
                 "2025年“留学四川”政府奖学金招生简章：面向东南亚国家学生，报名截止日期为12月1日。"):
        rec = _tag(tagger, text, "zh", src="CN-SC")
        assert rec.engagements == [], text


def test_notice_en_reports_no_act(tagger):
    for text in ("Applications for the Hainan scholarship for Pacific island students close on December 1.",
                 "The Sichuan Foreign Affairs Office is calling for proposals for exchanges with Hungarian counties.",
                 "The Fujian Foreign Affairs Office has issued new guidelines on approving official visits abroad."):
        rec = _tag(tagger, text, "en")
        assert rec.engagements == [], text


# 3. the passive meeting
def test_passive_meeting_zh(tagger):
    for text in ("匈牙利驻华大使一行18日在成都受到四川省委书记的会见。", "泰国驻成都总领事18日在成都受到四川省副省长的亲切接见。"):
        rec = _tag(tagger, text, "zh")
        assert [(t[0], t[3]) for t in triples(rec)] == [(("CN-SC",), "high_level_meeting")], text


# 4. future chains, future times, habitual acts
def test_future_talks_over_comma(tagger):
    rec = _tag(tagger, "斐济驻华大使预计下周来琼访问，与海南省领导就渔业合作举行会谈。", "zh")
    assert rec.engagements == []


def test_habitual_acts_are_summaries(tagger):
    rec = _tag(tagger, "他曾在省外办工作多年，屡次随团出访中亚国家。", "zh", src="CN-XJ")
    assert rec.engagements == []
    rec = _tag(tagger, "She has repeatedly led trade missions to Central Asian countries.", "en", src="CN-XJ")
    assert rec.engagements == []


# 5. the trip's one-character country
def test_visit_abbreviation_is_the_partner(tagger):
    rec = _tag(tagger, "四川省经贸代表团日前结束访泰行程，在泰期间考察了两家农业企业。", "zh")
    assert triples(rec) == [(("CN-SC",), ("THA",), (), "delegation_visit")]


# 6. an English leading group's or commission's own meeting (no foreign party): domestic work
def test_leading_group_meeting_en_is_domestic(tagger):
    rec = _tag(tagger, "On October 9, the Sichuan foreign affairs leading group held a meeting to review the year's work.", "en")
    assert [t[3] for t in triples(rec)] == ["domestic_coordination"]


# 7. an event named as the object of its preparations is still to come
def test_event_in_preparation_reports_no_act(tagger):
    for text in ("福建将举办第二十四届投洽会\n记者从省商务厅获悉，投洽会筹备工作进展顺利。",
                 "四川将承办中国—中亚农业合作论坛\n据省农业农村厅介绍，论坛各项筹备工作正在有序推进。"):
        rec = _tag(tagger, text, "zh")
        assert rec.engagements == [], text
