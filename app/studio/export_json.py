"""A show's comments as JSON objects from SQLite: the statement's cells (app.models.export_json_sql)
joined by one bytes `%` per row, a block of rows at a time, byte for byte what the exact path
(a dict and orjson per row: export_format.comment_json) writes.

A block is checked once joined: exactly the template's quotes per row, one line break between rows,
and no backslash or other control character (the escapes the statement made are placeholders
until then). A block that fails (a quote in an id, a control character JSON writes as `\\u00XX`, a
type the app never writes) is read again by the exact statement and written the exact way, for
that block only.

Imports only the stdlib, orjson and app.core, as export_format: a parallel export's workers run this.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import IO, Any

import orjson

from app.core.comments import flag_names
from app.models import export_reader as rd
from app.studio import export_csv as ec
from app.studio import export_format as ef

# The keys in export_format.comment_json's order; fans_level and deleted come inside their cells.
_ROW = (b'{"id":%d,"type":"%s","platform":"%s","msg_id":"%s","ts":%s,"user_id":"%s","user_name":"%s",'
        b'"text":"%s","follower":%s,"flags":%s,"item_ref":%s%s}')
_QUOTES = _ROW.count(b'"') + 4  # with `"fans_level"` and `"deleted"`
_SEP = b",\n "
_HIDE = bytes.maketrans(b"".join(rd.JSON_PLACEHOLDERS), b"".join(rd.JSON_PLACEHOLDERS.values()))
_SHOW = bytes.maketrans(b"".join(rd.JSON_PLACEHOLDERS.values()), b"".join(rd.JSON_PLACEHOLDERS))
_REFUSED = bytes(range(0x20)).replace(b"\n", b"") + b"\\"  # never in a block the statement vouches for
_KEYS = frozenset(("id", "type", "platform", "msg_id", "ts", "user_id", "user_name", "text", "follower",
                   "fans_level", "flags", "item_ref", "deleted"))
_EXTRAS_KEPT = 4096  # distinct `extra` cells kept (a few MB at most)


def extra_json(raw: bytes) -> bytes:
    """A stored `extra` as it ends the row's object (`,"gift":"玫瑰",…`, placeholders for its quotes
    and backslashes); b"\\x01" (refused) for what the exact path must decide: not an object, or a key
    the row already has."""
    try:
        value = orjson.loads(raw) if raw else None
    except orjson.JSONDecodeError:
        return b"\x01"
    if not value:
        return b""
    if not isinstance(value, dict) or not _KEYS.isdisjoint(value):
        return b"\x01"
    return (b"," + orjson.dumps(value, None, orjson.OPT_NON_STR_KEYS)[1:-1]).translate(_HIDE)


class _ExtraJson(dict[bytes, bytes]):
    """stored `extra` -> its bytes in the row, for the values seen lately (export_csv._ExtraBytes)."""

    def __missing__(self, tagged: bytes) -> bytes:
        """`tagged`: b"n" for none, else b"j" and the stored text (export_json_sql)."""
        if len(self) >= _EXTRAS_KEPT:
            self.clear()
        cell = self[tagged] = extra_json(tagged[1:])
        return cell


class _FlagsJson(dict[bytes, bytes]):
    """flags (its digits) -> `["question","negative"]` with placeholder quotes, once per value."""

    def __missing__(self, flags: bytes) -> bytes:
        cell = self[flags] = orjson.dumps(flag_names(int(flags))).translate(_HIDE)
        return cell


# Every export reader's converters: the CSV's (export_csv) and the JSON statement's.
CONVERTERS = {**ec.CONVERTERS, rd.JSON_FLAGS: _FlagsJson().__getitem__, rd.JSON_EXTRA: _ExtraJson().__getitem__}


def block(rows: Sequence[tuple[Any, ...]]) -> bytes | None:
    """The rows' objects joined by `,\\n `, or None if one of them needs the exact path."""
    try:  # the floats as orjson writes them, in one call (the exact path's, there one object at a time)
        stamps = orjson.dumps([r[4] for r in rows])[1:-1].split(b",")
    except TypeError:  # the refused byte: not a float
        return None
    try:  # the cells by name: a starred `*rest` measured 0.3 us a row more
        data = _SEP.join([_ROW % (i, k, p, m, ts, u, n, t, ff, fl, rd_, x)
                          for (i, k, p, m, _, u, n, t, ff, fl, rd_, x), ts in zip(rows, stamps, strict=True)])
    except (TypeError, ValueError):  # a NULL where the app writes a value; a float orjson cannot write
        return None
    shown = data.translate(_SHOW, _REFUSED)  # one pass: placeholders back, anything refused dropped
    if len(shown) != len(data) or data.count(b'"') != _QUOTES * len(rows) or data.count(b"\n") != len(rows) - 1:
        return None
    return shown


def comment_json(reader: sqlite3.Connection, fast_sql: str, exact_sql: str, span: tuple[int, int], out: IO[bytes],
                 sep: bytes = b"") -> None:
    """The comments of ids span[0]..span[1] as JSON objects joined by `,\\n `, `sep` before the first
    (none: a part of a parallel export); `reader` is opened by export_reader.connect with CONVERTERS."""
    for rows in rd.span_rows(reader, fast_sql, span):
        data = block(rows)
        if data is None:  # the same rows (the ids of the show within these bounds), exactly
            ef.json_body(ef.comment_json(rd.span_rows(reader, exact_sql, (rows[0][0], rows[-1][0]))), out, sep)
        else:
            out.write(sep)
            out.write(data)
        sep = _SEP
