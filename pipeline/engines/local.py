"""Local engine: tag chunks of inputs in this process or in ``N`` worker processes.

The unit of work is a *chunk*: a list of consecutive input items (files to read, JSONL
documents, or input errors). A worker reads the chunk's files, tags its documents with
:meth:`Tagger.pipe` (so a classifier sees them in batches) and renders each record for the
output format. Chunks are cut by input position only, so the batches, and therefore the
records, are the same whatever the number of workers or engine.

A worker process that dies (a crash in native code, the out-of-memory killer) breaks the
pool; the pool is restarted, the unfinished chunks are re-run one at a time, and a chunk
that crashes again is re-run one document at a time: only the culprit becomes an error
(E074), every other document is tagged.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import Any

from ..errors import TifaError
from ..inputs import apply_source_province
from ..io import DEFAULT_MAX_BYTES, FileTask, read_file, render_row
from ..schemas import Document
from ..tagger import Tagger

Item = FileTask | Document | TifaError
Result = tuple[str, Any]  # ("ok", rendered row) or ("error", error dict)
Chunk = tuple[int, list[Item]]

CHUNK_DOCS = 32
# test-only: a worker process exits abruptly on the document with this id (never in-process)
CRASH_ENV = "TIFA_TEST_CRASH_ON"


def default_workers() -> int:
    """CPUs this process may use (its affinity set), else ``os.cpu_count()``."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def chunked(items: Iterable[Item], size: int) -> Iterator[Chunk]:
    """``(index, items)`` for consecutive chunks of ``size`` input items."""
    it = iter(items)
    index = 0
    while chunk := list(islice(it, size)):
        yield index, chunk
        index += 1


@dataclass
class ChunkTagger:
    """Tags one chunk: reads files, batches documents through the tagger, renders rows.

    Picklable (the lexicon drops its compiled automata and each process rebuilds them
    once), so the same object is forked into local workers or shipped to Dask workers.

    Args:
        tagger: the tagger (lexicon + optional model).
        fmt: the output format rows are rendered for.
        isolated: True in a disposable worker process (enables the test crash hook).
    """

    tagger: Tagger
    fmt: str = "jsonl"
    max_bytes: int = DEFAULT_MAX_BYTES
    encoding: str | None = None
    isolated: bool = False
    source_province: str | None = None  # a province code, "from-folder" or None (pipeline.inputs)

    def __call__(self, items: list[Item]) -> list[Result]:
        results: list[Result | None] = [None] * len(items)
        docs: list[tuple[int, Document]] = []
        for i, item in enumerate(items):
            if isinstance(item, TifaError):
                results[i] = ("error", item.to_dict())
            elif isinstance(item, FileTask):
                try:
                    doc = read_file(Path(item.path), doc_id=item.id, source=item.source,
                                    max_bytes=self.max_bytes, encoding=self.encoding)
                    docs.append((i, apply_source_province(doc, self.source_province, self.tagger.lexicon,
                                                          item.path)))
                except TifaError as exc:
                    results[i] = ("error", exc.to_dict())
                except Exception as exc:  # noqa: BLE001 - a reader bug on one file never stops the batch
                    results[i] = ("error", _internal(item.path, exc))
            else:
                docs.append((i, apply_source_province(item, self.source_province, self.tagger.lexicon)))
        self._crash_hook(d.id for _, d in docs)
        try:
            records = list(self.tagger.pipe([d for _, d in docs]))
            for (i, _), rec in zip(docs, records):
                results[i] = ("ok", render_row(rec, self.fmt))
        except Exception:  # noqa: BLE001 - find the document at fault: one at a time
            for i, doc in docs:
                try:
                    results[i] = ("ok", render_row(self.tagger.tag_document(doc), self.fmt))
                except Exception as exc:  # noqa: BLE001 - recorded as E010, the batch goes on
                    results[i] = ("error", _internal(doc.source or doc.id, exc, doc.id))
        return results  # type: ignore[return-value]

    def _crash_hook(self, ids: Iterable[str]) -> None:
        target = os.environ.get(CRASH_ENV) if self.isolated else None
        if target and target in ids:
            os._exit(70)  # simulates a segfault / OOM kill of this worker process


def _internal(where: str, exc: Exception, doc_id: str | None = None) -> dict[str, Any]:
    doc = f"document {doc_id}: " if doc_id else ""
    return TifaError("E010", path=where, detail=f"{doc}{type(exc).__name__}: {exc}").to_dict()


def crashed(item: Item) -> Result:
    """The error entry for a document whose worker process died (E074)."""
    where = item.path if isinstance(item, (FileTask, TifaError)) else (item.source or item.id)
    doc_id = getattr(item, "id", None)
    return "error", TifaError("E074", path=where, detail=f"document {doc_id}").to_dict()


# ------------------------------------------------------------------ worker processes

_WORKER: ChunkTagger | None = None


def _init(work: ChunkTagger) -> None:
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the pool terminates workers; no inherited handler
    _WORKER = replace(work, isolated=True)
    if "torch" in sys.modules:  # one intra-op thread per worker: N workers use N cores, not N x N
        import torch

        torch.set_num_threads(1)


def _run_chunk(items: list[Item]) -> list[Result]:
    assert _WORKER is not None
    return _WORKER(items)


TORCH_KINDS = ("transformer", "ensemble")


def start_method(work: ChunkTagger) -> str:
    """How worker processes start: ``fork`` where it is safe, else ``forkserver`` or ``spawn``.

    Forked workers share the compiled lexicon and the model copy-on-write. A PyTorch model
    is the exception: a process forked after PyTorch ran a parallel operation in the parent
    deadlocks in its OpenMP thread pool, so with a transformer (or an ensemble holding one)
    workers start from a fresh forkserver process and receive the tagger pickled instead.
    """
    methods = mp.get_all_start_methods()
    model = work.tagger.model
    if "fork" not in methods or (model is not None and getattr(model, "kind", None) in TORCH_KINDS):
        return "forkserver" if "forkserver" in methods else "spawn"
    return "fork"


class _Pool:
    """A ProcessPoolExecutor that can be replaced after a worker died."""

    def __init__(self, work: ChunkTagger, workers: int, method: str | None = None) -> None:
        self.work, self.workers = work, workers
        self.ctx = mp.get_context(method or start_method(work))
        self.pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        # ProcessPoolExecutor fails loudly (BrokenProcessPool) if a worker dies, where
        # multiprocessing.Pool would wait forever
        return ProcessPoolExecutor(self.workers, mp_context=self.ctx, initializer=_init, initargs=(self.work,))

    def submit(self, items: list[Item]) -> Future:
        return self.pool.submit(_run_chunk, items)

    def restart(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._new()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def isolate(self, items: list[Item]) -> list[Result]:
        """Re-run a chunk alone; if its process dies again, one document at a time."""
        try:
            return self.submit(items).result()
        except BrokenProcessPool:
            self.restart()
        out: list[Result] = []
        for item in items:
            try:
                out.extend(self.submit([item]).result())
            except BrokenProcessPool:
                self.restart()
                out.append(crashed(item))
        return out


def run(chunks: Iterable[Chunk], work: ChunkTagger, *, workers: int = 1,
        method: str | None = None) -> Iterator[tuple[int, list[Result]]]:
    """Yield ``(chunk index, results)`` in input order, one result per item.

    ``workers <= 1`` tags in this process; otherwise chunks go to a pool of worker
    processes (started by ``method``, default :func:`start_method`) with a bounded
    read-ahead of ``2 * workers`` chunks, so memory stays flat on inputs of any size.
    """
    if workers <= 1:
        for index, items in chunks:
            yield index, work(items)
        return
    # the Tagger compiled its lexicon when it was built: forked workers share the automata
    # copy-on-write; forkserver workers get it pickled without them and compile their own
    pool = _Pool(work, workers, method)
    pending: deque[tuple[int, list[Item], Future]] = deque()
    it = iter(chunks)
    try:
        while True:
            while len(pending) < 2 * workers and (nxt := next(it, None)) is not None:
                pending.append((nxt[0], nxt[1], pool.submit(nxt[1])))
            if not pending:
                return
            index, items, fut = pending.popleft()
            try:
                yield index, fut.result()
            except BrokenProcessPool:
                # chunks that finished before the crash keep their results; the rest rerun alone
                redo = [(index, items, None), *pending]
                pending.clear()
                pool.restart()
                for i, its, f in redo:
                    ok = f is not None and f.done() and not f.cancelled() and f.exception() is None
                    yield i, (f.result() if ok else pool.isolate(its))  # type: ignore[union-attr]
    finally:
        pool.close()
