"""Output written as it goes, in atomic parts, so an interrupted run can resume.

A run writing ``OUT`` keeps ``OUT.parts/`` while it works::

    OUT.parts/_manifest.json          inputs fingerprint + options (written first)
    OUT.parts/_errors-000007.jsonl    error entries of part 7 (if any; written before the part)
    OUT.parts/part-000007.jsonl       records of part 7 (.csv / .parquet); its presence marks
                                      the part as done

Inputs are enumerated deterministically (sorted folders, files in the given order, JSONL
lines in order) and cut into chunks of ``chunk_docs`` items, ``part_docs`` items to a part,
so part ``i`` always covers input items ``[i * part_docs, (i + 1) * part_docs)``. Every
item yields one record or one error entry, which makes the mapping exact. On ``--resume``
the manifest must match (same inputs, sizes and modification times, same lexicon, model
and options), finished parts are skipped, and at the end the parts are joined in order
into ``OUT`` (temporary file + rename) and the folder is removed: ``OUT`` is complete or
absent. With ``partitioned=True`` the parts folder itself becomes ``OUT/``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import E, TifaError
from ..io import AtomicWriter, assemble_parts, errors_path, write_jsonl, write_part
from ..io.runpaths import is_excluded, own_files, parts_dir, within

MANIFEST = "_manifest.json"
# settings that do not change any record: taken from the manifest on resume, never compared
LAYOUT = ("part_docs", "chunk_docs")
# settings a resumed run may change: a longer time limit lets a slow document through
LOOSE = ("max_seconds",)


def fingerprint_inputs(paths: Iterable[str], *, output: str | Path | None = None) -> str | None:
    """sha256 of the inputs as given plus every entry the walk meets: path, size and mtime.

    ``None`` when an input is stdin (it cannot be read twice, so it cannot be resumed).
    Inputs are walked by :func:`pipeline.io.walk.walk`, the walker :func:`pipeline.io.iter_inputs`
    reads with, without being read, so this stays cheap on a 200,000-file folder and any
    bytes in a file name are fine (names are hashed as the bytes they are). The files of
    the run writing ``output`` (output, errors sidecar, parts folder) are left out, as the
    reader leaves them out: a resumed run finds its parts folder there.
    """
    from ..io.walk import walk

    exclude = own_files(output)
    h = hashlib.sha256()
    for given in paths:
        if given == "-":
            return None
        h.update(b"given\0" + os.fsencode(given) + b"\n")
        skip = within(Path(given), exclude)
        for e in walk(given):
            if e.kind == "skipped" or (skip and is_excluded(Path(e.path), skip)):  # hidden files and own outputs
                continue
            code = e.error.code if e.error is not None else ""
            h.update(b"%s\0%s\0%s\0%d\0%d\n" % (e.kind.encode(), os.fsencode(e.path), code.encode(), e.size,
                                                   e.mtime_ns))
    return h.hexdigest()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def remove_leftovers(output: str | Path) -> list[Path]:
    """Remove what killed runs left next to ``output``: ``.OUT.tmp-PID`` (a join or sidecar being
    written), ``.OUT.parts.tmp-PID`` (a parts folder being created), ``.OUT.parts.trash-PID``
    (one being removed). Only those whose process is gone; returns what was removed."""
    out = Path(output)
    removed = []
    names = (out.name, errors_path(out).name, parts_dir(out).name)
    try:
        siblings = list(out.parent.iterdir()) if out.parent.is_dir() else []
    except OSError:
        return removed
    for f in siblings:
        for name in names:
            prefix = f".{name}."
            if not f.name.startswith(prefix):
                continue
            kind, _, rest = f.name[len(prefix):].partition("-")
            pid = rest.split("-", 1)[0]
            if kind in ("tmp", "trash") and pid.isdigit() and not _pid_alive(int(pid)):
                shutil.rmtree(f, ignore_errors=True) if f.is_dir() else f.unlink(missing_ok=True)
                removed.append(f)
    return removed


class Checkpoint:
    """The parts folder of one output: manifest, finished parts, final assembly.

    Args:
        output: the final output path.
        fmt: ``jsonl``, ``csv`` or ``parquet``.
        settings: what makes the records what they are (inputs fingerprint, lexicon hash,
            model, options) plus the layout (``part_docs``, ``chunk_docs``).
        resume: continue an existing parts folder; without it an existing folder is E071.
    """

    def __init__(self, output: str | Path, fmt: str, settings: dict[str, Any], *, resume: bool) -> None:
        self.output = Path(output)
        self.fmt = fmt
        self.dir = parts_dir(output)
        self.settings = dict(settings)
        self.resume = resume
        self.done: set[int] = set()
        self.resumed = False

    # -- opening ------------------------------------------------------------------
    def open(self) -> Checkpoint:
        """Create the folder and manifest, or validate and load an interrupted run's.

        The folder appears complete or not at all: it is made under a temporary name, the
        manifest written into it, then renamed into place (a kill in between leaves only a
        temporary folder, which the next run removes). Leftovers of killed runs next to the
        output (a half-joined ``.OUT.tmp-PID``, a folder being removed) go first.
        """
        remove_leftovers(self.output)
        if self.dir.exists():
            if not self.resume:
                raise TifaError(E.PARTS_LEFT, path=str(self.dir), detail="pass --resume or delete it")
            self._load()
        else:
            tmp = self.dir.with_name(f".{self.dir.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}")
            try:
                tmp.mkdir(parents=True)
                self._write_manifest(tmp)
                os.replace(tmp, self.dir)
            except OSError as exc:
                shutil.rmtree(tmp, ignore_errors=True)
                raise TifaError(E.OUTPUT_WRITE, path=str(self.dir), detail=str(exc)) from None
        return self

    def _manifest(self) -> dict[str, Any]:
        return {"version": 1, "format": self.fmt, **self.settings}

    def _write_manifest(self, folder: Path) -> None:
        with AtomicWriter(folder / MANIFEST) as fh:
            json.dump(self._manifest(), fh, indent=1, sort_keys=True)

    def _load(self) -> None:
        path = self.dir / MANIFEST
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise TifaError(E.PARTS_DAMAGED, path=str(path), detail=f"manifest unreadable: {exc}") from None
        want = self._manifest()
        differ = sorted(k for k in set(want) | set(old) if k not in LAYOUT + LOOSE and old.get(k) != want.get(k))
        if differ:
            raise TifaError(E.RESUME_MISMATCH, path=str(self.dir), detail="differs: " + ", ".join(differ))
        for key in LAYOUT:  # the interrupted run's layout decides which inputs each part holds
            self.settings[key] = old[key]
        for leftover in self.dir.glob(".*.tmp-*"):  # a part being written when the run stopped
            leftover.unlink(missing_ok=True)
        suffix = f".{self.fmt}"
        for f in self.dir.glob(f"part-*{suffix}"):
            stem = f.name[len("part-"):-len(suffix)]
            if stem.isdigit():
                self.done.add(int(stem))
        self.resumed = True

    # -- parts ----------------------------------------------------------------------
    @property
    def part_docs(self) -> int:
        return int(self.settings["part_docs"])

    @property
    def chunk_docs(self) -> int:
        return int(self.settings["chunk_docs"])

    def part_path(self, index: int) -> Path:
        return self.dir / f"part-{index:06d}.{self.fmt}"

    def errors_part(self, index: int) -> Path:
        return self.dir / f"_errors-{index:06d}.jsonl"

    def write(self, index: int, rows: list[Any], errors: list[dict[str, Any]]) -> None:
        """Write part ``index``: its errors first, then its records (the 'done' mark)."""
        if errors:
            write_jsonl(self.errors_part(index), errors)
        else:
            self.errors_part(index).unlink(missing_ok=True)  # left by a run killed mid-part
        write_part(self.part_path(index), self.fmt, rows)
        self.done.add(index)

    def part_errors(self, index: int) -> list[dict[str, Any]]:
        """The error entries of a finished part."""
        path = self.errors_part(index)
        if not path.exists():
            return []
        with open(path, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]

    def discard_if_empty(self) -> None:
        """Remove a folder this run created and wrote no part into (a run that failed at once)."""
        if not self.resumed and not self.done:
            shutil.rmtree(self.dir, ignore_errors=True)

    # -- the end ----------------------------------------------------------------------
    def finish(self, n_parts: int, *, partitioned: bool = False) -> Path:
        """Join parts ``0 .. n_parts-1`` into the output (and its errors sidecar); remove the folder.

        Returns the errors sidecar path (written even when empty, like a plain run).
        """
        missing = [i for i in range(n_parts) if not self.part_path(i).exists()]
        if missing:
            raise TifaError(E.PARTS_DAMAGED, path=str(self.dir), detail=f"{len(missing)} part(s) missing, first {missing[0]}")
        err_out = errors_path(self.output)
        write_jsonl(err_out, (e for i in range(n_parts) for e in self.part_errors(i)))
        if partitioned:
            self._replace_dir()  # the errors parts go once the folder is in place: a kill before keeps them
            for i in range(n_parts):
                (self.output / self.errors_part(i).name).unlink(missing_ok=True)
        else:
            assemble_parts((self.part_path(i) for i in range(n_parts)), self.output, self.fmt)
            self._remove_dir()
        return err_out

    def _remove_dir(self) -> None:
        """Remove the parts folder in one step (renamed away first): a kill while its files go
        never leaves a folder whose parts lost their error entries."""
        trash = self.dir.with_name(f".{self.dir.name}.trash-{os.getpid()}-{uuid.uuid4().hex[:8]}")
        os.replace(self.dir, trash)
        shutil.rmtree(trash, ignore_errors=True)

    def _replace_dir(self) -> None:
        """Move the parts folder to ``OUT/``; an older ``OUT`` goes only once the new one is in place."""
        old = None
        if self.output.exists():
            old = self.output.with_name(f".{self.output.name}.old-{os.getpid()}")
            os.replace(self.output, old)
        os.replace(self.dir, self.output)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink()
