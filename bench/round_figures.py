"""The round's accuracy figures of the shipped tagger, as docs/accuracy.md prints them.

    python bench/round_figures.py                # print the two tables
    python bench/round_figures.py --write-doc    # also rewrite them in docs/accuracy.md
    python bench/round_figures.py --no-model     # rules only (the tables say so)

Tags each gold set with the shipped tagger (``tifa eval``'s code, TAXONOMY §5) and prints
one row per set: document labels, engagement accuracy / macro-F1 and triple F1, then the
attribute accuracies on matched engagements. The sets: the frozen test split, the held-out
trap set (never tuned on), the real development passages when ``--realdev`` names their file
(they live outside the repository: ``../shared/realdev/realdev.jsonl``; the rules were read
against their errors, so their row is a development figure), dev, and the second frozen held-out
set (``corpus/heldout/fresh.jsonl``: written blind to the code, never tuned on). ``--write-doc`` replaces
the text between ``<!-- figures:start -->`` and ``<!-- figures:end -->`` in docs/accuracy.md,
so the tables there are the output of one run, not typed by hand.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ATTRS = ("direction", "venue", "official", "counterpart", "level", "date")
SETS = [
    ("test split (`corpus/test.jsonl`, frozen)", "corpus/test.jsonl"),
    ("held-out trap set (`corpus/heldout/traps.jsonl`, never tuned on)", "corpus/heldout/traps.jsonl"),
    ("real passages (`../shared/realdev`, not in the repository; **development** figures)", None),
    ("dev (`corpus/dev.jsonl`)", "corpus/dev.jsonl"),
    ("fresh held-out set (`corpus/heldout/fresh.jsonl`, frozen: written blind, never tuned on)",
     "corpus/heldout/fresh.jsonl"),
]


def _f(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def rows(reports: list[tuple[str, dict]]) -> str:
    """The two markdown tables of ``(set label, eval --json report)`` pairs."""
    out = ["| set | docs | provinces | partners | regions | formulations | engagement acc / macro-F1 | triples F1 "
           "| engagements gold / predicted / matched |",
           "|---|---|---|---|---|---|---|---|---|"]
    for label, r in reports:
        e, t = r["engagement"], r.get("engagements", {})
        out.append(f"| {label} | {r['n_docs']} | " + " | ".join(_f(r[k]["f1"]) for k in
                                                              ("provinces", "partners", "regions", "formulations"))
                   + f" | {_f(e['accuracy'])} / {_f(e['macro_f1'])} | {_f(t.get('f1'))} | "
                   f"{t.get('gold_engagements', 0)} / {t.get('predicted_engagements', 0)} / {t.get('matched', 0)} |")
    out += ["", "| set (attribute accuracy on matched engagements) | " + " | ".join(ATTRS) + " |",
            "|---|" + "---|" * len(ATTRS)]
    for label, r in reports:
        attrs = r.get("engagements", {}).get("attributes", {})
        out.append(f"| {label} | " + " | ".join(_f(attrs.get(a, {}).get("accuracy")) for a in ATTRS) + " |")
    out += ["", "By language (engagement accuracy, triples F1):", ""]
    for label, r in reports:
        parts = []
        for lang, lr in sorted(r.get("by_lang", {}).items()):
            parts.append(f"{lang} {_f(lr['engagement']['accuracy'])}, {_f(lr.get('engagements', {}).get('f1'))}")
        out.append(f"- {label}: " + "; ".join(parts))
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--realdev", type=Path, default=ROOT.parent / "shared" / "realdev" / "realdev.jsonl",
                    help="the real development passages (left out when the file is missing)")
    ap.add_argument("--no-model", action="store_true", help="rules only")
    ap.add_argument("--write-doc", action="store_true", help="rewrite the tables in docs/accuracy.md")
    args = ap.parse_args()
    sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
    from pipeline.cli.eval import run_eval

    reports = []
    for label, path in SETS:
        gold = args.realdev if path is None else ROOT / path
        if not gold.is_file():
            print(f"skipped: {label} ({gold} not found)", file=sys.stderr)
            continue
        reports.append((label, run_eval(str(gold), worst=0, model=False if args.no_model else None)["summary"]))
    system = "rules only (`--no-model`)" if args.no_model else "the shipped default model"
    text = (f"Tagged with {system}; command: `python bench/round_figures.py"
            f"{' --no-model' if args.no_model else ''} --write-doc`.\n\n" + rows(reports))
    print(text)
    if args.write_doc:
        from run import write_doc  # bench/run.py: the marked block, written whole

        write_doc("figures", text, "docs/accuracy.md")


if __name__ == "__main__":
    main()
