"""Wrong tokens, per client address: a few tries free, then exponential back-off (HTTP 429), and one
log line per address and minute instead of one per try (a guesser made 1,466 tries a second, each logged)."""

from __future__ import annotations

import hmac
import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import parse_qs, urlsplit

from websockets.asyncio.server import ServerConnection
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

log = logging.getLogger(__name__)

FREE_TRIES = 5        # a person mistyping, or a page retrying, is not slowed down at first
MAX_BACKOFF_S = 300.0
LOG_WINDOW_S = 60.0
MAX_ADDRESSES = 4096  # the oldest addresses are forgotten first: memory stays bounded under a spray


@dataclass
class _Tries:
    failed: int = 0
    blocked_until: float = 0.0
    window_start: float = 0.0
    in_window: int = 0
    logged: bool = False


class TokenGuard:
    """Lives on the server's event loop (one thread): no locks."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._tries: OrderedDict[str, _Tries] = OrderedDict()

    def check(self, connection: ServerConnection, request: Request, path: str, peer: str,
              accepted: Sequence[str | None], role: str, count: Callable[[str, str], None]) -> Response | None:
        """None when the request carries one of the `accepted` tokens; else a 401, or a 429 while the
        address backs off after too many wrong ones (the token is then not even compared)."""
        wait = self.wait_s(peer)
        if wait > 0:
            self.limited(peer, path)
            count(path, "rate_limited")
            response = connection.respond(HTTPStatus.TOO_MANY_REQUESTS, "too many wrong tokens; wait\n")
            response.headers["Retry-After"] = str(max(1, round(wait)))
            return response
        given = given_token(request)
        if not any(t and given and hmac.compare_digest(given.encode(), t.encode()) for t in accepted):
            self.failed(peer, path)
            count(path, "token_refused")
            what = "the control token" if role == "control" else "a token (the view link's is enough)"
            return connection.respond(HTTPStatus.UNAUTHORIZED, f"{what} is required (?token=… or Bearer)\n")
        self.succeeded(peer)
        return None

    def wait_s(self, addr: str) -> float:
        """Seconds this address must still wait before its token is even looked at (0: go ahead)."""
        t = self._tries.get(addr)
        return max(0.0, t.blocked_until - self.clock()) if t is not None else 0.0

    def limited(self, addr: str, path: str) -> None:
        """A try while blocked: not checked, only counted towards this window's log line."""
        t = self._tries.get(addr)
        if t is not None:
            self._note(addr, t, path)

    def failed(self, addr: str, path: str) -> None:
        t = self._tries.pop(addr, None) or _Tries()
        self._tries[addr] = t  # newest last
        while len(self._tries) > MAX_ADDRESSES:
            self._tries.popitem(last=False)
        t.failed += 1
        if t.failed > FREE_TRIES:
            t.blocked_until = self.clock() + min(MAX_BACKOFF_S, 2.0 ** (t.failed - FREE_TRIES - 1))
        self._note(addr, t, path)

    def succeeded(self, addr: str) -> None:
        self._tries.pop(addr, None)

    def _note(self, addr: str, t: _Tries, path: str) -> None:
        now = self.clock()
        if now - t.window_start >= LOG_WINDOW_S:
            t.window_start, t.in_window, t.logged = now, 0, False
        t.in_window += 1
        if not t.logged:
            t.logged = True
            log.warning("refused %s from %s: missing or wrong token (%d wrong so far; after %d, each try waits "
                        "longer, up to %.0f s; logged once a minute per address)", path, addr, t.failed,
                        FREE_TRIES, MAX_BACKOFF_S)


def given_token(request: Request) -> str:
    """The token a request carries: `?token=` in the URL, else an `Authorization: Bearer` header."""
    given = parse_qs(urlsplit(request.path).query).get("token", [""])[0]
    auth = Headers(request.headers).get("Authorization", "")
    if not given and auth.lower().startswith("bearer "):
        given = auth[7:].strip()
    return given
