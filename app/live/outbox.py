"""One /control client's bounded send queue (issue #13's hardening, #22's deltas, #20's feed flag).

The server's loop thread owns every Outbox: it puts, its sender task takes. A state push replaces an
unsent one (latest wins); a client that lets more than SEND_QUEUE_* wait is dropped by the server.
"""

from __future__ import annotations

import asyncio
import collections
from urllib.parse import urlsplit

from websockets.asyncio.server import ServerConnection

# A /control client that stops reading is dropped once this much waits for it (douyinLive's limits).
SEND_QUEUE_MESSAGES = 256
SEND_QUEUE_BYTES = 16 << 20
CLOSE_TOO_SLOW = 1008  # policy violation: the client does not read what it asked for
# How long a dropped client has to read its way to the close frame before the connection is cut. TCP
# delivers in order: the frame waits behind what is already in flight, so a client that does not read
# again in time never gets it and sees 1006 (tests/test_slow_client_close.py shows both cases).
CLOSE_GRACE_S = 5.0
QUIT_ANSWER_S = 1.0  # at a quit: the most the close waits for the replies to what the clients sent


class Outbox:
    """One /control client's bounded send queue; the newest state replaces an unsent one."""

    def __init__(self, ws: ServerConnection) -> None:
        self.ws = ws
        self.queue: collections.deque[str] = collections.deque()
        self.state: str | None = None
        self.deltas = False  # `/control?deltas=1`: state pushes after the first as deltas (app.core.state_delta)
        self.seq = 0  # of the last state put here
        self.bytes = 0
        self.wake = asyncio.Event()
        self.dropped = False
        self.sender: asyncio.Task[None] | None = None
        self.closer: asyncio.Future[None] | None = None
        self.replying = False  # a command read from this client is not yet answered
        path = getattr(getattr(ws, "request", None), "path", "")
        self.feed = "feed=1" in urlsplit(path).query.split("&")  # a second desk: it wants `comments` too

    def put(self, text: str, is_state: bool = False) -> bool:
        """False when the client is too far behind and must be dropped."""
        if is_state:
            self.bytes += len(text) - (len(self.state) if self.state is not None else 0)
            self.state = text
        else:
            self.queue.append(text)
            self.bytes += len(text)
        self.wake.set()
        return len(self.queue) < SEND_QUEUE_MESSAGES and self.bytes < SEND_QUEUE_BYTES

    def take(self) -> str | None:
        if self.state is not None and not self.queue:
            text, self.state = self.state, None
        elif self.queue:
            text = self.queue.popleft()
        else:
            return None
        self.bytes -= len(text)
        return text


async def answered(boxes: list[Outbox], limit_s: float = QUIT_ANSWER_S) -> None:
    """At a quit, before the close frames: each command read so far answered (the studio refuses those it
    will not run) and every reply handed to the socket, at most `limit_s`. Cut off, a desk could not tell
    a command done from one never run."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit_s
    while loop.time() < deadline and any(b.replying or b.queue for b in boxes if not b.dropped):
        await asyncio.sleep(0.01)
