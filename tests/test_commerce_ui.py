"""The commerce panel, driven as the assistant would (offscreen)."""

import time

from PySide6.QtWidgets import QMessageBox

from app.studio.commerce import Commerce
from app.studio.studio import Studio
from app.ui.commerce_panel import CommercePanel
from tests.conftest import comment
from tests.doubles import FakeClock


def test_panel_runs_a_sale_a_coupon_and_a_lottery(qtbot, live_studio: Studio, clock: FakeClock,  # type: ignore[no-untyped-def]
                                                  monkeypatch) -> None:
    Commerce(live_studio)
    panel = CommercePanel(live_studio)
    qtbot.addWidget(panel)
    messages: list[str] = []
    panel.message.connect(messages.append)
    assert not panel.sale_start.isEnabled()  # not on air yet
    live_studio.execute("show.start")
    assert panel.sale_start.isEnabled()
    assert panel.sale_item.currentData() == live_studio.state.current.item_id  # type: ignore[union-attr]
    assert panel.sale_price.value() == 399  # 80% of the live price as a starting point

    panel.sale_price.setValue(499)
    panel.sale_start.click()
    assert messages and ("below" in messages[-1] or "低于" in messages[-1])  # refused, with the reason
    panel.sale_price.setValue(399)
    panel.sale_quantity.setValue(20)
    panel.sale_start.click()
    assert live_studio.snapshot()["sale"]["quantity"] == 20
    clock.advance(11)
    live_studio.on_tick()
    panel.refresh_clocks()
    assert "399" in panel.sale_status.text()
    panel.stock_buttons.itemAt(0).widget().click()  # −10
    assert live_studio.snapshot()["sale"]["remaining"] == 10
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    panel.sale_stop.click()  # asks first; "No" keeps the sale running
    assert live_studio.snapshot()["sale"]["status"] == "live"

    panel.issue_coupon()
    assert live_studio.snapshot()["coupons"][0]["threshold"] == 19900
    assert panel.coupons.count() == 1

    panel.lot_prize.setText("羊绒围巾")
    panel.lot_winners.setValue(1)
    panel.lot_open.click()
    assert live_studio.feed is not None
    live_studio.feed.pipeline.accept([comment(i, "福袋") for i in range(1, 4)], "t", time.time())
    live_studio.feed.drain()
    panel.refresh_clocks()
    assert "3" in panel.lot_status.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.lot_draw.click()
    assert live_studio.snapshot()["lottery"]["status"] == "drawn"
    assert panel.lot_winners_list.count() == 1 and panel.lot_redraw.isEnabled()


def test_the_sale_form_keeps_what_the_assistant_typed(qtbot, live_studio: Studio) -> None:  # type: ignore[no-untyped-def]
    Commerce(live_studio)
    panel = CommercePanel(live_studio)
    qtbot.addWidget(panel)
    live_studio.execute("show.start")
    panel.sale_price.setValue(388)
    panel.sale_quantity.setValue(7)
    live_studio.execute("comment.pin", {"comment": {"user_name": "小明", "text": "有黑色吗"}})  # any event
    live_studio.execute("timer.add", {"seconds": 60})
    assert (panel.sale_price.value(), panel.sale_quantity.value()) == (388, 7)
    live_studio.execute("segment.next")  # a new item on air: the form follows it
    assert panel.sale_item.currentData() == live_studio.state.current.item_id  # type: ignore[union-attr]
