"""Engagement scoring's misreadings: which gold value each attribute was read as instead."""

from pipeline.evaluate_engagements import engagement_report, render


def _eng(**kw):
    base = {"category": "high_level_meeting", "provinces": ["CN-YN"], "partners": ["VNM"]}
    return {**base, **kw}


def test_misread_counts_gold_to_predicted_most_frequent_first():
    gold = [{"id": f"d{i}", "engagements": [_eng(counterpart="minister", date="2024-04-27")]} for i in range(3)]
    gold.append({"id": "d3", "engagements": [_eng(counterpart="diplomat", date=None)]})
    pred = {"d0": {"engagements": [_eng(counterpart=None, date=None)]},
            "d1": {"engagements": [_eng(counterpart=None, date="2024-04-28")]},
            "d2": {"engagements": [_eng(counterpart="minister", date="2024-04-27")]},
            "d3": {"engagements": [_eng(counterpart="minister", date="2024-05-01")]}}
    rep = engagement_report(gold, pred)
    cp = rep["attributes"]["counterpart"]
    assert cp["accuracy"] == 0.25 and cp["misread"] == [["minister", None, 2], ["diplomat", "minister", 1]]
    # dates by kind, not by value: a table of distinct days would say nothing
    assert rep["attributes"]["date"]["misread"] == [["a date", None, 1], ["a date", "another date", 1],
                                                    [None, "a date", 1]]
    assert rep["attributes"]["level"]["misread"] == []  # not in gold: not scored, nothing misread
    text = render(rep)
    assert "counterpart misread (gold -> predicted): minister -> None 2, diplomat -> minister 1" in text
    assert "level misread" not in text


def test_unmatched_engagements_are_not_misreadings():
    gold = [{"id": "a", "engagements": [_eng(counterpart="minister")]}]
    pred = {"a": {"engagements": [_eng(category="greeting", counterpart=None)]}}
    rep = engagement_report(gold, pred)
    assert rep["matched"] == 0 and rep["attributes"]["counterpart"]["misread"] == []
