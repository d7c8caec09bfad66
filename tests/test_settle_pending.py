"""A late payment of an order the comment writer has not stored yet when the next show opens is still
the ended show's: the order IDs the ended show's sales counter saw (every accepted row passes it) join
the ones read from the database, so an order still queued in the writer is not lost to the new show.

The writer is the real one, held back as a busy disk holds it (its `yield_to` hook): the show ends
and the next opens while the first show's orders wait in its queue. `CommentFeed.switch_show` waits
for the writer on the GUI thread; here that wait runs out, as it does when the writer is more than its
timeout behind."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest

from app.core.runsheet import Item
from app.live.server import IngestContext
from app.models.review import order_comments
from app.models.writer import QueueFront
from app.studio.sales import sales_desk
from app.studio.studio import Studio
from tests.doubles import FakeClock


def _send(studio: Studio, frame: dict[str, Any]) -> None:
    assert studio.feed is not None
    studio.feed.pipeline.on_frame(json.dumps(frame, ensure_ascii=False), IngestContext(peer="127.0.0.1",
                                                                                        source="relay"))
    studio.feed.drain()


def _order(order_id: str, n: int, status: str, ts: float, sku: str = "CT-1") -> dict[str, Any]:
    return {"type": "order", "platform": "douyin", "msg_id": f"{order_id}#{n}", "order_id": order_id, "sku": sku,
            "quantity": 2, "amount": 998, "status": status, "ts": ts, "user": {"id": "b1", "name": "b1"}}


@pytest.fixture
def held(carted: Studio, monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Set: the writer takes rows off its queue but stores none (and a flush waits 0.2 s, not 30)."""
    assert carted.feed is not None
    writer = carted.feed.pipeline.writer
    hold = threading.Event()
    writer.yield_to = hold.is_set
    assert isinstance(writer, QueueFront)
    monkeypatch.setattr(writer, "flush", lambda timeout=30.0: QueueFront.flush(writer, 0.2 if hold.is_set()
                                                                               else timeout))
    return hold


def _next_show_opens_with_the_orders_unstored(qtbot: Any, studio: Studio, clock: FakeClock,
                                              held: threading.Event) -> tuple[int, int]:
    """Order o1 (and o2, paid) placed, the show ended and the evening show opened a second later, the
    writer still holding them all: (morning, evening)."""
    desk = sales_desk(studio)
    qtbot.waitUntil(lambda: not desk._rebuilding)
    morning = studio.show_id
    assert morning is not None
    held.set()
    _send(studio, _order("o1", 1, "placed", clock.now()))
    _send(studio, _order("o2", 1, "paid", clock.now()))
    studio.execute("show.end")
    clock.advance(1)
    evening = studio.store.create_show("晚场", "douyin", "小A", None, [Item("保温杯", "HM-4", 12900, 6900, 400, 5, "")])
    studio.open_show(evening)
    studio.execute("show.start")
    qtbot.waitUntil(lambda: not desk._rebuilding)
    assert order_comments(studio.store, morning) == []  # nothing of it stored yet
    return morning, evening


def test_a_late_payment_of_an_unstored_order_goes_to_its_ended_show(qtbot: Any, carted: Studio, clock: FakeClock,
                                                                   held: threading.Event) -> None:
    morning, evening = _next_show_opens_with_the_orders_unstored(qtbot, carted, clock, held)
    clock.advance(60)
    _send(carted, _order("o1", 3, "paid", clock.now()))   # the morning's buyer pays
    _send(carted, _order("o2", 5, "refunded", clock.now()))  # and another morning order is refunded
    held.clear()
    assert carted.feed is not None and carted.feed.pipeline.writer.flush()
    assert [c.msg_id for c in order_comments(carted.store, morning)] == ["o1#1", "o2#1", "o1#3", "o2#5"]
    assert order_comments(carted.store, evening) == []
    totals = carted.snapshot()["sales"]["totals"]
    assert (totals["orders"], totals["gmv"]) == (0, 0)  # not the evening show's sales


def test_the_evening_shows_own_orders_stay_its_own(qtbot: Any, carted: Studio, clock: FakeClock,
                                                   held: threading.Event) -> None:
    morning, evening = _next_show_opens_with_the_orders_unstored(qtbot, carted, clock, held)
    _send(carted, _order("o7", 1, "placed", clock.now(), "HM-4"))
    _send(carted, _order("o7", 3, "paid", clock.now(), "HM-4"))  # o7 is no morning order
    held.clear()
    assert carted.feed is not None and carted.feed.pipeline.writer.flush()
    assert [c.msg_id for c in order_comments(carted.store, evening)] == ["o7#1", "o7#3"]
    assert [c.msg_id for c in order_comments(carted.store, morning)] == ["o1#1", "o2#1"]
