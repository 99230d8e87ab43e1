"""Engagement classifiers (scores, never final answers) and their combination with rules."""

from .data import LABELS, NULL
from .models import EngagementModel, load_model

__all__ = ["LABELS", "NULL", "EngagementModel", "load_model"]
