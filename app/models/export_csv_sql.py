"""SQLite: the statement of a show's comments as CSV, each row's cells as close to finished as SQLite
makes them cheaply, for app.studio.export_csv to join with one bytes `%` per row (issue #22: the CSV
export's csv.writer pass and its Python objects were half of its CPU).

Per row it gives (id, ts, the cells from type to text joined as one, flags, item_ref and deleted
joined, extra): the numbers as stored; the text cells as bytes (no UTF-8 decoding and encoding
again); `text` neutralised (a leading quote before a formula) and quoted as the csv
module's QUOTE_MINIMAL does, with the quotes, commas and line breaks of its quoted form written as
export_reader.PLACEHOLDERS, and the commas between the joined cells as export_reader.CSV_SEPARATOR;
the flags as their number and `extra` as its text (tagged), for
the converters (export_reader.FLAGS_BYTES, EXTRA_BYTES) that look their cells up (C, no Python call
for a value seen before) and make those not seen yet.

The other text cells (type, platform, ids, the viewer's name) are neither neutralised nor quoted
here: almost none need it, and SQLite's per-row string work costs more CPU than the check on the
joined block that sends the rare block that does need it to the exact path (export_csv).

A value of a type the app never writes (text in `fans_level`, a real `item_ref`) comes out so that
the block's check fails (so does anything but a float in `ts`: export_csv.stamps_of), and the exact
path writes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Engine, LargeBinary, case, cast, func, literal, literal_column, select
from sqlalchemy.sql.elements import ColumnElement

from app.models.export_json_sql import comment_json_fast_sql, stamp
from app.models.export_reader import CSV_SEPARATOR, EXTRA_BYTES, FLAGS_BYTES, PLACEHOLDERS, QUOTED_BY_CSV
from app.models.export_rows import _comments_of, _neutral, comment_span_sql, extra_text
from app.models.schema import CommentRow

_C = CommentRow.__table__.c
_NEEDS_QUOTES = f"*[{QUOTED_BY_CSV}]*"  # a GLOB
_SEP = CSV_SEPARATOR


def _hex(b: bytes) -> Any:
    return literal_column(f"x'{b.hex()}'")


def _blob(x: Any) -> ColumnElement[Any]:
    return cast(x, LargeBinary)


def _quoted(engine: Engine, col: Any, codes: list[int]) -> ColumnElement[Any]:
    """`col` neutralised, then quoted if it holds a quote, comma, CR or LF (the quotes doubled),
    with the quoted form's own characters as placeholders."""
    cell = _neutral(engine, col, codes)
    inner: Any = func.replace(cell, literal('"'), _hex(PLACEHOLDERS[b'"'] * 2))
    for ch in (",", "\r", "\n"):
        inner = func.replace(inner, literal(ch), _hex(PLACEHOLDERS[ch.encode()]))
    quote = _hex(PLACEHOLDERS[b'"'])
    return case((col.op("GLOB")(literal(_NEEDS_QUOTES)), quote.op("||")(inner).op("||")(quote)), else_=cell)


def _typed(col: Any, sql_type: str, value: Any) -> ColumnElement[Any]:
    """`value` when `col` holds the type the app writes, else a bare quote: the block's check fails
    (a quote of the data is a placeholder by then), within the joined cell as on its own."""
    return case((func.typeof(col) == sql_type, value), else_=literal('"'))


def _flag_word(col: Any, before: bytes, after: bytes) -> ColumnElement[Any]:
    """A boolean's cell as export_rows._bool_text makes it, between `before` and `after`."""
    return case((col, _hex(before + b"True" + after)), else_=_hex(before + b"False" + after))


def comment_csv_fast_sql(engine: Engine, show_id: int, formula_start: Iterable[str], blobs: bool = False) -> str:
    """The statement in SQL text, its values inline and the span's bounds left as `:lo` and `:hi`
    (as export_rows.comment_span_sql). `blobs`: for apsw (export_json_sql.comment_json_fast_sql), its
    one text cell (`extra`) and a text `ts` as blobs."""
    codes = [ord(s) for s in formula_start]
    # Two pairs of cells come as one (`True,3`, `12,False`): one value fewer to read and to format per row.
    follower_fans = _typed(_C.fans_level, "integer", _flag_word(_C.follower, b"", _SEP).op("||")(_C.fans_level))
    item_ref = case((_C.item_ref.is_(None), literal("")),
                    (func.typeof(_C.item_ref) == "integer", _C.item_ref), else_=literal(","))
    item_deleted = _blob(item_ref.op("||")(_flag_word(_C.deleted, _SEP, b"")))
    flags = case((func.typeof(_C.flags) == "integer", _C.flags))  # else NULL: not converted, the row's `%` fails
    # "n" for none, else "j" and its text as the exact statement's converter gets it (a JSON scalar may
    # be stored as a number): never empty, which sqlite3 would hand over as None, without converting
    extra = case((_C.extra.is_(None), literal("n")), else_=literal("j").op("||")(extra_text(_C.extra)))
    # type … text as one cell of eight joined by commas: SQLite's `||` is a copy, where each cell of
    # its own was a bytes object to make and a `%s` to format (0.6 us a row less). A NULL among them
    # makes the whole cell NULL: the row's `%` fails, as a NULL cell of its own did. (printf joins
    # them with 0.3 us a row less, but stops at a NUL: the viewer's text after one would be lost.)
    middle: Any = _C.kind
    for cell in (_C.platform, _C.msg_id, _C.user_id, _C.user_name, follower_fans, _quoted(engine, _C.text, codes)):
        middle = middle.op("||")(_hex(_SEP)).op("||")(cell)
    # ts as stored (a test of its type was 0.1 us a row): stamps_of marks anything but a float
    cells = [_C.id, stamp(_C.ts, blobs), _blob(middle), flags.label(f"flags [{FLAGS_BYTES}]"),
             item_deleted, (_blob(extra) if blobs else extra).label(f"extra [{EXTRA_BYTES}]")]
    stmt = _comments_of(select(*cells), engine, show_id, (literal_column(":lo"), literal_column(":hi")))
    return str(stmt.compile(engine, compile_kwargs={"literal_binds": True}))


def comment_statements(engine: Engine, show_id: int, fmt: str, formula_start: Iterable[str],
                       flag_names: Mapping[int, str]) -> tuple[str, str, str, str]:
    """What an export's processes run on each span: the fast statement (export_json_sql's for JSON,
    this module's for CSV) and the exact one (export_rows.comment_span_sql) for the blocks it cannot
    vouch for; then both as a worker's apsw reader runs them (their text cells as blobs)."""
    formula_start = tuple(formula_start)
    exact = comment_span_sql(engine, show_id, fmt, formula_start, flag_names)
    exact_blobs = comment_span_sql(engine, show_id, fmt, formula_start, flag_names, blobs=True)
    if fmt == "json":
        return (comment_json_fast_sql(engine, show_id), exact, comment_json_fast_sql(engine, show_id, blobs=True),
                exact_blobs)
    return (comment_csv_fast_sql(engine, show_id, formula_start), exact,
            comment_csv_fast_sql(engine, show_id, formula_start, blobs=True), exact_blobs)
