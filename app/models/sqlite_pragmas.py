"""The pragmas every SQLite connection of LiveDeck runs with, in a module that imports nothing else:
an export worker opens its connection with the stdlib's sqlite3 alone (app.models.export_reader)."""

from __future__ import annotations

from typing import Any


def set_pragmas(dbapi_conn: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    # FULL: a committed event survives a power cut, not only a killed process.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()
