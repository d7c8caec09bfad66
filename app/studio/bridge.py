"""Carries control commands from the server thread to the Studio on the GUI thread and back.

At a quit (`close`) the commands not yet run are refused as `shutting_down` instead of left unanswered:
a desk told "the connection dropped" could not know whether its 下一个 was done, and sent it again."""

from __future__ import annotations

import concurrent.futures
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from app.studio.errors import CommandError
from app.studio.studio import Studio

Reply = concurrent.futures.Future[dict[str, Any]]


class ControlBridge(QObject):
    """`submit` may be called from any thread; the command runs on the thread that owns this object."""

    _request = Signal(object)

    def __init__(self, studio: Studio) -> None:
        super().__init__()
        self.studio = studio
        self.closed = False
        self._queued: set[Reply] = set()  # submitted, not yet run (a set's add/discard hold the GIL)
        self._request.connect(self._run)

    def submit(self, cmd: str, args: dict[str, Any]) -> Reply:
        future: Reply = concurrent.futures.Future()
        if self.closed:
            future.set_exception(self._quitting())
            return future
        self._queued.add(future)
        self._request.emit((cmd, args, future))
        return future

    def close(self) -> None:
        """The studio quits: nothing more runs; what is queued is answered "not done" (GUI thread)."""
        self.closed = True
        for future in list(self._queued):
            if future.set_running_or_notify_cancel():
                future.set_exception(self._quitting())
        self._queued.clear()

    def _quitting(self) -> CommandError:
        return CommandError("shutting_down", self.tr("the studio is quitting: this was not done"))

    @Slot(object)
    def _run(self, payload: tuple[str, dict[str, Any], Reply]) -> None:
        cmd, args, future = payload
        self._queued.discard(future)
        if future.done() or not future.set_running_or_notify_cancel():
            return  # refused at the quit, or cancelled
        try:
            future.set_result(self.studio.execute(cmd, args))
        except Exception as exc:
            future.set_exception(exc)
