"""The exact NumPy TF-IDF transform (issue 17): the same sparse matrices as scikit-learn's
fitted vectoriser, bit for bit, on the corpus and on odd text."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.classify.data import model_input
from pipeline.classify.tfidf import CharTfidf

ROOT = Path(__file__).resolve().parent.parent


def _same(a, b) -> None:
    a, b = a.tocsr(), b.tocsr()
    b.sort_indices()
    assert a.shape == b.shape
    assert np.array_equal(a.indptr, b.indptr)
    assert np.array_equal(a.indices, b.indices)
    assert np.array_equal(a.data, b.data)  # bit for bit, not approximately
    assert a.dtype == b.dtype == np.float64


@pytest.fixture(scope="module")
def shipped_vectorizer():
    from pipeline.classify.models import load_model

    path = ROOT / "models" / "sklearn"
    if not (path / "meta.json").is_file():
        pytest.skip("no shipped scikit-learn model")
    return load_model(path).estimator.steps[0][1]


def _corpus_texts() -> list[str]:
    texts = []
    for split in ("train", "dev", "test"):
        for line in (ROOT / "corpus" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def test_identical_to_scikit_learn_on_the_corpus(shipped_vectorizer):
    fast = CharTfidf.from_vectorizer(shipped_vectorizer)
    assert fast is not None
    inputs = [model_input(t) for t in _corpus_texts()]
    for i in range(0, len(inputs), 64):  # batches, as the tagger sends them
        batch = inputs[i:i + 64]
        _same(fast.transform(batch), shipped_vectorizer.transform(batch))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="云南越aB \t\n\u3000\u00a0-.Ｘ\U0001F600", max_size=30), min_size=1, max_size=5))
def test_identical_on_odd_text(texts):
    from sklearn.feature_extraction.text import TfidfVectorizer

    fit_on = ["云南 越南 ab", "aB  云\t南", "- . Ｘ \U0001F600"]
    for params in ({"ngram_range": (1, 3), "sublinear_tf": True}, {"ngram_range": (2, 3)},
                   {"ngram_range": (1, 2), "lowercase": False, "norm": None, "use_idf": False}):
        vec = TfidfVectorizer(analyzer="char_wb", **params).fit(fit_on)
        _same(CharTfidf.from_vectorizer(vec).transform(texts), vec.transform(texts))


def test_other_configurations_are_left_to_scikit_learn():
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = ["云南 越南", "Yunnan Vietnam"]
    assert CharTfidf.from_vectorizer(TfidfVectorizer(analyzer="char", ngram_range=(1, 2)).fit(texts)) is None
    assert CharTfidf.from_vectorizer(TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).fit(texts)) is None
    assert CharTfidf.from_vectorizer(TfidfVectorizer().fit(texts)) is None
    assert CharTfidf.from_vectorizer(TfidfVectorizer(analyzer="char_wb", binary=True).fit(texts)) is None
