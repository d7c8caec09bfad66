"""The app was down while a show was live: noticed at the next open, recorded once as `app_down`.

The clocks stand where they would have stood (the stream went on), so the minutes the app missed are
charged to the item on air; without a record the host saw "0:00 wrap up" and the review an overrun
with no reason. While a show is live the studio marks the store every `MARK_S` (and at a clean close):
a quiet stretch has no event and, without a relay, no comment, so the last event alone could put the
start of a crash's gap many minutes early. Opening the live show again then records the gap from the
latest mark or event to now through the `app.down` command: replayed, a second desk and a third open
see the same event, and the open after it measures from it, so a gap is never recorded twice.

A clean quit (or opening another show) while live is recorded too: for the stream and the host's clock
it is the same gap, only its start is exact.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from sqlalchemy.exc import SQLAlchemyError

from app.core import args as a
from app.core import events as ev
from app.core.changes import Change
from app.studio.errors import CommandError

if TYPE_CHECKING:
    from app.studio.studio import Studio

log = logging.getLogger(__name__)

MARK_S = 30.0  # how often a live show's `seen_at` is written: the error of a crash's start, at most
MIN_DOWN_S = 5.0  # a shorter gap (a quick reopen) is nothing the host or the review needs told


class Downtime(QObject):
    def __init__(self, studio: Studio) -> None:
        super().__init__(studio)
        self.studio = studio
        self._marked = 0.0
        self._pending: int | None = None  # a show whose gap the room guard refused: retried on ROOM
        studio.register("app.down", self.down)
        studio.changed.connect(self._retry)

    def down(self, args: dict[str, Any]) -> dict[str, Any]:
        """`app.down` {from, to}: the app was not running from `from` to `to` while the show was live."""
        studio = self.studio
        studio.need_live()
        start, end = a.number(args, "from"), a.number(args, "to")
        started = studio.state.started_at
        if not (started is not None and started <= start < end <= studio.clock.now()):
            raise CommandError("bad_args", self.tr("from must be after the start and before to, to not in the future"))
        studio.record(ev.APP_DOWN, {"from": start, "to": end, "item_id": studio.state.current_id})
        return {"down_s": end - start}

    def opened(self, again: bool = False) -> None:
        """After the open of a show: record the gap since the last sign of a studio at it, if it was live
        (not for the show that was open here already: no gap)."""
        studio = self.studio
        show_id, st = studio.show_id, studio.state
        waiting = show_id is not None and self._pending == show_id  # "open it again" is the way out of a taken room
        self._pending = None
        if show_id is None or st.status != "live" or (again and not waiting):
            return
        now = studio.clock.now()
        last = studio.store.last_seen(show_id)
        if last is None or now - last < MIN_DOWN_S:
            return
        try:  # asked here: inside `show.open`'s transaction the command itself is not asked again
            if studio.guard is not None:
                studio.guard("app.down")
        except CommandError:  # another studio has the room (it may be on air): its gap is not ours to say
            self._pending = show_id
            return
        if studio.auto("app.down", {"from": max(last, st.started_at or last), "to": now}) is None:
            self._pending = show_id
        self._marked = now

    def _retry(self, changes: Change) -> None:
        """The room guard refused the record while the room was being taken: once it is ours, again."""
        if self._pending is not None and Change.ROOM in changes and self._pending == self.studio.show_id:
            self.opened()

    def tick(self) -> None:
        if self.studio.clock.now() - self._marked >= MARK_S:
            self.mark()

    def mark(self) -> None:
        """The live show is still open here: the start of a gap should the process end now. Not an
        event (nothing happened on air); a failed write is tried again at the next tick, never raised."""
        studio = self.studio
        if studio.show_id is None or studio.state.status != "live" or self._pending is not None \
                or studio.store is None:  # a second desk (RemoteStudio): the studio marks its own show
            return
        try:
            if studio.guard is not None:
                studio.guard("app.down")  # a room another studio holds is its to mark
        except CommandError:
            return
        now = studio.clock.now()
        try:
            with studio.write_turn():
                studio.store.mark_seen(studio.show_id, now)
            self._marked = now
        except SQLAlchemyError as exc:
            log.warning("could not mark the live show as seen: %s", exc)
