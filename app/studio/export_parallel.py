"""A big show's comments exported by several processes at once (issue #22: 2M rows at ≥ 500k rows/s).

One Python process reads and formats roughly 350-550k rows per CPU-second (export_json, export_csv;
a worker reads through apsw, app.models.export_apsw), over half of it SQLite's work and a Python
object per cell, under one GIL: only more processes make it faster. One worker per core is
spawned first, importing only sqlite3, apsw, orjson, csv and app.core (app.studio.export_worker:
~0.1 s), while this process compiles the statements (SQLAlchemy) and finds the show's id range.
The range is then cut into several chunks per worker, and every worker takes the next chunk as it
finishes one, through a shared counter: a worker that starts late, or a core busy with OBS, costs
a chunk's imbalance, not a half. This process only joins the parts: it also holds the app's own
SQLite connections, so it never loads apsw, and through sqlite3 it read a chunk in half again the
CPU a worker takes (its core does more as a worker's). Each chunk goes to its own part file beside
the target, with the same row formatting as the single-process export (export_format,
export_csv); each part is appended to the export, in id order, as soon as it and those before it
are written (export_join), so little is left to join at the end. Each chunk is read in its own
read transaction, so a row deleted during the export may show its state from slightly before or
after; no row is read twice or missed (the chunks partition the ids, all fixed once the range is
known).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import IO, TYPE_CHECKING

from app.core.comments import FLAG_NAMES
from app.core.text import FORMULA_START
from app.models import export_rows as xr
from app.models.export_csv_sql import comment_statements
from app.studio import export_worker as ew
from app.studio.export_join import PartJoiner
from app.studio.export_worker import cores
from app.studio.part_files import PARTS_PREFIX, remove_abandoned

if TYPE_CHECKING:
    from app.models.store import Store

PARALLEL_MIN = 200_000  # the show's comments: below this, spawning a worker (~0.1 s) and its part files gain little
CHUNKS_PER_PROCESS = 32  # the last chunk taken (~0.1 s at 2M rows) is what one process may finish after the others
MIN_CHUNK = 20_000  # ids: smaller chunks would cost more in queries than they save in balance


def spans(lo: int, hi: int, parts: int) -> list[tuple[int, int]]:
    """[lo, hi] cut into `parts` contiguous inclusive spans of (nearly) equal length, in order."""
    size = hi - lo + 1
    bounds = [lo + size * i // parts for i in range(parts + 1)]
    return [(bounds[i], bounds[i + 1] - 1) for i in range(parts) if bounds[i + 1] > bounds[i]]


def plan(store: Store, show_id: int) -> Path | None:
    """The SQLite file to export from in parallel, or None when one process is the right call (a
    server database, a small show, one core). Counts at most PARALLEL_MIN index entries: the show's
    exact id range takes longer to find (~0.25 s for 2M rows), and is found by a worker started
    ahead (export_worker.prestart) or while the workers start."""
    url = store.engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:") or cores() < 2:
        return None
    return Path(url.database) if xr.has_comments(store.engine, show_id, PARALLEL_MIN) else None


def write_parallel(store: Store, show_id: int, fmt: str, db: Path, head: bytes, out: IO[bytes],
                   parts_dir: Path | None = None, span: tuple[int, int] | None = None,
                   spawned: ew.Spawned | None = None) -> None:
    """`head`, then the show's comments (within `span`, default all) in id order, written in chunks by
    one worker per core (this process joins their parts): `spawned` (started ahead, see export_worker.prestart)
    when they read `db` for `fmt`, else spawned now.

    The part files go in `parts_dir` (the target's folder: the disk that must hold the export
    anyway), else the system's temp folder; never the data dir, whose free space the live
    comment writer needs. If anything fails, or this process is told to stop, the workers are
    terminated and every part removed."""
    if parts_dir is None:  # beside a target, `replacing` (app.studio.part_files) has just cleaned the folder
        remove_abandoned(Path(tempfile.gettempdir()))
    if spawned is not None and not spawned.serves(db, fmt):
        spawned.close()
        spawned = None
    if spawned is None:  # first: their imports overlap what follows
        spawned = ew.Spawned(str(db), fmt, ew.worker_count())
    workers = spawned.workers
    tmp_dir: str | None = None
    try:
        sql = comment_statements(store.engine, show_id, fmt, FORMULA_START, FLAG_NAMES)
        found = spawned.span()  # asked or not, read: it is the first worker's first word
        if span is None:
            span = found if found is not None and spawned.show_id == show_id else xr.comment_span(store.engine, show_id)
        lo, hi = span
        chunks = spans(lo, hi, max(1, min(len(workers) * CHUNKS_PER_PROCESS, (hi - lo + 1) // MIN_CHUNK)))
        tmp_dir = tempfile.mkdtemp(prefix=f"{PARTS_PREFIX}{os.getpid()}-", dir=parts_dir)
        paths = [os.path.join(tmp_dir, f"{i}.part") for i in range(len(chunks))]
        for conn in workers:
            with contextlib.suppress(OSError):  # a worker already gone: `_hear` says so below
                conn.send((sql, chunks, paths))
        joiner = PartJoiner(paths, fmt, head, out)
        while workers:
            _hear(workers, joiner, block=True)
        joiner.finish()
    finally:
        spawned.close()
        if tmp_dir is not None:
            shutil.rmtree(tmp_dir, ignore_errors=True)


def _hear(workers: dict[Connection, BaseProcess], joiner: PartJoiner, block: bool) -> None:
    """What the workers said: a chunk's number once its part is written (appended when its turn
    comes), then None when one is done (it leaves `workers`), or OSError with what went wrong there."""
    ready = wait(list(workers), timeout=None if block else 0)
    while ready:
        for conn in ready:
            assert isinstance(conn, Connection)
            try:
                said = conn.recv()
            except (EOFError, ConnectionResetError):  # it ended without a word: killed, or out of memory
                raise OSError(ew.GONE) from None
            if isinstance(said, int):
                joiner.written(said)
                continue
            workers.pop(conn).join()
            conn.close()
            if said is not None:
                raise OSError(f"an export worker failed: {said}")
        ready = wait(list(workers), timeout=0) if workers else []
