"""The run-sheet editor: a blank stock cell is "not known", never 0, and undo goes back to it."""

from __future__ import annotations

from typing import Any

import pytest

from app.models.store import Store
from app.studio.studio import Studio
from app.ui.main_window import MainWindow
from app.ui.runsheet_model import COLUMNS

COL = {field: i for i, (field, _h) in enumerate(COLUMNS)}


@pytest.fixture
def window(qtbot: Any, studio: Studio) -> MainWindow:
    w = MainWindow(studio, "en")
    qtbot.addWidget(w)
    w.show()
    return w


def test_typing_nothing_clears_the_stock_and_undo_brings_it_back(window: MainWindow, store: Store,
                                                                 show_id: int) -> None:
    model = window.editor.model
    cell = model.index(0, COL["stock"])
    assert model.setData(cell, "")  # the producer clears 120: the stock is not known any more
    assert store.items(show_id)[0].stock is None
    assert model.data(cell) == "" and model.data(cell, 2) == ""  # shown blank, edited blank
    assert window.studio.state.segments[0].stock is None
    window.undo.undo()
    assert store.items(show_id)[0].stock == 120
    window.undo.redo()
    assert store.items(show_id)[0].stock is None
    assert model.setData(cell, "0")  # sold out is a number, not a blank
    assert store.items(show_id)[0].stock == 0 and model.data(cell) == "0"
    window.undo.undo()  # back to not known, not to 0
    assert store.items(show_id)[0].stock is None and model.data(cell) == ""


def test_an_item_added_in_the_editor_has_no_stock_until_one_is_typed(window: MainWindow, store: Store,
                                                                     show_id: int) -> None:
    window.editor.table.selectRow(0)
    window.editor.add_item()
    assert store.items(show_id)[1].stock is None
    model = window.editor.model
    assert model.data(model.index(1, COL["stock"])) == ""
