"""The control websocket exactly as PROTOCOL.md says, against a real `livedeck serve`."""

import concurrent.futures
import json
import time
from pathlib import Path
from typing import Any

import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from app.live.gate import is_loopback
from app.live.server import LiveServer
from tests.procs import Serve
from tests.waits import wait_for


@pytest.fixture
def serve(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = Serve(tmp_path, "--demo")
    yield s
    s.stop()


def test_state_on_connect_replies_and_events(serve: Serve) -> None:
    c = serve.control()
    state = c.first_state()
    assert state["show"]["status"] == "draft" and state["next"]["index"] == 0
    r = c.call("show.start")
    assert r == {"type": "reply", "id": "r1", "ok": True, "result": {"index": 0, "item_id": state["next"]["item_id"]}}
    r = c.call("segment.next")
    assert r["ok"] and r["result"]["index"] == 1
    assert [e["type"] for e in c.events] == ["show_started", "segment_started", "segment_started"]
    assert c.states[-1]["current"]["index"] == 1 and c.states[-1]["timer"]["phase"] == "running"
    r = c.call("timer.add", seconds=-60)
    assert r["ok"] and c.events[-1]["type"] == "time_added" and c.events[-1]["seconds"] == -60
    shows = c.call("show.list")["result"]["shows"]
    assert shows[0]["status"] == "live" and shows[0]["items"] == 12
    c.close()


def test_bad_commands_get_error_replies_and_the_connection_stays(serve: Serve) -> None:
    c = serve.control()
    c.first_state()
    assert c.call("segment.next")["error"]["code"] == "not_live"
    assert c.call("no.such")["error"]["code"] == "unknown_command"
    assert c.call("segment.goto", index=0)["error"]["code"] == "not_live"
    assert c.call("show.start")["ok"]
    assert c.call("segment.goto", index="x")["error"]["code"] == "bad_args"
    assert c.call("segment.goto", index=99)["error"]["code"] == "out_of_range"
    c.ws.send("{not json")
    assert c.reply(None)["error"]["code"] == "bad_request"
    c.ws.send(json.dumps({"id": 7, "cmd": "timer.add", "args": [1, 2]}))
    assert c.reply(7)["error"]["code"] == "bad_request"
    assert c.call("segment.next")["ok"]  # still connected and working
    c.close()


def test_state_arrives_every_second_while_live(serve: Serve) -> None:
    c = serve.control()
    c.first_state()
    c.call("show.start")
    n = len(c.states)
    start = time.monotonic()
    while time.monotonic() - start < 3.2:
        c.recv(timeout=2)
    assert len(c.states) - n >= 3
    assert c.states[-1]["timer"]["elapsed_s"] > 2
    c.close()


def test_app_quit_exits_cleanly(serve: Serve) -> None:
    c = serve.control()
    c.first_state()
    assert c.call("app.quit")["ok"]
    assert serve.proc.wait(timeout=15) == 0


def _echo(cmd: str, args: dict[str, Any]) -> "concurrent.futures.Future[dict[str, Any]]":
    f: concurrent.futures.Future[dict[str, Any]] = concurrent.futures.Future()
    f.set_result({"cmd": cmd})
    return f


def test_lan_mode_needs_a_token() -> None:
    with pytest.raises(ValueError):
        LiveServer(_echo, lan=True)
    server = LiveServer(_echo, port=0, lan=True, token="s3cret", trust_loopback=False)
    server.start()
    try:
        assert server.host == "0.0.0.0"
        url = f"ws://127.0.0.1:{server.port}/control"
        with pytest.raises(InvalidStatus) as refused:
            connect(url, open_timeout=5)
        assert refused.value.response.status_code == 401
        with pytest.raises(InvalidStatus):
            connect(url + "?token=wrong", open_timeout=5)
        for kwargs in ({"uri": url + "?token=s3cret"},
                       {"uri": url, "additional_headers": {"Authorization": "Bearer s3cret"}}):
            with connect(**kwargs, open_timeout=5) as ws:  # type: ignore[arg-type]
                ws.send(json.dumps({"id": 1, "cmd": "show.list"}))
                assert json.loads(ws.recv(timeout=5))["result"] == {"cmd": "show.list"}
    finally:
        server.stop()


def test_default_binds_loopback_only_and_unknown_paths_404() -> None:
    server = LiveServer(_echo, port=0)
    server.start()
    try:
        assert server.host == "127.0.0.1"
        with pytest.raises(InvalidStatus) as refused:
            connect(f"ws://127.0.0.1:{server.port}/other", open_timeout=5)
        assert refused.value.response.status_code == 404
    finally:
        server.stop()
    assert is_loopback("127.0.0.1") and is_loopback("::1") and not is_loopback("192.168.1.5")


def test_port_in_use_is_a_clear_failure(tmp_path: Path, serve: Serve) -> None:
    import subprocess

    from tests.conftest import PYTHON, ROOT

    r = subprocess.run([PYTHON, "-m", "app", "serve", "--data-dir", str(tmp_path / "b"), "--port", str(serve.port),
                        "--no-speech"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and f"{serve.port}" in r.stderr


def test_kill_9_while_live_recovers_where_it_stood(tmp_path: Path) -> None:
    first = Serve(tmp_path, "--demo")
    c = first.control()
    c.first_state()
    c.call("show.start")
    c.call("segment.next")
    c.call("segment.next")
    c.call("timer.add", seconds=90)
    c.call("comment.pin", comment={"user_name": "小明", "text": "有黑色吗"})
    c.call("timer.pause")
    c.call("timer.resume")
    # the pushed state has caught up with the commands (each call reads the pushes before its reply)
    wait_for(lambda: c.call("show.list") and c.states[-1]["timer"]["added_s"] == 90
             and c.states[-1]["timer"]["phase"] != "paused" and c.states[-1]["pinned"])
    before = c.states[-1]
    first.kill9()
    time.sleep(1.0)  # on purpose: the studio stays down a while, and the timer must account for it
    restarted_at = time.monotonic()
    second = Serve(tmp_path)  # no --show: it finds the show that was live
    try:
        c2 = second.control()
        after = c2.first_state()
        recovery_s = time.monotonic() - restarted_at
        assert after["show"] == before["show"]
        same = ("item_id", "name", "index", "stock", "live_price")
        assert {k: after["current"][k] for k in same} == {k: before["current"][k] for k in same}
        assert after["pinned"] == before["pinned"]
        assert after["current"]["actual_s"] >= before["current"]["actual_s"]  # time went on while down
        gone = after["now"] - before["now"]
        assert gone > 1.0
        assert after["timer"]["remaining_s"] == pytest.approx(before["timer"]["remaining_s"] - gone, abs=0.05)
        assert after["timer"]["added_s"] == 90
        assert after["clock"]["show_elapsed_s"] == pytest.approx(before["clock"]["show_elapsed_s"] + gone, abs=0.05)
        assert recovery_s < 10
        print(f"recovered in {recovery_s:.2f}s, timer off by "
              f"{abs(after['timer']['remaining_s'] - before['timer']['remaining_s'] + gone) * 1000:.1f} ms")
        c2.close()
    finally:
        second.stop()
