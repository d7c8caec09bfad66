"""Round 12: stock left counts each sold unit once (a flash sale's units are not taken off twice, a
manual stock adjust is not "sold"), and a payment that arrives after 下播 still counts.

A show on air with every desk and the real ingest path (the `carted` fixture: 羊毛大衣 CT-1 stock
120, 羊毛开衫 KS-2 stock 300); orders go in as the relays send them."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from app.core.sales import stock_left
from app.core.wall import alerts
from app.live.server import IngestContext
from app.studio import review as sr
from app.studio.errors import CommandError
from app.studio.sales import sales_desk
from app.studio.studio import Studio
from tests.conftest import comment
from tests.doubles import FakeClock


def _ready(qtbot: Any, studio: Studio) -> None:
    desk = sales_desk(studio)
    qtbot.waitUntil(lambda: not desk._rebuilding)


def _orders(studio: Studio, start: int, sku: str, *spec: tuple[str, int], status: str = "paid",
            first_order: int | None = None) -> None:
    """Orders from the buyers in `spec` (buyer, quantity), ¥399 a unit; messages m<start+i>, orders
    o<first_order+i> (default: the same numbers)."""
    first = start if first_order is None else first_order
    batch = [comment(start + i, "", user=user, kind="order", sku=sku, quantity=qty, amount=399 * qty, status=status,
                     order_id=f"o{first + i}") for i, (user, qty) in enumerate(spec)]
    assert studio.feed is not None
    studio.feed.pipeline.accept(batch, "test", time.time())
    studio.feed.drain()


def _live_sale(studio: Studio, clock: FakeClock, item_id: int, quantity: int, price: float = 399) -> None:
    studio.execute("sale.start", {"item_id": item_id, "price": price, "quantity": quantity,
                                  "per_buyer_limit": quantity, "countdown_s": 10, "duration_s": 300})
    clock.advance(10)
    studio.on_tick()


def _item(studio: Studio, sku: str) -> int:
    return next(s.item_id for s in studio.state.segments if s.sku == sku)


def _row(snap: dict[str, Any], item_id: int) -> dict[str, Any]:
    return next(r for r in snap["sales"]["items"] if r["item_id"] == item_id)


def _review_item(studio: Studio, item_id: int) -> Any:
    assert studio.feed is not None and studio.show_id is not None
    assert studio.feed.pipeline.writer.flush()
    review = sr.compute(studio.store, studio.show_id)
    return next(it for it in review.items if it.item_id == item_id)


def test_a_sold_out_sale_comes_off_the_stock_once(qtbot: Any, carted: Studio, clock: FakeClock) -> None:
    _ready(qtbot, carted)
    coat = _item(carted, "CT-1")  # on air, stock 120
    _live_sale(carted, clock, coat, 5)
    _orders(carted, 1, "CT-1", ("a", 2), ("b", 3))
    snap = carted.snapshot()
    assert snap["sale"]["status"] == "ended" and snap["sale"]["end_reason"] == "sold_out"
    assert _row(snap, coat)["stock_left"] == 115 and stock_left(snap, coat) == (115, False)  # not 110
    assert snap["host"]["stock"].endswith("115")
    assert snap["current"]["stock"] == 120  # the planned stock: sales never write it
    assert not [a for a in alerts(snap) if a["kind"] == "stock"]
    carted.execute("show.end")
    it = _review_item(carted, coat)
    assert (it.units, it.sale_sold, it.sale_quantity) == (5, 5, 5)


def test_a_sale_near_the_end_of_the_stock_is_low_once_not_twice(qtbot: Any, carted: Studio,
                                                               clock: FakeClock) -> None:
    """The wall's 库存告急 chip (< 10) and the host's figure fire on what is really left."""
    _ready(qtbot, carted)
    coat = _item(carted, "CT-1")
    carted.execute("runsheet.update", {"item_id": coat, "stock": 16})
    _live_sale(carted, clock, coat, 6)
    _orders(carted, 1, "CT-1", ("a", 6))
    snap = carted.snapshot()
    assert snap["sale"]["status"] == "ended"
    assert stock_left(snap, coat) == (10, False)  # 16 − 6, not 16 − 6 − 6 = 4 (low)
    assert snap["host"]["stock"].endswith("10")
    assert not [a for a in alerts(snap) if a["kind"] == "stock"]


def test_a_manual_adjust_changes_what_the_sale_has_left_never_sold(qtbot: Any, carted: Studio,
                                                                  clock: FakeClock) -> None:
    _ready(qtbot, carted)
    cardigan = _item(carted, "KS-2")  # stock 300
    carted.execute("segment.next")
    _live_sale(carted, clock, cardigan, 20, price=9.9)
    _orders(carted, 1, "KS-2", ("a", 1), ("b", 2))
    assert carted.execute("sale.adjust_stock", {"delta": -5})["remaining"] == 12  # the 场控 took 5 out
    sale = carted.snapshot()["sale"]
    assert (sale["sold"], sale["remaining"]) == (3, 12)
    carted.execute("sale.stop")  # stopped early
    snap = carted.snapshot()
    assert snap["sale"]["sold"] == 3
    assert stock_left(snap, cardigan) == (297, False)  # 300 − 3 sold: not 289
    assert snap["host"]["stock"].endswith("297")
    carted.execute("show.end")
    it = _review_item(carted, cardigan)
    assert (it.units, it.sale_sold, it.sale_quantity) == (3, 3, 20)


def test_a_refund_after_a_sale_gives_the_unit_back_once(qtbot: Any, carted: Studio, clock: FakeClock) -> None:
    _ready(qtbot, carted)
    coat = _item(carted, "CT-1")
    _live_sale(carted, clock, coat, 5)
    _orders(carted, 1, "CT-1", ("a", 2), ("b", 3))
    _orders(carted, 10, "CT-1", ("a", 2), status="refunded", first_order=1)  # order o1 (a's 2) refunded
    snap = carted.snapshot()
    assert _row(snap, coat)["paid_units"] == 3
    assert stock_left(snap, coat) == (117, False)  # 120 − 3 paid: not (120 − 5) − 3 = 112
    assert snap["host"]["stock"].endswith("117")


def _order_frame(msg_id: str, status: str, ts: float) -> str:
    return json.dumps({"type": "order", "platform": "douyin", "msg_id": msg_id, "order_id": "o1", "sku": "CT-1",
                       "quantity": 2, "amount": 998, "status": status, "ts": ts,
                       "user": {"id": "b1", "name": "b1"}}, ensure_ascii=False)


def _send(studio: Studio, frame: str) -> None:
    assert studio.feed is not None
    studio.feed.pipeline.on_frame(frame, IngestContext(peer="127.0.0.1", source="relay"))
    studio.feed.drain()


def test_a_payment_after_the_end_counts_and_new_chat_stays_refused(qtbot: Any, carted: Studio,
                                                                   clock: FakeClock) -> None:
    _ready(qtbot, carted)
    coat = _item(carted, "CT-1")
    _send(carted, _order_frame("o1#1", "placed", clock.now()))  # ordered on air, not yet paid: 压单
    clock.advance(300)
    carted.execute("show.end")
    assert carted.snapshot()["sales"]["totals"]["unpaid"] == 1
    clock.advance(120)  # the payment finishes two minutes after 下播
    _send(carted, _order_frame("o1#3", "paid", clock.now()))
    assert carted.feed is not None
    pipeline = carted.feed.pipeline
    assert pipeline.malformed == 0
    totals = carted.snapshot()["sales"]["totals"]
    assert (totals["gmv"], totals["unpaid"], totals["paid_units"]) == (99_800, 0, 2)
    it = _review_item(carted, coat)
    assert (it.gmv, it.unpaid, it.units) == (99_800, 0, 2)
    # A chat, and a new order placed after the end, are still the show's no more.
    _send(carted, json.dumps({"type": "comment", "platform": "douyin", "msg_id": "late-c", "text": "还在吗",
                              "ts": clock.now(), "user": {"id": "u9", "name": "u9"}}, ensure_ascii=False))
    _send(carted, json.dumps({"type": "order", "platform": "douyin", "msg_id": "o2#1", "order_id": "o2",
                              "sku": "CT-1", "quantity": 1, "status": "placed", "ts": clock.now(),
                              "user": {"id": "b2", "name": "b2"}}, ensure_ascii=False))
    # Nor a payment of an order never seen on air (not placed in this show).
    _send(carted, json.dumps({"type": "order", "platform": "douyin", "msg_id": "o3#3", "order_id": "o3",
                              "sku": "CT-1", "quantity": 1, "status": "paid", "ts": clock.now(),
                              "user": {"id": "b3", "name": "b3"}}, ensure_ascii=False))
    assert pipeline.source("relay").malformed["show_ended"] == 3
    assert carted.snapshot()["sales"]["totals"]["orders"] == 1


def test_a_refund_a_day_after_the_end_is_refused(qtbot: Any, carted: Studio, clock: FakeClock) -> None:
    """Status changes are taken for 24 h after the end; after that the show's figures are closed."""
    _ready(qtbot, carted)
    _send(carted, _order_frame("o1#3", "paid", clock.now()))
    carted.execute("show.end")
    clock.advance(23 * 3600)
    _send(carted, _order_frame("o1#5", "refunded", clock.now()))
    assert carted.snapshot()["sales"]["totals"]["refunded"] == 1
    clock.advance(2 * 3600)
    _send(carted, _order_frame("o1#6", "cancelled", clock.now()))
    assert carted.feed is not None
    assert carted.feed.pipeline.source("relay").malformed["show_ended"] == 1


def test_a_payment_after_the_end_counts_also_after_a_restart(qtbot: Any, carted: Studio, clock: FakeClock) -> None:
    """The app was closed after 下播 and opened again: the ended show still takes its orders' payments."""
    from app.studio.commerce import Commerce
    from app.studio.sales import SalesDesk

    assert carted.feed is not None and carted.show_id is not None
    _ready(qtbot, carted)
    _send(carted, _order_frame("o1#1", "placed", clock.now()))
    clock.advance(60)
    carted.execute("show.end")
    assert carted.feed.pipeline.writer.flush()
    again = Studio(carted.store, clock=clock, feed=carted.feed)
    Commerce(again)
    desk = SalesDesk(again)
    again.open_show(carted.show_id)
    qtbot.waitUntil(lambda: not desk._rebuilding)
    clock.advance(600)
    _send(again, _order_frame("o1#3", "paid", clock.now()))
    assert carted.feed.pipeline.source("relay").malformed["show_ended"] == 0
    totals = again.snapshot()["sales"]["totals"]
    assert (totals["gmv"], totals["unpaid"]) == (99_800, 0)


def test_a_second_sale_of_an_item_can_sell_only_what_is_left(qtbot: Any, carted: Studio, clock: FakeClock) -> None:
    """After a 5-unit 秒杀 sold out of 16, an 11-unit sale is the most the 场控 can arm: 12 is refused
    (it was checked against the planned 16, so a second sale could promise units that were sold)."""
    _ready(qtbot, carted)
    coat = _item(carted, "CT-1")
    carted.execute("runsheet.update", {"item_id": coat, "stock": 16})
    _live_sale(carted, clock, coat, 5)
    _orders(carted, 1, "CT-1", ("a", 2), ("b", 3))
    assert carted.snapshot()["sale"]["status"] == "ended"
    with pytest.raises(CommandError) as err:
        carted.execute("sale.arm", {"item_id": coat, "price": 299, "quantity": 12})
    assert err.value.code == "quantity_above_stock"
    assert carted.execute("sale.arm", {"item_id": coat, "price": 299, "quantity": 11})["sale_id"]
