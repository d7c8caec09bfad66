"""A show's comments as JSON objects from SQLite, a block of rows at a time, byte for byte what the
exact path (a dict and an orjson call per row: export_format.comment_json) writes.

Each column of a block goes through orjson in one call (`zip(*rows)`: the block's columns), and
the call's output is cut into the cells: a string column's at `","` (inside a string orjson writes
every quote as `\\"`: where no `\\","` occurs, only a boundary between two strings reads `","`),
any other column's at `,`. orjson writes a value the same wherever it stands, so each cell is what
it writes inside the exact path's object; the row is the cells in a bytes template of the object's
keys. A column that does not cut into exactly one cell a row (a string column holding a number or
NULL, a text with a comma where numbers are stored), a string column holding `\\","`, or a value
orjson cannot write, sends the block to the exact path.

Imports only the stdlib, orjson, app.core, app.models.export_reader and export_format/export_csv:
a parallel export's workers run this, never SQLAlchemy.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from typing import IO, Any

import orjson

from app.core.comments import flag_names
from app.models import export_reader as rd
from app.studio import export_csv as ec
from app.studio import export_format as ef

# The keys in export_format.comment_json's order, as export_json_sql's cells come.
_ROW = (b'{"id":%s,"type":"%s","platform":"%s","msg_id":"%s","ts":%s,"user_id":"%s","user_name":"%s",'
        b'"text":"%s","follower":%s,"fans_level":%s,"flags":%s,"item_ref":%s,"deleted":%s%s}')
_SEP = b",\n "
_KEYS = frozenset(k.decode() for k in re.findall(rb'"(\w+)":', _ROW))  # an extra's own may not clash


class _Refused(Exception):
    """A column of the block the fast path cannot vouch for."""


def _strings(column: Iterable[Any], n: int) -> list[bytes]:
    """Each string of the column as orjson writes it, without its quotes (the template has them).

    A quote inside a string is written `\\"`, so a `","` that is not a boundary starts with an
    escaped quote: `a",` is `"a\\","` and its `","` would take the boundary after it. A block with
    `\\","` anywhere (also a string ending in a backslash before a boundary: rare) is refused."""
    raw = orjson.dumps(column)
    cells = raw[2:-2].split(b'","')
    if len(cells) != n or raw[:2] != b'["' or raw[-2:] != b'"]' or b'\\","' in raw:  # also: a number, a null
        raise _Refused
    return cells


def _values(column: Iterable[Any], n: int) -> list[bytes]:
    """Each value of a column of numbers, NULLs or booleans as orjson writes it."""
    cells = orjson.dumps(column)[1:-1].split(b",")
    if len(cells) != n:  # a text with a comma
        raise _Refused
    return cells


def extra_json(raw: bytes) -> bytes | None:
    """A stored `extra` as it ends the row's object (`,"gift":"玫瑰",…`); None (refused: the row's
    `%` fails) for what the exact path must decide: not an object, or a key the row already has."""
    try:
        value = orjson.loads(raw) if raw else None
    except orjson.JSONDecodeError:
        return None
    if not value:
        return b""
    if not isinstance(value, dict) or not _KEYS.isdisjoint(value):
        return None
    return b"," + orjson.dumps(value, None, orjson.OPT_NON_STR_KEYS)[1:-1]


# flags (its digits) -> `["question","negative"]`; a stored `extra` (tagged, as export_csv's) -> its bytes.
_FLAGS_JSON = ef.CellMemo(lambda flags: orjson.dumps(flag_names(int(flags))))  # an integer's digits
_EXTRA_JSON = ef.CellMemo(lambda tagged: extra_json(tagged[1:]))

# Every export reader's converters: the CSV's (export_csv) and the JSON statement's.
CONVERTERS = {**ec.CONVERTERS, rd.JSON_FLAGS: _FLAGS_JSON.__getitem__, rd.JSON_EXTRA: _EXTRA_JSON.__getitem__}


def block(rows: Sequence[tuple[Any, ...]]) -> bytes | None:
    """The rows' objects joined by `,\n `, or None if one of them needs the exact path."""
    n = len(rows)
    ids, kinds, platforms, msg_ids, ts, user_ids, names, texts, follower, fans, flags, refs, deleted, extras = \
        zip(*rows, strict=True)
    try:
        columns = (_values(ids, n), _strings(kinds, n), _strings(platforms, n), _strings(msg_ids, n),
                   _values(ts, n), _strings(user_ids, n), _strings(names, n), _strings(texts, n),
                   _values(list(map(bool, follower)), n), _values(fans, n), flags, _values(refs, n),
                   _values(list(map(bool, deleted)), n), extras)
        return _SEP.join([_ROW % cells for cells in zip(*columns, strict=True)])
    except (_Refused, TypeError):  # TypeError: orjson cannot write a value; flags or extra refused (None)
        return None


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
