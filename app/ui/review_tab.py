"""The Review tab (复盘): summary, per item, timeline charts, audience lists, lotteries, compare.

The review is computed on the thread pool (app.studio.review.ReviewJob) with a progress bar; the
widgets only show the finished `Review` through the same formatters the PDF uses (app/ui/review_pages.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core import review as rv
from app.core.text import fill
from app.studio import review as sr
from app.studio.desk import DeskStudio
from app.studio.tasks import run_in_thread
from app.ui.review_pages import ReviewPages


class ReviewTab(ReviewPages, QWidget):
    message = Signal(str)
    review_ready = Signal(object)
    item_selected = Signal(int)

    def __init__(self, studio: DeskStudio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.review: rv.Review | None = None
        self.other: rv.Review | None = None
        self._jobs: list[sr.ReviewJob] = []
        self._filling = False
        self.desk = sr.ReviewDesk.attach(studio)
        top = self._top_bar()
        self.pages = QTabWidget()
        self.pages.addTab(self._summary_page(), self.tr("Summary"))
        self.pages.addTab(self._items_page(), self.tr("Per item"))
        self.pages.addTab(self._timeline_page(), self.tr("Timeline"))
        self.pages.addTab(self._audience_page(), self.tr("Audience"))
        self.pages.addTab(self._lotteries_page(), self.tr("Lotteries"))
        self.pages.addTab(self._compare_page(), self.tr("Compare"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages)

        studio.shows_changed.connect(self.reload_shows)
        studio.show_opened.connect(self._show_opened)
        self.show_box.currentIndexChanged.connect(lambda _i: self._maybe_refresh())
        self.reload_shows()

    def _top_bar(self) -> QVBoxLayout:
        """The show to review and the one to compare with, then the exports and the progress of the
        computation: two rows, so that the tab fits a 1280-pixel laptop screen (one row needed 1,290)."""
        self.show_box = QComboBox()
        self.refresh_btn = QPushButton(self.tr("Refresh"))
        self.refresh_btn.clicked.connect(self.refresh)
        self.compare_box = QComboBox()
        for box in (self.show_box, self.compare_box):  # a long title is cut in the box, not the window widened
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(14)
        self.compare_btn = QPushButton(self.tr("Compare"))
        self.compare_btn.clicked.connect(self.compare)
        self.export_btns = {}
        for fmt, label in (("xlsx", self.tr("Export XLSX…")), ("pdf", self.tr("Export PDF…")),
                           ("json", self.tr("Export JSON…"))):
            b = QPushButton(label)
            b.clicked.connect(lambda _c=False, f=fmt: self.export(f))
            self.export_btns[fmt] = b
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(200)
        self.status = QLabel()
        self.status.setWordWrap(True)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Show:")))
        pick.addWidget(self.show_box, 2)
        pick.addWidget(self.refresh_btn)
        pick.addSpacing(16)
        pick.addWidget(QLabel(self.tr("Compare with:")))
        pick.addWidget(self.compare_box, 2)
        pick.addWidget(self.compare_btn)
        out = QHBoxLayout()
        for b in self.export_btns.values():
            out.addWidget(b)
        out.addWidget(self.progress)
        out.addWidget(self.status, 1)
        top = QVBoxLayout()
        top.addLayout(pick)
        top.addLayout(out)
        return top

    def showEvent(self, event: QShowEvent) -> None:
        """Opening the tab reviews the chosen show if it is not on screen yet (Refresh brings it up to date)."""
        super().showEvent(event)
        self._maybe_refresh()

    def _maybe_refresh(self) -> None:
        wanted = self.show_box.currentData()
        if self.isVisible() and wanted is not None and not self.busy() and (
                self.review is None or self.review.show_id != wanted):
            self.refresh()

    # ---- shows -------------------------------------------------------------------------------------------

    def reload_shows(self) -> None:
        current, other = self.show_box.currentData(), self.compare_box.currentData()
        for box in (self.show_box, self.compare_box):
            box.blockSignals(True)
            box.clear()
        for s in self.studio.list_shows():
            label = f"{s.id} · {s.title}"
            self.show_box.addItem(label, s.id)
            self.compare_box.addItem(label, s.id)
        for box, want in ((self.show_box, current if current is not None else self.studio.show_id),
                          (self.compare_box, other)):
            i = box.findData(want)
            if i >= 0:
                box.setCurrentIndex(i)
            box.blockSignals(False)

    def _show_opened(self, show_id: int) -> None:
        i = self.show_box.findData(show_id)
        if i < 0:
            self.reload_shows()
            i = self.show_box.findData(show_id)
        self.show_box.setCurrentIndex(max(0, i))

    # ---- computing -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        show_id = self.show_box.currentData()
        if show_id is None:
            return
        self._start(int(show_id), self._ready, self.show_review)

    def _start(self, show_id: int, done: Any, figures: Any = None) -> None:
        job = self.desk.job(show_id, self.studio.clock.now())
        job.setAutoDelete(False)
        self._jobs.append(job)
        self.progress.setValue(0)
        self.refresh_btn.setEnabled(False)
        self.compare_btn.setEnabled(False)
        job.signals.progress.connect(self._progress)
        if figures is not None:  # the figures first; the audience lists and lotteries follow
            job.signals.figures.connect(figures)

        def finished(review: rv.Review) -> None:
            self._finish(job)
            done(review)

        def failed(text: str) -> None:
            self._finish(job)
            self.status.setText(text)
            self.message.emit(fill(self.tr("The review failed: %1"), text))

        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        sr.start_job(job)

    def _finish(self, job: sr.ReviewJob) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        self.refresh_btn.setEnabled(True)
        self.compare_btn.setEnabled(True)

    def _progress(self, percent: int, stage: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(sr.rtr(stage))

    def busy(self) -> bool:
        return bool(self._jobs)

    def _ready(self, review: rv.Review) -> None:
        shown = self.review
        if shown is not None and shown.show_id == review.show_id and shown.timeline is review.timeline:
            self.review = review  # the figures are on screen already: add the lists
            self._audience(review)
            self._lotteries(review)
        else:
            self.show_review(review)
        self.review_ready.emit(review)

    # ---- compare ----------------------------------------------------------------------------------------------

    def compare(self) -> None:
        other = self.compare_box.currentData()
        if other is None or self.review is None:
            self.message.emit(self.tr("Open a review first, then pick a show to compare with"))
            return
        self._start(int(other), self._compare_ready)

    def _compare_ready(self, other: rv.Review) -> None:
        if self.review is None:
            return
        self.other = other
        self.show_compare(rv.compare(self.review, other))
        self.pages.setCurrentWidget(self.compare_table)

    # ---- export -------------------------------------------------------------------------------------------------

    def export(self, fmt: str, path: Path | None = None) -> None:
        if self.review is None:
            self.message.emit(self.tr("Nothing to export yet: refresh the review first"))
            return
        if path is None:
            name, _f = QFileDialog.getSaveFileName(self, self.tr("Export the review"),
                                                   f"show-{self.review.show_id}-review.{fmt}", f"*.{fmt}")
            if not name:
                return
            path = Path(name)
        review = self.review
        if fmt == "pdf":  # Qt prints and QtCharts draws on the GUI thread
            sr.write_pdf(review, path)
            self.message.emit(fill(self.tr("Review saved to %1"), str(path)))
            return

        def done(_r: Any, error: BaseException | None) -> None:
            self.message.emit(fill(self.tr("Could not save the review: %1"), str(error)) if error
                              else fill(self.tr("Review saved to %1"), str(path)))

        run_in_thread(lambda: sr.write_report(review, fmt, path), done)
