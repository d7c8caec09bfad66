"""The product library: every product of every show with its history, merges, ranks and the CLI."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest

from app.core import product_library as pl
from app.models.product_library import library
from app.models.store import Store
from app.studio.studio import Studio
from tests.conftest import PYTHON, ROOT
from tests.review_show import T0, build_show

SHEETS = ROOT / "tests" / "fixtures" / "sheets"
RUNSHEET = SHEETS / "douyin_runsheet.xlsx"  # a Douyin 排品表 with a 返场 row and one rounded ID
CONSOLE = SHEETS / "console_export.csv"  # the 罗盘 per-product export of that show


def test_keys_prefer_product_id_then_sku_then_the_title() -> None:
    assert pl.product_key("3716257478505031659", "ZCF-01", "精华") == "pid:3716257478505031659"
    assert pl.product_key("12", "zcf-01 ", "精华") == "sku:ZCF-01"  # a row number is not an ID
    assert pl.product_key("", "", "【福袋同款】植萃坊 氨基酸洗面奶！") == pl.product_key("", "", "植萃坊氨基酸洗面奶")


def two_shows(store: Store) -> None:
    build_show(store, title="周一专场")
    build_show(store, title="周三专场", start=T0 + 2 * 86400)


def test_history_per_product_across_shows(store: Store) -> None:
    two_shows(store)
    coat = next(p for p in library(store) if p.sku == "CT-1")
    row = coat.row()
    # Each show: on air 0:00-10:00 and again 18:00-20:00 (返场); orders 1 + 2 coats for ¥499 each.
    assert (row["shows"], row["minutes"], row["revisits"]) == (2, 24.0, 2)
    assert (row["orders"], row["units"], row["gmv"]) == (4, 6, 2994.0)
    assert row["gmv_per_min"] == pytest.approx(2994 / 24, abs=0.01)
    assert (row["last_price"], row["last_show"], row["learned_min"]) == (499.0, "周三专场", 12.0)
    assert [r["show"] for r in pl.compare(coat)] == ["周一专场", "周三专场"]
    sweater = next(p for p in library(store) if p.sku == "SW-2")
    assert sweater.row()["sellout_s"] == 60  # the flash sale went live at +640 s and sold out at +700 s


def test_rank_states_its_rule_and_orders_by_it(store: Store) -> None:
    two_shows(store)
    ranked = pl.rank(library(store), "gmv_per_min")
    assert [p.sku for p, _s in ranked] == ["CT-1", "SW-2", "SC-3"]
    assert "GMV per minute" in pl.RULES["gmv_per_min"]
    assert all(score == pytest.approx(1.0) for _p, score in pl.rank(library(store), "trend")
               if score is not None)  # the same show twice: steady
    with pytest.raises(ValueError, match="unknown rank rule"):
        pl.rank([], "vibes")


def test_merge_is_a_command_and_undoes(studio: Studio, store: Store) -> None:
    from app.studio.products import ProductDesk

    two_shows(store)
    desk = ProductDesk(studio)
    desk.products = library(store)
    n = len(desk.products)
    reply = studio.execute("products.merge", {"key": "sku:SW-2", "into": "sku:CT-1"})
    merged = library(store)
    assert len(merged) == n - 1
    coat = next(p for p in merged if p.key == "sku:CT-1")
    assert coat.merged == ["sku:SW-2"] and coat.name == "羊毛大衣" and coat.row()["orders"] == 6
    assert coat.shows == 3  # the two shows and the studio's own draft, which has both products
    cmd, args = reply["undo"]
    studio.execute(cmd, args)
    assert len(library(store)) == n
    from app.studio.studio import CommandError

    with pytest.raises(CommandError):
        studio.execute("products.merge", {"key": "sku:CT-1", "into": "sku:CT-1"})


def test_plan_puts_products_into_a_new_show_with_what_was_learned(studio: Studio, store: Store) -> None:
    from app.studio.products import ProductDesk

    two_shows(store)
    new_show = studio.execute("show.create", {"title": "下周专场"})["show_id"]
    studio.execute("show.open", {"show_id": new_show})
    desk = ProductDesk(studio)
    desk.products = library(store)
    studio.execute("products.plan", {"keys": ["sku:CT-1", "sku:SW-2"]})
    items = store.items(new_show)
    assert [(i.name, i.sku, i.live_price, i.planned_min) for i in items] == [
        ("羊毛大衣", "CT-1", 49900, 12.0), ("摇粒绒卫衣", "SW-2", 9900, 8.0)]


def test_console_export_gives_conversion(studio: Studio, store: Store) -> None:
    """A 排品表 on air, then the 罗盘 per-product export joined by 商品ID."""
    from app.studio.files import import_sheet
    from app.studio.sales import read_console_export, sales_desk

    items = import_sheet(RUNSHEET).items
    show_id = store.create_show("家纺专场", items=items)
    studio.open_show(show_id)
    sales_desk(studio)
    studio.execute("show.start")
    records, _warnings = read_console_export(CONSOLE)
    studio.execute("sales.console", {"rows": records, "file": CONSOLE.name})
    studio.execute("show.end")
    found = [p for p in library(store) if p.product_id == "3729621234567890123"]
    assert len(found) == 1  # the 返场 row under link 12 is the same product, its figures counted once
    sheets = found[0]
    assert sheets.key == "pid:3729621234567890123" and len(sheets.history) == 2
    assert sheets.row()["click_rate"] == pytest.approx(6204 / 52310, abs=1e-4)
    assert sheets.row()["conversion"] == pytest.approx(812 / 6204, abs=1e-4)
    mask = next(p for p in library(store) if p.name == "真丝眼罩礼盒")
    assert mask.key == "name:真丝眼罩礼盒"  # the ID a spreadsheet rounded is no key


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PYTHON, "-m", "app", "products", *args, "--data-dir", str(data_dir)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_cli_prints_the_library_as_table_csv_and_json(data_dir: Path, store: Store) -> None:
    two_shows(store)
    table = run(data_dir)
    assert table.returncode == 0, table.stderr
    assert "羊毛大衣" in table.stdout and "GMV/min" in table.stdout
    rows = list(csv.DictReader(io.StringIO(run(data_dir, "--format", "csv").stdout)))
    assert {r["product"] for r in rows} == {"羊毛大衣", "摇粒绒卫衣", "'=HYPERLINK(\"x\")"}  # no live formula
    data = json.loads(run(data_dir, "--format", "json", "--rank", "gmv_per_min").stdout)
    assert data[0]["sku"] == "CT-1" and len(data[0]["history"]) == 2


def test_products_tab_lists_filters_ranks_and_picks(qtbot, monkeypatch, studio: Studio, store: Store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QInputDialog

    from app.ui.products_tab import ProductsTab

    two_shows(store)
    undo = QUndoStack()
    tab = ProductsTab(studio, undo)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 4, timeout=10_000)  # with the draft's 保温杯
    first = tab.proxy.index(0, 0).data()
    assert first == "羊毛大衣" and "GMV per minute" in tab.rule_text.text()  # ranked, with its rule shown
    tab.filter.setText("卫衣")
    assert tab.proxy.rowCount() == 1
    tab.filter.setText("")
    tab.table.selectRow(0)
    shows = [tab.compare.item(r, 0).text() for r in range(tab.compare.rowCount())]
    assert shows == ["周一专场", "周三专场", "测试专场"]
    before = len(store.items(studio.need_show()))
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    items = store.items(studio.need_show())
    assert len(items) == before + 1 and (items[-1].name, items[-1].planned_min) == ("羊毛大衣", 12.0)

    sweater = next(r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, 0).data() == "摇粒绒卫衣")
    tab.table.clearSelection()
    tab.table.selectRow(sweater)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))  # the first other product
    tab.merge_selected()
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 3, timeout=10_000)
    undo.undo()
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 4, timeout=10_000)


def test_dragging_products_onto_the_run_sheet_plans_them(qtbot, studio: Studio, store: Store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoStack
    from PySide6.QtWidgets import QApplication

    from app.ui.products_tab import ProductsTab
    from app.ui.runsheet_editor import RunSheetEditor

    two_shows(store)
    undo = QUndoStack()
    tab, editor = ProductsTab(studio, undo), RunSheetEditor(studio, undo)
    qtbot.addWidget(tab)
    qtbot.addWidget(editor)
    tab.desk.refresh()
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 4, timeout=10_000)
    sweater = next(r for r in range(4) if tab.proxy.index(r, 0).data() == "摇粒绒卫衣")
    data = tab.proxy.mimeData([tab.proxy.index(sweater, 0), tab.proxy.index(sweater, 3)])
    target = editor.table.viewport()
    before = len(store.items(studio.need_show()))
    enter = QDragEnterEvent(target.rect().center(), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(target.rect().center()), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    items = store.items(studio.need_show())
    assert len(items) == before + 1 and (items[-1].name, items[-1].live_price) == ("摇粒绒卫衣", 9900)
    assert [i.name for i in editor.model.items][-1] == "摇粒绒卫衣"
