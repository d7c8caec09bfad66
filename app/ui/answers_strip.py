"""Answers at hand on the desk: under the question list, the three lines of the item's talking
points, 话术 and FAQ that best answer the selected question; Ctrl+Shift+A (or a double click)
puts the chosen one on the host view, asking first when it has a blocking word."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.core.text import fill
from app.studio.answers import AnswerDesk, answer_desk, clip
from app.studio.desk import DeskStudio
from app.studio.studio import CommandError
from app.ui.compliance_marks import confirm_for_host

SOURCE_NAMES = {"facts": "商品", "talking_points": "卖点", "phrase": "话术", "faq": "问答"}


class AnswersStrip(QWidget):
    def __init__(self, studio: DeskStudio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.desk: AnswerDesk = answer_desk(studio)
        self.question: tuple[str, int | None] | None = None
        self.title = QLabel(self.tr("Answers at hand"))
        self.list = QListWidget()
        self.list.setMaximumHeight(96)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _i: self.to_host())
        self.button = QPushButton(self.tr("Answer on the host view (Ctrl+Shift+A)"))
        self.button.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.button.clicked.connect(self.to_host)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.title)
        v.addWidget(self.list)
        v.addWidget(self.button)

    def set_question(self, text: str | None, item_id: int | None = None) -> None:
        self.question = (text, item_id) if text else None
        self.list.clear()
        if not text:
            self.title.setText(self.tr("Answers at hand"))
            return
        found = self.desk.top(text, item_id)
        self.title.setText(fill(self.tr("Answers to “%1”"), text) if found else
                           fill(self.tr("No line of this item answers “%1”"), text))
        for m in found:
            row = QListWidgetItem(f"[{SOURCE_NAMES.get(m.line.source, m.line.source)}] {m.line.text}")
            row.setData(Qt.ItemDataRole.UserRole, m.line.text)
            self.list.addItem(row)
        if found:
            self.list.setCurrentRow(0)

    def to_host(self) -> None:
        row = self.list.currentItem()
        if row is None:
            return
        line = clip(str(row.data(Qt.ItemDataRole.UserRole)))
        if confirm_for_host(self, self.studio, line):
            try:
                self.studio.execute("host.message", {"text": line, "flash": False})
            except CommandError as exc:
                self.title.setText(exc.message)
