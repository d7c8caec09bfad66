"""Full-speed ingest sender for benchmarks/ingest.py: LiveDeck's JSON, arrays of BATCH events a frame.

    sender.py URL DURATION BATCH RATE FIRST [LIMIT]

Each event's `ts` is the moment its frame was built, so the app can measure end-to-end latency.
It stops after DURATION seconds or LIMIT events, whichever comes first, and prints the number of
events sent as the last line. The same sender feeds the studio and the null receiver.

A relay is a native program (C#, Go, Node) that spends little CPU per frame, and on a 2-core machine
what the sender spends is taken from the app. So by default the frames go through websockets' own
protocol (sans I/O: the same masked frames, handshake, pings answered and closing handshake) onto a
blocking socket, FRAMES_PER_WRITE frames a write: ~5 µs a frame here, where its asyncio client, one
`await ws.send` a frame, took ~11 (LIVEDECK_BENCH_SENDER=asyncio: that client, for comparison).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import select
import socket
import sys
import time
from collections.abc import Callable

import orjson
from websockets.asyncio.client import connect
from websockets.client import ClientProtocol
from websockets.exceptions import InvalidState
from websockets.extensions.permessage_deflate import ClientPerMessageDeflateFactory
from websockets.frames import CloseCode
from websockets.protocol import CLOSED, CONNECTING, OPEN
from websockets.uri import parse_uri

TEXTS = ["3号链接还有货吗", "好看", "多少钱", "福袋什么时候开", "扣1", "主播穿什么码", "已下单", "加微信私聊"]
VIEWERS = 50_000
FRAMES_PER_WRITE = 64


def text_of(n: int) -> str:
    """A room repeats a few short comments thousands of times, and asks questions in endless
    wordings: every 8th comment here is one of ~3,000 sizing questions, the rest the eight above."""
    if n % 8 == 5:
        return f"{150 + n % 37}cm {40 + n % 83}kg穿什么码？"
    return TEXTS[n % len(TEXTS)]


def viewer_of(n: int) -> int:
    """Each of VIEWERS viewers once per VIEWERS events, in a scattered order (7,919 is prime to
    VIEWERS): one after another in id order would make every index insert the writer does land
    beside the last one."""
    return n * 7_919 % VIEWERS


def event_of(n: int, now: float) -> dict[str, object]:
    viewer = viewer_of(n)
    return {"type": "comment", "platform": "bench", "msg_id": str(n), "ts": now,
            "user": {"id": str(viewer), "name": f"观众{viewer}"}, "text": text_of(n)}


def events_of(first: int, batch: int, now: float) -> list[dict[str, object]]:
    return [event_of(first + i, now) for i in range(batch)]


def deflate() -> bool:
    """LIVEDECK_BENCH_DEFLATE=1: offer permessage-deflate, as browsers (page userscripts, social_stream)
    and Node's ws client (TikTok-Live-Connector forwarders) do by default."""
    return os.environ.get("LIVEDECK_BENCH_DEFLATE") == "1"


class Wire:
    """A websocket client: websockets' ClientProtocol on a blocking socket."""

    def __init__(self, url: str) -> None:
        uri = parse_uri(url)
        self.proto = ClientProtocol(uri, extensions=[ClientPerMessageDeflateFactory()] if deflate() else None,
                                    max_size=None)
        self.sock = socket.create_connection((uri.host, uri.port))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.proto.send_request(self.proto.connect())
        self.flush()
        while self.proto.state is CONNECTING:
            self.read(block=True)
        if self.proto.state is not OPEN:
            raise ConnectionError(f"handshake failed: {self.proto.handshake_exc}")

    def flush(self) -> None:
        """Write what the protocol has queued (frames, a pong); blocks while the receiver is behind."""
        data = self.proto.data_to_send()
        if data:
            self.sock.sendall(b"".join(data))

    def read(self, block: bool) -> bool:
        """Feed what the receiver sent (its handshake reply, pings) to the protocol; False at its end."""
        if not block and not select.select([self.sock], [], [], 0)[0]:
            return True
        data = self.sock.recv(65536)
        if data:
            self.proto.receive_data(data)
        else:
            self.proto.receive_eof()
        self.proto.events_received()  # the handshake's reply, pings (answered by the protocol): nothing to keep
        self.flush()
        return bool(data)

    def close(self) -> None:
        """The closing handshake (1000), after every frame was written: the receiver reads them all
        first. If the receiver closed first, its close was answered already."""
        if self.proto.state is OPEN:
            self.proto.send_close(CloseCode.NORMAL_CLOSURE)
            self.flush()
        with contextlib.suppress(OSError):
            while self.proto.state is not CLOSED and self.read(block=True):
                pass
        self.sock.close()


def send_sansio(url: str, duration: float, batch: int, rate: float, first: int, limit: int) -> int:
    """Frames until `duration`, `limit` or the receiver's close; paced at `rate` events/s if given."""
    wire = Wire(url)
    sent = 0
    start = time.monotonic()
    end = start + duration
    send_text: Callable[[bytes], None] = wire.proto.send_text
    try:
        while time.monotonic() < end and (not limit or sent < limit) and wire.proto.state is OPEN:
            frames = FRAMES_PER_WRITE
            if rate:
                frames = min(frames, int(((time.monotonic() - start) * rate - sent) / batch))
                if frames <= 0:
                    time.sleep(0.001)
                    wire.read(block=False)
                    continue
            for _ in range(frames):
                send_text(orjson.dumps(events_of(first + sent, batch, time.time())))
                sent += batch
                if limit and sent >= limit:
                    break
            wire.flush()
            wire.read(block=False)
    except (OSError, InvalidState) as exc:  # the receiver went away: say how many were sent
        print(f"sender stopped: {exc!r}", file=sys.stderr)
    wire.close()
    return sent


async def send_asyncio(url: str, duration: float, batch: int, rate: float, first: int, limit: int) -> int:
    """websockets' asyncio client, one `await ws.send` a frame."""
    sent = 0
    # No close timeout: frames queued ahead of a slow receiver are all delivered before the close.
    async with connect(url, max_size=None, compression="deflate" if deflate() else None, close_timeout=None) as ws:
        start = time.monotonic()
        end = start + duration
        while time.monotonic() < end and (not limit or sent < limit):
            if rate and sent >= (time.monotonic() - start) * rate:
                await asyncio.sleep(0.001)
                continue
            await ws.send(orjson.dumps(events_of(first + sent, batch, time.time())).decode())  # a text frame
            sent += batch
    return sent


if __name__ == "__main__":
    a = sys.argv[1:]
    params = (a[0], float(a[1]), int(a[2]), float(a[3]), int(a[4]), int(a[5]) if len(a) > 5 else 0)
    if os.environ.get("LIVEDECK_BENCH_SENDER") == "asyncio":
        n = asyncio.run(send_asyncio(*params))
    else:
        n = send_sansio(*params)
    print(n, flush=True)
