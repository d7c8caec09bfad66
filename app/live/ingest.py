"""The ingest pipeline, run on the server thread: frames → events → dedupe → triage → writer + feed.

An /ingest websocket hands over the frames of one socket read at once (`on_frames`, fed straight
from websockets' parser by app.live.ingest_connection): each frame is parsed and refused on its own,
and the read's events are accepted together, `ACCEPT_MAX` at a time (one lock, one writer hand-off,
one count, one window add each). Relay clients, HTTP POST and in-process tools hand over one frame
at a time (`on_frame`).

The GUI never parses a frame: a few times a second it takes the feed's window (app.live.feed_window),
bounded here, so a drain costs the GUI the same however many rows arrived. Every accepted event
goes to the writer before it is offered to the feed.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import sys
import threading
import time
import weakref
from collections.abc import Callable, Sequence
from typing import Any

from app.core.comments import Comment
from app.core.edge import normalise
from app.core.orders import Settling, settled_orders
from app.core.triage import Classifier, norm_of
from app.live.adapters import FrameState, expire_streaks, flush_streaks, parse_frame
from app.live.counting import Counting
from app.live.feed_window import FeedWindow
from app.live.ingest_stats import RecentKeys, SourceStats
from app.live.server import MAX_FRAME, IngestContext
from app.models.writer import Writer

log = logging.getLogger(__name__)
EARLY_LIMIT = 50_000  # events held at start-up while no show is open yet (relays may connect first)
# Events per `accept`: one 256 KiB socket read holds ~1,700 one-event frames, and `accept` holds the
# lock the GUI's drain takes for ~2.4 µs an event (4 ms for 1,700, longer while threads share the
# interpreter); 256 keep the GUI's wait under a millisecond at the same cost per event.
ACCEPT_MAX = 256


SWEEP_EVERY = 1.0  # seconds between closing quiet gift streaks of silent connections


class IngestPipeline:
    """Frames in, numbered events out to the writer and (as a queue of batches) to the GUI.

    Who owns what (one thread per piece of state; crossings are the queue and copies):
    - the ingest thread (the server's loop, where /ingest and relay clients run; /ingest frames
      arrive a socket read at a time, from the connection's `data_received`): per-connection
      `FrameState`s and `_states`, the registry of connections with open gift streaks, which it
      sweeps itself (`bind`); a sweep asked for from another thread is posted to it; the rate
      slot (`_slot_start`, `_slot_events`, `_last_rate`, `_last_span`), which the GUI only reads (`recent_rate`);
    - the GUI thread: `_drained` (how many queued events it has taken), `rate_limit`,
      `gui_behind_until`, and the classifier reference it swaps in whole;
    - `_lock` guards what both must change at once: which show takes events (`set_show` must take
      effect before it returns: a closed show takes nothing more), dedupe keys, ids, counters,
      `_queued`, the feed's windows and events held before the first show. The GUI reads the
      counters through `snapshot()`, a copy taken under the lock;
    - `_windows` is the crossing: per show, the newest `window_limit` rows since the GUI's last drain
      (set by the GUI's feed) and the rare rows it must see; the GUI swaps them out whole
      (`drain_window`), so its cost per drain does not grow with the rows that arrived;
    - `counting` (app.live.counting) sees every accepted row, inside `accept` under `_lock`: poll
      votes, lottery entrants, questions, orders. The GUI reads its results as copies.
    """

    def __init__(self, writer: Writer, first_id: int, classifier: Classifier | None = None) -> None:
        self.writer = writer
        self.classifier = classifier or Classifier()
        self.show_id: int | None = None
        self.closed_reason = "no_show_open"  # why events are refused while no show takes them
        self.settling: Sequence[Settling] = ()  # ended shows whose orders still settle, and until when
        # Rows for the GUI, per show they were accepted for: a row for another show is never
        # applied to the open one. Bounded to the newest `window_limit` per show (None: all).
        self.window_limit: int | None = None
        self._windows: dict[int, FeedWindow] = {}
        self._queued = 0   # events added to the windows (under `_lock`)
        self._drained = 0  # events the GUI took from them (GUI thread only)
        self._seen = RecentKeys()
        self._next_id = first_id
        self.counting = Counting(first_id - 1)  # poll votes, lottery entrants: every row, counted here
        self.sources: dict[str, SourceStats] = collections.defaultdict(SourceStats)
        self.gui_behind_until = 0.0
        self.rate_limit = 50_000.0
        self._slot_start = time.monotonic()
        # Receive times come from the studio's clock (set by the Studio), so comments and show events
        # share one timeline: a wall-clock step mid-show moves neither (DESIGN: one clock per show).
        self.clock: Callable[[], float] = time.time
        self._slot_events = 0
        self._last_rate, self._last_span = 0.0, float("inf")  # events/s of the last whole slot, and its length
        self.accepted = 0
        self.duplicates = 0
        self.malformed = 0
        self.skipped = 0
        self._lock = threading.Lock()  # frames may come from the server thread and in-process tools
        self._early: collections.deque[tuple[Comment, str]] = collections.deque()
        self._started = False  # a show has been open: from then on nothing is held for the next one
        self._states: weakref.WeakSet[FrameState] = weakref.WeakSet()  # open connections, for the streak sweep
        self._last_sweep = 0.0
        self._tails: dict[str, Any] = {}  # per relay format: what its connections hand on (FrameState.tails)
        self._loop: asyncio.AbstractEventLoop | None = None  # the ingest thread's loop, once bound
        self._owner: int | None = None  # that thread's ident
        self._sweep_asked = False  # a sweep request is on its way to the ingest thread

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Run on `loop`'s thread from now on: it owns the streak registry and sweeps it every second."""
        self._loop = loop

        def start() -> None:
            self._owner = threading.get_ident()
            self._periodic_sweep()

        loop.call_soon_threadsafe(start)

    def _periodic_sweep(self) -> None:
        assert self._loop is not None
        self._sweep(self.clock())
        self._loop.call_later(SWEEP_EVERY, self._periodic_sweep)

    @property
    def pending_n(self) -> int:
        """Events accepted but not yet drained by the GUI (two counters, each with one writer)."""
        return self._queued - self._drained

    def set_show(self, show_id: int | None, closed_reason: str = "no_show_open",
                 settling: Sequence[Settling] = ()) -> None:
        """Where accepted events go from now on; with None they are refused under `closed_reason`, but
        `settling` (ended shows, until when) still take their orders' status changes. Events that arrived
        before any show opened (relays may connect first) are held for the first one, never another."""
        with self._lock:
            self.show_id = show_id
            self.closed_reason = closed_reason
            self.settling = settling
            early: collections.deque[tuple[Comment, str]] = collections.deque()
            if show_id is not None:
                self._started = True
                early, self._early = self._early, early
        by_source: dict[str, list[Comment]] = {}
        for c, source in early:
            by_source.setdefault(source, []).append(c)
        for source, cs in by_source.items():
            self.accept(cs, source, self.clock())

    def source(self, name: str) -> SourceStats:
        return self.sources[name or "unknown"]

    def on_frame(self, frame: str | bytes, ctx: IngestContext) -> None:
        """One frame (relay clients, HTTP POST, in-process tools): `on_frames` with a list of one."""
        self.on_frames((frame,), ctx)

    def on_frames(self, frames: Sequence[str | bytes], ctx: IngestContext) -> None:
        """The frames of one read from one connection, in order: each is parsed on its own (one JSON
        document or protobuf message; a bad one is counted by reason and costs only itself), then
        their events are accepted together, `ACCEPT_MAX` at a time: one lock, one writer hand-off,
        one count, one window add each."""
        now = self.clock()
        st: FrameState = ctx.state.get("frames") or ctx.state.setdefault(
            "frames", FrameState(self._tails, ctx.state.get("platform", "")))
        comments: list[Comment] = []
        bad: list[str] = []
        with st.lock:
            for frame in frames:
                if len(frame) > MAX_FRAME:
                    bad.append("too_large")
                    continue
                try:
                    got, why = parse_frame(frame, st, now)
                except RecursionError:  # JSON nested thousands deep: json.loads gives up
                    got, why = [], ["too_deep"]
                except Exception:  # an adapter bug must cost one frame, never the connection
                    log.exception("ingest from %s: frame could not be parsed", ctx.peer)
                    got, why = [], ["parse_error"]
                comments += got
                bad += why
            skipped = st.skipped
            if skipped:
                st.skipped = collections.Counter()
            if st.streaks.held and st not in self._states:
                self._states.add(st)
        ctx.source = ctx.source or st.format
        self._tally(comments, bad, skipped, ctx, now)

    def _tally(self, comments: list[Comment], bad: list[str], skipped: collections.Counter[str],
               ctx: IngestContext, now: float) -> None:
        """Count what was refused or skipped, accept the rest, and fill an HTTP POST's reply."""
        if skipped:
            self._skip(ctx.source, skipped)
        if bad:
            self._bad(ctx.source, bad)
            log.info("ingest from %s: %s", ctx.peer, ", ".join(bad))
        into = ctx.state.get("into")  # an HTTP POST's reply: what was stored and refused (app/live/http_ingest.py)
        if into is not None:
            into.update(bad)
        for i in range(0, len(comments), ACCEPT_MAX):
            part = comments[i:i + ACCEPT_MAX]
            closed: collections.Counter[str] = collections.Counter()
            fresh = self.accept(part, ctx.source, now, closed)
            if into is not None:
                into["stored"] += len(fresh)
                into.update(closed)  # no show takes them: the relay may send them again once one does
                if len(fresh) + closed.total() < len(part):
                    into["duplicate_or_invalid"] += len(part) - len(fresh) - closed.total()

    def on_close(self, ctx: IngestContext) -> None:
        """Gift streaks still open are stored with what was seen, once."""
        st = ctx.state.get("frames")
        if isinstance(st, FrameState):
            with st.lock:
                held = flush_streaks(st)
            self._states.discard(st)
            if held:
                self.accept(held, ctx.source or st.format, self.clock())

    def sweep(self, now: float | None = None) -> None:
        """Close gift streaks quiet past their gap on connections that have gone silent.

        Any thread may ask; the sweep itself runs on the ingest thread once the pipeline is bound."""
        loop = self._loop
        if loop is None or threading.get_ident() == self._owner:
            self._sweep(now)
        elif not self._sweep_asked and not loop.is_closed():
            self._sweep_asked = True  # one request in flight at a time, however often the GUI asks
            loop.call_soon_threadsafe(self._sweep, now)

    def _sweep(self, now: float | None) -> None:
        self._sweep_asked = False
        now = self.clock() if now is None else now
        for st in list(self._states):
            with st.lock:
                closed = expire_streaks(st, now)
                if not st.streaks.held:
                    self._states.discard(st)
            if closed:
                self.accept(closed, closed[0].source, now)

    def _skip(self, source: str, reasons: collections.Counter[str]) -> None:
        with self._lock:
            self.skipped += sum(reasons.values())
            self.source(source).skipped.update(reasons)

    def count(self, source: str, reason: str) -> None:
        """A connection-level reason (refused origin, slow client dropped …) shown in the feed health."""
        with self._lock:
            self.source(source).malformed[reason] += 1

    def _bad(self, source: str, reasons: list[str]) -> None:
        with self._lock:
            self.malformed += len(reasons)
            self.source(source).malformed.update(reasons)

    def accept(self, comments: list[Comment], source: str, now: float,
               closed: collections.Counter[str] | None = None) -> list[Comment]:
        """Normalise at the edge, dedupe, number, triage and hand on; returns what was new.

        Every event passes `normalise` here, once, before the writer or the feed sees it: an event
        with impossible numbers is refused and counted, text is repaired. Events refused because
        no show takes them are also added to `closed` under the reason (`no_show_open`,
        `show_ended`), for an HTTP POST's reply.
        """
        comments = self._normalised(comments, source)
        with self._lock:  # an ended show still settling takes its orders' payments, whichever show is open
            late, comments = settled_orders(comments, self.settling, now, self.counting.knows_order)
            show_id = self.show_id
            if show_id is None:  # none takes the rest
                n = len(comments)
                if not self._started:  # start-up, none open yet: held (bounded) until one opens
                    room = max(0, EARLY_LIMIT - len(self._early))
                    self._early.extend((c, source) for c in comments[:room])
                    n -= min(n, room)
                if n:
                    self.source(source).malformed[self.closed_reason] += n
                    self.malformed += n
                    if closed is not None:
                        closed[self.closed_reason] += n
            else:
                late.setdefault(show_id, []).extend(comments)  # the open show's own: never in `settling`
            return [c for show, cs in late.items() for c in self._take(show, cs, source, now)]

    def _take(self, show_id: int, comments: list[Comment], source: str, now: float) -> list[Comment]:
        """Dedupe, number, triage and hand on `comments` for `show_id` (under `_lock`); what was new."""
        classify = self.classifier.classify_norm
        seen = self._seen.seen
        fresh: list[Comment] = []
        anonymous = 0
        for c in comments:
            if seen(c.platform, c.msg_id):
                self.duplicates += 1
                continue
            c.id = self._next_id
            self._next_id += 1
            if c.text:
                c.flags, c.item_ref = classify(norm_of(c))
            if c.extra is not None and c.extra.get("anonymous"):
                anonymous += 1
            fresh.append(c)
        if fresh:
            self.writer.put(show_id, fresh)
            self.counting.add(show_id, fresh)
            window = self._windows.get(show_id)
            if window is None:
                window = self._windows[show_id] = FeedWindow(self.window_limit)
            window.add(fresh)
            self._queued += len(fresh)
            stats = self.source(source)
            stats.events += len(fresh)
            stats.anonymous += anonymous
            stats.last_event = now
            self._slot_events += len(fresh)
            self.accepted += len(fresh)
        return fresh

    def _normalised(self, comments: list[Comment], source: str) -> list[Comment]:
        """The events `normalise` accepts (repaired in place); the others are counted, by reason.
        Runs per frame: the usual case (all accepted) makes no counter and returns the list as it is."""
        reasons = [normalise(c) for c in comments]
        if not any(reasons):
            return comments
        clean = [c for c, reason in zip(comments, reasons, strict=True) if reason is None]
        refused = collections.Counter(reason for reason in reasons if reason is not None)
        if refused:
            with self._lock:
                self.malformed += refused.total()
                self.source(source).malformed.update(refused)
            log.info("ingest from %s refused: %s", source, dict(refused))
        return clean

    @property
    def last_id(self) -> int:
        """The id of the newest event accepted so far."""
        return self._next_id - 1

    @property
    def congested(self) -> bool:
        """Stop reading for now: the writer is behind, or this 100 ms slot's share of the rate is used.

        Nothing is dropped: the server stops reading the socket and TCP slows the relay down.
        """
        if self.writer.congested or self.pending_n > 100_000:
            return True
        now = time.monotonic()
        if now - self._slot_start >= 0.1:
            self._last_rate = self._slot_events / (now - self._slot_start)
            self._last_span = now - self._slot_start
            self._slot_start, self._slot_events = now, 0
        return self._slot_events >= self.rate_limit * 0.1

    # The GUI comes first. Python runs one thread at a time; under a flood the ingest and writer
    # threads would keep the interpreter and the window would stutter. The feed's heartbeat tells
    # the pipeline how late the GUI is, and the ingest rate follows (AIMD: back off by a third
    # when late, grow again while it is on time).
    RATE_MIN, RATE_MAX, RATE_STEP = 5_000.0, 500_000.0, 2_000.0

    def gui_late(self) -> None:
        self.rate_limit = max(self.RATE_MIN, min(self.rate_limit, self.recent_rate()) * 0.66)
        self.gui_behind_until = time.monotonic() + 0.05

    def gui_on_time(self) -> None:
        self.rate_limit = min(self.RATE_MAX, self.rate_limit + self.RATE_STEP)

    def recent_rate(self) -> float:
        """The current slot's rate once it is 50 ms old; before that, the last whole slot's if it was a
        slot of a busy stream (a slot ends only when the stream asks, so after a lull it spans the
        lull), else the limit itself. A slot a few milliseconds old says little, and backing off
        from it dropped ingest to RATE_MIN."""
        age = time.monotonic() - self._slot_start
        if age >= 0.05:
            return self._slot_events / age
        return self._last_rate if self._last_span <= 0.2 else self.rate_limit

    def drain(self, show_id: int | None) -> list[Comment]:
        """Called by the GUI thread: what was accepted for `show_id` since the last call, at most the
        newest `window_limit` (rows accepted for another show are stored for it and not shown here)."""
        return self.drain_window(show_id, sys.maxsize)[0]

    def drain_window(self, show_id: int | None, limit: int) -> tuple[list[Comment], int]:
        """Called by the GUI thread: at most the newest `limit` rows for `show_id`, plus the rare rows
        that change what is shown (a delete, the room's end, a viewer count), and how many rows were
        left out. One swap under the lock, then work bounded by the window, not by what arrived:
        everything is stored all the same, and counting that needs every row ran in `counting`."""
        with self._lock:
            windows, self._windows = self._windows, {}
        self._drained += sum(w.count for w in windows.values())
        window = windows.get(show_id) if show_id is not None else None
        if window is None:
            return [], 0
        rows = window.rows(limit)
        return rows, window.count - len(rows)

    def snapshot(self) -> dict[str, Any]:
        """The counters as a copy, for the GUI's health figures (taken under the lock)."""
        with self._lock:
            sources = {name: {"events": s.events, "last_event": s.last_event, "malformed": dict(s.malformed),
                              "skipped": dict(s.skipped), "anonymous": s.anonymous,
                              "connections": s.connections, "reconnects": s.reconnects}
                       for name, s in list(self.sources.items())}  # list(): one C call
            return {"accepted": self.accepted, "malformed": self.malformed, "duplicates": self.duplicates,
                    "skipped": self.skipped, "sources": sources}
