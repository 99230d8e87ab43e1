"""annotate/host_cues.py: an English host's verb with a foreign person as its object is a meeting cue."""

import pytest

from pipeline.annotate.host_cues import host_cues
from pipeline.schemas import Document


@pytest.mark.parametrize("text, verb", [
    ("Governor Lin hosted the South Korean consul general in Jinan on Monday.", "hosted"),
    ("The governor welcomed Hungarian Foreign Minister Peter Szijjarto to Hangzhou.", "welcomed"),
    ("The party chief greeted Kazakh President Kassym-Jomart Tokayev at the airport.", "greeted"),
    ("The chairman played host to Vietnamese Deputy Prime Minister Tran Luu Quang.", "played host to"),
    ("The governor hosted Ambassador Nguyen in Nanning.", "hosted"),  # a diplomat's title names a foreign party
    ("The vice governor welcomed the visiting Thai deputy prime minister.", "welcomed"),
    ("The mayor hosted the governor of Russia's Amur region in Heihe.", None),  # (title before the country: not read)
])
def test_host_verb_with_a_foreign_person(lexicon, text, verb):
    got = [text[a:b] for a, b in host_cues(text, lexicon)]
    assert got == ([verb] if verb else [])


@pytest.mark.parametrize("text", [
    "Kunming hosted the China-South Asia Expo on Friday.",             # an event
    "Governor Lin hosted Hainan Governor Liu in Jinan.",               # the Chinese side's own title
    "The party chief greeted the crowd at the festival.",
    "The province welcomed investors from across the region.",
    "The province hosted a ministerial meeting of the Lancang-Mekong countries.",
    "The governor welcomed the minister's remarks.",                    # a minister of no named country
])
def test_no_cue_without_a_foreign_person(lexicon, text):
    assert host_cues(text, lexicon) == []


def test_cue_votes_for_a_meeting_inbound(tagger):
    r = tagger.tag(Document("h", "Shandong party chief Lin Wu hosted the South Korean consul general in Qingdao "
                                 "on March 30.", lang="en"))
    assert [(e.category, e.provinces, e.partners, e.direction, e.counterpart) for e in r.engagements] == [
        ("high_level_meeting", ["CN-SD"], ["KOR"], "inbound", "diplomat")]


def test_played_host_is_no_trip(tagger):
    r = tagger.tag(Document("h", "Guangxi chairman Lan Tianli played host to Vietnamese Deputy Prime Minister "
                                 "Tran Luu Quang in Nanning on Monday.", lang="en"))
    assert [(e.category, e.partners, e.direction, e.venue) for e in r.engagements] == [
        ("high_level_meeting", ["VNM"], "inbound", "CN-GX")]


def test_passive_welcome_is_a_meeting(tagger):
    r = tagger.tag(Document("h", "Lao Deputy Prime Minister Sonexay Siphandone was welcomed by Yunnan Governor "
                                 "Wang Yubo in Kunming on Friday.", lang="en"))
    assert [(e.category, e.provinces, e.partners) for e in r.engagements] == [
        ("high_level_meeting", ["CN-YN"], ["LAO"])]
