from __future__ import annotations

import os
import shutil

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


@pytest.fixture
def headless_chromium(tmp_path):
    """``(command prefix, environment)`` for Debian's Chromium, headless, with no network and a
    fresh profile; skips when no Chromium is installed (``.ci/run`` installs it where it can)."""
    browser = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)),
                   None)
    if browser is None:
        pytest.skip("no chromium binary found (Debian: apt-get install chromium); the HTML render check needs it")
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
             f"--user-data-dir={tmp_path / 'profile'}"]
    return flags, {**os.environ, "HOME": str(tmp_path)}
