"""The README, docs/ and model cards say what works, from any directory (issue 18 item 12)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.errors import CATALOGUE

ROOT = Path(__file__).resolve().parent.parent
README = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])
CARDS = {p: p.read_text(encoding="utf-8") for p in sorted((ROOT / "models").glob("*/card.md"))}


def _model_args() -> set[str]:
    found = set()
    for text in [README, *CARDS.values()]:
        found |= {m for m in re.findall(r"--model[ =]([A-Za-z0-9_./-]+)", text) if not m.isupper()}  # DIR, NAME: placeholders
    return found


def test_every_model_the_docs_name_loads_from_any_directory(tmp_path, monkeypatch):
    from pipeline.tagger import resolve_model

    monkeypatch.chdir(tmp_path)  # not the repository root
    names = _model_args()
    assert {"default", "minilm-cjk"} <= names
    for name in names:
        assert (resolve_model(name) / "meta.json").is_file(), name


def test_unknown_model_name_lists_the_shipped_ones(tmp_path, monkeypatch):
    from pipeline.errors import TifaError
    from pipeline.tagger import resolve_model

    monkeypatch.chdir(tmp_path)
    with pytest.raises(TifaError) as exc:
        resolve_model("sklearn-old")
    assert exc.value.code == "E050" and "sklearn" in exc.value.detail and "default" in exc.value.detail


def test_the_shipped_lexicon_is_named_from_any_directory(tmp_path, monkeypatch):
    from pipeline.lexicon import load, shipped_path

    monkeypatch.chdir(tmp_path)
    assert "cp -r lexicon" not in README  # only works from the repository root
    assert load("shipped").path == shipped_path() and load("lexicon").path == shipped_path()
    (tmp_path / "lexicon").mkdir()  # a folder of that name where the command runs wins
    assert load("lexicon", strict=False).path == Path("lexicon")


def test_readme_gives_one_rules_only_figure():
    """The classifier table repeated the rules' accuracy of the models' training time (0.892 / 0.794)
    beside the accuracy table's current one (0.886 / 0.800)."""
    acc = {row.split("|")[1].strip(): row.split("|")[7].strip().split(" / ")[0]
           for row in README.splitlines() if re.match(r"\| (dev|test) \| \d", row)}
    rules_row = next(row for row in README.splitlines() if row.startswith("| rules only |"))
    cells = [c.strip() for c in rules_row.split("|")[1:-1]]
    assert (cells[2], cells[4]) == (acc["dev"], acc["test"])


def test_codes_the_readme_names_exist_and_mean_what_it_says():
    for code in set(re.findall(r"\b([EW]0\d\d)\b", README)):
        assert code in CATALOGUE, code
    assert "E033" in README and "not editable" in README  # a read-only lexicon raises E033 (test_lexicon_edit)


def test_cards_only_claim_a_test_split_that_was_scored():
    from pipeline.training.card import model_card

    meta = {"metrics": {"dev": {s: {"accuracy": 0.9, "macro_f1": 0.9, "support": 10}
                                for s in ("rules", "model", "combined")}},
            "hyper_parameters": {"input": "text"}, "kind": "sklearn", "base_model": "tf-idf",
            "data": {"train": "t.jsonl", "n_train": 5, "dev": "d.jsonl", "n_dev": 10, "hash": "x"},
            "lexicon_hash": "y", "seed": 1, "combination": {"policy": "blend", "weight": 0.5}}
    card = model_card("mine", meta)
    assert "computed once" not in card and "No test split" in card
    meta["metrics"]["test"] = meta["metrics"]["dev"]
    assert "Test figures were computed once" in model_card("mine", meta)
    for path, text in CARDS.items():
        if "| test |" not in text:
            assert "computed once" not in text, path
