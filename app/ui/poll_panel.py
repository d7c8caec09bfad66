"""The poll desk (投票): ask, watch the bars move, close. Every button is a Studio command."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Change
from app.core.clock import format_duration
from app.core.poll import MAX_OPTIONS
from app.core.text import fill
from app.studio.desk import DeskStudio
from app.studio.polls import Polls
from app.ui.commands import run_command
from app.ui.subscribe import subscribe


class PollPanel(QWidget):
    message = Signal(str)

    def __init__(self, studio: DeskStudio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.desk: Polls | None = studio.findChild(Polls)
        setup = self._setup_box()
        live = self._live_box()
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button, 2)
        buttons.addWidget(self.close_button, 2)
        buttons.addWidget(self.cancel_button, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(setup)
        layout.addLayout(buttons)
        layout.addWidget(live, 1)
        subscribe(studio, self, Change.SHOW | Change.POLL, self.refresh)
        # a lottery opened after the poll warns too
        subscribe(studio, self, Change.SHOW | Change.POLL | Change.LOTTERY, self.refresh_warning)
        studio.tick.connect(self.refresh)
        self.refresh()

    def _setup_box(self) -> QGroupBox:
        self.question = QLineEdit()
        self.question.setPlaceholderText(self.tr("e.g. Which colour should we show next?"))
        self.option_edits: list[QLineEdit] = []
        self.keyword_edits: list[QLineEdit] = []
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Option")), 0, 1)
        grid.addWidget(QLabel(self.tr("Also counts (keywords, comma-separated)")), 0, 2)
        for i in range(MAX_OPTIONS):
            option, words = QLineEdit(), QLineEdit()
            option.setPlaceholderText(self.tr("(unused)") if i >= 2 else "")
            words.setPlaceholderText(fill(self.tr("votes: %1, 扣%1, %2"), i + 1, "ABCDEF"[i]))
            grid.addWidget(QLabel(f"{i + 1} / {'ABCDEF'[i]}"), i + 1, 0)
            grid.addWidget(option, i + 1, 1)
            grid.addWidget(words, i + 1, 2)
            self.option_edits.append(option)
            self.keyword_edits.append(words)
        self.duration = QSpinBox()
        self.duration.setRange(0, 3600)
        self.duration.setSingleStep(30)
        self.duration.setValue(60)
        self.duration.setSuffix(self.tr(" s"))
        self.duration.setSpecialValueText(self.tr("until closed"))
        self.open_button = QPushButton(self.tr("Open poll"))
        self.open_button.clicked.connect(lambda: self.open_poll())
        self.close_button = QPushButton(self.tr("Close and show result"))
        self.close_button.clicked.connect(lambda: self.run("poll.close"))
        self.cancel_button = QPushButton(self.tr("Cancel poll"))
        self.cancel_button.setToolTip(self.tr("Discard the poll without a result"))
        self.cancel_button.clicked.connect(lambda: self.cancel_poll())

        form = QFormLayout()
        form.addRow(self.tr("Question"), self.question)
        form.addRow(grid)
        form.addRow(self.tr("Duration"), self.duration)
        setup = QGroupBox(self.tr("New poll (投票)"))
        setup.setLayout(form)
        return setup

    def _live_box(self) -> QGroupBox:
        big = QFont(self.font())
        big.setPointSize(big.pointSize() + 3)
        big.setBold(True)
        self.live_question = QLabel()
        self.live_question.setFont(big)
        self.live_question.setWordWrap(True)
        self.bars: list[QProgressBar] = []
        bars = QVBoxLayout()
        for _ in range(MAX_OPTIONS):
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setTextVisible(True)
            bar.hide()
            bars.addWidget(bar)
            self.bars.append(bar)
        self.status = QLabel()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b35c00; font-weight: bold;")
        live = QGroupBox(self.tr("Live tally"))
        lv = QVBoxLayout(live)
        lv.addWidget(self.live_question)
        lv.addLayout(bars)
        lv.addWidget(self.status)
        lv.addWidget(self.warning)
        lv.addStretch(1)  # bars stay together at the top however tall the tab is
        return live

    def run(self, cmd: str, args: dict[str, Any] | None = None) -> dict[str, Any] | None:
        return run_command(self.studio, cmd, args, self.message.emit)

    def poll_args(self) -> dict[str, Any]:
        options, keywords = [], []
        for option, words in zip(self.option_edits, self.keyword_edits, strict=True):
            if option.text().strip():
                options.append(option.text().strip())
                keywords.append([w.strip() for w in words.text().replace("，", ",").split(",") if w.strip()])
        return {"question": self.question.text().strip(), "options": options, "keywords": keywords,
                "duration_s": self.duration.value()}

    def open_poll(self) -> dict[str, Any] | None:
        result = self.run("poll.open", self.poll_args())
        if result is not None and result.get("warnings"):
            self.message.emit(result["warnings"][0])
        self.refresh()
        self.refresh_warning()
        return result

    def refresh_warning(self) -> None:
        """While a poll and a lottery both run, say which votes also enter the lottery."""
        poll = self.studio.state.extra.get("poll")
        running = bool(poll and poll["status"] == "open")
        self.warning.setText("\n".join(self.desk.lottery_warnings()) if running and self.desk else "")

    def cancel_poll(self, confirm: bool = True) -> None:
        if confirm and QMessageBox.question(self, self.tr("Cancel poll"),
                                            self.tr("Discard this poll? Its votes are not kept.")) \
                != QMessageBox.StandardButton.Yes:
            return
        self.run("poll.cancel")

    def refresh(self) -> None:
        view_fn = self.studio.views.get("poll")
        view = view_fn(self.studio.clock.now()) if view_fn is not None else None
        live = self.studio.state.status == "live"
        is_open = bool(view and view["status"] == "open")
        self.open_button.setEnabled(live and not is_open)
        self.close_button.setEnabled(is_open)
        self.cancel_button.setEnabled(is_open)
        if view is None:
            self.live_question.setText(self.tr("No poll running"))
            for bar in self.bars:
                bar.hide()
            self.status.clear()
            return
        self.live_question.setText(view["question"])
        total = sum(o["votes"] for o in view["options"])
        for i, bar in enumerate(self.bars):
            if i >= len(view["options"]):
                bar.hide()
                continue
            o = view["options"][i]
            share = o["votes"] / total if total else 0.0
            bar.setValue(round(share * 1000))
            bar.setFormat(f"{i + 1}. {o['text']} — {o['votes']} ({share:.0%})")
            bar.show()
        if is_open:
            left = view["time_left_s"]
            self.status.setText(fill(self.tr("%1 voted · %2"), view["voters"],
                                     self.tr("open until closed") if left is None else
                                     fill(self.tr("%1 left"), format_duration(left))))
        else:
            self.status.setText(fill(self.tr("Closed · %1 voted"), view["voters"]))
