"""`livedeck export` starts a big comment export's workers before it imports SQLAlchemy, and the first
finds the show's id range meanwhile (issue #22: the export's serial start): same bytes, fewer
seconds before the first chunk, and nothing left running whatever happens."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from app.cli import main
from app.models import export_apsw
from app.models import export_rows as xr
from app.models.db import DB_NAME, open_database
from app.studio import export_parallel, export_worker
from tests.test_exports_stream import _two_shows


@pytest.fixture
def shows(tmp_path: Path) -> tuple[Path, int, int]:
    data = tmp_path / "data"
    store, a, b = _two_shows(open_database(data))
    store.engine.dispose()
    return data, a, b


def _export(data: Path, show: int, fmt: str, out: Path) -> int:
    return main(["export", str(show), "--what", "comments", "--format", fmt, "--out", str(out),
                 "--data-dir", str(data)])


def test_the_workers_started_ahead_find_the_span_and_write_the_same_bytes(
        shows: tuple[Path, int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data, a, b = shows
    started: list[export_worker.Spawned] = []
    real = export_worker.Spawned

    def spawned(*args: object) -> export_worker.Spawned:
        started.append(real(*args))  # type: ignore[arg-type]
        return started[-1]

    monkeypatch.setattr(export_worker, "Spawned", spawned)
    monkeypatch.setattr(export_worker, "cores", lambda: 3)
    monkeypatch.setattr(export_parallel, "cores", lambda: 3)
    monkeypatch.setattr(export_parallel, "MIN_CHUNK", 2)
    for show in (a, b):
        for fmt in ("json", "csv"):
            one, ahead = tmp_path / f"one-{show}.{fmt}", tmp_path / f"ahead-{show}.{fmt}"
            monkeypatch.setattr(export_worker, "PRESTART_BYTES", 10**12)  # none ahead, one process
            monkeypatch.setattr(export_parallel, "PARALLEL_MIN", 10**12)
            before = len(started)
            assert _export(data, show, fmt, one) == 0
            assert len(started) == before
            monkeypatch.setattr(export_worker, "PRESTART_BYTES", 0)
            monkeypatch.setattr(export_parallel, "PARALLEL_MIN", 1)
            monkeypatch.setattr(xr, "comment_span", _not_asked)  # the worker's span is the one used
            assert _export(data, show, fmt, ahead) == 0
            monkeypatch.setattr(xr, "comment_span", _real_span)
            assert ahead.read_bytes() == one.read_bytes() and len(one.read_bytes()) > 100
            assert len(started) == before + 1  # the ones started ahead did the export
            assert started[-1].show_id == show and started[-1].workers == {}  # and have all ended
    assert multiprocessing.active_children() == []


_real_span = xr.comment_span


def _not_asked(*_args: object) -> tuple[int, int]:
    raise AssertionError("the export found the span itself although a worker had found it")


def test_a_show_too_small_for_workers_ends_those_started_ahead(shows: tuple[Path, int, int], tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    data, a, _b = shows
    monkeypatch.setattr(export_worker, "PRESTART_BYTES", 0)
    monkeypatch.setattr(export_worker, "cores", lambda: 2)
    out = tmp_path / "c.csv"
    assert _export(data, a, "csv", out) == 0  # 20 comments: below PARALLEL_MIN, one process
    assert out.read_text(encoding="utf-8").count("\n") == 21
    assert multiprocessing.active_children() == []


def test_an_unknown_show_is_one_line_and_leaves_no_worker(shows: tuple[Path, int, int], tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    data, _a, _b = shows
    monkeypatch.setattr(export_worker, "PRESTART_BYTES", 0)
    monkeypatch.setattr(export_worker, "cores", lambda: 2)
    assert _export(data, 999, "json", tmp_path / "c.json") == 2
    assert "999" in capsys.readouterr().err
    assert multiprocessing.active_children() == [] and not (tmp_path / "c.json").exists()


def test_no_worker_starts_ahead_for_a_small_file_a_server_or_another_export(
        shows: tuple[Path, int, int], monkeypatch: pytest.MonkeyPatch) -> None:
    data, a, _b = shows
    monkeypatch.setattr(export_worker, "cores", lambda: 4)
    assert export_worker.prestart(data / DB_NAME, "csv", a) is None  # ~100 kB: no show in it needs them
    assert export_worker.prestart(None, "csv", a) is None  # PostgreSQL
    assert export_worker.prestart(data / "nothing here.sqlite3", "csv", a) is None
    monkeypatch.setattr(export_worker, "cores", lambda: 1)
    monkeypatch.setattr(export_worker, "PRESTART_BYTES", 0)
    assert export_worker.prestart(data / DB_NAME, "csv", a) is None  # one core: one process


def test_the_workers_span_is_the_stores(shows: tuple[Path, int, int]) -> None:
    data, a, b = shows
    engine = open_database(data)
    conn = export_apsw.connect(str(data / DB_NAME))  # as a worker reads it
    try:
        for show in (a, b, 999):
            assert export_apsw.show_span(conn, show) == xr.comment_span(engine, show)
        assert export_apsw.show_span(conn, 999) == (0, -1)
    finally:
        conn.close()
        engine.dispose()
