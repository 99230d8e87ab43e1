"""Execution engines: ``local`` (this process or N worker processes) and ``dask`` (a cluster).

Both take the same chunks of input items (:func:`pipeline.engines.local.chunked`) and the
same :class:`~pipeline.engines.local.ChunkTagger`, so they produce the same records;
:mod:`pipeline.engines.checkpoint` writes them as resumable parts.
"""

ENGINES = ("local", "dask")
