"""Comments and events exported as JSON or CSV at disk speed (issue #22: 2M rows at ≥ 500k rows/s).

Rows come as plain tuples in batches (app.models.export_rows); CSV goes through the stdlib csv
writer, batch by batch, and JSON through orjson, one object per line. Nothing holds more than
one batch, so memory stays flat however long the show. Written to a temporary file beside the
target and renamed at the end: a failed export leaves nothing, and an old file stays as it was.
"""

from __future__ import annotations

import csv
import io
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import orjson

from app.core.comments import FLAG_NAMES, flag_names
from app.models import export_rows as xr
from app.models.store import Store
from app.studio.files import _FORMULA_START, csv_safe

EVENT_COLUMNS = ["seq", "type", "ts", "data"]
COMMENT_COLUMNS = ["id", "ts", "type", "platform", "msg_id", "user_id", "user_name", "follower", "fans_level", "text",
                   "flags", "item_ref", "deleted", "extra"]
_JSON_KEYS = ("id", "type", "platform", "msg_id", "ts", "user_id", "user_name", "text", "follower", "fans_level")
_OPTS = orjson.OPT_NON_STR_KEYS


def _extra(raw: str | None) -> dict[str, Any]:
    """A stored JSON column's value as a dict ({} for SQL NULL or JSON null)."""
    return (orjson.loads(raw) or {}) if raw is not None else {}


def _public(data: dict[str, Any]) -> dict[str, Any]:
    """A sealed lottery seed is stored under "_seed" and never leaves the studio that way."""
    return {k: v for k, v in data.items() if not k.startswith("_")}


# ---- rows to bytes ------------------------------------------------------------------------------------

def _comment_json(batches: Iterator[Sequence[Any]]) -> Iterator[list[bytes]]:
    names: dict[int, list[str]] = {}
    for batch in batches:
        out = []
        for r in batch:
            row = dict(zip(_JSON_KEYS, r, strict=False))
            f = r[10]
            row["flags"] = names[f] if f in names else names.setdefault(f, flag_names(f))
            row["follower"] = bool(r[8])  # SQLite's 0/1
            row["item_ref"], row["deleted"] = r[11], bool(r[12])
            if r[13] is not None:
                row.update(_extra(r[13]))
            out.append(orjson.dumps(row, option=_OPTS))
        yield out


def _event_json(batches: Iterator[Sequence[Any]]) -> Iterator[list[bytes]]:
    for batch in batches:
        yield [orjson.dumps({"seq": s, "type": t, "ts": ts, **_public(_extra(d))}, option=_OPTS)
               for s, t, ts, d in batch]


def _comment_csv(batches: Iterator[Sequence[Any]]) -> Iterator[Sequence[Any]]:
    """The SQL did the neutralising and flag names; only rows with an `extra` are touched here."""
    for batch in batches:
        yield [r if r[13] is None else (*r[:13], _csv_json(_extra(r[13]))) for r in batch]


def _event_csv(batches: Iterator[Sequence[Any]]) -> Iterator[Sequence[Any]]:
    for batch in batches:
        yield [(s, csv_safe(t), ts, csv_safe(orjson.dumps(_public(_extra(d)), option=_OPTS).decode()))
               for s, t, ts, d in batch]


def _csv_json(value: dict[str, Any]) -> str:
    return csv_safe(orjson.dumps(value, option=_OPTS).decode()) if value else ""


# ---- writing ------------------------------------------------------------------------------------------

def _write_json(chunks: Iterator[list[bytes]], out: IO[bytes]) -> None:
    out.write(b"[")
    sep = b"\n "
    for lines in chunks:
        if lines:
            out.write(sep + b",\n ".join(lines))
            sep = b",\n "
    out.write(b"\n]\n")


def _write_csv(columns: Sequence[str], chunks: Iterator[Sequence[Any]], out: IO[bytes]) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    try:
        writer = csv.writer(text)
        writer.writerow(columns)
        for rows in chunks:
            writer.writerows(rows)
        text.flush()
    finally:
        text.detach()  # the caller closes `out`


def stream_export(store: Store, show_id: int, what: str, fmt: str, out: Any) -> None:
    """`what` (comments or events) of a show as `fmt` (json or csv) to a Path or a stream."""
    engine = store.engine
    write: Callable[[IO[bytes]], None]
    if what == "comments" and fmt == "json":
        def write(f: IO[bytes]) -> None: _write_json(_comment_json(xr.comment_json_rows(engine, show_id)), f)
    elif what == "comments":
        rows = xr.comment_csv_rows(engine, show_id, _FORMULA_START, FLAG_NAMES)
        def write(f: IO[bytes]) -> None: _write_csv(COMMENT_COLUMNS, _comment_csv(rows), f)
    elif fmt == "json":
        def write(f: IO[bytes]) -> None: _write_json(_event_json(xr.event_rows(engine, show_id)), f)
    else:
        def write(f: IO[bytes]) -> None: _write_csv(EVENT_COLUMNS, _event_csv(xr.event_rows(engine, show_id)), f)
    if isinstance(out, Path):
        _to_file(out, write)
    elif isinstance(out, io.TextIOBase) and not hasattr(out, "buffer"):  # e.g. a StringIO
        buf = io.BytesIO()
        write(buf)
        out.write(buf.getvalue().decode("utf-8"))
    else:
        stream = getattr(out, "buffer", out)
        if out is sys.stdout or hasattr(out, "buffer"):
            out.flush()
        write(stream)
        stream.flush()


def _to_file(out: Path, write: Callable[[IO[bytes]], None]) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    tmp = Path(tmp_name)
    try:
        with open(fd, "wb", buffering=1 << 20) as f:
            write(f)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
