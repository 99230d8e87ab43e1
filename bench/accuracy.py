"""Accuracy of the shipped tagger and models on the gold splits, as README tables.

    python bench/accuracy.py                  # print the tables
    python bench/accuracy.py --update-readme  # also rewrite docs/accuracy.md's accuracy and classifier sections

The classifier table reads each model's ``meta.json`` (written by ``tifa train``) and adds a
paired bootstrap, on dev only, of the best-on-dev combination against the shipped default:
the figure behind the choice of default.

Rules and lexicon were tuned on train and dev only; the test split is frozen, so its
row is the honest estimate. Figures per TAXONOMY.md §5 (tifa eval).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from pipeline.cli.eval import run_eval

ROOT = Path(__file__).resolve().parent.parent


def table(models: dict[str, str], shipped: str, rules_out: dict[str, float] | None = None) -> str:
    """Place and formulation F1 with the shipped tagger; engagement per system.

    ``models`` maps a column name (e.g. "sklearn", "transformer") to a model directory;
    each gets a "model alone" and a "combined with rules" column. ``rules_out`` receives the
    rules-only engagement accuracy per split, for the classifier table to repeat (one figure,
    not a second one read from a model's meta.json of an older lexicon).
    """
    systems = [("rules", "rules", None)]
    systems += [(f"{name} alone", "model", path) for name, path in models.items()]
    systems += [(f"{name} + rules" + (" (shipped)" if name == shipped else ""), "combined", path)
                for name, path in models.items()]
    rows = ["| split | docs | provinces F1 | partners F1 | regions F1 | formulations F1 | engagement acc / macro-F1: "
            + " | ".join(label for label, _, _ in systems) + " |",
            "|---|---|---|---|---|---|" + "---|" * len(systems)]
    for split in ("dev", "test"):
        gold = str(ROOT / "corpus" / f"{split}.jsonl")
        reps = [run_eval(gold, worst=0, system=system, model=path)["summary"] for _, system, path in systems]
        s = reps[0]
        if rules_out is not None:
            rules_out[split] = s["engagement"]["accuracy"]
        views = [(split, lambda r: r)] + [(f"{split} ({lang})", lambda r, lang=lang: r["by_lang"][lang])
                                          for lang in s["by_lang"]]
        for name, view in views:
            r = view(s)
            eng = " | ".join(f"{view(x)['engagement']['accuracy']:.3f} / {view(x)['engagement']['macro_f1']:.3f}"
                             for x in reps)
            rows.append(f"| {name} | {r['n_docs']} | " + " | ".join(f"{r[f]['f1']:.3f}" for f in
                        ("provinces", "partners", "regions", "formulations")) + f" | {eng} |")
    return "\n".join(rows)


def cache_predictions() -> None:
    """Memoise model probabilities per (model directory, text): every system column re-tags
    the same texts, and a transformer's forward passes dominate this script's time."""
    from pipeline.classify.models import EngagementModel

    raw = EngagementModel.predict_proba
    memo: dict[tuple[str, str], dict[str, float]] = {}

    def cached(self, texts):
        todo = [t for t in dict.fromkeys(texts) if (str(self.path.resolve()), t) not in memo]
        for t, p in zip(todo, raw(self, todo)):
            memo[(str(self.path.resolve()), t)] = p
        return [dict(memo[(str(self.path.resolve()), t)]) for t in texts]

    EngagementModel.predict_proba = cached


def classifier_table(models: dict[str, str], shipped: str, rules: dict[str, float] | None = None) -> str:
    """Per model: dev and test accuracy alone and with the rules (from meta.json), weight, size.

    The rules-only row takes ``rules`` (this run's figures, as in the accuracy table) when
    given; meta.json holds the rules' accuracy at training time, with the lexicon of then.
    """
    import json

    metas = {name: json.loads((Path(path) / "meta.json").read_text(encoding="utf-8")) for name, path in models.items()}
    first = next(iter(metas.values()))["metrics"]
    rows = ["| model | dev: alone | dev: + rules | test: alone | test: + rules | rules weight w "
            "| weights on disk |",
            "|---|---|---|---|---|---|---|",
            f"| rules only | | {(rules or {}).get('dev', first['dev']['rules']['accuracy']):.3f} | "
            f"| {(rules or {}).get('test', first['test']['rules']['accuracy']):.3f} | | |"]
    for name, meta in metas.items():
        m, path = meta["metrics"], Path(models[name])
        size = sum(f.stat().st_size for f in path.iterdir() if f.suffix in (".skops", ".safetensors"))
        label = f"`{path.name}`" + (" (shipped default)" if name == shipped else "")
        rows.append(f"| {label} | {m['dev']['model']['accuracy']:.3f} | {m['dev']['combined']['accuracy']:.3f} | "
                    f"{m['test']['model']['accuracy']:.3f} | {m['test']['combined']['accuracy']:.3f} | "
                    f"{meta['combination']['weight']} | {f'{size / 1e6:.0f} MB' if size else 'its members'} |")
    return "\n".join(rows)


def dev_tie(models: dict[str, str], shipped: str, *, n: int = 2000, seed: int = 13) -> str:
    """Paired bootstrap on dev: the best-on-dev combination minus the shipped one (accuracy points)."""
    import json
    import random

    from pipeline.cli.eval import system_tagger
    from pipeline.evaluate import read_gold

    gold = [g for g in read_gold(str(ROOT / "corpus" / "dev.jsonl")) if "engagement" in g]
    correct = {}
    for name, path in models.items():
        recs = system_tagger("combined", model=path).pipe({"id": g["id"], "text": g["text"], "lang": g.get("lang")}
                                                          for g in gold)
        correct[name] = [int((r.engagement or None) == (g["engagement"] or None)) for r, g in zip(recs, gold)]
    best = max(correct, key=lambda k: sum(correct[k]))
    if best == shipped:
        return f"On dev the shipped default (`{Path(models[shipped]).name}`) is also the best combination."
    diff = [b - a for a, b in zip(correct[shipped], correct[best])]
    rng = random.Random(seed)
    draws = sorted(sum(diff[rng.randrange(len(diff))] for _ in diff) / len(diff) for _ in range(n))
    lo, hi = draws[int(0.025 * n)], draws[int(0.975 * n) - 1]
    meta = json.loads((Path(models[best]) / "meta.json").read_text(encoding="utf-8"))
    dev_acc = meta["metrics"]["dev"]["combined"]["accuracy"]
    return (f"On dev the best combination, `{Path(models[best]).name}` ({dev_acc:.3f}), "
            f"leads the shipped default by {100 * sum(diff) / len(diff):+.1f} points "
            f"(paired bootstrap over the {len(diff)} dev documents, {n} resamples: 95% interval "
            f"{100 * lo:+.1f} to {100 * hi:+.1f}).")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--update-readme", action="store_true")
    ap.add_argument("--sklearn", default=str(ROOT / "models" / "sklearn"), help="scikit-learn model directory")
    ap.add_argument("--transformer", default=str(ROOT / "models" / "minilm-cjk"), help="transformer model directory")
    ap.add_argument("--ensemble", default=str(ROOT / "models" / "ensemble"), help="ensemble model directory")
    ap.add_argument("--shipped", default="sklearn", choices=("sklearn", "transformer", "ensemble"),
                    help="which model models/default is")
    args = ap.parse_args()
    models = {name: path for name, path in (("sklearn", args.sklearn), ("transformer", args.transformer),
                                            ("ensemble", args.ensemble))
              if (Path(path) / "meta.json").is_file()}
    cache_predictions()
    rules: dict[str, float] = {}
    t = table(models, args.shipped, rules)
    c = classifier_table(models, args.shipped, rules) + "\n\n" + dev_tie(models, args.shipped)
    print(t, c, sep="\n\n")
    if args.update_readme:
        readme = ROOT / "docs" / "accuracy.md"
        text = readme.read_text(encoding="utf-8")
        for marker, body in (("accuracy", t), ("classifier-results", c)):
            text = re.sub(rf"(<!-- {marker}:start -->\n).*?(<!-- {marker}:end -->)",
                          lambda m, body=body: m.group(1) + body + "\n" + m.group(2), text, flags=re.S)
        readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
