"""Streams shaped after each relay project's own serialiser (tests/fixtures/relays/*) are stored
exactly as the relay meant them: per-type counts, one gift per streak with its units and value,
every chat with its user, text, follower flag and fans level, anonymous viewers marked, and every
event not stored counted under its reason. Through the parser, through /ingest on a real websocket,
and through the outbound relay client against a fake relay on loopback."""

from __future__ import annotations

import asyncio
import collections
import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from websockets.asyncio.server import ServerConnection, serve
from websockets.sync.client import connect

from app.core.comments import Comment
from app.live.adapters import FrameState, flush_streaks, parse_frame
from app.live.ingest import IngestPipeline
from app.live.relays import RelaySpec, run_relay
from app.models.db import open_database
from app.models.store import Store
from app.models.writer import CommentWriter, next_comment_id
from tests.procs import Serve
from tests.waits import wait_for_state

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "relays"
# LiveDeck connects to these relays …
OUTBOUND = ["barragegrab", "douyinlive", "tiktok1", "tiktok2", "tiktok24", "socialstream", "twitch"]
STREAMS = [*OUTBOUND, "dycast", "kuaishou", "wxlivespy", "userscript"]  # …and these connect (or post) to LiveDeck
RELAY_FORMAT = {"tiktok1": "tiktok", "tiktok2": "tiktok", "tiktok24": "tiktok"}


def frames(name: str) -> list[str | bytes]:
    path = FIXTURES / name / ("lines.txt" if name == "twitch" else "frames.jsonl")
    lines: list[str | bytes] = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if name == "kuaishou":  # OrdinaryRoad's ForwardMsgPlugin sends BinaryWebSocketFrames
        return [str(line).encode("utf-8") for line in lines]
    if name == "twitch":  # Twitch packs several CRLF-separated lines into one websocket frame
        return ["\r\n".join(str(x) for x in lines[i:i + 4]) for i in range(0, len(lines), 4)]
    return lines


def expected(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / name / "expected.json").read_text(encoding="utf-8"))


def check(stored: list[Comment], exp: dict[str, Any], deleted: set[str]) -> None:
    """What a user would see in the feed and the review: the stored rows against the relay's meaning."""
    assert dict(collections.Counter(c.kind for c in stored)) == exp["counts"]
    gifts = sorted((c.user_id, (c.extra or {})["gift"], (c.extra or {})["count"], float((c.extra or {})["value"]))
                   for c in stored if c.kind == "gift")
    assert gifts == sorted((g["user_id"], g["gift"], g["count"], float(g["value"])) for g in exp["gifts"])
    chats = [{"user_id": c.user_id, "user_name": c.user_name, "text": c.text, "follower": c.follower,
              "fans_level": c.fans_level, "anonymous": c.anonymous} for c in stored if c.kind == "comment"]
    want = [{k: v for k, v in c.items() if k != "msg_id"} for c in exp["comments"]]
    assert chats == want
    assert sum(1 for c in stored if c.anonymous) == exp["anonymous"]
    assert deleted == set(exp["deleted"])
    if "viewers" in exp:  # online and cumulative viewers, as the room showed them
        assert [[(c.extra or {}).get("online"), (c.extra or {}).get("total")] for c in stored if c.kind == "viewers"] \
            == exp["viewers"]
    if "likes" in exp:
        assert sum((c.extra or {})["count"] for c in stored if c.kind == "like") == exp["likes"]


@pytest.mark.parametrize("name", STREAMS)
def test_relay_stream_parses_to_what_the_relay_meant(name: str) -> None:
    st = FrameState()
    out: list[Comment] = []
    bad: list[str] = []
    now = time.time()
    for i, frame in enumerate(frames(name)):
        got, reasons = parse_frame(frame, st, now + i * 0.1)
        out += got
        bad += reasons
    out += flush_streaks(st)  # the relay hangs up: open streaks are stored once, with what was seen
    seen: set[tuple[str, str]] = set()  # the pipeline's dedupe: a relay's resend (wxlivespy) is stored once
    out = [c for c in out if (c.platform, c.msg_id) not in seen and not seen.add((c.platform, c.msg_id))]
    exp = expected(name)
    assert bad == []
    assert dict(st.skipped) == exp["skipped"]
    deletes = {(c.extra or {}).get("target") for c in out if c.kind == "delete"} - {None}
    users = {(c.extra or {}).get("target_user") for c in out if c.kind == "delete"} - {None}
    deleted = {c.msg_id for c in out if c.kind == "comment" and (c.msg_id in deletes or c.user_id in users)}
    check(out, exp, deleted)
    if name not in ("socialstream", "kuaishou", "userscript"):  # those send no message id: ours (ids.py)
        assert [c.msg_id for c in out if c.kind == "comment"] == [c["msg_id"] for c in exp["comments"]]


def test_gift_streaks_are_bounded_and_close_oldest_first() -> None:
    """300k streaks that never end must not hold hundreds of MB: past the bound the oldest is stored."""
    st = FrameState()
    stored = 0
    for i in range(20_000):
        data = {"MsgId": 10_000 + i, "User": {"Id": 5_000_000 + i, "Nickname": f"u{i}"}, "GiftId": 463,
                "GiftName": "玫瑰", "GroupId": i, "GiftCount": 1, "RepeatCount": 1, "DiamondCount": 1}
        got, bad = parse_frame(json.dumps({"Type": 5, "Data": json.dumps(data)}), st, 1000.0)
        assert bad == []
        stored += len(got)
    assert len(st.streaks) == 5_000 and stored == 15_000
    first = flush_streaks(st)
    assert len(first) == 5_000 and first[0].user_id == "5015000"
    assert flush_streaks(st) == []  # flushed once: a second disconnect adds nothing


def test_quiet_streak_closes_after_its_gap_without_double_counting(tmp_path: Path) -> None:
    engine = open_database(tmp_path)
    show = Store(engine).create_show("gap")
    writer = CommentWriter(engine)
    p = IngestPipeline(writer, next_comment_id(engine))
    p.set_show(show)
    ctx_state: dict[str, Any] = {}

    class Ctx:
        peer, source, state = "test", "", ctx_state

    for n in (1, 2, 3):
        data = {"MsgId": 900 + n, "User": {"Id": 42, "Nickname": "晴天"}, "GiftId": 5655, "GiftName": "小心心",
                "GroupId": 7, "GiftCount": 1, "RepeatCount": n, "DiamondCount": 1}
        p.on_frame(json.dumps({"Type": 5, "Data": json.dumps(data)}), Ctx)  # type: ignore[arg-type]
    assert p.accepted == 0
    p.sweep(time.time() + 11)  # BarrageGrab's own cache forgets a streak after 10 s: so do we
    assert p.accepted == 1
    p.on_close(Ctx)  # type: ignore[arg-type]
    writer.close()
    gifts = Store(engine).comments(show, kinds=["gift"])
    assert [(c.extra or {})["count"] for c in gifts] == [3]
    engine.dispose()


# ---- through /ingest, the studio's own websocket ------------------------------------------------------


def quit_when_settled(serve: Serve, total: int, room_end: bool = False) -> dict[str, Any]:
    """Quit once the feed has taken `total` events (frames on a connection are taken in order, so
    every frame before the last counted one was read) and, with `room_end`, the desk has shown the
    platform's room end (the GUI's drain sets it); the studio stores all it took as it quits."""
    c = serve.control()
    c.first_state()

    def settled(st: dict[str, Any]) -> bool:
        ended = st["feed"]["room_ended"]
        return st["feed"]["total"] >= total and (not room_end or any(p in b for b in st["banners"] for p in ended))

    state = wait_for_state(lambda: c.call("state.get")["result"], settled)
    assert c.call("app.quit")["ok"]
    assert serve.proc.wait(timeout=30) == 0
    return state  # type: ignore[no-any-return]


def stored(data_dir: Path) -> tuple[list[Comment], set[str]]:
    engine = open_database(data_dir)
    store = Store(engine)
    show = store.list_shows()[0].id
    rows = list(store.iter_comments(show))
    engine.dispose()
    return rows, {c.msg_id for c in rows if c.kind == "comment" and c.deleted}


def merged(state: dict[str, Any], key: str) -> dict[str, int]:
    out: collections.Counter[str] = collections.Counter()
    for s in state["feed"]["sources"].values():
        out.update(s.get(key, {}))
    return dict(out)


@pytest.mark.parametrize("name", STREAMS)
def test_relay_stream_through_ingest(tmp_path: Path, name: str) -> None:
    serve = Serve(tmp_path, "--demo", "--simulate", "0")
    try:
        data = frames(name)
        with connect(f"{serve.url}/ingest", open_timeout=5, max_size=None) as ws:
            for frame in data:
                ws.send(frame)
        counts = expected(name)["counts"]
        state = quit_when_settled(serve, sum(counts.values()), room_end=bool(counts.get("room_end")))
    finally:
        serve.stop()
    exp = expected(name)
    rows, deleted = stored(tmp_path)
    check(rows, exp, deleted)
    assert merged(state, "skipped") == exp["skipped"] and merged(state, "malformed") == {}
    assert state["feed"]["anonymous"] == exp["anonymous"]
    if exp["counts"].get("room_end"):
        ended = state["feed"]["room_ended"]
        assert ended, "the desk is told the platform ended the room"
        assert any(p in b for b in state["banners"] for p in ended)  # …and the host view says so


# ---- through the outbound relay client ------------------------------------------------------------------


@pytest.fixture
def pipeline(tmp_path: Path):  # type: ignore[no-untyped-def]
    engine = open_database(tmp_path)
    show = Store(engine).create_show("relay")
    writer = CommentWriter(engine)
    p = IngestPipeline(writer, next_comment_id(engine))
    p.set_show(show)
    yield p, engine, show
    writer.close()
    engine.dispose()


@pytest.mark.parametrize("name", OUTBOUND)
def test_relay_stream_through_relay_client(pipeline, name: str) -> None:  # type: ignore[no-untyped-def]
    p, engine, show = pipeline
    data = frames(name)
    fmt = RELAY_FORMAT.get(name, name)

    async def main() -> None:
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        served = 0

        async def relay(ws: ServerConnection) -> None:
            nonlocal served
            served += 1
            if served > 1:  # the client reconnects: it has handled the hang-up (streaks flushed)
                if not done.done():
                    done.set_result(None)
                await ws.wait_closed()
                return
            if fmt == "twitch":
                for _ in range(4):  # CAP, PASS, NICK, JOIN
                    await ws.recv()
            for frame in data:
                await ws.send(frame)
            # The relay hangs up at once: what it sent is still read (twitch lost 6 of 12 comments here,
            # its PONG to a closed socket ending the read), and open streaks are stored with what was seen.
            await ws.close()

        async with serve(relay, "127.0.0.1", 0) as server:
            port = server.sockets[0].getsockname()[1]
            spec = RelaySpec(fmt, f"ws://127.0.0.1:{port}", "shopdemo" if fmt == "twitch" else "")
            task = asyncio.create_task(run_relay(spec, p, backoff=0.05))
            try:
                await asyncio.wait_for(done, 15)
            finally:
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)

    asyncio.run(main())
    assert p.writer.flush()
    exp = expected(name)
    store = Store(engine)
    rows = list(store.iter_comments(show))
    check(rows, exp, {c.msg_id for c in rows if c.kind == "comment" and c.deleted})
    skipped: collections.Counter[str] = collections.Counter()
    for s in p.sources.values():
        skipped.update(s.skipped)
    assert dict(skipped) == exp["skipped"] and p.malformed == 0


# ---- start-up order: relays given with --relay connect before a show may be open ------------------------


def test_burst_sent_on_connect_to_a_relay_given_on_the_command_line_is_stored(tmp_path: Path) -> None:
    data = frames("barragegrab")
    ready = threading.Event()
    port_box: list[int] = []
    stop: list[asyncio.Event] = []

    def fake_relay() -> None:
        async def main() -> None:
            stop.append(asyncio.Event())

            async def relay(ws: ServerConnection) -> None:
                for frame in data:  # the whole burst, the moment LiveDeck connects
                    await ws.send(frame)
                await ws.wait_closed()  # the relay stays connected until LiveDeck quits

            async with serve(relay, "127.0.0.1", 0) as server:
                port_box.append(server.sockets[0].getsockname()[1])
                ready.set()
                await stop[0].wait()

        asyncio.run(main())

    thread = threading.Thread(target=fake_relay, daemon=True)
    thread.start()
    assert ready.wait(10)
    studio = Serve(tmp_path, "--demo", "--simulate", "0", "--relay", f"barragegrab=ws://127.0.0.1:{port_box[0]}")
    try:
        # the relay stays connected, so the burst's last three gift streaks stay open until the quit stores them
        state = quit_when_settled(studio, sum(expected("barragegrab")["counts"].values()) - 3)
    finally:
        studio.stop()
        stop[0].set() if stop else None
    exp = expected("barragegrab")
    rows, deleted = stored(tmp_path)
    check(rows, exp, deleted)  # streaks still open at quit are stored at shutdown, once
    assert "no_show_open" not in merged(state, "malformed")
