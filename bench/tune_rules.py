"""Grid search of the rule-engagement parameters in pipeline/resolve.py on a gold file.

Use the dev split only: python bench/tune_rules.py corpus/dev.jsonl
(the parameters are replicated here; keep them in step with resolve.rule_scores)."""
import bisect, itertools, json
from collections import defaultdict
from pipeline import load
from pipeline.evaluate import read_gold, engagement_scores
from pipeline.text import sentences
import sys
gold = read_gold(sys.argv[1])
t = load()
data = []
for g in gold:
    r = t.tag(g['text'], id=g['id'], lang=g.get('lang'))
    cues = [m for m in r.mentions if m.label == 'cue']
    sents = sentences(g['text']) or [(0, len(g['text']))]
    starts = [a for a,_ in sents]
    data.append((g.get('engagement') or 'null', cues, starts, bool(r.partners), bool(r.regions)))
def run(p0, p1, decay, dom, lead_min, foreign_mode):
    pairs = []
    for gl, cues, starts, partners, regions in data:
        sc = defaultdict(float); lead = 0.0
        for c in cues:
            si = max(bisect.bisect_right(starts, c.start) - 1, 0)
            w = p0 if si == 0 else p1 if si == 1 else 1/(1+decay*(si-1))
            sc[c.code] += (c.weight or 1) * w
            if si <= 1 and (c.weight or 1) >= 1: lead += 1
        foreign = partners if foreign_mode == 'p' else (partners or regions)
        if foreign: sc['domestic_coordination'] *= dom
        if lead < lead_min: pred = 'null'
        else: pred = max(sc, key=sc.get) if sc else 'null'
        pairs.append((gl, pred))
    return engagement_scores(pairs)
best = []
for p0, p1, decay, dom, lead_min, fm in itertools.product([1.5, 2, 3, 4], [1, 1.4, 2], [0.3, 0.6, 1.0], [0.2, 0.5, 1.0], [0, 1], ['p', 'pr']):
    s = run(p0, p1, decay, dom, lead_min, fm)
    best.append((s['accuracy'], s['macro_f1'], (p0, p1, decay, dom, lead_min, fm)))
best.sort(reverse=True)
print("current", run(2, 1.4, 0.3, 0.2, 0, 'pr'))
for b in best[:10]: print(b)
