"""Nothing is accepted from a relay before the comment writer can store it (the startup window).

The real `livedeck serve` with its writer process, held at its start by tests/fixtures/startup's
sitecustomize (the window that lasts ~1 s in real life lasts as long as the test wants here). A relay
that connects during the window, an HTTP POST, and a relay LiveDeck connects to itself must each be
refused (and told so) or have what they sent stored after a SIGKILL. Once the writer is up they get in.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from app.models.db import open_database
from app.models.row_insert import TABLE
from tests.conftest import ROOT
from tests.procs import Serve

FIXTURES = ROOT / "tests" / "fixtures" / "startup"


def events(prefix: str, n: int) -> list[dict[str, Any]]:
    now = time.time()
    return [{"type": "comment", "platform": "douyin", "msg_id": f"{prefix}{i}", "ts": now + i / 1000,
             "user": {"id": f"u{i % 40}", "name": f"观众{i % 40}"}, "text": f"{prefix} 多少钱"} for i in range(n)]


def until(cond: Callable[[], Any], timeout: float = 20.0, what: str = "") -> Any:
    """Wait on a condition (polled), never a fixed sleep standing in for one."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = cond()
        if value:
            return value
        time.sleep(0.01)
    raise AssertionError(f"timed out waiting for {what or cond}")


def stored(data_dir: Path, prefix: str) -> int:
    """Rows of these events in the database, opened afresh (what a restarted studio sees)."""
    engine = open_database(data_dir)
    try:
        with engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(TABLE)
                                   .where(TABLE.c.msg_id.like(f"{prefix}%"))) or 0)
    finally:
        engine.dispose()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}").exists() and "zombie" not in Path(f"/proc/{pid}/status").read_text().lower()


class FakeRelay:
    """A relay LiveDeck connects to (`--relay generic=ws://…`): it pushes `batch` once per connection."""

    def __init__(self, batch: list[dict[str, Any]]) -> None:
        self.batch = batch
        self.connections = 0
        self.port = 0
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread = threading.Thread(target=lambda: asyncio.run(self._main()), daemon=True)
        self._thread.start()
        self._ready.wait(5)

    async def _main(self) -> None:
        self._loop, self._stop = asyncio.get_running_loop(), asyncio.Event()
        async with serve(self._handler, "127.0.0.1", 0) as server:
            self.port = server.sockets[0].getsockname()[1]
            self._ready.set()
            await self._stop.wait()

    async def _handler(self, ws: ServerConnection) -> None:
        self.connections += 1
        await ws.send(json.dumps(self.batch, ensure_ascii=False))
        await ws.wait_closed()

    def close(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(5)


@pytest.fixture
def held(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The path whose creation lets the serve's writer process come up."""
    release = tmp_path / "release-writer"
    monkeypatch.setenv("LIVEDECK_WRITER", "process")
    monkeypatch.setenv("LIVEDECK_HOLD_WRITER", str(release))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(FIXTURES), str(ROOT)]))
    return release


@pytest.fixture
def relay() -> Iterator[FakeRelay]:
    r = FakeRelay(events("relay", 50))
    yield r
    r.close()


def go_live(s: Serve) -> None:
    """The demo show on air: its comments are stored (a draft's would be held for later)."""
    c = s.control()
    try:
        assert c.call("show.start")["ok"]
    finally:
        c.close()


def feed(s: Serve) -> dict[str, Any]:
    c = s.control()
    try:
        return dict(c.first_state()["feed"])
    finally:
        c.close()


def post(s: Serve, body: list[dict[str, Any]]) -> tuple[int, dict[str, Any], str | None]:
    req = urllib.request.Request(f"http://127.0.0.1:{s.port}/ingest", json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read()), r.headers.get("Retry-After")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read()), e.headers.get("Retry-After")


def test_nothing_is_accepted_before_the_writer_can_store_it(data_dir: Path, held: Path, relay: FakeRelay) -> None:
    """The writer is held at its start: a relay is refused (told, 503: it retries) or what it sent
    survives a SIGKILL; a POST is refused, not answered "stored"; LiveDeck's own relay client waits."""
    s = Serve(data_dir, "--demo", "--simulate", "0", "--relay", f"generic=ws://127.0.0.1:{relay.port}")
    pid_file = held.with_name(held.name + ".pid")
    writer = int(until(lambda: pid_file.exists() and pid_file.read_text(), what="the writer process spawned"))
    accepted, refusal, posted, state = 0, None, None, {}
    try:
        go_live(s)
        # A websocket relay, as early as it can connect (the port is open: serve said so).
        try:
            with connect(f"{s.url}/ingest", open_timeout=5) as ws:
                ws.send(json.dumps(events("early", 300), ensure_ascii=False))
                accepted = 300
                until(lambda: feed(s)["total"] >= 300, what="the 300 events read")
        except InvalidStatus as exc:  # refused: the relay was told, and retries (docs/protocol.md)
            refusal = exc.response
        try:
            posted = post(s, events("posted", 5))
        except OSError as exc:
            posted = (0, {"error": repr(exc)}, None)
        state = feed(s)
        relay_connections = relay.connections
    finally:
        s.kill9()
        held.touch()  # the held writer may go on now: whatever it does, it must not matter
        until(lambda: not alive(writer), what="the orphaned writer gone")
    assert stored(data_dir, "early") == accepted  # every event accepted is in the database
    if not accepted:
        assert refusal is not None and refusal.status_code == 503 and b"writer" in refusal.body
        assert refusal.headers.get("Retry-After") == "1"
    status, reply, retry = posted
    assert (status, reply["stored"], reply["refused"], retry) == (503, 0, {"starting": 1}, "1"), posted
    assert stored(data_dir, "posted") == 0
    assert state["writer_starting"] is True and "writer_starting" not in str(state["writer_error"])
    assert relay_connections == 0 and stored(data_dir, "relay") == 0  # LiveDeck's own relay client waited


def test_relays_get_in_once_the_writer_is_up(data_dir: Path, held: Path, relay: FakeRelay) -> None:
    s = Serve(data_dir, "--demo", "--simulate", "0", "--relay", f"generic=ws://127.0.0.1:{relay.port}")
    try:
        go_live(s)
        until(lambda: held.with_name(held.name + ".pid").exists(), what="the writer process spawned")
        held.touch()

        def try_connect() -> Any:
            try:
                return connect(f"{s.url}/ingest", open_timeout=5)
            except InvalidStatus as exc:  # still starting: a relay retries
                assert exc.response.status_code == 503
                return None

        ws = until(try_connect, what="/ingest open")
        with ws:
            ws.send(json.dumps(events("late", 300), ensure_ascii=False))
        _, reply, _ = until(lambda: (r := post(s, events("posted", 5)))[0] == 200 and r, what="POST taken")
        assert reply == {"stored": 5, "refused": {}}
        until(lambda: relay.connections >= 1, what="the relay client connected")
        until(lambda: (f := feed(s))["total"] >= 355 and f["writer_pending"] == 0, what="all written")
        assert feed(s)["writer_starting"] is False
    finally:
        s.kill9()
    assert stored(data_dir, "late") == 300
    assert stored(data_dir, "posted") == 5
    assert stored(data_dir, "relay") == 50


def test_a_writer_that_cannot_write_says_why_and_nothing_is_taken(tmp_path: Path) -> None:
    """The writer process cannot open its database to write (here: its folder is missing): the error
    says so in words, it is the refusal every relay gets, and the writer comes up once it can."""
    from app.models.db import make_engine
    from app.models.writer_process import ProcessWriter
    from app.studio.runtime import Runtime

    engine = make_engine(tmp_path / "not yet" / "livedeck.sqlite3")
    writer = ProcessWriter(engine, retry_s=0.05)
    try:
        until(lambda: writer.error, what="the writer's complaint")
        assert "cannot write to the database" in str(writer.error) and "unable to open" in str(writer.error)
        assert not writer.ready.is_set()
        fake = type("R", (), {"writer": writer})()
        assert Runtime._ingest_refusal(fake) == writer.error  # type: ignore[arg-type]
        (tmp_path / "not yet").mkdir()
        assert writer.ready.wait(20)
        until(lambda: writer.error is None, what="the complaint cleared")
        assert Runtime._ingest_refusal(fake) is None  # type: ignore[arg-type]
    finally:
        assert writer.close(20)
        engine.dispose()
