"""SQLite: the statement of a show's comments as the fast JSON path reads them (app.studio.export_json).

The values as stored (as export_rows.comment_rows reads them), in the order of the JSON object's
keys, and two labelled for the converters that make their bytes in the row's object as sqlite3
reads them (a C lookup for a value seen before): the flags (export_reader.JSON_FLAGS:
`["question"]`; NULL, so not converted, when the cell is not an integer) and `extra`
(JSON_EXTRA, export_rows.tagged_extra).

SQLite does no string work per row here: escaping the text in SQL (this statement's first version)
measured more CPU than the dict and orjson call per row it was to save; orjson escapes a block's
column in one call instead.
"""

from __future__ import annotations

from sqlalchemy import Engine, case, func, literal_column, select

from app.models.export_reader import JSON_EXTRA, JSON_FLAGS
from app.models.export_rows import _comments_of, tagged_extra
from app.models.schema import CommentRow

_C = CommentRow.__table__.c


def comment_json_fast_sql(engine: Engine, show_id: int) -> str:
    """The statement in SQL text, its values inline and the span's bounds left as `:lo` and `:hi`
    (as export_rows.comment_span_sql)."""
    flags = case((func.typeof(_C.flags) == "integer", _C.flags))
    cells = [_C.id, _C.kind, _C.platform, _C.msg_id, _C.ts, _C.user_id, _C.user_name, _C.text, _C.follower,
             _C.fans_level, flags.label(f"flags [{JSON_FLAGS}]"), _C.item_ref, _C.deleted,
             tagged_extra().label(f"extra [{JSON_EXTRA}]")]
    stmt = _comments_of(select(*cells), engine, show_id, (literal_column(":lo"), literal_column(":hi")))
    return str(stmt.compile(engine, compile_kwargs={"literal_binds": True}))
