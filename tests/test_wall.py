"""The wall of all rooms: each studio's room line goes through the database, and the Qt window and
the /wall page (a real browser) show every room of a real PostgreSQL within 2 s."""

from __future__ import annotations

import json
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.wall import room_row
from tests.conftest import comment, sample_items


def _order(n: int, sku: str, qty: int, amount: int) -> object:
    from app.core.comments import Comment

    return Comment("order", "douyin", f"o{n}", 1_764_000_000.0 + n, f"b{n}", f"买家{n}", "",
                   extra={"order_id": f"o{n}", "sku": sku, "quantity": qty, "amount": amount, "status": "paid"})


def test_a_room_line_says_what_the_desk_says(qtbot: Any, live_studio: Any) -> None:
    from app.studio.sales import sales_desk

    studio = live_studio
    desk = sales_desk(studio)
    studio.execute("show.start")
    qtbot.waitUntil(lambda: not desk._rebuilding)
    studio.feed.pipeline.accept([_order(1, "CT-1", 115, 115 * 499)], "test", time.time())  # 120 in stock: 5 left
    studio.feed.drain()
    studio.clock.advance(11 * 60)  # the first item is planned for 10 minutes
    state = studio.snapshot()
    row = room_row(state)
    assert row["title"] == "测试专场" and row["host"] == "主播小A" and row["item"] == "羊毛大衣"
    assert row["orders"] == state["sales"]["totals"]["orders"] == 1
    assert row["gmv"] == state["sales"]["totals"]["gmv"] == 115 * 49900
    assert row["phase"] == "overtime" and row["remaining_s"] < 0
    kinds = {a["kind"]: a["text"] for a in row["alerts"]}
    assert kinds["overtime"] == "+1:00" and kinds["stock"] == "羊毛大衣 5"
    assert "writer" in {a["kind"] for a in room_row(state, writer_error="disk full")["alerts"]}


@pytest.fixture
def two_rooms(qapp: Any, pg_url: str, tmp_path: Path) -> Iterator[list[Any]]:
    """Two studios (runtimes) on one PostgreSQL, each live in its own room."""
    from app.models.db import open_url
    from app.models.store import Store
    from app.studio.runtime import Runtime

    engine = open_url(pg_url)
    store = Store(engine)
    rooms = (("A 直播间", "小A"), ("B 直播间", "小B"))
    shows = [store.create_show(t, "douyin", h, None, sample_items()) for t, h in rooms]
    engine.dispose()
    runtimes = []
    for i, show in enumerate(shows):
        rt = Runtime(tmp_path / f"d{i}", port=0, speech=False, db_url=pg_url)
        rt.start()
        rt.studio.open_show(show)
        rt.studio.execute("show.start")
        runtimes.append(rt)
    yield runtimes
    for rt in runtimes:
        rt.shutdown()


def _wall_json(port: int) -> dict[str, Any]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/wall.json", timeout=5) as r:
        data: dict[str, Any] = json.loads(r.read())
    return data


def test_the_wall_shows_every_room_of_the_database_within_2_s(qtbot: Any, two_rooms: list[Any]) -> None:
    a, b = two_rooms
    b.writer.put(b.studio.show_id, [comment(i) for i in range(3)])
    got: dict[str, Any] = {}

    def both_live() -> bool:
        got.update(_wall_json(a.server.port))
        return {r["title"] for r in got["rooms"] if r["status"] == "live"} == {"A 直播间", "B 直播间"}

    qtbot.waitUntil(both_live, timeout=5000)
    assert all(r["age_s"] < 2.0 for r in got["rooms"])
    b.studio.execute("segment.next")
    qtbot.waitUntil(lambda: any(r["item"] == "摇粒绒卫衣" for r in _wall_json(a.server.port)["rooms"]),
                    timeout=2500)  # a change in room B reaches the wall of studio A within 2 s (+ the poll)
    b.shutdown()
    two_rooms.remove(b)
    qtbot.waitUntil(lambda: [r["title"] for r in _wall_json(a.server.port)["rooms"]] == ["A 直播间"], timeout=3000)


def test_the_wall_page_in_a_real_browser(qtbot: Any, two_rooms: list[Any]) -> None:
    from tests.browser import chromium, chromium_paths, wait_for

    if chromium_paths() is None:
        pytest.skip("chromium is not installed")
    port = two_rooms[0].server.port
    qtbot.waitUntil(lambda: len(_wall_json(port)["rooms"]) == 2, timeout=5000)
    with chromium() as driver:
        driver.get(f"http://127.0.0.1:{port}/wall")
        cards = wait_for(lambda: driver.find_elements("css selector", "section.room"), timeout=5)
        assert len(cards) == 2
        text = driver.find_element("tag name", "main").text
        assert "A 直播间" in text and "B 直播间" in text and "1号链接" not in text


def test_the_wall_window_shows_rooms_and_their_alerts(qtbot: Any) -> None:
    from app.ui.wall_window import WallWindow

    now = time.time()
    rooms = [{"show_id": 1, "title": "A 直播间", "host": "小A", "platform": "douyin", "status": "live",
              "item": "羊毛大衣", "cart_no": "3", "remaining_s": -65.0, "phase": "overtime", "viewers": 12034,
              "comments_per_min": 840, "orders": 57, "gmv": 2_844_300, "ts": now, "age_s": 0.4,
              "machine": "desk-1", "alerts": [{"kind": "overtime", "text": "+1:05"}]}]
    w = WallWindow(lambda: rooms, columns=2)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    card = w.cards[0]
    assert card.timer.text().startswith("+1:0") and card.link.text().endswith("3")
    assert card.figs["gmv"].text() == "¥28,443" and card.figs["viewers"].text() == "12,034"
    assert "+1:05" in card.alerts.text() and card.property("alert") == "true"
    rooms.clear()
    w.refresh()
    assert card.isHidden() and not w.empty.isHidden()


def test_the_wall_page_needs_the_token_in_lan_mode() -> None:
    import concurrent.futures
    import urllib.error

    from app.live.server import LiveServer

    def control(_cmd: str, _args: dict[str, Any]) -> concurrent.futures.Future[dict[str, Any]]:
        f: concurrent.futures.Future[dict[str, Any]] = concurrent.futures.Future()
        f.set_result({})
        return f

    server = LiveServer(control, port=0, lan=True, token="s3cret", trust_loopback=False)
    server.wall.rooms = lambda: [{"show_id": 7, "title": "A 直播间"}]
    server.start()
    try:
        for path in ("/wall", "/wall.json"):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(f"http://127.0.0.1:{server.port}{path}", timeout=5)
            assert refused.value.code == 401
        with urllib.request.urlopen(f"http://127.0.0.1:{server.port}/wall.json?token=s3cret", timeout=5) as r:
            assert json.loads(r.read())["rooms"][0]["title"] == "A 直播间"
    finally:
        server.stop()
