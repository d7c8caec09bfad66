"""A second desk on another machine: a `livedeck serve` process and, in this process, the desk's own
window over a RemoteStudio (what `livedeck --connect` runs). Every action reaches the studio as a
command; a drop is caught up; nothing is stored on the desk's side."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from app.live.access import AccessFile
from app.studio.errors import CommandError
from app.studio.remote import RemoteStudio
from app.ui.main_window import MainWindow
from tests.conftest import PYTHON, ROOT
from tests.procs import Control, Serve


def control(serve: Serve) -> Control:
    """The studio's own control socket (LAN mode: with its control token)."""
    return Control(f"{serve.url}/control?token={serve.token}")


def studio_state(serve: Serve) -> dict:  # type: ignore[type-arg]
    ctl = control(serve)
    try:
        ctl.first_state()
        return ctl.call("state.get")["result"]  # type: ignore[no-any-return]
    finally:
        ctl.close()


def test_the_desk_runs_the_studio_through_its_commands(qtbot, second_desk: RemoteStudio, studio_proc: Serve) -> None:  # type: ignore[no-untyped-def]
    assert second_desk.store is None  # nothing stored twice
    window = MainWindow(second_desk, "zh_CN", "second desk")
    qtbot.addWidget(window)
    assert window.operator.run_order.rowCount() == len(second_desk.state.segments) > 3  # the studio's run-sheet
    window.operator.action_map["start"].trigger()  # F5 on the second desk
    qtbot.waitUntil(lambda: second_desk.state.status == "live", timeout=5000)
    assert studio_state(studio_proc)["show"]["status"] == "live"
    window.operator.action_map["next"].trigger()
    qtbot.waitUntil(lambda: second_desk.state.current_index == 1, timeout=5000)
    window.operator.host_text.setCurrentText("拉时长")
    window.operator.send_message()
    qtbot.waitUntil(lambda: (second_desk.snapshot().get("host") or {}).get("message") is not None, timeout=5000)
    studio = studio_state(studio_proc)
    assert studio["current"]["item_id"] == second_desk.snapshot()["current"]["item_id"]
    assert studio["host"]["message"]["text"] == "拉时长"
    assert second_desk.snapshot()["host"]["product"] == studio["host"]["product"]  # the same host screen on both
    second_desk.execute("sale.start", {"price": 399, "quantity": 20, "countdown_s": 10, "duration_s": 120})
    assert second_desk.snapshot()["sale"]["status"] == "countdown"  # the fold knows every event type the studio does
    assert any(b["kind"] == "sale" for b in second_desk.snapshot()["host"]["banners"])
    with pytest.raises(CommandError) as refused:
        second_desk.execute("segment.goto", {"index": 999})
    assert refused.value.code == "out_of_range"  # the studio's own refusal, shown on the desk
    window.close()
    window.host_view.close()


def test_a_drop_is_caught_up(qtbot, second_desk: RemoteStudio, studio_proc: Serve, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    second_desk.execute("show.start")
    port = studio_proc.port
    studio_proc.stop()
    qtbot.waitUntil(lambda: not second_desk.connected, timeout=5000)
    again = Serve(data_dir, "--port", str(port), "--simulate", "0", "--lan")
    again.token = studio_proc.token  # type: ignore[attr-defined]
    try:
        ctl = control(again)
        ctl.first_state()
        assert ctl.call("segment.next")["ok"] and ctl.call("segment.next")["ok"]  # while the desk is away
        ctl.close()
        qtbot.waitUntil(lambda: second_desk.connected and second_desk.state.current_index == 2, timeout=15_000)
        assert second_desk.state.done == set(studio_state(again)["runsheet"][i]["item_id"] for i in (0, 1))
        assert second_desk.execute("segment.next")["index"] == 3  # and it commands again
    finally:
        again.stop()


def test_livedeck_connect_opens_a_desk_and_keeps_no_store(studio_proc: Serve, data_dir: Path, tmp_path: Path) -> None:
    own = tmp_path / "desk-data"
    token = AccessFile(data_dir / "access.json").token
    done = subprocess.run([PYTHON, "-m", "app", "--connect", studio_proc.url, "--token", token, "--quit-after", "3"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "LIVEDECK_DATA_DIR": str(own)})
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert not own.exists()  # the second desk stores nothing


def test_a_wrong_token_is_refused(qtbot, studio_proc: Serve) -> None:  # type: ignore[no-untyped-def]
    remote = RemoteStudio(studio_proc.url, "not-the-token-but-long-enough-0123456789", "zh_CN")
    remote.start()
    try:
        qtbot.waitUntil(lambda: remote.link.refused is not None, timeout=5000)
        assert "401" in (remote.link.refused or "") and not remote.connected
    finally:
        remote.stop()
