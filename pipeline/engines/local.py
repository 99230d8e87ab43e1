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
import re
import signal
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Any

from ..analysis import Analysis
from ..errors import E, TifaError
from ..io.inputs import apply_source_province
from ..io import DEFAULT_MAX_BYTES, DEFAULT_MAX_EXPANDED, TEXT_SUFFIXES, FileTask, read_file, render_row
from ..schemas import Document
from ..tagger import Tagger, paused_gc

Item = FileTask | Document | TifaError
Result = tuple  # ("ok", rendered row), ("ok", rendered row, warning codes) or ("error", error dict)
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


DEFAULT_MAX_CHARS = 1_000_000
DEFAULT_MAX_SECONDS = 60.0
# test-only: reading this document id hangs inside the regex engine (C code holding the GIL,
# as a pathological regex or parser does), so only the parent's watchdog can stop it
HANG_ENV = "TIFA_TEST_HANG_ON"

PLAIN_TEXT = TEXT_SUFFIXES
Key = tuple[int, int]  # (chunk index, position in the chunk): which input a worker is on


class DocTimeout(Exception):
    """Raised in a process tagging in-process when a document passes ``max_seconds``."""


@dataclass
class ChunkTagger:
    """Tags one chunk: reads files, batches documents through the tagger, renders rows.

    Picklable (the lexicon drops its compiled automata and each process rebuilds them
    once), so the same object is forked into local workers or shipped to Dask workers.

    Args:
        tagger: the tagger (lexicon + optional model).
        fmt: the output format rows are rendered for.
        max_bytes: larger files are E006.
        encoding: a forced input encoding.
        isolated: True in a disposable worker process (enables the test hooks).
        max_chars: longer documents are refused (E017), never truncated.
        max_expanded: what a DOCX/PDF/HTML may expand to (E014).
        max_seconds: time to read and tag one document (E018); 0 for no limit. Worker
            processes are stopped by the parent's watchdog; in-process an alarm signal
            stops Python code (not a hang inside C code: use two workers or more).
    """

    tagger: Tagger
    fmt: str = "jsonl"
    max_bytes: int = DEFAULT_MAX_BYTES
    encoding: str | None = None
    isolated: bool = False
    source_province: str | None = None  # a province code, "from-folder" or None (pipeline.io.inputs)
    max_chars: int = DEFAULT_MAX_CHARS
    max_expanded: int = DEFAULT_MAX_EXPANDED
    max_seconds: float = DEFAULT_MAX_SECONDS
    status: Any = field(default=None, repr=False, compare=False)  # a worker's shared slot (see _Pool)

    def __call__(self, items: list[Item], keys: list[Key] | None = None) -> list[Result]:
        results: list[Result | None] = [None] * len(items)
        annotated: list[tuple[int, Analysis]] = []
        alarm = self.max_seconds > 0 and self.status is None and signal.getsignal(signal.SIGALRM) is _on_alarm
        for i, item in enumerate(items):
            if isinstance(item, TifaError):
                results[i] = ("error", item.to_dict())
                continue
            self._mark(keys[i] if keys else (0, i))
            try:
                if alarm:
                    signal.setitimer(signal.ITIMER_REAL, self.max_seconds)
                annotated.append((i, self._annotate(item)))
            except TifaError as exc:
                results[i] = ("error", exc.to_dict())
            except DocTimeout:
                results[i] = timed_out(item, self.max_seconds)
            except Exception as exc:  # noqa: BLE001 - a reader or tagger bug on one document never stops the batch
                results[i] = ("error", _internal(_where(item), exc, getattr(item, "id", None)))
            finally:
                if alarm:
                    signal.setitimer(signal.ITIMER_REAL, 0)
        self._mark(None)
        size = self.tagger.batch_size if self.tagger.model is not None else 1
        for b in range(0, len(annotated), size):  # the batches Tagger.pipe would make
            batch = annotated[b:b + size]
            try:
                with paused_gc():  # as Tagger.pipe: the collector would walk every live mention
                    # each analysis is spent once its record is built: its mentions are not held
                    # while the record's row is rendered (issue 17)
                    for (i, a), rec in zip(batch, self.tagger.records([a for _, a in batch], spend=True)):
                        try:
                            results[i] = _ok(rec, self.fmt)
                        except Exception as exc:  # noqa: BLE001 - recorded as E010, the batch goes on
                            results[i] = ("error", _internal(a.doc.source or a.doc.id, exc, a.doc.id))
            except Exception:  # noqa: BLE001 - find the document at fault: one at a time
                for i, a in batch:
                    if results[i] is not None:
                        continue  # its record was made (and its analysis spent) before the failure
                    try:
                        results[i] = _ok(next(self.tagger.records([a])), self.fmt)
                    except Exception as exc:  # noqa: BLE001 - recorded as E010, the batch goes on
                        results[i] = ("error", _internal(a.doc.source or a.doc.id, exc, a.doc.id))
        return results  # type: ignore[return-value]

    def _annotate(self, item: FileTask | Document) -> Analysis:
        if isinstance(item, FileTask):
            if self.max_chars and Path(item.path).suffix.lower() in PLAIN_TEXT:
                size = os.stat(item.path).st_size  # a character takes at most 4 bytes: refuse before decoding
                if size > 4 * self.max_chars:
                    raise TifaError(E.DOCUMENT_TOO_LONG, path=item.source, detail=f"document {item.id}: {size} bytes of text "
                                                                     f"> 4 x {self.max_chars} characters")
            doc = read_file(Path(item.path), doc_id=item.id, source=item.source, max_bytes=self.max_bytes,
                            encoding=self.encoding, max_expanded=self.max_expanded)
            doc = apply_source_province(doc, self.source_province, self.tagger.lexicon, item.path)
        else:
            doc = apply_source_province(item, self.source_province, self.tagger.lexicon)
        if self.max_chars and len(doc.text) > self.max_chars:
            raise TifaError(E.DOCUMENT_TOO_LONG, path=doc.source or doc.id,
                            detail=f"document {doc.id}: {len(doc.text)} characters > {self.max_chars}")
        self._test_hooks(doc.id)
        return self.tagger.annotate(doc)

    def _mark(self, key: Key | None) -> None:
        """Tell the parent's watchdog which input this worker is on, and since when."""
        if self.status is not None:
            if key is None:
                self.status[1] = 0.0
            else:
                self.status[2], self.status[3] = key
                self.status[1] = time.time()

    def _test_hooks(self, doc_id: str) -> None:
        if not self.isolated:
            return
        if os.environ.get(CRASH_ENV) == doc_id:
            os._exit(70)  # simulates a segfault / OOM kill of this worker process
        if os.environ.get(HANG_ENV) == doc_id:
            re.match(r"(a+)+$", "a" * 64 + "!")  # catastrophic backtracking in C: hours


def _can_alarm() -> bool:
    import threading

    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _where(item: Item) -> str:
    if isinstance(item, FileTask):
        return item.source
    if isinstance(item, TifaError):
        return item.path or ""
    return item.source or item.id


def _internal(where: str, exc: Exception, doc_id: str | None = None) -> dict[str, Any]:
    doc = f"document {doc_id}: " if doc_id else ""
    return TifaError(E.INTERNAL, path=where, detail=f"{doc}{type(exc).__name__}: {exc}").to_dict()


def _ok(record: Any, fmt: str) -> Result:
    """A tagged document's result: its rendered row, and its warning codes where it has any
    (W003 no text...), which the batch summary counts."""
    row = render_row(record, fmt)
    return ("ok", row, tuple(record.meta.warnings)) if record.meta.warnings else ("ok", row)


def crashed(item: Item) -> Result:
    """The error entry for a document whose worker process died (E074)."""
    doc_id = getattr(item, "id", None)
    return "error", TifaError(E.WORKER_CRASHED, path=_where(item), detail=f"document {doc_id}").to_dict()


def timed_out(item: Item, seconds: float) -> Result:
    """The error entry for a document that took longer than ``seconds`` (E018)."""
    doc_id = getattr(item, "id", None)
    return "error", TifaError(E.DOCUMENT_TOO_SLOW, path=_where(item), detail=f"document {doc_id}: over {seconds:g} s").to_dict()


# ------------------------------------------------------------------ worker processes

_WORKER: ChunkTagger | None = None
SLOT = 4  # per worker in the shared status array: pid, start time of its document (0: idle), chunk, position


def _init(work: ChunkTagger, status: Any = None) -> None:
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the pool terminates workers; no inherited handler
    slot = None
    if status is not None:  # claim a free slot (one whose process is gone)
        with status.get_lock():
            for k in range(0, len(status), SLOT):
                pid = int(status[k])
                if pid == 0 or not _alive(pid):
                    status[k:k + SLOT] = [float(os.getpid()), 0.0, 0.0, 0.0]
                    slot = _Slot(status, k)
                    break
    _WORKER = replace(work, isolated=True, status=slot)
    if "torch" in sys.modules:  # one intra-op thread per worker: N workers use N cores, not N x N
        import torch

        torch.set_num_threads(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


class _Slot:
    """A worker's view of its four numbers in the shared status array."""

    def __init__(self, array: Any, base: int) -> None:
        self.array, self.base = array, base

    def __setitem__(self, i: int, value: float) -> None:
        self.array[self.base + i] = value


def _run_chunk(items: list[Item], keys: list[Key] | None = None) -> list[Result]:
    assert _WORKER is not None
    return _WORKER(items, keys)


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
    """A ProcessPoolExecutor that can be replaced after a worker died, with a watchdog.

    Each worker writes which input it is on, and since when, into a shared array; while
    waiting for a result the pool looks at it, and a worker past ``max_seconds`` on one
    document is killed (the pool then breaks and is restarted like after a crash) and that
    document remembered as timed out (E018): it is never run again.
    """

    POLL = 0.5

    def __init__(self, work: ChunkTagger, workers: int, method: str | None = None) -> None:
        self.work, self.workers = work, workers
        self.ctx = mp.get_context(method or start_method(work))
        self.status = self.ctx.Array("d", SLOT * max(workers, 1) * 4) if work.max_seconds > 0 else None
        self.timed_out: set[Key] = set()
        self.pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        # ProcessPoolExecutor fails loudly (BrokenProcessPool) if a worker dies, where
        # multiprocessing.Pool would wait forever
        return ProcessPoolExecutor(self.workers, mp_context=self.ctx, initializer=_init,
                                   initargs=(self.work, self.status))

    def submit(self, items: list[Item], keys: list[Key]) -> Future:
        return self.pool.submit(_run_chunk, items, keys)

    def wait(self, fut: Future) -> list[Result]:
        """The future's result; kills a worker stuck on one document past the limit."""
        if self.status is None:
            return fut.result()
        while True:
            try:
                return fut.result(timeout=self.POLL)
            except FutureTimeout:
                self._watch()

    def _watch(self) -> None:
        now = time.time()
        limit = self.work.max_seconds
        with self.status.get_lock():  # type: ignore[union-attr]
            vals = list(self.status)  # type: ignore[arg-type]
            for k in range(0, len(vals), SLOT):
                pid, since, chunk, pos = vals[k:k + SLOT]
                if pid and since and now - since > limit:
                    self.timed_out.add((int(chunk), int(pos)))
                    self.status[k + 1] = 0.0  # type: ignore[index]
                    try:
                        os.kill(int(pid), signal.SIGKILL)
                    except ProcessLookupError:
                        pass

    def restart(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = self._new()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def isolate(self, index: int, items: list[Item]) -> list[Result]:
        """Re-run a chunk alone (less what timed out); if its process dies, one document at a time."""
        keys = [(index, j) for j in range(len(items))]
        out: list[Result | None] = [timed_out(it, self.work.max_seconds) if k in self.timed_out else None
                                    for k, it in zip(keys, items)]
        todo = [j for j, r in enumerate(out) if r is None]
        try:
            for j, res in zip(todo, self.wait(self.submit([items[j] for j in todo], [keys[j] for j in todo]))):
                out[j] = res
            return out  # type: ignore[return-value]
        except BrokenProcessPool:
            self.restart()
        for j in todo:
            if keys[j] in self.timed_out:
                out[j] = timed_out(items[j], self.work.max_seconds)
                continue
            try:
                out[j] = self.wait(self.submit([items[j]], [keys[j]]))[0]
            except BrokenProcessPool:
                self.restart()
                out[j] = (timed_out(items[j], self.work.max_seconds) if keys[j] in self.timed_out
                          else crashed(items[j]))
        return out  # type: ignore[return-value]


def run(chunks: Iterable[Chunk], work: ChunkTagger, *, workers: int = 1,
        method: str | None = None) -> Iterator[tuple[int, list[Result]]]:
    """Yield ``(chunk index, results)`` in input order, one result per item.

    ``workers <= 1`` tags in this process; otherwise chunks go to a pool of worker
    processes (started by ``method``, default :func:`start_method`) with a bounded
    read-ahead of ``2 * workers`` chunks, so memory stays flat on inputs of any size.
    """
    if workers <= 1:
        alarm = work.max_seconds > 0 and _can_alarm()
        previous = signal.signal(signal.SIGALRM, _on_alarm) if alarm else None
        try:
            for index, items in chunks:
                yield index, work(items, [(index, j) for j in range(len(items))])
        finally:
            if alarm:
                signal.signal(signal.SIGALRM, previous)
        return
    # the Tagger compiled its lexicon when it was built: forked workers share the automata
    # copy-on-write; forkserver workers get it pickled without them and compile their own
    pool = _Pool(work, workers, method)
    pending: deque[tuple[int, list[Item], Future]] = deque()
    it = iter(chunks)
    try:
        while True:
            while len(pending) < 2 * workers and (nxt := next(it, None)) is not None:
                keys = [(nxt[0], j) for j in range(len(nxt[1]))]
                try:
                    fut: Future | None = pool.submit(nxt[1], keys)
                except BrokenProcessPool:  # a worker died since the last result: run it after the restart
                    fut = None
                pending.append((nxt[0], nxt[1], fut))
            if not pending:
                return
            index, items, fut = pending.popleft()
            try:
                if fut is None:
                    raise BrokenProcessPool("the pool broke before this chunk was submitted")
                yield index, pool.wait(fut)
            except BrokenProcessPool:
                # chunks that finished before the crash keep their results; the rest rerun alone
                redo = [(index, items, None), *pending]
                pending.clear()
                pool.restart()
                for i, its, f in redo:
                    ok = f is not None and f.done() and not f.cancelled() and f.exception() is None
                    yield i, (f.result() if ok else pool.isolate(i, its))  # type: ignore[union-attr]
    finally:
        pool.close()


def _on_alarm(signum: int, frame: object) -> None:
    raise DocTimeout
