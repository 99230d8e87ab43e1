"""English acts and categories on real pages (issue 15, fix round 2, helper fxen).

Real English pages, labelled blind outside the repository, showed each class of miss below.
These texts are written for the tests with other facts and names; each test fails without its fix.
"""

from __future__ import annotations

import pytest

from pipeline.engagement.categories import visit_to_china
from tests.test_pairing import tagger  # noqa: F401  (the rules-only tagger fixture)


# --- rule 8: a visit "visiting X" / "visit to X" is a visit received ------------------------------------

@pytest.mark.parametrize("lead", ["Bishkek mayor visiting China's Xinjiang",
                                  "The Embassy Organises a Study Visit to Yunnan for Lao Officials",
                                  "Governor of Tver on a working visit to Hunan"])
def test_visiting_and_visit_to_a_province_read_as_a_visit_to_china(lead):
    assert visit_to_china(lead)


@pytest.mark.parametrize("lead", ["Yunnan governor visiting Laos", "Guangxi delegation on a visit to Hanoi",
                                  "Inner Mongolia chairman pays a visit to Ulaanbaatar"])
def test_a_visit_to_a_foreign_place_is_no_visit_to_china(lead):
    assert not visit_to_china(lead)


def test_a_mayor_visiting_a_province_who_met_its_leader_is_a_meeting(tagger):
    text = ("Astana deputy mayor visiting Xinjiang\n\n"
            "The deputy mayor of Astana, A. Nurlanov, is in Xinjiang this week. "
            "He toured a logistics park in the Horgos zone. "
            "He met with the vice chairman of the Xinjiang Uygur Autonomous Region in Urumqi, who said the "
            "region hoped for more flights between the two cities.")
    r = tagger.tag(text, date="2024-05-14")
    assert r.engagement == "high_level_meeting"


# --- rule 8: the reception reported a few sentences into the tour ---------------------------------------

def test_a_reception_four_sentences_after_a_field_visit_headline_is_a_meeting(tagger):
    text = ("Centre Sponsors Field Visit to Yunnan for Diplomats of Partner Countries\n\n"
            "Source: the Centre's website\n\n"
            "To deepen understanding of local development, the Centre's secretary general led a group of "
            "officials from the embassies of Laos, Myanmar and Cambodia in Beijing on a field visit to Yunnan "
            "from 3 to 8 June 2024. "
            "The diplomats saw tea plantations in Pu'er and a railway station in Xishuangbanna. "
            "A representative of a national education association attended some of the events. "
            "During the visit, the group was received by a vice governor of Yunnan in Kunming.")
    r = tagger.tag(text, date="2024-06-10")
    assert r.engagement == "high_level_meeting"
