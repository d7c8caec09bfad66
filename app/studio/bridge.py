"""Carries control commands from the server thread to the Studio on the GUI thread and back."""

from __future__ import annotations

import concurrent.futures
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from app.studio.studio import Studio


class ControlBridge(QObject):
    """`submit` may be called from any thread; the command runs on the thread that owns this object."""

    _request = Signal(object)

    def __init__(self, studio: Studio) -> None:
        super().__init__()
        self.studio = studio
        self._request.connect(self._run)

    def submit(self, cmd: str, args: dict[str, Any]) -> concurrent.futures.Future[dict[str, Any]]:
        future: concurrent.futures.Future[dict[str, Any]] = concurrent.futures.Future()
        self._request.emit((cmd, args, future))
        return future

    @Slot(object)
    def _run(self, payload: tuple[str, dict[str, Any], concurrent.futures.Future[dict[str, Any]]]) -> None:
        cmd, args, future = payload
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(self.studio.execute(cmd, args))
        except Exception as exc:
            future.set_exception(exc)
