"""An exact NumPy transform for a fitted character n-gram TF-IDF vectoriser (issue 17).

scikit-learn's ``TfidfVectorizer(analyzer="char_wb")`` builds every n-gram of a document
as a Python string and looks each up in a dict: on the default model's path that was
~43% of the tagging time. :class:`CharTfidf` computes the same matrix with array
operations: the padded words' code points become one integer array, each n-gram (n ≤ 3)
one 63-bit integer key (21 bits a character), keys are found in the sorted vocabulary
with ``searchsorted``, counted per document with ``unique``, and the batch's CSR matrix
is weighted and normalised exactly as ``TfidfTransformer`` does: ``log(tf) + 1``, times
idf, each row divided by the square root of its squares summed in column order (the
order scikit-learn's Cython loop adds them in), so the matrices are equal bit for bit
(``tests/test_tfidf.py`` checks it on the corpus).

:meth:`CharTfidf.from_vectorizer` returns None for any vectoriser this does not
reproduce (another analyzer, n > 3, a preprocessor, binary counts, ...); callers then
keep scikit-learn's own transform.

Example:
    >>> from sklearn.feature_extraction.text import TfidfVectorizer
    >>> texts = ["云南 会见 越南", "Yunnan met Vietnam", "云南与老挝"]
    >>> vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3)).fit(texts)
    >>> fast = CharTfidf.from_vectorizer(vec)
    >>> a, b = fast.transform(texts), vec.transform(texts)
    >>> bool((a != b).nnz == 0 and (a.indices == b.indices).all())
    True
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np

_BITS = 21  # a code point (≤ 0x10FFFF) + 1 fits in 21 bits; three of them in a non-negative int64


class CharTfidf:
    """The fitted ``char_wb`` TF-IDF transform as array operations (see the module doc).

    Args:
        vocabulary: n-gram -> column, as fitted.
        idf: the fitted idf weights (None: ``use_idf=False``).
        ngram_range: (min_n, max_n), max_n ≤ 3.
        sublinear_tf: ``log(tf) + 1`` instead of tf.
        norm: ``"l2"`` or None.
        lowercase: lower-case texts first.
    """

    def __init__(self, vocabulary: dict[str, int], idf: np.ndarray | None, *, ngram_range: tuple[int, int],
                 sublinear_tf: bool, norm: str | None, lowercase: bool) -> None:
        self.ngram_range = ngram_range
        self.sublinear_tf = sublinear_tf
        self.norm = norm
        self.lowercase = lowercase
        self.idf = None if idf is None else np.asarray(idf, dtype=np.float64)
        self.n_features = len(vocabulary)
        terms = list(vocabulary)
        keys = np.array([_key(t) for t in terms], dtype=np.int64)
        order = np.argsort(keys, kind="stable")
        self._keys = keys[order]
        self._cols = np.array([vocabulary[t] for t in terms], dtype=np.int64)[order]

    @classmethod
    def from_vectorizer(cls, vec: Any) -> "CharTfidf | None":
        """The exact fast transform of a fitted ``TfidfVectorizer``, or None when this class
        does not reproduce its configuration."""
        try:
            params = vec.get_params()
            vocabulary = vec.vocabulary_
        except AttributeError:
            return None
        lo, hi = params.get("ngram_range", (1, 1))
        ok = (params.get("analyzer") == "char_wb" and 1 <= lo <= hi <= 3 and params.get("input") == "content"
              and params.get("preprocessor") is None and params.get("tokenizer") is None
              and params.get("strip_accents") is None and not params.get("binary")
              and params.get("norm") in ("l2", None) and params.get("dtype") in (np.float64, None)
              and all(1 <= len(t) <= 3 for t in vocabulary))
        if not ok:
            return None
        idf = vec.idf_ if params.get("use_idf", True) else None
        return cls(dict(vocabulary), idf, ngram_range=(lo, hi), sublinear_tf=bool(params.get("sublinear_tf")),
                   norm=params.get("norm"), lowercase=bool(params.get("lowercase", True)))

    def transform(self, texts: Sequence[str]) -> Any:
        """The TF-IDF matrix of ``texts`` (``scipy.sparse.csr_matrix``, float64, sorted indices)."""
        import scipy.sparse as sp

        n_docs = len(texts)
        cols, tallies = [], []
        for text in texts:
            c, n = self._counts(text.lower() if self.lowercase else text)
            cols.append(c)
            tallies.append(n)
        indptr = np.zeros(n_docs + 1, dtype=np.int32)
        np.cumsum([len(c) for c in cols], out=indptr[1:])
        indices = np.concatenate(cols).astype(np.int32) if n_docs else np.zeros(0, np.int32)
        counts = np.concatenate(tallies) if n_docs else np.zeros(0, np.int64)
        data = counts.astype(np.float64)
        if self.sublinear_tf:
            np.log(data, data)
            data += 1.0
        if self.idf is not None:
            data *= self.idf[indices]
        if self.norm == "l2":
            _normalize_rows_l2(data, indptr)
        return sp.csr_matrix((data, indices, indptr), shape=(n_docs, self.n_features))

    def _counts(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """``(columns, counts)`` of the vocabulary n-grams of ``text``, by column."""
        words = text.split()  # what scikit-learn's whitespace collapsing and split() leave
        if not words:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        padded = " " + "  ".join(words) + " "  # each word as " word ", side by side
        cps = np.frombuffer(padded.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64) + 1
        lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words)) + 2
        word = np.repeat(np.arange(len(words)), lengths)  # which padded word each position is in
        lo, hi = self.ngram_range
        found = []
        n_pos = len(cps)
        for n in range(lo, hi + 1):  # padded words have ≥ 3 characters, so for n ≤ 3 every
            m = n_pos - n + 1  # n-gram is a full window (scikit-learn's short-word case never arises)
            if m <= 0:
                break
            key = cps[:m] << (2 * _BITS)
            if n >= 2:
                key = key | (cps[1:m + 1] << _BITS)
            if n == 3:
                key = key | cps[2:m + 2]
            if n > 1:
                key = key[word[:m] == word[n - 1:m + n - 1]]  # inside one padded word
            found.append(key)
        keys, counts = np.unique(np.concatenate(found), return_counts=True)  # sorted: a cache-friendly search
        at = np.searchsorted(self._keys, keys)
        at[at == len(self._keys)] = 0
        hit = self._keys[at] == keys
        cols, counts = self._cols[at[hit]], counts[hit]
        order = np.argsort(cols)
        return cols[order], counts[order]


def _key(term: str) -> int:
    """The integer key of an n-gram of 1 to 3 characters (absent characters count 0)."""
    cps = [ord(c) + 1 for c in term] + [0] * (3 - len(term))
    return (cps[0] << (2 * _BITS)) | (cps[1] << _BITS) | cps[2]


def _normalize_rows_l2(data: np.ndarray, indptr: np.ndarray) -> None:
    """Divide each CSR row by its L2 norm in place, the squares added one by one in column
    order as scikit-learn's ``inplace_csr_row_normalize_l2`` adds them (``cumsum`` is a
    strictly sequential sum, unlike ``sum``'s pairwise one), so the result is bit-identical."""
    squares = data * data
    for a, b in zip(indptr[:-1].tolist(), indptr[1:].tolist()):
        if b > a:
            total = float(np.cumsum(squares[a:b])[-1])
            if total != 0.0:
                data[a:b] /= np.sqrt(total)
