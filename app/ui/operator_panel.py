"""The assistant's on-air controls. Every button is a Studio command, as a Stream Deck would send.

Keys: the show-wide ones (start, next, pause, ±1 min, end) work from any window of the app; the
run-order list's Enter ("go to this item") works only while the list has the focus, so typing
in a field never moves the show.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Change
from app.core.clock import format_duration
from app.core.host import MAX_MESSAGE_CHARS, STOCK_LINES
from app.core.text import fill
from app.studio.desk import DeskStudio
from app.studio.studio import CommandError
from app.ui.compliance_marks import confirm_for_host
from app.ui.elided import ElidedLabel
from app.ui.host_view import PHASE_COLOURS, over_under, signed
from app.ui.run_order import RunOrderModel
from app.ui.subscribe import on_changes, subscribe

RUN_ORDER_ROWS = 8  # the run-order list always shows at least this many items


def shortcut_text(key: str | QKeySequence) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class OperatorPanel(QWidget):
    message = Signal(str)

    def __init__(self, studio: DeskStudio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.action_map: dict[str, QAction] = {}

        head = self._head()
        grid = self._buttons()
        self._run_order()
        self._host_screen()

        # End show: apart from the frequent buttons, under the clock.
        head.addWidget(self.end_button, 2, 1, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(head)
        layout.addLayout(grid)
        hint = QLabel(self.tr("Run order (double-click or Enter to go to an item)"))
        layout.addWidget(hint)
        layout.addWidget(self.segments, 1)

        on_changes(studio, self, Change.SHOW | Change.RUNSHEET | Change.PINNED | Change.MESSAGE, self._changed)
        subscribe(studio, self, Change.TIMER, self.refresh_clock)  # paused, time added: the clock, not the list
        studio.tick.connect(self.refresh_clock)
        self.refresh()

    def _head(self) -> QGridLayout:
        self.now_label = ElidedLabel()
        self.now_label.setWordWrap(True)
        font = QFont(self.now_label.font())
        font.setPointSize(13)
        font.setBold(True)
        self.now_label.setFont(font)
        self.now_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.timer_label = QLabel("--:--")
        tfont = QFont(font)
        tfont.setPointSize(28)
        self.timer_label.setFont(tfont)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.clock_label = ElidedLabel()
        self.next_label = ElidedLabel()  # 下一个 …: a long name ends in "…" with the whole of it as tooltip

        head = QGridLayout()
        head.addWidget(self.now_label, 0, 0)
        head.addWidget(self.timer_label, 0, 1, 2, 1)
        head.addWidget(self.next_label, 1, 0)
        head.addWidget(self.clock_label, 2, 0)
        head.setColumnStretch(0, 3)
        head.setColumnStretch(1, 2)
        return head

    def _buttons(self) -> QGridLayout:
        # The frequent buttons in a grid; End show on its own, away from them and confirmed.
        grid = QGridLayout()
        specs = [
            ("start", self.tr("Start show"), "F5", "show.start", {}, 0, 0),
            ("previous", self.tr("◀ Previous"), "Ctrl+PgUp", "segment.previous", {}, 0, 1),
            ("next", self.tr("Next ▶"), "Ctrl+PgDown", "segment.next", {}, 0, 2),
            ("pause", self.tr("Pause / resume"), "F6", "", {}, 1, 0),  # not Ctrl+Space: the Windows IME toggle
            ("minus", self.tr("−1 min"), "Ctrl+-", "timer.add", {"seconds": -60}, 1, 1),
            ("plus", self.tr("+1 min"), "Ctrl+=", "timer.add", {"seconds": 60}, 1, 2),
            ("end", self.tr("End show"), "Ctrl+Shift+E", "show.end", {}, -1, -1),
        ]
        self.end_button = QToolButton()
        for key, text, shortcut, cmd, args, r, c in specs:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.setToolTip(f"{text} ({shortcut_text(shortcut)})")
            if key == "pause":
                action.triggered.connect(self.toggle_pause)
            elif key == "end":
                action.triggered.connect(self.end_show)
            else:
                action.triggered.connect(lambda _=False, c=cmd, a=args: self.run(c, a))
            self.action_map[key] = action
            self.addAction(action)
            btn = self.end_button if key == "end" else QToolButton()
            btn.setDefaultAction(action)
            btn.setMinimumSize(100, 34)
            btn.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            btn.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            if r >= 0:
                grid.addWidget(btn, r, c)
        self.end_button.setObjectName("danger")
        self.end_button.setStyleSheet("QToolButton#danger:enabled { color: #c92a2a; font-weight: bold; }")
        self.end_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.end_button.setMinimumSize(100, 28)
        return grid

    def _run_order(self) -> None:
        self.run_order = RunOrderModel()  # a change repaints its rows, not 5,000 list items (#22)
        self.segments = QListView()
        self.segments.setModel(self.run_order)
        self.segments.setUniformItemSizes(True)  # one row's size stands for all: no 5,000 size hints
        self.segments.activated.connect(self._goto)
        self.segments.setToolTip(self.tr("Double-click or Enter: go to this item"))
        self.segments.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.segments.setMinimumHeight(RUN_ORDER_ROWS * self.row_height() + 2 * self.segments.frameWidth() + 2)
        for key in ("Return", "Enter"):  # the list's own key: Enter elsewhere never moves the show
            sc = QShortcut(QKeySequence(key), self.segments, self.goto_selected)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _host_screen(self) -> None:
        # ---- talking to the host ------------------------------------------------------------------
        self.host_text = QComboBox()
        self.host_text.setEditable(True)
        self.host_text.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.host_text.addItems(list(STOCK_LINES))
        self.host_text.setCurrentText("")
        edit = self.host_text.lineEdit()
        assert edit is not None
        edit.setMaxLength(MAX_MESSAGE_CHARS)
        edit.setPlaceholderText(self.tr("Message to the host, or pick a stock line"))
        edit.returnPressed.connect(self.send_message)
        self.host_text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.host_text.setMinimumContentsLength(8)
        self.host_flash = QCheckBox(self.tr("flash"))
        self.host_flash.setChecked(True)
        self.host_flash.setToolTip(self.tr("Flash the message to catch the host's eye"))
        self.host_send = QPushButton(self.tr("Send"))
        self.host_send.clicked.connect(self.send_message)
        self.unpin_button = QPushButton(self.tr("Unpin"))
        self.unpin_button.setToolTip(self.tr("Remove the pinned comment from the host view"))
        self.unpin_button.clicked.connect(lambda: self.run("comment.unpin"))
        self.clear_button = QPushButton(self.tr("Clear host screen"))
        self.clear_button.setToolTip(self.tr("Remove the message and the pinned comment from the host view"))
        self.clear_button.clicked.connect(lambda: self.run("host.clear"))
        host_box = QGroupBox(self.tr("Host screen"))
        hb = QGridLayout(host_box)
        hb.setContentsMargins(6, 4, 6, 4)
        hb.addWidget(self.host_text, 0, 0, 1, 3)
        hb.addWidget(self.host_flash, 0, 3)
        hb.addWidget(self.host_send, 0, 4)
        hb.addWidget(self.unpin_button, 1, 3)
        hb.addWidget(self.clear_button, 1, 4)
        self.host_status = ElidedLabel()
        self.host_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        hb.addWidget(self.host_status, 1, 0, 1, 3)

        self.host_box = host_box  # the main window puts it over the comments, where pins are made

    def row_height(self) -> int:
        return max(self.segments.sizeHintForRow(0), self.segments.fontMetrics().height() + 2)

    def run(self, cmd: str, args: dict[str, Any] | None = None) -> bool:
        try:
            self.studio.execute(cmd, args or {})
            return True
        except CommandError as exc:
            self.message.emit(exc.message)
            return False

    def toggle_pause(self) -> None:
        self.run("timer.resume" if self.studio.state.paused_at is not None else "timer.pause")

    def end_show(self) -> None:
        if self.studio.state.status != "live":
            self.message.emit(self.tr("The show is not live"))
            return
        answer = QMessageBox.question(self, self.tr("End show"),
                                      self.tr("End the show now? The clocks stop and this cannot be undone."))
        if answer == QMessageBox.StandardButton.Yes:
            self.run("show.end")

    def send_message(self) -> None:
        text = self.host_text.currentText().strip()
        if not confirm_for_host(self, self.studio, text):  # 话术 compliance: ask before a flagged line airs
            return
        if self.run("host.message", {"text": text, "flash": self.host_flash.isChecked()}):
            self.host_text.setCurrentText("")
            self.message.emit(fill(self.tr("Sent to the host: %1"), text))

    def goto_selected(self) -> None:
        index = self.segments.currentIndex()
        if index.isValid():
            self._goto(index)

    def _goto(self, index: QModelIndex) -> None:
        self.run("segment.goto", {"item_id": index.data(Qt.ItemDataRole.UserRole)})

    def _changed(self, changes: Change) -> None:
        if changes & (Change.SHOW | Change.RUNSHEET):  # a pin or a message leaves the list alone
            self.refresh_list()
        self.refresh_controls()

    def refresh(self) -> None:
        self.refresh_list()
        self.refresh_controls()

    def refresh_list(self) -> None:
        """The run order follows the state: changed rows repaint; the selection stays on its item and
        the item on air stays in view, whatever the list's height."""
        model, view = self.run_order, self.segments
        selected, on_air = view.currentIndex().data(Qt.ItemDataRole.UserRole), model.current_id
        if model.sync(self.studio.state):
            row = model.row_of(selected)
            if row is not None:
                view.setCurrentIndex(model.index(row))
        elif model.current_id == on_air:
            return
        row = model.row_of(model.current_id)
        if row is not None:
            view.scrollTo(model.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)

    def refresh_controls(self) -> None:
        st = self.studio.state
        live = st.status == "live"
        self.action_map["start"].setEnabled(st.status == "draft" and self.studio.show_id is not None)
        for key in ("previous", "next", "pause", "minus", "plus", "end"):
            self.action_map[key].setEnabled(live)
        snap = self.studio.snapshot()  # one for the message and the clock: on a big show it is not free
        msg = snap.get("message")
        self.unpin_button.setEnabled(st.pinned is not None)
        self.clear_button.setEnabled(st.pinned is not None or bool(msg))
        self.host_send.setEnabled(self.studio.show_id is not None)
        self.host_status.setText(fill(self.tr("On screen: %1"), msg["text"]) if msg else "")
        self.refresh_clock(snap)

    def refresh_clock(self, snap: dict[str, Any] | None = None) -> None:
        snap = self.studio.snapshot() if snap is None else snap
        cur, nxt, timer, clock = snap["current"], snap["next"], snap["timer"], snap["clock"]
        self.now_label.setText(fill(self.tr("Now: %1"), cur["name"]) if cur else
                               (snap["show"]["title"] or self.tr("No show open")))
        self.next_label.setText(fill(self.tr("Next: %1"), nxt["name"]) if nxt else "")
        phase = timer["phase"]
        self.timer_label.setText("--:--" if phase == "idle" else signed(timer["remaining_s"]))
        colour = PHASE_COLOURS.get(phase, "#222") if phase not in ("running", "idle") else "palette(text)"
        background = "background: #c92a2a; color: white;" if phase == "overtime" else f"color: {colour};"
        if self.timer_label.styleSheet() != background:  # a new style sheet re-polishes the label
            self.timer_label.setStyleSheet(background)
        if snap["show"]["status"] != "draft":
            self.clock_label.setText(fill(self.tr("Show clock %1 · over/under %2"),
                                          format_duration(clock["show_elapsed_s"]),
                                          over_under(clock["over_under_s"])))
        elif snap["show"].get("planned_start") is not None:
            start = snap["show"]["planned_start"]
            self.clock_label.setText(fill(self.tr("Planned start %1 · in %2"),
                                          datetime.fromtimestamp(start).strftime("%H:%M"),
                                          signed(start - snap["now"])))
        else:
            self.clock_label.setText(self.tr("No planned start set"))
        self.action_map["pause"].setText(self.tr("Resume") if self.studio.state.paused_at is not None
                                         else self.tr("Pause"))
