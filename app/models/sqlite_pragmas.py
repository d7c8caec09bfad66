"""The pragmas every SQLite connection of LiveDeck runs with, in a module that imports nothing else:
an export worker opens its connection with the stdlib's sqlite3 alone (app.models.export_reader)."""

from __future__ import annotations

import logging
from typing import Any


def set_pragmas(dbapi_conn: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    # FULL: a committed event survives a power cut, not only a killed process.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # The comment writer checkpoints the WAL itself (Checkpoints, below), outside any commit; another
    # connection's commit does it only as a safety valve. SQLite's 1,000 pages made whichever commit
    # passed them copy the WAL back: the writer's every batch, with two more fsyncs, inside the write
    # turn a Studio command may be waiting for, or a producer's edit on the GUI thread.
    cur.execute(f"PRAGMA wal_autocheckpoint={SAFETY_CHECKPOINT_PAGES}")
    cur.close()


BUSY_TIMEOUT_MS = 5000
SAFETY_CHECKPOINT_PAGES = 40_000  # ~160 MB: reached only if the writer's checkpoints cannot finish
WRITER_CACHE_KIB = 16_384
CHECKPOINT_ROWS = 6_000  # ~10,000 pages of a flood's WAL (1.6 pages written a comment)


def set_writer_pragmas(dbapi_conn: Any) -> None:
    """The comment writer's connection: a 16 MB page cache, not SQLite's 2 MB, and no automatic
    checkpoint (Checkpoints does it). Its inserts land all over two indexes (viewer ids, message
    ids): with 2 MB a flood re-read ~2 pages a comment from the file and spilled dirty ones
    mid-batch; with 16 MB 0.2 (benchmarks/writer_insert.py). Only the writer's: the app's other
    connections read little, and each would hold its own cache."""
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA cache_size=-{WRITER_CACHE_KIB}")
    cur.execute("PRAGMA wal_autocheckpoint=0")
    cur.close()


class Checkpoints:
    """The writer's WAL checkpoints: one every CHECKPOINT_ROWS stored comments, after its write turn
    is released, PASSIVE (never waiting for readers or the next writer). A page written by several
    batches is copied into the file once: 42% fewer writes and 28% fewer fsyncs a comment than
    SQLite's 1,000-page automatic one, with the cache 84% fewer reads (benchmarks/writer_insert.py,
    400,000 comments)."""

    def __init__(self) -> None:
        self.rows = 0  # stored since the last checkpoint

    def after(self, engine: Any, rows: int) -> None:
        """`rows` more were committed through `engine` (SQLAlchemy's; SQLite only)."""
        self.rows += rows
        if self.rows >= CHECKPOINT_ROWS and engine.dialect.name == "sqlite":
            self.rows = 0
            try:
                with engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
            except Exception as exc:  # the rows are committed: never fail them; the next one tries again
                logging.getLogger(__name__).warning("WAL checkpoint failed (%s); the next one tries again", exc)
