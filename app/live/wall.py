"""`GET /wall`: every live room of the database on one browser page, and `/wall.json`, its data.

The page is self-contained (overlay_static/wall.html: no CDN, no fonts fetched) and polls
/wall.json twice a second. The rooms come from `rooms`, a callable the runtime wires to a
RoomWatcher, which reads the database on its own thread: this event loop never waits on SQL.
Token checks happen before, in the server, as for the overlays.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from http import HTTPStatus
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from websockets.asyncio.server import ServerConnection
from websockets.http11 import Response

PATHS = ("/wall", "/wall.json")


class WallPage:
    def __init__(self) -> None:
        self.rooms: Callable[[], list[dict[str, Any]]] | None = None
        self._html = (resources.files("app.live") / "overlay_static" / "wall.html").read_text(encoding="utf-8")

    def data(self) -> dict[str, Any]:
        return {"now": time.time(), "rooms": self.rooms() if self.rooms is not None else []}

    def http(self, connection: ServerConnection, path: str) -> Response:
        if urlsplit(path).path.rstrip("/") == "/wall.json":
            body, kind = json.dumps(self.data(), ensure_ascii=False), "application/json; charset=utf-8"
        else:
            body, kind = self._html, "text/html; charset=utf-8"
        response = connection.respond(HTTPStatus.OK, body)
        del response.headers["Content-Type"]
        response.headers["Content-Type"] = kind
        response.headers["Cache-Control"] = "no-store"
        return response
