"""The commerce desk inside the Studio: orders from the feed, spoken moments, timing."""

import time

from app.live.speech import PRIORITY_CUE
from app.studio.commerce import Commerce
from app.studio.studio import Studio
from tests.conftest import comment
from tests.doubles import FakeClock, FakeSpeaker


def orders(studio: Studio, start: int, *spec: tuple[str, int]) -> None:
    batch = [comment(start + i, "", user=user, kind="order", sku="CT-1", quantity=qty, amount=399)
             for i, (user, qty) in enumerate(spec)]
    assert studio.feed is not None
    studio.feed.pipeline.accept(batch, "test", time.time())
    studio.feed.drain()


def test_a_sale_counts_orders_by_sku_and_sells_out(live_studio: Studio, clock: FakeClock,
                                                   speaker: FakeSpeaker) -> None:
    Commerce(live_studio)
    live_studio.execute("show.start")  # the coat, SKU CT-1, live price ¥499, stock 120
    live_studio.execute("sale.start", {"price": 399, "quantity": 5, "per_buyer_limit": 2, "countdown_s": 10,
                                       "duration_s": 120})
    orders(live_studio, 1, ("a", 1))  # during the countdown: not counted
    assert live_studio.snapshot()["sale"]["remaining"] == 5
    clock.advance(10)
    live_studio.on_tick()
    assert any("live" in t or "开始" in t or "秒杀" in t for _, t, _ in speaker.said)
    orders(live_studio, 10, ("a", 3), ("b", 1), ("a", 1))  # a is limited to 2
    assert live_studio.snapshot()["sale"]["remaining"] == 2
    orders(live_studio, 20, ("c", 2), ("d", 2))
    sale = live_studio.snapshot()["sale"]
    assert sale["remaining"] == 0 and sale["status"] == "ended" and sale["end_reason"] == "sold_out"
    assert live_studio.snapshot()["current"]["stock"] == 120  # the planned stock: the sales desk counts what sold
    assert any(p == PRIORITY_CUE and ("sold out" in t or "售罄" in t) for p, t, _ in speaker.said)


def test_a_sale_ends_on_time_with_a_ten_second_warning(live_studio: Studio, clock: FakeClock,
                                                       speaker: FakeSpeaker) -> None:
    Commerce(live_studio)
    live_studio.execute("show.start")
    live_studio.execute("sale.start", {"price": 399, "quantity": 5, "countdown_s": 10, "duration_s": 60})
    banners = []
    for _ in range(4 * 75):
        clock.advance(0.25)
        live_studio.on_tick()
        banners.extend(live_studio.snapshot()["banners"])
    assert live_studio.snapshot()["sale"]["end_reason"] == "time_up"
    assert any("Ten seconds" in t or "十秒" in t for _, t, _ in speaker.said)
    assert any("¥399" in b and "5" in b for b in banners)


def test_lottery_closes_itself_when_its_time_is_up(live_studio: Studio, clock: FakeClock) -> None:
    Commerce(live_studio)
    live_studio.execute("show.start")
    live_studio.execute("lottery.open", {"prize": "围巾", "winners": 1, "keyword": "", "duration_s": 30})
    assert live_studio.feed is not None
    live_studio.feed.pipeline.accept([comment(1, "好看"), comment(2, "好看", user="u1")], "t", time.time())
    live_studio.feed.drain()
    clock.advance(31)
    live_studio.on_tick()
    lot = live_studio.snapshot()["lottery"]
    assert lot["status"] == "closed" and lot["entrants"] == 1
    assert live_studio.execute("lottery.draw", {})["winners"][0]["key"] == "douyin:u1"


def test_an_open_lottery_survives_a_restart(qtbot, live_studio: Studio, clock: FakeClock, store,  # type: ignore[no-untyped-def]
                                            show_id: int) -> None:
    Commerce(live_studio)
    live_studio.execute("show.start")
    live_studio.execute("lottery.open", {"prize": "围巾", "winners": 2, "keyword": "福袋", "duration_s": 600})
    assert live_studio.feed is not None
    live_studio.feed.pipeline.accept([comment(i, "福袋") for i in range(1, 6)], "t", time.time())
    live_studio.feed.drain()
    live_studio.feed.pipeline.writer.flush()
    again = Studio(store, clock=clock, speaker=FakeSpeaker(), feed=live_studio.feed)
    desk = Commerce(again)
    again.open_show(show_id)
    # meanwhile a comment arrives: held while the entrants are read back, then counted after them
    live_studio.feed.pipeline.accept([comment(6, "福袋")], "t", time.time())
    live_studio.feed.drain()
    qtbot.waitUntil(lambda: not desk.recovering, timeout=5000)
    assert again.snapshot()["lottery"]["entrants"] == 6
    assert len(again.execute("lottery.draw", {})["winners"]) == 2


def test_armed_then_started(live_studio: Studio, clock: FakeClock) -> None:
    Commerce(live_studio)
    live_studio.execute("show.start")
    live_studio.execute("sale.arm", {"price": 399, "quantity": 5, "countdown_s": 10, "duration_s": 60})
    snap = live_studio.snapshot()
    assert snap["sale"]["status"] == "armed" and any("¥399" in b for b in snap["banners"])
    clock.advance(120)  # armed waits for the go, however long
    assert live_studio.snapshot()["sale"]["status"] == "armed"
    live_studio.execute("sale.start", {})
    assert live_studio.snapshot()["sale"]["status"] == "countdown"
    clock.advance(10)
    assert live_studio.snapshot()["sale"]["status"] == "live"
    assert live_studio.snapshot()["sale"]["time_left_s"] == 60


def test_the_panels_and_the_push_after_a_stock_edit_show_the_new_stock(qtbot, live_studio: Studio) -> None:  # type: ignore[no-untyped-def]
    """Control clients, overlays and a second desk read the pushed state: after a panel has read the
    change's shared snapshot, the sales desk re-syncs its items, and the push must show them."""
    from typing import Any

    from app.studio.sales import sales_desk

    desk = sales_desk(live_studio)
    qtbot.waitUntil(lambda: not desk._rebuilding)
    pushed: list[dict[str, Any]] = []
    panel: list[dict[str, Any]] = []
    live_studio.changed.connect(lambda _c: panel.append(live_studio.snapshot()))  # a panel repainting on the change
    live_studio.published.connect(lambda m: pushed.append(m["state"]) if m.get("type") == "state" else None)
    first = live_studio.state.segments[0].item_id
    live_studio.execute("runsheet.update", {"item_id": first, "stock": 7})

    def stock(snap: dict[str, Any]) -> int:
        return int({i["item_id"]: i["stock"] for i in snap["sales"]["items"]}[first])

    assert stock(panel[-1]) == stock(pushed[-1]) == stock(live_studio.snapshot()) == 7  # the panel too
