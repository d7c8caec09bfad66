"""A producer's edit during a flood waits for the comment writer's rows in hand, not for SQLite's busy
retries (issue #22): commands and the writer take turns at the database's one write lock."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, func, select

from app.core.comments import Comment
from app.models.db import open_database
from app.models.schema import CommentRow
from app.models.store import Store
from app.models.write_turn import TURN_CHUNK, TURN_WAIT_S, LocalFlag, Turns
from app.models.writer import RowSink, prepare
from app.models.writer_process import ProcessWriter
from app.studio.studio import Studio
from tests.doubles import FakeClock


def _rows(show: int, n: int) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    prepare(show, [Comment("comment", "douyin", f"m{i}", 1.0 * i, f"u{i}", "观众", f"第{i}条", id=i + 1)
                   for i in range(n)], rows, [])
    return rows


def _count(engine: Engine, show: int) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).where(CommentRow.show_id == show)) or 0)


def _commits(engine: Engine) -> list[int]:
    seen: list[int] = []
    event.listen(engine, "commit", lambda _conn: seen.append(1))
    return seen


def test_the_writer_lets_a_waiting_command_in_after_a_chunk_and_stores_every_row(tmp_path: Path) -> None:
    engine = open_database(tmp_path)
    show = Store(engine).create_show("turns")
    sink = RowSink(engine)
    commits = _commits(engine)
    sink.store(_rows(show, 2 * TURN_CHUNK + 200))
    assert len(commits) == 1 and _count(engine, show) == 2 * TURN_CHUNK + 200  # nobody waiting: one transaction
    sink.turns.wanted.value = 1  # a command is waiting for its turn
    more = _rows(show, 5 * TURN_CHUNK)[2 * TURN_CHUNK + 200:]
    sink.store(more)
    assert len(commits) == 1 + 3  # 500, 500, 300: the lock was free between them
    assert _count(engine, show) == 5 * TURN_CHUNK and sink.stored == 5 * TURN_CHUNK and sink.duplicates == 0


def test_a_command_holding_its_turn_holds_the_writer_process_back(tmp_path: Path) -> None:
    engine = open_database(tmp_path)
    show = Store(engine).create_show("turns")
    writer = ProcessWriter(engine)
    try:
        assert writer.flush(30)
        with writer.turn():
            writer.put(show, [Comment("comment", "douyin", "m1", 1.0, "u", "观众", "还有吗", id=1)])
            with pytest.raises(RuntimeError, match="wait for itself"):
                writer.flush(30)  # from the command's own thread: would freeze it for the whole timeout
            flushed: list[bool] = []
            other = threading.Thread(target=lambda: flushed.append(writer.flush(0.5)))
            other.start()
            other.join()
            assert flushed == [False]  # the child waits for the command's turn to end
            assert _count(engine, show) == 0
        assert writer.flush(30) and _count(engine, show) == 1
    finally:
        writer.close()


def test_a_turn_nobody_gives_back_costs_a_command_a_quarter_second_not_the_show(tmp_path: Path) -> None:
    """The writer process can be killed holding the lock: the command goes on after TURN_WAIT_S."""
    engine = open_database(tmp_path)
    writer = ProcessWriter(engine)
    try:
        assert writer.flush(30)
        writer._turns.lock.acquire()  # as if a child had died holding it
        start = time.monotonic()
        with writer.turn():
            pass
        assert TURN_WAIT_S <= time.monotonic() - start < TURN_WAIT_S + 2
        writer._turns.lock.release()
    finally:
        writer.close()


def test_only_commands_that_write_take_the_turn(tmp_path: Path) -> None:
    engine = open_database(tmp_path)
    store = Store(engine)
    studio = Studio(store, clock=FakeClock())
    taken: list[str] = []

    class Turn:
        def __enter__(self) -> None:
            taken.append("in")

        def __exit__(self, *exc: object) -> None:
            taken.append("out")

    studio.write_turn = Turn
    studio.execute("app.language", {"lang": "en"})  # changes nothing stored
    assert taken == []
    studio.execute("show.create", {"title": "晚场"})
    assert taken == ["in", "out"]  # taken once, given back after the commit


def test_a_command_that_waited_out_its_turn_still_asks_the_writer_to_give_way() -> None:
    """The wait for the lock runs out after TURN_WAIT_S (a writer in a long transaction, or one that
    died holding it): the flag stays up while the command runs, so a living writer commits at its next
    chunk and the command's own SQLite retries get in, instead of waiting out the whole batch."""
    turns = Turns(threading.Lock(), LocalFlag())
    turns.lock.acquire()  # the writer, mid-transaction
    try:
        with turns.command():
            assert turns.wanted.value == 1
    finally:
        turns.lock.release()
    assert turns.wanted.value == 0


def test_a_delete_committed_before_its_target_still_marks_it(tmp_path: Path) -> None:
    """A batch split for a waiting command: a platform's delete in the first part, the comment it
    removes in a later one (relays do not promise order): the comment is stored marked deleted."""
    engine = open_database(tmp_path)
    show = Store(engine).create_show("turns")
    sink = RowSink(engine)
    sink.turns.wanted.value = 1
    delete = Comment("delete", "douyin", "del:m900", 1.0, extra={"target": "m900"}, id=1)
    rest = [Comment("comment", "douyin", f"m{i}", 2.0 + i, f"u{i}", "观众", f"第{i}条", id=i + 2)
            for i in range(TURN_CHUNK + 401)]  # m900 is in the second part
    rows: list[tuple[object, ...]] = []
    prepare(show, [delete, *rest], rows, [])
    sink.store(rows)  # type: ignore[arg-type]
    with engine.connect() as conn:
        assert conn.scalar(select(CommentRow.deleted).where(CommentRow.msg_id == "m900")) is True
