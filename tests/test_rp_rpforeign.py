"""Misses of real pages written from the foreign side (issue 15, helper rpforeign), fixed by class.

1. An English place that names where an event still to come will be held ("a forum scheduled for
   May 3-4 in Almaty", "gearing up for the next session in Nanning"), where an earlier occasion
   took place ("his trip to Gyeonggi two months earlier") or that only qualifies a party ("a warm
   welcome to Chungcheong delegation") is not the venue of the act reported.
2. "Foreign (Overseas Chinese) Affairs Office", the English name of many provincial foreign-affairs
   offices, is no cue of a trip abroad.
3. The Chinese cities a sentence lists as the seats of consulates set up or located there
   (分别位于沈阳、上海和广州; 计划在哈尔滨开设总领事馆) are no actors; a city hosting a consulate's
   opening, a sentence that also reports a meeting, and 我省 keep theirs.
4. Vietnamese wire copy writes "Lancang – Mekong Cooperation" with spaced dashes: still LMC.

Every sentence here is written for the test.
"""

import pytest

from pipeline.engagement.datelines import not_venue_en
from pipeline.engagement.foreign_pages import consulate_seat_sentence
from pipeline.schemas import Document


# ------------------------------------------------------------------ 1. places that are not the act's venue

@pytest.mark.parametrize("text, place", [
    ("The akim invited investors to a trade forum scheduled for May 3-4, 2019 in Almaty.", "Almaty"),
    ("Both sides are gearing up for the next session of the joint committee in Nanning.", "Nanning"),
    ("The two sides will review the plan at the meeting to be held in Hai Phong.", "Hai Phong"),
    ("He recalled that his trip to Gyeonggi two months earlier had been fruitful.", "Gyeonggi"),
    ("The governor extended a warm welcome to Chungcheong delegation on Friday.", "Chungcheong"),
])
def test_a_place_of_a_future_event_an_earlier_trip_or_a_party_is_no_venue(text, place):
    assert not_venue_en(text, text.index(place))


@pytest.mark.parametrize("text, place", [
    ("The vice governor met the delegation in Nanning on Friday.", "Nanning"),
    ("Ahead of the expo, the governor held talks with the minister in Vientiane.", "Vientiane"),
    ("They met in Hanoi on May 3, two days before the forum opened.", "Hanoi"),
])
def test_the_place_of_the_act_itself_stays_a_venue(text, place):
    assert not not_venue_en(text, text.index(place))


def test_a_forum_still_to_come_does_not_send_a_meeting_in_china_abroad(tagger):
    text = ("URUMQI. The akim of the Kostanay region met with the vice chairman of the Xinjiang Uygur Autonomous "
            "Region in Urumqi on June 4, 2019. The akim invited Xinjiang companies to an investment forum "
            "scheduled for October 10-11, 2019 in Kostanay.")
    engs = tagger.tag(text, date="2019-06-05").engagements
    assert engs and all(e.direction != "outbound" and e.venue in ("CN-XJ", None) for e in engs)


def test_a_welcome_to_a_foreign_delegation_is_no_trip_abroad(tagger):
    text = ("Party Secretary of Hubei province met with the Chungcheongbuk-do delegation on June 12. He extended a warm "
            "welcome to Chungcheongbuk-do delegation and was pleased to meet the governor again in Wuhan.")
    engs = tagger.tag(text, date="2020-06-15").engagements
    assert engs and engs[0].direction == "inbound" and engs[0].venue == "CN-HB"


# ------------------------------------------------------------------ 2. the Overseas Chinese Affairs Office

def test_the_overseas_chinese_affairs_office_is_no_trip_abroad(tagger):
    text = ("On 4 June 2019, the Secretary-General of the ASEAN-China Centre met with the vice chairman of the "
            "Xinjiang Uygur Autonomous Region. A deputy director of the Foreign (Overseas Chinese) Affairs Office of "
            "the region attended the meeting.")
    engs = tagger.tag(text, date="2019-06-05").engagements
    assert engs and engs[0].direction != "outbound"


def test_a_trip_overseas_is_still_outbound(tagger):
    text = ("On 4 June 2019, the vice chairman of the Xinjiang Uygur Autonomous Region went overseas with a "
            "delegation and met the Secretary-General of the ASEAN Secretariat.")
    engs = tagger.tag(text, date="2019-06-05").engagements
    assert engs and engs[0].direction == "outbound"


# ------------------------------------------------------------------ 3. consular seats listed in a sentence

def _city(tagger, text, surface):
    doc = Document(id="t", text=text)
    rec = tagger.tag_document(doc)
    m = next(m for m in rec.mentions if m.label == "province" and m.text == surface)
    return text, m


@pytest.mark.parametrize("text, surface", [
    ("据报道，目前韩国在中国共有五个总领事馆，分别位于沈阳、青岛、上海、广州和成都。", "青岛"),
    ("据报道，目前韩国在中国共有五个总领事馆，分别位于沈阳、青岛、上海、广州和成都。", "上海"),
    ("该国外交部表示，计划明年在长沙开设总领事馆。", "长沙"),
    ("报道称，该国将在西安設(shè)立總領(lǐng)事館。", "西安"),
])
def test_cities_named_as_seats_of_consulates_are_no_actors(tagger, text, surface):
    assert consulate_seat_sentence(*_city(tagger, text, surface))


@pytest.mark.parametrize("text, surface, code", [
    ("泰国驻南宁总领事馆在南宁市开馆，自治区副主席出席仪式。", "南宁市", "CN-GX"),
    ("5月8日，吉林省副省长在长春会见新设立的俄罗斯驻沈阳总领事馆总领事。", "长春", "CN-JL"),
])
def test_a_city_hosting_an_opening_or_a_meeting_keeps_its_actor(tagger, text, surface, code):
    assert not consulate_seat_sentence(*_city(tagger, text, surface))
    assert code in tagger.tag(text, date="2021-05-10").provinces


def test_a_news_item_on_where_consulates_sit_names_no_province(tagger):
    text = "据报道，目前韩国在中国共有五个总领事馆，分别位于沈阳、青岛、上海、广州和成都。"
    assert tagger.tag(text).provinces == []


def test_my_province_seeking_consulates_still_acts(tagger):
    doc = Document(id="t", text="省外办负责人说，我省将积极争取更多国家在我省设立领事机构。", source_province="CN-GZ")
    assert tagger.tag_document(doc).provinces == ["CN-GZ"]


# ------------------------------------------------------------------ 4. LMC with spaced dashes

def test_lancang_mekong_with_spaced_dashes_is_lmc(tagger):
    rec = tagger.tag("Deputy Minister Tran met Yunnan's vice governor at the Lancang – Mekong Cooperation "
                     "week in Kunming on March 23, 2021.", date="2021-03-24")
    assert "LMC" in rec.regions
    rec = tagger.tag("Both sides will share data on the Mekong – Lancang River's water levels.")
    assert "LMC" not in rec.regions


# ------------------------------------------------------------------ 5. foreign spellings and datelines

@pytest.mark.parametrize("text, code", [
    ("Guangxi's Party Secretary paid a working visit to Việt Nam from May 5 to 8.", "VNM"),
    ("The Yunnan delegation held talks with leaders of Thanh Hóa province on May 5.", "VNM"),
    ("The governor of Guangxi met the Party chief of Hạ Long city on May 5.", "VNM"),
])
def test_vietnamese_spellings_with_diacritics_name_vietnam(tagger, text, code):
    assert code in tagger.tag(text, date="2023-05-10").partners


@pytest.mark.parametrize("text", [
    "GILGIT: The Gilgit-Baltistan chief minister met a Xinjiang trade delegation on Tuesday.",
    "KUCHING: The Sarawak premier received a Fujian delegation led by the vice governor on Tuesday.",
])
def test_a_foreign_dateline_closed_by_a_colon_places_the_act_abroad(tagger, text):
    engs = tagger.tag(text, date="2023-05-10").engagements
    assert engs and engs[0].direction == "outbound"


def test_the_kazakh_khorgos_zone_names_kazakhstan_not_xinjiang(tagger):
    rec = tagger.tag('TALDYKORGAN. KAZINFORM - The akim spoke of the "Khorgos - Eastern Gates" special economic zone.')
    assert "CN-XJ" not in rec.provinces


# ------------------------------------------------------------------ 6. the foreign host named by title and place

@pytest.mark.parametrize("text", [
    "Governor of Luang Namtha province Bounmy Xaysana received a delegation from Yunnan on May 5.",
    "Akim of Zhambyl region Nurlan Alikhanov welcomed a delegation of Changji prefecture on May 5.",
])
def test_a_foreign_governor_named_by_title_place_and_name_hosts_abroad(tagger, text):
    engs = tagger.tag(text, date="2023-05-10").engagements
    assert engs and engs[0].direction == "outbound"


# ------------------------------------------------------------------ 7. a leader's namesake

def test_a_deputy_namesake_of_another_provinces_governor_names_no_province(tagger):
    # Wang Hao was Zhejiang's governor in 2022; a Yunnan vice governor of that name is another man
    rec = tagger.tag("On May 5, the Governor of Bokeo province met a Yunnan delegation led by Vice Governor Wang Hao.",
                     date="2022-05-10")
    assert rec.provinces == ["CN-YN"]
    rec = tagger.tag("5月5日，云南省副省长王浩会见老挝博胶省省长。", date="2022-05-10")
    assert rec.provinces == ["CN-YN"]


def test_the_governor_himself_still_names_his_province(tagger):
    rec = tagger.tag("On May 5, Governor Wang Hao met the Lao ambassador.", date="2022-05-10")
    assert rec.provinces == ["CN-ZJ"]


# ------------------------------------------------------------------ 8. calling on a foreign leader; an invitation

def test_calling_on_a_foreign_leader_is_a_trip_abroad(tagger):
    engs = tagger.tag("On May 5, Guangdong Governor Wang Weizhong called on Penang Chief Minister Chow Kon Yeow.",
                      date="2023-05-10").engagements
    assert engs and engs[0].direction == "outbound" and engs[0].venue == "MYS"


def test_a_foreign_envoy_calling_on_a_provincial_leader_comes_to_china(tagger):
    engs = tagger.tag("On May 5, the Malaysian Consul General called on Guangdong Governor Wang Weizhong.",
                      date="2023-05-10").engagements
    assert engs and engs[0].direction == "inbound"


def test_a_country_one_is_invited_to_visit_is_no_venue(tagger):
    text = "The Thai Consul General called on Yunnan Governor Wang Yubo on May 5 and invited him to visit Thailand."
    assert not_venue_en(text, text.index("Thailand"))
    engs = tagger.tag(text, date="2023-05-10").engagements
    assert engs and engs[0].direction == "inbound"


# ------------------------------------------------------------------ 9. a titled embassy minister; dollars; food

def test_an_embassys_resident_minister_is_a_diplomat(tagger):
    engs = tagger.tag("On July 10, the Resident Minister of the Omani Embassy in China visited Hohhot.",
                      date="2024-07-12").engagements
    assert engs and engs[0].counterpart == "diplomat"


def test_us_dollars_written_with_a_space_are_no_partner(tagger):
    rec = tagger.tag("Gansu's trade with Kazakhstan reached 12 billion yuan (about US $1.7 billion) last year.")
    assert "USA" not in rec.partners and "KAZ" in rec.partners


def test_a_food_street_is_no_united_states(tagger):
    assert "USA" not in tagger.tag("南宁新开了一条泰越美食街，吸引不少游客。").partners
    assert {"RUS", "JPN", "KOR", "USA"} <= set(tagger.tag("俄日韩美四国客商来到珲春考察。").partners)


# ------------------------------------------------------------------ 10. a foreign page with no Chinese side

def test_two_foreign_provinces_meeting_engage_no_chinese_side(tagger):
    rec = tagger.tag("On March 14, leaders of Vietnam's Dien Bien province held talks with their counterparts from "
                     "Laos' Luang Prabang province in Dien Bien Phu.", date="2024-03-15")
    assert rec.partners == [] and rec.engagement is None and rec.engagements == []


def test_a_foreign_page_naming_china_keeps_its_partners(tagger):
    rec = tagger.tag("On March 14, leaders of Vietnam's Dien Bien province held talks with a delegation from China's "
                     "Yunnan province in Dien Bien Phu.", date="2024-03-15")
    assert rec.partners == ["VNM"] and rec.engagements


# ------------------------------------------------------------------ 11. Mongolian aimags

def test_a_mongolian_aimag_is_a_foreign_province(tagger):
    rec = tagger.tag("On August 8, the governor of Tuv aimag met the mayor of Erenhot.", date="2019-08-10")
    assert rec.partners == ["MNG"] and rec.engagements and rec.engagements[0].counterpart == "subnational"
    rec = tagger.tag("The governor of Mongolia's Bayan-Tsagaan aimag met the mayor of Erenhot on August 8.",
                     date="2019-08-10")
    assert rec.engagements and rec.engagements[0].counterpart == "subnational"
