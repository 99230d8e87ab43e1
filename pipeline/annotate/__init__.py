"""Annotators: pure functions ``(document, lexicon) -> list[Mention]``."""

from .cues import annotate_cues
from .formulations import annotate_formulations
from .officials import official_post
from .places import annotate_places

__all__ = ["annotate_places", "annotate_formulations", "annotate_cues", "official_post"]
