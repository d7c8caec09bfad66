"""A 秒杀 counts the orders for its product as the sales figures match them: by product ID or by SKU
in any case. It matched `sku` alone and exactly, so a relay that names only the product ID (罗盘,
抖店) never sold a unit of it, and an order naming no SKU counted against a sale on an item without one."""

from __future__ import annotations

import time

from app.studio.commerce import Commerce
from app.studio.studio import Studio
from tests.conftest import comment
from tests.doubles import FakeClock

PID = "3712345678901234567"


def _orders(studio: Studio, start: int, *extras: dict[str, object]) -> None:
    batch = [comment(start + i, "", user=f"b{start + i}", kind="order", quantity=1, amount=399, **x)
             for i, x in enumerate(extras)]
    assert studio.feed is not None
    studio.feed.pipeline.accept(batch, "test", time.time())  # type: ignore[arg-type]
    studio.feed.drain()


def _live_sale(studio: Studio, clock: FakeClock) -> None:
    Commerce(studio)
    coat = studio.state.segments[0].item_id  # SKU CT-1
    studio.execute("runsheet.update", {"item_id": coat, "product_id": PID})
    studio.execute("show.start")
    studio.execute("sale.start", {"price": 399, "quantity": 10, "countdown_s": 10, "duration_s": 120})
    clock.advance(10)
    studio.on_tick()


def test_orders_naming_the_product_id_or_the_sku_in_another_case_sell_the_sale(live_studio: Studio,
                                                                              clock: FakeClock) -> None:
    _live_sale(live_studio, clock)
    _orders(live_studio, 1, {"product_id": PID}, {"sku": "ct-1"}, {"sku": "CT-1", "product_id": PID})
    assert live_studio.snapshot()["sale"]["remaining"] == 7


def test_orders_for_other_products_or_naming_none_sell_nothing(live_studio: Studio, clock: FakeClock) -> None:
    _live_sale(live_studio, clock)
    _orders(live_studio, 1, {}, {"sku": "SW-9"}, {"product_id": "3799999999999999999"}, {"title": "围巾"})
    assert live_studio.snapshot()["sale"]["remaining"] == 10
