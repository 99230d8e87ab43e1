"""Dask engine: the same chunks as the local engine, run on a Dask distributed cluster.

``--engine dask`` alone starts a :class:`distributed.LocalCluster` of ``--workers``
processes with one thread each; ``--scheduler tcp://HOST:8786`` connects to a running
cluster instead (started by hand, by dask-jobqueue on SLURM or by dask-kubernetes).

The tagger (lexicon and model) is shipped to every worker once, as a worker plugin: the
scheduler hands it to each worker when it joins (a restarted worker too), tasks carry
only their documents, and a worker compiles the lexicon once. Chunks are
submitted with a bounded window of tasks in flight and come back as they finish (any
order); the caller writes each finished part and joins the parts in input order.

Input files are read by the workers: on a remote cluster the input paths must be visible
to the workers at the same path (a shared file system). JSONL documents travel inside
the tasks.

A worker that dies on a chunk (the scheduler reports ``KilledWorker``) gets the chunk
re-run one document per task: only the culprit becomes an error (E074). On a local
cluster a task is given up after its first worker death; a remote scheduler uses its own
``distributed.scheduler.allowed-failures`` setting.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import replace
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from ..errors import E, TifaError
from .local import Chunk, ChunkTagger, Item, Result, crashed


class TaggerPlugin(WorkerPlugin):
    """A Dask worker plugin holding the chunk tagger; installed once on every worker."""

    def __init__(self, work: ChunkTagger) -> None:
        self.work = work


def _tag_chunk(plugin_name: str, items: list[Item]) -> list[Result]:
    from distributed import get_worker

    return get_worker().plugins[plugin_name].work(items)


SCHEMES = ("tcp", "tls")


def check_scheduler(address: str, timeout: float) -> None:
    """Refuse a scheduler address that is malformed or not listening (E070), in seconds at most.

    Called before the model is loaded, so a typo costs nothing; ``foo://x`` never reaches
    Dask (whose client then waits out its timeouts at exit).
    """
    import socket
    from urllib.parse import urlsplit

    url = urlsplit(address if "://" in address else f"tcp://{address}")
    try:
        host, port = url.hostname, url.port
    except ValueError as exc:
        raise TifaError(E.DASK_UNREACHABLE, path=address, detail=str(exc)) from None
    if url.scheme not in SCHEMES or not host or not port:
        raise TifaError(E.DASK_UNREACHABLE, path=address, detail="write the address as tcp://HOST:PORT (or tls://HOST:PORT)")
    try:
        socket.create_connection((host, port), timeout=max(0.1, timeout)).close()
    except OSError as exc:
        raise TifaError(E.DASK_UNREACHABLE, path=address, detail=f"{type(exc).__name__}: {exc}") from None


def connect(stack: ExitStack, *, workers: int, scheduler: str | None, timeout: float) -> Any:
    """A :class:`distributed.Client` on ``scheduler`` or on a new local cluster (closed with ``stack``)."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return stack.enter_context(Client(scheduler, timeout=timeout, set_as_default=False))
        except (OSError, TimeoutError, ValueError) as exc:
            raise TifaError(E.DASK_UNREACHABLE, path=scheduler, detail=f"{type(exc).__name__}: {str(exc)[:200]}") from None
    # a worker death fails its task at once, so isolation starts without three retries
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        cluster = stack.enter_context(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                   dashboard_address=None, silence_logs=logging.CRITICAL))
        return stack.enter_context(Client(cluster, set_as_default=False))


def run(chunks: Iterable[Chunk], work: ChunkTagger, *, workers: int = 2, scheduler: str | None = None,
        timeout: float = 10.0, window: int | None = None) -> Iterator[tuple[int, list[Result]]]:
    """Yield ``(chunk index, results)`` as chunks finish on the cluster (not in input order).

    Args:
        chunks: ``(index, items)`` pairs, as :func:`pipeline.engines.local.chunked` cuts them.
        work: the chunk tagger, shipped to each worker once.
        workers: processes of the local cluster (ignored with ``scheduler``).
        scheduler: address of a running scheduler; None starts a local cluster.
        timeout: seconds to wait for the scheduler before E070.
        window: chunks in flight (default: twice the cluster's threads).
    """
    from distributed import as_completed
    from distributed.scheduler import KilledWorker

    with ExitStack() as stack:
        client = connect(stack, workers=workers, scheduler=scheduler, timeout=timeout)
        threads = sum(client.nthreads().values()) or workers
        window = window or 2 * threads
        run_id = uuid.uuid4().hex[:8]
        shipped = f"tifa-tagger-{run_id}"
        client.register_plugin(TaggerPlugin(replace(work, isolated=True)), name=shipped)
        stack.callback(_unregister, client, shipped)
        inflight: dict[str, tuple[int, list[Item]]] = {}
        done = as_completed(loop=client.loop)
        it = iter(chunks)

        def submit_next() -> None:
            nxt = next(it, None)
            if nxt is not None:
                fut = client.submit(_tag_chunk, shipped, nxt[1], key=f"tifa-{run_id}-{nxt[0]}", pure=False)
                inflight[fut.key] = nxt
                done.add(fut)

        for _ in range(window):
            submit_next()
        for fut in done:
            index, items = inflight.pop(fut.key)
            try:
                results = fut.result()
            except KilledWorker:
                results = _isolate(client, shipped, items, run_id, index)
            fut.release()
            yield index, results
            submit_next()


def _unregister(client: Any, name: str) -> None:
    with contextlib.suppress(Exception):  # a cluster going away takes the plugin with it
        client.unregister_worker_plugin(name)


def _isolate(client: Any, shipped: str, items: list[Item], run_id: str, index: int) -> list[Result]:
    """Re-run a chunk whose worker died, one document per task and one task at a time.

    One at a time because a worker that dies takes down every task assigned to it, not
    only the one it was running: only the culprit may fail here.
    """
    from distributed.scheduler import KilledWorker

    out: list[Result] = []
    for j, item in enumerate(items):
        try:
            out.extend(client.submit(_tag_chunk, shipped, [item], key=f"tifa-{run_id}-{index}-{j}",
                                     pure=False).result())
        except KilledWorker:
            out.append(crashed(item))
    return out
