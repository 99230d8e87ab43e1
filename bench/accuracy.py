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

from pipeline.cli.eval import SYSTEMS, run_eval

ROOT = Path(__file__).resolve().parent.parent


def table() -> str:
    rows = ["| split | docs | provinces F1 | partners F1 | regions F1 | formulations F1 | engagement acc / macro-F1: rules | sklearn model | combined (shipped) |",
            "|---|---|---|---|---|---|---|---|---|"]
    for split in ("dev", "test"):
        gold = str(ROOT / "corpus" / f"{split}.jsonl")
        reps = {system: run_eval(gold, worst=0, system=system)["summary"] for system in SYSTEMS}
        s = reps["combined"]
        views = [(split, lambda r: r)] + [(f"{split} ({lang})", lambda r, lang=lang: r["by_lang"][lang])
                                          for lang in s["by_lang"]]
        for name, view in views:
            r = view(s)
            eng = " | ".join(f"{view(reps[x])['engagement']['accuracy']:.3f} / {view(reps[x])['engagement']['macro_f1']:.3f}"
                             for x in SYSTEMS)
            rows.append(f"| {name} | {r['n_docs']} | " + " | ".join(f"{r[f]['f1']:.3f}" for f in
                        ("provinces", "partners", "regions", "formulations")) + f" | {eng} |")
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--update-readme", action="store_true")
    args = ap.parse_args()
    t = table()
    print(t)
    if args.update_readme:
        readme = ROOT / "README.md"
        text = readme.read_text(encoding="utf-8")
        readme.write_text(re.sub(r"(<!-- accuracy:start -->\n).*?(<!-- accuracy:end -->)",
                                 lambda m: m.group(1) + t + "\n" + m.group(2), text, flags=re.S), encoding="utf-8")


if __name__ == "__main__":
    main()
