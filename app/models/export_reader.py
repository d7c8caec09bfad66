"""An export's reads with the stdlib's sqlite3 alone: a worker process imports this, never
SQLAlchemy (~0.15 s of start-up it would spend before its first row); the single-process export
reads through it. A parallel export's workers read through apsw instead (app.models.export_apsw).

The statements are SQLAlchemy's, compiled once by the export that started the worker
(export_csv_sql.comment_statements: the fast one, export_csv_sql's or export_json_sql's, the
exact one of export_rows.comment_span_sql for the blocks the fast one cannot vouch for, and the
fast one for apsw), with `:lo` and `:hi` left for the span of each chunk; only the span's own query
is written here (SPAN_SQL), for a worker that runs it before SQLAlchemy is imported anywhere.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Generator, Iterator, Mapping
from typing import Any

from app.models.sqlite_pragmas import set_pragmas

BATCH = 2_000  # rows per fetch, as app.models.export_rows reads them
# Converter names: a column labelled `name [livedeck_flags]` reaches Python through the converter
# registered under that name, when it is not NULL (sqlite3's PARSE_COLNAMES).
FLAGS_CELL = "livedeck_flags"
EXTRA_CELL = "livedeck_extra"
# The fast CSV statement (app.models.export_csv_sql): its flags and extra columns are converted
# to their cells' bytes.
FLAGS_BYTES = "livedeck_flag_bytes"
EXTRA_BYTES = "livedeck_extra_bytes"
# In that statement's rows, the quotes, commas and line breaks that belong inside a quoted cell
# are these bytes, which never occur in UTF-8: whatever is still a `"`, `,`, CR or LF after the
# rows are joined came from a cell that was not quoted (the check that sends a block to the exact path).
# The fast JSON statement (app.models.export_json_sql): its flags and extra columns as their JSON
# pieces, and the quotes and backslashes that belong to the JSON as bytes that never occur in UTF-8.
FLAGS_JSON = "livedeck_flag_json"
EXTRA_JSON = "livedeck_extra_json"
JSON_PLACEHOLDERS = {b'"': b"\xff", b"\\": b"\xfe"}
QUOTED_BY_CSV = ',"\r\n'  # the characters that make csv.writer quote a cell (excel dialect, QUOTE_MINIMAL)
PLACEHOLDERS = {b'"': b"\xff", b",": b"\xfe", b"\r": b"\xfd", b"\n": b"\xfc"}
# The fast CSV statement's and template's own commas between cells: another byte than a quoted cell's
# comma, so that a cell starting a formula is found after them alone (export_csv.block).
CSV_SEPARATOR = b"\xfb"


# The show's lowest and highest comment id, as app.models.export_rows.comment_span finds them, in SQL
# text here: a worker started before the command line has imported SQLAlchemy runs it meanwhile.
SPAN_SQL = "SELECT min(id), max(id) FROM comments WHERE show_id = ?"


def connect(db: str, converters: Mapping[str, Callable[[bytes], Any]] | None = None) -> sqlite3.Connection:
    """The database file, with the pragmas of every LiveDeck connection (WAL, busy timeout), and the
    columns labelled with one of `converters`' names converted as sqlite3 reads them. (sqlite3 keeps
    converters for the whole process; only a connection opened here asks for them.)"""
    for name, convert in (converters or {}).items():
        sqlite3.register_converter(name, convert)
    conn = sqlite3.connect(db, detect_types=sqlite3.PARSE_COLNAMES)
    try:
        set_pragmas(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def span_rows(conn: sqlite3.Connection, sql: str, span: tuple[int, int], batch: int = BATCH,
              text: Callable[[bytes], Any] = str) -> Generator[list[Any], None, None]:
    """Batches of the statement's rows for ids lo..hi (inclusive), the driver's own tuples, its
    text cells made by `text` (bytes: as stored, for the fast statements). The connection's text
    factory is set before each fetch, which is when sqlite3 reads it (a block refused by the fast path
    is read again as str between two of the fast statement's fetches), and put back at the end."""
    before = conn.text_factory
    cursor = conn.execute(sql, {"lo": span[0], "hi": span[1]})
    try:
        while True:
            conn.text_factory = text
            rows = cursor.fetchmany(batch)
            if not rows:
                return
            yield rows
    finally:
        cursor.close()
        conn.text_factory = before


def _replacing(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def exact_rows(conn: sqlite3.Connection, sql: str, span: tuple[int, int]) -> Iterator[list[Any]]:
    """span_rows of the exact statement (its first column the id), text as str. A text cell that is not
    UTF-8 (another tool's bytes) stops sqlite3 ("Could not decode to UTF-8"): the rest of the span is
    read again from the row it stopped at, such cells with replacement marks (as a blob is written),
    and the export goes on (docs/protocol.md: rows another tool wrote never stop an export)."""
    lo = span[0]
    text: Callable[[bytes], Any] = str
    while True:
        try:
            for rows in span_rows(conn, sql, (lo, span[1]), text=text):
                lo = rows[-1][0] + 1
                yield rows
            return
        except sqlite3.OperationalError as exc:
            if text is not str or "decode" not in str(exc):
                raise
            text = _replacing
