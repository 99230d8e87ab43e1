"""Engagement categories on real pages (helper fcat: meetings with signings, donations, events and trips).

Real pages, labelled blind outside the repository, showed each class of miss below. The texts here are written
for the tests with other facts and names; each end-to-end test fails without its fix.
"""

from __future__ import annotations

from pipeline.engagement.late_acts import side_agreement


# --- rule 4: an agreement's full name holds 中华人民共和国, whose 华人 is no overseas-Chinese body -----------

def test_the_prc_in_an_agreements_full_name_is_no_diaspora_side_agreement():
    assert not side_agreement("随后，双方见证了两省农业厅签署《中华人民共和国湖北省与法国某大区农业合作协议》。")
    assert side_agreement("访问期间，代表团还与当地华人商会签署了合作备忘录。")


def test_a_tourism_agreement_signed_after_the_meeting_is_a_culture_engagement(tagger):
    text = ("8日，湖北省省长某某会见了法国某大区议长一行，双方就扩大两地旅游往来交换了意见。\n"
            "副省长某某参加会见。\n"
            "某某表示，湖北山水秀美，希望双方加强文化和旅游合作。\n"
            "议长表示，该大区与中国交往密切，愿进一步扩大合作。\n"
            "他说，去年该大区有多家企业到湖北考察。\n"
            "随后，两人见证了省文化和旅游厅与该大区旅游局签署《中华人民共和国湖北省与法国某大区旅游合作与交流协议》。")
    r = tagger.tag(text, date="2019-05-09")
    assert r.engagement == "cultural_exchange"


# --- aid: a page that reports only a donation names it by the verb and the goods ----------------------------

def test_a_donation_send_off_ceremony_is_a_cooperation_project(tagger):
    text = ("6月3日上午，江西省支援匈牙利友好州的一批医疗物资在南昌举行启运仪式，省外办副主任某某出席并捐赠。\n"
            "物资有口罩和呼吸机，运抵后将交给该州的几家医院。")
    r = tagger.tag(text, date="2020-06-04")
    assert r.engagement == "cooperation_project"
    assert "HUN" in r.partners


def test_an_english_donation_handover_is_a_cooperation_project(tagger):
    text = ("On May 6, Hunan province handed over a batch of medical supplies to its sister state in Malaysia. "
            "The donation includes masks, gloves and ventilators, a provincial official said at the handover ceremony.")
    r = tagger.tag(text, date="2020-05-07")
    assert r.engagement == "cooperation_project"


# --- the earlier hosts of a recurring event, listed with their count of editions, host nothing reported -----

def test_earlier_hosts_closed_by_a_count_of_editions_do_not_act(tagger):
    text = ("9月5日，第八届中国—东盟博物馆馆长论坛在南宁开幕，来自东盟国家的博物馆代表出席。"
            "该论坛已分别在杭州、西安、长沙和福州成功举办七届，是区域文博交流的重要平台。")
    r = tagger.tag(text, date="2023-09-06")
    assert r.provinces == ["CN-GX"]


def test_earlier_host_countries_closed_by_a_count_of_editions_are_no_partners(tagger):
    text = ("5月20日，第四届澜湄旅游城市合作联盟大会在西双版纳开幕，云南省副省长某某出席并致辞。"
            "大会此前已分别在泰国清迈和越南岘港举办三届。")
    r = tagger.tag(text, date="2024-05-21")
    assert "THA" not in r.partners and "VNM" not in r.partners


# --- a sister-cities conference is a conference of several countries' local governments (rule 6) ---------

def test_a_sister_cities_conference_with_forums_is_a_multilateral_meeting(tagger):
    text = ("10月12日，2022年中国国际友好城市大会在广州开幕，来自30多个国家的地方政府代表参会。"
            "大会设主论坛和三个分论坛，与会代表围绕城市治理、绿色发展等议题深入交流。")
    r = tagger.tag(text, date="2022-10-13")
    assert r.engagement == "multilateral_meeting"


# --- rule 4: a project launched at a forum outranks the forum; a training centre's launch is training -------

def test_a_training_centre_unveiled_during_a_forum_is_training(tagger):
    text = ("3月18日，中国—南亚农业合作论坛在昆明举行。论坛期间，中国—南亚农业技术培训中心揭牌成立，"
            "将为南亚国家培训农业技术人员。")
    r = tagger.tag(text, date="2024-03-19")
    assert r.engagement == "training"


def test_an_english_centre_founded_at_a_forum_outranks_the_forum(tagger):
    text = ("The China-ASEAN Vocational Training Centre was founded in Nanning during the China-ASEAN Mining Forum on Friday. "
            "The centre will train technicians for ASEAN countries, organisers said.")
    r = tagger.tag(text, date="2023-08-12")
    assert r.engagement != "forum_expo"  # rule 4 (its field: training only where its words weigh as a strong cue)
    assert (r.engagement_detail.precedence or "").startswith("rule4")
