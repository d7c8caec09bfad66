"""A 秒杀 whose time runs out while the app is down ends at its end, not when the app opens again: the
stored `sale_ended` (time_up) is stamped at the sale's `ends_at`, so the review's sale-end marker and the
sale's length are right; orders that arrive after `ends_at` (the relay's catch-up at the reopen) still
do not count against it."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from app.core import events as ev
from app.live.ingest import IngestContext
from app.models.store import Store
from app.studio import review as sr
from tests.doubles import FakeClock
from tests.test_onair_r14 import T0, Show

DOWN_S = 15 * 60  # the app is closed 30 s before the sale's end and opened 14.5 minutes after it


@pytest.fixture
def show(qapp: object, store: Store, data_dir) -> Iterator[Show]:  # type: ignore[no-untyped-def]
    s = Show(store, data_dir, FakeClock(T0 - 3600))
    yield s
    s.close()


def _sale_then_restart(show: Show) -> float:
    """P1 on air from the planned start, a 2-minute 秒杀 of it (10 s countdown) a minute in; the app is
    closed half a minute before the sale ends and opened again with no tick in between. Returns ends_at."""
    show.at(0)
    show.run("show.start")
    show.at(1)
    show.run("sale.start", {"price": 59, "quantity": 50, "per_buyer_limit": 5, "countdown_s": 10, "duration_s": 120})
    sale = show.studio.state.sale
    assert sale is not None and sale.ends_at == T0 + 60 + 10 + 120
    show.clock.t = sale.ends_at - 30
    show.studio.on_tick()  # still live: nothing ends
    show.restart(DOWN_S)
    return sale.ends_at


def test_a_sale_that_runs_out_while_the_app_is_down_ends_at_its_end(show: Show) -> None:
    ends_at = _sale_then_restart(show)
    show.studio.on_tick()  # the first tick after the reopen
    ended = [e for e in show.store.events(show.show_id) if e.type == "sale_ended"]
    assert [(e.ts, e.data["reason"]) for e in ended] == [(ends_at, "time_up")]
    sale = show.studio.state.sale
    assert sale is not None and sale.ended and sale.ended_at == ends_at
    downs = [e for e in show.store.events(show.show_id) if e.type == ev.APP_DOWN]
    assert len(downs) == 1 and downs[0].ts == show.clock.now()  # the other events keep their time
    show.run("show.end")
    review = sr.compute(show.store, show.show_id, now=show.clock.now())
    start = review.figure("actual_start").value
    assert start == T0
    sale_end = [m.minute for m in review.timeline.markers if m.kind == "sale_end"]
    assert sale_end == [(ends_at - T0) / 60]  # 3:10 into the show, not 17:40


def test_orders_after_the_end_do_not_count_even_before_the_first_tick(show: Show) -> None:
    ends_at = _sale_then_restart(show)
    show.order("late-1", "placed", "SKU-1", 2, 118)  # the relay's catch-up, before the app's first tick
    show.order("late-1", "paid", "SKU-1", 2, 118)
    show.studio.on_tick()
    sale = show.studio.state.sale
    assert sale is not None and sale.ended and sale.sold == 0 and sale.remaining == 50
    stock = [e for e in show.store.events(show.show_id) if e.type == "sale_stock"]
    assert stock == []
    ended = [e for e in show.store.events(show.show_id) if e.type == "sale_ended"]
    assert [(e.ts, e.data["reason"]) for e in ended] == [(ends_at, "time_up")]


def _order_at(show: Show, order_id: str, quantity: int, ts: float) -> None:
    """A placed order for SKU-1 stamped `ts` by the platform, as the relay delivers it now."""
    frame = {"type": "order", "platform": "douyin", "msg_id": f"{order_id}#1", "order_id": order_id, "sku": "SKU-1",
             "quantity": quantity, "amount": 59 * quantity, "status": "placed", "ts": ts,
             "user": {"id": f"b-{order_id}", "name": f"b-{order_id}"}}
    feed = show.studio.feed
    assert feed is not None
    feed.pipeline.on_frame(json.dumps(frame), IngestContext(peer="127.0.0.1", source="relay"))
    feed.drain()


def test_orders_placed_before_the_end_and_delivered_after_the_reopen_still_count(show: Show) -> None:
    """The relay's catch-up after the reopen, before the first tick, holds an order placed in the sale's
    last seconds (stamped before its end) and one placed after: the first counts, the last does not."""
    ends_at = _sale_then_restart(show)
    assert show.clock.now() > ends_at + 60
    _order_at(show, "in-time", 2, ends_at - 5)
    _order_at(show, "too-late", 3, ends_at + 5)
    sale = show.studio.state.sale
    assert sale is not None and sale.ended and sale.sold == 2 and sale.remaining == 48
    ended = [e for e in show.store.events(show.show_id) if e.type == "sale_ended"]
    assert [(e.ts, e.data["reason"]) for e in ended] == [(ends_at, "time_up")]
