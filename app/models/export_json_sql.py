"""SQLite: the statement of a show's comments as JSON, each cell as close to its JSON as SQLite makes it
cheaply, for app.studio.export_json to write into its row template with one bytes `%` per row
(issue #22: a dict and an orjson call per row were two thirds of the JSON export's CPU).

Per row it gives the comment's 14 cells in the object's order, read as bytes (export_json.fast_rows:
no UTF-8 decoding and encoding again): the text cells as stored, `text` with its quotes,
backslashes, CR, LF and tabs escaped as export_reader.JSON_PLACEHOLDERS, the booleans and
`item_ref` as their JSON words, the flags and `extra` through their converters. The keys and the
quotes around the strings are the template's, placeholders too, so a quote, backslash or control
character still there once a block is joined came from a cell that needs the exact path (orjson per
row, app.studio.export_format.comment_json). Only `text` is escaped here: the other cells almost
never need it, and the check on the joined block costs less than SQLite's string work on every one
of them. (The keys were written in by SQLite, `||` by `||`, before: each `||` is a copy, and the
template took 0.3-0.4 us a row less, 12% of the export's CPU.)

A value of a type the app never writes (a boolean of 2, text in `fans_level`, a real `item_ref`, an
`extra` stored as a number, a number where text belongs) comes out so that the block's check fails,
or as NULL or a number, which the row's `%` refuses; the exact path writes it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, LargeBinary, Text, case, cast, func, literal, literal_column, select
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


def stamp(ts: Any, blobs: bool) -> Any:
    """`ts`; with `blobs`, text stored there (another tool's) as a blob, which the block's check
    refuses, where apsw would decode it (and stop on bytes that are not UTF-8)."""
    return case((func.typeof(ts) == "text", cast(ts, LargeBinary)), else_=ts) if blobs else ts


def comment_json_fast_sql(engine: Engine, show_id: int, blobs: bool = False) -> str:
    """The statement in SQL text, its values inline and the span's bounds left as `:lo` and `:hi`
    (as export_rows.comment_span_sql). A NULL or a number where the template takes text makes the
    row's `%` fail (orjson writes it `null`, the exact path); `fans_level` is NULL unless an integer.
    `blobs`: its text cells cast to blobs, for a reader that has no text factory (apsw, in a
    parallel export's workers: app.models.export_apsw) and would decode them."""
    fans = case((func.typeof(_C.fans_level) == "integer", _C.fans_level))
    item_ref = case((_C.item_ref.is_(None), literal("null")),
                    (func.typeof(_C.item_ref) == "integer", cast(_C.item_ref, Text)), else_=literal('"'))
    flags = case((func.typeof(_C.flags) == "integer", _C.flags))  # else NULL: not converted, the row's `%` fails
    # tagged, never empty (sqlite3 hands an empty value over as None, without converting): "n" for
    # none, "j" and the stored text, "x" for a number (the exact path reads it as one: another cell)
    extra = case((_C.extra.is_(None), literal("n")), (func.typeof(_C.extra) == "text", literal("j").op("||")(_C.extra)),
                 else_=literal("x"))
    blob = (lambda x: cast(x, LargeBinary)) if blobs else (lambda x: x)
    cells = [_C.id, *map(blob, [_C.kind, _C.platform, _C.msg_id]), stamp(_C.ts, blobs),
             *map(blob, [_C.user_id, _C.user_name, _text(_C.text), _json_bool(_C.follower)]), fans,
             flags.label(f"flags [{FLAGS_JSON}]"), blob(item_ref), blob(_json_bool(_C.deleted)),
             blob(extra).label(f"extra [{EXTRA_JSON}]")]
    stmt = _comments_of(select(*cells), engine, show_id, (literal_column(":lo"), literal_column(":hi")))
    return str(stmt.compile(engine, compile_kwargs={"literal_binds": True}))
