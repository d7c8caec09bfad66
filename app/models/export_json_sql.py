"""SQLite: the statement of a show's comments as the fast JSON path reads them (app.studio.export_json).

The exact statement's cells (export_rows.comment_rows': the values as stored) but for two, labelled
for the converters that make their bytes in the row's object as sqlite3 reads them (a C lookup for
a value seen before): the flags (export_reader.JSON_FLAGS: `["question"]`; NULL, so not converted,
when the cell holds what the app never writes) and `extra` (JSON_EXTRA, tagged: "n" for none, else
"j" and its text, never empty, which sqlite3 would hand over without converting).

SQLite does nothing per cell here: escaping text in SQL measured more CPU than the Python dict and
orjson call per row it was to save; orjson escapes a block's column in one call instead.
"""

from __future__ import annotations

from sqlalchemy import Engine, case, func, literal, literal_column, select

from app.models.export_reader import JSON_EXTRA, JSON_FLAGS
from app.models.export_rows import _comments_of
from app.models.schema import CommentRow

_C = CommentRow.__table__.c


def comment_json_fast_sql(engine: Engine, show_id: int) -> str:
    """The statement in SQL text, its values inline and the span's bounds left as `:lo` and `:hi`
    (as export_rows.comment_span_sql)."""
    flags = case((func.typeof(_C.flags) == "integer", _C.flags))
    extra = case((_C.extra.is_(None), literal("n")), else_=literal("j").op("||")(_C.extra))
    cells = [_C.id, _C.kind, _C.platform, _C.msg_id, _C.ts, _C.user_id, _C.user_name, _C.text, _C.follower,
             _C.fans_level, flags.label(f"flags [{JSON_FLAGS}]"), _C.item_ref, _C.deleted,
             extra.label(f"extra [{JSON_EXTRA}]")]
    stmt = _comments_of(select(*cells), engine, show_id, (literal_column(":lo"), literal_column(":hi")))
    return str(stmt.compile(engine, compile_kwargs={"literal_binds": True}))
