"""Switching shows waits for the comment writer at most SWITCH_WAIT_S on the GUI thread: a writer far
behind (a full disk) froze the window for the flush's 30 s. Rows still go to their own show, and
deleting a show waits until all of its rows are written."""

from __future__ import annotations

import threading
import time
from typing import Any

from app.core.runsheet import Item
from app.models.review import order_comments
from app.studio import feed as feed_module
from app.studio.studio import Studio
from tests.doubles import FakeClock
from tests.test_settle_pending import _order, _send


def test_opening_another_show_does_not_wait_out_a_stuck_writer(qtbot: Any, carted: Studio, clock: FakeClock) -> None:
    assert carted.feed is not None
    writer = carted.feed.pipeline.writer
    hold = threading.Event()
    writer.yield_to = hold.is_set  # type: ignore[attr-defined]
    morning = carted.show_id
    assert morning is not None
    hold.set()
    _send(carted, _order("o1", 1, "placed", clock.now()))
    carted.execute("show.end")
    evening = carted.store.create_show("晚场", "douyin", "小A", None, [Item("保温杯", "HM-4", 12900, 6900, 400, 5, "")])
    t0 = time.monotonic()
    carted.open_show(evening)
    waited = time.monotonic() - t0
    assert waited < feed_module.SWITCH_WAIT_S + 3.0  # not the flush's 30 s
    hold.clear()
    assert writer.flush()
    assert [c.extra["order_id"] for c in order_comments(carted.store, morning) if c.extra] == ["o1"]  # its own show
