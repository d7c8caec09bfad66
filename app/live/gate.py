"""What a connection must show before the server takes it: a known path, one Origin and Host, an
allowed browser origin, the token its role needs in LAN mode, and room under the connection cap;
for /ingest, a comment writer that can store what it sends (`ingest_refusal`).

`RequestGate` is LiveServer's half that decides; it runs on the server's loop thread like the rest of
the server (websockets calls `_check_request` there for every handshake and plain HTTP request).
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
from collections.abc import Callable
from http import HTTPStatus
from urllib.parse import urlsplit

from websockets.asyncio.server import ServerConnection
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

from app.live.access import AccessFile, normalise_origin, own_origin
from app.live.guard import TokenGuard
from app.live.overlay import FEED_JS, WS_PATH, OverlayHub
from app.live.views import PAGES as VIEW_PAGES
from app.live.views import WS_PATH as VIEW_WS
from app.live.views import ViewHub
from app.live.wall import PATHS as WALL_PATHS
from app.live.wall import WallPage

log = logging.getLogger("app.live.server")
OPEN_POLL_S = 0.05  # how often a relay client waiting for ingest to open looks again
STARTING = "writer_starting"  # the health counter of relays refused before the writer was up


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return host == "localhost"


class RequestGate:
    """The checks of LiveServer (app.live.server) before a connection is taken."""

    access: AccessFile | None
    allowed_origins: list[str]
    guard: TokenGuard
    # Why /ingest takes nothing now (the comment writer is not up yet, or cannot write), else None.
    ingest_refusal: Callable[[], str | None]
    lan: bool
    max_connections: int
    overlays: OverlayHub
    port: int
    token: str | None
    trust_loopback: bool
    view_token: str | None
    views: ViewHub
    wall: WallPage
    _sessions: dict[str, int]

    def _count(self, path: str, reason: str) -> None:
        raise NotImplementedError  # LiveServer's: its loop thread owns the health counters

    def _check_request(self, connection: ServerConnection, request: Request) -> Response | None:
        """websockets' hook: the checks below, then, for /ingest, a writer that can store (see `not_ready`)."""
        refused = self.admission(connection, request)
        if refused is None and urlsplit(request.path).path.rstrip("/") == "/ingest":
            why = self.not_ready()
            if why is not None:
                refused = connection.respond(HTTPStatus.SERVICE_UNAVAILABLE, why + "\n")
                refused.headers["Retry-After"] = "1"
        return refused

    def not_ready(self) -> str | None:
        """Why /ingest takes nothing yet, counted. A frame taken before the writer process can store it
        sat only in memory (a kill lost it), and a websocket frame has no reply that could say so: the
        relay is refused at the handshake instead (503, Retry-After), and retries as relays do."""
        why = self.ingest_refusal()
        if why is not None:
            self._count("/ingest", STARTING)
        return why

    async def until_ingest_open(self) -> None:
        """The relay clients LiveDeck runs itself (and the simulator) wait here, for the same reason."""
        while self.ingest_refusal() is not None:
            await asyncio.sleep(OPEN_POLL_S)

    def admission(self, connection: ServerConnection, request: Request) -> Response | None:
        """Path, headers, origin, token and the connection cap: a refusal, or None to go on."""
        path = urlsplit(request.path).path.rstrip("/")
        if path not in ("/control", "/ingest", VIEW_WS, FEED_JS, *VIEW_PAGES, *WALL_PATHS) \
                and not path.startswith("/overlay"):
            return connection.respond(HTTPStatus.NOT_FOUND, "LiveDeck serves /control and /ingest\n")
        peer = connection.remote_address[0] if connection.remote_address else ""
        headers = Headers(request.headers)
        token, view_token, allowed = self._access()
        origins, hosts = headers.get_all("Origin"), headers.get_all("Host")
        if len(origins) > 1 or len(hosts) > 1:
            self._count(path, "bad_handshake")
            return connection.respond(HTTPStatus.BAD_REQUEST, "one Origin and one Host header, please\n")
        origin = origins[0] if origins else None
        if origin is not None and not self._origin_ok(origin, hosts[0] if hosts else "", allowed):
            # Browsers always send Origin; relays, scripts and Stream Deck plug-ins do not.
            log.warning("refused %s from %s: browser origin %.100r is not allowed", path, peer, origin)
            self._count(path, "origin_refused")
            return connection.respond(HTTPStatus.FORBIDDEN, "origin not allowed (see Settings › Remote access)\n")
        refused = self._check_token(connection, request, path, peer, token, view_token) if self.lan else None
        if refused is not None:
            return refused
        if self._sessions[path] >= self.max_connections:
            self._count(path, "too_many_connections")
            return connection.respond(HTTPStatus.SERVICE_UNAVAILABLE, "too many connections\n")
        if path.startswith("/overlay") and path != WS_PATH:
            return self.overlays.http(connection, request.path)
        if path in VIEW_PAGES:
            return self.views.http(connection, request.path)
        if path == FEED_JS:  # the pages' shared script: a read-only path like the pages themselves
            return self.overlays.feed_script(connection)
        if path in WALL_PATHS:  # the wall of all rooms (issue #21)
            return self.wall.http(connection, request.path)
        return None

    def _access(self) -> tuple[str | None, str | None, list[str]]:
        if self.access is not None:
            try:
                a = self.access.load()
                return a.token, a.view_token, a.allowed_origins
            except OSError as exc:
                log.error("cannot read %s: %s", self.access.path, exc)
        return self.token, self.view_token, self.allowed_origins

    def role(self, path: str, peer: str) -> str:
        """The token a path needs in LAN mode: "control" (/control; /ingest from elsewhere), "view" (read-only
        pages and sockets), "open" (this machine's own browser and relays)."""
        local = self.trust_loopback and is_loopback(peer)
        if path == "/control" or path == "/ingest":
            return "open" if path == "/ingest" and local else "control"
        return "open" if local else "view"

    def _check_token(self, connection: ServerConnection, request: Request, path: str, peer: str,
                     token: str | None, view_token: str | None) -> Response | None:
        role = self.role(path, peer)
        accepted = [token] if role == "control" else [token, view_token]
        return None if role == "open" else self.guard.check(connection, request, path, peer, accepted, role,
                                                             self._count)

    def _origin_ok(self, origin: str, host: str, allowed: list[str]) -> bool:
        if own_origin(origin, host, self.port):
            return True
        norm = normalise_origin(origin)
        return norm is not None and norm in allowed
