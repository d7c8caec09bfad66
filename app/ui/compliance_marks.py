"""Compliance marks in the run-sheet editor: a flagged name, talking point or note is tinted (amber
for a warning such as 最, red for a blocking word) and its tooltip says which word, why and what to
write instead. The check runs on the text as it is stored, so a cell is marked the moment it is
committed."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QMessageBox, QStyleOptionViewItem, QWidget

from app.core import compliance as cc
from app.studio.compliance import desk_of, hit_tip
from app.studio.desk import DeskStudio

Index = QModelIndex | QPersistentModelIndex
WARN_COLOUR = QColor("#ffe8a3")
BLOCK_COLOUR = QColor("#ffc9c9")


class ComplianceMarks:
    """What the editor's delegate asks for the checked columns (by field name)."""

    def __init__(self, check: Callable[[str], list[cc.Hit]], columns: Sequence[int]) -> None:
        self.check = check
        self.columns = set(columns)

    def hits(self, index: Index) -> tuple[str, list[cc.Hit]]:
        if index.column() not in self.columns:
            return "", []
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        return text, self.check(text) if text else []

    def style(self, option: QStyleOptionViewItem, index: Index) -> None:
        _text, hits = self.hits(index)
        if hits:
            block = any(h.severity == cc.BLOCK for h in hits)
            option.backgroundBrush = QBrush(BLOCK_COLOUR if block else WARN_COLOUR)  # type: ignore[attr-defined]

    def tooltip(self, index: Index) -> str | None:
        text, hits = self.hits(index)
        return hit_tip(text, hits) if hits else None


def confirm_for_host(parent: QWidget, studio: DeskStudio, text: str) -> bool:
    """Before a line goes to the host screen: a blocking word asks (default No), a warning only tells
    in the question's details. Without a compliance desk (a bare Studio in tests) the line goes."""
    desk = desk_of(studio)
    hits = desk.check(text) if desk is not None else []
    if not any(h.severity == cc.BLOCK for h in hits):
        return True
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Compliance", "Check this line"),
                      QCoreApplication.translate("Compliance", "This line has words the advertising law or the "
                                                              "platform does not allow. Send it to the host anyway?"),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setInformativeText(hit_tip(text, hits))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
