"""An area with nothing to show yet says what to do next, with the buttons to do it.

Use: `EmptyState(content, title, hint, [(text, slot), …])`, then `set_empty(True/False)` as the
data comes and goes. The On-air tab uses it; the Review tab can too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget


class EmptyState(QStackedWidget):
    def __init__(self, content: QWidget, title: str, hint: str,
                 actions: Sequence[tuple[str, Callable[[], object]]] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        page = QWidget()
        self.title = QLabel(title)
        font = QFont(self.title.font())
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        for label in (self.title, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.addStretch(1)
        for text, slot in actions:
            button = QPushButton(text)
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _=False, s=slot: s())
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        column = QWidget()  # a readable measure, centred: a wrapped hint gets the height it needs
        column.setMaximumWidth(600)
        v = QVBoxLayout(column)
        v.addWidget(self.title)
        v.addWidget(self.hint)
        v.addSpacing(16)
        v.addLayout(row)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(column, 4)
        centre.addStretch(1)
        outer = QVBoxLayout(page)
        outer.addStretch(2)
        outer.addLayout(centre)
        outer.addStretch(3)
        self.empty_page = page
        self.addWidget(content)
        self.addWidget(page)

    def set_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.empty_page if empty else self.content)

    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty_page
