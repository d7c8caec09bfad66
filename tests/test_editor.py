"""The producer's run-sheet editor, driven as a producer would (offscreen)."""

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.models.store import Store
from app.studio.studio import Studio
from app.ui.main_window import MainWindow
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


def test_after_coupon_column_edits_clears_and_refuses_through_runsheet_update(window: MainWindow, store: Store,
                                                                              show_id: int) -> None:
    model = window.editor.model
    messages: list[str] = []
    model.edit_refused.connect(messages.append)
    assert model.headerData(COL["coupon_price"], Qt.Orientation.Horizontal) == "After coupon"
    assert COL["coupon_price"] == COL["live_price"] + 1 and model.data(model.index(0, COL["coupon_price"])) == ""
    assert model.setData(model.index(0, COL["coupon_price"]), "¥419")
    assert store.items(show_id)[0].coupon_price == 41900 and store.items(show_id)[0].live_price == 49900
    assert model.data(model.index(0, COL["coupon_price"])) == "¥419"
    assert not model.setData(model.index(0, COL["coupon_price"]), "四百")
    assert "A price is" in messages[-1] and store.items(show_id)[0].coupon_price == 41900
    assert model.setData(model.index(0, COL["coupon_price"]), "")  # cleared: no coupon
    assert store.items(show_id)[0].coupon_price == 0
    window.undo.undo()
    assert store.items(show_id)[0].coupon_price == 41900


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


def test_bad_import_asks_about_every_bad_row_and_cancel_writes_nothing(
        window: MainWindow, store: Store, show_id: int, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "products.csv"
    bad.write_text("name,price\nok,1\nbad,abc\n,5\n", encoding="utf-8")
    window.import_products(str(bad))
    qtbot.waitUntil(lambda: window.sheet_import.problems is not None, timeout=5000)
    dialog = window.sheet_import.problems
    assert dialog is not None
    lines = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert lines == ["3"]  # line 4 has no title: skipped, not a problem
    dialog.reject()
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


def test_typing_a_row_with_tab_stores_every_field(window: MainWindow, store: Store, show_id: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A producer types a new row like a spreadsheet: text, Tab, text, Tab …; nothing overwrites a cell."""
    editor = window.editor
    window.tabs.setCurrentWidget(editor)
    editor.add_item()  # opens the name cell of the new row
    row = len(editor.model.items) - 1
    values = {"name": "加绒打底裤", "cart_no": "8/9", "sku": "LG-9", "product_id": "3729620000000000123",
              "list_price": "129", "live_price": "59.9", "coupon_price": "49.9", "stock": "300",
              "planned_min": "4", "talking_points": "三层加绒", "notes": "福利款", "cues": "1:00 报库存"}
    for field, _header in COLUMNS:
        box = QApplication.focusWidget()
        assert editor.table.currentIndex().column() == COL[field], field
        assert box is not editor.table, field
        box.selectAll()  # type: ignore[union-attr]
        if isinstance(box, QLineEdit):
            box.insert(values[field])  # what an input method commits; key events carry no Chinese
        else:
            box.insertPlainText(values[field])  # type: ignore[union-attr]
        qtbot.keyClick(box, Qt.Key.Key_Tab)
    item = store.items(show_id)[row]
    assert (item.name, item.sku, item.list_price, item.live_price, item.stock, item.planned_min) == \
        ("加绒打底裤", "LG-9", 12900, 5990, 300, 4.0)
    assert item.coupon_price == 4990  # 券后价, typed in its own column next to the live price
    assert item.talking_points == "三层加绒" and item.notes == "福利款" and item.cues[0].text == "报库存"
    assert (item.cart_no, item.product_id) == ("8/9", "3729620000000000123")  # text, never a rounded number
    assert editor.table.selectionModel().hasSelection()  # editing kept the selection


def test_enter_moves_down_and_shift_enter_starts_a_new_line(window: MainWindow, store: Store, show_id: int,
                                                           qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = window.editor
    index = editor.model.index(0, COL["talking_points"])
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    box = QApplication.focusWidget()
    box.selectAll()  # type: ignore[union-attr]
    box.insertPlainText("第一行")  # type: ignore[union-attr]
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    box.insertPlainText("第二行")  # type: ignore[union-attr]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert store.items(show_id)[0].talking_points == "第一行\n第二行"
    assert editor.table.currentIndex().row() == 1  # Enter went to the row below


def test_absurd_numbers_get_a_message_not_a_traceback(window: MainWindow, store: Store, show_id: int) -> None:
    model = window.editor.model
    messages: list[str] = []
    model.edit_refused.connect(messages.append)
    assert not model.setData(model.index(0, COL["stock"]), "99999999999999999999")
    assert not model.setData(model.index(0, COL["live_price"]), "1e999999")
    assert len(messages) == 2 and store.items(show_id)[0].stock == 120
    assert model.setData(model.index(0, COL["live_price"]), "999")  # not below the list price: a warning only
    assert "not below" in messages[-1] and store.items(show_id)[0].live_price == 99900


def test_the_show_list_counts_items_as_they_change(window: MainWindow) -> None:
    def count_line() -> str:
        return window.show_list.currentItem().text()

    before = count_line()
    window.editor.add_item()
    after = count_line()
    assert before != after and "5" in after
