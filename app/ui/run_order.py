"""The run order on the operator's desk as a list model: a change costs what it changed.

Rebuilding 5,000 list items on every run-sheet edit froze the desk for ~0.4 s (#22). This model keeps
per row only what its line shows (id, name, link, minutes) and the ▶/✓/↺ marks of the few rows that
have one; a line's text is made in data(), for the rows Qt paints. A sync repaints the rows whose
line or mark changed, and resets only when items were added, removed or moved.
"""

from __future__ import annotations

import collections
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from app.core.show import Segment, ShowState
from app.core.text import fill

Index = QModelIndex | QPersistentModelIndex
Line = tuple[int, str, str, float]  # item id, name, cart link, planned seconds: what a row's text reads
Mark = tuple[bool, bool, int]  # on air now, done, times on air (a 返场 is the second)


# The texts are the operator panel's and keep its translation context. Marked here so lupdate finds
# them: through a helper it did not, and the zh_CN desk showed "Link 2 · … (3 min)" in English.
QT_TRANSLATE_NOOP("OperatorPanel", "(%1 min)")
QT_TRANSLATE_NOOP("OperatorPanel", "Link %1")
QT_TRANSLATE_NOOP("OperatorPanel", "↺ encore ×%1")


def _tr(text: str) -> str:
    return QCoreApplication.translate("OperatorPanel", text)


def marks_of(state: ShowState) -> dict[int, Mark]:
    """The marks of the rows that have one: on air, done or visited. Every other row has none."""
    done = state.done  # what was on air and left, from the events: a 返场 keeps every ✓
    visits = collections.Counter(v.item_id for v in state.visits)
    ids = done | set(visits) | ({state.current_id} if state.current_id is not None else set())
    return {i: (i == state.current_id, i in done, visits[i] + (i == state.current_id)) for i in ids}


def line_text(row: int, seg: Segment, mark: Mark | None) -> str:
    now, done, times = mark or (False, False, 0)
    sign = "▶ " if now else ("✓ " if done else "   ")
    minutes = fill(_tr("(%1 min)"), f"{seg.planned_s / 60:g}")
    link = fill(_tr("Link %1"), seg.cart_no) + " · " if seg.cart_no else ""
    again = "  " + fill(_tr("↺ encore ×%1"), times - 1) if times > 1 else ""
    return f"{sign}{row + 1}. {link}{seg.name}  {minutes}{again}"


def _line(seg: Segment) -> Line:
    return seg.item_id, seg.name, seg.cart_no, seg.planned_s


class RunOrderModel(QAbstractListModel):
    """The state's segments, one row each; UserRole is the item id. Call `sync` after a run-sheet or
    show change: it compares the lines and marks it showed with the state's."""

    def __init__(self) -> None:
        super().__init__()
        self.segments: list[Segment] = []
        self.lines: list[Line] = []
        self.marks: dict[int, Mark] = {}
        self.current_id: int | None = None
        self.bold = QFont()  # only its weight is set: the rest comes from the list's font
        self.bold.setBold(True)

    def sync(self, state: ShowState) -> bool:
        """Follow the state; True when the rows were replaced (added, removed or moved)."""
        segments, old_segments = list(state.segments), self.segments
        marks, old_lines, old_marks = marks_of(state), self.lines, self.marks
        # A command replaces only the segments it changes: look at those (an edit: one of 5,000).
        replaced = [] if len(segments) != len(old_segments) else [
            n for n, (a, b) in enumerate(zip(old_segments, segments, strict=True)) if a is not b]
        if len(segments) != len(old_segments) or any(segments[n].item_id != old_lines[n][0] for n in replaced):
            self.beginResetModel()
            self.segments, self.lines, self.marks = segments, [_line(s) for s in segments], marks
            self.current_id = state.current_id
            self.endResetModel()
            return True
        lines = list(old_lines)
        for n in replaced:
            lines[n] = _line(segments[n])
        self.segments, self.lines, self.marks = segments, lines, marks
        self.current_id = state.current_id
        rows = {n for n in replaced if lines[n] != old_lines[n]}
        for item_id in old_marks.keys() | marks.keys():
            if old_marks.get(item_id) != marks.get(item_id):
                row = state.index_of(item_id)
                if row is not None:
                    rows.add(row)
        self._repaint(sorted(rows))
        return False

    def _repaint(self, rows: list[int]) -> None:
        """One dataChanged per run of neighbouring rows."""
        start = 0
        while start < len(rows):
            end = start
            while end + 1 < len(rows) and rows[end + 1] == rows[end] + 1:
                end += 1
            self.dataChanged.emit(self.index(rows[start]), self.index(rows[end]))
            start = end + 1

    def row_of(self, item_id: int | None) -> int | None:
        if item_id is None:
            return None
        return next((n for n, line in enumerate(self.lines) if line[0] == item_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.segments):
            return None
        seg = self.segments[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return line_text(index.row(), seg, self.marks.get(seg.item_id))
        if role == Qt.ItemDataRole.UserRole:
            return seg.item_id
        if role == Qt.ItemDataRole.FontRole and seg.item_id == self.current_id:
            return self.bold
        return None
