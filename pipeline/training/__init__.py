"""Training: fitting the engagement models that ``pipeline.classify`` loads.

``fit`` trains (sklearn, transformer, ensemble), ``select`` chooses the rules/model weight
and scores test once, ``card`` writes the model folder, ``base`` builds base checkpoints.
"""

from .base import build_base
from .card import model_card
from .fit import FinetuneParams, train_ensemble, train_sklearn, train_transformer
from .select import choose_weight_and_score, rule_evidence

__all__ = ["FinetuneParams", "build_base", "choose_weight_and_score", "model_card", "rule_evidence",
           "train_ensemble", "train_sklearn", "train_transformer"]
