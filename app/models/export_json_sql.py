"""SQLite: the statement of a show's comments as JSON, each row's object as close to finished as SQLite
makes it cheaply, for app.studio.export_json to join with one bytes `%` per row (issue #22: a dict
and an orjson call per row were two thirds of the JSON export's CPU).

Per row it gives (id, ts, `type` to `msg_id` as one piece, `user_id` to `fans_level` as one, flags,
`item_ref` and `deleted` as one, extra): the keys written in, the quotes that belong to the JSON
(keys, string values) and the escapes of `text` as export_reader.JSON_PLACEHOLDERS, so that a quote,
backslash or control character still there once a block is joined came from a cell that needs the
exact path (orjson per row, app.studio.export_format.comment_json). Only `text` is escaped here (its
quotes, backslashes, CR, LF and tabs): the other cells almost never need it, and the check on the
joined block costs less than SQLite's string work on every one of them.

A value of a type the app never writes (a boolean of 2, text in `fans_level`, a real `item_ref`, an
`extra` stored as a number) comes out so that the block's check fails, or as NULL, which the row's
`%` refuses; the exact path writes it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, LargeBinary, case, cast, func, literal, literal_column, select
from sqlalchemy.sql.elements import ColumnElement

from app.models.export_reader import EXTRA_JSON, FLAGS_JSON, JSON_PLACEHOLDERS
from app.models.export_rows import _comments_of
from app.models.schema import CommentRow

_C = CommentRow.__table__.c
_Q = JSON_PLACEHOLDERS[b'"']
_B = JSON_PLACEHOLDERS[b"\\"]
_ESCAPED = '*["\\\r\n\t]*'  # a GLOB: text holding what the fast statement escapes
_ESCAPES = [("\\", _B + _B), ('"', _B + _Q), ("\r", _B + b"r"), ("\n", _B + b"n"), ("\t", _B + b"t")]


def _raw(b: bytes) -> Any:
    """Bytes (placeholders among them) as an SQL blob literal."""
    return literal_column(f"x'{b.hex()}'")


def _key(name: str, *, string: bool = False, after_string: bool = False) -> Any:
    """`,"name":` (after the closing quote of a string value, before the opening quote of one), its
    quotes as placeholders."""
    return _raw((_Q if after_string else b"") + b"," + _Q + name.encode() + _Q + b":" + (_Q if string else b""))


def _text(col: Any) -> ColumnElement[Any]:
    """`text` with its quotes, backslashes, CR, LF and tabs escaped as orjson escapes them (the
    escapes' backslashes and quotes as placeholders); other control characters are left for the
    block's check."""
    escaped: Any = col
    for ch, esc in _ESCAPES:
        escaped = func.replace(escaped, literal(ch), _raw(esc))
    return case((col.op("GLOB")(literal(_ESCAPED)), escaped), else_=col)


def _json_bool(col: Any) -> ColumnElement[Any]:
    """`true` / `false` for the 1 / 0 the app stores; anything else a bare quote: the check fails
    (export_format.comment_json's bool() would make `true` of 2 or of text)."""
    return case((col == 1, literal("true")), (col == 0, literal("false")), else_=literal('"'))


def _joined(*parts: Any) -> ColumnElement[Any]:
    out: Any = parts[0]
    for p in parts[1:]:
        out = out.op("||")(p)
    return cast(out, LargeBinary)


def comment_json_fast_sql(engine: Engine, show_id: int) -> str:
    """The statement in SQL text, its values inline and the span's bounds left as `:lo` and `:hi`
    (as export_rows.comment_span_sql). A NULL among a piece's strings makes the piece NULL: the
    row's `%` fails (orjson writes it `null`, the exact path)."""
    q = _raw(_Q)
    head = _joined(_C.kind, _key("platform", string=True, after_string=True), _C.platform,
                   _key("msg_id", string=True, after_string=True), _C.msg_id, q)
    fans = case((func.typeof(_C.fans_level) == "integer", _C.fans_level), else_=literal('"'))
    person = _joined(_C.user_id, _key("user_name", string=True, after_string=True), _C.user_name,
                     _key("text", string=True, after_string=True), _text(_C.text),
                     _key("follower", after_string=True), _json_bool(_C.follower), _key("fans_level"), fans)
    item_ref = case((_C.item_ref.is_(None), literal("null")),
                    (func.typeof(_C.item_ref) == "integer", _C.item_ref), else_=literal('"'))
    tail = _joined(item_ref, _key("deleted"), _json_bool(_C.deleted))
    flags = case((func.typeof(_C.flags) == "integer", _C.flags))  # else NULL: not converted, the row's `%` fails
    # tagged, never empty (sqlite3 hands an empty value over as None, without converting): "n" for
    # none, "j" and the stored text, "x" for a number (the exact path reads it as one: another cell)
    extra = case((_C.extra.is_(None), literal("n")), (func.typeof(_C.extra) == "text", literal("j").op("||")(_C.extra)),
                 else_=literal("x"))
    cells = [_C.id, head, _C.ts, person, flags.label(f"flags [{FLAGS_JSON}]"), tail,
             extra.label(f"extra [{EXTRA_JSON}]")]
    stmt = _comments_of(select(*cells), engine, show_id, (literal_column(":lo"), literal_column(":hi")))
    return str(stmt.compile(engine, compile_kwargs={"literal_binds": True}))
