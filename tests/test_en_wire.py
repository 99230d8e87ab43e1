"""English wire stories and features (issue 15, helper enwire): the blind part
corpus/parts/real3-enwire-dev.jsonl showed each class of miss; these sentences, written for the
tests with other facts, pin the fixes (each fails without its fix)."""

from __future__ import annotations

import pytest

from pipeline.engagement.detect import act_sentences
from pipeline.engagement.en_wire import domestic_scene_en, plan_source_en
from tests.test_pairing import tagger  # noqa: F401  (the rules-only tagger fixture)


def _acts(s: str) -> list[int]:
    return act_sentences(s, [(0, len(s))], lang="en")


# --- a folk, ethnic, village or holiday event of China's own scene is no foreign engagement -----------

@pytest.mark.parametrize("text", [
    "KAILI -- Thousands of Miao villagers in silver headdresses danced through the streets of Kaili on "
    "Sunday as the Miao New Year festival opened in the Guizhou town.",
    "The Dai water-splashing festival in Jinghong drew crowds from across the country on Monday, with "
    "revellers drenching one another along the Lancang River.",
    "A lantern festival in Qinhuai opened on Friday, and holidaymakers packed the riverside lanes of "
    "Nanjing until after midnight.",
    "Herders from across Xilingol competed in horse racing and archery on Saturday at a summer fair in "
    "Inner Mongolia.",
    "The village football league of Rongjiang county in Guizhou opened its new season on Saturday before "
    "50,000 spectators.",
])
def test_domestic_scene_in_english_is_no_engagement(tagger, text):
    r = tagger.tag(text, date="2024-06-10")
    assert r.engagement is None
    assert r.engagements == []


@pytest.mark.parametrize("text", [
    # a foreign party named in words, a partner or a region keeps the event an exchange
    "A folk song festival in Nanning on Saturday brought singers from Vietnam and Laos together with "
    "Zhuang villagers.",
    "Foreign diplomats joined villagers at a Miao folk festival in Leishan on Sunday.",
])
def test_a_domestic_scene_with_a_foreign_party_stays_an_engagement(tagger, text):
    assert tagger.tag(text, date="2024-06-10").engagement is not None


def test_domestic_scene_words():
    assert domestic_scene_en("villagers sang folk songs at the temple fair")
    assert not domestic_scene_en("The Thai ambassador opened a photo exhibition in Kunming.")


# --- plans: a work report as the source; agreements still being prepared ----------------------------

@pytest.mark.parametrize("text", [
    "Qinghai will expand flights to Kathmandu, set up a Nepal trade centre and host a Himalayan culture "
    "expo in Xining, according to this year's provincial government work report.",
    "Jiangsu will open two more freight routes to Central Asia and hold an investment fair in Almaty, as "
    "set out in the province's action plan.",
])
def test_acts_a_work_report_lists_are_planned(tagger, text):
    assert plan_source_en(text)
    r = tagger.tag(text, date="2024-02-01")
    assert r.engagement is None
    assert r.engagements == []


@pytest.mark.parametrize("text", [
    "HEFEI -- Anhui's vice governor will lead a business delegation to Hungary next month, the provincial "
    "commerce department said on Tuesday, adding that agreements on electric buses were being prepared.",
    "A sister-city agreement between Lanzhou and Almaty is still under negotiation, officials said.",
])
def test_agreements_still_being_prepared_report_no_signing(tagger, text):
    r = tagger.tag(text, date="2024-05-14")
    assert r.engagement is None


@pytest.mark.parametrize("text", [
    "Hainan's governor will visit Singapore and Malaysia on Monday to promote the free trade port.",
    "The Lao deputy prime minister is scheduled to meet Yunnan's Party secretary in Kunming on May 3.",
])
def test_a_dated_announcement_in_english_is_no_act_yet(text):
    assert _acts(text) == []


def test_a_dated_past_act_beside_a_future_one_stays_an_act():
    assert _acts("Hainan's governor met the Singaporean minister on Monday, who will tour Yangpu on Tuesday.") == [0]


def test_an_agreement_signed_is_still_an_act():
    assert _acts("Anhui signed an agreement on electric buses with a Hungarian city on Tuesday, and a "
                 "second deal is being prepared.") == [0]


# --- a legislature's session opening is no fair -------------------------------------------------------

def test_a_legislative_session_opening_is_no_fair(tagger):
    r = tagger.tag("\"Mongolia is our closest partner,\" the chairman of Inner Mongolia told reporters in "
                   "Hohhot on Monday, as the region's people's congress opened.", date="2024-01-22")
    assert r.engagement is None
    r = tagger.tag("Ningxia's legislative session opened on Monday.", date="2024-01-22")
    assert r.engagement is None
