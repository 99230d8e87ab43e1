"""The README is a front door and every link and cited file resolves in a fresh clone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import register
from pipeline.errors import CATALOGUE

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), *sorted((ROOT / "corpus").glob("*.md")),
        ROOT / "lexicon" / "README.md", *sorted((ROOT / "models").glob("*/card.md"))]
LINK = re.compile(r"\]\(([^)\s]+)\)")
#: repository paths cited in messages: a known top folder, then a path with an extension
CITED = re.compile(r"\b((?:docs|lexicon|corpus|models|bench|pipeline)/[\w./-]*\w\.(?:md|yaml|jsonl|py))")


def relative_links(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"```.*?```", "", text, flags=re.S)  # links inside code blocks are not links
    return [t for t in LINK.findall(text) if not re.match(r"[a-z]+:", t) and not t.startswith("#")]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_resolve(doc):
    missing = [t for t in relative_links(doc) if not (doc.parent / t.split("#")[0]).exists()]
    assert not missing, f"{doc.relative_to(ROOT)} links to missing files: {missing}"


def test_link_checker_sees_a_broken_link(tmp_path):
    page = tmp_path / "p.md"
    page.write_text("see [the scheme](docs/nowhere.md) and [web](https://example.org)\n", encoding="utf-8")
    assert relative_links(page) == ["docs/nowhere.md"]


def test_readme_is_a_front_door():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) <= 10 * 1024
    blocks = re.findall(r"```bash\n(.*?)```", text, flags=re.S)
    first = [line for line in blocks[0].splitlines() if line.strip()]
    assert len(first) == 2 and "constraints.txt" in first[0] and "pytest" in first[1]


def test_error_messages_cite_files_that_exist():
    cited = {p for spec in CATALOGUE.values() for p in CITED.findall(spec.title + " " + spec.fix)}
    assert cited, "the catalogue cites no file at all: the pattern is broken"
    assert not [p for p in cited if not (ROOT / p).exists()]


def test_help_cites_files_that_exist():
    runner = CliRunner()
    commands = [[]] + [[c] for c in ("tag", "eval", "explain", "report", "dedup", "train", "lexicon")]
    commands += [["lexicon", c] for c in ("validate", "add", "list", "stats", "diff", "suggest", "accept")]
    cited = set()
    for cmd in commands:
        out = runner.invoke(register(), [*cmd, "--help"], terminal_width=400)
        assert out.exit_code == 0, (cmd, out.output)
        cited |= set(CITED.findall(out.output))
    assert not [p for p in cited if not (ROOT / p).exists()]


def test_taxonomy_copy_matches_the_contract():
    """docs/taxonomy.md is the repository's copy of the shared contract (a fresh clone has no ../shared)."""
    shared = ROOT.parent / "shared" / "TAXONOMY.md"
    if not shared.exists():
        pytest.skip("no ../shared/TAXONOMY.md beside this checkout")
    ours = (ROOT / "docs" / "taxonomy.md").read_text(encoding="utf-8")
    body = ours.split("\n\n", 2)[2]  # the title and the note on where it comes from
    assert body.strip() == shared.read_text(encoding="utf-8").split("\n\n", 1)[1].strip()
