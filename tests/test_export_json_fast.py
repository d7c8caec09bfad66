"""Issue #22 point 6: the fast JSON path (a block's columns through orjson, cut into cells and joined
by bytes `%`: app.studio.export_json) writes byte for byte what the exact path (a dict and orjson
per row) writes, for rows a merchant's show can hold and rows only another tool could store, and
takes the fast path where it should; and the CSV's timestamps written through orjson are what repr
writes."""

from __future__ import annotations

import io
import json
import random
import struct
from pathlib import Path
from typing import Any

import orjson
import pytest

from app.core.comments import FLAG_NAMES
from app.core.text import FORMULA_START
from app.models import export_reader as rd
from app.models.db import make_engine
from app.models.export_csv_sql import comment_statements
from app.studio import export_csv as ec
from app.studio import export_format as ef
from app.studio import export_json as ej
from tests.test_export_csv_exact import ODD, _rows, comment_span_for, db  # noqa: F401  (db: the fixture)

Show = tuple[str, int, list[int], list[int]]
# What the fast path refuses (ts, user_name, text, extra): a comma in text stored where numbers are, an
# `extra` whose keys are the row's own, or that is not an object or not JSON; and rows it takes.
JSON_ODD = [("1,5", "u", "x", None, True), (1.5, "u", "x", '{"text": "over"}', True),
            (1.5, "u", "x", '{"id": 5}', True), (1.5, "u", "x", '"just text"', True), (1.5, "u", "x", "[1, 2]", True),
            (1.5, "u", "x", "not json", True), ("no comma", "u", "x", None, False),
            (1.5, 'a","b', '","', None, False), (1.5, "\\", "bell\x07\\", None, False),
            (1.5, 'ends",', 'a",', None, True), (1.5, "b", "x\\\\", None, False), (1.5, "c", 'quote",', None, True)]


def _statements(path: str, show: int) -> tuple[str, str]:
    engine = make_engine(Path(path))
    try:
        fast, exact = comment_statements(engine, show, "json", FORMULA_START, FLAG_NAMES)
    finally:
        engine.dispose()
    return fast, exact


def _both(path: str, show: int, span: tuple[int, int]) -> tuple[bytes, bytes, bytes | None]:
    """The span's objects by the fast path (with its fallback), by the exact path alone, and the fast
    block of its rows (None: refused)."""
    fast_sql, exact_sql = _statements(path, show)
    reader = rd.connect(path, ej.CONVERTERS)
    try:
        fast, exact = io.BytesIO(), io.BytesIO()
        ej.comment_json(reader, fast_sql, exact_sql, span, fast)
        ef.json_body(ef.comment_json(rd.span_rows(reader, exact_sql, span)), exact)
        blocks = list(rd.span_rows(reader, fast_sql, span))
        block = ej.block(blocks[0]) if len(blocks) == 1 else None
    finally:
        reader.close()
    return fast.getvalue(), exact.getvalue(), block


def _add(path: str, show: int, rows: list[tuple[Any, str, str, str | None]]) -> list[int]:
    """Comments of (ts, user_name, text, extra), after every other row."""
    import sqlite3

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


def test_tricky_rows_are_written_by_the_fast_path_byte_for_byte(db: Show) -> None:  # noqa: F811
    """Quotes, backslashes, tabs, CR and LF in a name or a comment, control characters, emoji,
    formulas, every kind of `extra`, floats from 5e-324 to 1e308, huge and NULL ids: each row alone,
    then the whole show in one span, as the exact path writes them, and valid JSON; only rows with
    an `extra` that is not an object needed the exact way."""
    path, show, tricky, _odd = db
    for cid, row in zip(tricky, _rows(), strict=True):
        fast, exact, block = _both(path, show, (cid, cid))
        assert fast == exact, (cid, fast, exact)
        assert (block is None) == _needs_exact(row), row
        assert block is None or block == exact
    fast, exact, _ = _both(path, show, comment_span_for(path, show))
    assert fast == exact
    objects = json.loads(b"[" + exact + b"]")
    assert len(objects) == len(_rows()) + len(ODD)
    by_text = {o["text"]: o for o in objects}
    assert by_text['他说"好"']["flags"] == [] and by_text["质量差, 退款"]["flags"] == ["question"]
    assert by_text["好看\n真的"]["item_ref"] is None
    assert any(o.get("gift") == "玫瑰" and o.get("count") == 2 and o["type"] == "gift" for o in objects)


def _needs_exact(row: tuple[Any, ...]) -> bool:
    """What the fast path hands the exact one among _rows(): an `extra` that is not an object."""
    extra = orjson.loads(row[12]) if row[12] is not None else None
    return bool(extra) and not isinstance(extra, dict)


def test_rows_the_fast_path_cannot_vouch_for_go_the_exact_way(db: Show) -> None:  # noqa: F811
    """Rows only another tool could store (the CSV's odd ones: text where numbers are, negative
    numbers, a NUL) are taken by the fast path as the exact one writes them; a text with a comma
    where numbers are, flags that are not an integer, or an `extra` whose keys are the row's own or
    that is not an object, is refused and written exactly, and nothing in them stops the export."""
    path, show, _tricky, odd = db
    for cid, row in zip(odd, ODD, strict=True):
        fast, exact, block = _both(path, show, (cid, cid))
        assert fast == exact, (cid, fast, exact)
        assert block == (None if type(row[9]) is not int or row[12] == "not json" else exact), row
    added = _add(path, show, [r[:4] for r in JSON_ODD])
    for cid, (*_row, refused) in zip(added, JSON_ODD, strict=True):
        fast, exact, block = _both(path, show, (cid, cid))
        assert fast == exact, (cid, fast, exact)
        assert (block is None) == refused, cid
    fast, exact, _ = _both(path, show, (added[0], added[-1]))  # in one block: `a",` and `x\\` beside others
    assert fast == exact
    by_id = {o["id"]: o for o in json.loads(b"[" + fast + b"]")}
    assert by_id[added[0]]["ts"] == "1,5" and by_id[added[6]]["ts"] == "no comma"
    assert by_id[added[1]]["text"] == "over"  # the stored extra wins, as it always did
    assert by_id[added[3]]["extra"] == "just text" and by_id[added[4]]["extra"] == [1, 2]
    assert by_id[added[5]]["extra"] == "not json"
    odd_flags = {o["id"]: o["flags"] for o in json.loads(b"[" + _both(path, show, (odd[0], odd[-1]))[0] + b"]")}
    assert [odd_flags[cid] for cid in odd[-3:]] == [["question"], [], []]  # 1.5 read as 1, as SQLite's `&` does
    assert by_id[added[7]]["user_name"] == 'a","b' and by_id[added[7]]["text"] == '","'
    assert by_id[added[8]]["text"] == "bell\x07\\" and by_id[added[9]]["text"] == 'a",'
    assert by_id[added[10]]["text"] == "x\\\\" and by_id[added[11]]["text"] == 'quote",'


def test_a_show_of_ordinary_comments_takes_the_fast_path_in_blocks(db: Show) -> None:  # noqa: F811
    """2,500 comments as a room writes them (quotes, line breaks and backslashes in comments and names,
    gifts and orders): every block is vouched for whole, and the export is what the exact path writes."""
    path, show, _tricky, _odd = db
    texts = ["主播好美", '=HYPERLINK("x")', "好看\n真的", "C:\\路径", "\t缩进", "多少钱?"]
    extras = [None, '{"gift": "玫瑰", "count": 2, "value": 10}', '{"sku": "SKU-1", "quantity": 1, "amount": 9900}']
    added = _add(path, show, [(1_764_000_000 + i / 7, f'观众"{i}"号\\好', texts[i % 6], extras[i % 3])
                              for i in range(2_500)])
    fast_sql, _exact = _statements(path, show)
    reader = rd.connect(path, ej.CONVERTERS)
    try:
        blocks = [ej.block(rows) for rows in rd.span_rows(reader, fast_sql, (added[0], added[-1]))]
    finally:
        reader.close()
    assert len(blocks) == 2 and all(b is not None for b in blocks)
    fast, exact, _ = _both(path, show, (added[0], added[-1]))
    assert fast == exact and len(json.loads(b"[" + fast + b"]")) == 2_500


@pytest.mark.parametrize("seed", [1, 2])
def test_stamps_are_what_repr_writes_for_every_float(seed: int) -> None:
    """export_csv.stamps_of (the CSV's) writes orjson's floats where they agree with repr: random bit patterns and
    decimal timestamps across every magnitude, each block as `%r` would write it."""
    rng = random.Random(seed)
    floats = [struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0] for _ in range(100_000)]
    floats = [f for f in floats if f == f]  # NaN cannot be stored (SQLite makes it NULL)
    floats += [rng.uniform(1, 10) * 10.0 ** e for e in range(-30, 30) for _ in range(2_000)]
    floats += [round(rng.uniform(1.6e9, 1.9e9), rng.randrange(8)) for _ in range(100_000)]
    floats += [1e-4, 9.999999999999999e-05, 1e16, 9999999999999998.0, 5e-324, float("inf"), -0.0, 0.0]
    for i in range(0, len(floats), 2_000):
        chunk = floats[i:i + 2_000]
        assert ec.stamps_of(chunk) == [repr(f).encode() for f in chunk]
        in_range = [f for f in chunk if 1e-4 <= f < 1e16]
        assert orjson.dumps(in_range)[1:-1].split(b",") == [repr(f).encode() for f in in_range] or not in_range
    assert ec.stamps_of([1.5, "x,y"]) == [b"1.5", b"'x,y'"] and ec.stamps_of([]) == []


def test_random_strings_of_quotes_commas_and_backslashes_come_out_exactly(db: Show) -> None:  # noqa: F811
    """3,000 names and comments drawn from `"`, `,`, `\\`, a letter, a line break, a control
    character and a Chinese one, 0-6 of them, in blocks of 2,000: what the exact path writes (without
    the refusal of `\\","`, a `a",` took the boundary after it and a name landed in the wrong row)."""
    path, show, _tricky, _odd = db
    rng = random.Random(7)
    alphabet = ['"', ",", "\\", "a", "\n", "\x01", "好"]

    def word() -> str:
        return "".join(rng.choice(alphabet) for _ in range(rng.randrange(7)))

    added = _add(path, show, [(1_764_000_000 + i / 3, word(), word(), None) for i in range(3_000)])
    fast, exact, _ = _both(path, show, (added[0], added[-1]))
    assert fast == exact
    assert [o["text"] for o in json.loads(b"[" + fast + b"]")][-3_000:] == \
        [r[2] for r in _rows_of(path, added)]


def _rows_of(path: str, ids: list[int]) -> list[tuple[Any, ...]]:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT ts, user_name, text FROM comments WHERE id BETWEEN {ids[0]} AND {ids[-1]} "
                           "ORDER BY id").fetchall()
    finally:
        con.close()
