"""The engagement layer (TAXONOMY §3b): acts found per clause, paired with their Chinese
actor and foreign counterparts, segmented, each with its category and attributes.

The category policy (act detection, rule scores, precedence, the model blend) is
:mod:`.policy`, with the act detector in :mod:`.detect`; segmenting is :mod:`.acts`,
pairing :mod:`.pairing`, attributes :mod:`.attributes`, titles :mod:`.titles`.

Example:
    >>> from pipeline.tagger import Tagger
    >>> r = Tagger().tag("4月27日，云南省委书记在昆明会见越南老街省委书记。", date="2024-05-01")
    >>> e = r.engagements[0]
    >>> e.provinces, e.partners, e.direction, e.official, e.counterpart, e.date
    (['CN-YN'], ['VNM'], 'inbound', 'party_secretary', 'subnational', '2024-04-27')
"""

from .pairing import apply
from .tours import extract  # (pairing's, with a tour and the meeting with its group merged: rule 8)
from .policy import categorize
from .titles import TitleMatcher, compile_titles

__all__ = ["apply", "categorize", "compile_titles", "extract", "TitleMatcher"]
