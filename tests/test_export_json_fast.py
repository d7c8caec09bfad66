"""Issue #22 point 6: the fast JSON path (SQLite's pieces joined by bytes `%`, app.studio.export_json)
writes byte for byte what the exact path (a dict and orjson per row, export_format.comment_json) writes,
for rows a merchant's show holds, rows only another tool could store and random text, and takes the
fast path itself for the rows a show is made of (quotes, backslashes, line breaks and tabs in comments,
emoji, gifts and orders)."""

from __future__ import annotations

import io
import random
import sqlite3
from pathlib import Path
from typing import Any

from app.core.comments import FLAG_NAMES
from app.core.text import FORMULA_START
from app.models import export_reader as rd
from app.models.db import make_engine
from app.models.export_csv_sql import comment_statements
from app.studio import export_format as ef
from app.studio import export_json as ej
from tests.test_export_csv_exact import _rows, comment_span_for, db  # noqa: F401  (db: the fixture)
from tests.test_export_json_rows import JSON_ODD, _add

Show = tuple[str, int, list[int], list[int]]
# what a show's comments hold: the fast path writes these itself
USUAL = [(1_764_000_000.5 + i / 7, f"观众{i}", text, extra) for i, (text, extra) in enumerate([
    ('=HYPERLINK("x")', None), ("好看\n真的", None), ("质量差, 退款", None), ("路径 C:\\下载", None),
    ("tab\there", None), ("a\r\nb", None), ("emoji 🎉👍🏻", None), ("'引号'", None),
    ("", '{"gift": "玫瑰", "count": 2}'),
    ("", '{"sku":"SKU-1","quantity":1,"amount":9900}'), ("say \"hi\"", "null"), ("x", "{}"),
    ("", '{"note": "line\\nbreak \\"q\\" \\\\"}'), ("+1", '[1, "a"]'), ("\u2028 separators \u2029\x7f", None)])]
ALPHABET = ['"', "\\", "\n", "\r", "\t", "\x00", "\x07", "\x1f", "\x7f", "é", "中", "😀", "\u2028", ",", "a", " ",
            "'", "/"]


def _statements(path: str, show: int) -> tuple[str, ...]:
    engine = make_engine(Path(path))
    try:
        return comment_statements(engine, show, "json", FORMULA_START, FLAG_NAMES)
    finally:
        engine.dispose()


def _both(path: str, show: int, span: tuple[int, int]) -> tuple[bytes, bytes, bytes | None]:
    """The span as the export writes it, as the exact path alone writes it, and as the fast path's
    block (None: refused)."""
    fast_sql, exact_sql, *_apsw = _statements(path, show)
    reader = rd.connect(path, ej.CONVERTERS)
    try:
        fast, exact = io.BytesIO(), io.BytesIO()
        ej.write_json_body(reader, fast_sql, exact_sql, span, fast)
        ef.json_body(ef.comment_json(rd.span_rows(reader, exact_sql, span)), exact)
        blocks = list(ej.fast_rows(reader, fast_sql, span))
        block = ej.block(blocks[0]) if len(blocks) == 1 else None
    finally:
        reader.close()
    return fast.getvalue(), exact.getvalue(), block


def test_a_shows_usual_rows_take_the_fast_path_and_match_orjson(db: Show) -> None:  # noqa: F811
    """Quotes, backslashes, CR, LF and tabs in a comment, emoji, line separators, gifts and orders:
    the fast path writes them itself, one by one and as one block, exactly as orjson does."""
    path, show, _tricky, _odd = db
    ids = _add(path, show, USUAL)
    for cid in ids:
        fast, exact, block = _both(path, show, (cid, cid))
        assert block is not None, cid
        assert fast == exact == block, (cid, fast, exact)
    fast, exact, block = _both(path, show, (ids[0], ids[-1]))
    assert block is not None and fast == exact == block
    assert b'"text":"\\u2028 separators \\u2029' not in exact  # orjson leaves them as they are; so does the fast path
    assert b'"text":"a\\r\\nb"' in fast and b'"gift":"\xe7\x8e\xab\xe7\x91\xb0","count":2}' in fast


def test_rows_only_another_tool_stores_come_out_as_orjson_writes_them(db: Show) -> None:  # noqa: F811
    """The CSV test's tricky and odd rows and the JSON test's (text where times are, an `extra`
    whose keys replace a comment's own, blobs, NUL, control characters): every row alone and the
    whole show as the exact path writes them, the ones it must write refused by the fast block."""
    path, show, tricky, odd = db
    added = _add(path, show, JSON_ODD)
    refused = 0
    for cid in [*tricky, *odd, *added]:
        fast, exact, block = _both(path, show, (cid, cid))
        assert fast == exact, (cid, fast, exact)
        assert block is None or block == exact, cid
        refused += block is None
    assert refused >= len(odd) // 2  # the checks do refuse: a NULL-free, typed row alone goes fast
    fast, exact, _ = _both(path, show, comment_span_for(path, show))
    assert fast == exact
    by_id = {cid: _both(path, show, (cid, cid))[2] for cid in added}
    assert by_id[added[1]] is None and by_id[added[2]] is None  # {"text": …}, {"id": …}: the exact path


def test_random_text_everywhere_is_written_exactly(db: Show) -> None:  # noqa: F811
    """Names, texts, ids and extras of random quotes, backslashes, control characters, NUL, emoji and
    separators: the export's output is orjson's, row by row and in blocks, fast or refused."""
    path, show, _tricky, _odd = db
    rng = random.Random(22)

    def text() -> str:
        return "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(6)))

    extras = [None, '{"k": "%s"}', '{"gift": "玫瑰"}', '"%s"', "not json %s"]
    rows: list[tuple[Any, str, str, str | None]] = []
    for i in range(600):
        extra = rng.choice(extras)
        value = text().replace("\\", "\\\\").replace('"', '\\"') if extra and extra[0] in '{"' else text()
        rows.append((1_764_000_000 + i / 3, text(), text(), extra if extra is None or "%s" not in extra
                     else extra.replace("%s", value)))
    ids = _add(path, show, rows)
    con = sqlite3.connect(path)
    with con:  # ids and platforms of random text too, for every tenth row
        for cid in ids[::10]:
            con.execute("UPDATE comments SET msg_id = ?, user_id = ? WHERE id = ?", (f"{text()}#{cid}", text(), cid))
    con.close()
    went_fast = 0
    for cid in ids:
        fast, exact, block = _both(path, show, (cid, cid))
        assert fast == exact, (cid, fast, exact)
        went_fast += block is not None
    assert 0 < went_fast < len(ids)
    fast, exact, _ = _both(path, show, (ids[0], ids[-1]))
    assert fast == exact
