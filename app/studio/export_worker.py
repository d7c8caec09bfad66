"""A parallel export's worker processes: how they are started (Spawned) and what they import and run.

Spawned, a worker imports this module, app.models.export_reader (sqlite3), app.studio.export_format and
export_csv (orjson, csv, re) and app.core: ~0.05 s, where SQLAlchemy, Alembic and openpyxl took ~0.45 s and the
export's own process did the first chunks alone meanwhile. The statements come compiled. A worker reads
everything through apsw (app.models.export_apsw: a third less CPU a row), and through nothing else; the
export's own process, which holds the app's connections, only joins their parts and never loads apsw.

`livedeck export` starts them (prestart) before it imports SQLAlchemy and opens the store (~0.35 s
together), and the first one finds the show's id range meanwhile (~0.25 s for 2M rows): the
export's first chunks start that much sooner (issue #22). A show too small to export in parallel
then just ends them.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path
from typing import IO, TYPE_CHECKING

from app.models.orphans import end_with_parent
from app.studio import export_csv as ec
from app.studio import export_format as ef
from app.studio import export_json as ej

if TYPE_CHECKING:
    import apsw

WORKER_NICE = 10  # an export of an old show during a live one must not take the CPU from OBS's encoder
MAX_WORKERS = 8
# The database file's size below which `livedeck export` starts no worker ahead: no show in it
# reaches export_parallel.PARALLEL_MIN comments (200,000 take ~40 MB).
PRESTART_BYTES = 20_000_000
GONE = "an export worker process ended before its part was written (killed, or out of memory): nothing was exported"


def cores() -> int:
    """The CPUs this process may run on (a container's or `taskset`'s limit, not the host's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on macOS or Windows
        return os.cpu_count() or 1


class Spawned:
    """An export's worker processes (one per core: export_worker.worker_count), each waiting for its job; the
    first finds `show_id`'s comment id range meanwhile when given one. Owned by the thread that
    made it; `close` ends whatever still runs and may be called again."""

    def __init__(self, db: str, fmt: str, workers: int, show_id: int | None = None) -> None:
        ctx = multiprocessing.get_context("spawn")  # never fork a process that runs Qt
        self.db, self.fmt, self.show_id = db, fmt, show_id
        self.counter = ctx.Value("q", 0)
        self.workers: dict[Connection, BaseProcess] = {}
        self._finder: Connection | None = None
        try:
            for i in range(workers):
                mine, theirs = ctx.Pipe()
                finds = show_id if i == 0 else None
                worker = ctx.Process(target=write_part, args=(db, fmt, self.counter, theirs, finds),
                                     name="livedeck-export", daemon=True)
                worker.start()
                theirs.close()
                self.workers[mine] = worker
                if finds is not None:
                    self._finder = mine
        except BaseException:
            self.close()
            raise

    def serves(self, db: str | os.PathLike[str], fmt: str) -> bool:
        """Whether these workers read `db` (the same file, however named) and write `fmt`."""
        return fmt == self.fmt and os.path.realpath(db) == os.path.realpath(self.db)

    def span(self) -> tuple[int, int] | None:
        """The id range the first worker found (it is waited for), once; None when none was asked.
        OSError when that worker failed or died."""
        conn, self._finder = self._finder, None
        if conn is None:
            return None
        try:
            said = conn.recv()
        except (EOFError, ConnectionResetError):
            raise OSError(GONE) from None
        if not isinstance(said, tuple):
            self.workers.pop(conn).join()
            conn.close()
            raise OSError(f"an export worker failed: {said}")
        return said[1], said[2]

    def close(self) -> None:
        for conn, proc in self.workers.items():
            if proc.is_alive():
                proc.terminate()
            proc.join()
            conn.close()
        self.workers.clear()


def prestart(db: Path | None, fmt: str, show_id: int) -> Spawned | None:
    """The workers of `livedeck export SHOW --what comments`, started ahead, or None where no parallel
    export is likely: a server database, a small file, one core."""
    try:
        if db is None or cores() < 2 or db.stat().st_size < PRESTART_BYTES:
            return None
    except OSError:  # no database there yet: the store says so in its own words
        return None
    return Spawned(str(db), fmt, worker_count(), show_id)


def worker_count() -> int:
    """One worker per core (the export's own process only joins their parts), at most MAX_WORKERS."""
    return min(cores(), MAX_WORKERS)


def write_part(db: str, fmt: str, counter: Synchronized[int], conn: Connection, show_id: int | None = None) -> None:
    """A worker: sends ("span", lo, hi) for `show_id` when given one, then waits for the statement,
    the chunks and their part files (or None: not needed), writes the chunks it takes from
    `counter` as JSON objects (joined, no brackets) or CSV rows (no header), sending each
    chunk's number on `conn` once its part is written; then None, or its error as one line.

    At lower priority, and it ends itself if the export that started it is gone (killed: a worker
    left behind would hold the export's stdout open, and `livedeck export … | gzip` would hang)."""
    if hasattr(os, "nice"):
        os.nice(WORKER_NICE)
    end_with_parent("export-parent-watch")  # the parent is gone: nobody will read this part
    try:
        from app.models import export_apsw  # in a worker only: the export's own process holds SQLite connections

        reader = export_apsw.connect(db)  # opened while the parent finds the chunks (and fails early)
        try:
            if show_id is not None:
                conn.send(("span", *export_apsw.show_span(reader, show_id)))
            job = conn.recv()
            if job is not None:
                sql, chunks, paths = job
                take_chunks(reader, fmt, counter, sql, chunks, paths, conn.send)
        finally:
            reader.close()
    except Exception as exc:  # the parent says it, as one line
        conn.send(str(exc) or type(exc).__name__)
    else:
        conn.send(None)


def take_chunks(reader: apsw.Connection, fmt: str, counter: Synchronized[int], sql: tuple[str, ...],
                chunks: list[tuple[int, int]], paths: list[str], written: Callable[[int], object]) -> None:
    """Write the next chunk not yet taken by any worker, until none is left; `written(k)` after each."""
    while True:
        with counter.get_lock():
            k = counter.value
            counter.value = k + 1
        if k >= len(chunks):
            return
        with open(paths[k], "wb", buffering=1 << 20) as f:
            write_chunk(reader, sql, fmt, chunks[k], f)
        written(k)


def write_chunk(reader: apsw.Connection, sql: tuple[str, ...], fmt: str, span: tuple[int, int],
                out: IO[bytes]) -> None:
    """One chunk's comments (ids span[0]..span[1]) as the single-process export writes them, read
    through a worker's apsw connection: `sql` is export_csv_sql.comment_statements', of which it runs
    the last two (the fast and the exact statement, their text cells as blobs)."""
    from app.models import export_apsw as xa

    fast = xa.span_rows(reader, sql[2], span)
    if fmt == "json":  # objects joined by `,\n `, no brackets
        ej.write_json_blocks(fast, lambda s: ef.blobs_as_text(xa.span_rows(reader, sql[3], s)), False, out)
    else:
        ec.write_csv_blocks(fast, lambda s: ef.comment_csv(xa.span_rows(reader, sql[3], s)), False, out)
