"""Issue #22 point 6: the fast JSON path reads each of a comment's cells on its own, as bytes
(app.models.export_json_sql), and the fast CSV path joins most of them in SQLite with a separator
byte of its own (export_csv_sql). A cell of another type than the app writes, in any column (a
number where a name belongs, NULL, a blob, a real where an integer belongs, a boolean of 2, a
formula), is written as orjson or csv.writer writes it, the row by the exact path: the fast block
refuses it, and a block of usual rows around it still matches byte for byte."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.core.comments import FLAG_NAMES
from app.core.text import FORMULA_START
from app.models import export_reader as rd
from app.models.db import make_engine
from app.models.export_csv_sql import comment_statements
from app.studio import export_csv as ec
from app.studio import export_json as ej
from tests.test_export_csv_exact import _both as _csv_both
from tests.test_export_csv_exact import _fast_block as _csv_block
from tests.test_export_csv_exact import db  # noqa: F401  (db: the fixture)
from tests.test_export_json_fast import _both

Show = tuple[str, int, list[int], list[int]]
COLUMNS = ["kind", "platform", "msg_id", "user_id", "user_name", "text", "follower", "fans_level", "item_ref",
           "deleted"]
# what another tool may have stored in a column the app fills with text, an integer or a boolean
OTHER = [None, 123, 4.5, b"\x01blob", "", 2, -1, "=1+1", "a,b", 'say "hi"', "two\nlines", "-5"]


def _row(con: sqlite3.Connection, show: int, cid: int, column: str, value: Any) -> None:
    cells: dict[str, Any] = {"kind": "comment", "platform": "douyin", "msg_id": f"m{cid}", "user_id": "10086",
                             "user_name": "观众", "text": "多少钱?", "follower": 1, "fans_level": 3,
                             "item_ref": None, "deleted": 0}
    cells[column] = value
    names = ", ".join(cells)
    con.execute(f"INSERT INTO comments (id, show_id, ts, flags, extra, {names}) "
                f"VALUES (?, ?, ?, 0, NULL, {', '.join('?' * len(cells))})",
                (cid, show, 1_764_000_000.25, *cells.values()))


def _stored(path: str, show: int, column: str) -> tuple[list[int], int]:
    """A row of each OTHER value in `column` (those the schema takes), then a usual row: their ids."""
    con = sqlite3.connect(path)
    base = con.execute("SELECT max(id) FROM comments").fetchone()[0] + 10
    stored = []
    with con:
        for j, value in enumerate(OTHER):
            try:
                _row(con, show, base + j, column, value)
            except sqlite3.IntegrityError:  # a NOT NULL column: no tool can store it
                continue
            stored.append(base + j)
        usual = base + len(OTHER)  # a usual row after them
        _row(con, show, usual, column, None if column == "item_ref" else 1 if column in (
            "follower", "deleted", "fans_level") else "ok")
    con.close()
    return stored, usual


@pytest.mark.parametrize("column", COLUMNS)
def test_another_type_in_any_column_is_written_as_orjson_writes_it(db: Show, column: str) -> None:  # noqa: F811
    path, show, _tricky, _odd = db
    stored, usual = _stored(path, show, column)
    base = stored[0]
    refused = 0
    for cid in [*stored, usual]:
        fast, exact, block = _both(path, show, (cid, cid))
        assert fast == exact, (column, cid - base, fast, exact)
        assert block is None or block == exact
        refused += block is None
    assert refused >= 1  # the blob at least (TEXT affinity stores a number as its text, which is the app's)
    fast, exact, _ = _both(path, show, (base, usual))
    assert fast == exact
    assert _both(path, show, (usual, usual))[2] is not None  # the usual row takes the fast path


@pytest.mark.parametrize("column", COLUMNS)
def test_another_type_in_any_column_is_written_as_csv_writer_writes_it(db: Show, column: str) -> None:  # noqa: F811
    path, show, _tricky, _odd = db
    stored, usual = _stored(path, show, column)
    for cid in [*stored, usual]:  # the CSV's fast statement quotes and neutralises `text` itself
        fast, exact = _csv_both(path, show, (cid, cid))
        assert fast == exact, (column, cid - stored[0], fast, exact)
        block = _csv_block(path, show, cid)
        assert block is None or block == exact
    assert _csv_both(path, show, (stored[0], usual))[0] == _csv_both(path, show, (stored[0], usual))[1]
    assert _csv_block(path, show, usual) is not None  # the usual row takes the fast path


# Bytes another tool stored as text that is not UTF-8: the placeholder bytes of the fast paths among them.
NOT_UTF8 = [b"A\xfbB", b"\xe9t\xe9", b"q\xffq", b"n\xfdl\xfc"]


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_text_that_is_not_utf8_never_stops_an_export_nor_breaks_its_rows(db: Show, fmt: str) -> None:  # noqa: F811
    """A name stored as TEXT that is not UTF-8, in a block with a row that needs the exact path: the
    export goes on (sqlite3 stopped it with "Could not decode to UTF-8"), and a stored 0xFB (the CSV
    separator's byte) never makes a fifteenth cell."""
    path, show, _tricky, _odd = db
    con = sqlite3.connect(path)
    base = con.execute("SELECT max(id) FROM comments").fetchone()[0] + 10
    with con:
        for j, raw in enumerate(NOT_UTF8):
            _row(con, show, base + j, "user_name", "x")
            con.execute("UPDATE comments SET user_name = CAST(? AS TEXT) WHERE id = ?", (raw, base + j))
        _row(con, show, base + len(NOT_UTF8), "user_name", 'needs "quotes", and the exact path')
    con.close()
    span = (base, base + len(NOT_UTF8))
    out = _export(path, show, fmt, span)
    if fmt == "json":
        rows = json.loads(b"[" + out + b"]")
        assert len(rows) == len(NOT_UTF8) + 1 and rows[-1]["user_name"] == 'needs "quotes", and the exact path'
        assert rows[0]["user_name"] == "A\ufffdB" and rows[1]["user_name"] == "\ufffdt\ufffd"
    else:
        lines = list(csv.reader(out.decode("utf-8", "replace").splitlines()))
        assert [len(cells) for cells in lines] == [14] * (len(NOT_UTF8) + 1)
        assert [cells[6] for cells in lines][:2] == ["A\ufffdB", "\ufffdt\ufffd"]
        alone = _export(path, show, fmt, (base, base))  # the 0xFB row in a block of its own
        assert [len(cells) for cells in csv.reader(alone.decode("utf-8", "replace").splitlines())] == [14]


def _export(path: str, show: int, fmt: str, span: tuple[int, int]) -> bytes:
    """The span as a parallel export's chunk writes it (fast path, exact path for refused blocks)."""
    engine = make_engine(Path(path))
    try:
        sql = comment_statements(engine, show, fmt, FORMULA_START, FLAG_NAMES)
    finally:
        engine.dispose()
    reader = rd.connect(path, ej.CONVERTERS)
    try:
        out = io.BytesIO()
        if fmt == "json":
            ej.write_json_body(reader, sql[0], sql[1], span, out)
        else:
            ec.comment_csv(reader, sql[0], sql[1], span, out)
    finally:
        reader.close()
    return out.getvalue()
