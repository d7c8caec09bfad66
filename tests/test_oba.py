"""oba-live-tool relay frames (tests/fixtures/relays/oba, shapes from its own code)."""

from pathlib import Path

from app.core.sales import SaleItem, Sales
from app.live.adapters import FrameState, parse_frame

FRAMES = (Path(__file__).parent / "fixtures" / "relays" / "oba" / "frames.jsonl").read_text(encoding="utf-8")


def _parse() -> tuple[list, list[str]]:
    st = FrameState()
    out, bad = [], []
    for line in FRAMES.splitlines():
        got, reasons = parse_frame(line, st, 1_764_072_000.0)
        out.extend(got)
        bad.extend(reasons)
    return out, bad


def test_every_oba_message_is_detected_and_read() -> None:
    events, bad = _parse()
    assert {e.source for e in events} == {"oba"}
    assert [e.kind for e in events] == ["comment", "join", "like", "follow"] + ["order"] * 7 + ["comment"]
    assert sorted(bad) == ["missing_msg_id", "missing_text"]
    first = events[0]
    assert (first.platform, first.text, first.user_name) == ("douyin", "4号链接还有货吗", "小鱼儿")
    assert events[-1].platform == "xiaohongshu" and events[-1].user_id == "5f00aa"
    order = events[5]
    assert order.msg_id == "6930000000000000001#3" and order.ts == 1764072080
    assert order.extra == {"order_id": "6930000000000000001", "status": "paid", "product_id": "3729621234567890123",
                           "product_title": "加厚珊瑚绒四件套", "quantity": 1}


def test_orders_count_once_with_their_latest_status() -> None:
    events, _ = _parse()
    sales = Sales()
    sales.set_items([SaleItem(1, "加厚珊瑚绒四件套", "3729621234567890123", live_price=5900, stock=500, cart_no="4"),
                     SaleItem(2, "A类母婴级乳胶枕", "3729629876543210987", live_price=13900, stock=11, cart_no="3")])
    sales.add_comments(events)
    view = sales.view()
    rows = {r["item_id"]: r for r in view["items"]}
    assert (rows[1]["orders"], rows[1]["paid_units"], rows[1]["gmv"], rows[1]["unpaid"]) == (1, 1, 5900, 0)
    assert (rows[2]["orders"], rows[2]["paid_units"], rows[2]["gmv"], rows[2]["unpaid"]) == (2, 1, 13900, 1)
    assert rows[2]["stock_left"] == 9 and rows[2]["low_stock"]  # the unpaid order holds a piece too
    assert not rows[1]["low_stock"]
    assert {k: view["totals"][k] for k in ("orders", "paid_units", "gmv", "unpaid", "refunded", "unmatched",
                                           "unmatched_gmv")} == {"orders": 4, "paid_units": 3, "gmv": 19800,
                                                                 "unpaid": 1, "refunded": 0, "unmatched": 1,
                                                                 "unmatched_gmv": 0}
    assert [u["title"] for u in view["unmatched"]] == ["临时加的链接 保温杯"]


def test_livedeck_connects_to_oba_live_tools_server(tmp_path: Path) -> None:
    """oba-live-tool is the server (WebSocketService, port 12354 by default); LiveDeck is its client."""
    import asyncio

    from websockets.asyncio.server import ServerConnection, serve

    from app.live.ingest import IngestPipeline
    from app.live.relays import DEFAULT_URLS, RelaySpec, run_relay
    from app.models.db import open_database
    from app.models.store import Store
    from app.models.writer import CommentWriter, next_comment_id
    from tests.waits import async_wait_for

    events, bad = _parse()

    assert RelaySpec.parse("oba").url == DEFAULT_URLS["oba"] == "ws://127.0.0.1:12354"
    engine = open_database(tmp_path)
    writer = CommentWriter(engine)
    pipeline = IngestPipeline(writer, next_comment_id(engine))
    show = Store(engine).create_show("oba")
    pipeline.set_show(show)

    async def main() -> None:
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        async def oba(ws: ServerConnection) -> None:
            for line in FRAMES.splitlines():
                await ws.send(line)  # broadcast(): one JSON.stringify(message) per frame
            # every frame taken in: each event stored or refused as a duplicate, each bad one counted
            await async_wait_for(lambda: pipeline.accepted + pipeline.duplicates >= len(events)
                                 and pipeline.malformed >= len(bad))
            done.set_result(None)

        async with serve(oba, "127.0.0.1", 0) as server:
            port = server.sockets[0].getsockname()[1]
            task = asyncio.create_task(run_relay(RelaySpec("oba", f"ws://127.0.0.1:{port}"), pipeline, backoff=0.05))
            await asyncio.wait_for(done, 10)
            task.cancel()

    try:
        asyncio.run(main())
        got = pipeline.drain(show)
    finally:
        writer.close()
        engine.dispose()
    assert [c.kind for c in got].count("order") == 6  # the repeated paid frame is stored once
    assert pipeline.malformed == 2 and pipeline.duplicates == 1
