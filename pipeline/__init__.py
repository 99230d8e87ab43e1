"""tifa (提法): structured records from Chinese provincial foreign-affairs reports.

Public API::

    import pipeline
    tagger = pipeline.load()                 # shipped lexicon, rules only
    record = tagger.tag("云南省委书记会见越南老街省委书记")
    for rec in tagger.pipe(["…", "…"]): ...
"""

from .version import __version__  # noqa: E402
from .schemas import Document, Mention, Record  # noqa: E402
from .tagger import Tagger, load  # noqa: E402

__all__ = ["load", "Tagger", "Record", "Mention", "Document", "__version__"]
