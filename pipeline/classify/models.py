"""Engagement models on disk: ``models/<name>/`` with weights, ``meta.json`` and ``card.md``.

Three kinds: ``sklearn`` (TF-IDF + linear model), ``transformer`` (a fine-tuned Hugging
Face sequence classifier) and ``ensemble`` (a weighted mean of member models' probabilities,
members named by relative path in ``meta.json``; the weights are chosen on dev).

Only safe formats are read: scikit-learn pipelines through
skops with an explicit list of trusted types (anything else is refused with E053),
transformer weights from safetensors only; never pickle, never ``trust_remote_code``.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any, Sequence

from ..errors import E, Problem, TifaError
from .data import LABELS, model_input

SKOPS_FILE = "model.skops"
# every type a tifa TF-IDF pipeline holds; anything else in a file is refused
TRUSTED_TYPES = [
    "sklearn.pipeline.Pipeline",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "numpy.ndarray",
    "numpy.dtype",
    "numpy.float64",
    "numpy.int64",
    "builtins.dict",
    "builtins.list",
    "builtins.tuple",
    "builtins.str",
    "builtins.int",
    "builtins.float",
    "builtins.bool",
    "builtins.slice",
    "scipy.sparse._csr.csr_matrix",
]


class EngagementModel:
    """A trained engagement classifier: probabilities per label, plus its combination weight."""

    def __init__(self, path: Path, meta: dict[str, Any], estimator: Any) -> None:
        self.path = path
        self.meta = meta
        self.estimator = estimator
        self.weight: float = float(meta.get("combination", {}).get("weight", 1.0))
        self._fast = _fast_transform(estimator) if meta.get("kind") == "sklearn" else None

    @property
    def kind(self) -> str:
        return str(self.meta.get("kind"))

    @property
    def name(self) -> str:
        return self.path.name

    def predict_proba(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """One {label: probability} per raw document text, in batches of the caller's size."""
        if not texts:
            return []
        if self.kind in ("transformer", "ensemble"):
            return self.estimator.predict_proba(list(texts))
        inputs = [model_input(t) for t in texts]
        if self._fast is not None:  # the same matrix as the pipeline's vectoriser, ~4x sooner
            transform, final = self._fast
            probs = final.predict_proba(transform(inputs))
        else:
            probs = self.estimator.predict_proba(inputs)
        classes = [str(c) for c in self.estimator.classes_]
        return [{c: float(p) for c, p in zip(classes, row)} for row in probs]


def _fast_transform(estimator: Any) -> tuple[Any, Any] | None:
    """``(transform, final estimator)`` for a two-step TF-IDF pipeline whose vectoriser
    :class:`~pipeline.classify.tfidf.CharTfidf` reproduces exactly; else None."""
    from .tfidf import CharTfidf

    steps = getattr(estimator, "steps", None)
    if not steps or len(steps) != 2:
        return None
    fast = CharTfidf.from_vectorizer(steps[0][1])
    return (fast.transform, steps[1][1]) if fast is not None else None


def load_model(path: str | Path, *, lexicon_hash: str | None = None, _within: tuple[Path, ...] = ()
               ) -> EngagementModel:
    """Load ``models/<name>/`` or raise a coded :class:`TifaError` (E050–E053, E055).

    Warns (W004) when the model was trained with another lexicon than ``lexicon_hash``.
    A malformed folder (meta.json not an object, a weight that is not a number, an
    ensemble that contains itself, weights that are not a classifier) is E051, never a
    traceback.
    """
    root = Path(path)
    meta_path = root / "meta.json"
    if not root.is_dir() or not meta_path.is_file():
        raise TifaError(E.MODEL_NOT_FOUND, path=str(root), detail="no meta.json")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        raise TifaError(E.MODEL_UNREADABLE, path=str(meta_path), detail=str(exc)[:200]) from None
    if not isinstance(meta, dict):
        raise TifaError(E.MODEL_UNREADABLE, path=str(meta_path), detail=f"meta.json must be an object, not {type(meta).__name__}")
    labels = meta.get("labels")
    if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels) or set(labels) != set(LABELS):
        raise TifaError(E.MODEL_LABELS, path=str(meta_path), detail=f"labels {str(labels)[:200]}")
    combination = meta.get("combination", {})
    weight = combination.get("weight", 1.0) if isinstance(combination, dict) else None
    if not _is_number(weight):
        raise TifaError(E.MODEL_UNREADABLE, path=str(meta_path), detail=f"combination.weight must be a number: {weight!r}"[:200])
    if lexicon_hash and meta.get("lexicon_hash") not in (None, lexicon_hash):
        problem = Problem(E.MODEL_OTHER_LEXICON, str(root),
                          detail=f"model lexicon {meta.get('lexicon_hash')} != current {lexicon_hash}")
        warnings.warn(str(problem), stacklevel=2)
    kind = meta.get("kind")
    if kind == "sklearn":
        est = _load_skops(root / SKOPS_FILE)
        if not hasattr(est, "predict_proba") or not hasattr(est, "classes_"):
            raise TifaError(E.MODEL_UNREADABLE, path=str(root / SKOPS_FILE), detail=f"holds a {type(est).__name__}, not a "
                                                                         "fitted classifier")
        return EngagementModel(root, meta, est)
    if kind == "transformer":
        from .transformer import TransformerClassifier, WindowSpec

        hp = meta.get("hyper_parameters") or {}
        default = WindowSpec()
        try:
            clf = TransformerClassifier(root, spec=WindowSpec(int(hp.get("max_length", default.max_length)),
                                                              int(hp.get("stride", default.stride))))
        except TifaError:
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged checkpoint fails in many ways
            raise TifaError(E.MODEL_UNREADABLE, path=str(root), detail=f"{type(exc).__name__}: {str(exc)[:160]}") from None
        if set(clf.labels) != set(LABELS):
            raise TifaError(E.MODEL_LABELS, path=str(root / "config.json"), detail=f"id2label {clf.labels}")
        return EngagementModel(root, meta, clf)
    if kind == "ensemble":
        members = meta.get("members") or []
        if not isinstance(members, list) or not members:
            raise TifaError(E.MODEL_NOT_FOUND, path=str(meta_path), detail="an ensemble needs a list of members")
        here = root.resolve()
        if here in _within:
            raise TifaError(E.MODEL_UNREADABLE, path=str(meta_path), detail="the ensemble contains itself")
        loaded = []
        for m in members:
            if not isinstance(m, dict) or not isinstance(m.get("path"), str) or not _is_number(m.get("weight")):
                raise TifaError(E.MODEL_UNREADABLE, path=str(meta_path), detail=f"a member needs a path and a numeric weight: "
                                                                    f"{str(m)[:120]}")
            loaded.append((load_model(root / m["path"], lexicon_hash=lexicon_hash, _within=(*_within, here)),
                           float(m["weight"])))
        return EngagementModel(root, meta, Ensemble(loaded))
    raise TifaError(E.MODEL_UNREADABLE, path=str(meta_path), detail=f"unknown model kind {kind!r}"[:200])


def _is_number(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and x == x and abs(x) != float("inf")


class Ensemble:
    """Weighted mean of member models' probabilities (weights sum to 1)."""

    def __init__(self, members: list[tuple[EngagementModel, float]]) -> None:
        self.members = members

    def predict_proba(self, texts: list[str]) -> list[dict[str, float]]:
        out = [dict.fromkeys(LABELS, 0.0) for _ in texts]
        for model, weight in self.members:
            if weight <= 0:
                continue
            for row, probs in zip(out, model.predict_proba(texts)):
                for lab, p in probs.items():
                    row[lab] += weight * p
        return out


def _load_skops(file: Path) -> Any:
    import skops.io as sio

    if not file.is_file():
        raise TifaError(E.MODEL_NOT_FOUND, path=str(file), detail="missing weights")
    try:
        untrusted = sio.get_untrusted_types(file=file)
    except Exception as exc:
        raise TifaError(E.MODEL_UNREADABLE, path=str(file), detail=f"{type(exc).__name__}: {str(exc)[:160]}") from None
    bad = [t for t in untrusted if t not in TRUSTED_TYPES]
    if bad:
        raise TifaError(E.MODEL_UNTRUSTED_TYPES, path=str(file), detail=", ".join(bad[:5]))
    try:
        return sio.load(file, trusted=untrusted)
    except Exception as exc:
        raise TifaError(E.MODEL_UNREADABLE, path=str(file), detail=f"{type(exc).__name__}: {str(exc)[:160]}") from None
