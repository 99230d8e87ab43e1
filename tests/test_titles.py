"""engagement/titles.py: which side a title names and the counterpart it gives."""

import pytest

from pipeline.schemas import Document


def counterparts(tagger, text):
    return [e.counterpart for e in tagger.tag(Document("t", text, lang="en")).engagements]


@pytest.mark.parametrize("text, expected", [
    # an organisation's president is its officer, not a head of state: the organisation decides
    ("Yunnan Governor Wang Yubo met the Thai Chamber of Commerce's president in Kunming on Monday.", "business"),
    ("Yunnan Governor Wang Yubo met Lao Chamber of Commerce President Oudet Souvannavong in Kunming on Monday.",
     "business"),
    # a country's president stays a head of state
    ("Hunan governor Mao Weiming met Zambian President Hakainde Hichilema in Changsha on Monday.",
     "head_of_state_or_government"),
])
def test_president_of_an_organisation_named_before_the_title(tagger, text, expected):
    assert counterparts(tagger, text) == [expected]
