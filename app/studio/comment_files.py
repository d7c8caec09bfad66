"""A show's comments as CSV or JSON, fast: 2M rows in seconds, not minutes.

The rows come from `app.models.comment_export` with the CSV's per-cell work already done by the
database; here they are written as they come (CSV) or turned into objects by orjson (JSON). The
output is the same as before: the CSV's columns and quoting, JSON objects like `Comment.to_json`.
A path is written through a temporary file in the same folder and renamed at the end, so a
failed export leaves no file.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import orjson
from sqlalchemy import Engine

from app.core.comments import flag_names
from app.models.comment_export import CSV_COLUMNS, JSON_COLUMNS, comment_chunks


def write_comments(engine: Engine, show_id: int, fmt: str, columns: list[str], out: Any) -> int:
    """Write the show's comments as `fmt` (csv or json) to a path or a text stream; returns the count."""
    writer: Callable[[IO[str]], int]
    if fmt == "csv":
        def writer(stream: IO[str]) -> int:
            return _csv(engine, show_id, columns, stream)
    elif fmt == "json":
        def writer(stream: IO[str]) -> int:
            return _json(engine, show_id, stream)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    if not isinstance(out, Path):
        return writer(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    try:
        with open(fd, "w", encoding="utf-8", newline="", buffering=1 << 20) as stream:
            n = writer(stream)
        os.replace(tmp_name, out)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return n


def _readable(extra: str) -> str:
    """The stored JSON escapes Chinese as \\uXXXX; the file shows it as text, as it always did."""
    return json.dumps(json.loads(extra), ensure_ascii=False)


def _csv(engine: Engine, show_id: int, columns: list[str], stream: IO[str]) -> int:
    w = csv.writer(stream)
    w.writerow(columns)
    n = 0
    for rows in comment_chunks(engine, show_id, CSV_COLUMNS):
        w.writerows(r if not (r[13] and "\\u" in r[13]) else (*r[:13], _readable(r[13])) for r in rows)
        n += len(rows)
    return n


def _json(engine: Engine, show_id: int, stream: IO[str]) -> int:
    names: dict[int, list[str]] = {}
    loads, dumps = orjson.loads, orjson.dumps
    n = 0
    stream.write("[")
    for rows in comment_chunks(engine, show_id, JSON_COLUMNS):
        parts = []
        for cid, kind, platform, msg_id, ts, user_id, user_name, text, follower, fans, flags, item_ref, deleted, \
                extra in rows:
            fl = names.get(flags)
            if fl is None:
                fl = names[flags] = flag_names(flags)
            row = {"id": cid, "type": kind, "platform": platform, "msg_id": msg_id, "ts": ts, "user_id": user_id,
                   "user_name": user_name, "text": text, "follower": bool(follower), "fans_level": fans,
                   "flags": fl, "item_ref": item_ref, "deleted": bool(deleted)}
            if extra:
                row.update(loads(extra))
            parts.append(dumps(row).decode())
        stream.write(("\n " if n == 0 else ",\n ") + ",\n ".join(parts))
        n += len(rows)
    stream.write("\n]\n")
    return n
