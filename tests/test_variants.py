"""Other words pages use for the same thing (round 12): found by swapping, in the project's own dev
texts, names and verbs for wider variant tables than ``bench/perturb.py``'s and reading which records
moved. Each example fails on the code before its change; the sentences are invented."""

from __future__ import annotations

import pytest


def _one(tagger, text):
    r = tagger.tag(text)
    return [(e.provinces, sorted(e.partners), e.category, e.direction, e.counterpart) for e in r.engagements]


# ---------------------------------------------------------------- 印尼 before another abbreviation

@pytest.mark.parametrize("text", ["浙江省经贸代表团在印尼巴厘岛出席投资推介会。", "福建省代表团访问印尼巴淡岛，考察产业园区。"])
def test_indonesia_before_a_place_starting_with_an_abbreviation_is_no_chain(tagger, text):
    """印尼巴… is Indonesia and a place (Bali, Batam), not 印 India + 尼 Nepal + 巴 Pakistan."""
    r = tagger.tag(text)
    assert r.partners == ["IDN"]


@pytest.mark.parametrize("text,codes", [("黑龙江省举办俄日韩蒙客商洽谈会，副省长出席。", ["JPN", "KOR", "MNG", "RUS"]),
                                        ("广西代表团访问新马泰三国。", ["MYS", "SGP", "THA"])])
def test_chains_of_abbreviations_still_read(tagger, text, codes):
    assert tagger.tag(text).partners == codes


# ---------------------------------------------------------------- 柬首相, 越副总理: abbreviation + title

@pytest.mark.parametrize("text,code,counterpart", [
    ("四川省委书记在成都会见柬首相一行。", "KHM", "head_of_state_or_government"),
    ("贵州省长会见越副总理。", "VNM", "minister"),
    ("云南省长在昆明会见缅总统。", "MMR", "head_of_state_or_government"),
    ("广东省长会见柬驻华大使。", "KHM", "diplomat"),
])
def test_a_country_abbreviation_before_its_leaders_title_names_the_country(tagger, text, code, counterpart):
    [(provinces, partners, category, direction, cp)] = _one(tagger, text)
    assert partners == [code] and category == "high_level_meeting" and direction == "inbound" and cp == counterpart


@pytest.mark.parametrize("text", ["省委书记会见新总理。", "他参加总理主持的会议。", "5月25日首相府举行仪式，省长出席。"])
def test_words_that_end_in_an_abbreviation_character_name_no_country(tagger, text):
    assert tagger.tag(text).partners == []


# ---------------------------------------------------------------- a mission, a group from a province

@pytest.mark.parametrize("noun", ["group", "mission"])
def test_a_foreign_host_welcoming_a_provinces_group_or_mission_is_a_meeting_abroad(tagger, noun):
    text = (f"Ohio Governor Tom Kell welcomed a {noun} from Shanxi Province led by Vice Governor Li Ming "
            "to Columbus on Monday.")
    [(provinces, partners, category, direction, cp)] = _one(tagger, text)
    assert (provinces, partners, category, direction) == (["CN-SX"], ["USA"], "high_level_meeting", "outbound")


def test_a_foreign_host_receiving_a_group_from_a_province_names_the_trip_abroad(tagger):
    text = "The chairman of Dien Bien province hosted a group from Yunnan's Pu'er City on Thursday."
    [(provinces, partners, category, direction, cp)] = _one(tagger, text)
    assert (provinces, partners, direction) == (["CN-YN"], ["VNM"], "outbound")


@pytest.mark.parametrize("verb", ["led a team", "headed a business team", "led a trade mission"])
def test_leading_a_team_or_mission_abroad_is_the_trip(tagger, verb):
    text = f"Vice Governor Li Ming of Shanxi {verb} to Kazakhstan on Monday."
    [(provinces, partners, category, direction, cp)] = _one(tagger, text)
    assert (provinces, partners, category, direction) == (["CN-SX"], ["KAZ"], "delegation_visit", "outbound")


def test_a_project_team_is_no_delegation(tagger):
    text = "A Shanxi power line will carry electricity to Mongolia; the survey team from the company finished its work."
    assert all(e.category != "delegation_visit" for e in tagger.tag(text).engagements)


# ---------------------------------------------------------------- "Vietnamese Premier"

@pytest.mark.parametrize("who,code", [("Vietnamese Premier", "VNM"), ("Cambodia's Premier", "KHM")])
def test_a_states_premier_is_its_head_of_government(tagger, who, code):
    [(provinces, partners, category, direction, cp)] = _one(tagger, f"Guangxi's Party chief met {who} Tran Van Minh in Nanning on Friday.")
    assert partners == [code] and cp == "head_of_state_or_government"


@pytest.mark.parametrize("who,code", [("Premier of Ontario", "CAN"), ("Victorian Premier", "AUS")])
def test_a_provinces_or_states_premier_stays_subnational(tagger, who, code):
    [(provinces, partners, category, direction, cp)] = _one(tagger, f"Guangdong's governor met {who} Jane Doe in Guangzhou on Friday.")
    assert partners == [code] and cp == "subnational"


# ---------------------------------------------------------------- a ceremony for an anniversary of ties

@pytest.mark.parametrize("text", ["湖北省与美国俄亥俄州在武汉举行结好四十周年纪念仪式。",
                                  "Hubei and Ohio held an anniversary ceremony in Wuhan on Monday for their sister-state ties."])
def test_an_anniversary_ceremony_of_ties_is_a_celebration(tagger, text):
    [(provinces, partners, category, direction, cp)] = _one(tagger, text)
    assert (provinces, partners, category) == (["CN-HB"], ["USA"], "cultural_exchange")


@pytest.mark.parametrize("text", ["Hubei and Laos held a ceremony to mark the opening of the new freight terminal in Vientiane.",
                                  "Hubei, which has 40 years of sister ties with Ohio, exported more steel to the US last year."])
def test_other_ceremonies_and_years_of_ties_are_no_celebration(tagger, text):
    assert all(e.category != "cultural_exchange" for e in tagger.tag(text).engagements)


# ---------------------------------------------------------------- a briefing for foreign guests

def test_briefing_a_consul_general_is_a_meeting_whatever_its_subject(tagger):
    text = "The director of Hunan's foreign affairs office briefed the consul general of Thailand on the expo in Changsha."
    [(provinces, partners, category, direction, cp)] = _one(tagger, text)
    assert (provinces, partners, category, direction, cp) == (["CN-HN"], ["THA"], "high_level_meeting", "inbound", "diplomat")


def test_briefing_reporters_is_no_meeting(tagger):
    assert tagger.tag("The Hunan spokesperson briefed reporters on trade with Thailand on Monday.").engagements == []
