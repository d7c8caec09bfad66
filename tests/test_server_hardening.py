"""Issue #13 findings 3, 5 and 6: web pages cannot drive the studio, slow clients cannot grow memory,
and nothing a client sends closes its connection."""

from __future__ import annotations

import base64
import concurrent.futures
import contextlib
import json
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest
from websockets.sync.client import ClientConnection, connect

from app.live.access import AccessFile, normalise_origin, own_origin
from app.live.outbox import CLOSE_TOO_SLOW
from app.live.server import IngestContext, LiveServer
from tests.doubles import stuck_client
from tests.waits import wait_for


def _echo(cmd: str, args: dict[str, Any]) -> concurrent.futures.Future[dict[str, Any]]:
    f: concurrent.futures.Future[dict[str, Any]] = concurrent.futures.Future()
    f.set_result({"cmd": cmd})
    return f


@pytest.fixture
def server() -> Iterator[LiveServer]:
    frames: list[str | bytes] = []

    def ingest(frame: str | bytes, ctx: IngestContext) -> None:
        if frame == "boom":
            raise RuntimeError("an adapter bug")
        frames.append(frame)

    s = LiveServer(_echo, ingest, port=0)
    s.frames = frames  # type: ignore[attr-defined]
    s.start()
    yield s
    s.stop()


def status(url: str, **headers: str) -> int:
    """The HTTP status of a websocket handshake sending exactly these headers (Host included)."""
    hostport, _, path = url.removeprefix("ws://").partition("/")
    host, _, port = hostport.rpartition(":")
    fields = {"Host": hostport, "Upgrade": "websocket", "Connection": "Upgrade",
              "Sec-WebSocket-Key": base64.b64encode(os.urandom(16)).decode(), "Sec-WebSocket-Version": "13",
              **headers}
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall((f"GET /{path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields.items())
                      + "\r\n").encode())
        head = b""
        while b"\r\n" not in head:
            head += sock.recv(1)
    return int(head.split()[1])


def test_foreign_web_pages_are_refused(server: LiveServer) -> None:
    base = f"ws://127.0.0.1:{server.port}"
    for path in ("/control", "/ingest"):
        assert status(base + path, Origin="https://evil.example") == 403
        assert status(base + path, Origin="null") == 403
        assert status(base + path) == 101  # relays, scripts, Stream Deck: no Origin
        # the studio's own overlay pages (same host and port) may connect
        assert status(base + path, Origin=f"http://127.0.0.1:{server.port}") == 101
        assert status(base + path, Origin=f"http://localhost:{server.port}", Host=f"localhost:{server.port}") == 101
        # DNS rebinding: a name that resolves to 127.0.0.1 is still a foreign page
        assert status(base + path, Origin=f"http://evil.example:{server.port}",
                      Host=f"evil.example:{server.port}") == 403
    assert server.health["origin_refused"] == 6
    server.allowed_origins = ["https://companion.example"]
    assert status(base + "/control", Origin="https://Companion.example:443") == 101


def test_origin_rules() -> None:
    assert normalise_origin("HTTP://LocalHost:80/") == "http://localhost"
    assert normalise_origin("https://a.example/path") is None
    assert normalise_origin("javascript:alert(1)") is None
    assert own_origin("http://127.0.0.1:8765", "127.0.0.1:8765", 8765)
    assert not own_origin("http://127.0.0.1:9999", "127.0.0.1:8765", 8765)
    assert not own_origin("http://rebind.example:8765", "rebind.example:8765", 8765)


def test_lan_control_needs_the_token_even_on_loopback_and_it_rotates(tmp_path: Path) -> None:
    access = AccessFile(tmp_path / "access.json")
    old = access.token
    s = LiveServer(_echo, lambda f, c: None, port=0, lan=True, access=access)
    s.start()
    try:
        base = f"ws://127.0.0.1:{s.port}"
        assert status(base + "/control") == 401
        assert status(base + f"/control?token={old}") == 101
        assert status(base + "/ingest") == 101  # local relays on this PC push without a token
        new = AccessFile(tmp_path / "access.json").rotate()  # e.g. `livedeck token --rotate`
        wait_for(lambda: status(base + f"/control?token={old}") == 401)
        assert status(base + "/control", Authorization=f"Bearer {new}") == 101
    finally:
        s.stop()


def test_connections_per_path_are_capped(server: LiveServer) -> None:
    server.max_connections = 3
    url = f"ws://127.0.0.1:{server.port}/control"
    with contextlib.ExitStack() as stack:
        for _ in range(3):
            stack.enter_context(connect(url, open_timeout=5))
        wait_for(lambda: status(url) == 503)  # the three are counted (a 4th would get 101 forever)
        assert status(f"ws://127.0.0.1:{server.port}/ingest") == 101  # per path
    wait_for(lambda: status(url) == 101)  # the closed ones are no longer counted


def test_nothing_a_client_sends_closes_its_connection(server: LiveServer) -> None:
    with connect(f"ws://127.0.0.1:{server.port}/ingest", open_timeout=5) as ws:
        ws.send("boom")  # the ingest handler raises
        ws.send("[" * 100_000)
        ws.send("good")
        wait_for(lambda: len(server.frames) >= 2)  # type: ignore[attr-defined]
    assert server.frames == ["[" * 100_000, "good"]  # type: ignore[attr-defined]
    assert server.health["parse_error"] == 1
    with connect(f"ws://127.0.0.1:{server.port}/control", open_timeout=5) as ws:
        for raw in ("[" * 100_000 + "]" * 100_000, '{"cmd": "x", "args": {"n": 1e999}}', "{bad"):
            ws.send(raw)
            reply = json.loads(ws.recv(timeout=5))
            assert reply["type"] == "reply"
        ws.send(json.dumps({"id": 7, "cmd": "show.list"}))
        assert json.loads(ws.recv(timeout=5)) == {"type": "reply", "id": 7, "ok": True, "result": {"cmd": "show.list"}}


def test_a_state_with_nan_is_not_pushed_as_invalid_json(server: LiveServer) -> None:
    with connect(f"ws://127.0.0.1:{server.port}/control", open_timeout=5) as ws:
        _registered(ws)
        server.publish({"type": "state", "state": {"timer": float("nan")}})
        server.publish({"type": "state", "state": {"timer": 1}})
        assert json.loads(ws.recv(timeout=5)) == {"type": "state", "state": {"timer": 1}}
    assert server.health["unpublishable"] == 1


def _registered(ws: ClientConnection) -> None:
    """A reply to a command proves the server's session of `ws` is set up (it registers before reading)."""
    ws.send(json.dumps({"id": "ready", "cmd": "show.list"}))
    assert json.loads(ws.recv(timeout=5))["id"] == "ready"


def test_clients_that_stop_reading_are_dropped_and_memory_stays_flat(server: LiveServer) -> None:
    stuck = [stuck_client(server.port) for _ in range(10)]
    with connect(f"ws://127.0.0.1:{server.port}/control", open_timeout=5, max_queue=None) as good:
        _registered(good)  # the stuck ones' sessions began before this one's
        rss0 = psutil.Process().memory_info().rss
        pad = "x" * 2000
        for n in range(3000):  # ~6 MB a client
            server.publish({"type": "event", "event": {"seq": n, "pad": pad}})
            if n % 50 == 0:  # ~1,000 messages a second: what a reading client keeps up with
                time.sleep(0.05)  # paces the publisher on purpose (the rate), not a wait for a result
                while True:  # the reading client keeps up
                    try:
                        good.recv(timeout=0)
                    except TimeoutError:
                        break
        wait_for(lambda: server.health["slow_client_dropped"] >= 10, timeout=10)
        growth = psutil.Process().memory_info().rss - rss0
        assert server.health["slow_client_dropped"] == 10
        assert growth < 20e6, growth  # unbounded, the stuck clients would hold ~60 MB
        good.send(json.dumps({"id": 1, "cmd": "show.list"}))  # the reader was not dropped
        while (msg := json.loads(good.recv(timeout=5)))["type"] != "reply":
            pass
        assert msg["ok"]
    # the server ends the stuck connection: reading now reaches its end (a close frame, 1008, or a reset)
    stuck[0].settimeout(10)
    data, ended = b"", False
    try:
        while chunk := stuck[0].recv(1 << 16):
            data += chunk
        ended = True
    except ConnectionResetError:
        ended = True
    assert ended
    if b"\x88\x02" in data[-64:] or b"\x88" in data[-64:]:
        assert CLOSE_TOO_SLOW.to_bytes(2, "big") in data[-64:]
    for s in stuck:
        s.close()


def test_state_pushes_coalesce_for_a_slow_client() -> None:
    from app.live.outbox import Outbox

    class FakeWs:
        remote_address = ("127.0.0.1", 1)

    box = Outbox(FakeWs())  # type: ignore[arg-type]
    for n in range(1000):
        assert box.put(json.dumps({"type": "state", "n": n}), is_state=True)
    assert box.take() == json.dumps({"type": "state", "n": 999}) and box.take() is None


def test_serve_in_lan_mode_takes_the_data_dirs_token(tmp_path: Path) -> None:
    """End to end: `serve --lan` checks /control against access.json, also from loopback."""
    from tests.procs import Serve

    serve = Serve(tmp_path, "--lan")
    try:
        token = AccessFile(tmp_path / "access.json").token
        base = f"ws://127.0.0.1:{serve.port}"
        assert status(base + "/control") == 401
        assert status(base + f"/control?token={token}") == 101
        assert status(base + f"/control?token={token}", Origin="https://evil.example") == 403
    finally:
        serve.stop()


def test_unexpected_failures_reply_internal_error_without_raw_sql() -> None:
    from sqlalchemy.exc import OperationalError

    def failing(cmd: str, args: dict[str, Any]) -> concurrent.futures.Future[dict[str, Any]]:
        f: concurrent.futures.Future[dict[str, Any]] = concurrent.futures.Future()
        f.set_exception(OperationalError("INSERT INTO events (x) VALUES (?)", {}, Exception("disk full")))
        return f

    s = LiveServer(failing, port=0)
    s.start()
    try:
        with connect(f"ws://127.0.0.1:{s.port}/control", open_timeout=5) as ws:
            ws.send(json.dumps({"id": 1, "cmd": "show.start"}))
            reply = json.loads(ws.recv(timeout=5))
        assert reply["error"]["code"] == "internal_error" and "INSERT" not in reply["error"]["message"]
    finally:
        s.stop()
