"""The studio's one port: /control (commands in, state and events out) and /ingest (comments in).

It runs in its own thread with its own asyncio loop so that a flood of comments never costs the
GUI thread a frame. Commands are handed to the Studio through `control`, a thread-safe callable
returning a concurrent Future; `publish` is thread-safe too.

Hardening (issue #13): browser pages from other origins are refused (a web page must never
drive the studio); each /control client has a bounded send queue where state pushes coalesce
(latest wins) and a client that stops reading is dropped with 1008 instead of growing memory;
connections per path are capped; nothing a client sends can raise out of a session.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import json
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from app.live import http_ingest
from app.live.access import AccessFile
from app.live.control_request import BadRequest, read_request
from app.live.gate import RequestGate
from app.live.guard import TokenGuard
from app.live.http_ingest import PostAwareConnection
from app.live.ingest_connection import IngestConnection
from app.live.outbox import CLOSE_GRACE_S, CLOSE_TOO_SLOW, Outbox, answered
from app.live.overlay import WS_PATH, OverlayHub
from app.live.views import WS_PATH as VIEW_WS
from app.live.views import ViewHub
from app.live.wall import WallPage

log = logging.getLogger(__name__)

MAX_FRAME = 1 << 20  # PROTOCOL.md: frames larger than 1 MiB are refused
# The transport accepts up to 4 MiB so that a 1-4 MiB frame is refused and counted while the
# connection and its good frames live on; only beyond that does websockets close it (1009).
TRANSPORT_MAX = 4 << 20
MAX_CONNECTIONS = 256  # per path; 1,000 idle clients cost ~54 MB

ControlHandler = Callable[[str, dict[str, Any]], "concurrent.futures.Future[dict[str, Any]]"]
IngestHandler = Callable[[str | bytes, "IngestContext"], None]
ManyHandler = Callable[[Sequence[str | bytes], "IngestContext"], None]  # one read's frames, in order


class ListenError(OSError):
    """The port cannot be listened on (in use, privileged, out of range): one line, no traceback."""


@dataclass
class IngestContext:
    """Per-connection ingest state: adapters keep e.g. the detected format or Twitch channel here."""

    peer: str
    source: str = ""
    state: dict[str, Any] = field(default_factory=dict)


class LiveServer(RequestGate):
    """The websocket server. Its loop's thread owns the sessions, outboxes, `health` and the
    connection counts; other threads reach it only through `publish` (a message posted to the loop)
    and by swapping whole references (hooks) before or while it runs; states cross as immutable snapshots."""

    def __init__(self, control: ControlHandler, ingest: IngestHandler | None = None, *, port: int = 8765,
                 lan: bool = False, token: str | None = None, trust_loopback: bool = True,
                 access: AccessFile | None = None, allowed_origins: list[str] | None = None,
                 ingest_many: ManyHandler | None = None) -> None:
        """`trust_loopback`: in LAN mode, loopback clients need no token for /ingest (local relays) and the
        read-only pages; /control always needs it in LAN mode. `access`: the data dir's tokens and allowed
        origins, re-read when they change (they win over `token` and `allowed_origins`)."""
        if lan and not token and access is None:
            raise ValueError("LAN mode needs a token")
        self.trust_loopback = trust_loopback
        self.access = access
        self.allowed_origins = list(allowed_origins or [])
        self.health: collections.Counter[str] = collections.Counter()
        self.on_count: Callable[[str, str], None] | None = None  # (path, reason): shown in feed health
        self.max_connections = MAX_CONNECTIONS
        self.close_grace_s = CLOSE_GRACE_S  # a dropped client's time to read up to its close frame
        self._sessions: dict[str, int] = collections.Counter()
        self.control = control
        self.ingest = ingest  # one frame (HTTP POST; /ingest reads when there is no `ingest_many`)
        self.ingest_many = ingest_many  # an /ingest read's frames at once (app.live.ingest_connection)
        # A marker set once what was ingested so far is committed (the writer's): a POST's reply waits for it.
        self.committed: Callable[[], threading.Event] | None = None
        self.lan = lan
        self.token = token
        self.view_token: str | None = None  # without an access file: only the control token opens anything
        self.guard = TokenGuard()
        self.host = "0.0.0.0" if lan else "127.0.0.1"
        self.requested_port = port
        self.port = port
        self.loop: asyncio.AbstractEventLoop | None = None
        self._server: Server | None = None
        self._controls: dict[ServerConnection, Outbox] = {}
        self.feed_clients = 0  # /control clients that asked for `comments` (server thread writes, any reads)
        self._last_state: str | None = None  # the last state as JSON, written when first needed
        self._last_body: dict[str, Any] | None = None
        self._last_seq = 0
        self._ready = threading.Event()
        self._stopped: asyncio.Event | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="live-server", daemon=True)
        self.on_ingest_closed: Callable[[IngestContext], None] | None = None
        self.congested: Callable[[], bool] = lambda: False
        self.ingest_refusal: Callable[[], str | None] = lambda: None  # the writer not up yet (app.live.gate)
        self.wall = WallPage()  # GET /wall, /wall.json (app.live.wall)
        self.overlays = OverlayHub()  # GET /overlay/… pages and the read-only /overlay/ws (app.live.overlay)
        self.views = ViewHub()  # GET /host, /view and their read-only /view/ws (app.live.views)

    # ---- lifecycle ----------------------------------------------------------------------------

    def start(self, timeout: float = 10.0) -> None:
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError("the live server did not start in time")
        if self._error is not None:
            why = getattr(self._error, "strerror", None) or self._error
            raise ListenError(f"cannot listen on {self.host}:{self.requested_port}: {why}") from self._error

    def stop(self) -> None:
        if self.loop is not None and self._stopped is not None and self._thread.is_alive():
            self.loop.call_soon_threadsafe(self._stopped.set)
            self._thread.join(timeout=10)

    def _run(self) -> None:
        self.loop = self.overlays.loop = self.views.loop = asyncio.new_event_loop()
        try:
            self.loop.run_until_complete(self._main())
        finally:
            self.loop.close()

    async def _main(self) -> None:
        self._stopped = asyncio.Event()
        try:
            # compression=None: browsers (page userscripts, social_stream) and Node's ws client offer
            # permessage-deflate, and websockets accepts it by default. On one machine it saves no
            # time and costs each event ~2 µs of inflating here and ~7 µs of deflating in the relay.
            self._server = await serve(self._handle, self.host, self.requested_port, max_size=TRANSPORT_MAX,
                                       compression=None, process_request=self._check_request, max_queue=256,
                                       ping_interval=20, ping_timeout=60,
                                       create_connection=PostAwareConnection.for_server(self))
        except (OSError, OverflowError) as exc:  # OverflowError: a port beyond 65535
            self._error = exc
            self._ready.set()
            return
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        await self._stopped.wait()
        await answered(list(self._controls.values()))  # the close frame after the replies (ControlBridge.close)
        self._server.close()
        await self._server.wait_closed()
        # Relay clients and the simulator live on this loop too: end them before it closes.
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for t in others:
            t.cancel()
        await asyncio.gather(*others, return_exceptions=True)

    # ---- publishing (any thread) ---------------------------------------------------------------

    def publish(self, message: dict[str, Any]) -> None:
        """States are written as JSON on the server's thread, and only for clients that need the full
        one: a 5,000-item state took ~100 ms of the GUI thread to write, every second."""
        if message.get("type") == "state":  # an immutable snapshot: crosses to the loop as it is
            self.overlays.publish(message)
            self.views.publish(message)
            loop = self.loop
            if loop is not None and not loop.is_closed():
                loop.call_soon_threadsafe(self._publish_state, message)
            else:
                self._publish_state(message)
            return
        if message.get("type") == "comments":  # built for this call only: written on the server's thread
            if self.loop is not None and not self.loop.is_closed():
                self.loop.call_soon_threadsafe(self._broadcast_comments, message)
            return
        text = self._json(message)
        if text is not None and self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(self._broadcast, text)

    def _json(self, message: dict[str, Any]) -> str | None:
        try:
            return json.dumps(message, ensure_ascii=False, allow_nan=False)
        except (ValueError, TypeError) as exc:  # NaN/inf or an odd object: never send invalid JSON
            log.error("not published (%s): %.200r", exc, message)
            loop = self.loop
            if loop is not None and not loop.is_closed() and self._thread.is_alive() \
                    and threading.current_thread() is not self._thread:
                loop.call_soon_threadsafe(self._count, "/control", "unpublishable")  # health: server thread's
            else:
                self._count("/control", "unpublishable")
            return None

    def _publish_state(self, message: dict[str, Any]) -> None:
        """Server thread: a delta to each client that asked and has all before it, else the full state."""
        change, seq = message.get("delta"), int(message.get("seq") or 0)
        body = {k: v for k, v in message.items() if k != "delta"}
        change_text = self._json(change) if change else None
        if change and change_text is None:
            return
        full: str | None = None
        for box in list(self._controls.values()):
            if change_text is not None and box.deltas and box.seq == seq - 1 and box.state is None:
                self._put(box, change_text)  # queued in order, like events
            else:
                full = full if full is not None else self._json(body)
                if full is None:
                    return
                self._put(box, full, True)
            box.seq = seq
        self._last_body, self._last_state, self._last_seq = body, full, seq

    def _broadcast_comments(self, message: dict[str, Any]) -> None:
        text = self._json(message)
        if text is not None:
            self._broadcast(text, True)

    def _broadcast(self, text: str, feed_only: bool = False) -> None:
        for box in list(self._controls.values()):
            if box.feed or not feed_only:  # the comment stream only to clients that asked (second desks)
                self._put(box, text)

    def _put(self, box: Outbox, text: str, is_state: bool = False) -> None:
        if box.dropped:
            return
        if not box.put(text, is_state):
            box.dropped = True
            box.queue.clear()
            box.state = None
            self._count("/control", "slow_client_dropped")
            log.warning("dropped a /control client that stopped reading (%s)", box.ws.remote_address)
            box.closer = asyncio.ensure_future(self._drop(box))

    async def _drop(self, box: Outbox) -> None:
        """Close a client that stopped reading; its sender is stuck waiting for the socket to drain. The
        close frame (1008) goes out behind what is in flight; if the client has not read up to it within
        the grace, the connection is cut (the client then sees 1006: TCP cannot deliver it any sooner)."""
        if box.sender is not None:
            box.sender.cancel()
        try:
            await asyncio.wait_for(box.ws.close(CLOSE_TOO_SLOW, "too slow: the studio dropped this client"),
                                   self.close_grace_s)
        except (TimeoutError, ConnectionClosed, OSError):
            pass
        finally:
            if box.ws.transport is not None and not box.ws.transport.is_closing():
                box.ws.transport.abort()

    def _count(self, path: str, reason: str) -> None:
        self.health[reason] += 1
        if self.on_count is not None:
            try:
                self.on_count(path, reason)
            except Exception:
                log.exception("health counter failed")

    # ---- connections (the checks before one is taken: app.live.gate) ---------------------------

    async def _handle(self, ws: ServerConnection) -> None:
        path = urlsplit(ws.request.path if ws.request else "").path.rstrip("/")
        self._sessions[path] += 1
        try:
            if path == "/control":
                await self._control_session(ws)
            elif path == "/ingest":
                await self._ingest_session(ws)
            elif path == WS_PATH:
                await self.overlays.session(ws)
            elif path == VIEW_WS:
                await self.views.session(ws)
        finally:
            self._sessions[path] -= 1

    async def _control_session(self, ws: ServerConnection) -> None:
        box = Outbox(ws)
        box.deltas = "deltas=1" in urlsplit(ws.request.path if ws.request else "").query.split("&")  # not "deltas=10"
        self._controls[ws] = box
        self.feed_clients += box.feed
        sender = box.sender = asyncio.create_task(self._send_loop(box))
        try:
            if self._last_body is not None and self._last_state is None:
                self._last_state = self._json(self._last_body)  # written once, when a client needs it
            if self._last_state:
                self._put(box, self._last_state, True)
                box.seq = self._last_seq
            async for raw in ws:
                box.replying = True
                reply = await self._reply(raw)
                try:
                    text = json.dumps(reply, ensure_ascii=False, allow_nan=False)
                except (ValueError, TypeError) as exc:
                    log.error("reply not serialisable: %s", exc)
                    text = json.dumps({"type": "reply", "id": reply.get("id"), "ok": False, "error": {
                        "code": "internal_error", "message": "the result could not be sent"}}, default=str)
                self._put(box, text)
                box.replying = False
                if box.dropped:
                    break
        except ConnectionClosed:
            pass
        finally:
            self._controls.pop(ws, None)
            self.feed_clients -= box.feed
            sender.cancel()
            await asyncio.gather(sender, return_exceptions=True)

    async def _send_loop(self, box: Outbox) -> None:
        """Send what is queued, one message at a time: `send` waits while the socket is full."""
        try:
            while True:
                await box.wake.wait()
                box.wake.clear()
                while (text := box.take()) is not None and not box.dropped:
                    await box.ws.send(text)
        except ConnectionClosed:
            pass

    async def _reply(self, raw: str | bytes) -> dict[str, Any]:
        try:
            req_id, cmd, args = read_request(raw)
        except BadRequest as exc:
            return {"type": "reply", "id": exc.req_id, "ok": False,
                    "error": {"code": "bad_request", "message": exc.message}}
        try:
            result = await asyncio.wrap_future(self.control(cmd, args))
        except Exception as exc:
            code, message = getattr(exc, "code", None), getattr(exc, "message", None)
            if not (isinstance(code, str) and isinstance(message, str)):
                # Not a command's documented refusal (an SQLAlchemy error has a `code` too, and its
                # text holds raw SQL): a bug, logged here, never shown to the client as it is.
                log.error("command %.60r failed: %r", cmd, exc)
                code, message = "internal_error", "internal error (logged by the studio)"
            return {"type": "reply", "id": req_id, "ok": False, "error": {"code": code, "message": message}}
        return {"type": "reply", "id": req_id, "ok": True, "result": result}

    def http_ingest(self, connection: ServerConnection, request: Request,
                    body: bytes) -> tuple[Response, threading.Event | None]:
        """An HTTP POST on /ingest (app.live.http_ingest): same checks, same ingest, one reply, and what
        it waits for before it is sent (the writer's commit of what it says was stored)."""
        return http_ingest.handle(self, connection, request, body)

    async def _ingest_session(self, ws: ServerConnection) -> None:
        """Complete frames go to the ingest a read at a time, straight from websockets' parser
        (app.live.ingest_connection); this reads only what takes the Assembler's path (fragmented
        messages and what queues behind them) and waits for the close."""
        peer = ws.remote_address[0] if ws.remote_address else ""
        ctx = IngestContext(peer=peer)
        if ws.request is not None and "platform=" in ws.request.path:
            ctx.state["platform"] = http_ingest.query_platform(ws.request.path)
        direct = ws if isinstance(ws, IngestConnection) else None
        if direct is not None:
            direct.go_direct(lambda frames: self._ingest_frames(frames, ctx))
        try:
            async for frame in ws:
                self._ingest_frames([frame], ctx)
                # Backpressure instead of loss or unbounded memory: while the writer is behind,
                # stop reading; TCP then slows the relay down.
                if direct is not None:
                    await direct.until_flowing()
                while direct is None and self.congested():
                    await asyncio.sleep(0.005)
        except ConnectionClosed:
            pass
        finally:
            if direct is not None:
                direct.go_direct(None)  # nothing is taken after the close below
            if self.on_ingest_closed is not None:
                self.on_ingest_closed(ctx)

    def _ingest_frames(self, frames: list[str | bytes], ctx: IngestContext) -> None:
        """One read's frames, in order: all at once to `ingest_many` when there is one (the studio's
        pipeline), else frame by frame to `ingest`. A bug never ends the connection."""
        ingest, many = self.ingest, self.ingest_many
        for part in [frames] if many is not None else [[f] for f in frames]:
            try:
                if many is not None:
                    many(part, ctx)
                elif ingest is not None:
                    ingest(part[0], ctx)
            except Exception:  # one frame's (or read's) bug never ends the connection (1011)
                log.exception("ingest from %s: frame failed", ctx.peer)
                self._count("/ingest", "parse_error")

