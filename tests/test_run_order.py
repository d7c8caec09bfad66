"""The operator's run order on a 5,000-item live show (#22): an edit repaints its line instead of
rebuilding the list, a pin or a message leaves the list alone, and only added, removed or moved
items replace the rows, with the selection kept on its item."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app.core.runsheet import Item
from app.models.store import Store
from app.studio.host import HostDesk
from app.studio.studio import Studio
from app.ui.operator_panel import OperatorPanel
from tests.doubles import FakeClock

ITEMS = 5000


class ListEvents:
    """What the run order's model told its view: resets, rows inserted or removed, lines repainted."""

    def __init__(self, panel: OperatorPanel) -> None:
        self.rebuilds = self.repaints = 0
        model = panel.segments.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self._rebuilt)
        model.dataChanged.connect(self._repainted)

    def _rebuilt(self, *_args: object) -> None:
        self.rebuilds += 1

    def _repainted(self, *_args: object) -> None:
        self.repaints += 1


@pytest.fixture
def big(qapp: object, store: Store, clock: FakeClock) -> Iterator[Studio]:
    items = [Item(f"商品{i}", f"SKU-{i}", 19900, 9900, 120, 5, "卖点") for i in range(ITEMS)]
    studio = Studio(store, clock=clock)
    HostDesk(studio)
    studio.open_show(store.create_show("大促", "douyin", "主播", None, items))
    studio.execute("show.start")
    yield studio


@pytest.fixture
def panel(qtbot, big: Studio) -> OperatorPanel:  # type: ignore[no-untyped-def]
    p = OperatorPanel(big)
    qtbot.addWidget(p)
    p.show()
    qtbot.waitExposed(p)
    return p


def line(panel: OperatorPanel, row: int) -> str:
    return str(panel.segments.model().index(row, 0).data())


def test_an_edit_on_a_5000_item_show_repaints_its_line_not_the_list(panel: OperatorPanel, big: Studio) -> None:
    seg = big.state.segments[2500]
    panel.segments.setCurrentIndex(panel.segments.model().index(40, 0))  # the producer looks at another item
    seen = ListEvents(panel)
    big.execute("runsheet.update", {"item_id": seg.item_id, "name": "羊绒大衣 新款", "minutes": 3})
    assert (seen.rebuilds, seen.repaints) == (0, 1)
    assert line(panel, 2500) == "   2501. 羊绒大衣 新款  (3 min)"
    assert panel.segments.model().rowCount() == ITEMS
    assert panel.segments.currentIndex().row() == 40
    big.execute("runsheet.update", {"item_id": seg.item_id, "live_price": 88})  # not on the line
    assert (seen.rebuilds, seen.repaints) == (0, 1)


def test_a_pin_or_a_message_leaves_the_run_order_alone(panel: OperatorPanel, big: Studio) -> None:
    seen = ListEvents(panel)
    big.execute("comment.pin", {"comment": {"user_name": "小明", "text": "有黑色吗"}})
    assert panel.unpin_button.isEnabled()  # the panel did follow the pin
    big.execute("host.message", {"text": "拉时长", "flash": False})
    assert "拉时长" in panel.host_status.text()
    big.execute("host.clear")
    assert not panel.unpin_button.isEnabled() and not panel.host_status.text()
    assert (seen.rebuilds, seen.repaints) == (0, 0)


def test_moving_on_repaints_the_two_marks_and_keeps_the_item_on_air_in_view(
        panel: OperatorPanel, big: Studio) -> None:
    seen = ListEvents(panel)
    big.execute("segment.goto", {"index": 3000})
    assert seen.rebuilds == 0 and seen.repaints == 2  # the ✓ of the first item, the ▶ of the new one
    assert line(panel, 0).startswith("✓ 1.") and line(panel, 3000).startswith("▶ 3001.")
    view = panel.segments
    index = view.model().index(3000, 0)
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    assert view.viewport().rect().contains(view.visualRect(index))


def test_a_move_replaces_the_rows_and_the_selection_stays_on_its_item(panel: OperatorPanel, big: Studio) -> None:
    chosen = big.state.segments[10]
    panel.segments.setCurrentIndex(panel.segments.model().index(10, 0))
    seen = ListEvents(panel)
    big.execute("runsheet.move", {"item_id": big.state.segments[2].item_id, "to_index": 4000})
    assert seen.rebuilds == 1
    current = panel.segments.currentIndex()
    assert current.row() == 9 and current.data(Qt.ItemDataRole.UserRole) == chosen.item_id
    assert line(panel, 9).endswith(f"10. {chosen.name}  (5 min)")
