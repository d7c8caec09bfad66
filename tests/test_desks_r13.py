"""A second desk across a studio restart (round 13 probe): a desk whose token the studio no longer takes
says so and stops trying (its tries locked its own address out: the corrected desk waited), and a
command whose answer never came says it may have been done (a 下一个 sent again skipped an item)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

import app.live.remote_link
from app.live.access import AccessFile
from app.studio.errors import CommandError
from app.studio.remote import RemoteStudio
from tests.procs import Serve

pytestmark = pytest.mark.slow


def connected_desk(qtbot: Any, url: str, token: str) -> RemoteStudio:
    remote = RemoteStudio(url, token, "en")
    remote.start()
    qtbot.waitUntil(lambda: remote.connected and remote.show_id is not None, timeout=10_000)
    return remote


def test_a_desk_with_the_old_token_after_a_restart_says_so_and_locks_nobody_out(
        qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.live.remote_link, "MAX_DELAY_S", 0.3)  # a desk left running for minutes, in seconds
    first = Serve(data_dir, "--demo", "--simulate", "0", "--lan")
    old = AccessFile(data_dir / "access.json").token
    stale = connected_desk(qtbot, first.url, old)
    first.stop()
    new = AccessFile(data_dir / "access.json").rotate()  # `livedeck token --rotate` while the studio is down
    second = Serve(data_dir, "--port", str(first.port), "--simulate", "0", "--lan")
    fresh: RemoteStudio | None = None
    try:
        qtbot.waitUntil(lambda: stale.link.refused is not None, timeout=15_000)
        qtbot.wait(12_000)  # the stale desk keeps its old token
        assert not stale.connected
        started = time.monotonic()
        fresh = connected_desk(qtbot, second.url, new)  # the 场控 starts the desk again with the new token
        assert time.monotonic() - started < 3  # not kept out by the stale desk's tries (HTTP 429)
        from app.ui.remote_desk import link_status

        line = link_status(stale)
        assert "token" in line and "refused" in line and "reconnecting" not in line, line
        assert link_status(fresh) == "Connected to the studio"
    finally:
        stale.stop()
        if fresh is not None:
            fresh.stop()
        second.stop()


def test_a_command_the_studio_never_answered_may_have_been_done(
        qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.studio.remote.REPLY_TIMEOUT_S", 2.0)
    studio = Serve(data_dir, "--demo", "--simulate", "0", "--lan")
    desk = connected_desk(qtbot, studio.url, AccessFile(data_dir / "access.json").token)
    try:
        desk.execute("show.start")
        os.kill(studio.proc.pid, signal.SIGSTOP)  # busy, or the network slow: no answer in time…
        with pytest.raises(CommandError) as late:
            desk.execute("segment.next")
        os.kill(studio.proc.pid, signal.SIGCONT)
        qtbot.waitUntil(lambda: desk.state.current_index == 1, timeout=5000)  # …and then it did it
        assert late.value.code == "timeout" and "may still do it" in late.value.message
        os.kill(studio.proc.pid, signal.SIGSTOP)
        QTimer.singleShot(500, lambda: os.kill(studio.proc.pid, signal.SIGKILL))  # killed with it unanswered
        with pytest.raises(CommandError) as dropped:
            desk.execute("segment.next")
        assert dropped.value.code == "not_connected" and "may have been done" in dropped.value.message
        qtbot.waitUntil(lambda: not desk.connected, timeout=5000)
        with pytest.raises(CommandError) as unsent:
            desk.execute("segment.next")  # while the studio is down: never sent
        assert unsent.value.code == "not_connected" and "nothing was done" in unsent.value.message
    finally:
        desk.stop()
        studio.proc.wait(timeout=10)


def test_commands_a_quitting_studio_will_not_run_are_answered_not_done(data_dir: Path) -> None:
    """SIGTERM with a desk's commands on their way: each is answered, done or "not done", before the close."""
    import json

    from websockets.exceptions import ConnectionClosed

    studio = Serve(data_dir, "--demo", "--simulate", "0")
    ctl = studio.control()
    ctl.first_state()
    assert ctl.call("show.start")["ok"]
    texts = [f"口播第{i}条" for i in range(6)]
    for i, text in enumerate(texts):
        ctl.ws.send(json.dumps({"id": f"m{i}", "cmd": "host.message", "args": {"text": text}}))
    studio.proc.terminate()
    replies: dict[str, dict[str, Any]] = {}
    try:
        while True:
            msg = ctl.recv(timeout=10)
            if msg["type"] == "reply":
                replies[msg["id"]] = msg
    except ConnectionClosed:
        pass
    assert studio.proc.wait(timeout=15) == 0
    assert sorted(replies) == [f"m{i}" for i in range(6)]  # none left unanswered
    refused = {rid for rid, r in replies.items() if not r["ok"]}
    assert all(replies[rid]["error"]["code"] == "shutting_down" for rid in refused)
    again = Serve(data_dir, "--simulate", "0")
    try:
        ctl = again.control()
        ctl.first_state()
        events = ctl.call("show.events")["result"]["events"]
        done = {e["text"] for e in events if e["type"] == "host_message"}
        assert done == {texts[int(rid[1:])] for rid, r in replies.items() if r["ok"]}  # "not done" was not done
        ctl.close()
    finally:
        again.stop()
