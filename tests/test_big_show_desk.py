"""A 5,000-item live show: an edit of one item repaints its line without scanning the whole show
per painted cell (the run-sheet's live marks) or rebuilding every row (the sales table)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from app.core.runsheet import Item
from app.core.show import ShowState
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
    big.execute("runsheet.update", {"item_id": second, "name": "新名字"})
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
