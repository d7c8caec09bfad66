"""A 5,000-item live show with orders coming in (#22): an edit of one item repaints the commerce
panel's line for it instead of refilling its item chooser, and re-matches only the orders the edit may
concern instead of every order. The orders come through the real ingest path, as oba-live-tool sends them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex

from app.core import sales as sx
from app.core.runsheet import Item
from app.live.server import IngestContext
from app.models.store import Store
from app.studio.commerce import Commerce
from app.studio.sales import SalesDesk, sales_desk
from app.studio.studio import Studio
from app.ui.commerce_panel import CommercePanel
from tests.doubles import FakeClock, FakeSpeaker

ITEMS = 5000
ORDERS = 300


def _order(n: int, product: int, status: str = "已付款") -> str:
    return json.dumps({"msg_type": "live_order", "msg_id": f"9{n:05d}#1", "nick_name": f"买家{n}",
                       "order_status": status, "order_ts": 1764072000 + n, "product_id": f"37296200{product:011d}",
                       "product_title": f"商品{product}"}, ensure_ascii=False)


@pytest.fixture
def big(qtbot: Any, data_dir: Path, store: Store, clock: FakeClock, speaker: FakeSpeaker) -> Iterator[Studio]:
    from app.live.ingest import IngestPipeline
    from app.models.writer import CommentWriter, next_comment_id
    from app.studio.feed import CommentFeed

    items = [Item(f"商品{i}", f"SKU-{i}", 19900, 9900, 100, 5, "卖点", product_id=f"37296200{i:011d}",
                  cart_no=str(i + 1)) for i in range(ITEMS)]
    writer = CommentWriter(store.engine)
    feed = CommentFeed(IngestPipeline(writer, next_comment_id(store.engine)), data_dir)
    studio = Studio(store, clock=clock, speaker=speaker, feed=feed)
    Commerce(studio)
    studio.open_show(store.create_show("大促", "douyin", "主播", None, items))
    desk = SalesDesk(studio)
    studio.execute("show.start")
    qtbot.waitUntil(lambda: not desk._rebuilding)  # orders sent before its read-back ends wait for it
    ctx = IngestContext(peer="127.0.0.1", source="oba")
    for n in range(ORDERS):
        feed.pipeline.on_frame(_order(n, n % 50), ctx)  # 50 products sell, six orders each
    feed.drain()
    yield studio
    feed.stop()
    writer.close()


class ListEvents:
    """What the chooser's model told the combo box: rows replaced, inserted or removed; lines repainted."""

    def __init__(self, panel: Any) -> None:
        self.rebuilds, self.repainted = 0, []
        model = (panel.sale_item if isinstance(panel, CommercePanel) else panel).model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self._rebuilt)
        model.dataChanged.connect(lambda a, b, *_: self.repainted.append((a.row(), b.row())))

    def _rebuilt(self, *_args: object) -> None:
        self.rebuilds += 1


class Matches:
    """Counts the orders matched to an item."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.n = 0
        real = sx.Sales.match

        def counted(sales: sx.Sales, o: sx.Order) -> Any:
            self.n += 1
            return real(sales, o)

        monkeypatch.setattr(sx.Sales, "match", counted)


@pytest.fixture
def panel(qtbot, big: Studio) -> CommercePanel:  # type: ignore[no-untyped-def]
    p = CommercePanel(big)
    qtbot.addWidget(p)
    p.show()
    qtbot.waitExposed(p)
    qtbot.waitUntil(lambda: not sales_desk(big)._rebuilding)
    return p


def line(panel: CommercePanel, row: int) -> str:
    return str(panel.sale_item.model().index(row, 0, QModelIndex()).data())


def test_an_edit_repaints_one_chooser_line_and_rematches_no_order(
        panel: CommercePanel, big: Studio, monkeypatch: pytest.MonkeyPatch) -> None:
    desk = sales_desk(big)
    assert desk.view()["totals"]["orders"] == ORDERS
    panel.sale_item.setCurrentIndex(40)  # the assistant prepares a sale for link 41
    seen, matches = ListEvents(panel), Matches(monkeypatch)
    seg = big.state.segments[7]
    big.execute("runsheet.update", {"item_id": seg.item_id, "name": "羊绒大衣 新款", "stock": 60})
    # one line (for its stock left and for its segment), where the old code refilled all 5,000
    assert seen.rebuilds == 0 and set(seen.repainted) == {(7, 7)}
    assert matches.n == 0  # its product ID did not change: the old code matched all 300 orders again
    assert line(panel, 7) == "No.8 · 羊绒大衣 新款 · ¥99 · stock 54"  # 60 planned, 6 ordered: what is left
    assert panel.sale_item.currentIndex() == 40 and panel.sale_item.count() == ITEMS
    row = desk.view()["items"][7]
    assert (row["name"], row["orders"], row["stock_left"]) == ("羊绒大衣 新款", 6, 54)
    painted = len(seen.repainted)
    big.execute("runsheet.update", {"item_id": seg.item_id, "talking_points": "不在选择框上"})
    assert seen.rebuilds == 0 and len(seen.repainted) == painted


def test_a_product_id_edit_rematches_only_that_products_orders(
        panel: CommercePanel, big: Studio, monkeypatch: pytest.MonkeyPatch) -> None:
    matches = Matches(monkeypatch)
    seg = big.state.segments[3]
    big.execute("runsheet.update", {"item_id": seg.item_id, "product_id": "3729629999999999999"})
    assert matches.n == 6  # product 3's six orders, now matched by title
    view = sales_desk(big).view()
    assert view["items"][3]["orders"] == 6 and view["totals"]["unmatched"] == 0


def test_a_move_replaces_the_chooser_rows_and_keeps_the_choice(panel: CommercePanel, big: Studio) -> None:
    chosen = big.state.segments[40].item_id
    panel.sale_item.setCurrentIndex(40)
    seen = ListEvents(panel)
    big.execute("runsheet.move", {"item_id": big.state.segments[2].item_id, "to_index": 4000})
    assert seen.rebuilds == 1
    assert panel.sale_item.currentData() == chosen and panel.sale_item.currentIndex() == 39
    big.execute("segment.goto", {"index": 100})  # a new item on air: the sale form follows it
    assert panel.sale_item.currentData() == big.state.segments[100].item_id


def test_an_item_filter_with_an_any_line_keeps_it_first(big: Studio, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The chooser as an item filter ("Any product" first, no item): the rows after it follow the run-sheet."""
    from PySide6.QtWidgets import QComboBox

    from app.ui.item_choice import ItemChoiceModel

    model = ItemChoiceModel(lambda seg: seg.name, first="任意商品")
    box = QComboBox()
    qtbot.addWidget(box)
    box.setModel(model)
    model.sync(big.state.segments)
    assert box.count() == ITEMS + 1 and box.itemText(0) == "任意商品" and box.itemData(0) is None
    seg = big.state.segments[9]
    assert model.row_of(None) == 0 and model.row_of(seg.item_id) == 10 and box.itemData(10) == seg.item_id
    repainted: list[int] = []
    model.dataChanged.connect(lambda a, *_: repainted.append(a.row()))
    big.execute("runsheet.update", {"item_id": seg.item_id, "name": "新名字"})
    assert not model.sync(big.state.segments) and repainted == [10] and box.itemText(10) == "新名字"


def test_the_feeds_product_filter_repaints_one_line_on_an_edit(big: Studio, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The feed's "Any product" filter refilled its 5,000 entries on every run-sheet change (#22)."""
    from app.ui.feed_view import FeedView

    view = FeedView(big)
    qtbot.addWidget(view)
    box = view.product
    assert box.count() == ITEMS + 1 and box.itemData(0) is None
    box.setCurrentIndex(41)  # the assistant filters the feed to link 41's comments
    chosen, seen = box.currentData(), ListEvents(box)
    seg = big.state.segments[7]
    big.execute("runsheet.update", {"item_id": seg.item_id, "name": "羊绒大衣 新款"})
    assert seen.rebuilds == 0 and seen.repainted == [(8, 8)]  # the old code refilled all 5,001 lines
    assert "羊绒大衣 新款" in box.itemText(8) and box.currentData() == chosen
    big.execute("runsheet.remove", {"item_id": chosen})  # the filtered item is pulled: back to any product
    assert seen.rebuilds == 1 and box.currentIndex() == 0 and box.count() == ITEMS


def test_the_sales_table_fits_a_1366_desk_with_the_product_name_readable(
        big: Studio, qtbot) -> None:  # type: ignore[no-untyped-def]
    """On a 1366x768 desk the Sales tab is ~570 px wide: the figures take what they need (a big GMV too)
    and the product name the rest; at 100 px a figure the name was squeezed to a "…"."""
    from app.ui.sales_panel import SalesModel, SalesPanel

    panel = SalesPanel(big)
    qtbot.addWidget(panel)
    panel.resize(570, 500)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: not panel.desk._rebuilding and panel.model.rowCount() == ITEMS)
    table = panel.table
    gmv = SalesModel.COLUMNS.index("gmv")
    assert table.columnWidth(gmv) >= table.fontMetrics().horizontalAdvance("≈¥888,888.88")
    name = table.fontMetrics().horizontalAdvance("商品4999 羊毛大衣")
    assert table.columnWidth(1) >= name, (table.columnWidth(1), name)
    assert table.horizontalScrollBar().maximum() == 0  # nothing hidden to the right
