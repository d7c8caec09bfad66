"""The 场控's 秒杀 form starts from what is left of the item, not from its planned stock: after a
first sale sold 5 of 16, the form offered 16, and arming it was refused on air (quantity_above_stock)."""

from __future__ import annotations

from typing import Any

from app.studio.studio import Studio
from app.ui.commerce_panel import CommercePanel
from tests.doubles import FakeClock
from tests.test_sales_r12 import _item, _live_sale, _orders, _ready


def test_the_sale_form_offers_what_is_left_and_arms_it(qtbot: Any, carted: Studio, clock: FakeClock) -> None:
    _ready(qtbot, carted)
    coat = _item(carted, "CT-1")
    carted.execute("runsheet.update", {"item_id": coat, "stock": 16})
    panel = CommercePanel(carted)
    qtbot.addWidget(panel)
    panel.sale_item.setCurrentIndex(panel.choices.row_of(coat))
    assert panel.sale_quantity.value() == 16  # nothing sold yet: the whole stock

    _live_sale(carted, clock, coat, 5)
    _orders(carted, 1, "CT-1", ("a", 2), ("b", 3))
    assert carted.snapshot()["sale"]["status"] == "ended"
    panel.sale_item.setCurrentIndex(panel.choices.row_of(_item(carted, "KS-2")))
    panel.sale_item.setCurrentIndex(panel.choices.row_of(coat))  # the 场控 picks the coat again
    assert panel.sale_quantity.value() == 11

    messages: list[str] = []
    panel.message.connect(messages.append)
    panel.sale_arm.click()  # the form as it came
    assert carted.snapshot()["sale"]["status"] == "armed", messages
    assert carted.snapshot()["sale"]["quantity"] == 11


def test_an_item_with_no_stock_count_starts_at_fifty(qtbot: Any, carted: Studio) -> None:
    _ready(qtbot, carted)
    scarf = _item(carted, "SC-3")
    carted.execute("runsheet.update", {"item_id": scarf, "stock": None})
    panel = CommercePanel(carted)
    qtbot.addWidget(panel)
    panel.sale_item.setCurrentIndex(panel.choices.row_of(scarf))
    assert panel.sale_quantity.value() == 50


def test_the_chooser_says_what_is_left(qtbot: Any, carted: Studio, clock: FakeClock) -> None:
    """The item chooser's stock is the stock left, as the form's default and the arm check use it."""
    _ready(qtbot, carted)
    coat = _item(carted, "CT-1")
    carted.execute("runsheet.update", {"item_id": coat, "stock": 16})
    panel = CommercePanel(carted)
    qtbot.addWidget(panel)
    row = panel.choices.index(panel.choices.row_of(coat))
    assert panel.choices.data(row).endswith(" 16")
    _live_sale(carted, clock, coat, 5)
    _orders(carted, 1, "CT-1", ("a", 2), ("b", 3))
    panel.refresh_clocks()  # each tick does
    assert panel.choices.data(row).endswith(" 11")
