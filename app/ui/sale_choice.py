"""The flash sale's item chooser as a list model over the run-sheet: an edit repaints its one line.

Refilling the combo box with 5,000 entries on every run-sheet change cost the desk ~25 ms per edit
(#22). The model holds the state's segments (shared, never changed: a command replaces the segments it
changes) and makes a line's text in data(), for the lines Qt shows; `sync` repaints the lines whose
segment was replaced and resets only when items were added, removed or moved.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.runsheet import format_price
from app.core.show import Segment
from app.ui.feed_model import link_tag

Index = QModelIndex | QPersistentModelIndex


def choice_text(seg: Segment, stock_word: str) -> str:
    """By the cart link viewers say, not the run position; the price and stock to set the deal by."""
    return f"{link_tag(seg.cart_no, seg.name, 40)} · {format_price(seg.live_price)} · {stock_word} {seg.stock}"


class SaleChoiceModel(QAbstractListModel):
    """One row per run-sheet item; UserRole is the item id."""

    def __init__(self, stock_word: str) -> None:
        super().__init__()
        self.stock_word = stock_word
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
        word = self.stock_word
        for n, (a, b) in enumerate(zip(old, new, strict=True)):
            if a is not b and choice_text(a, word) != choice_text(b, word):
                self.dataChanged.emit(self.index(n), self.index(n))
        return False

    def row_of(self, item_id: int | None) -> int:
        """The item's row, -1 when it is not listed."""
        if self._rows is None:
            self._rows = {i: n for n, i in enumerate(self.ids)}
        return -1 if item_id is None else self._rows.get(item_id, -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.segments)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.segments):
            return None
        seg = self.segments[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return choice_text(seg, self.stock_word)
        if role == Qt.ItemDataRole.UserRole:
            return seg.item_id
        return None
