"""Pages reporting several engagements (round 11, helper emul: recall on round-ups, features,
tours with stops, acts phrased briefly or late).

Every sentence here is written for the test.
"""

import pytest
from _helpers import triples

from pipeline.engagement.roundups import simultaneous


# ------------------------------------------------------------------ 1. a feature's loose items

FEATURE_EN = (
    "Border provinces step up outreach to their neighbours\n\n"
    "Analysts say the provinces now carry much of the country's regional diplomacy. "
    "In the weeks that followed, the capital launched a fresh push to court the region. "
    "Chen Min, the party secretary of Xinjiang, opened the season with a five-day trip to Central Asia in early May. "
    "Meanwhile, Li Hua, party boss of Yunnan province, paid an official visit to Laos, "
    "and went on to Cambodia. "
    "Zhou Jun, the party chief of Guangxi, headed for Thailand and Vietnam in mid-May on a week of "
    "talks. "
    "Observers expect more such visits this year."
)


def test_feature_items_each_an_engagement(tagger):
    rec = tagger.tag(FEATURE_EN)
    got = triples(rec)
    assert (("CN-XJ",), (), ("CENTRAL_ASIA",), "delegation_visit") in got
    assert any(t[0] == ("CN-YN",) and "LAO" in t[1] for t in got)  # "Meanwhile, …": the time of the item before
    assert any(t[0] == ("CN-GX",) and set(t[1]) == {"THA", "VNM"} for t in got)  # a weak "trip" with named countries
    assert all(t[3] == "delegation_visit" for t in got)  # the scene-setting clause ("launched") decides nothing


def test_simultaneous():
    assert simultaneous("与此同时，省长率团访问泰国。", 0)
    assert simultaneous("At the same time, the governor visited Laos.", 0)
    assert not simultaneous("同时要加强合作。", 0)


# ------------------------------------------------------------------ 2. months of a city's year

def test_months_of_one_list_are_occasions(tagger):
    text = ("山西某市外办通报今年对外交往情况。某市积极推动与俄罗斯、德国城市的友好合作，签署了多份合作文件。"
            "今年3月，俄罗斯某市代表团访问我市，与某县签订了友好城市意向书；"
            "9月，市代表团赴德国进行经贸洽谈，与德国某市签订了友好交流意向书。")
    got = triples(tagger.tag(text))
    assert len(got) >= 2 and any(t[1] == ("DEU",) for t in got)  # 3月 and 9月: two occasions, not one


# ------------------------------------------------------------------ 3. the guests acting again at a later stop

def test_tour_stops_keep_the_guests_country(tagger):
    text = ("8月3日，韩国某市代表团抵达扬州，与扬州市签署了友好城市合作协议。随后，代表团一行到访了山东省。"
            "8月5日，代表团与青岛市长就两市合作举行了座谈。")
    got = triples(tagger.tag(text))
    assert any(t[0] == ("CN-JS",) and t[1] == ("KOR",) for t in got)
    assert any(t[0] == ("CN-SD",) and t[1] == ("KOR",) for t in got)  # 代表团一行: the Korean group again
    assert not any(t[1] == () and not t[2] for t in got)


def test_guest_named_again_and_the_state_visit(tagger):
    text = ("7月2日晚，安徽省委书记在合肥会见了来访的斐济总理卡拉尼一行。"
            "卡拉尼应国务院总理邀请，自6月28日起到中国进行正式访问。此前，卡拉尼在上海访问。")
    got = triples(tagger.tag(text))
    assert (("CN-AH",), ("FJI",), (), "high_level_meeting") in got
    assert any(t[0] == ("CN-SH",) and t[1] == ("FJI",) for t in got)  # the guest's earlier stop: his country
    assert not any(t[0] == ("CN-AH",) and t[3] == "delegation_visit" for t in got)  # the visit to China is the state's


def test_english_later_stop_of_the_guests(tagger):
    text = ("On June 9, the vice governor of Hebei met the Deputy Premier of Manitoba, Canada, in Shijiazhuang, and "
            "the two sides signed a letter of intent on sister-province relations.\n\n"
            "The deputy premier and his accompanying team then continued to visit Guangxi.")
    got = triples(tagger.tag(text))
    assert any(t[0] == ("CN-GX",) and t[1] == ("CAN",) for t in got)


# ------------------------------------------------------------------ 4. a round-up's summary, an earlier month's meeting

def test_summary_of_two_trips_and_last_months_meeting(tagger):
    from datetime import date

    from pipeline.schemas import Document

    text = ("本周，甘肃省委书记和青海省委书记各自率团出访中亚多国。\n"
            "10月2日至6日，甘肃省委书记率甘肃省代表团访问哈萨克斯坦、吉尔吉斯斯坦。\n"
            "10月3日至7日，青海省委书记率青海省代表团在乌兹别克斯坦访问，会见了乌兹别克斯坦副总理。\n"
            "值得一提的是，青海省委书记刚于上月20日在西宁会见了乌兹别克斯坦副总理。")
    rec = tagger.tag_document(Document(id="t", text=text, date=date(2024, 10, 8)))
    got = triples(rec)
    assert not any(len(t[0]) > 1 for t in got)  # the summary sentence of both trips is no engagement of its own
    assert any(t[0] == ("CN-QH",) and t[3] == "high_level_meeting" for t in got)  # 上月20日: another occasion
    meeting = next(e for e in rec.engagements if e.category == "high_level_meeting")
    assert meeting.date == "2024-09-20"


# ------------------------------------------------------------------ 5. a signing dated before the trip is background

def test_signing_before_the_trip_is_not_the_trips():
    from pipeline.engagement.segments import late_signing

    s = ("6月10日至15日，陕西省省长率团访问土库曼斯坦。此前，5月8日，各国领导人共同签署了峰会宣言。"
         "访问期间，省长会见了土库曼斯坦副总理。")
    assert late_signing(s, "zh", (0, len(s)), 2023, None, "2023-06-10") is None
    t = s.replace("此前，5月8日，各国领导人共同签署了峰会宣言。", "6月12日，双方签署了合作备忘录。")
    assert late_signing(t, "zh", (0, len(t)), 2023, None, "2023-06-10") == "cooperation_project"


# ------------------------------------------------------------------ 6. another news item on the page (又讯)

def test_second_news_item_is_its_own_engagement(tagger):
    text = ("本报讯 浙江公共外交周11月3日在杭州开幕，为期两天，百余名外国友好组织代表与会。"
            "副省长出席开幕式并致辞。\n"
            "又讯 昨日下午，浙江省友协与来自9个国家的12个外国友好组织签署友好合作备忘录。省政协副主席出席活动。")
    got = triples(tagger.tag(text))
    cats = {t[3] for t in got if t[0] == ("CN-ZJ",)}
    assert {"cultural_exchange", "cooperation_project"} <= cats  # the week and, another item, the signing


# ------------------------------------------------------------------ 7. a tally of ties is no act

def test_tally_of_ties_is_no_act(tagger):
    text = ("江苏某市外办通报全市对外交往情况。此外，某市还与美国、法国、日本等5个国外城市签订了友好交流意向书。"
            "今年4月，西班牙某市代表团访问南通市，与某县签订了缔结友好城市意向书。")
    got = triples(tagger.tag(text))
    partners = {p for t in got for p in t[1]}
    assert "ESP" in partners and not partners & {"USA", "FRA", "JPN"}  # the tally's countries: statistics


def test_tour_lead_listing_hosts_is_the_first_hosts_act(tagger):
    text = ("6月1日起，日本某市代表团对山东省青岛市以及江苏省南通市进行了为期四天的访问。"
            "代表团首先到访了南通市，并与南通市签署了友好城市合作协议。随后，代表团一行到访了山东省。"
            "6月3日，代表团与青岛市长举行了座谈。")
    rec = tagger.tag(text)
    first = rec.engagements[0]
    assert first.provinces == ["CN-JS"] and first.category == "cooperation_project"  # not Shandong's signing
    assert any(e.provinces == ["CN-SD"] and e.partners == ["JPN"] for e in rec.engagements)
