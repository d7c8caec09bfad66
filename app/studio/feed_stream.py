"""The comment feed for second desks: `comments` messages on /control and the `feed.recent` query.

A second desk (`livedeck --connect`) has no store and no ingest: it shows what the studio shows.
Every drained batch is queued here and sent at most every FLUSH_MS as one bounded message (the
newest BATCH_MAX; older ones are skipped and counted in `skipped`), so a flood costs a slow desk a
gap it is told about, never the studio's memory: the server sends `comments` only to /control
clients that asked (`/control?feed=1`) and drops a client that stops reading (Outbox rules).
On every connect the desk asks `feed.recent` {after_id} for what it missed; ids only grow, so
"after this id" is a gap-free, duplicate-free catch-up (docs/protocol.md, "Second desk").
While no second desk is connected (`wanted`, wired to the server by the Runtime) nothing is built:
under a flood the messages cost the GUI thread ~2 ms of CPU ten times a second, for nobody.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from app.core import args as a
from app.core import feed_wire as fw
from app.core.comments import BANNED, Comment
from app.studio.studio import Studio

FLUSH_MS = 100


class FeedStream(QObject):
    def __init__(self, studio: Studio) -> None:
        super().__init__(studio)
        self.studio = studio
        self.pending: list[Comment] = []
        self.skipped = 0  # comments left out of the message being gathered (a flood)
        self._show: int | None = None  # the show the pending comments belong to
        self._left_out = studio.feed.left_out if studio.feed is not None else 0  # the feed's count, as last seen
        self._unstreamed = 0  # rows the feed was handed of kinds never sent (likes, joins, viewer counts)
        self.run = secrets.token_hex(4)  # which studio run `position` counts in: a restart starts again at 0
        self.wanted: Callable[[], bool] = lambda: True  # a second desk is connected (the Runtime asks the server)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FLUSH_MS)
        self._timer.timeout.connect(self.flush)
        studio.register("feed.recent", self.recent, writes=False)
        studio.register("feed.user", self.user, writes=False)
        if studio.feed is not None:
            studio.feed.arrived.connect(self.on_batch)

    def on_batch(self, batch: list[Comment]) -> None:
        if self.pending and self._show != self.studio.show_id:
            self.flush()  # the last batch of the previous show goes out under its own show id
        self._show = self.studio.show_id
        self._unstreamed += sum(1 for c in batch if c.kind not in fw.STREAMED_KINDS)
        left_out = self.studio.feed.left_out if self.studio.feed is not None else 0
        self.skipped += max(0, left_out - self._left_out)  # the drain's older rows (a flood) never come here
        self._left_out = left_out
        if not self.wanted():  # nobody to send to; a desk that connects catches up with `feed.recent`
            self.pending.clear()
            self.skipped = 0
            return
        fresh = [c for c in batch if c.kind in fw.STREAMED_KINDS]
        if not fresh:
            return
        self.pending.extend(fresh)
        if len(self.pending) > fw.BATCH_MAX:
            self.skipped += len(self.pending) - fw.BATCH_MAX
            del self.pending[:-fw.BATCH_MAX]
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        if not self.pending:
            return
        batch, self.pending = self.pending, []
        skipped, self.skipped = self.skipped, 0
        self.studio.published.emit({"type": "comments", "show_id": self._show, "skipped": skipped,
                                    "position": self.position(), "run": self.run,
                                    "comments": [self.wire(c) for c in batch]})

    def position(self) -> int:
        """How many rows the studio's feed has taken that a desk could have been sent (every row it
        drained, less the kinds never sent; a flood's left-out rows count, their kinds unknown): a
        desk that counts the comments it received knows from two positions how many it missed,
        whatever the stream and its catch-ups overlapped."""
        feed = self.studio.feed
        return (feed.total if feed is not None else 0) - self._unstreamed

    def wire(self, c: Comment) -> dict[str, Any]:
        feed = self.studio.feed
        masked = feed.classifier.mask(c.text) if feed is not None and c.flags & BANNED else None
        return fw.to_wire(c, masked)

    def recent(self, args: dict[str, Any]) -> dict[str, Any]:
        """The newest comments after `after_id` (default: the newest `limit`), oldest first; `skipped`
        says how many newer than `after_id` were left out by `limit`."""
        after = a.integer(args, "after_id", 0, lo=0)
        limit = a.integer(args, "limit", fw.RECENT_MAX, lo=1, hi=fw.RECENT_MAX)
        feed = self.studio.feed
        fresh = fw.newer(feed.window.values(), after) if feed is not None else []
        kept, skipped = fw.capped(fresh, limit)
        return {"show_id": self.studio.show_id, "skipped": skipped, "position": self.position(), "run": self.run,
                "comments": [self.wire(c) for c in kept]}

    def user(self, args: dict[str, Any]) -> dict[str, Any]:
        """One viewer's comments among those the studio holds in memory, oldest first (a second desk's
        viewer history: the studio's own desk reads the database off its GUI thread instead)."""
        platform, user_id = a.text(args, "platform", required=True), a.text(args, "user_id", required=True)
        limit = a.integer(args, "limit", fw.RECENT_MAX, lo=1, hi=fw.RECENT_MAX)
        feed = self.studio.feed
        mine = [c for c in feed.window.values() if c.user_id == user_id and c.platform == platform] if feed else []
        return {"show_id": self.studio.show_id, "comments": [self.wire(c) for c in mine[-limit:]]}
