"""The overlay paths of the live server: pages, the user's CSS, LAN tokens, and a websocket that
pushes a viewer-safe state and takes no commands."""

from __future__ import annotations

import concurrent.futures
import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from app.live.overlay import PAGES, public_state
from app.live.server import LiveServer

STATE = {
    "show": {"id": 1, "title": "专场", "status": "live"},
    "current": {"item_id": 3, "name": "大衣", "live_price": 49900, "list_price": 89900, "stock": 9, "cart_no": "3",
                "talking_points": "内部话术：别说成本价", "sku": "CT-1"},
    "timer": {"remaining_s": 60.0, "phase": "warning"},
    "lottery": {"lottery_id": "l1", "prize": "围巾", "status": "drawn", "keyword": "福袋", "entrants": 2,
                "excluded": ["douyin:blocked-user"], "commitment": "c0", "seed": "s0",
                "winners": [{"key": "douyin:123456", "name": "小明", "position": 0}]},
    "pinned": {"id": 5, "user_id": "123456", "user_name": "小明", "text": "好看", "flags": ["question"]},
    "feed": {"total": 10}, "banners": ["内部提示"], "poll": None, "now": 1000.0,
}


def test_public_state_keeps_the_desk_to_itself() -> None:
    text = json.dumps(public_state(STATE), ensure_ascii=False)
    for secret in ("内部话术", "blocked-user", "123456", "内部提示", "CT-1"):
        assert secret not in text
    pub = public_state(STATE)
    assert pub["current"]["name"] == "大衣" and pub["lottery"]["winners"] == [{"name": "小明", "position": 0}]
    assert pub["pinned"] == {"user_name": "小明", "text": "好看"}


@pytest.fixture
def lan_server(tmp_path: Path) -> Iterator[tuple[LiveServer, list[str]]]:
    calls: list[str] = []

    def control(cmd: str, _args: dict[str, Any]) -> concurrent.futures.Future[dict[str, Any]]:
        calls.append(cmd)
        f: concurrent.futures.Future[dict[str, Any]] = concurrent.futures.Future()
        f.set_result({})
        return f

    server = LiveServer(control, port=0, lan=True, token="s3cret", trust_loopback=False)
    server.overlays.data_dir = tmp_path
    server.start()
    yield server, calls
    server.stop()


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, ""


def test_pages_need_the_token_in_lan_mode(lan_server: tuple[LiveServer, list[str]]) -> None:
    server, _ = lan_server
    base = f"http://127.0.0.1:{server.port}/overlay"
    assert get(f"{base}/poll")[0] == 401
    for name in PAGES:
        status, body = get(f"{base}/{name}?token=s3cret")
        assert status == 200 and f'data-page="{name}"' in body
    assert get(f"{base}/nope?token=s3cret")[0] == 404
    with pytest.raises(InvalidStatus):
        connect(f"ws://127.0.0.1:{server.port}/overlay/ws", open_timeout=5)


def test_the_users_css_comes_after_the_shipped_one(lan_server: tuple[LiveServer, list[str]]) -> None:
    server, _ = lan_server
    assert server.overlays.data_dir is not None
    (server.overlays.data_dir / "overlay.css").write_text("#w-poll { left: 1000px; }", encoding="utf-8")
    _status, page = get(f"http://127.0.0.1:{server.port}/overlay/poll?token=s3cret")
    assert page.index("#w-poll { left: 1000px; }") > page.index("--font:")
    _status, css = get(f"http://127.0.0.1:{server.port}/overlay/overlay.css?token=s3cret")
    assert css.rstrip().endswith("#w-poll { left: 1000px; }")


def test_the_overlay_socket_pushes_state_and_takes_no_commands(lan_server: tuple[LiveServer, list[str]]) -> None:
    server, calls = lan_server
    server.publish({"type": "state", "state": STATE})
    with connect(f"ws://127.0.0.1:{server.port}/overlay/ws?token=s3cret", open_timeout=5) as ws:
        first = json.loads(ws.recv(timeout=5))
        assert first["type"] == "state" and first["state"]["current"]["name"] == "大衣" and first["age_s"] >= 0
        ws.send(json.dumps({"id": 1, "cmd": "show.end", "args": {}}))
        server.publish({"type": "event", "event": {"type": "show_ended"}})  # events are not for overlays
        server.publish({"type": "state", "state": {**STATE, "now": 1001.0}})
        second = json.loads(ws.recv(timeout=5))
        assert second == {"type": "state", "seq": first["seq"] + 1, "state": {**public_state(STATE), "now": 1001.0}}
    assert calls == []
