"""LiveDeck on a real PostgreSQL 15 (tests/pgcluster.py): the commands, the comment writer's
guarantees, and rooms owned by one studio at a time. No mock database."""

from __future__ import annotations

import json
import subprocess
import threading
import time
from pathlib import Path

from sqlalchemy import func, select, text

from app.core.comments import Comment
from app.models.db import open_url
from app.models.schema import CommentRow, DeadLetter
from app.models.store import Store
from app.models.writer import CommentWriter, next_comment_id
from tests.conftest import PYTHON, ROOT, sample_items
from tests.procs import Serve
from tests.waits import wait_for


def livedeck(*args: str, db: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PYTHON, "-m", "app", *args, "--db", db], capture_output=True, text=True, cwd=cwd,
                          timeout=120, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})


def c(n: int, text_: str = "好看", platform: str = "douyin") -> Comment:
    return Comment("comment", platform, f"m{n}", 1_764_000_000.0 + n, f"u{n}", f"观众{n}", text_)


def test_the_commands_run_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    sheet = tmp_path / "products.csv"
    sheet.write_text("商品名称,价格,直播价,库存,时长\n大衣,899,499,120,10\n围巾,399,199,80,6\n", encoding="utf-8")
    r = livedeck("import", str(sheet), "--show", "周三专场", db=pg_url)
    assert r.returncode == 0, r.stderr
    r = livedeck("shows", db=pg_url)
    show_id, title, status, n = r.stdout.strip().split("\t")
    assert (title, status, n) == ("周三专场", "draft", "2")
    r = livedeck("export", show_id, "--what", "runsheet", "--format", "json", db=pg_url)
    assert [row["name"] for row in json.loads(r.stdout)] == ["大衣", "围巾"]
    engine = open_url(pg_url)
    writer = CommentWriter(engine)
    first = next_comment_id(engine)
    rows = [c(i) for i in range(50)] + [Comment("order", "douyin", "o1", 1_764_000_100.0, "u1", "买家", "",
                                                extra={"sku": "CT-1", "quantity": 2, "amount": 99800})]
    for i, row in enumerate(rows):
        row.id = first + i
    writer.put(int(show_id), rows)
    assert writer.close()
    engine.dispose()
    r = livedeck("report", show_id, "--format", "json", "--out", str(tmp_path / "r.json"), db=pg_url)
    assert r.returncode == 0, r.stderr
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert "50" in json.dumps(report) and "99800" in json.dumps(report).replace(".0", "")
    # the environment variable does the same as --db
    env = {**__import__("os").environ, "LIVEDECK_DB": pg_url}
    r = subprocess.run([PYTHON, "-m", "app", "shows"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
    assert r.stdout.strip().split("\t")[1] == "周三专场"


def test_an_unreachable_server_is_one_line_and_exit_2(pg_cluster: object) -> None:
    r = livedeck("shows", db="postgresql://postgres@127.0.0.1:1/nowhere")
    assert r.returncode == 2
    assert r.stderr.startswith("livedeck: cannot use database postgresql://postgres@127.0.0.1:1/nowhere")
    assert len(r.stderr.strip().splitlines()) == 1


def test_writer_batches_skips_duplicates_and_sets_a_bad_row_aside(pg_url: str) -> None:
    engine = open_url(pg_url)
    store = Store(engine)
    show = store.create_show("A", items=sample_items())
    writer = CommentWriter(engine)
    first = next_comment_id(engine)
    rows = [c(i) for i in range(3000)]
    rows[1234] = c(1234, "坏\x00行")  # PostgreSQL refuses NUL in text: one dead letter, the rest stored
    for i, row in enumerate(rows):
        row.id = first + i
    writer.put(show, rows)
    dup = c(5)
    dup.id = first + 10_000
    writer.put(show, [dup])
    assert writer.close()
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(CommentRow)) == 2999
        reason = conn.scalar(select(DeadLetter.reason))
    assert writer.dead_letters == 1 and writer.duplicates == 1
    assert "NUL" in str(reason) or "0x00" in str(reason)
    engine.dispose()


def test_rooms_never_see_each_others_rows_and_ids_never_collide(pg_url: str) -> None:
    a_engine, b_engine = open_url(pg_url), open_url(pg_url)
    a, b = Store(a_engine), Store(b_engine)
    room_a, room_b = a.create_show("A 直播间", items=sample_items()), b.create_show("B 直播间", items=sample_items())
    wa, wb = CommentWriter(a_engine), CommentWriter(b_engine)
    ida, idb = next_comment_id(a_engine), next_comment_id(b_engine)
    batch_a, batch_b = [c(i) for i in range(500)], [c(i) for i in range(500)]  # same msg ids in both rooms
    for i, (x, y) in enumerate(zip(batch_a, batch_b, strict=True)):
        x.id, y.id = ida + i, idb + i
    wa.put(room_a, batch_a)
    wb.put(room_b, batch_b)
    assert wa.close() and wb.close()
    assert wa.stored == wb.stored == 500 and wa.dead_letters == wb.dead_letters == 0
    assert {x.id for x in a.comments(room_a)} == {x.id for x in batch_a}
    assert {x.id for x in b.comments(room_b)} == {x.id for x in batch_b}
    a_engine.dispose()
    b_engine.dispose()


def test_nothing_accepted_is_lost_when_the_server_restarts_mid_show(pg_cluster: object, pg_url: str) -> None:
    engine = open_url(pg_url)
    show = Store(engine).create_show("probe", items=sample_items())
    writer = CommentWriter(engine, retry_s=0.2)
    first = next_comment_id(engine)
    sent = 0
    stop = threading.Event()

    def feed() -> None:  # ~2,000 events a second in 20 ms batches, as ingest hands them over
        nonlocal sent
        t0 = time.monotonic()
        while not stop.is_set():
            batch = [c(sent + i) for i in range(40)]
            for i, row in enumerate(batch):
                row.id = first + sent + i
            writer.put(show, batch)
            sent += len(batch)
            time.sleep(max(0.0, t0 + sent / 2000 - time.monotonic()))  # paces the feed (the rate), not a wait

    t = threading.Thread(target=feed)
    t.start()
    wait_for(lambda: writer.stored >= 2000, timeout=30)
    at_restart = sent
    pg_cluster.restart("immediate")  # type: ignore[attr-defined]
    wait_for(lambda: writer.stored >= at_restart + 4000, timeout=30)  # storing again, two seconds past it
    stop.set()
    t.join()
    assert writer.close()
    with engine.connect() as conn:
        n = conn.scalar(select(func.count()).select_from(CommentRow).where(CommentRow.show_id == show))
    assert n == sent and writer.dead_letters == 0
    assert sent >= 6000
    engine.dispose()


def test_a_room_is_owned_by_one_studio_and_freed_when_it_is_killed(pg_url: str, tmp_path: Path) -> None:
    engine = open_url(pg_url)
    show = Store(engine).create_show("A 直播间", items=sample_items())
    other = Store(engine).create_show("B 直播间", items=sample_items())
    first = Serve(tmp_path / "d1", "--db", pg_url, "--show", str(show))
    try:
        r = livedeck("serve", "--port", "0", "--no-speech", "--show", str(show), "--data-dir",
                     str(tmp_path / "d2"), db=pg_url)
        assert r.returncode == 2
        assert r.stderr.strip() == (f"livedeck: show {show} is in use by another LiveDeck studio "
                                    f"(pid {first.proc.pid} on {__import__('socket').gethostname()}); "
                                    "close it or choose another --show")
        second = Serve(tmp_path / "d3", "--db", pg_url, "--show", str(other))  # another room: fine
        second.stop()
        first.kill9()
        # the server freed the killed studio's lock: the room can be opened again at once
        r = livedeck("serve", "--port", "0", "--no-speech", "--show", str(show), "--quit-after", "0.5",
                     "--data-dir", str(tmp_path / "d4"), db=pg_url)
        assert r.returncode == 0, r.stderr
    finally:
        first.stop()
        engine.dispose()


def test_the_same_revisions_build_the_same_tables(pg_url: str, tmp_path: Path) -> None:
    from app.models.db import open_database

    pg, lite = open_url(pg_url), open_database(tmp_path)
    names = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
    with pg.connect() as conn:
        pg_tables = {r[0] for r in conn.execute(text(names))}
    with lite.connect() as conn:
        lite_tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert pg_tables == lite_tables
    pg.dispose()
    lite.dispose()



def test_reviews_and_compare_across_rooms_of_one_database(qapp: object, pg_url: str) -> None:
    """Two rooms run on one PostgreSQL; the review of each, their compare and the learned durations
    read both rooms' events and comments, each only its own."""
    from app.core import review as rv
    from app.studio import review as sr
    from app.studio.studio import Studio
    from tests.doubles import FakeClock, FakeSpeaker

    engine = open_url(pg_url)
    store = Store(engine)
    writer = CommentWriter(engine)
    shows = []
    for title, minutes, n_comments, qty in (("A 直播间", 12, 30, 2), ("B 直播间", 7, 80, 5)):
        show = store.create_show(title, "douyin", "主播", None, sample_items())
        clock = FakeClock()
        studio = Studio(store, clock=clock, speaker=FakeSpeaker())
        studio.open_show(show)
        studio.execute("show.start")
        t0 = clock.now()
        first = next_comment_id(engine)
        rows = [Comment("comment", "douyin", f"m{i}", t0 + 10 + i, f"u{i}", f"观众{i}", "好看")
                for i in range(n_comments)]
        rows.append(Comment("order", "douyin", "o1", t0 + 60, "b1", "买家", "",
                            extra={"sku": "CT-1", "quantity": qty, "amount": qty * 499}))
        for i, row in enumerate(rows):
            row.id = first + i
        writer.put(show, rows)
        clock.advance(minutes * 60)
        studio.execute("segment.next")
        clock.advance(60)
        studio.execute("show.end")
        shows.append(show)
    assert writer.close()
    a, b = (sr.compute(store, s) for s in shows)
    assert a.figure("comments").value == 30 and b.figure("comments").value == 80
    cmp = rv.compare(a, b)
    assert (cmp["a"]["title"], cmp["b"]["title"]) == ("A 直播间", "B 直播间")
    coat = next(r for r in cmp["products"] if r["sku"] == "CT-1")
    assert coat["units"] == {"a": 2, "b": 5, "diff": 3}
    assert round(coat["actual_s"]["diff"]) == -5 * 60  # 12 minutes in room A, 7 in room B
    learned = sr.learned(store)
    assert learned["CT-1"].shows == 2 and round(learned["CT-1"].median_min) == round((12 + 7) / 2)
    engine.dispose()


def test_db_sqlite_url_and_the_wall_command(tmp_path: Path) -> None:
    """`--db sqlite:///PATH` is a SQLite file anywhere; `livedeck wall` opens on it and closes cleanly."""
    url = f"sqlite:///{tmp_path / 'agency.sqlite3'}"
    sheet = tmp_path / "p.csv"
    sheet.write_text("商品名称,直播价,库存\n大衣,499,120\n", encoding="utf-8")
    assert livedeck("import", str(sheet), "--show", "周三", db=url).returncode == 0
    assert (tmp_path / "agency.sqlite3").exists()
    assert livedeck("shows", db=url).stdout.split("\t")[1] == "周三"
    r = livedeck("wall", "--quit-after", "0.5", db=url)
    assert r.returncode == 0, r.stderr
    r = livedeck("shows", db="mysql://x@y/z")
    assert r.returncode == 2 and "use sqlite:///PATH or postgresql://" in r.stderr


def test_the_room_lock_follows_the_show_a_studio_opens(pg_url: str) -> None:
    from app.models.rooms import RoomKeeper

    engine = open_url(pg_url)
    one, two = (Store(engine).create_show(t, items=sample_items()) for t in ("一号间", "二号间"))
    a, b = RoomKeeper(pg_url), RoomKeeper(pg_url)
    a.claim(one).join()
    b.claim(one).join()
    assert a.refused is None and b.refused is not None and f"show {one} is in use" in b.refused
    assert b.lock is None
    a.claim(two).join()  # studio A switches rooms: room one is free again
    b.claim(one).join()
    assert b.refused is None and b.lock is not None and b.lock.show_id == one
    a.release()
    b.release()
    engine.dispose()


def test_studios_starting_together_on_a_fresh_database_migrate_once(pg_url: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(4) as pool:
        engines = list(pool.map(lambda _i: open_url(pg_url), range(4)))
    from app.models.db import current_revision, head_revision

    assert all(current_revision(e) == head_revision() for e in engines)
    for e in engines:
        e.dispose()


def test_the_writer_process_on_postgresql_loses_nothing_when_killed_mid_flood(pg_url: str) -> None:
    """On a server database too the comments are stored from a process of their own (the app's GIL
    is not theirs), and a child killed mid-flood is replaced with every row stored exactly once."""
    import os
    import signal

    from app.models.writer_process import ProcessWriter, open_writer

    engine = open_url(pg_url)
    show = Store(engine).create_show("进程写入")
    writer = open_writer(engine, "process")  # as the app opens it (the tests default to a thread)
    assert isinstance(writer, ProcessWriter)
    first_id, total = next_comment_id(engine), 20_000

    killed = threading.Event()

    def flood() -> None:
        for i in range(0, total, 50):
            if i == total // 2:  # the rest comes after the kill: a child storing the whole flood in one
                killed.wait(60)  # commit before the kill (20,000 rows a commit) left nothing to replace it for
            rows = [c(n) for n in range(i, i + 50)]
            for n, row in enumerate(rows):
                row.id = first_id + i + n
            writer.put(show, rows)

    sender = threading.Thread(target=flood)
    sender.start()
    wait_for(lambda: writer.stored > 0, timeout=60)
    first_child = writer.pid
    assert first_child is not None
    os.kill(first_child, signal.SIGKILL)
    killed.set()
    sender.join()
    assert writer.flush(120) and writer.pid != first_child
    with engine.connect() as conn:
        n, distinct = conn.execute(select(func.count(), func.count(func.distinct(CommentRow.msg_id)))
                                   .where(CommentRow.show_id == show)).one()
    assert (n, distinct) == (total, total)
    assert (writer.written, writer.stored, writer.duplicates) == (total, total, 0)
    assert writer.close()
    engine.dispose()
