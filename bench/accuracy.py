"""Accuracy of the shipped tagger on the gold splits, as a README table.

    python bench/accuracy.py                  # print the table
    python bench/accuracy.py --update-readme  # also rewrite the README's accuracy section

Rules and lexicon were tuned on train and dev only; the test split is frozen, so its
row is the honest estimate. Figures per TAXONOMY.md §5 (tifa eval).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from pipeline.cli.eval import run_eval

ROOT = Path(__file__).resolve().parent.parent


def table(models: dict[str, str], shipped: str) -> str:
    """Place and formulation F1 with the shipped tagger; engagement per system.

    ``models`` maps a column name (e.g. "sklearn", "transformer") to a model directory;
    each gets a "model alone" and a "combined with rules" column.
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
    t = table(models, args.shipped)
    print(t)
    if args.update_readme:
        readme = ROOT / "README.md"
        text = readme.read_text(encoding="utf-8")
        readme.write_text(re.sub(r"(<!-- accuracy:start -->\n).*?(<!-- accuracy:end -->)",
                                 lambda m: m.group(1) + t + "\n" + m.group(2), text, flags=re.S), encoding="utf-8")


if __name__ == "__main__":
    main()
