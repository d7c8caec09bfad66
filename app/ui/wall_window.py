"""`livedeck wall`: every live room of the database in one window, for the producer who runs them.

The window only shows: each second it takes the newest rooms from `rooms` (a callable the entry
point wires to a RoomWatcher, which reads the database on its own thread), so the GUI thread never
waits on the database. One card per room: title, host, the item on air and its cart link, the
timer (computed from the studio's last line, so it runs between reads), viewers, comments a
minute, orders and GMV, and the alerts a producer must not miss.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

Rooms = Callable[[], list[dict[str, Any]]]
STALE_S = 3.0
_CSS = """
QWidget#wall, QScrollArea#scroll, QWidget#grid { background: #101216; }
QFrame#room { background: #1b1f26; border: 2px solid #2a2f38; border-radius: 10px; }
QFrame#room[alert="true"] { border-color: #d0453a; }
QLabel { color: #e8eaee; }
QLabel#title { font-size: 22px; font-weight: 700; }
QLabel#host, QLabel#age, QLabel#figname { color: #aab2bf; }
QLabel#host { font-size: 16px; }
QLabel#figname { font-size: 14px; }
QLabel#status { background: #2a2f38; border-radius: 4px; padding: 2px 8px; font-size: 14px; }
QLabel#status[live="true"] { background: #c62f2f; color: white; }
QLabel#link { background: #f1c40f; color: #111; border-radius: 6px; padding: 2px 10px;
              font-size: 18px; font-weight: 700; }
QLabel#item { font-size: 20px; }
QLabel#timer { font-size: 34px; font-weight: 700; }
QLabel#timer[phase="warning"] { color: #f5a623; }
QLabel#timer[phase="danger"] { color: #ff5a4f; }
QLabel#timer[phase="overtime"] { color: white; background: #d0453a; border-radius: 6px; padding: 0 8px; }
QLabel#fig { font-size: 24px; font-weight: 600; }
QLabel#alerts { color: #ffd7d2; font-size: 15px; }
QLabel#header { font-size: 26px; font-weight: 700; }
QLabel#empty { color: #7d8593; font-size: 22px; }
"""


def mmss(seconds: float) -> str:
    s = abs(int(seconds))
    return f"{s // 60}:{s % 60:02d}"


def alert_kind(kind: str) -> str:
    names = {"overtime": QCoreApplication.translate("Wall", "Overtime"),
             "stock": QCoreApplication.translate("Wall", "Low stock"),
             "relay": QCoreApplication.translate("Wall", "Relay silent"),
             "writer": QCoreApplication.translate("Wall", "Writer error")}
    return names.get(kind, kind)


class ElidedLabel(QLabel):
    """One line that ends in "…" when its box is too narrow (a long title never pushes the timer)."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)

    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        p.setPen(self.palette().color(self.foregroundRole()))
        p.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)


class RoomCard(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("room")
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 12, 14, 12)
        top, onair, figs = QHBoxLayout(), QHBoxLayout(), QGridLayout()
        self.title, self.host = self._label("title", elide=True), self._label("host")
        self.status = self._label("status")
        self.link, self.item, self.timer = self._label("link"), self._label("item", elide=True), self._label("timer")
        figs.setHorizontalSpacing(16)
        top.addWidget(self.title, 1)
        top.addWidget(self.host)
        top.addWidget(self.status)
        onair.addWidget(self.link)
        onair.addWidget(self.item, 1)
        onair.addWidget(self.timer)
        self.figs: dict[str, QLabel] = {}
        names = {"viewers": QCoreApplication.translate("Wall", "Viewers"),
                 "cpm": QCoreApplication.translate("Wall", "Comments/min"),
                 "orders": QCoreApplication.translate("Wall", "Orders"),
                 "gmv": QCoreApplication.translate("Wall", "GMV")}
        for col, (key, name) in enumerate(names.items()):
            self.figs[key] = self._label("fig")
            figs.addWidget(self.figs[key], 0, col)
            figs.addWidget(self._label("figname", name), 1, col)
            figs.setColumnStretch(col, 1)
        self.alerts, self.age = self._label("alerts"), self._label("age")
        self.alerts.setWordWrap(True)
        self.age.setAlignment(Qt.AlignmentFlag.AlignRight)
        for part in (top, onair, figs):
            box.addLayout(part)
        box.addWidget(self.alerts)
        box.addWidget(self.age)

    @staticmethod
    def _label(name: str, text: str = "", elide: bool = False) -> QLabel:
        label = ElidedLabel(text) if elide else QLabel(text)
        label.setObjectName(name)
        return label

    def show_room(self, r: dict[str, Any], now: float) -> None:
        live = r.get("status") == "live"
        left = float(r.get("remaining_s", 0.0))
        if live and r.get("phase") != "paused":
            left -= max(0.0, now - float(r.get("ts", now)))
        phase = "idle" if not live else ("overtime" if left < 0 else str(r.get("phase", "running")))
        self.title.setText(str(r.get("title", "")))
        self.host.setText(f"{r.get('host', '')} · {r.get('platform', '')}")
        self.status.setText(QCoreApplication.translate("Wall", "LIVE") if live
                            else QCoreApplication.translate("Wall", "not live"))
        self._prop(self.status, "live", "true" if live else "false")
        cart = str(r.get("cart_no") or "")
        self.link.setText(QCoreApplication.translate("Wall", "Link %1").replace("%1", cart))
        self.link.setVisible(bool(cart))
        self.item.setText(str(r.get("item") or "—"))
        self.timer.setText("" if not live else ("+" if left < 0 else "") + mmss(left))
        self._prop(self.timer, "phase", phase)
        self.figs["viewers"].setText(f"{int(r.get('viewers', 0)):,}")
        self.figs["cpm"].setText(f"{int(r.get('comments_per_min', 0)):,}")
        self.figs["orders"].setText(f"{int(r.get('orders', 0)):,}")
        self.figs["gmv"].setText(f"¥{int(r.get('gmv', 0)) / 100:,.0f}")
        alerts = r.get("alerts") or []
        self.alerts.setText("   ".join(f"⚠ {alert_kind(a.get('kind', ''))} {a.get('text', '')}" for a in alerts))
        self._prop(self, "alert", "true" if alerts else "false")
        age = float(r.get("age_s", 0.0))
        behind = QCoreApplication.translate("Wall", "%1 s behind").replace("%1", f"{age:.1f}")
        self.age.setText(f"{r.get('machine', '')} · {behind}")
        self.setEnabled(age <= STALE_S)

    @staticmethod
    def _prop(w: QWidget, name: str, value: str) -> None:
        if w.property(name) != value:
            w.setProperty(name, value)
            w.style().unpolish(w)
            w.style().polish(w)


class WallWindow(QWidget):
    def __init__(self, rooms: Rooms, columns: int | None = None) -> None:
        super().__init__()
        self.rooms = rooms
        self.columns = columns
        self.setObjectName("wall")
        self.setWindowTitle(QCoreApplication.translate("Wall", "LiveDeck · all rooms"))
        self.setStyleSheet(_CSS)
        outer = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("header")
        outer.addWidget(self.header)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(14)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_host)
        self.grid_host.setObjectName("grid")
        scroll.setObjectName("scroll")
        outer.addWidget(scroll, 1)
        self.empty = QLabel(QCoreApplication.translate("Wall", "No room is open right now"))
        self.empty.setObjectName("empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.empty)
        self.cards: list[RoomCard] = []
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(500)
        self.refresh()

    def _cols(self) -> int:
        return self.columns or max(1, self.width() // 440)

    def refresh(self) -> None:
        rooms, now = self.rooms(), time.time()
        live = sum(1 for r in rooms if r.get("status") == "live")
        count = (QCoreApplication.translate("Wall", "%1 rooms · %2 live")
                 .replace("%1", str(len(rooms))).replace("%2", str(live)))
        title = QCoreApplication.translate("Wall", "All rooms")
        self.header.setText(f"{title}   {count}   {time.strftime('%H:%M:%S')}")
        while len(self.cards) < len(rooms):
            self.cards.append(RoomCard())
        cols = self._cols()
        for i, card in enumerate(self.cards):
            if i < len(rooms):
                self.grid.addWidget(card, i // cols, i % cols)
                card.show_room(rooms[i], now)
                card.show()
            else:
                card.hide()
        self.empty.setVisible(not rooms)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.refresh()


def run_wall(rooms: Rooms, lang: str | None, quit_after: float | None) -> int:
    import sys

    from PySide6.QtWidgets import QApplication

    from app.ui.i18n import Translations, choose_language, use_emoji_fallback

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    use_emoji_fallback(app)
    translations = Translations(app)
    translations.install(choose_language(lang))
    window = WallWindow(rooms)
    window.resize(1600, 900)
    window.show()
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), app.quit)
    return int(app.exec())
