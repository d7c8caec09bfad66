"""A three-hour show played through the Studio's commands on a fake clock (round 14): a late start, an
overrun, a pause, ±1 min, an item inserted, one pulled and two swapped on air, a 返场 with a 秒杀, a
restart of the studio mid-show. At each step the host's screen says what a producer with a stopwatch
would say, and so does the review after it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from app.core.host_texts import clock
from app.core.runsheet import Item
from app.live.ingest import IngestPipeline
from app.live.server import IngestContext
from app.models.store import Store
from app.models.writer import CommentWriter, next_comment_id
from app.studio import review as sr
from app.studio.commerce import Commerce
from app.studio.feed import CommentFeed
from app.studio.host import HostDesk
from app.studio.review_html import report_html
from app.studio.studio import Studio
from tests.doubles import FakeClock, FakeSpeaker

T0 = 1_764_000_000.0  # the planned start
MINUTES = (30, 20, 25, 20, 25, 20)


class Show:
    """One show in one store, with the studio a producer opens on it (again after a restart)."""

    def __init__(self, store: Store, data_dir: Path, clock: FakeClock) -> None:
        self.store, self.data_dir, self.clock = store, data_dir, clock
        self.writer = CommentWriter(store.engine)
        items = [Item(f"P{n}", f"SKU-{n}", 19900, 9900, 100, m, f"卖点 {n}", cart_no=str(10 + n))
                 for n, m in enumerate(MINUTES, 1)]
        self.show_id = store.create_show("三小时专场", "douyin", "小A", datetime.fromtimestamp(T0), items)
        self.studio = self.open()
        self.ids = {s.name: s.item_id for s in self.studio.state.segments}

    def open(self) -> Studio:
        feed = CommentFeed(IngestPipeline(self.writer, next_comment_id(self.store.engine)), self.data_dir)
        studio = Studio(self.store, clock=self.clock, speaker=FakeSpeaker(), feed=feed)
        studio.open_show(self.show_id)
        Commerce(studio)
        HostDesk(studio)
        return studio

    def restart(self, gap_s: float) -> None:
        """Close the studio, wait, open a new one on the same store and open the show again."""
        old = self.studio
        old.close_show()
        assert old.feed is not None
        old.feed.stop()
        old.deleteLater()
        self.clock.advance(gap_s)
        self.studio = self.open()

    def close(self) -> None:
        assert self.studio.feed is not None
        self.studio.feed.stop()
        self.writer.close()

    def at(self, minute: float) -> None:
        """Minutes after the planned start; the clock ticks as the app's timer would."""
        self.clock.t = T0 + minute * 60
        self.studio.on_tick()

    def run(self, cmd: str, args: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.studio.execute(cmd, args)

    def host(self) -> dict[str, Any]:
        return dict(self.studio.snapshot(self.clock.now())["host"])

    def order(self, order_id: str, status: str, sku: str, quantity: int, yuan: float) -> None:
        """One status of one order, as a relay sends it: placed, then paid (a second frame)."""
        n = {"placed": 1, "paid": 3}[status]
        frame = {"type": "order", "platform": "douyin", "msg_id": f"{order_id}#{n}", "order_id": order_id,
                 "sku": sku, "quantity": quantity, "amount": yuan, "status": status, "ts": self.clock.now(),
                 "user": {"id": f"b-{order_id}", "name": f"b-{order_id}"}}
        feed = self.studio.feed
        assert feed is not None
        feed.pipeline.on_frame(json.dumps(frame, ensure_ascii=False), IngestContext(peer="127.0.0.1", source="relay"))
        feed.drain()


@pytest.fixture
def show(qapp: object, store: Store, data_dir: Path) -> Iterator[Show]:
    s = Show(store, data_dir, FakeClock(T0 - 3600))
    yield s
    s.close()


def _sale_on_the_encore(show: Show) -> None:
    """返场 of P2 an hour after it was on, and a 秒杀 on it: 50 at ¥59, up to 5 each; five buyers
    take 2 each, every order placed and then paid."""
    show.run("segment.goto", {"item_id": show.ids["P2"]})
    show.run("sale.start", {"price": 59, "quantity": 50, "per_buyer_limit": 5, "countdown_s": 10, "duration_s": 120})
    show.at(show.studio.state.sale.live_at / 60 - T0 / 60 + 0.5)  # type: ignore[union-attr]
    for n in range(5):
        show.order(f"s{n}", "placed", "SKU-2", 2, 118)
        show.order(f"s{n}", "paid", "SKU-2", 2, 118)


def test_a_flash_sale_counts_each_order_once_not_once_per_status(show: Show) -> None:
    show.at(0)
    show.run("show.start")
    show.at(30)
    show.run("segment.next")
    show.at(50)
    show.run("segment.next")
    _sale_on_the_encore(show)
    host = show.host()
    assert host["in_sale"] and host["price"] == "Deal ¥59"
    assert host["stock"].startswith("40 left")  # 5 buyers × 2: 10 sold, not 20 (placed and paid again)
    show.at(60)  # the sale's two minutes are over
    show.run("show.end")
    assert show.writer.flush()
    p2 = next(i for i in sr.compute(show.store, show.show_id, now=show.clock.now()).items if i.name == "P2")
    assert (p2.sale_sold, p2.sale_quantity, p2.units) == (10, 50, 10)


def test_the_review_says_which_item_the_producer_added_on_air(show: Show) -> None:
    show.at(7)
    show.run("show.start")
    show.at(37)
    show.run("segment.next")
    show.at(45)
    x = show.run("runsheet.insert", {"name": "X", "minutes": 15, "sku": "SKU-X", "index": 2})["item_id"]
    show.run("runsheet.remove", {"item_id": show.ids["P6"]})
    show.at(57)
    show.run("segment.next")
    assert show.host()["product"] == "X"
    show.at(72)
    show.run("show.end")
    review = sr.compute(show.store, show.show_id, now=show.clock.now())
    added = {it.name: it.added_at for it in review.items}
    assert added == {"P1": None, "P2": None, "X": T0 + 45 * 60, "P3": None, "P4": None, "P5": None}
    assert [p.name for p in review.pulled] == ["P6"]
    assert next(it for it in review.items if it.item_id == x).actual_s == 15 * 60
    html = report_html(review)
    assert f"Added on air: X ({clock(T0 + 45 * 60)})" in html and "Pulled before it aired: P6 (20:00)" in html


def _host_is(show: Show, product: str, left: str, next_up: str, over: str) -> None:
    h = show.host()
    assert (h["product"], h["time_left"], h["next_up"]) == (product, left, next_up), h
    assert h["ends"].endswith(f"({over})"), h["ends"]


def test_three_hours_on_air_as_a_stopwatch_has_them(show: Show) -> None:
    """7 min late; P2 4 min over with a 2-minute pause and +1/−1; X inserted, P6 pulled, P4/P5 swapped;
    a restart (1 min down) in P3; 返场 of P2 an hour later with a 秒杀; the end 3 hours after the start."""
    show.at(7)
    show.run("show.start")
    _host_is(show, "P1", "30:00", "Next: P2", "+7:00")
    show.at(37)
    show.run("segment.next")
    show.at(45)
    show.run("runsheet.insert", {"name": "X", "minutes": 15, "sku": "SKU-X", "index": 2})
    show.at(47)
    show.run("timer.pause")
    show.at(49)
    _host_is(show, "P2", "10:00", "Next: X", "+9:00")  # paused: the countdown stands, the projection moves
    show.run("timer.resume")
    show.at(50)
    show.run("runsheet.remove", {"item_id": show.ids["P6"]})
    show.run("timer.add", {"seconds": 60})
    show.at(52)
    show.run("timer.add", {"seconds": -60})
    show.at(55)
    show.run("runsheet.move", {"item_id": show.ids["P5"], "to_index": 4})
    show.at(63)
    _host_is(show, "P2", "+4:00", "Next: X", "+13:00")  # 7 late + 2 paused + 4 over
    show.run("segment.next")
    show.at(78)
    show.run("segment.next")
    show.at(90)
    show.restart(60)
    _host_is(show, "P3", "12:00", "Next: P5", "+13:00")  # the clocks went on while it was down
    show.at(103)
    show.run("segment.next")
    show.at(128)
    _sale_on_the_encore(show)
    assert show.host()["encore"] == "Encore" and show.host()["next_up"] == "Next: P4"
    show.at(136)
    show.run("segment.next")
    show.at(187)
    show.run("show.end")
    assert show.host()["show_clock"] == "Show ended · 3:00:00"
    assert show.writer.flush()
    review = sr.compute(show.store, show.show_id, now=show.clock.now())
    f = {x.key: x.value for x in review.summary}
    figures = (f["late_start_s"], f["paused_s"], f["pauses"], f["down_s"], f["actual_length_s"])
    assert figures == (420, 120, 1, 60, 10800)
    assert f["planned_length_s"] == (30 + 20 + 15 + 25 + 25 + 20) * 60  # X in, P6 out: the plan the host ran to
    rows = {it.name: (it.planned_s / 60, (it.actual_s or 0) / 60, it.visits) for it in review.items}
    assert rows == {"P1": (30, 30, 1), "P2": (20, 26 + 8, 2), "X": (15, 15, 1), "P3": (25, 25, 1),
                    "P5": (25, 25, 1), "P4": (20, 51, 1)}
    assert [b.name for b in review.timeline.bands] == ["P1", "P2", "X", "P3", "P5", "P2", "P4"]
    assert [p.name for p in review.pulled] == ["P6"]
    p2 = next(it for it in review.items if it.name == "P2")
    assert (p2.paused_s, p2.sale_sold, p2.sale_quantity, p2.units) == (120, 10, 50, 10)
