"""The comment writer in its own process (issue #22, point 4): nothing accepted is lost when the
child dies, failures behave as in the thread writer, and the child never outlives the app."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import psutil
from sqlalchemy import Engine, func, select
from websockets.sync.client import connect

from app.core.comments import Comment
from app.models.db import open_database
from app.models.schema import CommentRow, DeadLetter
from app.models.store import Store
from app.models.writer_process import ProcessWriter, open_writer
from tests.conftest import PYTHON, ROOT
from tests.waits import wait_for


def batch(start: int, n: int) -> list[Comment]:
    return [Comment("comment", "douyin", f"m{i}", 1.0 * i, "u", "观众", f"第{i}条", id=i)
            for i in range(start, start + n)]


def gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def started(tmp_path: Path, retry_s: float = 1.0) -> tuple[Engine, int, ProcessWriter]:
    """A database with one show and a writer process that is up (its first flush answered)."""
    engine = open_database(tmp_path)
    show = Store(engine).create_show("w")
    writer = ProcessWriter(engine, retry_s=retry_s)
    assert writer.flush(30)
    return engine, show, writer


def write_lock(tmp_path: Path) -> sqlite3.Connection:
    """Another program holding the database's write lock until it rolls back."""
    other = sqlite3.connect(tmp_path / "livedeck.sqlite3", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def stored_ids(engine: Engine, show: int) -> tuple[int, int]:
    with engine.connect() as conn:
        return tuple(conn.execute(select(func.count(), func.count(func.distinct(CommentRow.msg_id)))
                                  .where(CommentRow.show_id == show)).one())  # type: ignore[return-value]


def test_killed_mid_flood_a_new_child_stores_every_row_exactly_once(tmp_path: Path) -> None:
    engine = open_database(tmp_path)
    show = Store(engine).create_show("w")
    writer = ProcessWriter(engine, retry_s=0.05)
    total = 60_000

    killed = threading.Event()

    def flood() -> None:
        for i in range(1, total + 1, 50):
            if i > total // 2:  # the rest after the kill: it may come after the child committed all it had
                killed.wait(30)
            writer.put(show, batch(i, 50))

    sender = threading.Thread(target=flood)
    sender.start()
    wait_for(lambda: writer.stored > 0, timeout=30)  # the child is committing
    first = writer.pid
    assert first is not None
    os.kill(first, signal.SIGKILL)
    killed.set()
    sender.join()
    assert writer.flush(60)
    assert gone(first) and writer.pid != first and writer.restarts == 1
    assert stored_ids(engine, show) == (total, total)  # every row, none twice
    # rows the dead child committed without saying so are counted as stored, not as duplicates
    assert (writer.written, writer.stored, writer.duplicates, writer.pending) == (total, total, 0, 0)
    assert writer.error is None  # it said what happened; the next commit cleared it
    assert writer.close()


def test_rows_and_counters_after_flush_and_what_cannot_be_pickled_or_stored(tmp_path: Path) -> None:
    engine = open_database(tmp_path)
    show = Store(engine).create_show("w")
    writer = open_writer(engine, "process")
    assert isinstance(writer, ProcessWriter)
    writer.put(show, batch(1, 3_000))
    dup = batch(3_001, 1)
    dup[0].msg_id = "m5"  # the platform sent m5 again under a new LiveDeck id: a duplicate
    unjson = batch(3_002, 1)
    unjson[0].extra = {"x": {1, 2}}  # past the edge by a bug: JSON cannot hold a set
    collide = batch(3_003, 1)
    collide[0].id = 7  # a colliding LiveDeck id: SQLite refuses it, a permanent failure
    writer.put(show, dup + unjson + collide + batch(3_004, 2))
    assert writer.flush(30)
    assert Store(engine).count_comments(show) == {"comment": 3_002}
    assert (writer.stored, writer.duplicates, writer.dead_letters, writer.pending) == (3_002, 1, 2, 0)
    assert writer.last_dead_letter is not None and "UNIQUE" in writer.last_dead_letter
    with engine.connect() as conn:
        dead = conn.execute(select(DeadLetter.reason, DeadLetter.payload)).all()
    assert sorted(json.loads(p)["msg_id"] for _, p in dead) == ["m3002", "m3003"]
    assert any(r.startswith("TypeError") for r, _ in dead)
    assert writer.close()


def test_a_locked_database_keeps_the_rows_until_it_clears(tmp_path: Path) -> None:
    engine, show, writer = started(tmp_path, retry_s=0.05)
    other = write_lock(tmp_path)
    writer.put(show, batch(1, 1_000))
    wait_for(lambda: writer.error is not None and "locked" in writer.error, timeout=30)
    assert writer.pending == 1_000 and Store(engine).count_comments(show) == {}
    other.rollback()
    other.close()
    assert writer.flush(30)
    assert Store(engine).count_comments(show) == {"comment": 1_000}
    assert writer.error is None and writer.dead_letters == 0
    assert writer.close()


def test_ctrl_c_in_the_terminal_does_not_stop_the_writer_mid_batch(tmp_path: Path) -> None:
    """Ctrl+C reaches the whole process group; the app, not the child, decides when writing ends."""
    _engine, show, writer = started(tmp_path)
    writer.put(show, batch(1, 2_000))
    assert writer.flush(30)
    assert writer.pid is not None
    os.kill(writer.pid, signal.SIGINT)
    writer.put(show, batch(2_001, 2_000))
    assert writer.flush(30)
    assert writer.restarts == 0 and writer.stored == 4_000
    assert writer.close()


def test_close_says_so_when_rows_could_not_be_written_and_stops_the_child(tmp_path: Path) -> None:
    _engine, show, writer = started(tmp_path, retry_s=0.05)
    child = writer.pid
    assert child is not None
    other = write_lock(tmp_path)  # the database stays locked past the app's shutdown
    try:
        writer.put(show, batch(1, 100))
        assert writer.close(timeout=1.0) is False
        assert writer.pending == 100
        wait_for(lambda: gone(child), timeout=10)
    finally:
        other.rollback()
        other.close()


def test_close_stops_a_child_that_is_stopped_with_a_full_pipe(tmp_path: Path) -> None:
    """A child that cannot run at all (stopped: a debugger, `kill -STOP`) ignores a polite terminate:
    close must still end it, or the app's exit waits on it for ever (multiprocessing joins its
    daemon children at exit)."""
    _engine, show, writer = started(tmp_path, retry_s=0.05)
    child = writer.pid
    assert child is not None
    os.kill(child, signal.SIGSTOP)
    try:
        for k in range(50):  # more than the pipe holds: the sender blocks writing to it
            writer.put(show, batch(1 + 2000 * k, 2000))
        assert writer.close(timeout=1.0) is False
        assert writer.pending == 100_000
        assert gone(child)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(child, signal.SIGKILL)


def test_the_child_ends_when_the_app_is_killed(tmp_path: Path) -> None:
    code = ("import sys\nfrom pathlib import Path\nfrom app.models.db import open_database\n"
            "from app.models.writer_process import ProcessWriter\n"
            "w = ProcessWriter(open_database(Path(sys.argv[1])))\nw.flush(60)\nprint(w.pid, flush=True)\n"
            "sys.stdin.read()\n")
    app = subprocess.Popen([PYTHON, "-c", code, str(tmp_path)], cwd=ROOT, stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, text=True)
    try:
        assert app.stdout is not None
        child = int(app.stdout.readline())
        assert not gone(child)
        app.kill()
        app.wait(10)
        wait_for(lambda: gone(child), timeout=10)
    finally:
        app.kill()
        app.wait(10)


def test_the_apps_runtime_stores_ingest_through_the_writer_process(qtbot: Any, tmp_path: Path) -> None:
    """The real app's path: Runtime with its writer process, comments over /ingest, then the
    database and the review see them; shutting down waits for every row and ends the child."""
    from app.studio import review as sr
    from app.studio.demo import ensure_demo_show
    from app.studio.runtime import Runtime

    rt = Runtime(tmp_path / "data", port=0, speech=False, writer="process")
    assert isinstance(rt.writer, ProcessWriter)
    child = rt.writer.pid
    try:
        rt.start()
        show = ensure_demo_show(rt.store)
        rt.studio.open_show(show)
        rt.studio.execute("show.start")
        now = time.time()
        events = [{"type": "comment", "platform": "douyin", "msg_id": f"e{i}", "ts": now + i / 1000,
                   "user": {"id": f"u{i % 40}", "name": f"观众{i % 40}"}, "text": "这个多少钱"} for i in range(500)]
        assert rt.writer.ready.wait(20)  # /ingest refuses relays until then (tests/test_startup_window.py)
        with connect(f"ws://127.0.0.1:{rt.server.port}/ingest", open_timeout=5) as ws:
            for i in range(0, 500, 50):
                ws.send(json.dumps(events[i:i + 50], ensure_ascii=False))
        qtbot.waitUntil(lambda: rt.writer.written >= 500, timeout=20_000)
        assert rt.store.count_comments(show) == {"comment": 500}
        figures = {f.key: f.value for f in sr.compute(rt.store, show).summary}
        assert figures["comments"] == 500 and figures["commenters"] == 40
        assert rt.studio.feed is not None and rt.studio.feed.pipeline.writer is rt.writer
    finally:
        assert rt.shutdown()
    assert child is not None and gone(child)


def test_a_batch_sent_again_does_not_set_a_row_aside_twice(tmp_path: Path) -> None:
    """The dead child had set a bad row aside and committed, but died before saying so: the new
    child gets the batch again, keeps the good rows once and the dead letter once (counted)."""
    import multiprocessing
    import pickle

    from app.models.writer import take_fields
    from app.models.writer_process import _ChildSink, _serve

    engine = open_database(tmp_path)
    show = Store(engine).create_show("w")
    rows = batch(1, 5)
    bad = batch(6, 1)
    bad[0].kind = None  # type: ignore[assignment]  # past the edge by a bug: NOT NULL refuses it for good
    groups: list[Any] = []
    take_fields(show, rows + bad, groups, [])
    data = pickle.dumps((1, groups, []))
    for replay_through in (0, 1):  # the first child, then the one started after it died
        inbox, parent_end = multiprocessing.Pipe(duplex=False)
        acks, outbox = multiprocessing.Pipe(duplex=False)
        parent_end.send_bytes(data)
        parent_end.close()  # then end-of-file: _serve writes what it holds and returns False
        sink = _ChildSink(engine, 0.05, outbox)
        assert not _serve(sink, inbox, replay_through)
        assert acks.recv()[1] == [1]
        assert sink.dead_letters == 1 and sink.stored == 5
    assert stored_ids(engine, show) == (5, 5)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(DeadLetter)) == 1


def test_the_restart_message_clears_once_the_new_child_is_up(tmp_path: Path) -> None:
    engine, show, writer = started(tmp_path)
    writer.put(show, batch(1, 10))
    assert writer.flush(30)
    first = writer.pid
    assert first is not None
    os.kill(first, signal.SIGKILL)
    wait_for(lambda: writer.restarts == 1, timeout=30)
    # nothing more arrives (a quiet room): the desk must not say "restarting" for the rest of the show
    wait_for(lambda: writer.error is None, timeout=30)
    assert writer.pid != first
    writer.put(show, batch(11, 10))
    assert writer.flush(30) and stored_ids(engine, show) == (20, 20)
    assert writer.close()
