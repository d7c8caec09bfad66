"""A second desk's line to a studio on another machine: one /control websocket in its own thread.

Commands go out with an id; every message that comes back (replies, state, events) is handed to
`deliver` in arrival order, from this thread (the receiver queues it to its own). After a drop it
reconnects by itself (250 ms doubling to 5 s) and delivers `{"type": "link", "up": bool}` on each
change, so the desk can catch up. A refused token is not tried again: it stays wrong until the desk is
started with the studio's token, and each try would count against this address (the studio's back-off
then kept out the corrected desk, and every other client on this machine, for up to 5 minutes); the
refusal is delivered as `{"type": "link", "up": false, "refused": the studio's reason}` so the desk can
say so. A 429 (this address backs off) waits its Retry-After. No state is kept here: the studio's store
is the only one.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

log = logging.getLogger(__name__)

Deliver = Callable[[dict[str, Any]], None]
MAX_DELAY_S = 5.0
FINAL = {401}  # refusals another try with the same token cannot change: not tried again


class RemoteLink:
    def __init__(self, url: str, token: str, deliver: Deliver) -> None:
        base = url.rstrip("/")
        if not base.endswith("/control"):
            base += "/control"
        # deltas=1: state pushes as deltas after the first; feed=1: the studio streams its comments to this
        # client (`comments` messages). Both in docs/protocol.md.
        base += "?deltas=1&feed=1"
        self.url = f"{base}&token={quote(token, safe='')}" if token else base
        self.deliver = deliver
        self.up = False
        self.refused: str | None = None  # why the studio said no (a wrong token): no point retrying fast
        self._ids = itertools.count(1)
        self._ws: ClientConnection | None = None
        self._sending: set[asyncio.Future[None]] = set()
        self._loop = asyncio.new_event_loop()
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, name="remote-link", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        if self._stop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout=10)

    def send(self, cmd: str, args: dict[str, Any]) -> str:
        """Queue a command; its reply arrives through `deliver` with this id. Any thread."""
        rid = f"d{next(self._ids)}"
        text = json.dumps({"id": rid, "cmd": cmd, "args": args}, ensure_ascii=False)
        if self._loop.is_closed():
            self.deliver({"type": "reply", "id": rid, "ok": False,
                          "error": {"code": "not_connected", "message": "the link to the studio is closed"}})
            return rid
        self._loop.call_soon_threadsafe(self._send, rid, text)
        return rid

    def _send(self, rid: str, text: str) -> None:
        ws = self._ws
        if ws is None:
            self.deliver({"type": "reply", "id": rid, "ok": False,
                          "error": {"code": "not_connected", "message": "not connected to the studio"}})
            return
        task = asyncio.ensure_future(self._send_now(ws, rid, text))
        self._sending.add(task)
        task.add_done_callback(self._sending.discard)

    async def _send_now(self, ws: ClientConnection, rid: str, text: str) -> None:
        try:
            await ws.send(text)
        except ConnectionClosed:
            self.deliver({"type": "reply", "id": rid, "ok": False,
                          "error": {"code": "not_connected", "message": "the connection to the studio dropped"}})

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self._main())
        finally:
            self._loop.close()

    async def _main(self) -> None:
        self._stop = asyncio.Event()
        stopper = asyncio.ensure_future(self._stop.wait())
        delay = 0.25
        while not self._stop.is_set():
            session = asyncio.ensure_future(self._session())
            await asyncio.wait({session, stopper}, return_when=asyncio.FIRST_COMPLETED)
            if self._stop.is_set():
                session.cancel()
                await asyncio.gather(session, return_exceptions=True)
                break
            wait = session.result()
            if wait is None:
                break  # refused for good: the desk says why (`refused`)
            delay = 0.25 if wait is True else max(float(wait), min(delay * 2, MAX_DELAY_S))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), delay)
        stopper.cancel()

    async def _session(self) -> bool | float | None:
        """One connection, until it drops: True when it was up (reconnect quickly), False otherwise, the
        seconds the studio asked to wait (429), None when its refusal is final (a wrong token)."""
        try:
            async with connect(self.url, max_size=None, open_timeout=5, ping_interval=10, ping_timeout=20) as ws:
                self._ws, self.up, self.refused = ws, True, None
                self.deliver({"type": "link", "up": True})
                async for raw in ws:
                    try:
                        msg = json.loads(raw)
                    except ValueError:
                        continue
                    if isinstance(msg, dict):
                        self.deliver(msg)
            return True
        except InvalidStatus as exc:
            return self._refused(exc.response.status_code, bytes(exc.response.body or b""), exc.response.headers)
        except (OSError, ConnectionClosed, TimeoutError) as exc:
            log.info("%s: %s", self.url.split("?")[0], exc)
            return self.up
        finally:
            was_up, self._ws, self.up = self.up, None, False
            if was_up:
                self.deliver({"type": "link", "up": False})

    def _refused(self, status: int, body: bytes, headers: Any) -> bool | float | None:
        """The studio answered the handshake with an HTTP error: say its reason; how long to wait (above)."""
        reason = body.decode("utf-8", "replace").strip() or f"HTTP {status}"
        self.refused = f"HTTP {status}: {reason}"
        log.warning("%s: the studio refused the connection (%s)", self.url.split("?")[0], self.refused)
        self.deliver({"type": "link", "up": False, "refused": self.refused, "final": status in FINAL})
        if status in FINAL:
            return None
        try:
            return float(headers.get("Retry-After") or 0) or False
        except ValueError:
            return False
