"""The second desk's comment feed, Questions queue and poll tally: a real `livedeck serve` takes comments on
its /ingest as a relay sends them, and the desk in this process (what `livedeck --connect` runs) shows them
through the studio's /control stream; its actions on them run on the studio; a drop loses and repeats nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPlainTextEdit
from websockets.sync.client import connect

from app.core.sales import format_money
from app.studio.remote import RemoteStudio
from app.ui.main_window import MainWindow
from tests.procs import Control, Serve


@pytest.fixture
def window(qtbot, second_desk: RemoteStudio) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = MainWindow(second_desk, "zh_CN", "second desk")
    qtbot.addWidget(w)
    yield w
    w.host_view.close()


def send(serve: Serve, *texts: str, first: int = 0, user: str = "") -> None:
    """Comments as a relay sends them (LiveDeck's own format), one frame."""
    events = [{"type": "comment", "platform": "douyin", "msg_id": f"m{first + i}", "ts": 1764000000 + first + i,
               "user": {"id": user or f"u{first + i}", "name": user or f"观众{first + i}"}, "text": t}
              for i, t in enumerate(texts)]
    with connect(f"{serve.url}/ingest", open_timeout=5) as ws:
        ws.send(json.dumps(events, ensure_ascii=False))


def studio(serve: Serve, cmd: str = "state.get", **args: Any) -> dict[str, Any]:
    ctl = Control(f"{serve.url}/control?token={serve.token}")  # type: ignore[attr-defined]
    try:
        ctl.first_state()
        reply = ctl.call(cmd, **args)
        assert reply["ok"], reply
        return reply["result"]  # type: ignore[no-any-return]
    finally:
        ctl.close()


def feed_texts(w: MainWindow) -> list[str]:
    return [c.text for c in w.feed.model.rows]


def test_comments_questions_and_votes_show_on_the_second_desk(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                               studio_proc: Serve) -> None:
    desk = window.studio
    desk.execute("show.start")
    send(studio_proc, "主播好", "这个多少钱？", "今天有优惠吗")
    qtbot.waitUntil(lambda: "今天有优惠吗" in feed_texts(window), timeout=5000)
    assert feed_texts(window)[-3:] == ["主播好", "这个多少钱？", "今天有优惠吗"]  # in order, each once

    send(studio_proc, "这个多少钱？", "这个多少钱？", first=10)  # the same question from two more viewers
    window.feed_tabs.setCurrentWidget(window.questions)
    window.questions.order.setCurrentIndex(window.questions.order.findData("count"))
    qtbot.waitUntil(lambda: bool(window.questions.model.rows) and window.questions.model.rows[0].count == 3,
                    timeout=5000)
    top = window.questions.model.rows[0]
    assert top.text == "这个多少钱？" and top.askers == 3
    assert window.questions.counts.text() == "2 open · 0 answered · 0 skipped"  # 多少钱 ×3 and 有优惠吗
    window.questions.table.selectRow(0)
    window.questions.act("question.answer")  # answered on the second desk: marked on the studio
    listed = studio(studio_proc, "questions.list", status="answered")["questions"]
    assert [q["text"] for q in listed] == ["这个多少钱？"]
    qtbot.waitUntil(lambda: window.questions.counts.text() == "1 open · 1 answered · 0 skipped", timeout=5000)
    window.questions.filter.setCurrentIndex(window.questions.filter.findData("answered"))
    qtbot.waitUntil(lambda: [g.status for g in window.questions.model.rows] == ["answered"], timeout=5000)

    desk.execute("poll.open", {"question": "下一个讲哪个颜色？", "options": ["红色", "蓝色"], "duration_s": 0})
    send(studio_proc, "1", "2", "扣1", first=20)
    window.feed_tabs.setCurrentWidget(window.poll_desk)
    qtbot.waitUntil(lambda: window.poll_desk.bars[0].format().startswith("1. 红色 — 2"), timeout=5000)
    assert window.poll_desk.bars[1].format().startswith("2. 蓝色 — 1")
    assert [o["votes"] for o in studio(studio_proc)["poll"]["options"]] == [2, 1]


def test_pin_block_and_delete_from_the_second_desk_run_on_the_studio(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                     studio_proc: Serve) -> None:
    window.studio.execute("show.start")
    send(studio_proc, "好看", "加微信领福利", "喜欢这个", first=0)
    qtbot.waitUntil(lambda: "喜欢这个" in feed_texts(window), timeout=5000)
    rows = {c.text: c for c in window.feed.model.rows}
    window.feed.list.setCurrentIndex(window.feed.model.index(feed_texts(window).index("好看"), 0))
    window.feed.pin_selected()
    assert studio(studio_proc)["pinned"]["text"] == "好看"
    window.feed.block(rows["加微信领福利"], confirm=False)
    blocked = studio(studio_proc)["inputs"]["blocked"]
    assert {"platform": "douyin", "user_id": rows["加微信领福利"].user_id} in blocked
    qtbot.waitUntil(lambda: "加微信领福利" not in feed_texts(window), timeout=5000)  # hidden on this desk too
    window.studio.execute("comment.delete", {"comment_id": rows["喜欢这个"].id})
    assert rows["喜欢这个"].id in studio(studio_proc)["inputs"]["deleted"]
    qtbot.waitUntil(lambda: window.studio.feed is not None and window.studio.feed.window[rows["喜欢这个"].id].deleted,
                    timeout=5000)


    send(studio_proc, "刚进来", "已拍两件", first=50, user="回头客")  # a viewer's history, from the studio
    window.feed.resume()  # selecting a comment froze the feed while the 场控 read it
    qtbot.waitUntil(lambda: "已拍两件" in feed_texts(window), timeout=5000)
    window.feed.show_history(next(c for c in window.feed.model.rows if c.user_id == "回头客"))
    qtbot.waitUntil(lambda: hasattr(window.feed, "history") and "已拍两件" in window.feed.history.findChild(
        QPlainTextEdit).toPlainText(), timeout=5000)
    lines = window.feed.history.findChild(QPlainTextEdit).toPlainText().splitlines()
    assert [line.split("  ", 1)[1] for line in lines] == ["刚进来", "已拍两件"]
    window.feed.history.close()


def test_a_drop_repeats_nothing_and_misses_nothing(qtbot, window: MainWindow, studio_proc: Serve,  # type: ignore[no-untyped-def]
                                                   data_dir: Path) -> None:
    desk = window.studio
    assert isinstance(desk, RemoteStudio)
    desk.execute("show.start")
    send(studio_proc, *[f"第{i}条" for i in range(30)])
    qtbot.waitUntil(lambda: "第29条" in feed_texts(window), timeout=5000)
    port = studio_proc.port
    studio_proc.stop()
    qtbot.waitUntil(lambda: not desk.connected, timeout=5000)
    again = Serve(data_dir, "--port", str(port), "--simulate", "0", "--lan")
    again.token = studio_proc.token  # type: ignore[attr-defined]
    try:
        send(again, *[f"第{i}条" for i in range(30, 60)], first=30)  # while the desk may still be away
        qtbot.waitUntil(lambda: desk.connected, timeout=15_000)
        send(again, *[f"第{i}条" for i in range(60, 90)], first=60)
        qtbot.waitUntil(lambda: "第89条" in feed_texts(window), timeout=5000)
        texts = [t for t in feed_texts(window) if t.startswith("第")]
        assert texts == [f"第{i}条" for i in range(90)]  # each once, in order, none missing
        ids = [c.id for c in window.feed.model.rows]
        assert len(ids) == len(set(ids))
        assert desk.comments.skipped == 0
    finally:
        again.stop()


def test_the_scripts_and_products_tabs_read_and_change_the_studios_libraries(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                             studio_proc: Serve) -> None:
    studio(studio_proc, "phrases.add", kind="逼单", text="最后50单，拍完就没了")  # made on the studio's own desk
    qtbot.waitUntil(lambda: window.phrases.list.count() == 1, timeout=5000)
    assert window.phrases.list.item(0).text() == "【逼单】最后50单，拍完就没了"
    window.phrases.run("phrases.add", {"kind": "开场", "text": "欢迎新进直播间的宝宝"})  # and on the second desk
    assert {p["text"] for p in studio(studio_proc, "phrases.all")["phrases"]} == {"最后50单，拍完就没了",
                                                                                 "欢迎新进直播间的宝宝"}
    qtbot.waitUntil(lambda: window.phrases.list.count() == 2, timeout=5000)

    window.products.desk.refresh()  # what showing the tab does
    qtbot.waitUntil(lambda: window.products.model.rowCount() > 0, timeout=10_000)
    names = {p.name for p in window.products.desk.products}
    assert names == {p["name"] for p in studio(studio_proc, "products.list")["products"]}
    before = len(studio(studio_proc)["runsheet"])
    window.products.table.selectRow(0)
    window.products.add_selected()  # planned from the library on the second desk: the studio's run-sheet grows
    assert len(studio(studio_proc)["runsheet"]) == before + 1
    assert window.review_page.is_empty()  # the 复盘 reads the studio's database: it says so instead of failing



class Recording(Control):
    """A control client that notes every message's type."""

    def __init__(self, url: str) -> None:
        self.types: list[str] = []
        super().__init__(url)

    def _take(self, msg: dict[str, Any]) -> None:
        self.types.append(msg["type"])
        super()._take(msg)


def test_only_clients_that_ask_get_the_comment_stream(studio_proc: Serve) -> None:
    token = studio_proc.token  # type: ignore[attr-defined]
    script = Recording(f"{studio_proc.url}/control?token={token}")
    desk = Recording(f"{studio_proc.url}/control?token={token}&feed=1")
    try:
        script.first_state()
        desk.first_state()
        send(studio_proc, "主播好")
        while "comments" not in desk.types:
            desk.recv()
        send(studio_proc, "第二条", first=1)
        while desk.types.count("comments") < 2:
            desk.recv()
        assert script.call("state.get")["ok"]  # the script's socket holds everything sent before this reply
        assert "comments" not in script.types and "state" in script.types
    finally:
        script.close()
        desk.close()


def test_the_sales_tab_shows_the_studios_orders(qtbot, window: MainWindow, studio_proc: Serve) -> None:  # type: ignore[no-untyped-def]
    desk = window.studio
    desk.execute("show.start")
    first = desk.state.segments[0]
    orders = [{"type": "order", "platform": "douyin", "msg_id": f"o{i}", "ts": 1764000000 + i, "sku": first.sku,
               "user": {"id": f"b{i}", "name": f"买家{i}"}, "quantity": 1, "amount": 99, "status": "paid"}
              for i in range(3)]  # LiveDeck's own order events, as a relay sends them
    with connect(f"{studio_proc.url}/ingest", open_timeout=5) as ws:
        ws.send(json.dumps(orders, ensure_ascii=False))
    qtbot.waitUntil(lambda: window.sales.model.rowCount() > 0 and window.sales.model.index(0, 2).data() == "3",
                    timeout=5000)
    totals = studio(studio_proc)["sales"]["totals"]
    assert (totals["orders"], totals["gmv"]) == (3, 29700)  # what the studio's own desk shows
    text = window.sales.totals.text()
    assert "3" in text and format_money(totals["gmv"]) in text
    assert window.sales.model.index(0, 1).data() == first.name
