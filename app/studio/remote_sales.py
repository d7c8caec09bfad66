"""The second desk's Sales tab: the studio's figures as it publishes them (`sales` in its state).

Orders are counted where they arrive, on the studio's ingest side; the second desk has no ingest and
stores nothing, so a SalesDesk of its own would count nothing and show zeros. `RemoteSales` stands
where the studio's SalesDesk stands (the tab finds it the same way, via `sales_desk`) and reads the
view the studio last published; it says `changed` when that part of the state moves (Change.SALES).
The console import still runs on the studio: the tab sends `sales.console` like every command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from app.core import sales as sx
from app.core.changes import Change
from app.studio.sales import SalesDesk
from app.studio.studio import Studio


class RemoteSales(SalesDesk):
    def __init__(self, studio: Studio, published: Callable[[], dict[str, Any]]) -> None:
        QObject.__init__(self, studio)  # not SalesDesk's: no counter, no commands, no stored orders to read
        self.studio = studio
        self.published = published  # the studio's last published state
        studio.changed.connect(self._on_changed)

    def view(self) -> dict[str, Any]:
        sales = self.published().get("sales")
        return sales if isinstance(sales, dict) and "totals" in sales else sx.Sales().view()

    def sync_items(self) -> None:
        pass  # the studio's counter follows its own run-sheet

    def on_show_opened(self, _show_id: int) -> None:
        pass

    def _on_changed(self, changes: Change) -> None:
        if changes & Change.SALES:
            self.changed.emit()
