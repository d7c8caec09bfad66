"""Test doubles: a clock tests move by hand, a speaker that records what it would have said, and a
websocket client that never reads.

They live here, not in app/, because the shipping app never uses them (benchmarks and screenshot
scripts import them from here too). The app's own silent speaker is app.live.speech.NullSpeaker.
"""

from __future__ import annotations

import base64
import os
import socket

from app.live.speech import PRIORITY_NORMAL


class FakeClock:
    """A clock tests move by hand (app.core.clock.Clock)."""

    def __init__(self, start: float = 1_764_000_000.0) -> None:
        self.t = start

    def now(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


class FakeSpeaker:
    """Records what would have been said (app.live.speech.Speaker), so a test can assert on it."""

    def __init__(self) -> None:
        self.said: list[tuple[int, str, str]] = []
        self.muted = False

    def say(self, text: str, priority: int = PRIORITY_NORMAL, lang: str = "zh_CN") -> bool:
        if self.muted:
            return False
        self.said.append((priority, text, lang))
        return True


def stuck_client(port: int) -> socket.socket:
    """A /control websocket client that completes the handshake and then never reads again.

    A small receive buffer stands for a client far away (or a frozen tab): the kernel then absorbs
    little, and what the server does with the rest shows at once.
    """
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8192)
    sock.connect(("127.0.0.1", port))
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall((f"GET /control HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                  f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
    head = b""
    while b"\r\n\r\n" not in head:
        head += sock.recv(1)
    assert b" 101 " in head.split(b"\r\n")[0], head
    return sock
