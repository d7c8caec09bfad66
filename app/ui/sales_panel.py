"""Live sales on the desk: per item orders, paid units, GMV, unpaid (压单) and stock left.

What every platform console shows first, next to the run-sheet's own cart numbers, so the 场控
sees which link sells and which is about to run out (库存告急 under 10, in red). After the show,
the console's per-product export can be imported for the review's exposure → click → pay funnel.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.sales import format_money
from app.core.text import fill, message_of, say
from app.studio.desk import DeskStudio
from app.studio.sales import SalesDesk, read_console_export, sales_desk
from app.studio.studio import CommandError
from app.studio.tasks import run_in_thread
from app.ui.column_mapping import translate_import
from app.ui.table_model import Index, RowsModel

LOW = QColor("#e03131")


def gmv_text(row: dict[str, Any]) -> str:
    """GMV in yuan; "≈" when part of it is the run-sheet price standing in for an amount not sent."""
    return ("≈" if row.get("estimated") else "") + format_money(int(row.get("gmv") or 0))


def estimated_tip(row: dict[str, Any]) -> str:
    return fill(QCoreApplication.translate(
        "SalesModel", "%1 paid orders came without an amount: %2 of this is their run-sheet price × quantity"),
        row["estimated"], format_money(int(row.get("gmv_estimated") or 0)))


class SalesModel(RowsModel):
    COLUMNS = ("cart_no", "name", "orders", "paid_units", "gmv", "buyers", "unpaid", "refunded", "stock_left")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.on_air: int | None = None

    def set_view(self, view: dict[str, Any], on_air: int | None = None) -> None:
        """Rebuild the rows only when items were added, removed or moved; otherwise repaint the rows
        that differ (an item renamed, its figures moved, the item on air changed): on a 5,000-item
        show a rebuild per edit cost tens of ms of GUI thread."""
        rows = list(view.get("items", []))
        old, self.rows = self.rows, rows
        was_on_air, self.on_air = self.on_air, on_air
        # The desk hands out the same row dicts until an item or its orders change: compare those only.
        moved = len(old) != len(rows)
        changed = [] if moved else [n for n, (a, b) in enumerate(zip(old, rows, strict=True)) if a is not b]
        if moved or any(old[n]["item_id"] != rows[n]["item_id"] for n in changed):
            self.rows = old
            self.reset_rows(rows)
            return
        repaint = {n for n in changed if old[n] != rows[n]}
        if on_air != was_on_air:  # the bold line moves
            repaint.update(n for n, r in enumerate(rows) if r["item_id"] in (on_air, was_on_air))
        last = len(self.COLUMNS) - 1
        for n in sorted(repaint):
            self.dataChanged.emit(self.index(n, 0), self.index(n, last))

    def header_texts(self) -> tuple[str, ...]:
        return (self.tr("Link"), self.tr("Product"), self.tr("Orders"), self.tr("Paid units"), self.tr("GMV"),
                self.tr("Buyers"), self.tr("Unpaid"), self.tr("Refunded"), self.tr("Stock left"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, key = self.rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = row.get(key)
            if key == "gmv":
                return gmv_text(row)
            if key == "stock_left":  # "—": the stock is not known; 0: sold out, said so
                return "—" if value is None else (self.tr("Sold out") if value == 0 else str(value))
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and key == "stock_left" and row.get("low_stock"):
            return QBrush(LOW)
        if role == Qt.ItemDataRole.FontRole and row["item_id"] == self.on_air:
            font = QFont()
            font.setBold(True)  # the item being explained now
            return font
        if role == Qt.ItemDataRole.ToolTipRole and key == "stock_left" and row.get("low_stock"):
            return self.tr("Low stock: fewer than 10 left")
        if role == Qt.ItemDataRole.ToolTipRole and key == "gmv" and row.get("estimated"):
            return estimated_tip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SalesPanel(QWidget):
    message = Signal(str)

    def __init__(self, studio: DeskStudio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.desk: SalesDesk = sales_desk(studio)
        self.totals = QLabel()
        self.totals.setObjectName("salesTotals")
        self.model = SalesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(50)  # the figures' widths from the first rows, not 5,000
        # The figures take what they need and the product name the rest: at 100 px each they left the
        # name a "…" on a 1366x768 desk. Sized when the rows are replaced, never per edit.
        self.model.modelReset.connect(self._fit_columns)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.unmatched = QLabel()
        self.unmatched.setWordWrap(True)
        self.console_button = QPushButton(self.tr("Import console export…"))
        self.console_button.setToolTip(self.tr("After the show: the platform console's per-product data "
                                               "(exposure, clicks, units, amount), joined by product ID"))
        self.console_button.clicked.connect(lambda: self.import_console())
        bottom = QHBoxLayout()
        bottom.addWidget(self.unmatched, 1)
        bottom.addWidget(self.console_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._shown: tuple[object, int | None] | None = None  # the view and the item on air shown last
        # The desk syncs the run-sheet into the order counter itself (on every state change) and says
        # `changed` when the figures or items moved; the panel only shows its view.
        self.desk.changed.connect(self.refresh)
        studio.runsheet_changed.connect(self.refresh)
        studio.show_opened.connect(self._show_opened)  # bound methods: Qt drops them with the panel
        self.desk.sync_items()
        self.refresh()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        gmv = SalesModel.COLUMNS.index("gmv")  # sized before the orders came: room for a big sum
        wide = self.table.fontMetrics().horizontalAdvance("≈¥888,888.88") + 16
        self.table.setColumnWidth(gmv, max(self.table.columnWidth(gmv), wide))

    def _show_opened(self, _show_id: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        view, on_air = self.desk.view(), self.studio.state.current_id
        if self._shown is not None and self._shown[0] is view and self._shown[1] == on_air:
            return  # the desk keeps one view until something moves: nothing new to show
        self._shown = (view, on_air)
        self.model.set_view(view, on_air)
        t = view["totals"]
        aov = "—" if t["aov"] is None else format_money(t["aov"])
        self.totals.setText(fill(self.tr("Room: %1 orders · %2 paid units · GMV %3 · %4 buyers · average order %5 · "
                                         "unpaid %6 · refunded %7"), t["orders"], t["paid_units"], gmv_text(t),
                                 t["buyers"], aov, t["unpaid"], t["refunded"]))
        self.totals.setToolTip(estimated_tip(t) if t["estimated"] else "")
        if t["unmatched"]:
            names = "; ".join(f"{g['label']} ×{g['orders']}" for g in view["unmatched_products"][:3])
            self.unmatched.setText(fill(self.tr("%1 orders match no item (product ID or title not on the "
                                                "run-sheet): %2"), t["unmatched"], names))
        else:
            self.unmatched.setText("")

    def import_console(self, path: str | None = None) -> None:
        if self.studio.show_id is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import console export"), "",
                                                  self.tr("Console exports (*.csv *.xlsx)"))
        if not path:
            return
        file = Path(path)
        run_in_thread(lambda: read_console_export(file), lambda got, err: self._console_read(file, got, err))

    def _console_read(self, file: Path, got: Any, error: BaseException | None) -> None:
        if not shiboken6.isValid(self):
            return
        if error is not None or got is None:
            reason = say(message_of(error), translate_import) if error is not None else ""
            self.message.emit(fill(self.tr("Console export refused: %1"), f"{file.name}: {reason}"))
            return
        records, _warnings = got
        try:
            result = self.studio.execute("sales.console", {"rows": records, "file": file.name})
        except CommandError as exc:
            self.message.emit(exc.message)
            return
        self.message.emit(fill(self.tr("Console data: %1 products joined, %2 not on the run-sheet"),
                               result["matched"], result["unmatched"]))
