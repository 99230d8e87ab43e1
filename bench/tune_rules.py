"""Grid search of the rule-engagement weights (pipeline.engagement.policy.RuleParams) on gold files.

Tune on dev and train only, never on test, nor on a set kept to choose the model weight
(corpus/parts/real-dev.jsonl):

    python bench/tune_rules.py corpus/parts/dev-zh.jsonl corpus/parts/dev-en.jsonl corpus/parts/train-a.jsonl

Tags each document once, then re-scores the cue mentions under every parameter set with
the same ``rule_vote`` and ``blend`` functions the tagger uses, and prints the best settings.
"""

from __future__ import annotations

import dataclasses
import itertools
import sys

from pipeline import load
from pipeline.engagement.policy import DEFAULT_RULES, RuleParams, blend, rule_vote
from pipeline.evaluate import engagement_scores, read_gold
from pipeline.schemas import Document


def main(paths: list[str]) -> None:
    gold = [g for p in paths for g in read_gold(p)]
    tagger = load(model=False)
    prepared = []
    for g in gold:
        a = tagger.annotate(Document(id=g["id"], text=g["text"], lang=g.get("lang")))
        rec = next(tagger.records([a]))
        prepared.append((g.get("engagement") or "null", a, len(rec.partners), len(rec.regions)))

    def score(params: RuleParams) -> dict:
        pairs = []
        for gold_label, a, partners, regions in prepared:
            # each sentence's act facts are read once (on the analysis), then reused by every setting
            vote = rule_vote(a.text, a.sentences, a.cues, lang=a.doc.lang or "zh", partners=partners,
                             regions=regions, params=params, simplify=a.simplify, analysis=a)
            pairs.append((gold_label, blend(vote, None, 0.0, params=params).label or "null"))
        return engagement_scores(pairs)

    grid = itertools.product([2.0, 3.0, 4.0, 6.0, 8.0], [0.3, 0.6, 1.0], [0.2, 0.5, 1.0], [2, 3, 4])
    results = sorted(((score(dataclasses.replace(DEFAULT_RULES, head_weight=h, decay=d, foreign_domestic_factor=f,
                                                 act_window=k)), (h, d, f, k)) for h, d, f, k in grid),
                     key=lambda r: (r[0]["accuracy"], r[0]["macro_f1"]), reverse=True)
    print(f"{len(gold)} documents; current {DEFAULT_RULES}: {score(DEFAULT_RULES)}")
    for res, params in results[:8]:
        print(res, "head_weight, decay, foreign_domestic_factor, act_window =", params)


if __name__ == "__main__":
    main(sys.argv[1:])
