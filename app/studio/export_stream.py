"""Comments and events exported as JSON or CSV at disk speed (issue #22: 2M rows at ≥ 500k rows/s).

Rows come as plain tuples in batches (app.models.export_rows); on SQLite a CSV's cells and a JSON
object's pieces come nearly finished and are joined a block at a time (app.studio.export_csv and
export_json: the stdlib csv writer or orjson per row only for a block that needs it, and for a
server or `:memory:` database); JSON has one object per line. Nothing holds more than one batch, so
memory stays flat however long the show. Written to a temporary file beside the
target and renamed at the end: a failed export leaves nothing, and an old file stays as it was.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from sqlalchemy import Engine

from app.core.comments import FLAG_NAMES
from app.core.text import FORMULA_START as _FORMULA_START
from app.models import export_reader as rd
from app.models import export_rows as xr
from app.models.export_csv_sql import comment_statements
from app.studio import export_csv as ec
from app.studio import export_format as ef
from app.studio import export_json as ej
from app.studio import export_parallel as ep
from app.studio.part_files import replacing

if TYPE_CHECKING:
    import sqlite3

    from app.models.store import Store
    from app.studio.export_worker import Spawned

EVENT_COLUMNS = ["seq", "type", "ts", "data"]
COMMENT_COLUMNS = ["id", "ts", "type", "platform", "msg_id", "user_id", "user_name", "follower", "fans_level", "text",
                   "flags", "item_ref", "deleted", "extra"]


def _comments_body(engine: Engine, show_id: int, fmt: str, out: IO[bytes]) -> None:
    """SQLite: the show's comments as CSV rows with no header, or JSON objects with no brackets, read
    as a parallel export's chunks are (one span: the show's), so both write the same bytes."""
    fast, sql, *_apsw = comment_statements(engine, show_id, fmt, _FORMULA_START, FLAG_NAMES)
    span = xr.comment_span(engine, show_id)
    path = xr.sqlite_file(engine)
    if path is not None:
        reader = rd.connect(path, ej.CONVERTERS)
        try:
            if fmt == "json":
                ej.write_json_body(reader, fast, sql, span, out, b"\n ")
            else:
                ec.comment_csv(reader, fast, sql, span, out)
        finally:
            reader.close()
        return
    raw = engine.raw_connection()  # `:memory:`: only this engine's connection sees it, without converters
    try:
        rows = rd.exact_rows(cast("sqlite3.Connection", raw.driver_connection), sql, span)
        if fmt == "json":
            ef.json_body(ef.comment_json(rows), out, b"\n ")
        else:
            ef.write_csv(None, ef.comment_csv(rows), out)
    finally:
        raw.close()


def _header(fmt: str) -> bytes:
    """What comes before the comments: `[` or the CSV header row."""
    if fmt == "json":
        return b"["
    buf = io.BytesIO()
    ef.write_csv(COMMENT_COLUMNS, iter(()), buf)
    return buf.getvalue()


def stream_export(store: Store, show_id: int, what: str, fmt: str, out: Any, spawned: Spawned | None = None) -> None:
    """`what` (comments or events) of a show as `fmt` (json or csv) to a Path or a stream; `spawned`:
    workers started ahead (export_worker.prestart), used if the export goes parallel, else ended."""
    engine = store.engine
    write: Callable[[IO[bytes]], None]
    db = ep.plan(store, show_id) if what == "comments" else None
    if db is None and spawned is not None:
        spawned.close()
    if db is not None:
        parts_dir = out.parent if isinstance(out, Path) else None
        def write(f: IO[bytes]) -> None:
            ep.write_parallel(store, show_id, fmt, db, _header(fmt), f, parts_dir, spawned=spawned)
    elif what == "comments" and fmt == "json" and engine.dialect.name == "sqlite":
        def write(f: IO[bytes]) -> None:
            f.write(_header("json"))
            _comments_body(engine, show_id, "json", f)
            f.write(b"\n]\n")
    elif what == "comments" and fmt == "json":
        def write(f: IO[bytes]) -> None: ef.write_json(ef.comment_json(xr.comment_rows(engine, show_id)), f)
    elif what == "comments" and engine.dialect.name == "postgresql":
        def write(f: IO[bytes]) -> None:
            f.write(_header("csv"))
            xr.copy_comments_csv(engine, show_id, _FORMULA_START, FLAG_NAMES, f)
    elif what == "comments":
        def write(f: IO[bytes]) -> None:
            f.write(_header("csv"))
            _comments_body(engine, show_id, "csv", f)
    elif fmt == "json":
        def write(f: IO[bytes]) -> None: ef.write_json(ef.event_json(xr.event_rows(engine, show_id)), f)
    else:
        def write(f: IO[bytes]) -> None: ef.write_csv(EVENT_COLUMNS, ef.event_csv(xr.event_rows(engine, show_id)), f)
    if isinstance(out, Path):
        _to_file(out, write)
    elif isinstance(out, io.TextIOBase) and not hasattr(out, "buffer"):  # e.g. a StringIO
        buf = io.BytesIO()
        write(buf)
        out.write(buf.getvalue().decode("utf-8"))
    else:
        stream = getattr(out, "buffer", out)
        if out is sys.stdout or hasattr(out, "buffer"):
            out.flush()
        write(stream)
        stream.flush()


def _to_file(out: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Through `replacing`'s new empty file, opened without truncating it: on ext4 a file truncated
    (as "wb" does, even an empty one) starts writing all its data back to disk when closed, and
    that close took 0.15-0.23 s of a 480 MB export's time. Nothing of its data was safer for it: the
    export is renamed into place complete or not at all, without an fsync, as before."""
    with replacing(out) as tmp, open(tmp, "r+b", buffering=1 << 20) as f:
        write(f)
