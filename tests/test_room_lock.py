"""A studio keeps its room on PostgreSQL through a server restart (#21), on the real cluster of
tests/pgcluster.py: the lock is taken back as soon as the server answers, and a room another
studio took meanwhile is refused on the desk instead of written by two studios."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from app.models.db import open_url
from app.models.rooms import RoomInUse, RoomLock
from app.models.store import Store
from app.studio.studio import CommandError
from tests.conftest import sample_items
from tests.procs import Serve
from tests.test_pg import livedeck


def _show(pg_url: str, title: str) -> int:
    engine = open_url(pg_url)
    try:
        return Store(engine).create_show(title, items=sample_items())
    finally:
        engine.dispose()


def _room_states(ctl: Any, want: str, after: int = 0, timeout: float = 20) -> int:
    """Index of the first state after `after` whose room status is `want` (reading as they come)."""
    deadline = time.monotonic() + timeout
    while True:
        for i, st in enumerate(ctl.states[after:], after):
            if (st.get("room") or {}).get("status") == want:
                return i
        assert time.monotonic() < deadline, f"no room {want!r}: {[s.get('room') for s in ctl.states[-3:]]}"
        ctl.recv(timeout=max(0.1, deadline - time.monotonic()))


def test_a_studio_takes_its_room_back_when_the_server_restarts(pg_cluster: Any, pg_url: str, tmp_path: Path) -> None:
    show = _show(pg_url, "A 直播间")
    studio = Serve(tmp_path / "d1", "--db", pg_url, "--show", str(show))
    ctl = studio.control()
    try:
        owned = _room_states(ctl, "owned")
        pg_cluster.restart("immediate")  # every connection cut, the lock with it
        up = time.monotonic()
        lost = _room_states(ctl, "reconnecting", owned + 1)
        _room_states(ctl, "owned", lost + 1)
        print(f"room lock re-taken {time.monotonic() - up:.2f} s after the server was back")
        with pytest.raises(RoomInUse):  # held again: a second studio is refused
            RoomLock(pg_url, show)
        r = livedeck("serve", "--port", "0", "--no-speech", "--show", str(show), "--data-dir",
                     str(tmp_path / "d2"), db=pg_url)
        assert r.returncode == 2 and f"show {show} is in use by another LiveDeck studio" in r.stderr
    finally:
        ctl.ws.close()
        studio.stop()


def test_a_room_taken_while_the_server_was_away_is_refused(qtbot: Any, pg_cluster: Any, pg_url: str,
                                                          tmp_path: Path) -> None:
    from app.studio.runtime import Runtime
    from app.ui.main_window import MainWindow

    show = _show(pg_url, "A 直播间")
    rt = Runtime(tmp_path / "a", port=0, speech=False, db_url=pg_url, room_lock=RoomLock(pg_url, show))
    rt.start()
    other: RoomLock | None = None
    try:
        rt.studio.open_show(show)
        window = MainWindow(rt.studio)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: (rt.room.room or {}).get("status") == "owned", timeout=5000)
        assert window.room_banner.isHidden()  # ours: nothing to say
        assert rt.rooms is not None
        with rt.rooms._mutex:  # this studio's check comes late: the second studio gets in first
            pg_cluster.restart("immediate")
            other = RoomLock(pg_url, show)
        qtbot.waitUntil(lambda: rt.room.taken, timeout=10000)
        room = rt.studio.snapshot()["room"]
        assert f"pid {os.getpid()}" in room["text"]  # the holder (here: this test process)
        assert not window.room_banner.isHidden() and window.room_banner.status == "taken"
        assert room["text"] in window.room_banner.label.text()
        with pytest.raises(CommandError) as refused:  # nothing of this studio goes into the other's room
            rt.studio.execute("show.start")
        assert refused.value.code == "room_taken"
        assert rt.pipeline.show_id is None and rt.pipeline.closed_reason == "room_taken"
        assert other.held()  # the second studio keeps the room
        other.release()
        other = None
        rt.studio.execute("show.open", {"show_id": show})  # opened again once free: ours again
        qtbot.waitUntil(lambda: (rt.room.room or {}).get("status") == "owned", timeout=5000)
        rt.studio.execute("show.start")
        assert rt.studio.state.status == "live" and window.room_banner.isHidden()
    finally:
        if other is not None:
            other.release()
        rt.shutdown()


def test_the_desk_says_in_chinese_why_it_does_not_write(qtbot: Any, qapp: Any, studio: Any) -> None:
    """What the keeper reports, as the producer reads it on a zh_CN desk, and the commands it stops."""
    from app.models.rooms import RoomHolder
    from app.studio.room import RoomDesk
    from app.ui.i18n import Translations
    from app.ui.room_banner import RoomBanner

    t = Translations(qapp)
    t.install("zh_CN")
    try:
        room = RoomDesk(studio)
        banner = RoomBanner(studio)
        qtbot.addWidget(banner)
        assert banner.isHidden()  # no shared database: nothing to say
        room.report(studio.show_id, "reconnecting")  # as the keeper's thread does (queued to this one)
        qtbot.waitUntil(lambda: banner.status == "reconnecting")
        assert "重新占用本直播间" in banner.label.text()
        with pytest.raises(CommandError) as refused:
            studio.execute("show.start")
        assert refused.value.code == "room_not_held"
        room.report(studio.show_id, "taken", RoomHolder(4242, "演播室B"))
        qtbot.waitUntil(lambda: banner.status == "taken")
        assert "另一个工作台（演播室B 上的进程 4242）已打开本场直播" in banner.label.text()  # not "pid 4242 on 演播室B"
        assert studio.execute("show.list")["shows"]  # reading and opening another show stay allowed
        room.report(studio.show_id, "owned")
        qtbot.waitUntil(lambda: banner.isHidden())
        studio.execute("show.start")
        assert studio.state.status == "live"
    finally:
        t.install("none")


def test_a_dropped_lock_connection_is_noticed_within_seconds_and_retaken(pg_url: str) -> None:
    import psycopg

    from app.models.rooms import RoomKeeper, room_free
    from tests.waits import wait_for

    show = _show(pg_url, "A 直播间")
    reports: list[tuple[int, str, str | None]] = []
    keeper = RoomKeeper(pg_url, on_change=lambda *r: reports.append(r))
    try:
        keeper.claim(show).join()
        assert reports == [(show, "owned", None)]
        with psycopg.connect(pg_url, autocommit=True) as conn:  # the server ends the lock's connection
            killed = conn.execute("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' "
                                  "AND objid = %s", (show,)).fetchall()
        assert killed == [(True,)]
        t0 = time.monotonic()
        wait_for(lambda: (show, "reconnecting", None) in reports, timeout=5)
        noticed = time.monotonic() - t0
        wait_for(lambda: reports[-1] == (show, "owned", None), timeout=5)
        print(f"lost lock noticed after {noticed:.2f} s, re-taken after {time.monotonic() - t0:.2f} s")
        assert not room_free(pg_url, show)
    finally:
        keeper.release()
    assert room_free(pg_url, show)
