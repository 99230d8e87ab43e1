"""engagement/side_countries.py: present_sentences reads each sentence with its own country mentions."""

from pipeline.engagement.side_countries import present_sentences
from pipeline.schemas import Mention


def _m(text, word, after=0):
    start = text.index(word, after)
    return Mention(start=start, end=start + len(word), text=word, label="country", code="XXX", entry="x")


def test_each_sentence_is_read_with_its_own_mentions():
    text = ("Officials from Laos were listed. Nepal's deputy prime minister attended the opening. "
            "Thailand's trade grew. Vietnam's ambassador spoke at the dinner.")
    starts = [0, text.index("Nepal"), text.index("Thailand"), text.index("Vietnam")]
    sents = [(a, b) for a, b in zip(starts, starts[1:] + [len(text)])]
    ms = [_m(text, "Laos"), _m(text, "Nepal"), _m(text, "Thailand"), _m(text, "Vietnam")]
    assert present_sentences(text, sents, ms, [0, 1, 2, 3]) == {1, 3}
    # a sentence is present only through a mention inside it: Nepal's, read for sentence 0, gives nothing
    assert present_sentences(text, sents, [ms[1]], [0]) == set()
