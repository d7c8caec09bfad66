"""The Review tab shows what the reports say, lets the team tick follow-ups, and clicks through bands."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCharts import QAreaSeries
from PySide6.QtCore import QPointF, Qt

from app.core import review as rv
from app.models.store import Store
from app.studio import review as sr
from app.studio.studio import Studio
from app.ui.review_tab import ReviewTab
from tests.review_show import T0, build_show


@pytest.fixture
def tab(qtbot, studio: Studio, store: Store, clock) -> ReviewTab:  # type: ignore[no-untyped-def]
    clock.t = T0 + 5000
    w = ReviewTab(studio)
    qtbot.addWidget(w)
    return w


def load(qtbot, tab: ReviewTab, show_id: int) -> rv.Review:  # type: ignore[no-untyped-def]
    tab.reload_shows()
    tab.show_box.setCurrentIndex(tab.show_box.findData(show_id))
    with qtbot.waitSignal(tab.review_ready, timeout=10_000) as blocker:
        tab.refresh()
    review: rv.Review = blocker.args[0]
    return review


def summary_texts(tab: ReviewTab) -> dict[str, str]:
    return {tab.summary.item(r, 0).text(): tab.summary.item(r, 1).text() for r in range(tab.summary.rowCount())}


def test_tab_shows_the_figures_of_the_json_report(qtbot, tab: ReviewTab, store: Store,  # type: ignore[no-untyped-def]
                                                  tmp_path: Path) -> None:
    show_id, _ = build_show(store)
    review = load(qtbot, tab, show_id)
    assert tab.progress.value() == 100
    shown = summary_texts(tab)
    out = tmp_path / "r.json"
    sr.write_json(review, out)
    for f in json.loads(out.read_text(encoding="utf-8"))["summary"]:
        if f["key"] == "gift_value":
            continue  # JSON only, kept for scripts: the tab shows the value per unit
        want = sr.format_value(f["value"], f["unit"], f["na"] or "")
        assert shown[f["label"]] == want, f["key"]
    assert shown["GMV"] == "¥1,596.00" and shown["Late start"] == "+5:00" and shown["Peak online"] == "150"
    assert shown["Product click rate"] == "n/a — the relay sends no product clicks or exposures"
    row = next(r for r in range(tab.summary.rowCount()) if tab.summary.item(r, 0).text() == "Engagement rate")
    assert tab.summary.item(row, 1).toolTip() == "互动率 = commenters ÷ UV."
    cells = [[tab.items.item(r, c).text() for c in range(tab.items.columnCount())] for r in range(3)]
    assert cells[0][:9] == ["1", "羊毛大衣", "CT-1", "10:00", "12:00", "+2:00", "0:00", "2", "6"]  # 0:00 paused
    assert cells[1][20:22] == ["10/10", "1:00"]  # the flash sale sold out a minute after it went live
    assert cells[0][16] == "¥1,497.00" and cells[0][17:20] == ["2", "0", "0"] and cells[0][22] == "35/100"
    assert tab.lotteries.item(0, 1).text() == "2" and tab.lotteries.item(0, 4).text() == "passed"
    assert tab.questions.item(0, 0).text() == "多少钱?" and tab.questions.item(0, 1).text() == "2"


def test_na_on_the_tab_for_a_relay_without_viewer_counts(qtbot, tab: ReviewTab,  # type: ignore[no-untyped-def]
                                                         store: Store) -> None:
    show_id, _ = build_show(store, viewers=False, orders=False)
    load(qtbot, tab, show_id)
    shown = summary_texts(tab)
    assert shown["Peak online"] == "n/a — the relay sends no viewer counts"
    assert shown["GMV"] == "n/a — the relay sends no orders"
    assert tab.items.item(0, 15).text() == "n/a — the relay sends no orders"
    online_chart = tab.chart_views[1].chart()
    assert "n/a — the relay sends no viewer counts" in online_chart.title()


def test_ticking_a_follow_up_goes_through_the_studio(qtbot, tab: ReviewTab, store: Store,  # type: ignore[no-untyped-def]
                                                     studio: Studio) -> None:
    show_id, _ = build_show(store)
    load(qtbot, tab, show_id)
    assert tab.followups.rowCount() == 3
    box = tab.followups.item(2, 0)
    box.setCheckState(Qt.CheckState.Checked)
    again = load(qtbot, tab, show_id)
    assert [r["done"] for r in again.extras["followups"]] == [False, False, True]
    assert tab.followups.item(2, 0).checkState() == Qt.CheckState.Checked
    assert studio.findChild(sr.ReviewDesk) is not None


def test_clicking_a_band_selects_its_item(qtbot, tab: ReviewTab, store: Store) -> None:  # type: ignore[no-untyped-def]
    show_id, ids = build_show(store)
    load(qtbot, tab, show_id)
    bands = [s for s in tab.chart_views[0].chart().series() if isinstance(s, QAreaSeries)]
    assert len(bands) == 4  # CT-1, SW-2, CT-1 again (返场), SC-3
    with qtbot.waitSignal(tab.item_selected) as blocker:
        bands[1].clicked.emit(QPointF(12, 1))
    assert blocker.args == [ids["SW-2"]]
    assert tab.items.selectionModel().selectedRows()[0].row() == 1


def test_hovering_a_line_shows_the_minute_and_value(qtbot, tab: ReviewTab,  # type: ignore[no-untyped-def]
                                                     store: Store) -> None:
    from PySide6.QtCharts import QLineSeries

    show_id, _ = build_show(store)
    load(qtbot, tab, show_id)
    line = next(s for s in tab.chart_views[0].chart().series()
                if isinstance(s, QLineSeries) and s.property("series_key") == "comments")
    assert line.name() == "Comments/min"
    assert tab.line_tip_text("comments", line.name(), 1.4) == "Comments/min, minute 1: 3\n羊毛大衣"
    assert tab.line_tip_text("online", "Viewers online", 1.2) == "Viewers online, minute 1: —\n羊毛大衣"


def test_compare_two_shows_on_the_tab(qtbot, tab: ReviewTab, store: Store) -> None:  # type: ignore[no-untyped-def]
    a, _ = build_show(store)
    b, _ = build_show(store, viewers=False, orders=False, title="B", start=T0 + 86_400)
    load(qtbot, tab, a)
    tab.compare_box.setCurrentIndex(tab.compare_box.findData(b))
    with qtbot.waitSignal(tab.review_ready, timeout=10_000, raising=False):
        tab.compare()
    qtbot.waitUntil(lambda: tab.compare_table.rowCount() > 0, timeout=10_000)
    rows = {tab.compare_table.item(r, 0).text(): [tab.compare_table.item(r, c).text() for c in (1, 2, 3)]
            for r in range(tab.compare_table.rowCount())}
    assert rows["Comments"] == ["9", "9", "0"]
    assert rows["GMV"] == ["¥1,596.00", "n/a — the relay sends no orders", "—"]
    assert rows["羊毛大衣 (CT-1) · Actual"] == ["12:00", "12:00", "0:00"]


def test_pdf_report_carries_the_figures_on_screen(qtbot, tab: ReviewTab, store: Store,  # type: ignore[no-untyped-def]
                                                  tmp_path: Path) -> None:
    show_id, _ = build_show(store)
    load(qtbot, tab, show_id)
    out = tmp_path / "r.pdf"
    tab.export("pdf", out)
    assert out.read_bytes()[:5] == b"%PDF-"
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    assert doc.load(str(out)) == QPdfDocument.Error.None_
    text = "".join(doc.getAllText(p).text() for p in range(doc.pageCount()))
    shown = summary_texts(tab)
    for label in ("GMV", "Late start", "Peak online", "Engagement rate", "Product click rate"):
        assert shown[label] in text.replace("\n", " ") or shown[label] in text, label
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")],
                       check=True)
        assert list(tmp_path.glob("p*.png"))


def test_run_sheet_learns_past_durations_and_applies_them_undoably(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                                   studio: Studio) -> None:
    from PySide6.QtGui import QUndoStack

    from app.core.runsheet import Item
    from app.ui.runsheet_editor import RunSheetEditor
    from app.ui.runsheet_model import COLUMNS

    build_show(store)
    build_show(store, start=T0 + 86_400)
    draft = store.create_show("下一场", items=[Item("羊毛大衣", "CT-1", planned_min=10), Item("新品", "NEW-1")])
    studio.open_show(draft)
    editor = RunSheetEditor(studio, QUndoStack())
    qtbot.addWidget(editor)
    col = next(c for c, (f, _h) in enumerate(COLUMNS) if f == "planned_min")
    cell = editor.model.index(0, col)
    assert editor.model.data(cell) == "10  (12·2)"  # planned 10, took a median 12 minutes over 2 shows
    assert editor.model.data(cell, Qt.ItemDataRole.ToolTipRole) == "Past shows: median 12 min over 2 shows"
    assert editor.model.data(editor.model.index(1, col)) == "5"  # a new product has no past
    editor.action_map["learn"].trigger()
    assert [i.planned_min for i in store.items(draft)] == [12.0, 5.0]
    editor.undo.undo()
    assert [i.planned_min for i in store.items(draft)] == [10.0, 5.0]
