"""A parallel export's worker process: what it imports and runs (app.studio.export_parallel starts it).

Spawned, it imports this module, app.models.export_reader (sqlite3), app.studio.export_format and
export_csv (orjson, csv, re) and app.core: ~0.05 s, where SQLAlchemy, Alembic and openpyxl took ~0.45 s and the
export's own process did the first chunks alone meanwhile. The statements come compiled.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.sharedctypes import Synchronized
from typing import IO

from app.models import export_reader as rd
from app.models.orphans import end_with_parent
from app.studio import export_csv as ec
from app.studio import export_format as ef

WORKER_NICE = 10  # an export of an old show during a live one must not take the CPU from OBS's encoder


def write_part(db: str, fmt: str, counter: Synchronized[int], conn: Connection) -> None:
    """A worker: waits for the statement, the chunks and their part files, then writes the chunks it
    takes from `counter` as JSON objects (joined, no brackets) or CSV rows (no header), sending each
    chunk's number on `conn` once its part is written; then None, or its error as one line.

    At lower priority, and it ends itself if the export that started it is gone (killed: a worker
    left behind would hold the export's stdout open, and `livedeck export … | gzip` would hang)."""
    if hasattr(os, "nice"):
        os.nice(WORKER_NICE)
    end_with_parent("export-parent-watch")  # the parent is gone: nobody will read this part
    try:
        # opened while the parent finds the chunks (and fails early)
        reader = rd.connect(db, ec.CONVERTERS)
        try:
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


def take_chunks(reader: sqlite3.Connection, fmt: str, counter: Synchronized[int], sql: tuple[str, ...],
                chunks: list[tuple[int, int]], paths: list[str], written: Callable[[int], object]) -> None:
    """Write the next chunk not yet taken by any process, until none is left; `written(k)` after each."""
    while True:
        with counter.get_lock():
            k = counter.value
            counter.value = k + 1
        if k >= len(chunks):
            return
        with open(paths[k], "wb", buffering=1 << 20) as f:
            write_chunk(reader, sql, fmt, chunks[k], f)
        written(k)


def write_chunk(reader: sqlite3.Connection, sql: tuple[str, ...], fmt: str, span: tuple[int, int],
                out: IO[bytes]) -> None:
    """One chunk's comments (ids span[0]..span[1]) as the single-process export writes them; `sql`
    is export_csv_sql.comment_statements'."""
    if fmt == "json":  # objects joined by `,\n `, no brackets
        ef.json_body(ef.comment_json(rd.span_rows(reader, sql[0], span)), out)
    else:
        ec.comment_csv(reader, sql[0], sql[1], span, out)
