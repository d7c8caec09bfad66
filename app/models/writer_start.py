"""The writer process's first step: a database it can write to, before it tells the app it is up.

The app opens ingest only once its writer is up (ProcessWriter.ready, app.live.gate): events a relay
sent before that sat only in the app's memory, and a kill right after start lost all of them. So "up"
means a connection that got the write lock, not a process that merely started. Until then the child
says what is wrong (a read-only file or folder, a server it cannot reach) and tries again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from app.models.db import make_engine, make_server_engine
from app.models.export_rows import sqlite_file


def child_target(engine: Engine) -> str | None:
    """What a writer process opens: the SQLite file, or the server's URL with its password; None for
    `:memory:` (no other process can see it)."""
    if engine.dialect.name == "postgresql":
        return engine.url.render_as_string(hide_password=False)
    return sqlite_file(engine)


def open_for_writing(db: str, retry_s: float, say: Callable[[str], None]) -> Engine:
    """The writer's engine on `db` (a SQLite file or a server's URL), once it can write there; each
    failed try is told to `say`, in words for the user."""
    while True:
        engine = make_server_engine(db, dead_after_s=10) if db.startswith("postgresql") else make_engine(Path(db), True)
        try:
            _probe(engine)
            return engine
        except Exception as exc:  # anything: the child must go on trying, the app must hear why
            engine.dispose()
            cause = getattr(exc, "orig", None) or exc
            say(f"the comment writer cannot write to the database ({cause}); comments are refused until it can")
            time.sleep(retry_s)


def _probe(engine: Engine) -> None:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock: a read-only file or folder refuses it
            conn.exec_driver_sql("ROLLBACK")
        else:
            conn.exec_driver_sql("SELECT 1")
