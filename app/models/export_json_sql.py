"""SQLite: the statement of a show's comments as JSON, each row's cells as close to finished as SQLite
makes them cheaply, for app.studio.export_json to join with one bytes `%` per row (issue #22: a dict
and an orjson call per row were half of the JSON export's CPU).

Per row, in the order of the object's keys (export_format.comment_json): id; type, platform, msg_id
as bytes; ts (a float); user_id; user_name and text as the inside of a JSON string (bytes); then
`true,"fans_level":3`, the flags (their number, for the converter export_reader.JSON_FLAGS), `null,
"deleted":false` and `extra` tagged for export_reader.JSON_EXTRA ("n" for none, else "j" and its text).

user_name and text are escaped here when they hold a quote, backslash, tab, CR or LF (JSON's
escapes, with their quote and backslash as export_reader.JSON_PLACEHOLDERS); the other text cells
are not: app-written ids and names of a platform never hold one, and the check on the joined block
sends a block that does to the exact path (export_json). So does a value of a type the app never
writes: it comes out as the byte 0x01, which the check refuses.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, LargeBinary, case, cast, func, literal, literal_column, select
from sqlalchemy.sql.elements import ColumnElement

from app.models.export_reader import JSON_EXTRA, JSON_FLAGS, JSON_PLACEHOLDERS
from app.models.export_rows import _comments_of
from app.models.schema import CommentRow

_C = CommentRow.__table__.c
_ESCAPED = {"\\": b"\\", '"': b'"', "\t": b"t", "\n": b"n", "\r": b"r"}  # character -> after its backslash
_NEEDS_ESCAPE = "*[" + "".join(_ESCAPED) + "]*"  # a GLOB (its brackets take a backslash as itself)
_REFUSED: Any = literal_column("x'01'")  # a control character: the block's check sends it the exact way


def _hex(b: bytes) -> Any:
    return literal_column(f"x'{b.hex()}'")


def _blob(x: Any) -> ColumnElement[Any]:
    return cast(x, LargeBinary)


def _escaped(col: Any) -> ColumnElement[Any]:
    """`col` as a JSON string's inside: its quotes, backslashes, tabs and line breaks escaped (the
    escape's own quote and backslash as placeholders); the rare cell that needs it pays the replaces."""
    slash = JSON_PLACEHOLDERS[b"\\"]
    inner: Any = col
    for ch, after in _ESCAPED.items():  # the backslash first: the others add placeholders, not backslashes
        inner = func.replace(inner, literal(ch), _hex(slash + JSON_PLACEHOLDERS.get(after, after)))
    return _blob(case((col.op("GLOB")(literal(_NEEDS_ESCAPE)), inner), else_=col))


def comment_json_fast_sql(engine: Engine, show_id: int) -> str:
    """The statement in SQL text, its values inline and the span's bounds left as `:lo` and `:hi`
    (as export_rows.comment_span_sql)."""
    ts = case((func.typeof(_C.ts) == "real", _C.ts), else_=_REFUSED)
    follower_fans = _blob(case((_C.follower == 1, literal('true,"fans_level":')),
                               (_C.follower == 0, literal('false,"fans_level":')), else_=_REFUSED)
                          .op("||")(case((func.typeof(_C.fans_level) == "integer", _C.fans_level), else_=_REFUSED)))
    flags = case((func.typeof(_C.flags) == "integer", _C.flags))  # else NULL: no converter, the row's `%` fails
    item_ref = case((_C.item_ref.is_(None), literal("null")),
                    (func.typeof(_C.item_ref) == "integer", _C.item_ref), else_=_REFUSED)
    deleted = case((_C.deleted == 1, literal(',"deleted":true')), (_C.deleted == 0, literal(',"deleted":false')),
                   else_=_REFUSED)
    extra = case((_C.extra.is_(None), literal("n")), else_=literal("j").op("||")(_C.extra))
    cells = [_C.id, *[_blob(c) for c in (_C.kind, _C.platform, _C.msg_id)], ts, _blob(_C.user_id),
             _escaped(_C.user_name), _escaped(_C.text), follower_fans, flags.label(f"flags [{JSON_FLAGS}]"),
             _blob(item_ref.op("||")(deleted)), extra.label(f"extra [{JSON_EXTRA}]")]
    stmt = _comments_of(select(*cells), engine, show_id, (literal_column(":lo"), literal_column(":hi")))
    return str(stmt.compile(engine, compile_kwargs={"literal_binds": True}))
