"""Outbound relay clients: LiveDeck connects to a comment relay and ingests what it pushes.

BarrageGrab (ws://127.0.0.1:8888), douyinLive (ws://127.0.0.1:1088/ws/ROOM) and Twitch chat over
websockets, anonymously as justinfan with PING/PONG. Each reconnects with backoff forever, and
counts its reconnects for the health panel. They run on the server thread's loop, and connect only
once the comment writer can store what they take (app.live.gate).
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, WebSocketException

from app.live.ingest import IngestPipeline
from app.live.server import IngestContext, LiveServer

log = logging.getLogger(__name__)

DEFAULT_URLS = {"barragegrab": "ws://127.0.0.1:8888", "douyinlive": "ws://127.0.0.1:1088/ws/ROOM",
                "twitch": "wss://irc-ws.chat.twitch.tv:443", "tiktok": "ws://127.0.0.1:8081",
                "socialstream": "ws://127.0.0.1:3000", "generic": "ws://127.0.0.1:9000",
                "oba": "ws://127.0.0.1:12354", "oba-kuaishou": "ws://127.0.0.1:12354"}
# Relays whose frames do not say which platform they carry: the relay spec says it.
PLATFORM_OF = {"oba-kuaishou": "kuaishou"}


@dataclass(frozen=True)
class RelaySpec:
    format: str
    url: str
    channel: str = ""  # Twitch channel to join

    @property
    def name(self) -> str:
        return f"{self.format}:{self.channel or self.url}"

    @classmethod
    def parse(cls, text: str) -> RelaySpec:
        """`FORMAT=URL` or `twitch=#channel` / `twitch=channel@wss://…`."""
        fmt, _, rest = text.partition("=")
        fmt = fmt.strip().lower()
        if fmt not in DEFAULT_URLS:
            raise ValueError(f"unknown relay format {fmt!r}; one of {', '.join(DEFAULT_URLS)}")
        if fmt == "twitch":
            channel, _, url = rest.partition("@")
            return cls(fmt, url or DEFAULT_URLS["twitch"], channel.lstrip("#").lower())
        return cls(fmt, rest or DEFAULT_URLS[fmt])


async def run_relay(spec: RelaySpec, pipeline: IngestPipeline, backoff: float = 1.0, max_backoff: float = 30.0,
                    until_open: Callable[[], Awaitable[None]] | None = None) -> None:
    """`until_open`: waited for before each connection (LiveServer.until_ingest_open: the writer is up)."""
    stats = pipeline.source(spec.name)
    delay = backoff
    while True:
        if until_open is not None:
            await until_open()
        ctx = IngestContext(peer=spec.url, source=spec.name)
        if spec.format in PLATFORM_OF:
            ctx.state["platform"] = PLATFORM_OF[spec.format]
        try:
            # No permessage-deflate: a relay on this machine or the LAN gains nothing from it (see server.py).
            async with connect(spec.url, open_timeout=10, max_size=8 << 20, compression=None) as ws:
                stats.connections += 1
                delay = backoff
                if spec.format == "twitch":
                    nick = f"justinfan{random.randrange(10000, 99999)}"
                    for line in ("CAP REQ :twitch.tv/tags twitch.tv/commands", "PASS SCHMOOPIIE", f"NICK {nick}",
                                 f"JOIN #{spec.channel}"):
                        await ws.send(line)
                async for frame in ws:
                    pipeline.on_frame(frame, ctx)  # first: a PONG to a closed socket must not lose the frame
                    if spec.format == "twitch" and isinstance(frame, str) and "PING" in frame:
                        await _pong(ws, frame)
                    while pipeline.congested:
                        await asyncio.sleep(0.005)
        except asyncio.CancelledError:
            pipeline.on_close(ctx)
            raise
        except (OSError, WebSocketException, ConnectionClosed, TimeoutError) as exc:
            log.info("relay %s: %s; retrying in %.0fs", spec.name, exc, delay)
        pipeline.on_close(ctx)
        stats.reconnects += 1
        await asyncio.sleep(delay * (0.8 + 0.4 * random.random()))
        delay = min(max_backoff, delay * 2)


async def _pong(ws: ClientConnection, frame: str) -> None:
    """Answer Twitch's PINGs. Once the server has hung up the answer cannot go out, but the lines it
    sent before hanging up are still buffered: keep reading them (the loop ends when they are done)."""
    for line in frame.splitlines():
        if line.startswith("PING"):
            try:
                await ws.send("PONG" + line[4:])
            except ConnectionClosed:
                return


class RelayManager:
    """Starts and stops relay clients on the server's loop (thread-safe calls)."""

    def __init__(self, server: LiveServer, pipeline: IngestPipeline) -> None:
        self.server = server
        self.pipeline = pipeline
        self.specs: list[RelaySpec] = []
        self._tasks: list[asyncio.Task[None]] = []

    def set_relays(self, specs: list[RelaySpec], wait: bool = True) -> None:
        """Replace the relay clients. `wait=False` (the GUI thread) only posts the change to the loop."""
        loop = self.server.loop
        if loop is None:
            raise RuntimeError("the server is not running")
        self.specs = list(specs)
        future = asyncio.run_coroutine_threadsafe(self._replace(self.specs), loop)
        if wait:
            future.result(timeout=10)

    async def _replace(self, specs: list[RelaySpec]) -> None:
        for t in self._tasks:
            t.cancel()
        self._tasks = [asyncio.create_task(run_relay(s, self.pipeline, until_open=self.server.until_ingest_open),
                                           name=s.name) for s in specs]

    def stop(self) -> None:
        if self.server.loop is not None and not self.server.loop.is_closed() and self._tasks:
            asyncio.run_coroutine_threadsafe(self._replace([]), self.server.loop).result(timeout=10)
