"""OBS browser-source overlays on the studio's one port: `GET /overlay/NAME` and `/overlay/ws`.

Pages are built from the files in `overlay_static/` (shipped inside the package, nothing fetched
from outside): the HTML shell with the stylesheet and the page's script inlined, plus the state feed
every page shares (`static/deltas.js`, served once at FEED_JS for the overlays, /host and /view).
The websocket pushes a viewer-safe cut of the studio state (no talking points, no user ids, no
lottery exclusions) and ignores whatever a page sends: it takes no commands.
A user's `overlay.css` in the data folder is appended to the shipped stylesheet; `?css=URL` adds
one more, on the page itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from http import HTTPStatus
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Response

from app.core.sales import stock_left
from app.core.state_delta import DeltaStream

log = logging.getLogger(__name__)

PAGES = ("timer", "product", "sale", "coupon", "lottery", "poll", "pinned", "all")
EXTRA_PAGES = ("question",)  # the question being answered: not in the protocol's list, offered anyway
WS_PATH = "/overlay/ws"
USER_CSS = "overlay.css"
FEED_JS = "/static/deltas.js"  # the state feed every page loads (static/deltas.js): one copy for all pages

_SEGMENT_KEYS = ("item_id", "name", "live_price", "list_price", "stock", "cart_no")
_LOTTERY_KEYS = ("lottery_id", "prize", "winners_n", "keyword", "match", "duration_s", "status", "opened_at",
                 "closes_at", "closed_at", "entrants", "commitment", "entrant_hash", "seed")


def _static(name: str, folder: str = "overlay_static") -> str:
    return (resources.files("app.live") / folder / name).read_text(encoding="utf-8")


def feed_src(path: str) -> str:
    """The shared script's address as a page links it: with the page's own `?token=` (LAN mode), which
    the script's request needs as much as the page's. Percent-quoted, so nothing of it leaves the attribute."""
    token = parse_qs(urlsplit(path).query).get("token", [""])[0]
    return FEED_JS + ("?token=" + quote(token, safe="") if token else "")


def _segment(cur: dict[str, Any], state: dict[str, Any]) -> dict[str, Any]:
    """The item on air; its stock is what is left after the orders so far, as the host view says
    (the sheet's figure overstated it to viewers), else the sheet's when the sales desk has none."""
    out = {k: cur.get(k) for k in _SEGMENT_KEYS}
    left, _low = stock_left(state, cur["item_id"]) if cur.get("item_id") is not None else (None, False)
    if left is not None:
        out["stock"] = left
    return out


def public_state(state: dict[str, Any]) -> dict[str, Any]:
    """What an overlay may know: what the viewers are about to see anyway, and nothing of the desk."""
    cur = state.get("current")
    lot = state.get("lottery")
    pinned = state.get("pinned")
    question = state.get("question")
    return {
        "show": {"title": state.get("show", {}).get("title", ""), "status": state.get("show", {}).get("status")},
        "current": _segment(cur, state) if cur else None,
        "timer": state.get("timer"),
        "sale": state.get("sale"),
        "coupons": state.get("coupons") or [],
        "lottery": {**{k: lot.get(k) for k in _LOTTERY_KEYS},
                    "winners": [{"name": w.get("name", ""), "position": w.get("position")}
                                for w in lot.get("winners") or []]} if lot else None,
        "poll": state.get("poll"),
        "pinned": {"user_name": pinned.get("user_name", ""), "text": pinned.get("text", "")} if pinned else None,
        "question": {"text": question.get("text", ""), "count": question.get("count", 1),
                     "item_name": question.get("item_name", "")} if question else None,
        "now": state.get("now"),
    }


class OverlayHub:
    """Serves the pages and keeps the overlay websockets fed. Lives on the server's event loop;
    `publish` may be called from any thread. `cut` is what of the state its pages may know."""

    cut = staticmethod(public_state)

    def __init__(self, data_dir: Path | None = None) -> None:
        self.data_dir = data_dir
        self.clients: dict[ServerConnection, _Slot] = {}
        self.last: dict[str, Any] | None = None
        self.last_at = 0.0
        self.last_seq = 0
        self._uncut: dict[str, Any] | None = None  # the newest state while no page was connected
        self.pushes = DeltaStream()  # this hub's own numbering: its pages see its cut of the state
        self.loop: asyncio.AbstractEventLoop | None = None
        self._shell = _static("page.html")
        self._css = _static("overlay.css")
        self._js = _static("overlay.js")
        self._feed_js = _static("deltas.js", "static")

    # ---- HTTP ---------------------------------------------------------------------------------------

    def css(self) -> str:
        """The shipped stylesheet, then the user's own from the data folder (read per request: edit, reload)."""
        css = self._css
        if self.data_dir is not None:
            path = self.data_dir / USER_CSS
            with contextlib.suppress(OSError, UnicodeDecodeError):  # none, or unreadable: the shipped look
                css += "\n/* " + str(path).replace("*/", "") + " */\n" + path.read_text(encoding="utf-8")
        return css

    def page(self, name: str, feed: str = FEED_JS) -> str:
        """`feed`: the address of the shared script (feed_src: with the page's token)."""
        css = self.css().replace("</style", "<\\/style")
        return (self._shell.replace("{{CSS}}", css).replace("{{JS}}", self._js)
                .replace("{{FEED_JS}}", feed).replace("{{PAGE}}", name))

    def index(self) -> str:
        links = "".join(f'<li><a href="/overlay/{n}">{n}</a></li>' for n in (*PAGES, *EXTRA_PAGES))
        return (f'<!doctype html><meta charset="utf-8"><title>LiveDeck overlays</title>'
                f"<h1>LiveDeck overlays</h1><ul>{links}</ul>")

    def http(self, connection: ServerConnection, path: str) -> Response:
        """GET /overlay/, /overlay/NAME, /overlay/overlay.css. (Token checks happen before, in the server.)"""
        name = urlsplit(path).path.rstrip("/").removeprefix("/overlay").lstrip("/")
        if name in PAGES or name in EXTRA_PAGES:
            return self._respond(connection, self.page(name, feed_src(path)), "text/html; charset=utf-8")
        if name == "":
            return self._respond(connection, self.index(), "text/html; charset=utf-8")
        if name == USER_CSS:
            return self._respond(connection, self.css(), "text/css; charset=utf-8")
        return connection.respond(HTTPStatus.NOT_FOUND, f"no overlay {name!r}; pages: {', '.join(PAGES)}\n")

    def feed_script(self, connection: ServerConnection) -> Response:
        """GET /static/deltas.js: the state feed shared by the overlays, /host and /view."""
        return self._respond(connection, self._feed_js, "text/javascript; charset=utf-8")

    @staticmethod
    def _respond(connection: ServerConnection, body: str, content_type: str) -> Response:
        response = connection.respond(HTTPStatus.OK, body)
        del response.headers["Content-Type"]
        response.headers["Content-Type"] = content_type
        response.headers["Cache-Control"] = "no-store"  # a restarted studio may ship a newer page
        return response

    # ---- websocket ----------------------------------------------------------------------------------

    async def session(self, ws: ServerConnection) -> None:
        """Send each client only the newest state: one slot per page, so a page that stops reading
        (a hidden OBS source) holds at most one message, never a growing queue."""
        slot = _Slot()
        slot.deltas = "deltas=1" in urlsplit(ws.request.path if ws.request else "").query.split("&")  # not nodeltas=1
        self.clients[ws] = slot
        if self._uncut is not None:  # the first page since nobody read: deltas start from this state
            self.last, self._uncut = self.cut(self._uncut), None
            self.last_seq, _ = self.pushes.push(self.last)
        if self.last is not None:
            # The state as last published, with its age: the page winds its countdowns forward.
            slot.seq, state = self.last_seq, self.last
            slot.put(json.dumps({"type": "state", "seq": slot.seq, "state": state,
                                 "age_s": round(max(0.0, time.time() - self.last_at), 3)}, ensure_ascii=False))
        sender = asyncio.create_task(self._send_loop(ws, slot))
        try:
            async for _ignored in ws:  # state only: nothing a page sends is acted on
                pass
        except ConnectionClosed:
            pass
        finally:
            self.clients.pop(ws, None)
            sender.cancel()
            await asyncio.gather(sender, return_exceptions=True)

    @staticmethod
    async def _send_loop(ws: ServerConnection, slot: _Slot) -> None:
        try:
            while True:
                await slot.wake.wait()
                slot.wake.clear()
                text, slot.text = slot.text, None
                if text is not None:
                    await ws.send(text)
        except ConnectionClosed:
            pass

    def publish(self, message: dict[str, Any]) -> None:
        """Any thread: the state (an immutable snapshot) is cut and written on the server's loop."""
        if message.get("type") != "state":
            return
        loop, at = self.loop, time.time()
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._publish, message, at)
        else:
            self._publish(message, at)

    def _publish(self, message: dict[str, Any], at: float) -> None:
        if not self.clients:  # nobody to send to: cut it when a page comes, and start deltas afresh
            self.pushes.reset()
            self._uncut, self.last_at, self.last_seq = message["state"], at, self.pushes.seq
            return
        state = self.cut(message["state"])
        self._uncut = None
        seq, change = self.pushes.push(state)
        try:
            text = json.dumps({"type": "state", "seq": seq, "state": state}, ensure_ascii=False, allow_nan=False)
            change_text = json.dumps(change, ensure_ascii=False, allow_nan=False) if change else None
        except (ValueError, TypeError) as exc:
            log.error("overlay state not published: %s", exc)
            self.pushes.reset()
            return
        self.last, self.last_at, self.last_seq = state, at, seq
        self._broadcast(text, change_text, seq)

    def _broadcast(self, text: str, change: str | None = None, seq: int = 0) -> None:
        """A page whose last state was sent gets the delta; one still waiting gets the full state."""
        for slot in list(self.clients.values()):
            delta_ok = change is not None and slot.deltas and slot.seq == seq - 1 and slot.text is None
            slot.put(change if delta_ok and change is not None else text)
            slot.seq = seq


class _Slot:
    """The newest unsent state of one overlay page."""

    def __init__(self) -> None:
        self.text: str | None = None
        self.deltas = False  # `?deltas=1`: the page applies deltas (app.core.state_delta)
        self.seq = 0
        self.wake = asyncio.Event()

    def put(self, text: str) -> None:
        self.text = text
        self.wake.set()
