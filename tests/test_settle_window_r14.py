"""Two shows a day: the morning show's late payments (its 24 h after 下播) still count for it while
the evening show is open and live; the evening show's own chat and orders stay its own.

The `carted` fixture's show is the morning show, on the real ingest path; the evening show is opened
in the same studio, as the operator does."""

from __future__ import annotations

import json
from typing import Any

from app.core.runsheet import Item
from app.live.server import IngestContext
from app.models.review import order_comments
from app.studio import review as sr
from app.studio.sales import sales_desk
from app.studio.studio import Studio
from tests.doubles import FakeClock


def _send(studio: Studio, frame: dict[str, Any]) -> None:
    assert studio.feed is not None
    ctx = IngestContext(peer="127.0.0.1", source="relay")
    studio.feed.pipeline.on_frame(json.dumps(frame, ensure_ascii=False), ctx)
    studio.feed.drain()


def _order(order_id: str, n: int, status: str, ts: float, sku: str = "CT-1") -> dict[str, Any]:
    return {"type": "order", "platform": "douyin", "msg_id": f"{order_id}#{n}", "order_id": order_id, "sku": sku,
            "quantity": 2, "amount": 998, "status": status, "ts": ts, "user": {"id": "b1", "name": "b1"}}


def _evening(qtbot: Any, studio: Studio, clock: FakeClock) -> tuple[int, int]:
    """The morning show ended with order o1 placed (压单), then the evening show opened and started:
    (morning show, its coat's item id)."""
    desk = sales_desk(studio)
    qtbot.waitUntil(lambda: not desk._rebuilding)
    morning = studio.show_id
    assert morning is not None
    coat = next(s.item_id for s in studio.state.segments if s.sku == "CT-1")
    _send(studio, _order("o1", 1, "placed", clock.now()))
    clock.advance(3600)
    studio.execute("show.end")
    clock.advance(4 * 3600)
    evening = studio.store.create_show("晚场", "douyin", "小A", None, [Item("保温杯", "HM-4", 12900, 6900, 400, 5, "")])
    studio.open_show(evening)
    studio.execute("show.start")
    qtbot.waitUntil(lambda: not desk._rebuilding)
    return morning, coat


def test_a_late_payment_counts_for_the_ended_show_while_another_is_live(qtbot: Any, carted: Studio,
                                                                        clock: FakeClock) -> None:
    morning, coat = _evening(qtbot, carted, clock)
    clock.advance(600)
    _send(carted, _order("o1", 3, "paid", clock.now()))  # the morning's buyer pays during the evening show
    assert carted.feed is not None
    pipeline = carted.feed.pipeline
    assert pipeline.source("relay").malformed == {}
    assert pipeline.writer.flush()
    assert [c.msg_id for c in order_comments(carted.store, morning)] == ["o1#1", "o1#3"]
    review = sr.compute(carted.store, morning)
    it = next(i for i in review.items if i.item_id == coat)
    assert (it.gmv, it.unpaid, it.units) == (99_800, 0, 2)  # the 压单 ended, the GMV is the morning's
    evening = carted.show_id
    assert evening is not None and order_comments(carted.store, evening) == []
    totals = carted.snapshot()["sales"]["totals"]
    assert (totals["orders"], totals["gmv"]) == (0, 0)  # not the evening show's sale


def test_the_evening_shows_own_chat_and_orders_stay_its_own(qtbot: Any, carted: Studio, clock: FakeClock) -> None:
    morning, _ = _evening(qtbot, carted, clock)
    _send(carted, {"type": "comment", "platform": "douyin", "msg_id": "e-c1", "text": "晚上好", "ts": clock.now(),
                   "user": {"id": "u9", "name": "u9"}})
    _send(carted, _order("o7", 1, "placed", clock.now(), "HM-4"))
    _send(carted, _order("o7", 3, "paid", clock.now(), "HM-4"))  # o7 is no morning order: the evening's
    assert carted.feed is not None and carted.feed.pipeline.writer.flush()
    evening = carted.show_id
    assert evening is not None
    assert [c.text for c in carted.store.comments(evening) if c.kind == "comment"] == ["晚上好"]
    assert [c.msg_id for c in order_comments(carted.store, evening)] == ["o7#1", "o7#3"]
    assert [c.msg_id for c in order_comments(carted.store, morning)] == ["o1#1"]


def test_a_refund_for_the_ended_show_after_a_restart_with_the_evening_show_open(qtbot: Any, carted: Studio,
                                                                                clock: FakeClock) -> None:
    """The app was restarted between the shows: the morning show's orders are read from the database."""
    from app.studio.commerce import Commerce
    from app.studio.sales import SalesDesk

    morning, _ = _evening(qtbot, carted, clock)
    assert carted.feed is not None and carted.feed.pipeline.writer.flush()
    again = Studio(carted.store, clock=clock, feed=carted.feed)
    Commerce(again)
    desk = SalesDesk(again)
    assert carted.show_id is not None
    again.open_show(carted.show_id)
    qtbot.waitUntil(lambda: not desk._rebuilding)
    clock.advance(3600)
    _send(again, _order("o1", 3, "paid", clock.now()))
    _send(again, _order("o1", 5, "cancelled", clock.now()))
    assert carted.feed.pipeline.writer.flush()
    assert [c.msg_id for c in order_comments(carted.store, morning)] == ["o1#1", "o1#3", "o1#5"]
    assert order_comments(carted.store, carted.show_id) == []
