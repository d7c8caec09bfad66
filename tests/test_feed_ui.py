"""The assistant's comment feed, offscreen."""

import time

import pytest
from PySide6.QtWidgets import QApplication

from app.core import comments as cm
from app.studio.feed import SHOWN_PER_DRAIN
from app.studio.studio import Studio
from app.ui.feed_view import DISPLAY_CAP, FeedView
from tests.conftest import comment


@pytest.fixture
def feed_view(qtbot, live_studio: Studio) -> FeedView:  # type: ignore[no-untyped-def]
    view = FeedView(live_studio)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def push(studio: Studio, comments: list) -> None:  # type: ignore[type-arg]
    assert studio.feed is not None
    studio.feed.pipeline.accept(comments, "test", time.time())
    studio.feed.drain()
    QApplication.processEvents()


def test_updates_are_batched_and_the_window_is_bounded(feed_view: FeedView, live_studio: Studio) -> None:
    batches: list[int] = []
    assert live_studio.feed is not None
    live_studio.feed.arrived.connect(lambda b: batches.append(len(b)))
    push(live_studio, [comment(i) for i in range(DISPLAY_CAP + 1500)])
    push(live_studio, [comment(10_000 + i) for i in range(700)])
    # One model update per drain, however many arrived, of at most the newest SHOWN_PER_DRAIN rows.
    assert batches == [SHOWN_PER_DRAIN, SHOWN_PER_DRAIN]
    rows = feed_view.model.rows
    assert rows[-1].msg_id == "m10699" and rows[0].msg_id == f"m{DISPLAY_CAP + 1500 - SHOWN_PER_DRAIN}"
    assert live_studio.feed.total == DISPLAY_CAP + 2200  # the left-out rows are counted all the same
    for k in range(DISPLAY_CAP // SHOWN_PER_DRAIN):  # the model keeps DISPLAY_CAP rows of scrollback
        push(live_studio, [comment(20_000 + k * 1000 + i) for i in range(SHOWN_PER_DRAIN)])
    assert len(feed_view.model.rows) == DISPLAY_CAP
    live_studio.feed.pipeline.writer.flush()
    assert live_studio.store.count_comments(live_studio.show_id)["comment"] == 2 * DISPLAY_CAP + 2200  # type: ignore[arg-type]


def test_auto_scroll_pauses_when_scrolled_up(feed_view: FeedView, live_studio: Studio, qtbot) -> None:  # type: ignore[no-untyped-def]
    push(live_studio, [comment(i) for i in range(300)])
    assert feed_view.at_bottom()
    bar = feed_view.list.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    held = bar.value()
    push(live_studio, [comment(1000 + i) for i in range(25)])
    assert bar.value() == held  # the assistant keeps reading where they were
    assert feed_view.new_button.isVisible() and "25" in feed_view.new_button.text()
    feed_view.new_button.click()
    assert feed_view.at_bottom() and not feed_view.new_button.isVisible()
    push(live_studio, [comment(2000)])
    assert feed_view.at_bottom() and not feed_view.new_button.isVisible()


def test_filters_and_search(feed_view: FeedView, live_studio: Studio) -> None:
    item3 = live_studio.state.segments[2].item_id
    push(live_studio, [comment(1, "3号链接还有货吗"), comment(2, "好看"), comment(3, "福袋什么时候开"),
                       comment(4, "", kind="gift", gift="嘉年华", count=1, value=3000), comment(5, "扣1"),
                       comment(6, "", kind="order", sku="CT-1", quantity=1, amount=499)])
    model = feed_view.model

    def shown() -> list[str]:
        return [model.index(r, 0).data(cm_role()).msg_id for r in range(model.rowCount())]

    feed_view.mode.setCurrentIndex(feed_view.mode.findData("questions"))
    assert shown() == ["m1", "m3"]
    feed_view.mode.setCurrentIndex(feed_view.mode.findData("keywords"))
    assert shown() == ["m3", "m5"]
    feed_view.mode.setCurrentIndex(feed_view.mode.findData("gifts_orders"))
    assert shown() == ["m4", "m6"]
    feed_view.product.setCurrentIndex(feed_view.product.findData(item3))
    assert shown() == ["m1"]
    feed_view.product.setCurrentIndex(0)
    feed_view.mode.setCurrentIndex(feed_view.mode.findData("all"))
    feed_view.search.setText("好看")
    assert shown() == ["m2"]


def cm_role() -> int:
    from app.ui.feed_view import CommentRole

    return int(CommentRole)


def test_banned_words_masked_on_screen_but_stored_intact(feed_view: FeedView, live_studio: Studio) -> None:
    push(live_studio, [comment(1, "加微信私聊，全网最低")])
    c = feed_view.model.rows[0]
    assert c.flags & cm.BANNED_DIVERSION and c.flags & cm.BANNED_ABSOLUTE
    shown = feed_view.model.display_text(c)
    assert "微信" not in shown and "最低" not in shown and "＊" in shown
    live_studio.feed.pipeline.writer.flush()  # type: ignore[union-attr]
    assert live_studio.store.comment(live_studio.show_id, c.id).text == "加微信私聊，全网最低"  # type: ignore[arg-type,union-attr]


def test_blocking_hides_spam_but_never_criticism(feed_view: FeedView, live_studio: Studio) -> None:
    push(live_studio, [comment(1, "加微信领红包", user="spam"), comment(2, "假货，质量差", user="spam"),
                       comment(3, "好看", user="fan")])
    feed_view.block(feed_view.model.rows[0], confirm=False)
    assert [c.msg_id for c in feed_view.model.rows] == ["m2", "m3"]
    push(live_studio, [comment(4, "加微信", user="spam"), comment(5, "退款！骗人", user="spam")])
    assert [c.msg_id for c in feed_view.model.rows] == ["m2", "m3", "m5"]


def test_pin_and_read_aloud(feed_view: FeedView, live_studio: Studio, speaker) -> None:  # type: ignore[no-untyped-def]
    push(live_studio, [comment(1, "有黑色吗")])
    feed_view.list.setCurrentIndex(feed_view.model.index(0, 0))
    feed_view.pin_selected()
    assert live_studio.snapshot()["pinned"]["text"] == "有黑色吗"
    feed_view.read_selected()
    assert speaker.said[-1][1].endswith("有黑色吗")


def test_platform_deletion_strikes_the_comment(feed_view: FeedView, live_studio: Studio) -> None:
    push(live_studio, [comment(1, "测试")])
    push(live_studio, [comment(2, kind="delete", target="m1")])
    assert feed_view.model.rows[0].deleted


def test_user_history_comes_from_the_database(feed_view: FeedView, live_studio: Studio, qtbot) -> None:  # type: ignore[no-untyped-def]
    push(live_studio, [comment(i, f"第{i}条", user="fan" if i % 2 else f"x{i}") for i in range(10)])
    live_studio.feed.pipeline.writer.flush()  # type: ignore[union-attr]
    feed_view.show_history(feed_view.model.rows[1])
    qtbot.waitUntil(lambda: hasattr(feed_view, "history") and feed_view.history.isVisible(), timeout=5000)
    text = feed_view.history.findChild(__import__("PySide6.QtWidgets").QtWidgets.QPlainTextEdit).toPlainText()
    assert [line.split()[-1] for line in text.splitlines()] == ["第1条", "第3条", "第5条", "第7条", "第9条"]


def test_a_repaint_is_one_call_into_python_painting_every_visible_row(feed_view: FeedView, live_studio: Studio) -> None:
    """Under a flood each entry from Qt into Python waits for the ingest threads to let go of the
    interpreter: the list paints its visible rows from one paintEvent, not one delegate call each."""
    import sys

    from PySide6.QtGui import QColor

    push(live_studio, [comment(i, "3号链接还有货吗？" if i % 2 else "好看") for i in range(40)])
    delegate = feed_view.list.itemDelegate()
    callers: list[str] = []
    paint = delegate.paint

    def counted(*args):  # type: ignore[no-untyped-def]
        callers.append(sys._getframe(1).f_code.co_name)
        return paint(*args)

    delegate.paint = counted  # type: ignore[method-assign]
    last = feed_view.model.index(feed_view.model.rowCount() - 1, 0)
    feed_view.list.setCurrentIndex(last)
    image = feed_view.list.viewport().grab().toImage()
    rows_seen = feed_view.list.viewport().height() // feed_view.list.visualRect(last).height()
    assert rows_seen - 1 <= len(callers) <= rows_seen + 1 and set(callers) == {"paintEvent"}
    selected = feed_view.list.visualRect(last)
    question = feed_view.list.visualRect(feed_view.model.index(feed_view.model.rowCount() - 3, 0))
    assert image.pixelColor(selected.right() - 3, selected.center().y()) == feed_view.list.palette().highlight().color()
    assert image.pixelColor(question.right() - 3, question.center().y()) == QColor("#e8f1ff")  # a question's row
