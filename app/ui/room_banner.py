"""The strip over the desk that says when this studio does not own its show's room (#21).

On a shared PostgreSQL a room is owned by one studio at a time. When the lock was lost (the server
restarted) the strip says the room is being taken back; when another studio took the room, it says
so in red and stays until the show is opened again: the desk refuses to write into that room. The
text is the state's `room` part, translated by the studio.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from app.core.changes import Change
from app.studio.desk import DeskStudio
from app.ui.subscribe import subscribe

_STYLE = {  # status → (background, border, text)
    "taken": ("#ffe3e3", "#e03131", "#a51111"),
    "reconnecting": ("#fff4e6", "#fd7e14", "#862e00"),
}


class RoomBanner(QFrame):
    """Hidden while the room is ours (or there is no shared database); else one clear line."""

    def __init__(self, studio: DeskStudio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.setObjectName("roomBanner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.label.setFont(font)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.label, 1)
        self.status: str | None = None
        subscribe(studio, self, Change.ROOM | Change.SHOW, self.refresh)  # a second desk: from the published state
        self.refresh()

    def refresh(self) -> None:
        room: dict[str, Any] | None = self.studio.snapshot().get("room")
        status = room.get("status") if room else None
        if status not in _STYLE or not room or not room.get("text"):
            self.status = None
            self.hide()
            return
        self.status = str(status)
        bg, border, fg = _STYLE[self.status]
        self.setStyleSheet(f"#roomBanner {{ background: {bg}; border: 2px solid {border}; border-radius: 4px; }}"
                           f" #roomBanner QLabel {{ color: {fg}; }}")
        self.label.setText(("⛔ " if self.status == "taken" else "⚠ ") + str(room["text"]))
        self.show()
