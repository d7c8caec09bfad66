"""A /control client that stops reading is dropped with close code 1008 and a reason (issue #13's
limit, docs/protocol.md "Limits") — as far as TCP lets a close frame reach it.

The close frame is sent after what is already in flight (the client's receive buffer, the server's
send buffer): TCP delivers bytes in order, so only a client that reads again sees it. One that reads
again within the server's grace gets 1008 "too slow: …" after those messages; one that does not is
cut when the grace is over (a TCP reset) and its library reports 1006, having never received the
frame. Both halves are shown here with the websockets client (its own flow control stops reading
from the socket while its application does not call recv)."""

from __future__ import annotations

import concurrent.futures
import contextlib
import json
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from app.live.outbox import CLOSE_TOO_SLOW
from app.live.server import LiveServer
from tests.doubles import stuck_client
from tests.waits import wait_for


def _echo(cmd: str, args: dict[str, Any]) -> concurrent.futures.Future[dict[str, Any]]:
    f: concurrent.futures.Future[dict[str, Any]] = concurrent.futures.Future()
    f.set_result({})
    return f


@pytest.fixture
def server() -> Iterator[LiveServer]:
    s = LiveServer(_echo, port=0)
    s.start()
    yield s
    s.stop()


@contextlib.contextmanager
def stalled_client(port: int, max_queue: int = 16) -> Iterator[ClientConnection]:
    """The websockets client with a small receive buffer (a client far away, or a frozen tab), its
    application about to stop calling recv(); the library stops reading once `max_queue` messages wait."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8192)
    sock.connect(("127.0.0.1", port))
    with connect(f"ws://127.0.0.1:{port}/control", sock=sock, open_timeout=5, max_queue=max_queue,
                 max_size=None) as ws:
        ws.send(json.dumps({"id": "ready", "cmd": "show.list"}))  # a reply proves the session is registered
        assert json.loads(ws.recv(timeout=5))["id"] == "ready"
        yield ws


def flood_until_dropped(server: LiveServer, size: int, count: int) -> None:
    """What a busy show publishes while the client reads nothing, until the studio drops it."""
    pad = "x" * size
    for n in range(count):
        server.publish({"type": "event", "event": {"seq": n, "pad": pad}})
    wait_for(lambda: server.health["slow_client_dropped"] == 1, timeout=20)


def read_to_the_end(ws: ClientConnection) -> tuple[int, ConnectionClosed]:
    """Read again: how many messages were still in flight, and how the connection ended."""
    n = 0
    while True:
        try:
            ws.recv(timeout=10)
            n += 1
        except ConnectionClosed as closed:
            return n, closed


def test_a_client_that_reads_again_is_told_it_was_too_slow(server: LiveServer) -> None:
    """Events of 2 kB (as benchmarks/slow_clients.py sends) until 256 wait: dropped with 1008 and why."""
    with stalled_client(server.port) as ws:
        flood_until_dropped(server, 2000, 5000)
        _in_flight, closed = read_to_the_end(ws)  # within the grace
    assert closed.rcvd is not None, "no close frame: the connection was cut (1006)"
    assert closed.rcvd.code == CLOSE_TOO_SLOW == 1008
    assert closed.rcvd.reason == "too slow: the studio dropped this client"


def frames(data: bytes) -> list[tuple[int, bytes]]:
    """The server's frames in what a raw socket read: (opcode, payload); opcode -1 for one cut short."""
    out, i = [], 0
    while i + 2 <= len(data):
        op, n, j = data[i] & 0x0F, data[i + 1] & 0x7F, i + 2
        if n >= 126:
            width = 2 if n == 126 else 8
            n, j = int.from_bytes(data[j:j + width], "big"), j + width
        if j + n > len(data):
            return [*out, (-1, data[j:])]
        out.append((op, data[j:j + n]))
        i = j + n
    return out


def test_a_client_that_reads_only_after_the_grace_cannot_get_the_close_frame(server: LiveServer) -> None:
    """The other half, shown rather than assumed, with a socket that never reads (a frozen tab). Once its
    buffers are full, the server's sender waits with part of a message in the server's own buffer; the
    close frame goes in behind it. The grace passes unread, the server cuts the connection and drops
    that buffer: what the client reads when it wakes ends in a message cut short, with no close frame
    (a websocket library reports 1006)."""
    server.close_grace_s = 0.2
    sock = stuck_client(server.port)
    pad = "x" * 2000
    n = 0

    def sender_waits() -> bool:  # the socket is full: the sender waits with bytes in the server's buffer
        return any(b.ws.transport is not None and b.ws.transport.get_write_buffer_size() > 0
                   for b in list(server._controls.values()))

    wait_for(lambda: server._controls)  # the session is registered
    for _ in range(1000):  # ~3 MB fill this machine's socket buffers; 100 MB would be far too many
        if sender_waits():
            break
        for _ in range(50):
            server.publish({"type": "event", "event": {"seq": n, "pad": pad}})
            n += 1
        time.sleep(0.02)  # paces the publisher on purpose (a rate the sender keeps up with), not a wait
    assert sender_waits() and not server.health["slow_client_dropped"]
    for _ in range(300):  # more than a client may have waiting: dropped while its sender waits
        server.publish({"type": "event", "event": {"seq": n, "pad": pad}})
        n += 1
    wait_for(lambda: server.health["slow_client_dropped"] == 1, timeout=10)
    wait_for(lambda: not server._controls, timeout=10)  # the grace is over: the connection is cut
    sock.settimeout(10)
    data = b""
    with contextlib.suppress(ConnectionResetError):
        while chunk := sock.recv(1 << 16):
            data += chunk
    sock.close()
    got = frames(data)
    assert got and all(op == 1 for op, _ in got[:-1])  # the events that were in flight, in order
    assert got[-1][0] == -1  # then one cut short, and no close frame (opcode 8) after it
