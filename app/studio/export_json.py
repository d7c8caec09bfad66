"""A show's comments as JSON objects from SQLite: the statement's cells (app.models.export_json_sql),
read as bytes, written into the object's template (its keys and quotes) by one bytes `%` per row, a
block of rows at a time, byte for byte what orjson writes of export_format.comment_json's dict.

A block is checked once joined: it holds no quote, backslash or control character (the JSON's own
are placeholders until then). A block that fails (a name with a quote, a line break in an id, a
NULL, a type the app never writes, an `extra` whose keys would replace a comment's own) is read
again by the exact statement (export_rows.comment_span_sql) and written by orjson a row at a time
(export_format.comment_json): correct whatever the data, at the old cost, for that block only.

Like the CSV's fast path it takes the text columns for UTF-8, as the app writes them: bytes of
another encoding in one (another tool's blob) are copied as they are, where the exact path writes
replacement marks, and a 0xFD-0xFF byte among them would read as a line break, backslash or quote.

Imports only the stdlib, orjson, app.core, app.models.export_reader, export_format and export_csv:
a parallel export's workers run this, never SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Generator, Sequence
from typing import IO, Any

import orjson

from app.models import export_reader as rd
from app.studio import export_csv as ec
from app.studio import export_format as ef

_Q = rd.JSON_PLACEHOLDERS[b'"']
_ROW = (b"{QidQ:%d,QtypeQ:Q%sQ,QplatformQ:Q%sQ,Qmsg_idQ:Q%sQ,QtsQ:%s,Quser_idQ:Q%sQ,Quser_nameQ:Q%sQ,QtextQ:Q%sQ,"
        b"QfollowerQ:%s,Qfans_levelQ:%d,QflagsQ:%s,Qitem_refQ:%s,QdeletedQ:%s%s").replace(b"Q", _Q)
# what only a cell that needs the exact path leaves: deleted as the placeholders are shown, a block
# that comes out shorter is refused (one pass; a regex search took seven times as long)
_REFUSED = bytes(range(0x20)) + b'"\\'
_SHOW = bytes.maketrans(b"".join(rd.JSON_PLACEHOLDERS.values()) + b"\xfd", b"".join(rd.JSON_PLACEHOLDERS) + b"\n")
_BETWEEN = b",\xfd "  # `,\n ` between objects, its line break a placeholder until the block is checked
_HIDE = bytes.maketrans(b"".join(rd.JSON_PLACEHOLDERS), b"".join(rd.JSON_PLACEHOLDERS.values()))
# the keys of a comment's own object: an `extra` holding one replaces its value there (dict.update)
_OWN_KEYS = frozenset({"id", "type", "platform", "msg_id", "ts", "user_id", "user_name", "text", "follower",
                       "fans_level", "flags", "item_ref", "deleted"})


def _flags_piece(raw: bytes) -> bytes:
    """The flags (an integer's digits) as their JSON list of names, quotes as placeholders."""
    return orjson.dumps(ef.flags_of(raw)).translate(_HIDE)


def _extra_piece(tagged: bytes) -> bytes:
    """What export_format._merge adds to the object, then its closing brace; a bare quote (the
    block's check fails) where the exact path must write it."""
    if tagged[:1] != b"j":
        return b"}" if tagged == b"n" else b'"'
    try:
        value = orjson.loads(tagged[1:])
    except orjson.JSONDecodeError:
        value = tagged[1:].decode(errors="replace")
    if isinstance(value, dict):
        if not _OWN_KEYS.isdisjoint(value):
            return b'"'
        pairs = orjson.dumps(value)[1:-1]
    else:
        pairs = b'"extra":' + orjson.dumps(value) if value else b""
    return (b"," + pairs + b"}" if pairs else b"}").translate(_HIDE)


_FLAGS = ef.CellMemo(_flags_piece)
_EXTRA = ef.CellMemo(_extra_piece)
CONVERTERS = {**ec.CONVERTERS, rd.FLAGS_JSON: _FLAGS.__getitem__, rd.EXTRA_JSON: _EXTRA.__getitem__}
# The flags as an apsw reader hands them over: the stored integer, or None (not an integer: refused).
_FLAGS_OF_INT = ef.CellMemo(lambda flags: None if flags is None else _flags_piece(flags))


def block(rows: Sequence[tuple[Any, ...]], converted: bool = True) -> bytes | None:
    """The rows' objects joined by `,\\n `, or None if one of them needs the exact path. `converted`:
    the flags and `extra` are their pieces already (sqlite3's converters), else their stored
    integer and tagged bytes (an apsw reader: app.models.export_apsw)."""
    try:
        stamps = orjson.dumps([r[4] for r in rows])[1:-1].split(b",")
    except TypeError:  # a blob among the times (orjson's JSONEncodeError is a TypeError)
        return None
    if len(stamps) != len(rows):  # text among the times (its comma split it)
        return None
    try:
        # the cells by name: a starred `*rest` costs more (export_csv.block)
        if converted:
            data = _BETWEEN.join([_ROW % (i, k, p, m, ts, u, n, t, fo, fa, fl, ir, de, x)
                                  for (i, k, p, m, _, u, n, t, fo, fa, fl, ir, de, x), ts
                                  in zip(rows, stamps, strict=True)])
        else:
            flags, extra = _FLAGS_OF_INT, _EXTRA
            data = _BETWEEN.join([_ROW % (i, k, p, m, ts, u, n, t, fo, fa, flags[fl], ir, de, extra[x])
                                  for (i, k, p, m, _, u, n, t, fo, fa, fl, ir, de, x), ts
                                  in zip(rows, stamps, strict=True)])
    except TypeError:  # a NULL, or a number where the app writes text
        return None
    shown = data.translate(_SHOW, _REFUSED)
    return shown if len(shown) == len(data) else None


def fast_rows(reader: sqlite3.Connection, fast_sql: str, span: tuple[int, int]) -> Generator[list[Any], None, None]:
    """The fast statement's rows for ids span[0]..span[1], a block at a time, its text cells as bytes."""
    return rd.span_rows(reader, fast_sql, span, text=bytes)


def write_json_body(reader: sqlite3.Connection, fast_sql: str, exact_sql: str, span: tuple[int, int],
                    out: IO[bytes], sep: bytes = b"") -> None:
    """The comments of ids span[0]..span[1] as JSON objects joined by `,\n ` (export_format.json_body),
    `sep` before the first; `reader` is opened by export_reader.connect with CONVERTERS."""
    write_json_blocks(fast_rows(reader, fast_sql, span), lambda s: rd.exact_rows(reader, exact_sql, s), True, out, sep)


def write_json_blocks(fast: Generator[list[Any], None, None], exact: ef.ExactRows, converted: bool, out: IO[bytes],
                      sep: bytes = b"") -> None:
    """The fast statement's rows (`converted`: by sqlite3's CONVERTERS, else an apsw worker's) as JSON
    objects, what the fast path refuses by `exact`. The reads are closed here, not when a failed
    write's traceback lets go of them: the caller has closed its connection by then, and their
    cursors' close would fail there ("Exception ignored")."""
    with contextlib.closing(comment_json(fast, exact, converted)) as blocks:
        ef.json_body(blocks, out, sep)


def comment_json(fast: Generator[list[Any], None, None], exact: ef.ExactRows,
                 converted: bool) -> Generator[bytes | list[bytes], None, None]:
    """The comments as JSON objects, a block at a time."""
    with contextlib.closing(fast) as batches:
        for rows in batches:
            for part, data in ef.fast_parts(rows, lambda r: block(r, converted)):
                if data is None:  # the same rows (the ids of the show within these bounds), exactly
                    yield from ef.comment_json(exact((part[0][0], part[-1][0])))
                else:
                    yield data
