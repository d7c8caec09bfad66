"""A show's comments read for export at hundreds of thousands of rows a second.

The ORM path (`Store.iter_comments`) builds a `Comment` per row; for an export of millions that
alone costs more than the file. Here the database does the per-cell work a CSV needs (formula
quoting, flag names, booleans as text), rows come back as plain tuples in id order, keyset
paginated, and the CSV writer takes them as they are. Portable SQL only (SQLite and PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Engine, String, case, func, literal, select, true, type_coerce

from app.core.comments import FLAG_NAMES
from app.models.schema import CommentRow

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # OWASP: a spreadsheet runs these as formulas
CHUNK = 50_000
_T = CommentRow.__table__


def _safe(col: ColumnElement[Any]) -> ColumnElement[Any]:
    """The text with a leading ' when a spreadsheet would take it for a formula."""
    return case((func.substr(col, 1, 1).in_(FORMULA_START), literal("'") + col), else_=col)


def _yes_no(col: ColumnElement[Any]) -> ColumnElement[Any]:
    return case((col == true(), "True"), else_="False")


def _flag_names(col: ColumnElement[Any]) -> ColumnElement[Any]:
    """"question;keyword": the names of the set bits, in the order of FLAG_NAMES."""
    parts = [case((col.op("&")(bit) != 0, literal(f"{name};")), else_="") for bit, name in FLAG_NAMES.items()]
    joined: ColumnElement[Any] = parts[0]
    for p in parts[1:]:
        joined = joined + p
    return func.rtrim(joined, ";")


def _raw_extra() -> ColumnElement[Any]:
    """The stored JSON text, not decoded; "" for none (stored as SQL NULL or JSON null)."""
    raw = func.coalesce(type_coerce(_T.c.extra, String), "null")
    return case((raw == "null", ""), else_=raw)


CSV_COLUMNS = (_T.c.id, _T.c.ts, _safe(_T.c.kind), _safe(_T.c.platform), _safe(_T.c.msg_id), _safe(_T.c.user_id),
               _safe(_T.c.user_name), _yes_no(_T.c.follower), _T.c.fans_level, _safe(_T.c.text),
               _flag_names(_T.c.flags), _T.c.item_ref, _yes_no(_T.c.deleted), _raw_extra())
JSON_COLUMNS = (_T.c.id, _T.c.kind, _T.c.platform, _T.c.msg_id, _T.c.ts, _T.c.user_id, _T.c.user_name, _T.c.text,
                _T.c.follower, _T.c.fans_level, _T.c.flags, _T.c.item_ref, _T.c.deleted, _raw_extra())


def comment_chunks(engine: Engine, show_id: int, columns: Sequence[ColumnElement[Any]],
                   chunk: int = CHUNK) -> Iterator[Sequence[Sequence[Any]]]:
    """The show's comments as rows of `columns` (the first is the id), in id order, `chunk` at a time.

    Each chunk is its own short read, so the writer thread is never held off for the whole export.
    `show_id + 0` keeps the planner on the primary key: through the (show_id, ts) index SQLite
    sorted the whole show again for every chunk. A show's ids are one run, so the scan stays in it."""
    with engine.connect() as conn:
        first = conn.execute(select(func.min(_T.c.id)).where(_T.c.show_id == show_id)).scalar()
    if first is None:
        return
    last = first - 1
    stmt = select(*columns).where((_T.c.show_id + 0) == show_id).order_by(_T.c.id).limit(chunk)
    while True:
        with engine.connect() as conn:
            rows = conn.execute(stmt.where(_T.c.id > last)).all()
        if not rows:
            return
        yield rows
        last = rows[-1][0]
