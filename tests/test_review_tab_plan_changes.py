"""The Review tab says what the producer changed in the plan on air, as the PDF does: the product
pulled before it aired (with its planned length) and the one added on air (marked, with its time)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QLabel, QTableWidget

from app.core.host_texts import clock as hhmm
from app.models.store import Store
from app.studio.studio import Studio
from app.ui.review_tab import ReviewTab
from tests.conftest import sample_items
from tests.doubles import FakeClock

T0 = 1_764_000_000.0  # FakeClock's start


@pytest.fixture
def studio(qapp: object, store: Store, clock: FakeClock) -> Studio:  # type: ignore[override]
    s = Studio(store, clock=clock)
    s.open_show(store.create_show("改单复盘", "douyin", "主播", datetime.fromtimestamp(T0), sample_items()))
    return s


def visible_texts(tab: ReviewTab) -> str:
    """Every text the tab's widgets show: labels and table cells (not tooltips)."""
    out = [w.text() for w in tab.findChildren(QLabel) if not w.isHidden()]
    for t in tab.findChildren(QTableWidget):
        out += [t.item(r, c).text() for r in range(t.rowCount()) for c in range(t.columnCount()) if t.item(r, c)]
    return "\n".join(out)


def test_the_tab_lists_the_pulled_item_and_marks_the_added_one(qtbot, studio: Studio, store: Store,  # type: ignore[no-untyped-def]
                                                                clock: FakeClock) -> None:
    show_id = studio.show_id
    assert show_id is not None
    sku = {i.sku: int(i.id or 0) for i in store.items(show_id)}
    studio.execute("show.start")
    clock.advance(300)
    studio.execute("runsheet.remove", {"item_id": sku["SC-3"]})  # 羊绒围巾 pulled while CT-1 is on air
    added_at = clock.now()
    studio.execute("runsheet.insert", {"name": "临时加品", "minutes": 4, "sku": "ADD-1", "index": 1})
    for _ in range(3):
        clock.advance(300)
        studio.execute("segment.next")
    clock.advance(300)
    studio.execute("show.end")

    tab = ReviewTab(studio)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.review_ready, timeout=10_000):
        tab.refresh()
    shown = visible_texts(tab)
    assert "Pulled before it aired: 羊绒围巾 (6:00)" in shown
    assert f"Added on air: 临时加品 ({hhmm(added_at)})" in shown
    names = [tab.items.item(r, 1).text() for r in range(tab.items.rowCount())]
    assert "＋ 临时加品" in names and "羊毛大衣" in names and "羊绒围巾" not in " ".join(names)

