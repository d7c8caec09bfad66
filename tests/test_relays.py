"""Simulated streams and outbound relay clients (against fake relays on loopback)."""

import asyncio
import collections
import json
import time
from pathlib import Path

import pytest
from websockets.asyncio.server import ServerConnection, serve

from app.live.adapters import FORMATS, FrameState, parse_frame
from app.live.ingest import IngestPipeline
from app.live.relays import RelaySpec, run_relay
from app.live.simulator import Generator, encode
from app.models.db import open_database
from app.models.store import Store
from app.models.writer import CommentWriter, next_comment_id
from tests.waits import async_wait_for


@pytest.mark.parametrize("fmt", FORMATS)
def test_simulated_frames_read_back_as_what_was_generated(fmt: str) -> None:
    gen = Generator(seed=7, skus=["CT-1"])
    sent: collections.Counter[str] = collections.Counter()
    got: collections.Counter[str] = collections.Counter()
    st = FrameState()
    for _ in range(600):
        e = next(gen)
        frame = encode(fmt, e)
        if frame is None:
            continue
        sent[e.kind] += 1
        comments, bad = parse_frame(frame, st, time.time())
        assert bad == []
        got.update(c.kind for c in comments)
    assert got == sent and sent["comment"] > 200


def test_relay_specs_parse() -> None:
    assert RelaySpec.parse("barragegrab") == RelaySpec("barragegrab", "ws://127.0.0.1:8888")
    assert RelaySpec.parse("douyinlive=ws://127.0.0.1:1088/ws/123").url.endswith("/ws/123")
    assert RelaySpec.parse("twitch=#ShopDemo").channel == "shopdemo"
    with pytest.raises(ValueError):
        RelaySpec.parse("myspace=ws://x")


@pytest.fixture
def pipeline(tmp_path: Path):  # type: ignore[no-untyped-def]
    engine = open_database(tmp_path)
    show = Store(engine).create_show("relay")
    writer = CommentWriter(engine)
    p = IngestPipeline(writer, next_comment_id(engine))
    p.set_show(show)
    yield p
    writer.close()
    engine.dispose()


async def _run_until(pipeline: IngestPipeline, spec: RelaySpec, done: "asyncio.Future[None]", timeout: float) -> None:
    task = asyncio.create_task(run_relay(spec, pipeline, backoff=0.05))
    try:
        await asyncio.wait_for(done, timeout)
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


FIXTURES = Path(__file__).resolve().parent / "fixtures" / "relays"


def fixture_lines(name: str, file: str = "frames.jsonl") -> list[str]:
    return [x for x in (FIXTURES / name / file).read_text(encoding="utf-8").splitlines() if x.strip()]


def fixture_counts(name: str) -> dict[str, int]:
    return json.loads((FIXTURES / name / "expected.json").read_text(encoding="utf-8"))["counts"]  # type: ignore[no-any-return]


def test_relay_client_reconnects_and_misses_nothing(pipeline: IngestPipeline) -> None:
    lines = fixture_lines("douyinlive")
    split = 15  # between two gift streaks: the relay drops the connection mid-show there
    connections = 0

    async def main() -> None:
        nonlocal connections
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        async def relay(ws: ServerConnection) -> None:
            nonlocal connections
            connections += 1
            if connections == 3:  # the client came back again: it has read and closed the second one
                done.set_result(None)
                await ws.wait_closed()
                return
            for line in lines[:split] if connections == 1 else lines[split:]:
                await ws.send(line)
            # the relay drops the connection mid-show, then again at the end (gift streaks still
            # open are stored with what was seen when the client handles the hang-up)

        async with serve(relay, "127.0.0.1", 0) as server:
            port = server.sockets[0].getsockname()[1]
            await _run_until(pipeline, RelaySpec("douyinlive", f"ws://127.0.0.1:{port}"), done, 10)

    asyncio.run(main())
    assert connections == 3
    assert pipeline.writer.flush()
    assert pipeline.accepted == sum(fixture_counts("douyinlive").values()) and pipeline.malformed == 0
    name = next(n for n in pipeline.sources if n.startswith("douyinlive:"))
    stats = pipeline.sources[name]  # the third connection may be stopped before the client counts it
    assert stats.reconnects == 2 and stats.connections in (2, 3)


def test_twitch_relay_logs_in_anonymously_and_answers_ping(pipeline: IngestPipeline) -> None:
    lines = fixture_lines("twitch", "lines.txt")
    received: list[str] = []

    async def main() -> None:
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        async def irc(ws: ServerConnection) -> None:
            for _ in range(4):
                received.append(str(await ws.recv()))
            await ws.send("PING :tmi.twitch.tv")
            received.append(str(await ws.recv()))
            for i in range(0, len(lines), 10):
                await ws.send("\r\n".join(lines[i:i + 10]))
            await async_wait_for(lambda: pipeline.accepted >= sum(fixture_counts("twitch").values()))
            done.set_result(None)

        async with serve(irc, "127.0.0.1", 0) as server:
            port = server.sockets[0].getsockname()[1]
            await _run_until(pipeline, RelaySpec("twitch", f"ws://127.0.0.1:{port}", "shopdemo"), done, 10)

    asyncio.run(main())
    assert received[2].startswith("NICK justinfan") and received[3] == "JOIN #shopdemo"
    assert received[4] == "PONG :tmi.twitch.tv"
    assert pipeline.accepted == sum(fixture_counts("twitch").values()) and pipeline.malformed == 0
