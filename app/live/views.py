"""The studio's own screens in any browser: `GET /host` (the host view), `GET /view` (the producer's
read-only view) and their state socket `/view/ws`.

Same runtime as the overlays (app.live.overlay): pages are one HTML file from `view_static/`
(stylesheet and script inlined) plus the studio's shared state feed, /static/deltas.js (nothing
fetched from outside); the socket pushes
only the newest state to each page and ignores whatever a page sends: it takes no commands.
Unlike an overlay, these pages are for the studio's people, so the cut carries the host screen
(talking points, message, pinned comment), the run-sheet, sales figures and feed health: in LAN
mode they need the view token (app.live.access), never the control one.
"""

from __future__ import annotations

from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from websockets.asyncio.server import ServerConnection
from websockets.http11 import Response

from app.live.overlay import FEED_JS, OverlayHub, feed_src

PAGES = {"/host": "host", "/view": "view"}
WS_PATH = "/view/ws"
_FEED_KEYS = ("total", "per_second", "malformed", "duplicates", "viewers", "writer_pending", "dead_letters",
              "room_ended", "anonymous")
_ROW_KEYS = ("item_id", "name", "cart_no", "planned_s", "actual_s", "done", "current", "live_price", "stock")


def _static(name: str) -> str:
    return (resources.files("app.live") / "view_static" / name).read_text(encoding="utf-8")


def view_state(state: dict[str, Any]) -> dict[str, Any]:
    """What the host and producer screens show: the host screen as the studio decided it, the run-sheet
    with done / on air, the clocks, the sales totals (app.core.sales, as the desk has them), feed health."""
    sales = state.get("sales") or {}
    return {
        "host": state.get("host"),
        "show": {k: (state.get("show") or {}).get(k) for k in ("title", "status", "planned_start", "platform")},
        "runsheet": [{k: r.get(k) for k in _ROW_KEYS} for r in state.get("runsheet") or []],
        "timer": state.get("timer"),
        "clock": state.get("clock"),
        "sales": {"totals": sales.get("totals"),
                  "items": [{k: r.get(k) for k in ("item_id", "orders", "paid_units", "gmv", "stock_left",
                                                   "low_stock")} for r in sales.get("items") or []]},
        "feed": {k: (state.get("feed") or {}).get(k) for k in _FEED_KEYS},
        "questions": state.get("questions"),
        "now": state.get("now"),
    }


class ViewHub(OverlayHub):
    """/host and /view pages and their read-only socket; lives on the server's loop like the overlays."""

    cut = staticmethod(view_state)

    def __init__(self) -> None:
        super().__init__(None)
        self._pages = {name: _static(f"{name}.html") for name in PAGES.values()}
        self._shared = {"{{CSS}}": _static("view.css"), "{{JS}}": _static("view.js")}

    def page(self, name: str, feed: str = FEED_JS) -> str:
        """`feed`: the address of the shared script (feed_src: with the page's token)."""
        html = self._pages[name]
        for marker, text in self._shared.items():
            html = html.replace(marker, text)
        return html.replace("{{FEED_JS}}", feed)

    def http(self, connection: ServerConnection, path: str) -> Response:
        name = PAGES.get(urlsplit(path).path.rstrip("/"))
        if name is None:
            return connection.respond(404, "no such page; try /host or /view\n")
        return self._respond(connection, self.page(name, feed_src(path)), "text/html; charset=utf-8")
