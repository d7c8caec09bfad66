"""Issue #22 point 6 and "nothing dies on a row": the JSON export of a show's comments (a dict and an
orjson call per row, export_format.comment_json, for the blocks export_json's fast path refuses)
writes valid JSON with every value as stored, for
rows a merchant's show can hold and rows only another tool could store (text where numbers are,
flags of 1.5, text or infinity, an `extra` that is not an object, not JSON, or clashing with the row's keys),
which stopped the export before."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path
from typing import Any

from app.core.comments import FLAG_NAMES
from app.core.text import FORMULA_START
from app.models import export_reader as rd
from app.models.db import make_engine
from app.models.export_csv_sql import comment_statements
from app.studio import export_json as ej
from tests.test_export_csv_exact import ODD, _rows, comment_span_for, db  # noqa: F401  (db: the fixture)

Show = tuple[str, int, list[int], list[int]]
# (ts, user_name, text, extra): another tool's rows, and names and comments of quotes, commas and backslashes.
JSON_ODD = [("1,5", "u", "x", None), (1.5, "u", "x", '{"text": "over"}'), (1.5, "u", "x", '{"id": 5}'),
            (1.5, "u", "x", '"just text"'), (1.5, "u", "x", "[1, 2]"), (1.5, "u", "x", "not json"),
            ("no comma", "u", "x", None), (1.5, 'a","b', '","', None), (1.5, "\\", "bell\x07\\", None),
            (1.5, 'ends",', 'a",', None), (1.5, "b", "x\\\\", "0")]


def _json(path: str, show: int, span: tuple[int, int]) -> list[dict[str, Any]]:
    """The span's objects as the export writes them (export_json.write_json_body), parsed back."""
    engine = make_engine(Path(path))
    try:
        sql = comment_statements(engine, show, "json", FORMULA_START, FLAG_NAMES)
    finally:
        engine.dispose()
    reader = rd.connect(path, ej.CONVERTERS)
    try:
        out = io.BytesIO()
        ej.write_json_body(reader, sql[0], sql[1], span, out)
    finally:
        reader.close()
    return json.loads(b"[" + out.getvalue() + b"]")  # type: ignore[no-any-return]


def _add(path: str, show: int, rows: list[tuple[Any, str, str, str | None]]) -> list[int]:
    """Comments of (ts, user_name, text, extra), after every other row."""
    con = sqlite3.connect(path)
    with con:
        base = con.execute("SELECT max(id) FROM comments").fetchone()[0] + 10
        for j, (ts, user_name, text, extra) in enumerate(rows):
            con.execute("INSERT INTO comments (id, show_id, platform, msg_id, kind, ts, user_id, user_name, text, "
                        "follower, fans_level, flags, item_ref, deleted, extra) VALUES "
                        "(?, ?, 'douyin', ?, 'comment', ?, ?, ?, ?, 0, 0, 0, NULL, 0, ?)",
                        (base + j, show, f"j{j}", ts, f"{1_000_000 + j}", user_name, text, extra))
    con.close()
    return [base + j for j in range(len(rows))]


def test_a_merchants_rows_and_another_tools_come_out_as_stored(db: Show) -> None:  # noqa: F811
    """Every row of the CSV test's show (quotes, line breaks, control characters, emoji, formulas,
    every kind of `extra`, floats from 5e-324 to 1e308) and its odd ones, in one export: valid JSON,
    each value as stored; an `extra` object's keys join the row's (a clashing one takes its value),
    anything else under "extra"; flags that are not an integer as their integer part (inf: none)."""
    path, show, _tricky, odd = db
    objects = _json(path, show, comment_span_for(path, show))
    assert len(objects) == len(_rows()) + len(ODD)
    by_text = {o["text"]: o for o in objects[:len(_rows())]}
    assert by_text['他说"好"']["flags"] == [] and by_text["质量差, 退款"]["flags"] == ["question"]
    assert by_text["好看\n真的"]["item_ref"] is None and by_text["铃声\x07在这"]["type"] == "comment"
    assert any(o.get("gift") == "玫瑰" and o.get("count") == 2 and o["type"] == "gift" for o in objects)
    assert [o["ts"] for o in objects[len(_rows()) - 11:len(_rows()) - 1]][:3] == [1_764_000_000.123456, 0.1, 1e-7]
    odd_by_id = {o["id"]: o for o in objects[len(_rows()):]}
    assert [odd_by_id[cid]["flags"] for cid in odd[-4:]] == [["question"], [], [], []]  # 1.5 is 1; inf none
    assert odd_by_id[odd[-2]]["extra"] == "not json" and odd_by_id[odd[6]]["ts"] == "not a number"

    added = _add(path, show, JSON_ODD)
    got = _json(path, show, (added[0], added[-1]))  # in id order
    assert [o["user_name"] for o in got] == [r[1] for r in JSON_ODD]
    assert [o["text"] for o in got[6:]] == ["x", '","', "bell\x07\\", 'a",', "x\\\\"]
    assert got[0]["ts"] == "1,5" and got[6]["ts"] == "no comma"
    assert got[1]["text"] == "over" and got[2]["id"] == 5  # the stored extra's value, as always
    assert got[3]["extra"] == "just text" and got[4]["extra"] == [1, 2]
    assert got[5]["extra"] == "not json" and "extra" not in got[10]  # 0: nothing, as {}
