"""Where the lexicon is: ``$TIFA_LEXICON``, a folder given, or the one shipped with tifa."""

from __future__ import annotations

import os
from pathlib import Path

from ..shipped import PACKAGE, shipped


def default_path() -> Path:
    """``$TIFA_LEXICON``, else the shipped lexicon (repo checkout or installed wheel)."""
    env = os.environ.get("TIFA_LEXICON")
    if env:
        return resolve_path(env)
    return shipped_path()


SHIPPED_NAMES = ("shipped", "default", "lexicon")


def resolve_path(path: str | Path) -> Path:
    """A lexicon directory as given, or the shipped one for a name that is no folder here.

    ``--lexicon shipped`` (or ``default``, or ``lexicon`` as the README writes it from the
    repository root) names the shipped lexicon from any directory; an existing folder
    of that name wins.
    """
    p = Path(path)
    if str(path) in SHIPPED_NAMES and not p.is_dir():
        return shipped_path()
    return p


def shipped_path() -> Path:
    """The lexicon shipped with tifa (repo checkout or installed wheel), ignoring ``$TIFA_LEXICON``."""
    return shipped("lexicon") or PACKAGE.parent / "lexicon"
