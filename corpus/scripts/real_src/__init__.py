"""Source of the real-register corpus parts (issue 14): one module per batch of documents.

Each module defines ``DOCS``, a list built with :func:`lib.D`; ``make_real_parts.py``
turns them into ``corpus/parts/real-train.jsonl`` and ``corpus/parts/real-dev.jsonl``.
"""
