"""Attributes of an engagement (date, official, counterpart) on a grid of invented probes (helper qattr).

The grid (kept outside the repository) varied one attribute's form at a time around one act; each class
of miss it showed has a test below, with sentences written for the tests (other provinces, names and
dates than the probes). Each test fails without its fix.
"""

from __future__ import annotations


def _one(tagger, text, date=None):
    r = tagger.tag(text, date=date)
    assert len(r.engagements) == 1, [e.category for e in r.engagements]
    return r.engagements[0]


# --- dates: a page's stamp line, a guest's arrival told as a relative clause, an event still to come -----------

def test_stamp_line_at_the_head_is_the_report_day_not_the_act_day(tagger):
    e = _one(tagger, "June 14, 2023\nHeilongjiang Governor Liang Huiling met the Russian Ambassador to China "
                     "in Harbin on June 12.")
    assert e.date == "2023-06-12"
    e = _one(tagger, "(June 14, 2023)\nHeilongjiang Governor Liang Huiling met the Russian Ambassador to China "
                     "in Harbin on June 12.")
    assert e.date == "2023-06-12"


def test_stamp_line_with_weekday_dates_a_weekday_in_the_body(tagger):
    e = _one(tagger, "Wednesday, June 14, 2023\nHeilongjiang Governor Liang Huiling met the Russian Ambassador "
                     "to China in Harbin on Monday.")
    assert e.date == "2023-06-12"


def test_arrival_day_in_a_relative_clause_is_not_the_meeting_day_en(tagger):
    e = _one(tagger, "Kazakh Deputy Prime Minister Serik Zhumangarin, who arrived in Urumqi on Sunday for a "
                     "three-day visit, held talks with Xinjiang Party Secretary Ma Xingrui on Monday.",
             date="2023-06-14")
    assert e.date == "2023-06-12"
    e = _one(tagger, "Kazakh Deputy Prime Minister Serik Zhumangarin, who arrived in Urumqi on June 11, "
                     "held talks with Xinjiang Party Secretary Ma Xingrui on June 12.", date="2023-06-14")
    assert e.date == "2023-06-12"


def test_arrival_day_modifying_the_guest_is_not_the_meeting_day_zh(tagger):
    e = _one(tagger, "6月10日抵达乌鲁木齐的哈萨克斯坦副总理一行，12日受到自治区党委书记马兴瑞的会见。",
             date="2023-06-14")
    assert e.date == "2023-06-12"


def test_day_of_an_event_still_to_come_does_not_date_the_meeting(tagger):
    e = _one(tagger, "在第八届中国—亚欧博览会将于6月26日开幕之际，新疆维吾尔自治区主席艾尔肯·吐尼亚孜在乌鲁木齐"
                     "会见哈萨克斯坦驻华大使。", date="2023-06-14")
    assert e.date is None
    e = _one(tagger, "Ahead of the China-Eurasia Expo opening on June 26, Xinjiang Party Secretary Ma Xingrui "
                     "met the Kazakh Ambassador to China in Urumqi.", date="2023-06-14")
    assert e.date is None


def test_wire_weekday_without_on(tagger):
    e = _one(tagger, "Heilongjiang Governor Liang Huiling met the Russian Ambassador to China in Harbin Tuesday.",
             date="2023-06-14")
    assert e.date == "2023-06-13"


# --- officials: English titles with the unit's name inside, assistants, the CPPCC's party secretary ------------

def test_county_and_prefecture_heads_named_with_their_unit(tagger):
    e = _one(tagger, "The head of Dongning County met a delegation of the Ussuriysk city government in Dongning "
                     "on June 12.", date="2023-06-14")
    assert (e.official, e.level) == ("municipal", "county")
    e = _one(tagger, "The head of Yanbian Korean Autonomous Prefecture met the Consul General of the Republic of "
                     "Korea in Shenyang in Yanji on June 12.", date="2023-06-14")
    assert (e.official, e.level) == ("municipal", "municipal")


def test_assistant_governor_and_secretary_general_are_deputies(tagger):
    e = _one(tagger, "Sun Dongsheng, assistant governor of Heilongjiang Province, met the Russian Ambassador to "
                     "China in Harbin on June 12.", date="2023-06-14")
    assert e.official == "deputy"
    e = _one(tagger, "The secretary-general of the Heilongjiang provincial government met the Russian Ambassador "
                     "to China in Harbin on June 12.", date="2023-06-14")
    assert e.official == "deputy"
    e = _one(tagger, "The provincial political adviser Zhang Anshun met the Russian Ambassador to China in "
                     "Harbin on June 12.", date="2023-06-14")
    assert e.official == "deputy"


def test_cppcc_party_secretary_is_a_deputy(tagger):
    e = _one(tagger, "6月12日，黑龙江省政协党组书记、主席蓝绍敏在哈尔滨会见俄罗斯驻华大使。", date="2023-06-14")
    assert e.official == "deputy"


# --- counterparts: the Lancang-Mekong centre, firms by their legal suffix, embassies' ministers, central banks ---

def test_lancang_mekong_centre_is_an_international_organisation(tagger):
    e = _one(tagger, "Yunnan Vice Governor Wang Xiangang met officials of the Lancang-Mekong Cooperation Center "
                     "in Kunming on June 12.", date="2023-06-14")
    assert e.counterpart == "international_org"


def test_company_suffix_embassy_minister_and_central_bank_governor(tagger):
    e = _one(tagger, "Guangxi Vice Chairman Liu Ningning met the chairman of Vietnam's Hoa Phat Group JSC in "
                     "Nanning on June 12.", date="2023-06-14")
    assert e.counterpart == "business"
    e = _one(tagger, "Guangxi Vice Chairman Liu Ningning met the commercial minister of the Vietnamese Embassy "
                     "in Nanning on June 12.", date="2023-06-14")
    assert e.counterpart == "diplomat"
    e = _one(tagger, "Guangxi Vice Chairman Liu Ningning met the Governor of the National Bank of Cambodia in "
                     "Nanning on June 12.", date="2023-06-14")
    assert e.counterpart == "minister"


# --- direction: the Chinese side as the visitor in English ----------------------------------------------------

def test_visiting_chinese_official_travels(tagger):
    e = _one(tagger, "Kazakh Prime Minister Olzhas Bektenov met visiting Xinjiang Party Secretary Ma Xingrui on "
                     "March 12.", date="2024-03-14")
    assert (e.direction, e.venue) == ("outbound", "KAZ")
    e = _one(tagger, "Heilongjiang Governor Liang Huiling met visiting Russian Deputy Prime Minister Yury Trutnev "
                     "on March 12.", date="2024-03-14")
    assert e.direction == "inbound"


def test_received_by_a_foreign_national_leader_is_abroad(tagger):
    e = _one(tagger, "Xinjiang Party Secretary Ma Xingrui was received by Kazakh President Kassym-Jomart Tokayev "
                     "on March 12.", date="2024-03-14")
    assert (e.direction, e.venue) == ("outbound", "KAZ")


# --- counterpart: a guest introduced in the sentence before and met as "him" / 他 --------------------------------

def test_guest_named_by_a_pronoun_after_an_arrival_sentence(tagger):
    e = _one(tagger, "Kazakh Trade Minister Arman Shakkaliyev arrived in Urumqi on Sunday. Xinjiang Party "
                     "Secretary Ma Xingrui met him on Monday.", date="2024-03-14")
    assert e.counterpart == "minister"
    e = _one(tagger, "3月10日，俄罗斯驻华大使抵达哈尔滨。11日，黑龙江省省长梁惠玲会见了他。", date="2024-03-14")
    assert e.counterpart == "diplomat"
