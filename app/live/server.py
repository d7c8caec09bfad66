"""The studio's one port: /control (commands in, state and events out) and /ingest (comments in).

It runs in its own thread with its own asyncio loop so that a flood of comments never costs the
GUI thread a frame. Commands are handed to the Studio through `control`, a thread-safe callable
returning a concurrent Future; `publish` is thread-safe too.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import hmac
import ipaddress
import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs, urlsplit

from websockets.asyncio.server import Server, ServerConnection, broadcast, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

log = logging.getLogger(__name__)

MAX_FRAME = 1 << 20  # PROTOCOL.md: frames larger than 1 MiB are refused
# The transport accepts up to 4 MiB so that a 1-4 MiB frame is refused and counted while the
# connection and its good frames live on; only beyond that does websockets close it (1009).
TRANSPORT_MAX = 4 << 20

ControlHandler = Callable[[str, dict[str, Any]], "concurrent.futures.Future[dict[str, Any]]"]
IngestHandler = Callable[[str | bytes, "IngestContext"], None]


@dataclass
class IngestContext:
    """Per-connection ingest state: adapters keep e.g. the detected format or Twitch channel here."""

    peer: str
    source: str = ""
    state: dict[str, Any] = field(default_factory=dict)


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return host == "localhost"


class LiveServer:
    def __init__(self, control: ControlHandler, ingest: IngestHandler | None = None, *, port: int = 8765,
                 lan: bool = False, token: str | None = None, trust_loopback: bool = True) -> None:
        """`trust_loopback`: in LAN mode, loopback clients need no token (PROTOCOL.md)."""
        if lan and not token:
            raise ValueError("LAN mode needs a token")
        self.trust_loopback = trust_loopback
        self.control = control
        self.ingest = ingest
        self.lan = lan
        self.token = token
        self.host = "0.0.0.0" if lan else "127.0.0.1"
        self.requested_port = port
        self.port = port
        self.loop: asyncio.AbstractEventLoop | None = None
        self._server: Server | None = None
        self._controls: set[ServerConnection] = set()
        self._last_state = ""
        self._ready = threading.Event()
        self._stopped: asyncio.Event | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="live-server", daemon=True)
        self.on_ingest_closed: Callable[[IngestContext], None] | None = None
        self.congested: Callable[[], bool] = lambda: False

    # ---- lifecycle ----------------------------------------------------------------------------

    def start(self, timeout: float = 10.0) -> None:
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError("the live server did not start in time")
        if self._error is not None:
            raise OSError(f"cannot listen on {self.host}:{self.requested_port}: {self._error}") from self._error

    def stop(self) -> None:
        if self.loop is not None and self._stopped is not None and self._thread.is_alive():
            self.loop.call_soon_threadsafe(self._stopped.set)
            self._thread.join(timeout=10)

    def _run(self) -> None:
        self.loop = asyncio.new_event_loop()
        try:
            self.loop.run_until_complete(self._main())
        finally:
            self.loop.close()

    async def _main(self) -> None:
        self._stopped = asyncio.Event()
        try:
            self._server = await serve(self._handle, self.host, self.requested_port, max_size=TRANSPORT_MAX,
                                       process_request=self._check_request, max_queue=256,
                                       ping_interval=20, ping_timeout=60)
        except OSError as exc:
            self._error = exc
            self._ready.set()
            return
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        await self._stopped.wait()
        self._server.close()
        await self._server.wait_closed()
        # Relay clients and the simulator live on this loop too: end them before it closes.
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for t in others:
            t.cancel()
        await asyncio.gather(*others, return_exceptions=True)

    # ---- publishing (any thread) ---------------------------------------------------------------

    def publish(self, message: dict[str, Any]) -> None:
        text = json.dumps(message, ensure_ascii=False)
        if message.get("type") == "state":
            self._last_state = text
        if self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self._broadcast, text)

    def _broadcast(self, text: str) -> None:
        broadcast(self._controls, text)

    # ---- connections -----------------------------------------------------------------------------

    def _check_request(self, connection: ServerConnection, request: Request) -> Response | None:
        path = urlsplit(request.path).path.rstrip("/")
        if path not in ("/control", "/ingest"):
            return connection.respond(HTTPStatus.NOT_FOUND, "LiveDeck serves /control and /ingest\n")
        peer = connection.remote_address[0] if connection.remote_address else ""
        trusted = self.trust_loopback and is_loopback(peer)
        if self.lan and not trusted and not self._token_ok(request):
            log.warning("refused %s from %s: missing or wrong token", path, peer)
            return connection.respond(HTTPStatus.UNAUTHORIZED, "token required (?token=… or Bearer)\n")
        return None

    def _token_ok(self, request: Request) -> bool:
        assert self.token is not None
        given = parse_qs(urlsplit(request.path).query).get("token", [""])[0]
        auth = Headers(request.headers).get("Authorization", "")
        if auth.lower().startswith("bearer "):
            given = given or auth[7:].strip()
        return bool(given) and hmac.compare_digest(given.encode(), self.token.encode())

    async def _handle(self, ws: ServerConnection) -> None:
        path = urlsplit(ws.request.path if ws.request else "").path.rstrip("/")
        if path == "/control":
            await self._control_session(ws)
        elif path == "/ingest":
            await self._ingest_session(ws)

    async def _control_session(self, ws: ServerConnection) -> None:
        self._controls.add(ws)
        try:
            if self._last_state:
                await ws.send(self._last_state)
            async for raw in ws:
                await ws.send(json.dumps(await self._reply(raw), ensure_ascii=False))
        except ConnectionClosed:
            pass
        finally:
            self._controls.discard(ws)

    async def _reply(self, raw: str | bytes) -> dict[str, Any]:
        req_id: Any = None
        try:
            msg = json.loads(raw)
            if not isinstance(msg, dict) or not isinstance(msg.get("cmd"), str):
                raise ValueError("expected an object with a string 'cmd'")
            req_id = msg.get("id")
            args = msg.get("args") or {}
            if not isinstance(args, dict):
                raise ValueError("'args' must be an object")
        except ValueError as exc:
            return {"type": "reply", "id": req_id, "ok": False,
                    "error": {"code": "bad_request", "message": str(exc)}}
        try:
            result = await asyncio.wrap_future(self.control(msg["cmd"], args))
        except Exception as exc:
            code = getattr(exc, "code", "failed")
            return {"type": "reply", "id": req_id, "ok": False,
                    "error": {"code": code, "message": getattr(exc, "message", str(exc))}}
        return {"type": "reply", "id": req_id, "ok": True, "result": result}

    async def _ingest_session(self, ws: ServerConnection) -> None:
        peer = ws.remote_address[0] if ws.remote_address else ""
        ctx = IngestContext(peer=peer)
        try:
            async for frame in ws:
                if self.ingest is not None:
                    self.ingest(frame, ctx)
                    # Backpressure instead of loss or unbounded memory: while the writer is behind,
                    # stop reading; TCP then slows the relay down.
                    while self.congested():
                        await asyncio.sleep(0.005)
        except ConnectionClosed:
            pass
        finally:
            if self.on_ingest_closed is not None:
                self.on_ingest_closed(ctx)
