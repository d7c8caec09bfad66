"""Issue #22 point 6: a parallel export's workers read the fast statement through apsw
(app.models.export_apsw), with their flags and `extra` made into pieces in Python where sqlite3's
converters made them. Every row the other export tests store (a show's usual rows, the tricky and
odd ones, another tool's types in each column, random text, text that is not UTF-8), alone and as
one block, comes out byte for byte as the sqlite3 path writes it (which those tests hold to the
exact path: orjson and csv.writer); and a whole parallel export through real worker processes is
the single-process export's bytes."""

from __future__ import annotations

import io
import json
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.comments import FLAG_NAMES
from app.core.text import FORMULA_START
from app.models import export_apsw
from app.models import export_reader as rd
from app.models.db import make_engine
from app.models.export_csv_sql import comment_statements
from app.studio import export_worker as ew
from tests.test_export_csv_exact import comment_span_for, db  # noqa: F401  (db: the fixture)
from tests.test_export_json_cells import NOT_UTF8, OTHER, _export, _stored
from tests.test_export_json_fast import ALPHABET, USUAL
from tests.test_export_json_rows import JSON_ODD, _add

Show = tuple[str, int, list[int], list[int]]


def _both_readers(path: str, show: int, fmt: str, span: tuple[int, int]) -> tuple[bytes, bytes]:
    """The span as the export's own process writes it (sqlite3) and as a worker does (apsw)."""
    engine = make_engine(Path(path))
    try:
        sql = comment_statements(engine, show, fmt, FORMULA_START, FLAG_NAMES)
    finally:
        engine.dispose()
    fast = export_apsw.connect(path)  # a worker's only connection
    try:
        worker = io.BytesIO()
        ew.write_chunk(fast, sql, fmt, span, worker)
    finally:
        fast.close()
    return _export(path, show, fmt, span), worker.getvalue()


def _show_of(tmp_path: Path, title: str, names: dict[int, str], n: int) -> tuple[str, int]:
    """A show of `n` comments (ids 1..n) of 50 characters each, their viewers' names `names` where given."""
    from app.models.db import DB_NAME, open_database
    from app.models.store import Store

    engine = open_database(tmp_path)
    show = Store(engine).create_show(title)
    engine.dispose()
    path = str(tmp_path / DB_NAME)
    con = sqlite3.connect(path)
    with con:
        con.executemany("INSERT INTO comments (id, show_id, platform, msg_id, kind, ts, user_id, user_name, text, "
                        "follower, fans_level, flags, item_ref, deleted, extra) VALUES "
                        "(?, ?, 'douyin', ?, 'comment', ?, ?, ?, ?, 0, 1, 0, NULL, 0, NULL)",
                        [(i, show, f"m{i}", 1.7e9 + i, f"u{i}", names.get(i, f"观众{i}"), "好" * 50)
                         for i in range(1, n + 1)])
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return path, show


def _same(path: str, show: int, ids: list[int]) -> None:
    for fmt in ("json", "csv"):
        for cid in ids:
            plain, worker = _both_readers(path, show, fmt, (cid, cid))
            assert worker == plain, (fmt, cid, plain, worker)
        plain, worker = _both_readers(path, show, fmt, (min(ids), max(ids)))
        assert worker == plain and plain, fmt


def test_a_shows_rows_and_another_tools_rows_come_out_the_same(db: Show) -> None:  # noqa: F811
    path, show, tricky, odd = db
    added = _add(path, show, [*USUAL, *JSON_ODD])
    _same(path, show, [*tricky, *odd, *added])
    plain, worker = _both_readers(path, show, "json", comment_span_for(path, show))
    assert worker == plain


@pytest.mark.parametrize("column", ["kind", "user_name", "text", "fans_level", "item_ref", "deleted"])
def test_another_type_in_a_column_comes_out_the_same(db: Show, column: str) -> None:  # noqa: F811
    path, show, _tricky, _odd = db
    stored, usual = _stored(path, show, column)
    assert len(stored) >= len(OTHER) - 1
    _same(path, show, [*stored, usual])


def test_random_text_and_text_that_is_not_utf8_come_out_the_same(db: Show) -> None:  # noqa: F811
    path, show, _tricky, _odd = db
    rng = random.Random(15)
    rows = [(1_764_000_000 + i / 3, "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(6))),
             "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(6))), None) for i in range(200)]
    ids = _add(path, show, rows)
    con = sqlite3.connect(path)
    with con:
        for cid, raw in zip(ids[::50], NOT_UTF8, strict=False):
            con.execute("UPDATE comments SET user_name = CAST(? AS TEXT), flags = 5, "
                        "extra = CAST(? AS TEXT) WHERE id = ?", (raw, b'{"gift": "\xff"}', cid))
        con.execute("UPDATE comments SET ts = CAST(? AS TEXT) WHERE id = ?", (b"1.5\xfb", ids[7]))
    con.close()
    _same(path, show, ids)


def test_the_exports_own_process_never_loads_apsw(db: Show, tmp_path: Path) -> None:  # noqa: F811
    """Two SQLite libraries in one process do not see each other's POSIX locks: the process that
    holds the app's connections (here a store, as the desktop app and `livedeck export` hold one)
    exports in parallel and never imports apsw; its workers do."""
    path, show, _tricky, _odd = db
    out = tmp_path / "c.json"
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from app.models.db import make_engine\n"
        "from app.models.store import Store\n"
        "from app.studio import export_parallel, export_worker\n"
        "from app.studio.exports import export\n"
        "export_parallel.PARALLEL_MIN, export_parallel.MIN_CHUNK = 1, 2\n"
        "export_parallel.cores = export_worker.cores = lambda: 2\n"
        "export(Store(make_engine(Path(sys.argv[1]))), int(sys.argv[2]), 'comments', 'json', Path(sys.argv[3]))\n"
        "print(json.dumps(['apsw' in sys.modules, len(json.loads(Path(sys.argv[3]).read_bytes()))]))\n")
    done = subprocess.run([sys.executable, "-c", script, path, str(show), str(out)], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[1], timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    loaded, rows = json.loads(done.stdout.strip().splitlines()[-1])
    con = sqlite3.connect(path)
    try:
        stored = con.execute("SELECT count(*) FROM comments WHERE show_id = ?", (show,)).fetchone()[0]
    finally:
        con.close()
    assert loaded is False and rows == stored > 0


WORKER = """
import io, json, subprocess, sys
from app.models import export_apsw as xa
from app.studio import export_worker as ew
db, sql, writer = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
real, done = xa.span_rows, []
def rows_then_the_writer(conn, stmt, span, *a):  # a refused part's exact read, then the app's writer
    yield from real(conn, stmt, span, *a)
    if stmt == sql[3] and not done:
        done.append(subprocess.run([sys.executable, "-c", writer, db], capture_output=True, text=True,
                                   check=True).stdout)
xa.span_rows = rows_then_the_writer
reader = xa.connect(db)
out = io.BytesIO()
ew.write_chunk(reader, sql, sys.argv[4], (1, 8000), out)
reader.close()
sys.stdout.buffer.write(out.getvalue())
"""
REWRITE = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
           "c.execute('UPDATE comments SET text = text || text WHERE id > 4000'); c.commit(); "
           "print(c.execute('PRAGMA wal_checkpoint(PASSIVE)').fetchall())")


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_chunk_reads_one_snapshot_while_the_apps_writer_rewrites_and_checkpoints(tmp_path: Path, fmt: str) -> None:
    """A worker's chunk of 8,000 comments, one name with a quote in its first block (a part read the
    exact way), while another process rewrites the later half and checkpoints the WAL: the chunk is
    the show as it was when its read began. A second SQLite library in the worker (the stdlib's, for
    the exact reads) let go of the read's lock: the checkpoint then wrote over pages it still needed,
    and rows went missing or the read failed ("database disk image is malformed")."""
    path, show = _show_of(tmp_path, "快照", {5: 'a"b'}, 8000)
    engine = make_engine(Path(path))
    sql = comment_statements(engine, show, fmt, FORMULA_START, FLAG_NAMES)
    engine.dispose()
    before = _both_readers(path, show, fmt, (1, 8000))[0]
    done = subprocess.run([sys.executable, "-c", WORKER, path, json.dumps(sql), REWRITE, fmt], capture_output=True,
                          cwd=Path(__file__).resolve().parents[1], timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert done.stdout == before
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT count(*) FROM comments WHERE length(text) = 100").fetchone()[0] == 4000
    finally:
        con.close()


def test_one_odd_name_sends_its_part_of_a_block_the_exact_way_not_the_block(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A name with a quote among 2,000 comments: the exact path reads the 100 rows around it, not all
    2,000 (at three times the CPU a row), and the output is the same."""
    from app.studio import export_format as ef

    path, show = _show_of(tmp_path, "一个引号", {1234: 'say "hi"'}, 2000)
    spans: list[tuple[int, int]] = []
    real = rd.exact_rows
    monkeypatch.setattr(rd, "exact_rows", lambda conn, sql, span: spans.append(span) or real(conn, sql, span))
    for fmt in ("json", "csv"):
        spans.clear()
        plain, worker = _both_readers(path, show, fmt, (1, 2000))
        assert worker == plain
        assert spans == [(1201, 1300)], fmt
    monkeypatch.setattr(ef, "PART", 2000)  # parts as big as the block: all of it the exact way, as before
    spans.clear()
    assert _both_readers(path, show, "csv", (1, 2000))[0] == plain
    assert spans == [(1, 2000)]


def test_extras_another_tool_stored_as_reals_or_broken_blobs_come_out_the_same(db: Show) -> None:  # noqa: F811
    """An `extra` stored as a real (0.30000000000000004: the stdlib's SQLite 3.40 makes "0.3" of it,
    apsw's 3.54 all 17 digits) or as a blob of JSON that is not UTF-8: a worker writes what the
    export's own process writes, on the fast and on the exact path."""
    path, show, _tricky, _odd = db
    ids = _add(path, show, [(1_764_000_000.5, "a", "x", None), (1_764_000_001.5, 'say "hi"', "x", None),
                            (1_764_000_002.5, "b", "x", None)])
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE comments SET extra = ? WHERE id = ?", (0.30000000000000004, ids[0]))
        con.execute("UPDATE comments SET extra = ? WHERE id = ?", (b'{"a":"\xff"}', ids[2]))
    con.close()
    _same(path, show, ids)
    plain, _worker = _both_readers(path, show, "csv", (ids[0], ids[0]))
    assert plain.endswith(b",0.30000000000000004\r\n")  # the value as stored, not 0.3
