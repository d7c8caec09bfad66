"""Issue #22 point 6: the fast CSV path (SQLite's cells joined by bytes `%`, app.studio.export_csv)
writes byte for byte what the exact path (the csv module over the exact statement) writes, for rows a
merchant's show can hold and rows only another tool could store, and takes the fast path where it should."""

from __future__ import annotations

import csv
import io
import random
import sqlite3
import struct
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest

from app.core.comments import FLAG_NAMES, NEGATIVE, PRODUCT, QUESTION
from app.core.text import FORMULA_START
from app.models import export_reader as rd
from app.models.db import DB_NAME, open_database
from app.models.export_csv_sql import comment_statements
from app.models.export_rows import comment_span
from app.models.store import Store
from app.studio import export_csv as ec
from app.studio import export_format as ef

T = 1_764_000_000.123456
# (ts, kind, platform, msg_id-suffix, user_id, user_name, follower, fans_level, text, flags, item_ref, deleted, extra)
TEXTS = ['他说"好"', "质量差, 退款", "好看\n真的", "回车\r这里", "\r开头", "=HYPERLINK(\"http://x\",\"点我\")", "+1",
         "-5 块?", "@主播", "\t缩进", "emoji 🎉👍🏻", "铃声\x07在这", "'已经有引号", "", " 空格 ", "a\r\nb", '"', ",",
         '""', "普通的评论", "x" * 3000]
EXTRAS = [None, '{"gift": "玫瑰", "count": 2, "value": 10}', '{"sku":"SKU-1","quantity":1,"amount":9900}', "null",
          "{}", "[]", '"=1+1"', "-5", "0", "1e21", '{"a": {"b": [1, 2.5, "x,y", "say \\"hi\\"", null, true]}}',
          '{"line": "a\\nb", "tab": "\\t", "u": "\\u73ab\\u7470", "f": 0.1, "g": 1e-7, "big": 12345678901234567890}',
          '{"dup": 1, "dup": 2}', '{"_seed": "kept in comments"}']
FLOATS = [T, 0.1, 1e-7, 1e21, 5e-324, 1.7976931348623157e308, 1_764_000_000.0, 2.0 ** 31 + 0.5, 123456789.0,
          -0.0]  # SQLite stores -0.0 as 0


def _rows() -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for i, text in enumerate(TEXTS):
        rows.append((T + i, "comment", "douyin", "", f"u{i}", f"观众{i}", i % 2, i % 7, text,
                     [0, QUESTION, QUESTION | NEGATIVE, PRODUCT, 1023][i % 5], None if i % 3 else i, i % 4 == 1,
                     EXTRAS[i % len(EXTRAS)]))
    for i, extra in enumerate(EXTRAS):
        rows.append((T + 100 + i, "gift", "taobao", "", "u", "买家", 1, 3, "", 0, None, 0, extra))
    for ts in FLOATS:
        rows.append((ts, "like", "kuaishou", "", "u", "点赞", 0, 0, "", 0, None, 0, None))
    rows.append((T, "order", "tiktok", "", "u" * 80, "名" * 120, 2, 2**62, "", 0, 2**62, 7, None))
    return rows


# Rows the fast statement does not quote itself, or values of a type the app never writes: the exact path.
ODD = [(T, "comment", "douyin", "", "u", 'nick "q"', 0, 0, "x", 0, None, 0, None),
       (T, "comment", "douyin", "", "u", "a,b", 0, 0, "x", 0, None, 0, None),
       (T, "comment", "douyin", "", "u", "=cmd", 0, 0, "x", 0, None, 0, None),
       (T, "comment", "douyin", "", "line\nbreak", "u", 0, 0, "x", 0, None, 0, None),
       (T, "comment", "douyin", "", "u", "u", 0, -3, "x", 0, -7, 0, None),
       (-5.0, "comment", "douyin", "", "u", "u", 0, 0, "x", 0, None, 0, None),
       ("not a number", "comment", "douyin", "", "u", "u", 0, 0, "x", 0, None, 0, None),
       (b"1.5", "comment", "douyin", "", "u", "u", 0, 0, "x", 0, None, 0, None),
       (T, "comment", "douyin", "", "u", "u", 0, "high", "x", 0, None, 0, None),
       (T, "comment", "douyin", "", "u", "u", 0, 2.5, "x", 0, 1.5, 0, None),
       (T, "comment", "douyin", "", "u", "u", 0, 0, "NUL\x00, then a comma", 0, None, 0, None),
       (T, "comment", "douyin", "", "u", "u", 0, 0, "x", 1.5, None, 0, None),
       (T, "comment", "douyin", "", "u", "u", 0, 0, "x", "abc", None, 0, None),
       (T, "comment", "douyin", "", "u", "u", 0, 0, "x", 0, None, 0, "not json"),
       (T, "comment", "douyin", "", "u", "u", 0, 0, "x", float("inf"), None, 0, None)]


INSERT = ("INSERT INTO comments (id, show_id, platform, msg_id, kind, ts, user_id, user_name, text, follower, "
          "fans_level, flags, item_ref, deleted, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


@pytest.fixture
def db(tmp_path: Path) -> tuple[str, int, list[int], list[int]]:
    """A show holding _rows() and ODD, stored as another show's rows interleave with them."""
    engine = open_database(tmp_path)
    store = Store(engine)
    show, other = store.create_show("导出"), store.create_show("别的场")
    engine.dispose()
    path = str(tmp_path / DB_NAME)
    con = sqlite3.connect(path)
    ids: list[list[int]] = [[], []]
    with con:
        for n, (rows, kind) in enumerate(((_rows(), 0), (ODD, 1))):
            for j, r in enumerate(rows):
                cid = 1000 * (n + 1) + 2 * j
                con.execute(INSERT, (cid, show, r[2], f"m{cid}", r[1], *r[:1], *r[4:6], r[8], *r[6:8], *r[9:]))
                con.execute(INSERT, (cid + 1, other, "douyin", f"o{cid}", "comment", 1.5, "o", "别人", 'x,"y"',
                                     0, 0, 0, None, 0, None))
                ids[kind].append(cid)
    con.close()
    return path, show, ids[0], ids[1]


def _both(path: str, show: int, span: tuple[int, int]) -> tuple[bytes, bytes]:
    """The span's CSV by the fast path (with its fallback) and by the exact path alone."""
    from app.models.db import make_engine

    engine = make_engine(Path(path))
    fast_sql, exact_sql, *_apsw = comment_statements(engine, show, "csv", FORMULA_START, FLAG_NAMES)
    engine.dispose()
    reader = rd.connect(path, ec.CONVERTERS)
    try:
        fast, exact = io.BytesIO(), io.BytesIO()
        ec.comment_csv(reader, fast_sql, exact_sql, span, fast)
        ef.write_csv(None, ef.blobs_as_text(rd.span_rows(reader, exact_sql, span)), exact)
    finally:
        reader.close()
    return fast.getvalue(), exact.getvalue()


def _fast_block(path: str, show: int, cid: int) -> bytes | None:
    from app.models.db import make_engine

    engine = make_engine(Path(path))
    fast_sql = comment_statements(engine, show, "csv", FORMULA_START, FLAG_NAMES)[0]
    engine.dispose()
    reader = rd.connect(path, ec.CONVERTERS)
    try:
        (rows,) = list(rd.span_rows(reader, fast_sql, (cid, cid)))
        return ec.block(rows)
    finally:
        reader.close()


def test_tricky_rows_are_written_by_the_fast_path_byte_for_byte(db: tuple[str, int, list[int], list[int]]) -> None:
    """Quotes, commas, CR and LF, formulas, emoji, control characters, every kind of `extra` (nested,
    escaped, duplicate keys, scalars, null), floats from 5e-324 to 1e308, huge and NULL ids: each row
    alone, and the whole show in one span, as the exact path writes them; and none of them needed it."""
    path, show, tricky, _odd = db
    for cid in tricky:
        fast, exact = _both(path, show, (cid, cid))
        assert fast == exact, (cid, fast, exact)
        assert _fast_block(path, show, cid) == exact
    fast, exact = _both(path, show, comment_span_for(path, show))
    assert fast == exact
    text = exact.decode("utf-8")
    assert '"他说""好"""' in text and '"质量差, 退款"' in text and "'=HYPERLINK" in text and ",'+1," in text
    assert ",1e+21," in text and ",5e-324," in text and "question;negative" in text
    assert '"{""gift"":""玫瑰"",""count"":2,""value"":10}"' in text  # compact JSON, Chinese as itself
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) == len(_rows()) + len(ODD) and {len(r) for r in rows} == {14}


def test_rows_the_fast_statement_cannot_vouch_for_go_the_exact_way(
        db: tuple[str, int, list[int], list[int]]) -> None:
    """A viewer's name with a quote, comma or formula, a line break in an id, negative numbers, a
    NUL (SQLite's GLOB stops there), and values of types the app never stores (flags of 1.5, text
    or infinity, an `extra` that is not JSON, which stopped the export): the block is refused and written
    exactly."""
    path, show, _tricky, odd = db
    for cid in odd:
        assert _fast_block(path, show, cid) is None, cid
        fast, exact = _both(path, show, (cid, cid))
        assert fast == exact, (cid, fast, exact)


def comment_span_for(path: str, show: int) -> tuple[int, int]:
    from app.models.db import make_engine

    engine = make_engine(Path(path))
    try:
        return comment_span(engine, show)
    finally:
        engine.dispose()


def test_the_characters_that_get_a_cell_quoted_are_those_the_csv_module_quotes_for() -> None:
    """The fast statement's GLOB and the extra cells quote for export_reader.QUOTED_BY_CSV: every
    character, in a row of several cells, as csv.writer decides."""
    class Line:
        write = staticmethod(str)  # writerow gives back what `write` returns: the line

    writer = csv.writer(Line)
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    quoted = {ch for ch in chars if writer.writerow((f"a{ch}b", "x"))[0] == '"'}
    assert quoted == set(rd.QUOTED_BY_CSV)


@pytest.mark.parametrize("seed", [1, 2])
def test_stamps_are_what_repr_writes_for_every_float(seed: int) -> None:
    """export_csv.stamps_of writes orjson's floats where they agree with repr (csv.writer's): random
    bit patterns and decimal timestamps across every magnitude, each block as `%r` would write it."""
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
        assert not in_range or orjson.dumps(in_range)[1:-1].split(b",") == [repr(f).encode() for f in in_range]
    assert ec.stamps_of([]) == []
    # what the app never stores as a time comes out as a quote, for the block's check to refuse
    assert ec.stamps_of([1.5, "x,y", None, b"7", 3]) == [b"1.5", b'"', b'"', b'"', b'"']
    assert ec.stamps_of(["1.5", "2.5"]) == [b'"', b'"']
