"""The comment feed on the GUI side: drains the ingest pipeline a few times a second.

The database keeps everything; this keeps a bounded window for display and lookups (pin, read
aloud, per-user history of recent comments), the viewer counts, and the feed's health figures.
"""

from __future__ import annotations

import collections
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from app.core.comments import Comment
from app.core.feed_rules import DEFAULT_KEYWORDS
from app.core.triage import BannedWord, Classifier, load_wordlist
from app.live.ingest import IngestPipeline
from app.studio.wordlist import SHIPPED_WORDLIST, wordlist_path

DRAIN_MS = 50          # at most 20 model updates a second
FLOOD_DRAIN_MS = 100   # … and 10 while rows arrive faster than the view is shown them (nobody reads
                       # 4,000 comments a second; the GUI's time goes to the desks instead)
HEARTBEAT_MS = 10      # the GUI checks how late its own timers fire …
LATE_MS = 15           # … and past this, ingest yields to it
_LIVE_AGAIN = frozenset({"comment", "like", "join", "follow", "share"})
WINDOW = 5000          # comments kept in memory for display and lookups
# How long switching shows waits on the GUI thread for the comment writer: rows go to their own show
# whatever the wait (ingest routes them by show), and an ended show's orders still queued are known
# from its sales counter (app.studio.settling); a writer far behind (a full disk) no longer freezes
# the window for its 30 s. Deleting a show waits for its rows in full (ShowCommands.delete).
SWITCH_WAIT_S = 2.0
SHOWN_PER_DRAIN = 200  # rows handed to the view per drain: a few screenfuls (each row costs the GUI ~60 µs)


class CommentFeed(QObject):
    """The GUI thread's view of the feed; everything here is owned by the GUI thread. It takes at
    most the newest SHOWN_PER_DRAIN rows of each drain, in one swap of the pipeline's bounded window
    (whatever must see every row is counted on the ingest side: `pipeline.counting`), so a drain
    costs the same however many rows arrived; it reads the pipeline's counters as copies."""

    # object, not list: a list signal copies its rows into a QVariantList for each slot (~0.2 µs a row each)
    arrived = Signal(object)  # list[Comment], in arrival order: the newest SHOWN_PER_DRAIN of a drain
    counted = Signal(object)  # frozenset[str]: the ingest side's counters that moved (app.live.counting)
    deleted = Signal(object)  # list[int]: ids of comments whose `deleted` mark changed (the platform or the desk)

    def __init__(self, pipeline: IngestPipeline, data_dir: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pipeline = pipeline
        pipeline.window_limit = SHOWN_PER_DRAIN  # the ingest side keeps no more for a drain than is shown
        self.show_id: int | None = None  # the show whose batches this feed shows (the Studio's)
        self.data_dir = data_dir
        self.window: collections.OrderedDict[int, Comment] = collections.OrderedDict()
        self._by_msg: dict[tuple[str, str], int] = {}
        self.total = 0
        self.left_out = 0  # rows stored and counted but never handed to the view (a flood's older rows)
        self.viewers: dict[str, int] = {}
        self.room_ended: dict[str, float] = {}  # platform → when its relay said the room ended
        self.blocked: frozenset[tuple[str, str]] = frozenset()  # swapped whole by the FeedDesk's commands
        self.keywords: list[str] = list(DEFAULT_KEYWORDS)
        self.items: list[int] = []
        self.cart_nos: list[str] = []
        self.banned: list[BannedWord] = self._load_banned()
        self._rate: collections.deque[tuple[float, int]] = collections.deque()
        self._source_windows: dict[str, collections.deque[tuple[float, int]]] = {}
        self.per_second = 0.0
        self._rebuild()
        self._timer = QTimer(self)
        self._timer.setInterval(DRAIN_MS)
        self._timer.timeout.connect(self.drain)
        self._timer.start()
        # The GUI comes first. Python runs one thread at a time, and under a flood the ingest and
        # writer threads would keep it; a heartbeat that finds itself kept waiting pauses ingest briefly.
        self._beat = QElapsedTimer()
        self._beat.start()
        self._beat_cpu = time.thread_time()
        self._heart = QTimer(self)
        self._heart.setInterval(HEARTBEAT_MS)
        self._heart.timeout.connect(self._heartbeat)
        self._heart.start()

    def _load_banned(self) -> list[BannedWord]:
        path = wordlist_path(self.data_dir) if self.data_dir else SHIPPED_WORDLIST
        return load_wordlist(path) if path.exists() else []

    def _rebuild(self) -> None:
        self.classifier = Classifier(self.banned, self.keywords, self.items, self.cart_nos)
        self.pipeline.classifier = self.classifier  # one reference swap: the server thread sees old or new

    def set_keywords(self, keywords: Sequence[str]) -> None:
        self.keywords = [k.strip() for k in keywords if k.strip()]
        self._rebuild()

    def set_items(self, item_ids: Sequence[int], cart_nos: Sequence[str] = ()) -> None:
        """The run-sheet in order, with each item's cart number, for "N号链接" in comments."""
        if list(item_ids) != self.items or list(cart_nos) != self.cart_nos:
            self.items = list(item_ids)
            self.cart_nos = list(cart_nos)
            self._rebuild()

    def reload_wordlist(self) -> None:
        self.banned = self._load_banned()
        self._rebuild()

    def _heartbeat(self) -> None:
        """How long the GUI thread waited since the last beat: the time since it less the interval, or
        less the CPU this thread used meanwhile if that was longer. Its own work (a drain, a repaint)
        would not end sooner if ingest slowed down; waiting for the interpreter or a core would, and
        only that throttles it."""
        cpu, self._beat_cpu = self._beat_cpu, time.thread_time()
        waited = self._beat.restart() - max(HEARTBEAT_MS, (self._beat_cpu - cpu) * 1000)
        if waited > LATE_MS:
            self.pipeline.gui_late()
        elif waited < LATE_MS / 2:
            self.pipeline.gui_on_time()

    def switch_show(self, show_id: int | None) -> None:
        self.flush_show()
        self.show_id = show_id

    def flush_show(self) -> None:
        """Before the open show changes: show what was accepted for it and have it written (up to
        SWITCH_WAIT_S), so a batch accepted before the switch is in the database the next show's
        figures and the review read."""
        self.drain()
        self.pipeline.writer.flush(SWITCH_WAIT_S)
        self.window.clear()
        self._by_msg.clear()
        self.viewers.clear()

    def _hold(self, batch: list[Comment]) -> None:
        """Keep the newest WINDOW rows in memory (the view, viewer history, `feed.recent`); count them."""
        for c in batch[-WINDOW:]:  # in a flood only the newest can still be on screen
            self.window[c.id] = c
            self._by_msg[(c.platform, c.msg_id)] = c.id
        while len(self.window) > WINDOW:
            _id, old = self.window.popitem(last=False)
            self._by_msg.pop((old.platform, old.msg_id), None)
        self.total += len(batch)

    def drain(self) -> list[Comment]:
        """Take the newest rows for the view; what must see every row counted them on the ingest side."""
        batch, skipped = self.pipeline.drain_window(self.show_id, SHOWN_PER_DRAIN)
        moved = self.pipeline.counting.take_moved()
        if moved:
            self.counted.emit(moved)
        self.total += skipped
        self.left_out += skipped
        interval = FLOOD_DRAIN_MS if skipped else DRAIN_MS
        if self._timer.interval() != interval:
            self._timer.setInterval(interval)
        if not batch:
            self._tick_rate()
            return batch
        removed: list[int] = []
        for c in batch:
            if c.kind == "delete":
                x = c.extra or {}
                if x.get("target_user"):  # a user's whole chat removed (Twitch CLEARCHAT)
                    for w in self.window.values():
                        if w.platform == c.platform and w.user_id == x["target_user"] and w.kind == "comment":
                            w.deleted = True
                            removed.append(w.id)
                    continue
                target = self._by_msg.get((c.platform, x.get("target", "")))
                if target is not None and target in self.window:
                    self.window[target].deleted = True
                    removed.append(target)
            elif c.kind == "room_end":
                self.room_ended[c.platform] = c.ts
            elif self.room_ended and c.kind in _LIVE_AGAIN and c.platform in self.room_ended:
                del self.room_ended[c.platform]  # the room is live again (gifts may be streaks closed late)
            elif c.kind == "viewers" and "online" in (c.extra or {}):  # a cumulative-only count leaves it
                self.viewers[c.platform] = int((c.extra or {})["online"])
        self._hold(batch)
        self._tick_rate()
        self.arrived.emit(batch)
        if removed:
            self.deleted.emit(removed)
        return batch

    def _tick_rate(self) -> None:
        now = time.monotonic()
        self._rate.append((now, self.total))
        while self._rate and now - self._rate[0][0] > 2.0:
            self._rate.popleft()
        t0, n0 = self._rate[0]
        self.per_second = (self.total - n0) / (now - t0) if now > t0 else 0.0

    def mark_deleted(self, flipped: frozenset[int], deleted: frozenset[int]) -> None:
        """The desk deleted or restored these comments (command `comment.delete`/`comment.restore`)."""
        changed = []
        for cid in flipped:
            c = self.window.get(cid)
            if c is not None:
                c.deleted = cid in deleted
                changed.append(cid)
        if changed:
            self.deleted.emit(changed)

    def find(self, comment_id: int) -> Comment | None:
        return self.window.get(comment_id)

    def is_blocked(self, c: Comment) -> bool:
        return (c.platform, c.user_id) in self.blocked

    def stats(self) -> dict[str, Any]:
        """The feed health figures, from a copy of the pipeline's counters (the ingest thread owns them)."""
        p = self.pipeline
        snap = p.snapshot()
        now = p.clock()
        sources = {}
        for name, s in snap["sources"].items():
            sources[name] = {"events": s["events"], "per_second": round(self._source_rate(name, s["events"], now), 1),
                             "last_event_age_s": round(now - s["last_event"], 1) if s["last_event"] else None,
                             "malformed": s["malformed"], "skipped": s["skipped"],
                             "anonymous": s["anonymous"], "connections": s["connections"],
                             "reconnects": s["reconnects"]}
        return {"total": snap["accepted"], "per_second": round(self.per_second, 1), "malformed": snap["malformed"],
                "duplicates": snap["duplicates"], "viewers": sum(self.viewers.values()), "sources": sources,
                "skipped": snap["skipped"], "anonymous": sum(s["anonymous"] for s in sources.values()),
                "room_ended": dict(self.room_ended), "left_out": self.left_out,
                "writer_pending": p.writer.pending, "writer_error": p.writer.error,
                "writer_starting": not p.writer.ready.is_set(),  # ingest refused until it is up (app.live.gate)
                "dead_letters": p.writer.dead_letters, "last_dead_letter": p.writer.last_dead_letter}

    def _source_rate(self, name: str, events: int, now: float) -> float:
        """Events per second of one source over the last two seconds (the window is the GUI's own)."""
        window = self._source_windows.setdefault(name, collections.deque())
        window.append((now, events))
        while window and now - window[0][0] > 2.0:
            window.popleft()
        t0, n0 = window[0]
        return (events - n0) / (now - t0) if now > t0 else 0.0

    def stop(self) -> None:
        self._timer.stop()
        self._heart.stop()
        self.drain()
