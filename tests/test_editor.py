"""The producer's run-sheet editor, driven as a producer would (offscreen)."""

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from app.models.store import Store
from app.studio.studio import Studio
from app.ui.main_window import ImportErrorsDialog, MainWindow
from app.ui.runsheet_model import COLUMNS

COL = {field: i for i, (field, _h) in enumerate(COLUMNS)}


@pytest.fixture
def window(qtbot, studio: Studio) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(studio, "en")
    qtbot.addWidget(w)
    w.show()
    return w


def names(store: Store, show_id: int) -> list[str]:
    return [i.name for i in store.items(show_id)]


def drag(model, src: int, dst: int) -> None:  # type: ignore[no-untyped-def]
    data = model.mimeData([model.index(src, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, dst, 0, QModelIndex())


def test_drag_reorder_persists_and_undo_restores(window: MainWindow, store: Store, show_id: int) -> None:
    model = window.editor.model
    before = names(store, show_id)
    drag(model, 0, 3)  # drop the first row above the fourth
    assert names(store, show_id) == [before[1], before[2], before[0], before[3]]
    assert [i.name for i in model.items] == names(store, show_id)
    window.undo.undo()
    assert names(store, show_id) == before
    window.undo.redo()
    assert names(store, show_id)[2] == before[0]


def test_inline_edit_saves_at_once_and_undoes(window: MainWindow, store: Store, show_id: int) -> None:
    model = window.editor.model
    assert model.setData(model.index(0, COL["live_price"]), "459.5")
    assert store.items(show_id)[0].live_price == 45950
    assert model.data(model.index(0, COL["live_price"])) == "¥459.50"
    assert model.setData(model.index(1, COL["cues"]), "2:00 抽奖; 1:00 口播")
    assert [c.offset_s for c in store.items(show_id)[1].cues] == [60, 120]
    window.undo.undo()
    window.undo.undo()
    assert store.items(show_id)[0].live_price == 49900
    assert store.items(show_id)[1].cues == []


def test_bad_cell_is_refused_with_a_reason(window: MainWindow, store: Store, show_id: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    model = window.editor.model
    with qtbot.waitSignal(model.edit_refused) as refused:
        assert not model.setData(model.index(0, COL["stock"]), "lots")
    assert "whole number" in refused.args[0]
    assert store.items(show_id)[0].stock == 120
    assert window.undo.count() == 0


def test_keyboard_moves_selected_row(window: MainWindow, store: Store, show_id: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = names(store, show_id)
    table = window.editor.table
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert names(store, show_id) == [before[0], before[2], before[1], before[3]]
    assert window.editor.selected_row() == 2


def test_add_and_remove_with_undo(window: MainWindow, store: Store, show_id: int) -> None:
    editor = window.editor
    editor.table.selectRow(0)
    editor.add_item()
    QApplication.processEvents()
    assert len(store.items(show_id)) == 5 and store.items(show_id)[1].name == "New product"
    editor.table.selectRow(1)
    editor.remove_selected()
    assert len(store.items(show_id)) == 4
    window.undo.undo()
    assert store.items(show_id)[1].name == "New product"


def test_totals_and_planned_end_follow_edits(window: MainWindow) -> None:
    model = window.editor.model
    assert "4 items · 29 min" in window.editor.totals.text()
    model.setData(model.index(0, COL["planned_min"]), "20")
    assert "39 min" in window.editor.totals.text()


def test_bad_import_shows_every_row_and_writes_nothing(window: MainWindow, store: Store, show_id: int,
                                                       tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "products.csv"
    bad.write_text("name,price\nok,1\nbad,abc\n,5\n", encoding="utf-8")
    window.import_products(str(bad))
    qtbot.waitUntil(lambda: isinstance(window.last_dialog, ImportErrorsDialog), timeout=5000)
    dialog = window.last_dialog
    assert isinstance(dialog, ImportErrorsDialog)
    assert any('products.csv:3: price "abc"' in e for e in dialog.errors)
    assert any(e.startswith("products.csv:4:") for e in dialog.errors)
    dialog.close()
    assert len(store.items(show_id)) == 4


def test_good_import_is_one_undo_step(window: MainWindow, store: Store, show_id: int, tmp_path: Path,
                                      qtbot) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "more.csv"
    good.write_text("商品名称,直播价\n面霜,159\n洁面乳,59\n", encoding="utf-8")
    window.import_products(str(good))
    qtbot.waitUntil(lambda: len(store.items(show_id)) == 6, timeout=5000)
    window.undo.undo()
    assert len(store.items(show_id)) == 4


def test_live_show_refuses_moving_what_is_on_air(window: MainWindow, studio: Studio, store: Store,
                                                 show_id: int) -> None:
    studio.execute("show.start")
    studio.execute("segment.next")  # item 2 is on air
    model = window.editor.model
    before = names(store, show_id)
    drag(model, 0, 3)
    assert names(store, show_id) == before
    assert not model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    drag(model, 3, 2)  # still to come: fine, and recorded as an event
    assert names(store, show_id) == [before[0], before[1], before[3], before[2]]
    assert store.events(show_id)[-1].type == "item_moved"
    window.undo.undo()
    assert names(store, show_id) == before


def test_duplicate_and_delete_show(window: MainWindow, store: Store, show_id: int, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    window.duplicate_show()
    shows = store.list_shows()
    assert len(shows) == 2 and shows[1].title.endswith("(copy)") and shows[1].items == 4
    assert window.studio.show_id == shows[1].id
    window.show_list.setCurrentRow(1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.delete_show()
    assert len(store.list_shows()) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_show()
    assert [s.id for s in store.list_shows()] == [show_id]


def test_show_details_save_at_once_and_undo(window: MainWindow, store: Store, show_id: int) -> None:
    editor = window.editor
    editor.title.setText("周五专场")
    editor.title.editingFinished.emit()
    editor.host.setText("主播小B")
    editor.host.editingFinished.emit()
    assert (store.get_show(show_id).title, store.get_show(show_id).host) == ("周五专场", "主播小B")
    assert window.studio.title == "周五专场" and "周五专场" in window.show_list.item(0).text()
    window.undo.undo()
    window.undo.undo()
    assert (store.get_show(show_id).title, store.get_show(show_id).host) == ("测试专场", "主播小A")
    assert editor.title.text() == "测试专场"
