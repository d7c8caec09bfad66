"""A big show's comments exported by several processes at once (issue #22: 2M rows at ≥ 500k rows/s).

One Python process reads and formats about 180k rows/s, and the time goes to building a Python
object per cell and a line per row, under one GIL: only more processes make it faster. The show's
id range is cut into one span per core; this process writes the first span while spawned workers
(at lower priority) write the others, each into its own part file beside the target, with the
same row formatting as the single-process export (export_stream). The parts are then joined in
id order. Each worker
reads its span in its own read transaction, so a row deleted during the export may show its
state from slightly before or after; no row is read twice or missed (the spans partition the ids,
all fixed when the export starts).
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
import threading
import time
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import IO

from app.models import export_rows as xr
from app.models.db import make_engine
from app.models.store import Store
from app.studio.part_files import PARTS_PREFIX, remove_abandoned

PARALLEL_MIN = 200_000  # ids in the show's span: below this a worker's start-up (~0.3 s) is not worth it
MAX_WORKERS = 8
WORKER_NICE = 10  # an export of an old show during a live one must not take the CPU from OBS's encoder


def cores() -> int:
    """The CPUs this process may run on (a container's or `taskset`'s limit, not the host's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on macOS or Windows
        return os.cpu_count() or 1


def spans(lo: int, hi: int, parts: int) -> list[tuple[int, int]]:
    """[lo, hi] cut into `parts` contiguous inclusive spans of (nearly) equal length, in order."""
    size = hi - lo + 1
    bounds = [lo + size * i // parts for i in range(parts + 1)]
    return [(bounds[i], bounds[i + 1] - 1) for i in range(parts) if bounds[i + 1] > bounds[i]]


def plan(store: Store, show_id: int) -> tuple[Path, list[tuple[int, int]]] | None:
    """The SQLite file and the spans to export in parallel, or None when one process is the right call
    (a server database, a small show, one core)."""
    url = store.engine.url
    n = cores()
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:") or n < 2:
        return None
    db = Path(url.database)
    lo, hi = xr.comment_span(store.engine, show_id)
    if hi - lo + 1 < PARALLEL_MIN:
        return None
    return db, spans(lo, hi, min(n, MAX_WORKERS))


def write_part(db: str, show_id: int, fmt: str, span: tuple[int, int], part: str, parent: int,
               report: Connection) -> None:
    """A worker: the comments of `span` as JSON objects (joined, no brackets) or CSV rows (no header);
    then None, or its error as one line, on `report`.

    At lower priority, and it ends itself if the export that started it is gone (killed: a worker
    left behind would hold the export's stdout open, and `livedeck export … | gzip` would hang)."""
    from app.studio import export_stream as es  # the worker's own import, after spawn

    if hasattr(os, "nice"):
        os.nice(WORKER_NICE)
    threading.Thread(target=_end_with, args=(parent,), daemon=True, name="export-parent-watch").start()
    try:
        engine = make_engine(Path(db))
        try:
            with open(part, "wb", buffering=1 << 20) as f:
                es.write_comment_body(engine, show_id, fmt, f, span)
        finally:
            engine.dispose()
    except Exception as exc:  # the parent says it, as one line
        report.send(str(exc) or type(exc).__name__)
    else:
        report.send(None)


def _end_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)  # the parent is gone: nobody will read this part


def write_parallel(store: Store, show_id: int, fmt: str, db: Path, parts: list[tuple[int, int]],
                   head: bytes, out: IO[bytes], parts_dir: Path | None = None) -> None:
    """`head`, then the parts in id order, each written by its own process (the first by this one).

    The part files go in `parts_dir` (the target's folder: the disk that must hold the export
    anyway), else the system's temp folder; never the data dir, whose free space the live
    comment writer needs. If anything fails, or this process is told to stop, the workers are
    terminated and every part removed."""
    from app.studio import export_stream as es

    if parts_dir is None:  # beside a target, `replacing` (app.studio.part_files) has just cleaned the folder
        remove_abandoned(Path(tempfile.gettempdir()))
    tmp_dir = tempfile.mkdtemp(prefix=f"{PARTS_PREFIX}{os.getpid()}-", dir=parts_dir)
    paths = [os.path.join(tmp_dir, f"{i}.part") for i in range(len(parts))]
    ctx = multiprocessing.get_context("spawn")  # never fork a process that runs Qt
    workers: list[tuple[BaseProcess, Connection]] = []
    try:
        for span, path in zip(parts[1:], paths[1:], strict=True):
            mine, theirs = ctx.Pipe(duplex=False)
            worker = ctx.Process(target=write_part, args=(str(db), show_id, fmt, span, path, os.getpid(), theirs),
                                 name="livedeck-export", daemon=True)
            worker.start()
            theirs.close()
            workers.append((worker, mine))
        with open(paths[0], "wb", buffering=1 << 20) as f:
            es.write_comment_body(store.engine, show_id, fmt, f, parts[0])
        for proc, conn in workers:
            _wait(proc, conn)
        _join(parts_written=paths, fmt=fmt, head=head, out=out)
    finally:
        for proc, conn in workers:
            if proc.is_alive():
                proc.terminate()
            proc.join()
            conn.close()
        shutil.rmtree(tmp_dir, ignore_errors=True)


def _wait(proc: BaseProcess, conn: Connection) -> None:
    """A worker's part is written, or OSError with what went wrong there."""
    try:
        error = conn.recv()
    except EOFError:  # it ended without a word: killed, or out of memory
        raise OSError("an export worker process ended before its part was written (killed, or out of "
                      "memory): nothing was exported") from None
    proc.join()
    if error is not None:
        raise OSError(f"an export worker failed: {error}")


def _join(parts_written: list[str], fmt: str, head: bytes, out: IO[bytes]) -> None:
    out.write(head)
    sep = b"\n "
    for path in parts_written:
        if os.path.getsize(path) == 0:
            continue
        if fmt == "json":
            out.write(sep)
            sep = b",\n "
        with open(path, "rb") as f:
            shutil.copyfileobj(f, out, 1 << 20)
    if fmt == "json":
        out.write(b"\n]\n")
