"""A second desk across a studio restart (round 13 probe): a desk whose token the studio no longer takes
says so and stops trying (its tries locked its own address out: the corrected desk waited), and a
command whose answer never came says it may have been done (a 下一个 sent again skipped an item)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

import app.live.remote_link
from app.live.access import AccessFile
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
