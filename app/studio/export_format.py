"""Comment and event rows (the driver's own tuples, app.models.export_rows) turned into JSON or CSV bytes.

Imports only orjson, the stdlib and app.core: a parallel export's worker process runs this and
nothing of SQLAlchemy, Alembic or openpyxl (app.studio.export_worker), so it starts in ~0.05 s.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any

import orjson

from app.core.comments import flag_names
from app.core.text import csv_safe
from app.models.export_reader import EXTRA_CELL, FLAGS_CELL

_OPTS = orjson.OPT_NON_STR_KEYS


def extra(raw: str | None) -> dict[str, Any]:
    """A stored JSON column's value as a dict ({} for SQL NULL or JSON null)."""
    return (orjson.loads(raw) or {}) if raw is not None else {}


def public(data: dict[str, Any]) -> dict[str, Any]:
    """A sealed lottery seed is stored under "_seed" and never leaves the studio that way."""
    return {k: v for k, v in data.items() if not k.startswith("_")}


KEPT = 4096  # values a CellMemo keeps at most, before it starts again
LONGEST = 512  # a value longer than this (an `extra` of another tool: any size) is made, not kept


class CellMemo(dict[Any, Any]):
    """value -> `make(value)`, made once: a converter that is a dict's own `__getitem__` costs a C
    lookup for a value seen before, not a Python call. At most KEPT values of up to LONGEST
    (a memo of `extra` cells stays within a few MB), then it starts again."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, value: Any) -> Any:
        made = self._make(value)
        if not isinstance(value, str | bytes) or len(value) <= LONGEST:
            if len(self) >= KEPT:
                self.clear()
            self[value] = made
        return made


def flags_of(value: Any) -> list[str]:
    """The names of a row's flags; a value the app never writes (another tool's row), never an error:
    a number as its integer part, text as the integer it spells, anything else (inf, other text) none."""
    if type(value) is not int:
        try:
            value = int(value)
        except (TypeError, ValueError, OverflowError):
            value = 0
    return flag_names(value)


def comment_json(batches: Iterable[Sequence[Any]]) -> Iterator[list[bytes]]:
    """Row by row: a dict display and one orjson call per row measured less CPU than building the
    dicts column-wise (dict(zip(...)) per row) and one orjson call per block."""
    flags = CellMemo(flags_of)  # flags -> the list of its names
    dumps = orjson.dumps
    for batch in batches:
        out: list[bytes] = []
        add = out.append  # bound once, and orjson's option passed by position: ~0.08 us a row less
        for cid, ts, kind, platform, msg_id, uid, uname, follower, fans, text, fl, ref, deleted, more in batch:
            row = {"id": cid, "type": kind, "platform": platform, "msg_id": msg_id, "ts": ts, "user_id": uid,
                   "user_name": uname, "text": text, "follower": bool(follower), "fans_level": fans,
                   "flags": flags[fl], "item_ref": ref, "deleted": bool(deleted)}
            if more is not None:
                _merge(row, more)
            add(dumps(row, _as_text, _OPTS))
        yield out


def _as_text(value: Any) -> str:
    """orjson's `default`: a blob where the app stores text or a number (another tool's row) as text."""
    if isinstance(value, bytes):
        return _text(value)
    raise TypeError(type(value).__name__)


def _merge(row: dict[str, Any], stored: str | bytes) -> None:
    """A comment's `extra` into its object: an object's keys (a gift's, an order's), else (another
    tool's value: a list, a number, text that is not JSON) the value under "extra"."""
    stored = _text(stored)  # bytes not UTF-8 as replacement marks first, as an export worker reads a blob
    try:
        value = orjson.loads(stored)
    except orjson.JSONDecodeError:
        value = stored
    if isinstance(value, dict):
        row.update(value)
    elif value:
        row["extra"] = value


def _text(raw: str | bytes) -> str:
    """A stored `extra` that is not JSON, as text (bytes of another encoding: replacement marks)."""
    return raw.decode(errors="replace") if isinstance(raw, bytes) else raw


def flag_cell(flags: Any) -> str:
    """flags (a number, or its digits as bytes) -> the CSV's `name;name`."""
    return ";".join(flags_of(flags))


def extra_text_cell(raw: bytes | str) -> str:
    """A stored `extra` (JSON text) as the CSV's cell: orjson's compact JSON, neutralised, "" for {};
    text that is not JSON (another tool's row) as itself, neutralised."""
    try:
        return _csv_json(orjson.loads(raw) or {})
    except orjson.JSONDecodeError:
        return str(csv_safe(_text(raw)))


# The CSV's flags and extra cells made as sqlite3 reads them (app.models.export_reader.connect): a
# C call per flagged row, a Python one per row with an `extra`, nothing for the rest (10% less CPU
# for a whole CSV export than a Python pass over every row).
CONVERTERS = {FLAGS_CELL: CellMemo(flag_cell).__getitem__, EXTRA_CELL: extra_text_cell}


def blobs_as_text(batches: Iterable[Sequence[Any]]) -> Iterator[Sequence[Any]]:
    """Rows for csv.writer with each blob (another tool's, where the app stores text) as its text
    (bytes of another encoding: replacement marks), as the JSON export writes it and the fast CSV
    path copies it: csv.writer would write the blob's repr, `b'...'`. A test of the row's types
    only: the exact path writes few rows."""
    for batch in batches:
        yield [r if bytes not in map(type, r) else [_text(c) if isinstance(c, bytes) else c for c in r]
               for r in batch]


PART = 100  # rows: a refused block is tried again in parts of this size
# The exact path's rows of a span of ids (inclusive), as comment_json or write_csv takes them.
ExactRows = Callable[[tuple[int, int]], Iterable[Sequence[Any]]]


def fast_parts(rows: Sequence[Any],
               make: Callable[[Sequence[Any]], bytes | None]) -> Iterator[tuple[Sequence[Any], bytes | None]]:
    """A fast block of `rows` (`make`: export_json.block, export_csv.block), or when it is refused, its
    parts of PART rows, each made or refused (None: the exact path writes it). One name with a quote
    sent all of a block's 2,000 rows the exact way, at three times the CPU; now 100 of them."""
    data = make(rows)
    if data is not None or len(rows) <= PART:
        yield rows, data
        return
    for k in range(0, len(rows), PART):
        part = rows[k:k + PART]
        yield part, make(part)


def comment_csv(batches: Iterable[Sequence[Any]]) -> Iterator[Sequence[Any]]:
    """What CONVERTERS do, for rows read without them (`:memory:`: no other connection sees it; an
    export worker's apsw, whose statement hands flags and `extra` over as their text's bytes, as
    sqlite3 hands them to a converter: export_rows._blob_if_text), then blobs as text."""
    names = CellMemo(flag_cell)
    converted = ([r if r[10] is None and r[13] is None else
                  (*r[:10], "" if r[10] is None else names[r[10]], r[11], r[12],
                   "" if r[13] is None else extra_text_cell(r[13]))
                  for r in batch] for batch in batches)
    return blobs_as_text(converted)


def event_json(batches: Iterable[Sequence[Any]]) -> Iterator[list[bytes]]:
    for batch in batches:
        yield [orjson.dumps({"seq": s, "type": t, "ts": ts, **public(extra(d))}, option=_OPTS)
               for s, t, ts, d in batch]


def event_csv(batches: Iterable[Sequence[Any]]) -> Iterator[Sequence[Any]]:
    for batch in batches:
        yield [(s, csv_safe(t), ts, csv_safe(orjson.dumps(public(extra(d)), option=_OPTS).decode()))
               for s, t, ts, d in batch]


def _csv_json(value: dict[str, Any]) -> str:
    return csv_safe(orjson.dumps(value, option=_OPTS).decode()) if value else ""


def write_json(chunks: Iterable[bytes | list[bytes]], out: IO[bytes]) -> None:
    """`[`, one object per line, `]`; a chunk is a block already joined or a list of objects."""
    out.write(b"[")
    json_body(chunks, out, b"\n ")
    out.write(b"\n]\n")


def json_body(chunks: Iterable[bytes | list[bytes]], out: IO[bytes], sep: bytes = b"") -> None:
    """The objects of `chunks`, `,\n ` between them, `sep` before the first (if any)."""
    for chunk in chunks:
        if chunk:
            out.write(sep + (chunk if isinstance(chunk, bytes) else b",\n ".join(chunk)))
            sep = b",\n "


def write_csv(columns: Sequence[str] | None, chunks: Iterable[Iterable[Any]], out: IO[bytes]) -> None:
    """The header row (unless None), then the rows."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    try:
        writer = csv.writer(text)
        if columns is not None:
            writer.writerow(columns)
        for rows in chunks:
            writer.writerows(rows)
        text.flush()
    finally:
        text.detach()  # the caller closes `out`

