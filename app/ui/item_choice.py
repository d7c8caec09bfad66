"""A combo box's list of run-sheet items as a list model: an edit repaints its one line.

Refilling a combo box with 5,000 entries on every run-sheet change cost the desk ~10-25 ms per edit
(#22). The model holds the state's segments (shared, never changed: a command replaces the segments it
changes) and makes a line's text in data(), for the lines Qt shows; `sync` repaints the lines whose
segment was replaced and resets only when items were added, removed or moved. An optional first line
("Any product") carries no item. The flash sale's chooser uses it; so can any item filter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.runsheet import format_price
from app.core.show import Segment
from app.ui.feed_model import link_tag

Index = QModelIndex | QPersistentModelIndex


def sale_choice_text(seg: Segment, stock_word: str, left: int | None = None) -> str:
    """By the cart link viewers say, not the run position; the price and stock to set the deal by:
    `left` after the orders so far when known, else the planned stock (one not known is left out,
    never shown as 0)."""
    count = seg.stock if left is None else left
    stock = "" if count is None else f" · {stock_word} {count}"
    return f"{link_tag(seg.cart_no, seg.name, 40)} · {format_price(seg.live_price)}{stock}"


class ItemChoiceModel(QAbstractListModel):
    """One row per run-sheet item (after the optional first row); UserRole is the item id."""

    def __init__(self, label: Callable[[Segment], str], first: str | None = None) -> None:
        super().__init__()
        self.label, self.first = label, first
        self.skip = 0 if first is None else 1
        self.segments: list[Segment] = []
        self.ids: list[int] = []
        self._rows: dict[int, int] | None = None  # item id → row, made when first asked after a reset

    def sync(self, segments: Sequence[Segment]) -> bool:
        """Follow the run-sheet; True when the rows were replaced (items added, removed or moved)."""
        old, new = self.segments, list(segments)
        ids = [s.item_id for s in new]
        if ids != self.ids:
            self.beginResetModel()
            self.segments, self.ids, self._rows = new, ids, None
            self.endResetModel()
            return True
        self.segments = new
        for n, (a, b) in enumerate(zip(old, new, strict=True)):
            if a is not b and self.label(a) != self.label(b):
                row = self.index(n + self.skip)
                self.dataChanged.emit(row, row)
        return False

    def relabel(self, item_ids: Iterable[int]) -> None:
        """Repaint these items' lines: what their text says changed outside the segments (stock left)."""
        for item_id in item_ids:
            row = self.row_of(item_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row), self.index(row))

    def row_of(self, item_id: int | None) -> int:
        """The item's row (the first row for None when there is one); -1 when it is not listed."""
        if item_id is None:
            return 0 if self.first is not None else -1
        if self._rows is None:
            self._rows = {i: n for n, i in enumerate(self.ids)}
        n = self._rows.get(item_id)
        return -1 if n is None else n + self.skip

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.segments) + self.skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        n = index.row() - self.skip
        if not index.isValid() or n >= len(self.segments):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.first if n < 0 else self.label(self.segments[n])
        if role == Qt.ItemDataRole.UserRole:
            return None if n < 0 else self.segments[n].item_id
        return None
