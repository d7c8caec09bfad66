"""A show's comments as CSV rows from SQLite: the statement's cells (app.models.export_csv_sql) joined
by one bytes `%` per row, a block of rows at a time, byte for byte what csv.writer writes.

A block is checked once joined: it holds no comma, quote, CR or LF (the row's own and the quoted
cells' own are placeholders until then: one `translate` shows them and deletes the others, and a
block that comes out shorter is refused), exactly 13 separators a row (a stored 0xFB, another tool's
bytes, would show as a comma), and no cell after a separator starts a formula. A block that fails
(a cell the statement leaves unquoted needs quoting, a negative number, a type the app never
writes) is read again by the exact statement (export_rows.comment_span_sql) and written by
csv.writer (export_format): correct whatever the data, at the old cost, for that block only.

Imports only the stdlib, orjson, app.core, app.models.export_reader and export_format: a parallel
export's workers run this, never SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Generator, Sequence
from typing import IO, Any

import orjson

from app.core.text import FORMULA_START
from app.models import export_reader as rd
from app.studio import export_format as ef

_SEP, _CRLF = rd.CSV_SEPARATOR, rd.PLACEHOLDERS[b"\r"] + rd.PLACEHOLDERS[b"\n"]
# ts as stamps_of writes it; type … text come as one cell (export_csv_sql), and item_ref,deleted
_ROW = b"%d" + _SEP + _SEP.join([b"%s"] * 5) + _CRLF
_SEPS = 13  # between the CSV's 14 cells: the statement's and the template's; one more came from a cell
_FORMULA = re.compile(re.escape(_SEP) + rb"[-=+@\t]")  # a cell starting a formula (CR: a line break, refused)
_HIDE = bytes.maketrans(b"".join(rd.PLACEHOLDERS), b"".join(rd.PLACEHOLDERS.values()))
_SHOW = bytes.maketrans(b"".join(rd.PLACEHOLDERS.values()) + _SEP, b"".join(rd.PLACEHOLDERS) + b",")
_REFUSED = rd.QUOTED_BY_CSV.encode()  # left by a cell that needed quoting, or put by a check that failed
_FORMULA_BYTES = frozenset(c.encode() for c in FORMULA_START)
_QUOTED = frozenset(rd.QUOTED_BY_CSV.encode())


def extra_csv_cell(raw: bytes) -> bytes:
    """A stored `extra` as export_format.extra_text_cell makes its cell, quoted, with placeholders;
    made as bytes (a third of the CPU of making the str and encoding it). Text that is not JSON
    makes a comma, which fails the block's check: the exact path writes it."""
    try:
        value = orjson.loads(raw) if raw else None
    except orjson.JSONDecodeError:
        return b","
    if not value:
        return b""
    cell = orjson.dumps(value, None, orjson.OPT_NON_STR_KEYS)
    if cell[:1] in _FORMULA_BYTES:
        cell = b"'" + cell
    if not _QUOTED.isdisjoint(cell):
        return (b'"' + cell.replace(b'"', b'""') + b'"').translate(_HIDE)
    return cell


# Floats where orjson writes what repr (csv.writer, `%r`) writes: repr takes exponents below 1e-4 and
# from 1e16, orjson from other bounds (1e-05 is `0.00001` there). Within them both write the shortest
# digits that read back as the same float (tests/test_export_csv_exact.py checks ~600,000).
_SAME_FLOATS = (1e-4, 1e16)


def stamps_of(values: list[Any]) -> list[bytes]:
    """Each value as `%r` writes it, for a block of rows' timestamps: one orjson call where every
    value is a float orjson writes the same way, 0.05 us a row against repr's 0.4-1.2 (a third of a
    block's formatting; 9% fewer instructions a row for the whole CSV export, callgrind). Any value
    but a float (a NULL, text or a blob, which the app never writes) comes out as a quote: the
    block's check fails and the exact path writes it."""
    try:
        if values and min(values) >= _SAME_FLOATS[0] and max(values) < _SAME_FLOATS[1]:
            out = orjson.dumps(values)[1:-1].split(b",")
            if len(out) == len(values):  # only numbers: no text, whose comma would split
                return out
    except TypeError:  # a text or NULL among the floats (orjson's JSONEncodeError is one)
        pass
    return [b"%r" % v if type(v) is float else b'"' for v in values]


# The cells of the fast statement's flags and `extra` (tagged: b"n" for none, else b"j" and the stored
# text, export_csv_sql); a gift or an order of the same kind repeats the same `extra`.
_FLAG_BYTES = ef.CellMemo(lambda flags: ef.flag_cell(flags).encode())
_EXTRA_BYTES = ef.CellMemo(lambda tagged: extra_csv_cell(tagged[1:]))

CONVERTERS = {**ef.CONVERTERS, rd.FLAGS_BYTES: _FLAG_BYTES.__getitem__, rd.EXTRA_BYTES: _EXTRA_BYTES.__getitem__}
# The flags as an apsw reader hands them over: the stored integer, or None (not an integer: refused).
_FLAGS_OF_INT = ef.CellMemo(lambda flags: None if flags is None else ef.flag_cell(flags).encode())


def block(rows: Sequence[tuple[Any, ...]], converted: bool = True) -> bytes | None:
    """The rows' CSV, or None if one of them needs the exact path. `converted`: the flags and `extra`
    are their cells already (sqlite3's converters), else their stored integer and tagged bytes (an
    apsw reader: app.models.export_apsw)."""
    stamps = stamps_of([r[1] for r in rows])
    try:
        # the cells by name: a starred `*rest` measured 0.3 us a row more
        if converted:
            data = b"".join([_ROW % (i, ts, mid, fl, rd_, x)
                             for (i, _, mid, fl, rd_, x), ts in zip(rows, stamps, strict=True)])
        else:
            flags, extra = _FLAGS_OF_INT, _EXTRA_BYTES
            data = b"".join([_ROW % (i, ts, mid, flags[fl], rd_, extra[x])
                             for (i, _, mid, fl, rd_, x), ts in zip(rows, stamps, strict=True)])
    except TypeError:  # a NULL or text where the app writes a number
        return None
    if data.count(_SEP) != _SEPS * len(rows) or _FORMULA.search(data):
        return None
    shown = data.translate(_SHOW, _REFUSED)
    return shown if len(shown) == len(data) else None


def comment_csv(reader: sqlite3.Connection, fast_sql: str, exact_sql: str, span: tuple[int, int],
                out: IO[bytes]) -> None:
    """The comments of ids span[0]..span[1] as CSV rows (no header); `reader` is opened by
    export_reader.connect with CONVERTERS."""
    write_csv_blocks(rd.span_rows(reader, fast_sql, span, text=bytes),
                     lambda s: ef.blobs_as_text(rd.exact_rows(reader, exact_sql, s)), True, out)


def write_csv_blocks(fast: Generator[list[Any], None, None], exact: ef.ExactRows, converted: bool,
                     out: IO[bytes]) -> None:
    """The fast statement's rows (`converted`: by sqlite3's CONVERTERS, else an apsw worker's) as CSV
    rows, what the fast path refuses by `exact` (a span's rows, as csv.writer takes them)."""
    with contextlib.closing(fast) as batches:
        for rows in batches:
            for part, data in ef.fast_parts(rows, lambda r: block(r, converted)):
                if data is None:  # the same rows (the ids of the show within these bounds), exactly
                    ef.write_csv(None, exact((part[0][0], part[-1][0])), out)
                else:
                    out.write(data)
