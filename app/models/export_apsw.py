"""A parallel export's fast reads in its worker processes, through apsw (issue #22: 2M rows at
≥ 500k rows/s).

The stdlib's sqlite3 spent half of a row's CPU around SQLite: the GIL let go and taken again at
every row's step, an API mutex at every cell, a Python call per converted cell (callgrind: 16% of
a row in the GIL alone, 11% in mutexes). apsw, a binding kept since 2004 that ships its own
SQLite, reads the same statement's rows in 35% less CPU (1.75 against 2.7 us a row, JSON,
byte for byte the same output). Its cells come as SQLite holds them: the fast statements
cast their text cells to blobs (export_json_sql, export_rows `blobs`) and the flags and `extra` are
made into their pieces by the caller (export_json.block, export_csv.block `converted=False`), where
sqlite3's converters did it.

Only a worker process reads through apsw, and it reads through nothing else: two SQLite libraries
in one process do not see each other's POSIX locks (a lock one takes and lets go of is the
process's, so the other's goes too, and the app's writer could then checkpoint over pages a read
still needs: rows went missing). A worker runs the span's query, the fast statement and the exact
one all through its one apsw connection; the export's own process, which holds the app's
connections, never loads apsw.
"""

from __future__ import annotations

import itertools
from collections.abc import Generator
from typing import Any

import apsw

from app.models.export_reader import BATCH, SPAN_SQL
from app.models.sqlite_pragmas import BUSY_TIMEOUT_MS


def connect(db: str) -> apsw.Connection:
    """The database file, read only (its WAL too): a read-write connection that is the file's last
    one checkpoints and deletes the WAL as it closes. The busy timeout of every LiveDeck connection."""
    conn = apsw.Connection(db, flags=apsw.SQLITE_OPEN_READONLY)
    conn.set_busy_timeout(BUSY_TIMEOUT_MS)
    return conn


def show_span(conn: apsw.Connection, show_id: int) -> tuple[int, int]:
    """The show's comment id range ((0, -1) for none): a scan of its ix_comments_show_ts entries,
    as export_rows.comment_span finds it with SQLAlchemy."""
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
