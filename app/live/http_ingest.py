"""HTTP POST on /ingest, for relays that push over HTTP instead of keeping a websocket (fire4nt/wxlivespy
posts each batch to its forward URL, optionally gzip'd).

websockets' HTTP parser takes only GET without a body, so a connection whose first bytes are
`POST ` is answered here instead of by the websocket handshake, on the same port. The request
passes the same checks as a websocket (app.live.gate: path, Origin, token, caps, a writer that is up), its
body (JSON: one frame or an array, the same formats as the websocket) goes through the same
ingest, and the reply says what happened: `{"stored": N, "refused": {reason: N}}`. "stored" is
true when said: the reply waits until the comment writer has committed the body's events (up to
COMMIT_WAIT_S; a relay told "stored" never sends them again, and a kill right after the reply
lost them all before).
"""

from __future__ import annotations

import collections
import http.client
import io
import json
import logging
import re
import threading
import zlib
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from websockets.asyncio.server import ServerConnection
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

from app.live.ingest_connection import HOLD_CHECK_S, IngestConnection

if TYPE_CHECKING:
    from app.live.server import LiveServer

log = logging.getLogger(__name__)

MAX_HEAD = 16 << 10
MAX_BODY = 4 << 20  # as the websocket transport; past MAX_FRAME the body is refused and counted as too_large
MAX_FRAME = 1 << 20  # app.live.server.MAX_FRAME (not imported: server imports this module)
# While the studio is congested a POST waits, as a websocket relay's reads do, so the relay's own
# HTTP client slows it down; past this long it is answered 503 with Retry-After, nothing stored.
POST_HOLD_S = 10.0
# How long a reply waits for the writer's commit. Past it (a full disk the writer retries on) the
# events are held in memory and written when the database can: the reply says so as it did before.
COMMIT_WAIT_S = 10.0
# Any other request method (PUT, DELETE, PROPFIND, …) is answered 405, not hung up on (websockets' parser would).
_METHOD = re.compile(rb"[A-Z][A-Z-]{1,19} ")


class PostAwareConnection(IngestConnection):
    """A websocket connection that answers an HTTP POST itself (and takes /ingest frames a read at a
    time: app.live.ingest_connection)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._post: bytearray | None = None
        self._sniffed = False

    def data_received(self, data: bytes) -> None:
        if not self._sniffed:
            self._sniffed = True
            if data[:5] == b"POST ":
                self._post = bytearray()
            elif _METHOD.match(data) and not data.startswith(b"GET "):
                self._write(_reply(HTTPStatus.METHOD_NOT_ALLOWED, {"error": "GET pages and websockets, POST /ingest"}))
                return
        if self._post is None:
            super().data_received(data)
            return
        self._post += data
        request = _complete(self._post)
        if request is _TOO_BIG:
            self._write(_reply(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"error": "request too large"}))
        elif request is _CONTINUE:
            self.transport.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        elif request is not None:
            self._post = bytearray()  # one request per connection: what follows is ignored
            self.loop.call_soon(self._serve, *request)

    def _write(self, response: Response) -> None:
        self._post = bytearray()
        self.transport.write(response.serialize())
        self.transport.close()

    def _serve(self, head: Request, body: bytes, since: float | None = None) -> None:
        now = self.loop.time()
        if self.transport.is_closing():
            return  # the relay gave up waiting: it was told nothing, so nothing is stored
        if self.live.congested() and self.live.ingest_refusal() is None:  # a closed gate says so at once
            if since is None or now - since < POST_HOLD_S:
                self.loop.call_later(HOLD_CHECK_S, self._serve, head, body, now if since is None else since)
                return
            self.live._count("/ingest", "busy")
            self._write(_reply(HTTPStatus.SERVICE_UNAVAILABLE, {"stored": 0, "refused": {"busy": 1}},
                               retry_after=1))
            return
        try:
            reply, committed = self.live.http_ingest(self, head, body)
        except Exception:  # a bug costs this request, never the server
            log.exception("HTTP ingest failed")
            self._write(_reply(HTTPStatus.INTERNAL_SERVER_ERROR, {"error": "internal error (logged by the studio)"}))
            return
        self._write_when(committed, reply, now + COMMIT_WAIT_S)

    def _write_when(self, committed: threading.Event | None, reply: Response, deadline: float) -> None:
        """The reply, once the writer has committed what it says was stored (or the wait is over)."""
        if committed is None or committed.is_set() or self.loop.time() >= deadline:
            if not self.transport.is_closing():
                self._write(reply)
            return
        self.loop.call_later(HOLD_CHECK_S, self._write_when, committed, reply, deadline)


_TOO_BIG, _CONTINUE = object(), object()


def _complete(buf: bytearray) -> Any:
    """(Request, body) once the whole request is in `buf`; None while more is due; a marker otherwise."""
    end = buf.find(b"\r\n\r\n")
    if end < 0:
        return _TOO_BIG if len(buf) > MAX_HEAD else None
    line, _, rest = bytes(buf[:end]).partition(b"\r\n")
    parts = line.split(b" ")
    headers = http.client.parse_headers(io.BytesIO(rest + b"\r\n\r\n"))
    try:
        length = int(headers.get("Content-Length", "0"))
    except ValueError:
        length = -1
    if length < 0 or length > MAX_BODY or len(parts) != 3:
        return _TOO_BIG
    if len(buf) < end + 4 + length:
        if headers.get("Expect", "").lower() == "100-continue" and len(buf) == end + 4:
            return _CONTINUE
        return None
    request = Request(parts[1].decode("latin-1"), Headers(list(headers.items())), "POST")
    return request, bytes(buf[end + 4:end + 4 + length])


def _reply(status: HTTPStatus, payload: dict[str, Any], retry_after: int | None = None) -> Response:
    body = json.dumps(payload, ensure_ascii=False).encode()
    headers = Headers([("Content-Type", "application/json; charset=utf-8"), ("Content-Length", str(len(body))),
                       ("Connection", "close")])
    if retry_after is not None:
        headers["Retry-After"] = str(retry_after)
    return Response(status.value, status.phrase, headers, body)


def body_text(request: Request, body: bytes) -> str | None:
    """The body as text: gzip undone when the relay says so (wxlivespy's gzip_forward_data); None if unreadable."""
    if request.headers.get("Content-Encoding", "").lower() == "gzip":
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            body = inflate.decompress(body, MAX_BODY)
        except zlib.error:
            return None
        if inflate.unconsumed_tail:
            return None
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


def handle(live: LiveServer, connection: ServerConnection, request: Request,
           body: bytes) -> tuple[Response, threading.Event | None]:
    """Check the request as a websocket handshake is checked, ingest the body, say what was stored;
    with the writer's marker the reply waits for, when something was."""
    path = urlsplit(request.path).path.rstrip("/")
    if path != "/ingest":
        return _reply(HTTPStatus.METHOD_NOT_ALLOWED, {"error": "POST goes to /ingest"}), None
    refused = live.admission(connection, request)
    if refused is not None:
        return _reply(HTTPStatus(refused.status_code),
                      {"error": refused.body.decode("utf-8", "replace").strip()}), None
    why = live.not_ready()  # the writer cannot store yet: nothing is taken, and the relay is told so
    if why is not None:
        return _reply(HTTPStatus.SERVICE_UNAVAILABLE, {"stored": 0, "refused": {"starting": 1}, "error": why},
                      retry_after=1), None
    text = body_text(request, body)
    if text is None:
        live._count("/ingest", "bad_body")
        return _reply(HTTPStatus.BAD_REQUEST, {"stored": 0, "refused": {"bad_body": 1}}), None
    from app.live.server import IngestContext  # server imports this module

    peer = connection.remote_address[0] if connection.remote_address else ""
    into: collections.Counter[str] = collections.Counter()
    ctx = IngestContext(peer=peer, state={"into": into, "platform": query_platform(request.path)})
    if live.ingest is not None:
        live.ingest(text, ctx)
        if live.on_ingest_closed is not None:
            live.on_ingest_closed(ctx)  # a POST is a whole connection: open gift streaks close with it
    stored = into.pop("stored", 0)
    if not stored and not into and len(text) > MAX_FRAME:
        into["too_large"] = 1
    committed = live.committed() if stored and live.committed is not None else None
    return _reply(HTTPStatus.OK, {"stored": stored, "refused": dict(into)}), committed


def query_platform(path: str) -> str:
    """`?platform=kuaishou`: the platform of a relay whose frames do not say it (page userscripts)."""
    return parse_qs(urlsplit(path).query).get("platform", [""])[0].strip().lower()
