"""A parallel export's reads with the stdlib's sqlite3 alone: a worker process imports this, never
SQLAlchemy (~0.15 s of start-up it would spend before its first row).

The statement is SQLAlchemy's, compiled once by the export that started the worker
(app.models.export_rows.comment_span_sql), with `:lo` and `:hi` left for the span of each chunk.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from app.models.sqlite_pragmas import set_pragmas

BATCH = 2_000  # rows per fetch, as app.models.export_rows reads them


def connect(db: str) -> sqlite3.Connection:
    """The database file, with the pragmas of every LiveDeck connection (WAL, busy timeout)."""
    conn = sqlite3.connect(db)
    try:
        set_pragmas(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def span_rows(conn: sqlite3.Connection, sql: str, span: tuple[int, int],
              batch: int = BATCH) -> Iterator[list[Any]]:
    """Batches of the statement's rows for ids lo..hi (inclusive), the driver's own tuples."""
    cursor = conn.execute(sql, {"lo": span[0], "hi": span[1]})
    try:
        while rows := cursor.fetchmany(batch):
            yield rows
    finally:
        cursor.close()
