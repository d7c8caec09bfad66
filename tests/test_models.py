import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, text

from app.core.runsheet import Item
from app.models.data_dir import resolve_data_dir
from app.models.db import (
    DB_NAME,
    current_revision,
    head_revision,
    make_engine,
    open_database,
    upgrade,
)
from app.models.store import NotFound, Store


def test_schema_head_is_the_newest_migration() -> None:
    """A database at SCHEMA_HEAD is opened without asking Alembic: it must be Alembic's own head."""
    from app.models.db import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD


def test_empty_database_upgrades_to_head(tmp_path: Path) -> None:
    engine = open_database(tmp_path)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        tables = {r[0] for r in conn.execute(text("select name from sqlite_master where type='table'"))}
    assert {"shows", "items", "events", "comments", "alembic_version"} <= tables


def test_database_at_first_revision_upgrades_and_keeps_its_data(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / DB_NAME)
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    with engine.begin() as conn:
        conn.execute(text("insert into shows (title, platform, host, status, created_at) "
                          "values ('旧节目', 'douyin', '', 'draft', '2026-01-01 20:00:00')"))
    engine.dispose()
    engine = open_database(tmp_path)
    assert current_revision(engine) == head_revision()
    assert [s.title for s in Store(engine).list_shows()] == ["旧节目"]


def test_the_comment_writer_checkpoints_the_wal_itself_outside_its_commits(tmp_path: Path) -> None:
    """Issue #22 (ingest): the writer process's connection (make_engine(..., writer=True), as
    writer_process.child_main opens it) keeps a 16 MB page cache and no automatic checkpoint; the
    app's other connections checkpoint only past 40,000 pages (a producer's commit on the GUI
    thread never copies the writer's WAL back). The writer does it every CHECKPOINT_ROWS comments,
    after its commit: until then the database file does not grow, then it holds them."""
    from app.models.db import make_engine
    from app.models.sqlite_pragmas import CHECKPOINT_ROWS
    from app.models.writer import RowSink

    open_database(tmp_path).dispose()
    engine, other = make_engine(tmp_path / DB_NAME, writer=True), make_engine(tmp_path / DB_NAME)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("pragma cache_size")).scalar() == -16_384
            assert conn.execute(text("pragma wal_autocheckpoint")).scalar() == 0
        with other.connect() as conn:
            assert conn.execute(text("pragma cache_size")).scalar() == -2_000  # SQLite's own
            assert conn.execute(text("pragma wal_autocheckpoint")).scalar() == 40_000
        show = Store(other).create_show("洪流")
        with other.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # the show itself into the file
        sink, db = RowSink(engine), tmp_path / DB_NAME
        before = db.stat().st_size

        def rows(lo: int, n: int) -> list[tuple[object, ...]]:
            return [(i, show, "douyin", f"m{i}", "comment", 1.7e9 + i, f"u{i * 7919 % 5_000}", "观众",
                     "好看" * (i % 9), False, 0, 0, None, False, None) for i in range(lo, lo + n)]

        sink.store(rows(1, CHECKPOINT_ROWS - 1))
        assert db.stat().st_size == before  # all of it still in the WAL
        sink.store(rows(CHECKPOINT_ROWS, 1))
        assert db.stat().st_size > before + 100 * 4_096  # checkpointed into the file
        assert sink.stored == CHECKPOINT_ROWS
    finally:
        engine.dispose()
        other.dispose()


def test_a_failed_checkpoint_never_fails_the_comments_it_follows(tmp_path: Path,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    """A full disk during the writer's checkpoint: the comments were committed before it; they are
    stored and counted once, the failure is logged, and the next checkpoint comes CHECKPOINT_ROWS later."""
    from app.models.db import make_engine
    from app.models.sqlite_pragmas import CHECKPOINT_ROWS
    from app.models.writer import RowSink

    open_database(tmp_path).dispose()
    engine = make_engine(tmp_path / DB_NAME, writer=True)
    show = Store(engine).create_show("满盘")
    sink = RowSink(engine)
    calls: list[str] = []

    def full_disk(conn: object, cursor: object, statement: str, *_args: object) -> None:
        if "wal_checkpoint" in statement:
            calls.append(statement)
            raise OSError(28, "No space left on device")

    event.listen(engine, "before_cursor_execute", full_disk)
    try:
        sink.store([(i, show, "douyin", f"m{i}", "comment", 1.7e9 + i, "u", "观众", "满了", False, 0, 0, None,
                     False, None) for i in range(1, CHECKPOINT_ROWS + 1)])
        assert calls and sink.stored == CHECKPOINT_ROWS and sink.duplicates == 0 and sink.error is None
        assert "WAL checkpoint failed" in caplog.text
        with engine.connect() as conn:
            assert conn.execute(text("select count(*) from comments")).scalar() == CHECKPOINT_ROWS
            assert conn.execute(text("select count(*) from dead_letters")).scalar() == 0
    finally:
        engine.dispose()


def test_wal_and_foreign_keys_are_on(tmp_path: Path) -> None:
    engine = open_database(tmp_path)
    with engine.connect() as conn:
        assert conn.execute(text("pragma journal_mode")).scalar() == "wal"
        assert conn.execute(text("pragma foreign_keys")).scalar() == 1
    assert sqlite3.connect(tmp_path / DB_NAME).execute("pragma journal_mode").fetchone()[0] == "wal"


def test_data_dir_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIVEDECK_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "cli") == tmp_path / "cli"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("LIVEDECK_DATA_DIR")
    assert "LiveDeck" in str(resolve_data_dir(None))


def test_show_lifecycle(store: Store, show_id: int) -> None:
    store.update_show(show_id, title="新标题", host="小B")
    info = store.get_show(show_id)
    assert (info.title, info.host, info.items) == ("新标题", "小B", 4)
    copy = store.duplicate_show(show_id, "下周模板")
    assert [i.name for i in store.items(copy)] == [i.name for i in store.items(show_id)]
    assert {i.id for i in store.items(copy)}.isdisjoint({i.id for i in store.items(show_id)})
    store.append_event(show_id, "show_started", 1.0, {})
    store.delete_show(show_id)
    with pytest.raises(NotFound):
        store.get_show(show_id)
    assert store.events(show_id) == []  # cascade
    assert [s.id for s in store.list_shows()] == [copy]


def test_move_remove_and_reinsert_keep_positions(store: Store, show_id: int) -> None:
    ids = [i.id for i in store.items(show_id)]
    assert store.move_item(show_id, ids[0], 2) == 0
    assert [i.id for i in store.items(show_id)] == [ids[1], ids[2], ids[0], ids[3]]
    item, pos = store.remove_item(ids[2])
    assert pos == 1
    store.add_item(show_id, item, pos)
    assert [i.id for i in store.items(show_id)] == [ids[1], ids[2], ids[0], ids[3]]


def test_events_come_back_in_order(store: Store, show_id: int) -> None:
    for n in range(5):
        store.append_event(show_id, "time_added", float(n), {"seconds": n})
    assert [e.data["seconds"] for e in store.events(show_id)] == [0, 1, 2, 3, 4]


def test_item_fields_round_trip(store: Store, show_id: int) -> None:
    new = store.add_item(show_id, Item("加购", "X", 100, 50, 3, 2.5, "要点", "备注", "https://e.x/1"))
    got = store.get_item(new)
    assert (got.name, got.live_price, got.planned_min, got.link) == ("加购", 50, 2.5, "https://e.x/1")
