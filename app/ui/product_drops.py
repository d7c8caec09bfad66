"""Dragging products from the Products tab onto the run-sheet: the rows travel as their library
keys (MIME type below) and the drop runs `products.plan`, the same command as Ctrl+Enter."""

from __future__ import annotations

import json

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from app.studio.desk import DeskStudio
from app.studio.studio import CommandError

MIME = "application/x-livedeck-products"


class ProductDrops(QObject):
    """Installed on the run-sheet table's viewport; leaves the table's own row moves alone."""

    def __init__(self, studio: DeskStudio, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.refused: str | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent | QDragMoveEvent) and event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
            return True
        if isinstance(event, QDropEvent) and event.mimeData().hasFormat(MIME):
            keys = json.loads(bytes(event.mimeData().data(MIME).data()).decode("utf-8"))
            try:
                self.studio.execute("products.plan", {"keys": keys})
                self.refused = None
            except CommandError as exc:
                self.refused = exc.message
            event.acceptProposedAction()
            return True
        return super().eventFilter(obj, event)
