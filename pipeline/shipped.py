"""Where the data shipped with tifa lives: the one lookup for ``lexicon/`` and ``models/``.

In a checkout they sit beside the package (``<repo>/lexicon``, ``<repo>/models``); an
installed wheel carries them as ``pipeline/_data/<name>``.

Example:
    >>> shipped("lexicon").name, shipped("no-such-folder")
    ('lexicon', None)
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def shipped(name: str) -> Path | None:
    """The shipped folder ``name`` (``lexicon``, ``models``), or None when neither place has it."""
    for cand in (PACKAGE.parent / name, PACKAGE / "_data" / name):
        if cand.is_dir():
            return cand
    return None
