"""The Products tab: the product library (every product of every show), filtered, sorted, ranked
by a stated rule, compared across shows, merged, and picked into the open show (Ctrl+Enter, or
drag a row onto the run-sheet tab's button).

The library is computed off the GUI thread by the ProductDesk; every change (a merge, a pick) is
a Studio command, and a merge is one step of the window's undo stack.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import product_library as pl
from app.core import product_table as pt
from app.core.text import fill
from app.studio.desk import DeskStudio
from app.studio.products import ProductDesk, product_desk
from app.studio.studio import CommandError
from app.ui.product_drops import MIME
from app.ui.table_model import Index, RowsModel

NUMERIC = {"shows", "minutes", "revisits", "comments_per_min", "questions_per_min", "orders", "units", "gmv",
           "gmv_per_min", "click_rate", "conversion", "sellout_s", "last_price", "learned_min", "score"}


class ProductsModel(RowsModel):
    COLUMNS = ("name", "score", "shows", "minutes", "revisits", "comments_per_min", "questions_per_min", "orders",
               "units", "gmv", "gmv_per_min", "conversion", "sellout_s", "last_price", "learned_min", "last_show")

    def header_texts(self) -> tuple[str, ...]:
        return (self.tr("Product"), self.tr("Rank figure"), self.tr("Shows"), self.tr("Minutes on air"),
                self.tr("Revisits"), self.tr("Comments/min"), self.tr("Questions/min"), self.tr("Orders"),
                self.tr("Units"), self.tr("GMV"), self.tr("GMV/min"), self.tr("Conversion"),
                self.tr("Sell-out (s)"), self.tr("Last price"), self.tr("Learned min"), self.tr("Last show"))

    def set_products(self, ranked: list[tuple[pl.Product, float | None]]) -> None:
        self.reset_rows([p.row() | {"score": None if s is None else round(s, 2), "_product": p} for p, s in ranked])

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged rows' library keys, for the run-sheet to plan (ProductDrops)."""
        keys = list(dict.fromkeys(self.rows[i.row()]["key"] for i in indexes if i.isValid()))
        data = QMimeData()
        data.setData(MIME, QByteArray(json.dumps(keys).encode("utf-8")))
        return data

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def product(self, row: int) -> pl.Product:
        return self.rows[row]["_product"]  # type: ignore[no-any-return]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, key = self.rows[index.row()], self.COLUMNS[index.column()]
        value = row.get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "conversion" and value is not None:
                return f"{value * 100:.1f}%"
            if key in ("gmv", "last_price", "gmv_per_min") and value is not None:
                return f"¥{value:,.2f}"
            return pt.cell(value)
        if role == Qt.ItemDataRole.UserRole:  # what sorting compares: numbers as numbers, no data last
            return (-1e18 if value is None else float(value)) if key in NUMERIC else str(value or "")
        if role == Qt.ItemDataRole.ToolTipRole and key == "name":
            merged = row.get("merged") or []
            return "\n".join([row["key"], *(fill(self.tr("merged: %1"), k) for k in merged)])
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class _Merge(QUndoCommand):
    """One merge on the undo stack: redo runs the command, undo runs the inverse its reply named."""

    def __init__(self, tab: ProductsTab, key: str, into: str) -> None:
        super().__init__(fill(QCoreApplication.translate("ProductsTab", "Merge %1"), key))
        self.tab, self.key, self.into = tab, key, into
        self.inverse: tuple[str, dict[str, Any]] | None = None

    def redo(self) -> None:
        reply = self.tab.run("products.merge", {"key": self.key, "into": self.into})
        self.inverse = tuple(reply["undo"]) if reply else None  # type: ignore[assignment]

    def undo(self) -> None:
        if self.inverse is not None:
            self.tab.run(*self.inverse)


class ProductsTab(QWidget):
    def __init__(self, studio: DeskStudio, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio, self.undo = studio, undo
        self.desk: ProductDesk = product_desk(studio)
        self.model = ProductsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name…"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.rule = QComboBox()
        self.rule.addItem(self.tr("GMV per minute"), "gmv_per_min")
        self.rule.addItem(self.tr("Recent trend"), "trend")
        self.rule.currentIndexChanged.connect(lambda _i: self.show_products(self.desk.products))
        self.rule_text = QLabel()
        self.rule_text.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add to the show (Ctrl+Enter)"))
        self.add_button.clicked.connect(self.add_selected)
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.merge_button.clicked.connect(self.merge_selected)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.desk.refresh)
        top = QHBoxLayout()
        top.addWidget(self.filter, 2)
        top.addWidget(QLabel(self.tr("Rank by")))
        top.addWidget(self.rule)
        top.addWidget(self.add_button)
        top.addWidget(self.merge_button)
        top.addWidget(refresh)
        self.table = self._make_table()
        self.compare = self._make_compare()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.compare)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.status = QLabel()
        v = QVBoxLayout(self)
        v.addLayout(top)
        v.addWidget(self.rule_text)
        v.addWidget(split, 1)
        v.addWidget(self.status)
        self.desk.ready.connect(self.show_products)
        self.desk.failed.connect(lambda msg: self.status.setText(fill(self.tr("The library could not be read: %1"),
                                                                        msg)))
        self.show_products(self.desk.products)

    def _make_table(self) -> QTableView:
        table = self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # pick several at once
        self.table.setDragEnabled(True)  # onto the run-sheet (ProductDrops there)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)  # the name keeps its room on a small screen
        header.resizeSection(0, 260)
        header.setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self.show_compare())
        self.table.doubleClicked.connect(lambda _i: self.add_selected())
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # the product list's own key, listed in the key sheet
            key = QShortcut(QKeySequence(keys), self.table)
            key.setContext(Qt.ShortcutContext.WidgetShortcut)
            key.activated.connect(self.add_selected)

        return table

    def _make_compare(self) -> QTableWidget:
        """One row per show for the selected product."""
        compare = QTableWidget(0, 7)
        compare.setHorizontalHeaderLabels([self.tr("Show"), self.tr("Minutes on air"), self.tr("Visits"),
                                           self.tr("Questions"), self.tr("Units"), self.tr("GMV/min"),
                                           self.tr("Price")])
        compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        compare.verticalHeader().hide()
        return compare

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.desk.refresh()  # a show may have ended or an export been imported since

    def run(self, cmd: str, args: dict[str, Any]) -> dict[str, Any] | None:
        try:
            return self.studio.execute(cmd, args)
        except CommandError as exc:
            self.status.setText(exc.message)
            return None

    def show_products(self, products: list[pl.Product]) -> None:
        rule = str(self.rule.currentData())
        rule_names = {"gmv_per_min": self.tr("GMV per minute on air over all its shows; products never on air "
                                             "come last."),
                      "trend": self.tr("GMV per minute in its latest show divided by its earlier shows' "
                                       "(above 1: rising); products with one show come last.")}
        self.rule_text.setText(fill(self.tr("Rank rule: %1"), rule_names[rule]))
        self.model.set_products(pl.rank(products, rule))
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.status.setText(fill(self.tr("%1 products from every show"), len(products)))
        self.show_compare()

    def selected(self) -> list[pl.Product]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.product(r) for r in rows]

    def add_selected(self) -> None:
        picked = self.selected()
        if not picked:
            return
        if self.run("products.plan", {"keys": [p.key for p in picked]}) is not None:
            self.status.setText(fill(self.tr("Added %1 products to the run-sheet"), len(picked)))

    def merge_selected(self) -> None:
        picked = self.selected()
        if len(picked) != 1:
            self.status.setText(self.tr("Select one product to merge into another"))
            return
        others = [p for p in self.desk.products if p.key != picked[0].key]
        names = [f"{p.name}  ({p.key})" for p in others]
        choice, ok = QInputDialog.getItem(self, self.tr("Merge into"), fill(self.tr("Merge %1 into:"),
                                                                          picked[0].name), names, 0, False)
        if ok and choice in names:
            self.undo.push(_Merge(self, picked[0].key, others[names.index(choice)].key))

    def show_compare(self) -> None:
        cur = self.table.currentIndex()
        rows = pl.compare(self.model.product(self.proxy.mapToSource(cur).row())) if cur.isValid() else []
        self.compare.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, key in enumerate(("show", "minutes", "visits", "questions", "units", "gmv_per_min", "price")):
                value = row[key]
                money = key in ("gmv_per_min", "price") and value is not None
                item = QTableWidgetItem(f"¥{value:,.2f}" if money else pt.cell(value))
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.compare.setItem(r, c, item)
