"""The Q&A queue (问答): questions newest or most asked first, grouped, with how often and about which item.

The assistant marks one answered or skipped, or sends it to the host view ("answer now"). The
queue repaints at most a few times a second, and only when it changed, however fast questions come.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import format_duration
from app.core.questions import QuestionGroup
from app.core.text import fill
from app.studio.desk import DeskStudio
from app.studio.questions import Questions
from app.studio.studio import CommandError
from app.ui.answers_strip import AnswersStrip
from app.ui.feed_model import link_tag
from app.ui.table_model import Index, RowsModel

SHOWN_ROWS = 300    # the newest groups on screen; the rest stay in the queue (and the exports)
REPAINT_MS = 300



class QuestionModel(RowsModel):
    COLUMNS = ("count", "text", "item", "asked")

    def __init__(self, studio: DeskStudio) -> None:
        super().__init__()
        self.studio = studio
        self.rows: list[QuestionGroup] = []

    def header_texts(self) -> tuple[str, ...]:
        return (self.tr("×"), self.tr("Question"), self.tr("Item"), self.tr("Last asked"))

    def set_rows(self, rows: list[QuestionGroup]) -> None:
        self.reset_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        g = self.rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "count":
                return g.count
            if col == "text":
                shown = self.studio.state.extra.get("question")
                mark = "▶ " if shown and shown.get("comment_id") == g.comment_id else ""  # on the host view now
                return mark + (g.text if g.status == "open" else f"{g.text}  [{self.status_name(g.status)}]")
            if col == "item":
                seg = self.studio.state.segment(g.item_id) if g.item_id is not None else None
                return link_tag(seg.cart_no, seg.name, 20) if seg else ""
            return fill(self.tr("%1 ago"), format_duration(max(0.0, time.time() - g.last_ts)))
        if role == Qt.ItemDataRole.ToolTipRole and col == "text":
            return fill(self.tr("First asked by %1; %2 viewers asked"), g.user_name, g.askers)
        if role == Qt.ItemDataRole.UserRole:
            return g.comment_id
        return None

    def status_name(self, status: str) -> str:
        return {"answered": self.tr("answered"), "skipped": self.tr("skipped")}.get(status, status)


class QuestionsPanel(QWidget):
    message = Signal(str)

    def __init__(self, studio: DeskStudio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.desk: Questions | None = studio.findChild(Questions)
        self.model = QuestionModel(studio)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.act("question.show"))
        self.filter = QComboBox()
        for label, status in ((self.tr("Open"), "open"), (self.tr("Answered"), "answered"),
                              (self.tr("Skipped"), "skipped"), (self.tr("All"), None)):
            self.filter.addItem(label, status)
        self.filter.currentIndexChanged.connect(lambda _i: self.repaint_queue(force=True))
        self.order = QComboBox()
        self.order.addItem(self.tr("Newest first"), "newest")
        self.order.addItem(self.tr("Most asked first"), "count")
        self.order.setToolTip(self.tr("Order of the questions: the newest, or what most viewers asked"))
        self.order.currentIndexChanged.connect(lambda _i: self.repaint_queue(force=True))
        self.counts = QLabel()
        self.show_button = QPushButton(self.tr("Answer now (host view)"))
        self.show_button.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.show_button.setToolTip(self.tr("Show the question on the host view (Ctrl+Shift+Q)"))
        self.show_button.clicked.connect(lambda: self.act("question.show"))
        self.answer_button = QPushButton(self.tr("Answered"))
        self.answer_button.clicked.connect(lambda: self.act("question.answer"))
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.clicked.connect(lambda: self.act("question.skip"))
        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addWidget(self.order)
        top.addWidget(self.counts, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button, 2)
        buttons.addWidget(self.answer_button, 1)
        buttons.addWidget(self.skip_button, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.answers = AnswersStrip(studio)  # the item's lines that answer the selected question (#23)
        layout.addWidget(self.answers)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._answer(cur.row()))
        self._seen: tuple[int, int] = (0, -1)
        self._timer = QTimer(self)
        self._timer.setInterval(REPAINT_MS)
        self._timer.timeout.connect(self.repaint_queue)
        self._timer.start()
        self.repaint_queue(force=True)

    def _answer(self, row: int) -> None:
        g = self.model.rows[row] if 0 <= row < len(self.model.rows) else None
        self.answers.set_question(g.text if g else None, g.item_id if g else None)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(self.model.data(rows[0], Qt.ItemDataRole.UserRole)) if rows else None

    def act(self, cmd: str) -> dict[str, Any] | None:
        cid = self.selected_id()
        if cid is None:
            self.message.emit(self.tr("Select a question first"))
            return None
        try:
            result = self.studio.execute(cmd, {"comment_id": cid})
        except CommandError as exc:
            self.message.emit(exc.message)
            return None
        self.repaint_queue(force=True)
        return result

    def repaint_queue(self, force: bool = False) -> None:
        desk = self.desk
        if desk is None:
            return
        version = (id(desk.queue), desk.queue.version)
        if not force and version == self._seen:
            return
        self._seen = version
        keep = self.selected_id()
        rows = desk.queue.ordered(self.filter.currentData(), self.order.currentData(), SHOWN_ROWS)
        self.model.set_rows(rows)
        for r, g in enumerate(rows):
            if g.comment_id == keep:
                self.table.selectRow(r)
                break
        c = desk.queue.counts()
        self.counts.setText(fill(self.tr("%1 open · %2 answered · %3 skipped"), c["open"], c["answered"],
                                 c["skipped"]))
