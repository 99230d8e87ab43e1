"""Segmenting texts that report several acts, probe grid round 14 (helper qseg; engagement/apart_acts.py).

1. A leader's next meeting told in a sentence of its own, the leader named again by name, surname,
   pronoun or title after a word of another act (同日/当天/随后/此外/另悉/其间, "Later that day", "The same
   day", "In a separate meeting", "also met", "On Thursday"), with other guests: two engagements.
2. A meeting at home by the province's leaders while another leader's trip is told (在昆明会见, "in
   Kunming"), guests of none of the trip's countries: two engagements; meetings on the trip stay in it.
3. A work report's list of acts weeks apart, the first a trip that writes no last day: one each.
4. Texts that stay one engagement: the guests' tour after the meeting (随后，客人参观…), the talks
   during the meeting, a trip told by its stops, a meeting and the banquet for the same guests.

Every sentence here is written for the test.
"""

import pytest

from pipeline.documents import as_document, prepare
from pipeline.engagement.apart_acts import another_act


def _tag(tagger, text, **kw):
    return tagger.tag_document(prepare(as_document({"id": "t", "text": text, **kw})))


def _sides(rec):
    return sorted((tuple(e.provinces), tuple(sorted(e.partners)), e.category) for e in rec.engagements)


# ------------------------------------------------------------------ 1. the leader's next meeting

@pytest.mark.parametrize("text", [
    "6月12日,省委书记许勤在哈尔滨会见俄罗斯哈巴罗夫斯克边疆区州长一行。同日,许勤还会见了蒙古国驻华大使。",
    "6月12日,省委书记许勤在哈尔滨会见俄罗斯哈巴罗夫斯克边疆区州长一行。随后,许勤会见了蒙古国驻华大使。",
    "6月12日,省委书记许勤在哈尔滨会见俄罗斯哈巴罗夫斯克边疆区州长一行。此外,许勤当天还会见了蒙古国驻华大使。",
    "6月12日上午,许勤在哈尔滨会见俄罗斯哈巴罗夫斯克边疆区州长一行。6月12日下午,许勤会见蒙古国驻华大使。",
    "Heilongjiang Party Secretary Xu Qin met the Governor of Russia's Khabarovsk Krai in Harbin on June 12. "
    "Later that day, Xu also met Mongolia's Ambassador to China.",
    "Heilongjiang Party Secretary Xu Qin met the Governor of Russia's Khabarovsk Krai in Harbin on June 12. "
    "In a separate meeting, Xu met Mongolia's Ambassador to China.",
    "Heilongjiang Party Secretary Xu Qin met the Governor of Russia's Khabarovsk Krai in Harbin on June 12. "
    "Xu also met Mongolia's Ambassador to China the same day.",
])
def test_next_meeting_is_another_engagement(tagger, text):
    r = _tag(tagger, text, date="2024-06-14")
    assert _sides(r) == [(("CN-HL",), ("MNG",), "high_level_meeting"), (("CN-HL",), ("RUS",), "high_level_meeting")]


def test_letter_after_a_meeting_is_its_own_greeting(tagger):
    r = _tag(tagger, "Jiangsu Governor Xu Kunlin met the Consul General of Japan in Shanghai in Nanjing on June 12. "
                     "The same day, Xu sent a letter of condolence to the Governor of Chile's Valparaiso Region.",
             date="2024-06-14")
    cats = {tuple(e.partners): e.category for e in r.engagements}
    assert cats == {("JPN",): "high_level_meeting", ("CHL",): "greeting"}


@pytest.mark.parametrize("text,yes", [
    ("当天下午,刘宁又会见了泰国驻南宁总领事。", True),
    ("随后,蓝天立会见了马来西亚驻华大使。", True),
    ("另悉,当天王宁还会见了缅甸驻华大使。", True),
    ("The same day, the governor received a delegation from Peru.", True),
    ("On Thursday, Liang met the Consul General of Japan.", True),
    ("随后,客人参观了博览会展馆。", False),
    ("会见时,王宁表示,云南愿与老挝深化合作。", False),
    ("The guests later toured the expo centre.", False),
    ("Wang said Yunnan was ready to deepen cooperation.", False),
])
def test_another_act_opening(text, yes):
    assert another_act(text, (0, len(text))) is yes


# ------------------------------------------------------------------ 2. home meeting during a trip

@pytest.mark.parametrize("text", [
    "6月3日至10日,省委书记信长星率江苏省代表团访问德国、法国。6月5日,省长许昆林在南京会见了新西兰驻华大使一行。",
    "Jiangsu Party Secretary Xin Changxing led a delegation to Germany and France from June 3 to 10. "
    "On June 5, Governor Xu Kunlin met New Zealand's Ambassador to China in Nanjing.",
])
def test_home_meeting_during_another_leaders_trip(tagger, text):
    r = _tag(tagger, text, date="2024-06-12")
    assert _sides(r) == [(("CN-JS",), ("DEU", "FRA"), "delegation_visit"),
                         (("CN-JS",), ("NZL",), "high_level_meeting")]


def test_meetings_on_the_trip_stay_in_it(tagger):
    r = _tag(tagger, "6月3日至10日,省委书记信长星率江苏省代表团访问德国、法国。6月5日,信长星在柏林会见了德国经济部国务秘书。"
                     "6月8日,信长星在巴黎会见了法国外贸部长。", date="2024-06-12")
    assert _sides(r) == [(("CN-JS",), ("DEU", "FRA"), "delegation_visit")]


# ------------------------------------------------------------------ 3. a work report's list

def test_work_report_items_weeks_apart(tagger):
    r = _tag(tagger, "2023年,省外办全年接待来访团组48批。2月20日,副省长率团访问新加坡;6月8日,省长许昆林在南京会见"
                     "芬兰驻华大使;10月16日,省委书记信长星率团访问韩国。", date="2024-01-15")
    assert sorted(tuple(e.partners) for e in r.engagements) == [("FIN",), ("KOR",), ("SGP",)]


# ------------------------------------------------------------------ 4. one engagement

@pytest.mark.parametrize("text", [
    "6月12日,省委书记许勤在哈尔滨会见俄罗斯哈巴罗夫斯克边疆区州长一行。随后,客人参观了哈尔滨新区展馆。",
    "6月12日,省委书记许勤在哈尔滨会见俄罗斯哈巴罗夫斯克边疆区州长一行。会见期间,双方就对俄口岸建设交换意见。当晚,许勤设宴招待客人。",
    "Heilongjiang Party Secretary Xu Qin met the Governor of Russia's Khabarovsk Krai in Harbin on June 12. "
    "Xu said Heilongjiang values its ties with the Far East. The governor thanked Xu for the warm welcome.",
    "Heilongjiang Party Secretary Xu Qin met the Governor of Russia's Khabarovsk Krai in Harbin on June 12. "
    "The guests later toured the Harbin new area exhibition hall.",
])
def test_one_meeting_stays_one(tagger, text):
    r = _tag(tagger, text, date="2024-06-14")
    assert _sides(r) == [(("CN-HL",), ("RUS",), "high_level_meeting")]


# ------------------------------------------------------------------ 5. "led another delegation"

@pytest.mark.parametrize("text,partner", [
    ("Shandong Governor Zhou Naixiang led another delegation to Japan on May 6.", "JPN"),
    ("On May 6, Shandong Governor Zhou Naixiang led the provincial delegation to South Korea.", "KOR"),
    ("Shandong Governor Zhou Naixiang headed another delegation to Germany on May 6.", "DEU"),
])
def test_led_another_delegation_is_a_trip(tagger, text, partner):
    r = _tag(tagger, text, date="2024-05-10")
    assert [(e.category, e.partners) for e in r.engagements] == [("delegation_visit", [partner])]


def test_two_trips_months_apart(tagger):
    r = _tag(tagger, "A Shandong vice governor led a delegation to Brazil from March 4 to 9. From May 6 to 10, "
                     "Governor Zhou Naixiang led another delegation to Japan.", date="2024-05-12")
    assert sorted(tuple(e.partners) for e in r.engagements) == [("BRA",), ("JPN",)]


# ------------------------------------------------------------------ 6. a forum and the meeting on its sidelines

@pytest.mark.parametrize("text,guest", [
    ("6月5日,省长许昆林出席第二届中国—中亚合作论坛开幕式,并在会前会见了哈萨克斯坦副总理。", "KAZ"),
    ("6月5日,省长许昆林出席第二届中国—中亚合作论坛开幕式,会后会见了乌兹别克斯坦副总理一行。", "UZB"),
    ("Jiangsu Governor Xu Kunlin attended the opening ceremony of the China-Central Asia Expo in Nanjing on June 5 "
     "and met Kazakhstan's Deputy Prime Minister on its sidelines.", "KAZ"),
])
def test_meeting_in_the_forums_sentence(tagger, text, guest):
    r = _tag(tagger, text, date="2024-06-08")
    got = sorted((e.category, tuple(e.partners)) for e in r.engagements)
    assert got == [("forum_expo", ()), ("high_level_meeting", (guest,))]


def test_meeting_after_an_expo_opened_named_by_met(tagger):
    r = _tag(tagger, "The China-Central Asia Expo opened in Nanjing on June 5. Before the ceremony, Jiangsu Governor "
                     "Xu Kunlin met Kyrgyzstan's Deputy Prime Minister.", date="2024-06-08")
    assert ("high_level_meeting", ["KGZ"]) in [(e.category, e.partners) for e in r.engagements]


def test_separately_an_office_signs_with_another_partner(tagger):
    r = _tag(tagger, "Jiangsu Governor Xu Kunlin met the Mayor of Finland's Espoo in Nanjing on June 12. Separately, "
                     "the provincial education department signed a memorandum with Chile's Valparaiso Region the same day.",
             date="2024-06-14")
    assert len(r.engagements) == 2
    assert ("high_level_meeting", ["FIN"]) in [(e.category, e.partners) for e in r.engagements]


# ------------------------------------------------------------------ 7. the next act keeps the day and the leader

@pytest.mark.parametrize("text", [
    "6月12日,省委书记许勤在哈尔滨会见俄罗斯哈巴罗夫斯克边疆区州长一行。随后,许勤会见了蒙古国驻华大使。",
    "Heilongjiang Party Secretary Xu Qin met the Governor of Russia's Khabarovsk Krai in Harbin on June 12. "
    "In a separate meeting, Xu received Mongolia's Ambassador to China.",
])
def test_next_meeting_keeps_day_and_official(tagger, text):
    r = _tag(tagger, text, date="2024-06-14")
    second = [e for e in r.engagements if e.partners == ["MNG"]]
    assert [(e.date, e.official) for e in second] == [("2024-06-12", "party_secretary")]


def test_next_day_is_not_carried(tagger):
    r = _tag(tagger, "6月12日,省委书记许勤在哈尔滨会见俄罗斯哈巴罗夫斯克边疆区州长一行。次日,许勤会见了蒙古国驻华大使。",
             date="2024-06-14")
    assert sorted(e.date for e in r.engagements) == ["2024-06-12", "2024-06-13"]
