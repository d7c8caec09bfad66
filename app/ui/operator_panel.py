"""The assistant's on-air controls. Every button is a Studio command, as a Stream Deck would send."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import format_duration
from app.core.text import fill
from app.studio.studio import CommandError, Studio
from app.ui.host_view import PHASE_COLOURS


class OperatorPanel(QWidget):
    message = Signal(str)

    def __init__(self, studio: Studio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.action_map: dict[str, QAction] = {}

        self.now_label = QLabel()
        self.now_label.setWordWrap(True)
        font = QFont(self.now_label.font())
        font.setPointSize(16)
        font.setBold(True)
        self.now_label.setFont(font)
        self.timer_label = QLabel("--:--")
        tfont = QFont(font)
        tfont.setPointSize(34)
        self.timer_label.setFont(tfont)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.clock_label = QLabel()
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)

        head = QGridLayout()
        head.addWidget(self.now_label, 0, 0)
        head.addWidget(self.timer_label, 0, 1, 2, 1)
        head.addWidget(self.next_label, 1, 0)
        head.addWidget(self.clock_label, 2, 0, 1, 2)
        head.setColumnStretch(0, 3)
        head.setColumnStretch(1, 2)

        grid = QGridLayout()
        specs = [
            ("start", self.tr("Start show"), "F5", "show.start", {}, 0, 0),
            ("previous", self.tr("◀ Previous"), "Ctrl+PgUp", "segment.previous", {}, 0, 1),
            ("next", self.tr("Next ▶"), "Ctrl+PgDown", "segment.next", {}, 0, 2),
            ("pause", self.tr("Pause / resume"), "Ctrl+Space", "", {}, 1, 0),
            ("minus", self.tr("−1 min"), "Ctrl+-", "timer.add", {"seconds": -60}, 1, 1),
            ("plus", self.tr("+1 min"), "Ctrl+=", "timer.add", {"seconds": 60}, 1, 2),
            ("end", self.tr("End show"), "Ctrl+Shift+E", "show.end", {}, 2, 2),
        ]
        for key, text, shortcut, cmd, args, r, c in specs:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
            if key == "pause":
                action.triggered.connect(self.toggle_pause)
            elif key == "end":
                action.triggered.connect(self.end_show)
            else:
                action.triggered.connect(lambda _=False, c=cmd, a=args: self.run(c, a))
            self.action_map[key] = action
            btn = QToolButton()
            btn.setDefaultAction(action)
            btn.setMinimumSize(150, 52)
            btn.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            grid.addWidget(btn, r, c)

        self.segments = QListWidget()
        self.segments.itemActivated.connect(self._goto)
        self.segments.setToolTip(self.tr("Double-click or Enter: go to this item"))

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(grid)
        hint = QLabel(self.tr("Run order (double-click to go to an item)"))
        layout.addWidget(hint)
        layout.addWidget(self.segments, 1)
        bottom = QHBoxLayout()
        layout.addLayout(bottom)

        studio.state_changed.connect(self.refresh)
        studio.tick.connect(self.refresh_clock)
        self.refresh()

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

    def _goto(self, item: QListWidgetItem) -> None:
        self.run("segment.goto", {"item_id": item.data(Qt.ItemDataRole.UserRole)})

    def refresh(self) -> None:
        st = self.studio.state
        live = st.status == "live"
        self.action_map["start"].setEnabled(st.status == "draft" and self.studio.show_id is not None)
        for key in ("previous", "next", "pause", "minus", "plus", "end"):
            self.action_map[key].setEnabled(live)
        self.segments.clear()
        cur = st.current_index
        for i, seg in enumerate(st.segments):
            mark = "▶ " if i == cur else ("✓ " if cur is not None and i < cur else "   ")
            item = QListWidgetItem(f"{mark}{i + 1}. {seg.name}  ({seg.planned_s / 60:g} min)")
            item.setData(Qt.ItemDataRole.UserRole, seg.item_id)
            if i == cur:
                f = item.font()
                f.setBold(True)
                item.setFont(f)
            self.segments.addItem(item)
        self.refresh_clock()

    def refresh_clock(self) -> None:
        snap = self.studio.snapshot()
        cur, nxt, timer, clock = snap["current"], snap["next"], snap["timer"], snap["clock"]
        self.now_label.setText(fill(self.tr("Now: %1"), cur["name"]) if cur else
                               (snap["show"]["title"] or self.tr("No show open")))
        self.next_label.setText(fill(self.tr("Next: %1"), nxt["name"]) if nxt else "")
        phase = timer["phase"]
        if phase == "idle":
            self.timer_label.setText("--:--")
        elif phase == "overtime":
            self.timer_label.setText("+" + format_duration(-timer["remaining_s"]))
        else:
            self.timer_label.setText(format_duration(timer["remaining_s"]))
        colour = PHASE_COLOURS.get(phase, "#222") if phase not in ("running", "idle") else "palette(text)"
        self.timer_label.setStyleSheet(f"color: {colour};")
        if snap["show"]["status"] != "draft":
            self.clock_label.setText(fill(self.tr("Show clock %1 · over/under %2"),
                                          format_duration(clock["show_elapsed_s"]),
                                          format_duration(clock["over_under_s"])))
        else:
            self.clock_label.setText("")
        self.action_map["pause"].setText(self.tr("Resume") if self.studio.state.paused_at is not None
                                      else self.tr("Pause"))
