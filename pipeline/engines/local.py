"""Local engine: tag a stream of inputs in this process or in ``N`` worker processes.

Records come back in input order whatever the number of workers; a document that
fails (unreadable file, internal error) becomes an error entry and the batch goes on.
"""

from __future__ import annotations

import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import TifaError
from ..io import DEFAULT_MAX_BYTES, FileTask, read_file
from ..lexicon import Lexicon
from ..schemas import Document, Record
from ..tagger import Tagger

Item = FileTask | Document | TifaError
Result = tuple[str, Record | dict]

_WORKER: "_Work | None" = None


@dataclass
class _Work:
    """What a worker needs: the lexicon (pickled without compiled state) and options."""

    lexicon: Lexicon
    max_bytes: int = DEFAULT_MAX_BYTES
    encoding: str | None = None
    tagger: Tagger | None = field(default=None, repr=False)

    def get_tagger(self) -> Tagger:
        if self.tagger is None:
            self.tagger = Tagger(self.lexicon)
        return self.tagger

    def __call__(self, item: Item) -> Result:
        if isinstance(item, TifaError):
            return "error", item.to_dict()
        where = item.source if isinstance(item, Document) else item.path
        try:
            if isinstance(item, FileTask):
                doc = read_file(Path(item.path), doc_id=item.id, source=item.source,
                                max_bytes=self.max_bytes, encoding=self.encoding)
            else:
                doc = item
            return "ok", self.get_tagger().tag_document(doc)
        except TifaError as exc:
            return "error", exc.to_dict()
        except Exception as exc:  # one bad document never stops the batch
            return "error", TifaError("E010", path=where, detail=f"{type(exc).__name__}: {exc}").to_dict()


def _init(work: _Work) -> None:
    global _WORKER
    _WORKER = work


def _run(item: Item) -> Result:
    assert _WORKER is not None
    return _WORKER(item)


def run(
    items: Iterable[Item],
    lexicon: Lexicon,
    *,
    workers: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    chunksize: int = 16,
    tagger: Tagger | None = None,
) -> Iterator[Result]:
    """Yield ``("ok", Record)`` or ``("error", dict)`` per input item, in input order."""
    work = _Work(lexicon, max_bytes, encoding, tagger)
    if workers <= 1:
        for item in items:
            yield work(item)
        return
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    lexicon.compile()  # forked workers share the compiled automata copy-on-write
    window = workers * chunksize * 4
    it = iter(items)
    # ProcessPoolExecutor fails loudly (BrokenProcessPool) if a worker dies, where
    # multiprocessing.Pool would wait forever
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init, initargs=(work,)) as pool:
        while batch := list(islice(it, window)):  # bounded read-ahead: map() would drain the input
            yield from pool.map(_run, batch, chunksize=chunksize)


