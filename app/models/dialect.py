"""The few statements SQLite and PostgreSQL spell differently, so nothing outside app/models (and
little inside it) knows which database it talks to."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def insert_ignoring_duplicates(bind: Session | Connection, table: Any) -> Any:
    """INSERT … ON CONFLICT DO NOTHING in the dialect of `bind` (both speak it, with their own class)."""
    name = bind.get_bind().dialect.name if isinstance(bind, Session) else bind.dialect.name
    ins = postgresql.insert if name == "postgresql" else sqlite.insert
    return ins(table).on_conflict_do_nothing()


def upsert(bind: Session | Connection, table: Any, keys: list[str], values: dict[str, Any]) -> Any:
    """INSERT … ON CONFLICT (keys) DO UPDATE SET the other columns, in the dialect of `bind`."""
    name = bind.get_bind().dialect.name if isinstance(bind, Session) else bind.dialect.name
    ins = (postgresql.insert if name == "postgresql" else sqlite.insert)(table).values(**values)
    return ins.on_conflict_do_update(index_elements=keys,
                                     set_={k: ins.excluded[k] for k in values if k not in keys})
