"""The desk tells the truth: link-number tags, ✓ from what was done, a feed that holds while the
场控 reads, questions by count, unknown links flagged, clipped text elided with a tooltip."""

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core import comments as cm
from app.studio.questions import Questions
from app.studio.studio import Studio
from app.ui.feed_model import FeedDelegate
from app.ui.feed_view import FeedView
from app.ui.operator_panel import OperatorPanel
from app.ui.questions_panel import QuestionsPanel
from tests.conftest import comment


def push(studio: Studio, comments: list) -> None:  # type: ignore[type-arg]
    assert studio.feed is not None
    studio.feed.pipeline.accept(comments, "test", time.time())
    studio.feed.drain()
    QApplication.processEvents()


@pytest.fixture
def feed_view(qtbot, carted: Studio) -> FeedView:  # type: ignore[no-untyped-def]
    view = FeedView(carted)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_comment_is_tagged_by_its_cart_link_not_its_run_position(feed_view: FeedView, carted: Studio) -> None:
    push(carted, [comment(1, "5号链接还有货吗"), comment(2, "9号链接多少钱")])
    five, nine = feed_view.model.rows
    delegate = feed_view.list.itemDelegate()
    assert isinstance(delegate, FeedDelegate)
    tags = [t for t, _ in delegate._tags(five)]
    assert any(t.startswith(("No.5", "5号")) and "羊毛大衣" in t for t in tags)  # link 5 is run position 1
    assert not any(t.startswith("#") for t in tags)
    # No link 9 on the cart: flagged, and never attributed to the item on air.
    assert nine.item_ref is None and nine.flags & cm.UNKNOWN_LINK
    assert any(t in ("no such link", "没有这个链接") for t, _ in delegate._tags(nine))
    desk = carted.findChild(Questions)
    assert desk is not None
    group = desk.now().find(nine.id)  # the queue as it is now (the desk's copy may be 0.25 s old)
    assert group is not None and group.item_id is None


def test_the_feed_holds_while_a_comment_is_read_at_200_a_second(feed_view: FeedView, carted: Studio,
                                                                 qtbot) -> None:  # type: ignore[no-untyped-def]
    push(carted, [comment(i, f"第{i}条") for i in range(1, 301)])
    feed_view.list.setCurrentIndex(feed_view.model.index(150, 0))  # the 场控 clicks a comment to read it
    reading = feed_view.selected()
    assert reading is not None
    for second in range(30):  # 30 s at 200 comments a second
        push(carted, [comment(10_000 + second * 200 + i) for i in range(200)])
    assert feed_view.selected() is reading and feed_view.model.rows[150] is reading  # held, not trimmed
    assert feed_view.new_button.isVisible() and "6000" in feed_view.new_button.text()
    qtbot.keyClick(feed_view.list, Qt.Key.Key_End)  # one key resumes at the newest
    assert not feed_view.new_button.isVisible() and feed_view.selected() is None
    assert feed_view.model.rows[-1].msg_id == "m15999" and feed_view.at_bottom()
    push(carted, [comment(20_000)])
    assert feed_view.model.rows[-1].msg_id == "m20000"  # following again


def test_questions_by_count_or_newest(qtbot, carted: Studio) -> None:  # type: ignore[no-untyped-def]
    panel = QuestionsPanel(carted)
    qtbot.addWidget(panel)
    push(carted, [comment(1, "有黑色吗", user="a"), comment(2, "有黑色吗", user="b"), comment(3, "有黑色吗", user="c"),
                  comment(4, "包邮吗", user="d")])
    panel.repaint_queue(force=True)  # the desk's copy may be up to QUEUE_EVERY_S old: the move follows
    qtbot.waitUntil(lambda: [g.text for g in panel.model.rows] == ["包邮吗", "有黑色吗"], timeout=2000)
    panel.order.setCurrentIndex(panel.order.findData("count"))
    assert [g.text for g in panel.model.rows] == ["有黑色吗", "包邮吗"]


def test_done_items_keep_their_tick_after_a_revisit_and_the_revisit_is_marked(qtbot, carted: Studio) -> None:  # type: ignore[no-untyped-def]
    panel = OperatorPanel(carted)
    qtbot.addWidget(panel)
    carted.execute("segment.next")
    carted.execute("segment.next")
    carted.execute("segment.goto", {"index": 0})  # 返场 of the first item
    panel.refresh()
    rows = [panel.run_order.index(i).data() for i in range(panel.run_order.rowCount())]
    assert rows[0].startswith("▶") and ("encore" in rows[0] or "返场" in rows[0])
    assert rows[1].startswith("✓") and rows[2].startswith("✓")  # not "index < current"


def test_a_long_next_item_is_elided_with_its_whole_name_as_tooltip(qtbot, carted: Studio) -> None:  # type: ignore[no-untyped-def]
    panel = OperatorPanel(carted)
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    qtbot.waitExposed(panel)
    carted.execute("runsheet.update", {"item_id": carted.state.segments[1].item_id,
                                   "name": "秋冬新款加厚加绒羊毛开衫女士宽松百搭外套" * 3})
    panel.refresh()
    qtbot.waitUntil(lambda: panel.next_label.shown_text().endswith("…"), timeout=2000)
    assert "外套" in panel.next_label.toolTip() and panel.next_label.toolTip().count("秋冬") == 3
