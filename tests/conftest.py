from __future__ import annotations

import pytest

from pipeline.lexicon import load
from pipeline.tagger import Tagger


@pytest.fixture(scope="session")
def lexicon():
    return load()


@pytest.fixture(scope="session")
def tagger(lexicon):
    """Rules only: these tests pin the rule behaviour, whatever model ships."""
    return Tagger(lexicon)
