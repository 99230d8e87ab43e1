import pickle

import pytest

from pipeline.errors import CATALOGUE, LexiconError, LexiconProblem, TifaError


def test_every_code_says_what_to_do():
    for code, spec in CATALOGUE.items():
        assert code[0] in "EW" and code[1:].isdigit()
        assert spec.title and spec.fix, code


def test_error_message_and_dict():
    e = TifaError("E003", path="a.txt", detail="bytes 0x81")
    assert e.message.startswith("a.txt: E003") and "Fix:" in e.message
    assert e.to_dict() == {"path": "a.txt", "code": "E003", "error": CATALOGUE["E003"].title,
                           "detail": "bytes 0x81", "fix": CATALOGUE["E003"].fix}


def test_errors_pickle_across_processes():
    # regression: an unpicklable error made the worker pool wait forever
    e = pickle.loads(pickle.dumps(TifaError("E007", path="x.jsonl:2", detail="bad")))
    assert (e.code, e.path, e.detail) == ("E007", "x.jsonl:2", "bad")


def test_unknown_code_is_a_programming_error():
    with pytest.raises(KeyError):
        TifaError("E999")


def test_lexicon_error_lists_every_problem():
    probs = [LexiconProblem("E023", "a.yaml", 3, "dup"), LexiconProblem("E025", "b.yaml", 9, "XYZ")]
    err = LexiconError(probs)
    assert "a.yaml:3: E023" in err.message and "b.yaml:9: E025" in err.message
