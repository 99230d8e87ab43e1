"""Grid search of the rule-engagement weights (pipeline.resolve.RuleParams) on gold files.

Tune on dev and train only, never on test:

    python bench/tune_rules.py corpus/parts/dev-zh.jsonl corpus/parts/dev-en.jsonl corpus/parts/train-a.jsonl

Tags each document once, then re-scores the cue mentions under every parameter set with
the same ``rule_scores`` function the tagger uses, and prints the best settings.
"""

from __future__ import annotations

import itertools
import sys

from pipeline import load
from pipeline.schemas import Document
from pipeline.evaluate import engagement_scores, read_gold
from pipeline.resolve import DEFAULT_RULES, RuleParams, decide, rule_scores
from pipeline.text import sentences


def main(paths: list[str]) -> None:
    gold = [g for p in paths for g in read_gold(p)]
    tagger = load(model=False)
    prepared = []
    for g in gold:
        doc, places, forms, cues = tagger.annotate(Document(id=g["id"], text=g["text"], lang=g.get("lang")))
        rec = tagger.tag_document(doc)
        spans = sentences(g["text"]) or [(0, len(g["text"]))]
        prepared.append((g.get("engagement") or "null", cues, spans, bool(rec.partners)))

    def score(params: RuleParams) -> dict:
        pairs = []
        for gold_label, cues, spans, foreign in prepared:
            pred = decide(rule_scores(cues, [a for a, _ in spans], foreign=foreign, params=params,
                                      sent_ends=[b for _, b in spans])).label or "null"
            pairs.append((gold_label, pred))
        return engagement_scores(pairs)

    grid = itertools.product([2.0, 3.0, 4.0, 6.0, 8.0], [0.3, 0.6, 1.0], [0.2, 0.5, 1.0])
    results = sorted(((score(RuleParams(h, d, f)), (h, d, f)) for h, d, f in grid),
                     key=lambda r: (r[0]["accuracy"], r[0]["macro_f1"]), reverse=True)
    print(f"{len(gold)} documents; current {DEFAULT_RULES}: {score(DEFAULT_RULES)}")
    for res, params in results[:8]:
        print(res, params)


if __name__ == "__main__":
    main(sys.argv[1:])
