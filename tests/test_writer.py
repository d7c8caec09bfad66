"""The comment writer keeps every accepted event, even through a failing disk."""

import json
import threading
from pathlib import Path

import pytest
from sqlalchemy import event

from app.core.comments import Comment
from app.models.db import open_database
from app.models.store import Store
from app.models.writer import CommentWriter, next_comment_id
from app.models.writer_process import ProcessWriter

# the thread writer and the app's writer process behave alike (tests/test_writer_process.py: the rest)
BOTH = pytest.mark.parametrize("make", [CommentWriter, ProcessWriter], ids=["thread", "process"])


def batch(start: int, n: int) -> list[Comment]:
    return [Comment("comment", "douyin", f"m{i}", 1.0 * i, "u", "观众", f"第{i}条", id=i)
            for i in range(start, start + n)]


@BOTH
def test_bulk_writes_and_dedupe_by_platform_and_id(tmp_path: Path, make: type[CommentWriter]) -> None:
    engine = open_database(tmp_path)
    show = Store(engine).create_show("w")
    writer = make(engine)
    writer.put(show, batch(1, 12_000))
    dup = batch(12_001, 1)
    dup[0].msg_id = "m5"  # the platform sent m5 again under a new LiveDeck id
    writer.put(show, dup)
    assert writer.close()
    assert Store(engine).count_comments(show) == {"comment": 12_000}
    assert (writer.stored, writer.duplicates, writer.written) == (12_000, 1, 12_001)
    assert next_comment_id(engine) == 12_001


def test_a_failing_disk_loses_nothing(tmp_path: Path) -> None:
    engine = open_database(tmp_path)
    show = Store(engine).create_show("w")
    failures = {"left": 3}
    failed = threading.Event()

    @event.listens_for(engine, "before_cursor_execute")
    def full_disk(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        if executemany and statement.startswith("INSERT INTO comments") and failures["left"] > 0:
            failures["left"] -= 1
            failed.set()
            raise OSError(28, "No space left on device")

    writer = CommentWriter(engine, retry_s=0.05)
    writer.put(show, batch(1, 500))
    assert failed.wait(5)
    writer.put(show, batch(501, 500))
    assert writer.flush(10)
    assert writer.error is None and failures["left"] == 0
    assert Store(engine).count_comments(show) == {"comment": 1000}
    writer.close()


@BOTH
def test_deletes_mark_the_target(tmp_path: Path, make: type[CommentWriter]) -> None:
    engine = open_database(tmp_path)
    store = Store(engine)
    show = store.create_show("w")
    writer = make(engine)
    writer.put(show, batch(1, 3))
    writer.put(show, [Comment("delete", "douyin", "del:m2", 9.0, extra={"target": "m2"}, id=4)])
    writer.close()
    assert [c.deleted for c in store.comments(show, kinds=["comment"])] == [False, True, False]


@BOTH
def test_a_comments_booleans_item_and_extra_are_stored_as_they_came(tmp_path: Path,
                                                                     make: type[CommentWriter]) -> None:
    """SQLite's rows carry 0/1 and "" for a missing item or extra (row_insert._sqlite_row): what is
    stored must still be NULL where there was nothing, and a refused row's payload say what came."""
    engine = open_database(tmp_path)
    show = Store(engine).create_show("w")
    writer = make(engine)
    writer.put(show, [
        Comment("comment", "douyin", "m1", 1.0, "u1", "甲", "多少钱", follower=True, id=1),
        Comment("gift", "douyin", "m2", 2.0, "u2", "乙", extra={"gift": "玫瑰", "count": 2}, item_ref=7, id=2),
        Comment("comment", "douyin", "m3", 3.0, "u3", "丙", "", deleted=True, item_ref=0, extra={}, id=3),
        Comment("comment", "douyin", "m4", 4.0, "u4", "丁", "重复的编号", follower=True, id=1),  # refused
    ])
    assert writer.close()
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT id, follower, deleted, typeof(item_ref), item_ref, typeof(extra), extra "
                                    "FROM comments ORDER BY id").all()
        payload = json.loads(conn.exec_driver_sql("SELECT payload FROM dead_letters").scalar_one())
    assert [tuple(r) for r in rows] == [
        (1, 1, 0, "null", None, "null", None),
        (2, 0, 0, "integer", 7, "text", '{"gift": "玫瑰", "count": 2}'),
        (3, 0, 1, "integer", 0, "text", "{}"),
    ]
    assert (payload["msg_id"], payload["follower"], payload["deleted"], payload["item_ref"], payload["extra"]) == (
        "m4", True, False, None, None)
    assert [c.text for c in Store(engine).comments(show, kinds=["comment"])] == ["多少钱", ""]


def test_a_locked_database_is_retried_not_dead_lettered(tmp_path: Path) -> None:
    import sqlite3

    engine = open_database(tmp_path)
    show = Store(engine).create_show("w")
    failures = {"left": 2}

    @event.listens_for(engine, "before_cursor_execute")
    def locked(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        if executemany and statement.startswith("INSERT INTO comments") and failures["left"] > 0:
            failures["left"] -= 1
            raise sqlite3.OperationalError("database is locked")

    writer = CommentWriter(engine, retry_s=0.05)
    writer.put(show, batch(1, 300))
    writer.close()
    assert failures["left"] == 0 and writer.dead_letters == 0 and writer.error is None
    assert Store(engine).count_comments(show) == {"comment": 300}


def test_a_shutdown_that_could_not_write_everything_does_not_exit_0(qapp, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.studio.headless import run_loop
    from app.studio.runtime import Runtime

    runtime = Runtime(tmp_path / "data", port=0, speech=False)
    runtime.start()
    real_close = runtime.writer.close
    monkeypatch.setattr(runtime.writer, "close", lambda *a, **k: real_close(*a, **k) and False)  # disk stayed full
    assert run_loop(qapp, runtime, quit_after=0.1) == 1
