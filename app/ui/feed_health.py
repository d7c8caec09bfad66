"""Where the comments come from and how healthy each source is (the desk's feed-health tab)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.text import fill
from app.studio.desk import DeskStudio


class HealthPanel(QWidget):
    """Where the comments come from and how healthy each source is."""

    def __init__(self, studio: DeskStudio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.summary = QLabel()
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("Source"), self.tr("Events"), self.tr("Per second"),
                                              self.tr("Last event"), self.tr("Reconnects"), self.tr("Malformed"),
                                              self.tr("Not stored")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(1000)
        self.refresh()

    def refresh(self) -> None:
        stats = self.studio.feed_stats()
        text = fill(self.tr("%1 events · %2/s · %3 duplicates dropped · %4 malformed · %5 viewers online"),
                    stats["total"], stats["per_second"], stats.get("duplicates", 0), stats["malformed"],
                    stats.get("viewers", 0))
        if stats.get("anonymous"):
            text += "\n" + fill(self.tr("%1 events from anonymous viewers (never lottery entrants)"),
                                 stats["anonymous"])
        if stats.get("room_ended"):
            text += "\n⚠ " + fill(self.tr("The platform says the room has ended (%1)"),
                                  ", ".join(sorted(stats["room_ended"])))
        if stats.get("dead_letters"):  # rows the database refused, kept aside in dead_letters
            text += "\n⚠ " + fill(self.tr("%1 rows could not be stored and were set aside (dead letters): %2"),
                                   stats["dead_letters"], stats.get("last_dead_letter") or "")
        if stats.get("writer_error") or stats.get("dead_letters") or stats.get("room_ended"):
            if stats.get("writer_error"):
                text += "\n⚠ " + str(stats["writer_error"])
            self.summary.setStyleSheet("color: #e03131; font-weight: bold;")
        else:
            self.summary.setStyleSheet("")
        self.summary.setText(text)
        sources = stats.get("sources", {})
        self.table.setRowCount(len(sources))
        for row, (name, s) in enumerate(sorted(sources.items())):
            age = s["last_event_age_s"]
            cells = [name, str(s["events"]), f"{s['per_second']:.1f}",
                     "—" if age is None else fill(self.tr("%1 s ago"), f"{age:.0f}"), str(s["reconnects"]),
                     ", ".join(f"{k}: {v}" for k, v in sorted(s["malformed"].items())) or "0",
                     ", ".join(f"{k}: {v}" for k, v in sorted(s.get("skipped", {}).items())) or "0"]
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(value))
