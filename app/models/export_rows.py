"""A show's comments and events read for export: Core statements, DBAPI cursors, no per-row objects.

An export of millions of rows cannot afford an ORM object (or even a Row and type processor) per
row. On SQLite the columns come back as the driver's own tuples, a block per fetch, with the CSV's
per-cell work (formula quoting, flag names, booleans as text) done by SQLite (the exact CSV
statement here; the fast one, whose blocks fall back on it, in export_csv_sql). On PostgreSQL the
server writes the whole CSV itself (`COPY (SELECT …) TO STDOUT`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import IO, Any

from sqlalchemy import Engine, LargeBinary, Text, case, cast, func, literal, literal_column, select, type_coerce
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.sql.elements import ColumnElement, Label

from app.models.export_reader import EXTRA_CELL, FLAGS_CELL
from app.models.schema import CommentRow, EventRow

BATCH = 2_000  # rows per fetch: 5,000 and 20,000 measured no faster (20,000: slower) and held more memory

_C = CommentRow.__table__.c
_E = EventRow.__table__.c


def _stream(engine: Engine, stmt: Any, batch: int) -> Iterator[Sequence[Any]]:
    """SQLAlchemy builds and compiles the statement; its rows are read off the DBAPI cursor as the
    driver's own tuples, `batch` at a time (Core's Row objects took a third of the export's time).
    No type processing: booleans come as 0/1 and JSON columns as their stored text."""
    with engine.connect() as conn:
        # SQLite: the values (ids and the CSV's constant cells, never a viewer's text) written into
        # the SQL measured ~4% less CPU per row than bound parameters.
        literal_binds = conn.dialect.name == "sqlite"
        compiled = stmt.compile(conn, compile_kwargs={"literal_binds": literal_binds})
        params = {} if literal_binds else compiled.construct_params()
        args: Any = [params[k] for k in compiled.positiontup] if compiled.positiontup and params else params
        cursor = conn.connection.cursor()
        try:
            cursor.execute(str(compiled), args)
            while rows := cursor.fetchmany(batch):
                yield rows
        finally:
            cursor.close()


def sqlite_file(engine: Engine) -> str | None:
    """The SQLite file another connection (or process) can open; None for a server or `:memory:`."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return str(url.database)


def comment_span(engine: Engine, show_id: int) -> tuple[int, int]:
    """The show's lowest and highest comment id ((0, -1) for none). SQLite reads every index entry of
    the show for it (no index ends in the id after show_id): ~0.25 s for 2M comments."""
    with engine.connect() as conn:
        lo, hi = conn.execute(select(func.min(_C.id), func.max(_C.id)).where(_C.show_id == show_id)).one()
    return (lo, hi) if lo is not None else (0, -1)


def has_comments(engine: Engine, show_id: int, n: int) -> bool:
    """Whether the show has at least `n` comments: reads at most `n` entries of an index."""
    some = select(literal(1)).where(_C.show_id == show_id).limit(n).subquery()
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(some)).scalar_one()) >= n


def _comments_of(stmt: Any, engine: Engine, show_id: int, span: tuple[Any, Any] | None) -> Any:
    """The show's rows in id order (within `span`, inclusive, when given), read along the table itself.

    Filtering on the indexed show_id made SQLite read the index and then sort every row in a
    temporary B-tree (a 2M-row show spent most of its export there). The id range of the show
    (from the covering index) plus an unindexable `show_id + 0` keeps it a walk in rowid order.
    """
    lo, hi = span if span is not None else comment_span(engine, show_id)
    return stmt.where(_C.id >= lo, _C.id <= hi, (_C.show_id + 0) == show_id).order_by(_C.id)


def comment_span_sql(engine: Engine, show_id: int, fmt: str, formula_start: Iterable[str],
                     flag_names: Mapping[int, str], blobs: bool = False) -> str:
    """SQLite: the statement of the show's comments as comment_rows reads them (fmt "json") or as CSV
    cells (else: _comment_csv_cells) in SQL text, its values inline but the span's bounds left as
    `:lo` and `:hi`: compiled once here and run on each span with the stdlib's sqlite3
    (app.models.export_reader), or with `blobs` by a parallel export's workers through apsw
    (app.models.export_apsw), which never import SQLAlchemy."""
    cells = _comment_cells(engine) if fmt == "json" else _comment_csv_cells(engine, formula_start, flag_names)
    if blobs:  # apsw (a parallel export's workers) decodes text itself, and stops on bytes that are not UTF-8
        cells = [_blob_if_text(c) for c in cells]
    stmt = _comments_of(select(*cells), engine, show_id, (literal_column(":lo"), literal_column(":hi")))
    return str(stmt.compile(engine, compile_kwargs={"literal_binds": True}))


def extra_text(col: Any) -> ColumnElement[Any]:
    """`extra` for a converter, which gets its text: a real (another tool's) as its 17 digits, the
    same whichever SQLite makes it (the stdlib's 3.40 wrote 0.30000000000000004 as 0.3, an export
    worker's apsw 3.54 in full); orjson writes the shortest form of those again."""
    return case((func.typeof(col) == "real", func.printf("%!.17g", col)), else_=col)


def _blob_if_text(cell: Any) -> ColumnElement[Any]:
    """A cell whose value is text as a blob (the exact path writes a blob as its text, with
    replacement marks where it is not UTF-8: export_format.blobs_as_text), others as they are; a
    cell labelled for a converter (the CSV's flags and `extra`) as the converter gets it from
    sqlite3: its text, as bytes, whatever its type (export_format.comment_csv converts it)."""
    if isinstance(cell, Label):
        return cast(cast(cell.element, Text), LargeBinary)
    return case((func.typeof(cell) == "text", cast(cell, LargeBinary)), else_=cell)


def _comment_cells(engine: Engine) -> list[Any]:
    return [_C.id, _C.ts, _C.kind, _C.platform, _C.msg_id, _C.user_id, _C.user_name, _C.follower,
            _C.fans_level, _C.text, _C.flags, _C.item_ref, _C.deleted, _json_text(engine, _C.extra)]


def _json_text(engine: Engine, col: Any) -> ColumnElement[Any]:
    """A JSON column as its text (psycopg would decode a json column into objects)."""
    return type_coerce(col, Text) if engine.dialect.name == "sqlite" else cast(col, Text)


def comment_rows(engine: Engine, show_id: int, batch: int = BATCH,
                 span: tuple[int, int] | None = None) -> Iterator[Sequence[Any]]:
    """Batches of (id, ts, type, platform, msg_id, user_id, user_name, follower, fans_level, text, flags,
    item_ref, deleted, extra-as-stored-JSON-text) as stored (booleans as 0/1), in id order."""
    return _stream(engine, _comments_of(select(*_comment_cells(engine)), engine, show_id, span), batch)


def _comment_csv_cells(engine: Engine, formula_start: Iterable[str],
                       flag_names: Mapping[int, str]) -> list[ColumnElement[Any]]:
    """SQLite: the CSV's cells, every text cell neutralised by SQLite itself (measured: less CPU than
    doing it in Python). The flags come as NULL for none, else as their number, and `extra` as its
    stored JSON text: both labelled for the converters of app.models.export_reader, which turn the
    few that are not NULL into their cells as sqlite3 reads them (no Python per row for the others;
    SQLite testing each bit of every row measured more CPU)."""
    cells = _csv_cells(engine, formula_start, flag_names)
    return [*cells[:10], func.nullif(_C.flags, 0).label(f"flags [{FLAGS_CELL}]"), *cells[11:13],
            extra_text(_json_text(engine, _C.extra)).label(f"extra [{EXTRA_CELL}]")]


def _csv_cells(engine: Engine, formula_start: Iterable[str],
               flag_names: Mapping[int, str]) -> list[ColumnElement[Any]]:
    codes = [ord(s) for s in formula_start]  # one character each

    def neutral(col: Any) -> ColumnElement[Any]:
        return _neutral(engine, col, codes)

    return [_C.id, _C.ts, neutral(_C.kind), neutral(_C.platform), neutral(_C.msg_id), neutral(_C.user_id),
            neutral(_C.user_name), _bool_text(_C.follower), _C.fans_level, neutral(_C.text),
            _flag_list(_C.flags, flag_names), _C.item_ref, _bool_text(_C.deleted)]


def event_rows(engine: Engine, show_id: int, batch: int = BATCH) -> Iterator[Sequence[Any]]:
    """Batches of (seq, type, ts, data-as-stored-JSON-text), in seq order."""
    stmt = (select(_E.seq, _E.type, _E.ts, _json_text(engine, _E.data))
            .where(_E.show_id == show_id).order_by(_E.seq))
    return _stream(engine, stmt, batch)


# ---- the CSV's cells, built by the database ----------------------------------------------------------

def _neutral(engine: Engine, col: Any, codes: list[int]) -> ColumnElement[Any]:
    """`col`, with a leading quote when its first character starts a spreadsheet formula. The first
    character's code point (SQLite `unicode`, PostgreSQL `ascii`) measured 20% less CPU for a
    whole export than comparing `substr(col, 1, 1)`, a new string per cell."""
    first = func.unicode(col) if engine.dialect.name == "sqlite" else func.ascii(col)
    return case((first.in_([literal(c) for c in codes]), literal("'", Text) + col), else_=col)


def _flag_list(flags: Any, names: Mapping[int, str]) -> ColumnElement[Any]:
    """The flag bits as `name;name` (the CSV's flags column); most rows have none, and skip the test
    of each bit."""
    parts = [case((flags.op("&")(bit) != 0, literal(f"{name};", Text)), else_=literal("", Text))
             for bit, name in names.items()]
    joined: Any = parts[0]
    for p in parts[1:]:
        joined = joined.concat(p)
    return case((flags == 0, literal("", Text)), else_=func.rtrim(joined, ";"))


def _bool_text(col: Any) -> ColumnElement[Any]:
    return case((col, literal("True", Text)), else_=literal("False", Text))


def copy_comments_csv(engine: Engine, show_id: int, formula_start: Iterable[str], flag_names: Mapping[int, str],
                      out: IO[bytes]) -> None:
    """The show's comments as CSV rows (no header) written by PostgreSQL's COPY into `out`.

    Same columns and quoting rules as the SQLite path; `extra` is PostgreSQL's rendering of the
    stored JSON (jsonb: keys sorted, `": "` spacing), empty for none."""
    extra = cast(_C.extra, Text)
    stmt = select(
        *_csv_cells(engine, formula_start, flag_names),
        case((func.coalesce(extra, "null") == "null", literal("", Text)), else_=cast(cast(extra, JSONB), Text)),
    ).where(_C.show_id == show_id).order_by(_C.id)
    with engine.connect() as conn:
        sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
        cursor = conn.connection.cursor()
        try:
            with cursor.copy(f"COPY ({sql}) TO STDOUT WITH (FORMAT csv)") as copy:  # type: ignore[attr-defined]
                for block in copy:
                    out.write(block)
        finally:
            cursor.close()
