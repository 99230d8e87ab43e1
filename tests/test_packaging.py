"""Installs are reproducible: every declared dependency is pinned in constraints.txt.

The README's install command and ``.ci/run`` install with ``-c constraints.txt``; a
dependency named in pyproject.toml without an exact pin there would float to whatever
the index serves that day (issue 18 item 1: Babel 2.19 changed a CLDR name and broke a
fresh clone's test run while CI, holding an older Babel, passed).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _norm(name: str) -> str:
    """PEP 503 normalised project name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(req: str) -> str:
    m = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", req)
    assert m, req
    return _norm(m.group(1))


def _pins(text: str) -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*==\s*([^\s;]+)(\s*;.*)?", line)
        assert m, f"constraints.txt line is not an exact pin: {line!r}"
        pins[_norm(m.group(1))] = m.group(3)
    return pins


def test_every_declared_dependency_has_an_exact_pin():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = list(project["dependencies"]) + list(project["optional-dependencies"]["test"])
    pins = _pins((ROOT / "constraints.txt").read_text(encoding="utf-8"))
    missing = sorted({_requirement_name(r) for r in declared} - set(pins))
    assert not missing, f"pin these in constraints.txt (pip freeze shows the tested versions): {missing}"


def test_pin_parser_refuses_ranges():
    import pytest

    with pytest.raises(AssertionError):
        _pins("babel>=2.14\n")
    assert _pins("Babel==2.19.0  # CLDR\ndask[distributed]==2026.8.0\n") == {"babel": "2.19.0", "dask": "2026.8.0"}
