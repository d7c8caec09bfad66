"""The On-air desk's right-hand tabs: comments, feed health, sales, questions, poll and scripts."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QWidget

from app.studio.desk import DeskStudio
from app.ui.feed_view import FeedView, HealthPanel
from app.ui.phrases_panel import PhrasesPanel
from app.ui.poll_panel import PollPanel
from app.ui.questions_panel import QuestionsPanel
from app.ui.sales_panel import SalesPanel


class FeedTabs(QTabWidget):
    """What the audience does, one tab per view; each panel talks to the Studio itself."""

    def __init__(self, studio: DeskStudio, undo: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = FeedView(studio)
        self.health = HealthPanel(studio)
        self.sales = SalesPanel(studio)
        self.questions = QuestionsPanel(studio)
        self.poll_desk = PollPanel(studio)
        self.phrases = PhrasesPanel(studio, undo)  # the 话术 library for the item on air (#23)
        self.addTab(self.feed, self.tr("Comments"))
        self.addTab(self.health, self.tr("Feed health"))
        self.addTab(self.sales, self.tr("Sales"))
        self.addTab(self.questions, self.tr("Questions"))
        self.addTab(self.poll_desk, self.tr("Poll"))
        self.addTab(self.phrases, self.tr("Scripts"))
