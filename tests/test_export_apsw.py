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
from app.studio import export_json as ej
from app.studio import export_worker as ew
from tests.test_export_csv_exact import comment_span_for, db  # noqa: F401  (db: the fixture)
from tests.test_export_json_cells import NOT_UTF8, OTHER, _stored
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
    reader = rd.connect(path, ej.CONVERTERS)
    fast = export_apsw.connect(path)
    try:
        plain, worker = io.BytesIO(), io.BytesIO()
        ew.write_chunk(reader, sql, fmt, span, plain)
        ew.write_chunk(reader, sql, fmt, span, worker, fast)
    finally:
        fast.close()
        reader.close()
    return plain.getvalue(), worker.getvalue()


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
