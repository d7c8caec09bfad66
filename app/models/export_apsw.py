"""A parallel export's fast reads in its worker processes, through apsw (issue #22: 2M rows at
≥ 500k rows/s).

The stdlib's sqlite3 spent half of a row's CPU around SQLite: the GIL let go and taken again at
every row's step, an API mutex at every cell, a Python call per converted cell (callgrind: 16% of
a row in the GIL alone, 11% in mutexes). apsw, a binding kept since 2004 that ships its own
SQLite, reads the same statement's rows in 35% less CPU (1.75 against 2.7 us a row, JSON,
byte for byte the same output). Its cells come as SQLite holds them: the fast statements
cast their text cells to blobs (export_json_sql `blobs`) and the flags and `extra` are made into
their pieces by the caller (export_json.apsw_block, export_csv.apsw_block), where sqlite3's
converters did it.

Only a worker process reads through apsw, never a process that also holds a connection of the
app's own SQLite (sqlite3, SQLAlchemy): two SQLite libraries in one process do not see each
other's POSIX locks, and one closing its file lets go of the other's. A worker opens its apsw
connection and its sqlite3 one (the exact path's: export_reader) when it starts, reads with
both, and closes them only when it is done reading.
"""

from __future__ import annotations

import itertools
from collections.abc import Generator
from typing import Any

import apsw

from app.models.export_reader import BATCH, SPAN_SQL
from app.models.sqlite_pragmas import BUSY_TIMEOUT_MS


def connect(db: str) -> apsw.Connection:
    """The database file, for reading (never created here), with the busy timeout of every
    LiveDeck connection; its journal mode (WAL) is the file's own."""
    conn = apsw.Connection(db, flags=apsw.SQLITE_OPEN_READWRITE)
    conn.set_busy_timeout(BUSY_TIMEOUT_MS)
    return conn


def show_span(conn: apsw.Connection, show_id: int) -> tuple[int, int]:
    """The show's comment id range ((0, -1) for none), as export_reader.show_span finds it."""
    lo, hi = next(conn.execute(SPAN_SQL, (show_id,)))
    return (lo, hi) if lo is not None else (0, -1)


def span_rows(conn: apsw.Connection, sql: str, span: tuple[int, int],
              batch: int = BATCH) -> Generator[list[Any], None, None]:
    """Batches of the statement's rows for ids lo..hi (inclusive), as export_reader.span_rows."""
    cursor = conn.cursor()
    try:
        rows = cursor.execute(sql, {"lo": span[0], "hi": span[1]})
        while block := list(itertools.islice(rows, batch)):
            yield block
    finally:
        cursor.close()
