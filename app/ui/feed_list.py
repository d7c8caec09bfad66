"""The feed's list view, painted in one call into Python per repaint.

Qt's own QListView.paintEvent calls the (Python) delegate once per visible row. Each of those calls
enters Python from C++ and must first win the interpreter back; under a flood the ingest and writer
threads hold it, and each entry waited up to a switch interval: 24 rows cost 40-80 ms a repaint at
20 repaints a second (issue #22, GUI lag). Here the repaint is a single entry that walks the
visible rows itself and calls the same delegate, Python to Python.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyleOptionViewItem


class FeedList(QListView):
    """A list of fixed-height rows (`setUniformItemSizes`), painted by its delegate only."""

    def __init__(self) -> None:
        super().__init__()
        self.setUniformItemSizes(True)  # fixed row height: no re-layout of every row per insert
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # rows are read, never edited

    def paintEvent(self, event: QPaintEvent) -> None:
        model, delegate, selection = self.model(), self.itemDelegate(), self.selectionModel()
        if model is None or delegate is None or selection is None:
            super().paintEvent(event)
            return
        area = event.rect()
        top = self.indexAt(QPoint(0, area.top()))
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        plain = option.state  # type: ignore[attr-defined]
        painter = QPainter(self.viewport())
        try:
            for row in range(top.row() if top.isValid() else 0, model.rowCount()):
                index = model.index(row, 0)
                rect = self.visualRect(index)
                if rect.top() > area.bottom():
                    break
                if not rect.intersects(area):
                    continue
                option.rect = rect  # type: ignore[attr-defined]
                option.state = plain | QStyle.StateFlag.State_Selected if selection.isSelected(index) else plain  # type: ignore[attr-defined]
                delegate.paint(painter, option, index)
        finally:
            painter.end()
