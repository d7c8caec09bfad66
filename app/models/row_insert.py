"""Comment rows into the database in one statement per batch: SQLite binds the tuples in sqlite3's C
loop; PostgreSQL streams them with COPY (app.models.writer explains why)."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Connection, Table

from app.models.schema import CommentRow

TABLE = cast(Table, CommentRow.__table__)
Row = tuple[Any, ...]  # one comment's column values in COLUMNS order (its show's id at ROW_SHOW)
COLUMNS = ("id", "show_id", "platform", "msg_id", "kind", "ts", "user_id", "user_name", "text", "follower",
            "fans_level", "flags", "item_ref", "deleted", "extra")
_INSERT = (f"INSERT INTO {TABLE.name} ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))}) "
           "ON CONFLICT (show_id, platform, msg_id) DO NOTHING")

_PG_STAGE = "comments_in"
_PG_PREPARE = (f"CREATE TEMP TABLE IF NOT EXISTS {_PG_STAGE} (LIKE {TABLE.name}) ON COMMIT DELETE ROWS")
_PG_COPY = f"COPY {_PG_STAGE} ({', '.join(COLUMNS)}) FROM STDIN"
_PG_MERGE = (f"INSERT INTO {TABLE.name} ({', '.join(COLUMNS)}) SELECT {', '.join(COLUMNS)} FROM {_PG_STAGE} "
             "ON CONFLICT (show_id, platform, msg_id) DO NOTHING")


def insert_rows(conn: Connection, rows: list[Row]) -> int:
    """Insert row tuples, skipping duplicates; how many were stored."""
    if conn.dialect.name != "postgresql":
        return int(conn.exec_driver_sql(_INSERT, rows).rowcount)
    # COPY into a per-connection temporary table (emptied at commit), then one INSERT … SELECT with
    # the same ON CONFLICT: psycopg streams the rows in C, with no SQL text to build or parse.
    raw: Any = conn.connection.dbapi_connection
    with raw.cursor() as cur:
        cur.execute(_PG_PREPARE)
        with cur.copy(_PG_COPY) as copy:
            for r in rows:
                copy.write_row(r)
        cur.execute(_PG_MERGE)
        return int(cur.rowcount)
