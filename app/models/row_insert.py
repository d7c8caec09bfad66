"""Comment rows into the database in one statement per batch: SQLite binds the tuples in sqlite3's C
loop; PostgreSQL streams them with COPY (app.models.writer explains why)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table

from app.models.schema import CommentRow

TABLE = cast(Table, CommentRow.__table__)
Row = tuple[Any, ...]  # one comment's column values in COLUMNS order (its show's id at ROW_SHOW)
# a comment's fields (app.models.writer.FIELDS) and its show's id → its row
RowMaker = Callable[[int, tuple[Any, ...]], Row]
COLUMNS = ("id", "show_id", "platform", "msg_id", "kind", "ts", "user_id", "user_name", "text", "follower",
            "fans_level", "flags", "item_ref", "deleted", "extra")
NO_CELL = ""  # SQLite: a row's `item_ref` or `extra` that is NULL (_sqlite_row says why)
_NULLABLE = ("item_ref", "extra")
_INSERT = (f"INSERT INTO {TABLE.name} ({', '.join(COLUMNS)}) "
           f"VALUES ({', '.join(f'NULLIF(?, {NO_CELL!r})' if c in _NULLABLE else '?' for c in COLUMNS)}) "
           "ON CONFLICT (show_id, platform, msg_id) DO NOTHING")

_PG_STAGE = "comments_in"
_PG_PREPARE = (f"CREATE TEMP TABLE IF NOT EXISTS {_PG_STAGE} (LIKE {TABLE.name}) ON COMMIT DELETE ROWS")
_PG_COPY = f"COPY {_PG_STAGE} ({', '.join(COLUMNS)}) FROM STDIN"
_PG_MERGE = (f"INSERT INTO {TABLE.name} ({', '.join(COLUMNS)}) SELECT {', '.join(COLUMNS)} FROM {_PG_STAGE} "
             "ON CONFLICT (show_id, platform, msg_id) DO NOTHING")


def server_row(show_id: int, f: tuple[Any, ...]) -> Row:
    """A comment's row as PostgreSQL's COPY takes it (insert_rows)."""
    extra = f[13]
    return (f[0], show_id, *f[1:13], None if extra is None else json.dumps(extra, ensure_ascii=False))


_BIT = {True: 1, False: 0}  # and 1 → 1, 0 → 0: the bools' equals are ints already


def _sqlite_row(show_id: int, f: tuple[Any, ...]) -> Row:
    """A comment's row for SQLite's insert, with values sqlite3 binds directly: True and False as 1
    and 0 (anything else as it is), no `item_ref` or `extra` as "" (the statement stores NULL; an
    `item_ref` of "", never a run-sheet item, too). sqlite3 binds a None or a bool only after
    looking for an adapter, ~0.4 us each: 1.7 of 3.4 us a row (measured)."""
    extra, ref = f[13], f[11]
    return (f[0], show_id, f[1], f[2], f[3], f[4], f[5], f[6], f[7], _BIT.get(f[8], f[8]), f[9], f[10],
            NO_CELL if ref is None else ref, _BIT.get(f[12], f[12]),
            NO_CELL if extra is None else json.dumps(extra, ensure_ascii=False))


def row_maker(engine: Engine) -> RowMaker:
    """How a comment's fields become a row on this engine's database."""
    return server_row if engine.dialect.name == "postgresql" else _sqlite_row


def row_payload(r: Row) -> str:
    """A row the database refused, as JSON that any reader can open (`extra` stays the JSON text it was),
    with the values _sqlite_row made as the comment had them."""
    fields = dict(zip(COLUMNS, r, strict=True))
    for name in ("item_ref", "extra"):
        if fields[name] == NO_CELL:
            fields[name] = None
    for name in ("follower", "deleted"):
        if type(fields[name]) is int and fields[name] in (0, 1):  # as _sqlite_row made them
            fields[name] = bool(fields[name])
    return json.dumps(fields, ensure_ascii=True, default=repr)


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
