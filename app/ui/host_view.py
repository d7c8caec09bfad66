"""The host's screen: legible from three metres, calm until the clock says otherwise."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QResizeEvent, QScreen, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.core.clock import format_duration
from app.core.runsheet import format_price
from app.core.text import fill

PHASE_COLOURS = {
    "idle": "#9aa4b2", "running": "#f5f7fa", "paused": "#9aa4b2",
    "warning": "#ffb020", "danger": "#ff4d4f", "overtime": "#ff4d4f",
}


def _clock(ts: float | None) -> str:
    return "--:--" if ts is None else datetime.fromtimestamp(ts).strftime("%H:%M")


class HostView(QWidget):
    """A separate top-level window; `refresh` repaints it from the Studio's snapshot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("LiveDeck — Host view"))
        self.setObjectName("HostView")
        self.setStyleSheet("""
            #HostView { background: #101317; }
            QLabel { color: #f5f7fa; }
            QLabel#muted { color: #9aa4b2; }
            QLabel#price { color: #ff7a45; }
            QFrame#pinned { background: #2b2f14; border: 3px solid #d4b106; border-radius: 14px; }
            QFrame#banners QLabel { background: #3a0f12; color: #ffd6d6; border-radius: 12px; padding: 6px 16px; }
        """)
        self.resize(1280, 720)

        self.show_clock = self._label("muted")
        self.ends = self._label("muted", Qt.AlignmentFlag.AlignRight)
        top = QHBoxLayout()
        top.addWidget(self.show_clock, 1)
        top.addWidget(self.ends, 2)  # "Planned end … · projected … (±…)" is the longer line

        self.product = self._label()
        self.product.setWordWrap(True)
        self.price = self._label("price")
        self.stock = self._label("muted")
        prod_row = QHBoxLayout()
        prod_row.addWidget(self.price)
        prod_row.addSpacing(30)
        prod_row.addWidget(self.stock)
        prod_row.addStretch(1)

        self.time_left = self._label(align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.phase = self._label("muted", Qt.AlignmentFlag.AlignRight)
        for short in (self.time_left, self.price, self.stock, self.phase):  # short: their natural width
            short.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        left = QVBoxLayout()
        left.addWidget(self.product)
        left.addLayout(prod_row)
        right = QVBoxLayout()
        right.addWidget(self.time_left)
        right.addWidget(self.phase)
        middle = QHBoxLayout()
        middle.addLayout(left, 3)
        middle.addLayout(right, 2)

        self.points = self._label()
        self.points.setWordWrap(True)
        self.points.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.points.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        self.banners = QFrame()
        self.banners.setObjectName("banners")
        self.banner_layout = QVBoxLayout(self.banners)  # stacked: three banners side by side would not fit
        self.banner_layout.setContentsMargins(0, 0, 0, 0)
        self.banner_labels: list[QLabel] = []

        self.pinned = QFrame()
        self.pinned.setObjectName("pinned")
        self.pinned_text = self._label()
        self.pinned_text.setWordWrap(True)
        QVBoxLayout(self.pinned).addWidget(self.pinned_text)

        self.next_up = self._label("muted")
        self.next_up.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.addLayout(top)
        layout.addLayout(middle)
        layout.addWidget(self.banners)
        layout.addWidget(self.points, 1)
        layout.addWidget(self.pinned)
        layout.addWidget(self.next_up)

        QShortcut(QKeySequence("F11"), self, self.toggle_full_screen)
        QShortcut(QKeySequence("Esc"), self, self.showNormal)
        self._scale()

    def _label(self, name: str = "", align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QLabel:
        label = QLabel()
        if name:
            label.setObjectName(name)
        label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        label.setTextFormat(Qt.TextFormat.PlainText)
        # Text never widens the window: a long line wraps or is cut, the clock always stays on screen.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    # ---- sizing: type scales with the window so a second screen of any size reads well ----------

    def _scale(self) -> None:
        unit = max(8.0, min(self.height() / 60.0, self.width() / 100.0))

        def size(label: QLabel, factor: float, bold: bool = False) -> None:
            font = QFont(label.font())
            font.setPixelSize(int(unit * factor))
            font.setBold(bold)
            label.setFont(font)

        size(self.show_clock, 2.2)
        size(self.ends, 2.2)
        size(self.product, 4.2, True)
        size(self.price, 5.0, True)
        size(self.stock, 2.6)
        size(self.time_left, 10.0, True)
        size(self.phase, 2.4)
        size(self.points, 2.6)
        size(self.pinned_text, 2.4)
        size(self.next_up, 2.4)
        for label in self.banner_labels:
            size(label, 2.6, True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def move_to_screen(self, screen: QScreen) -> None:
        was_full = self.isFullScreen()
        self.showNormal()
        self.setScreen(screen)
        self.move(screen.availableGeometry().topLeft())
        if was_full:
            self.showFullScreen()

    @staticmethod
    def screens() -> list[QScreen]:
        return list(QGuiApplication.screens())

    # ---- content ------------------------------------------------------------------------------------

    def refresh(self, snap: dict[str, Any]) -> None:
        clock, timer, cur, nxt = snap["clock"], snap["timer"], snap["current"], snap["next"]
        status = snap["show"]["status"]
        if status == "draft":
            self.show_clock.setText(self.tr("Not on air yet"))
        elif status == "ended":
            self.show_clock.setText(fill(self.tr("Show ended · %1"), format_duration(clock["show_elapsed_s"])))
        else:
            self.show_clock.setText(fill(self.tr("On air %1"), format_duration(clock["show_elapsed_s"])))
        over = clock["over_under_s"]
        ends = fill(self.tr("Planned end %1 · projected %2"), _clock(clock["planned_end"]),
                    _clock(clock["projected_end"]))
        if clock["planned_end"] is not None and abs(over) >= 60:
            ends += f" ({'+' if over > 0 else '−'}{format_duration(abs(over))})"
        self.ends.setText(ends)

        if cur is None:
            self.product.setText(snap["show"]["title"] or self.tr("No show open"))
            self.price.setText("")
            self.stock.setText("")
            self.points.setText("")
        else:
            self.product.setText(cur["name"])
            self.price.setText(format_price(cur["live_price"]) if cur["live_price"] else "")
            self.stock.setText(fill(self.tr("Stock %1"), str(cur["stock"])) if cur["stock"] else "")
            self.points.setText(cur["talking_points"])

        phase = timer["phase"]
        remaining = timer["remaining_s"]
        if phase == "idle":
            self.time_left.setText("--:--")
        elif phase == "overtime":
            self.time_left.setText("+" + format_duration(-remaining))
        else:
            self.time_left.setText(format_duration(remaining))
        names = {"idle": "", "running": self.tr("time left"), "paused": self.tr("paused"),
                 "warning": self.tr("time left"), "danger": self.tr("wrap up"), "overtime": self.tr("overtime")}
        self.phase.setText(names.get(phase, ""))
        self.time_left.setStyleSheet(f"color: {PHASE_COLOURS.get(phase, '#f5f7fa')};")

        pinned = snap.get("pinned")
        self.pinned.setVisible(bool(pinned))
        if pinned:
            self.pinned_text.setText(f"{pinned.get('user_name', '')}：{pinned.get('text', '')}")
        self.next_up.setText(fill(self.tr("Next: %1"), nxt["name"]) if nxt else "")
        self.set_banners(snap.get("banners", []))

    def set_banners(self, texts: list[str]) -> None:
        while len(self.banner_labels) < len(texts):
            label = self._label()
            label.setWordWrap(True)
            self.banner_labels.append(label)
            self.banner_layout.addWidget(label)
            self._scale()
        for label, text in zip(self.banner_labels, texts + [""] * len(self.banner_labels), strict=False):
            label.setText(text)
            label.setVisible(bool(text))
        self.banners.setVisible(bool(texts))
