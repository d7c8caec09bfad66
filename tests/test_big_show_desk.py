"""A 5,000-item live show: an edit of one item repaints its line without scanning the whole show
per painted cell (the run-sheet's live marks) or rebuilding every row (the sales table)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from app.core.runsheet import Item
from app.core.show import Segment, ShowState
from app.models.store import Store
from app.studio.studio import Studio
from app.ui.runsheet_model import COLUMNS, RunSheetModel
from tests.doubles import FakeClock, FakeSpeaker

ITEMS = 5000
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
         Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole)


@pytest.fixture
def big(qapp: object, store: Store, clock: FakeClock, speaker: FakeSpeaker) -> Iterator[Studio]:
    items = [Item(f"商品{i}", f"SKU-{i}", 19900, 9900, 100, 5, "卖点") for i in range(ITEMS)]
    studio = Studio(store, clock=clock, speaker=speaker)
    studio.open_show(store.create_show("big", "douyin", "主播", None, items))
    studio.execute("show.start")
    yield studio


class Scans:
    """Counts the scans of the whole run order for what comes next (ShowState.to_do)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.n = 0
        real = ShowState.to_do

        def counted(state: ShowState) -> Any:
            self.n += 1
            return real(state)

        monkeypatch.setattr(ShowState, "to_do", counted)


def paint(model: RunSheetModel, rows: int = 40) -> None:
    """What a view asks when it paints the rows on screen."""
    for r in range(rows):
        for c in range(len(COLUMNS)):
            index = model.index(r, c)
            model.flags(index)
            for role in ROLES:
                model.data(index, role)


def test_an_edit_on_a_big_show_scans_for_next_once_not_per_cell(
        big: Studio, monkeypatch: pytest.MonkeyPatch) -> None:
    model = RunSheetModel(big, QUndoStack())
    first = big.state.segments[0].item_id
    second = big.state.segments[1].item_id
    paint(model)
    scans = Scans(monkeypatch)
    converted = [0]
    to_item = Segment.to_item
    monkeypatch.setattr(Segment, "to_item", lambda seg: (converted.__setitem__(0, converted[0] + 1), to_item(seg))[1])
    big.execute("runsheet.update", {"item_id": second, "name": "新名字"})
    assert converted[0] <= 2  # the edited item is read again, not all 5,000
    scans.n = 0  # the command's own work is not the repaint's
    paint(model)
    paint(model)
    assert scans.n <= 1  # once per change; the old code scanned 5,000 items in every painted cell
    assert model.index(1, 0).data() == "新名字"  # the edited line shows its new name
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()  # the item on air is still marked
    big.execute("segment.goto", {"item_id": second})  # the show moves on: the marks follow
    scans.n = 0
    paint(model)
    assert scans.n <= 1
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # done: greyed
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert first != second


def test_an_edit_on_a_big_show_updates_one_sales_row_without_rebuilding(
        big: Studio, monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.studio.sales import SalesDesk
    from app.ui.sales_panel import SalesPanel

    panel = SalesPanel(big)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: not panel.desk._rebuilding)  # the stored orders are read back after the show opens
    model = panel.model
    second = big.state.segments[1].item_id
    synced = [0]
    real = SalesDesk.items

    def items(desk: SalesDesk) -> Any:
        synced[0] += 1
        return real(desk)

    monkeypatch.setattr(SalesDesk, "items", items)
    resets, repainted = [0], []
    model.modelReset.connect(lambda: resets.__setitem__(0, resets[0] + 1))
    model.dataChanged.connect(lambda a, b, *_: repainted.append((a.row(), b.row())))
    big.execute("runsheet.update", {"item_id": second, "name": "新名字"})
    assert resets[0] == 0  # the old code rebuilt all 5,000 rows, twice
    assert repainted == [(1, 1)]  # the renamed item's line, once
    assert synced[0] == 1  # the desk's own sync; the panel built the 5,000 items twice more
    assert model.index(1, 1).data() == "新名字"
    big.execute("runsheet.update", {"item_id": second, "talking_points": "不在销售表上"})
    assert resets[0] == 0 and repainted == [(1, 1)]  # nothing the sales table shows moved
    big.execute("runsheet.add", {"name": "加播", "minutes": 7})  # an item added: the rows are rebuilt
    assert resets[0] == 1 and model.rowCount() == ITEMS + 1
    assert "加播" in [model.index(r, 1).data() for r in range(model.rowCount() - 3, model.rowCount())]


def test_marks_follow_a_state_folded_in_place(big: Studio, clock: FakeClock) -> None:
    """A second desk (RemoteStudio) folds each event into the same state object and announces its
    change flags: the cached marks must follow those, not only a new state object."""
    from app.core import events as ev
    from app.core.events import Event
    from app.core.reducers import apply, changes_of

    model = RunSheetModel(big, QUndoStack())
    second = big.state.segments[1].item_id
    paint(model)
    event = Event(ev.SEGMENT_STARTED, clock.now() + 1, {"item_id": second})
    apply(big.state, event)  # as RemoteStudio._on_event does
    big.changed.emit(changes_of([event]))
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # done: greyed
