"""/ingest a read at a time (issue #22): the frames one TCP read brings go to the pipeline in one
hand-off, in order, with a fragmented message keeping its place and backpressure pausing the read.

The relay side is websockets' own client protocol over a plain socket, so that a burst of frames
is written with one `sendall` (one read on the studio's side), as a busy relay's frames arrive.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from websockets.client import ClientProtocol
from websockets.exceptions import ConnectionClosedOK
from websockets.protocol import CONNECTING, OPEN
from websockets.sync.client import connect
from websockets.uri import parse_uri

from app.core.comments import Comment
from app.live import server as server_module
from app.live.ingest import IngestPipeline
from app.live.ingest_connection import IngestConnection
from app.live.server import IngestContext, LiveServer
from app.models.db import open_database
from app.models.store import Store
from app.models.writer import CommentWriter, next_comment_id
from tests.ingest_server import serve
from tests.waits import wait_for


def comment(msg_id: str, text: str = "3号链接还有吗") -> str:
    return json.dumps({"type": "comment", "platform": "douyin", "msg_id": msg_id, "ts": 1764000000.0,
                       "user": {"id": msg_id, "name": f"观众{msg_id}"}, "text": text}, ensure_ascii=False)


def gift_streak(msg: int) -> str:
    """A BarrageGrab gift whose streak stays open until the connection ends."""
    data = {"MsgId": msg, "User": {"Id": msg, "Nickname": f"u{msg}"}, "GiftId": 5655, "GiftName": "小心心",
            "GroupId": 7, "GiftCount": 1, "RepeatCount": 1, "DiamondCount": 1}
    return json.dumps({"Type": 5, "Data": json.dumps(data)})


class Relay:
    """A websocket client that writes each burst of frames with one sendall."""

    def __init__(self, port: int) -> None:
        self.proto = ClientProtocol(parse_uri(f"ws://127.0.0.1:{port}/ingest"))
        self.proto.send_request(self.proto.connect())
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self._flush()
        while self.proto.state is CONNECTING:
            self.proto.receive_data(self.sock.recv(65536))
        assert self.proto.handshake_exc is None

    def _flush(self) -> None:
        self.sock.sendall(b"".join(self.proto.data_to_send()))

    def burst(self, frames: Sequence[str | bytes | list[str]]) -> None:
        """Text, binary, or a list of parts sent as one fragmented text message (`Raw`: a text
        frame of these bytes, UTF-8 or not)."""
        for f in frames:
            if isinstance(f, Raw):
                self.proto.send_text(f)
            elif isinstance(f, bytes):
                self.proto.send_binary(f)
            elif isinstance(f, str):
                self.proto.send_text(f.encode())
            else:
                self.proto.send_text(f[0].encode(), fin=False)
                for i, part in enumerate(f[1:], 2):
                    self.proto.send_continuation(part.encode(), fin=i == len(f))
        self._flush()

    def close(self) -> None:
        self.proto.send_close()
        self._flush()

    def wait_closed(self) -> int | None:
        """Read to the end; the close code the studio sent."""
        while data := self.sock.recv(65536):
            self.proto.receive_data(data)
        self.sock.close()
        return self.proto.close_rcvd.code if self.proto.close_rcvd else None


class Raw(bytes):
    """Bytes sent as a text frame."""


@dataclass
class Studio:
    server: LiveServer
    pipeline: IngestPipeline
    store: Store
    show: int
    handoffs: list[list[str]]  # the msg_ids of each batch handed to the writer

    def ids(self) -> list[str]:
        return [c.msg_id for c in self.store.comments(self.show)]


@pytest.fixture
def studio(tmp_path: Path) -> Iterator[Studio]:
    """The studio's ingest as the app wires it: server, pipeline, a real writer into a real database."""
    engine = open_database(tmp_path)
    store = Store(engine)
    show = store.create_show("burst")
    writer = CommentWriter(engine)
    handoffs: list[list[str]] = []
    put = writer.put

    def recording_put(show_id: int, batch: Sequence[Comment]) -> None:
        handoffs.append([c.msg_id for c in batch])
        put(show_id, batch)

    writer.put = recording_put  # type: ignore[method-assign, assignment]
    p = IngestPipeline(writer, next_comment_id(engine))
    p.set_show(show)
    server = serve(p)
    try:
        yield Studio(server, p, store, show, handoffs)
    finally:
        server.stop()
        writer.close()


def stored(st: Studio, n: int) -> list[str]:
    """The msg_ids stored, in id order, once `n` events have been accepted and written."""
    wait_for(lambda: st.pipeline.accepted >= n)
    assert st.pipeline.writer.flush()
    return st.ids()


def test_a_burst_of_frames_is_taken_in_one_hand_off_in_order(studio: Studio) -> None:
    relay = Relay(studio.server.port)
    sent = [f"b{i:03}" for i in range(100)]
    relay.burst([comment(m) for m in sent])
    assert stored(studio, 100) == sent
    shown = studio.pipeline.drain(studio.show)
    assert [c.msg_id for c in shown] == sent  # the feed shows them in send order
    assert [c.id for c in shown] == sorted(c.id for c in shown)
    assert studio.handoffs == [sent]  # one read, one hand-off to the writer (was one per frame)
    relay.close()
    relay.wait_closed()


def test_good_and_bad_frames_in_one_read(studio: Studio) -> None:
    relay = Relay(studio.server.port)
    good = [f"g{i}" for i in range(8)]
    bad: list[str | bytes] = ["{not json", json.dumps({"hello": "world"}), b"\xff\xfe\xfd", "[" * 3000 + "]" * 3000,
                              json.dumps({"type": "comment", "platform": "douyin", "ts": 1, "text": "no id"})]
    frames: list[str | bytes | list[str]] = []
    for i, m in enumerate(good):
        frames.append(comment(m))
        if i < len(bad):
            frames.append(bad[i])
    relay.burst(frames)
    assert stored(studio, len(good)) == good
    wait_for(lambda: studio.pipeline.malformed == len(bad))
    reasons = {k: v for s in studio.pipeline.snapshot()["sources"].values() for k, v in s["malformed"].items()}
    assert reasons == {"bad_json": 1, "unknown_format": 1, "not_utf8": 1, "too_deep": 1, "missing_msg_id": 1}
    assert studio.handoffs == [good]  # each bad frame cost only itself
    relay.close()
    relay.wait_closed()


def test_a_fragmented_message_keeps_its_place(studio: Studio) -> None:
    relay = Relay(studio.server.port)
    before, after, later = [f"a{i}" for i in range(5)], [f"c{i}" for i in range(5)], [f"d{i}" for i in range(5)]
    whole = comment("frag", "分成三段发的一条评论")
    parts = [whole[:20], whole[20:40], whole[40:]]
    relay.burst([comment(m) for m in before] + [parts] + [comment(m) for m in after])
    assert stored(studio, 11) == [*before, "frag", *after]
    assert studio.handoffs[0] == before  # the frames before it went in one hand-off
    relay.burst([comment(m) for m in later])  # the Assembler is empty again: one hand-off
    assert stored(studio, 16) == [*before, "frag", *after, *later]
    assert studio.handoffs[-1] == later
    relay.close()
    relay.wait_closed()


def test_a_text_frame_that_is_not_utf8_still_closes_1007(studio: Studio) -> None:
    """As websockets does for `async for frame in ws`: the frames before it are stored, in one
    hand-off; the connection ends with 1007 and nothing after it is taken."""
    relay = Relay(studio.server.port)
    before = [f"u{i}" for i in range(5)]
    relay.burst([comment(m) for m in before] + [Raw(b"\xff\xfe"), comment("after")])
    assert relay.wait_closed() == 1007
    wait_for(lambda: studio.server._sessions["/ingest"] == 0)
    assert stored(studio, 5) == before
    assert studio.handoffs == [before]


def test_while_congested_the_studio_stops_reading_and_loses_nothing(studio: Studio) -> None:
    """A relay that keeps sending while the studio is behind is read no further (TCP slows it down);
    it even hangs up meanwhile. Once the studio catches up, everything is stored, the open gift
    streak once, and the connection ends."""
    busy = [True]
    studio.server.congested = lambda: busy[0] or studio.pipeline.congested
    relay = Relay(studio.server.port)
    first = [f"p{i}" for i in range(10)]
    relay.burst([comment(m) for m in first])
    server = studio.server._server
    assert server is not None
    (conn,) = wait_for(lambda: server.connections)
    wait_for(lambda: not conn.transport.is_reading())  # paused after the batch (main read on regardless)
    taken = studio.pipeline.accepted
    assert 0 < taken <= len(first)
    second = [f"q{i}" for i in range(10)]
    relay.burst([comment(m) for m in second] + [gift_streak(9001)])
    relay.close()  # the relay hangs up while the studio is not reading
    assert studio.pipeline.accepted == taken and not conn.transport.is_reading()
    busy[0] = False
    relay.wait_closed()
    wait_for(lambda: studio.server._sessions["/ingest"] == 0)
    ids = stored(studio, 21)
    assert ids == first + second + ["9001"]  # the streak, closed by the hang-up, stored once
    assert studio.store.count_comments(studio.show) == {"comment": 20, "gift": 1}


def test_the_server_stops_promptly_while_a_relay_is_held_by_congestion(studio: Studio) -> None:
    """Quitting while the writer is behind (or dead): the held relay's close frame is still read, so
    the server's stop does not wait out the close timeout and leave its thread running. The relay is
    websockets' own client, which answers the studio's close as relays do."""
    studio.server.congested = lambda: True
    with connect(f"ws://127.0.0.1:{studio.server.port}/ingest") as relay:
        relay.send(comment("h1"))
        server = studio.server._server
        assert server is not None
        (conn,) = wait_for(lambda: server.connections)
        wait_for(lambda: not conn.transport.is_reading())
        relay.send(comment("h2"))  # waits in the socket, unread
        studio.server.stop()
        assert not studio.server._thread.is_alive()
        with pytest.raises(ConnectionClosedOK):
            relay.recv(timeout=5)
        assert relay.close_code == 1001  # going away: a clean close, not an abort


def test_a_relay_held_past_the_ping_timeout_stays_connected(monkeypatch: pytest.MonkeyPatch) -> None:
    """The writer behind for longer than the keepalive's ping timeout (a full disk for a minute): the
    held relay keeps its connection and everything it sent is taken once the studio catches up,
    instead of a 1011 "keepalive ping timeout" losing what waited in the socket."""
    real_serve = server_module.serve
    monkeypatch.setattr(server_module, "serve",
                        lambda *a, **k: real_serve(*a, **{**k, "ping_interval": 0.1, "ping_timeout": 0.3}))
    pings: list[bool] = []
    real_ping = IngestConnection.ping

    async def counted_ping(self: IngestConnection, data: Any = None) -> Any:
        pings.append(self._held)
        return await real_ping(self, data)

    monkeypatch.setattr(IngestConnection, "ping", counted_ping)
    got: list[str | bytes] = []
    busy = [True]
    server = LiveServer(lambda *_: None, got.append, port=0,  # type: ignore[arg-type, return-value]
                        ingest_many=lambda frames, _ctx: got.extend(frames))
    server.congested = lambda: busy[0]
    server.start()
    try:
        with connect(f"ws://127.0.0.1:{server.port}/ingest", ping_interval=None) as relay:
            relay.send(comment("k1"))
            wait_for(lambda: got)
            relay.send(comment("k2"))  # unread while held
            assert server._server is not None
            (conn,) = server._server.connections
            wait_for(lambda: pings.count(True) >= 5 or conn.state is not OPEN)  # several ping timeouts
            assert conn.state is OPEN
            busy[0] = False
            wait_for(lambda: len(got) == 2)
            assert [json.loads(f)["msg_id"] for f in got] == ["k1", "k2"]
            relay.ping().wait(5)  # still connected
    finally:
        server.stop()


def test_on_frames_parses_each_frame_on_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An adapter bug costs the frame that hit it; the read's other frames are taken in one accept."""
    from app.live import ingest
    from app.live.adapters import parse_frame

    engine = open_database(tmp_path)
    show = Store(engine).create_show("bug")
    writer = CommentWriter(engine)
    p = IngestPipeline(writer, next_comment_id(engine))
    p.set_show(show)
    parse = parse_frame

    def buggy(frame: str | bytes, st: Any, now: float) -> Any:
        if "boom" in str(frame):
            raise KeyError("adapter bug")
        return parse(frame, st, now)

    monkeypatch.setattr(ingest, "parse_frame", buggy)
    accepts: list[int] = []
    accept = p.accept

    def counted(cs: list[Comment], source: str, now: float, *closed: Any) -> list[Comment]:
        accepts.append(len(cs))
        return accept(cs, source, now, *closed)

    monkeypatch.setattr(p, "accept", counted)
    p.on_frames([comment("x1"), comment("boom"), comment("x2"), "x" * ((1 << 20) + 1)], IngestContext(peer=""))
    assert [c.msg_id for c in p.drain(show)] == ["x1", "x2"]
    assert accepts == [2]
    assert p.snapshot()["sources"]["generic"]["malformed"] == {"parse_error": 1, "too_large": 1}
    # A whole 256 KiB read (~1,700 frames) is accepted a bounded slice at a time: the GUI's drain
    # waits for `accept`'s lock, so one slice must stay short.
    accepts.clear()
    p.on_frames([comment(f"y{i}") for i in range(ingest.ACCEPT_MAX * 2 + 10)], IngestContext(peer=""))
    assert accepts == [ingest.ACCEPT_MAX, ingest.ACCEPT_MAX, 10]
    assert [c.msg_id for c in p.drain(show)] == [f"y{i}" for i in range(ingest.ACCEPT_MAX * 2 + 10)]
    writer.close()


def test_a_relay_offering_deflate_sends_plain_frames_and_they_are_stored(studio: Studio) -> None:
    """Browsers and Node's ws client offer permessage-deflate: the studio declines it (inflating each
    event cost more than it saved), and the relay's frames come through as sent."""
    with connect(f"ws://127.0.0.1:{studio.server.port}/ingest", compression="deflate", open_timeout=5) as ws:
        assert ws.protocol.extensions == []  # nothing negotiated: the relay compresses nothing
        for m in ("d1", "d2"):
            ws.send(comment(m))
        assert stored(studio, 2) == ["d1", "d2"]
