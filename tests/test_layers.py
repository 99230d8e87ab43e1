"""The layers of ``pipeline/``: every import (function-level ones included) points down.

docs/architecture.md draws the picture; this test keeps the code to it. Each module
belongs to one layer (its folder, or the table below for top-level modules); a module
without a layer fails, so that a new module is placed on purpose. Imports within one
layer are allowed; an import of a higher layer is not. There is no exceptions list.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "pipeline"

# Lowest first. A name is a top-level module or a folder (package) of ``pipeline/``.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("contract", ("errors", "codes", "entries", "schemas", "text", "regexopt", "rx", "version", "documents", "shipped",
                  "pagedates", "pagenoise", "readable", "foundings")),
    ("lexicon", ("lexicon",)),
    ("analysis", ("analysis", "annotate")),
    ("decisions", ("place_roles", "resolve", "engagement", "classify")),
    ("tagger", ("tagger", "explain", "spacy_components", "")),  # "": pipeline/__init__ (the public API)
    ("io", ("io",)),
    ("engines", ("engines",)),
    ("tools", ("report", "curation", "training", "evaluate", "evaluate_engagements", "gold", "fuzz")),
    ("cli", ("cli", "__main__")),
]
RANK = {name: i for i, (_, names) in enumerate(LAYERS) for name in names}


def module_name(path: Path, root: Path = ROOT) -> str:
    """``pipeline/io/rows.py`` -> ``pipeline.io.rows``; a package's ``__init__`` is the package."""
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer_of(module: str) -> int | None:
    """The layer of a ``pipeline.*`` module (None: not in the table)."""
    parts = module.split(".")
    key = parts[1] if len(parts) > 1 else ""
    return RANK.get(key)


def imports(path: Path, root: Path = ROOT) -> list[tuple[int, str]]:
    """(line, absolute module) for every import of ``pipeline`` in ``path``, at any depth.

    ``from . import x`` names ``x`` as a module only when a file or folder of that name
    exists (otherwise it is an attribute of the package).
    """
    module = module_name(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "pipeline"]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "pipeline":
                continue
            found.append((node.lineno, target))
            folder = root.parent.joinpath(*target.split("."))
            for alias in node.names:
                if (folder / f"{alias.name}.py").exists() or (folder / alias.name).is_dir():
                    found.append((node.lineno, f"{target}.{alias.name}"))
    return found


MODULES = sorted(ROOT.rglob("*.py"))


def test_every_module_has_a_layer():
    missing = [module_name(p) for p in MODULES if layer_of(module_name(p)) is None]
    assert not missing, f"give these modules a layer in tests/test_layers.py (and docs/architecture.md): {missing}"


def test_no_import_points_up():
    up = []
    for path in MODULES:
        mine = layer_of(module_name(path))
        for line, target in imports(path):
            theirs = layer_of(target)
            if theirs is None:
                up.append(f"{path.relative_to(ROOT.parent)}:{line} imports {target}, which has no layer")
            elif mine is not None and theirs > mine:
                up.append(f"{path.relative_to(ROOT.parent)}:{line} ({LAYERS[mine][0]}) imports {target} "
                          f"({LAYERS[theirs][0]})")
    assert not up, "imports that point up the layers:\n" + "\n".join(up)


@pytest.mark.parametrize("source, expected", [
    ("from ..tagger import load\n", "pipeline.tagger"),
    ("def f():\n    from ..cli import main\n", "pipeline.cli"),
    ("import pipeline.report.tables\n", "pipeline.report.tables"),
    ("from .. import tagger\n", "pipeline.tagger"),
])
def test_the_walk_sees_function_level_and_relative_imports(tmp_path, source, expected):
    pkg = tmp_path / "pipeline"
    (pkg / "engines").mkdir(parents=True)
    (pkg / "tagger.py").write_text("", encoding="utf-8")
    f = pkg / "engines" / "y.py"
    f.write_text(source, encoding="utf-8")
    assert expected in [t for _, t in imports(f, pkg)]
    assert module_name(f, pkg) == "pipeline.engines.y"
    assert layer_of(expected) > layer_of("pipeline.engines") or expected != "pipeline.cli"


def test_no_module_over_450_lines():
    """Issue 13 (DESIGN.md, textacy's habit): every module readable alone, at most 450 lines."""
    long = {str(p.relative_to(ROOT.parent)): n for p in MODULES
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 450}
    assert not long, f"split these modules (docs/architecture.md says where the parts go): {long}"
