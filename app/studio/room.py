"""The open show's room on a shared database (#21): the state's `room` part, and no writes to a
room this studio does not own.

The room keeper (app.models.rooms.RoomKeeper) reports from its own threads; the report crosses to
the GUI thread through a queued signal, and only there is `room` changed (one owning thread). While
the lock is being re-taken after a server restart, or once another studio owns the room, commands
that write to the show are refused with a clear reason; once another studio owns it, ingest stops
storing comments into it too. Opening the show again (or another show) is the way out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from app.core.changes import Change
from app.core.text import fill
from app.models.rooms import OWNED, RECONNECTING, TAKEN, RoomHolder
from app.studio.errors import CommandError
from app.studio.studio import Studio

CLAIMING = "claiming"  # the show was just opened; the keeper is taking its room
# Commands that leave the open room or write nothing into it: they stay allowed while it is not ours
# (read-only ones are marked where they are registered: Studio.register(..., writes=False)).
ROOM_FREE = frozenset({"show.list", "show.open", "show.create", "show.close", "show.events", "app.quit",
                       "app.language", "speech.say"})


class RoomDesk(QObject):
    """Holds `room` ({show_id, status, text} or None before the first report) for the open show."""

    _report = Signal(int, str, object)

    def __init__(self, studio: Studio) -> None:
        super().__init__(studio)
        self.studio = studio
        self.room: dict[str, Any] | None = None
        self._report.connect(self._apply)  # queued: reports come from the keeper's threads
        studio.views["room"] = lambda _now: self.room
        studio.guard = self.check
        studio.show_opened.connect(self._opened)

    def report(self, show_id: int, status: str, holder: RoomHolder | None = None) -> None:
        """From any thread: what the keeper knows of `show_id`'s room now (and who took it)."""
        self._report.emit(show_id, status, holder)

    @property
    def taken(self) -> bool:
        return self.room is not None and self.room["status"] == TAKEN

    def _opened(self, show_id: int) -> None:
        """A room is kept (the keeper reported before): the newly opened one is ours only once taken."""
        if self.room is not None:
            self.room = {"show_id": show_id, "status": CLAIMING, "text": self._text(CLAIMING, None)}

    def _apply(self, show_id: int, status: str, holder: RoomHolder | None) -> None:
        if show_id != self.studio.show_id:
            return  # about a room this studio no longer has open
        self.room = {"show_id": show_id, "status": status, "text": self._text(status, holder)}
        if status == TAKEN and self.studio.feed is not None:
            self.studio.feed.pipeline.set_show(None, "room_taken")
        self.studio.part_changed(Change.ROOM)

    def _text(self, status: str, holder: RoomHolder | None) -> str | None:
        if status == TAKEN:
            return fill(self.tr("Another studio has this show open (%1). This desk no longer saves anything "
                                "to it: open the show again once that studio has closed it, or open "
                                "another show."), self._who(holder))
        if status == CLAIMING:
            return self.tr("Taking this show's room on the database server…")
        if status == RECONNECTING:
            return self.tr("The database connection was lost: taking this show's room back as soon as "
                           "the server answers. Changes wait until then.")
        return None

    def _who(self, holder: RoomHolder | None) -> str:
        """The other studio as its lock names it: its process id and machine, in the desk's language."""
        if holder is None or (holder.pid is None and not holder.machine):
            return self.tr("another process")
        if holder.pid is None:
            return fill(self.tr("a process on %1"), holder.machine)
        if not holder.machine:
            return fill(self.tr("pid %1"), holder.pid)
        return fill(self.tr("pid %1 on %2"), holder.pid, holder.machine)

    def check(self, cmd: str) -> None:
        """The studio's guard before a command runs: CommandError unless this studio may write."""
        if self.room is None or self.room["status"] == OWNED or cmd in ROOM_FREE or cmd in self.studio.room_free:
            return
        code = "room_taken" if self.room["status"] == TAKEN else "room_not_held"
        raise CommandError(code, str(self.room["text"]))
