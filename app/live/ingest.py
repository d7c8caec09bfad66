"""The ingest pipeline, run on the server thread: frame → events → dedupe → triage → writer + feed.

The GUI never parses a frame: it drains `pending` a few times a second. Every accepted event
goes to the writer before it is offered to the feed.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from dataclasses import dataclass, field

from app.core.comments import Comment
from app.core.triage import Classifier
from app.live.adapters import FrameState, flush_streaks, parse_frame
from app.live.server import MAX_FRAME, IngestContext
from app.models.writer import CommentWriter

log = logging.getLogger(__name__)
DEDUPE_WINDOW = 500_000  # (platform, msg_id) pairs remembered; the database's unique index backs it up


@dataclass
class SourceStats:
    events: int = 0
    last_event: float = 0.0
    malformed: collections.Counter[str] = field(default_factory=collections.Counter)
    connections: int = 0
    reconnects: int = 0
    rate: float = 0.0
    _window: collections.deque[tuple[float, int]] = field(default_factory=collections.deque)

    def tick(self, now: float) -> None:
        """Events per second over the last two seconds."""
        self._window.append((now, self.events))
        while self._window and now - self._window[0][0] > 2.0:
            self._window.popleft()
        t0, n0 = self._window[0]
        self.rate = (self.events - n0) / (now - t0) if now > t0 else 0.0


class IngestPipeline:
    def __init__(self, writer: CommentWriter, first_id: int, classifier: Classifier | None = None) -> None:
        self.writer = writer
        self.classifier = classifier or Classifier()
        self.show_id: int | None = None
        self.pending: collections.deque[Comment] = collections.deque()
        self._seen: collections.OrderedDict[tuple[str, str], None] = collections.OrderedDict()
        self._next_id = first_id
        self.sources: dict[str, SourceStats] = collections.defaultdict(SourceStats)
        self.accepted = 0
        self.duplicates = 0
        self.malformed = 0
        self._lock = threading.Lock()  # frames may come from the server thread and in-process tools

    def source(self, name: str) -> SourceStats:
        return self.sources[name or "unknown"]

    def on_frame(self, frame: str | bytes, ctx: IngestContext) -> None:
        now = time.time()
        st: FrameState = ctx.state.setdefault("frames", FrameState())
        if len(frame) > MAX_FRAME:
            self._bad(ctx.source or st.format, ["too_large"])
            return
        comments, bad = parse_frame(frame, st, now)
        ctx.source = ctx.source or st.format
        if bad:
            self._bad(ctx.source, bad)
            log.info("ingest from %s: %s", ctx.peer, ", ".join(bad))
        if comments:
            self.accept(comments, ctx.source, now)

    def on_close(self, ctx: IngestContext) -> None:
        st = ctx.state.get("frames")
        if isinstance(st, FrameState):
            held = flush_streaks(st)
            if held:
                self.accept(held, ctx.source, time.time())

    def _bad(self, source: str, reasons: list[str]) -> None:
        with self._lock:
            self.malformed += len(reasons)
            self.source(source).malformed.update(reasons)

    def accept(self, comments: list[Comment], source: str, now: float) -> list[Comment]:
        """Dedupe, number, triage and hand on; returns what was new."""
        with self._lock:
            show_id = self.show_id
            if show_id is None:
                self.source(source).malformed["no_show_open"] += len(comments)
                self.malformed += len(comments)
                return []
            classify = self.classifier.classify
            seen = self._seen
            fresh: list[Comment] = []
            for c in comments:
                key = (c.platform, c.msg_id)
                if key in seen:
                    self.duplicates += 1
                    continue
                seen[key] = None
                if len(seen) > DEDUPE_WINDOW:
                    seen.popitem(last=False)
                c.id = self._next_id
                self._next_id += 1
                if c.text:
                    c.flags, c.item_ref = classify(c.text)
                fresh.append(c)
            if fresh:
                self.writer.put(show_id, fresh)
                self.pending.extend(fresh)
                stats = self.source(source)
                stats.events += len(fresh)
                stats.last_event = now
                self.accepted += len(fresh)
            return fresh

    def drain(self, limit: int = 1_000_000) -> list[Comment]:
        """Called by the GUI thread: everything accepted since the last call."""
        out: list[Comment] = []
        pop = self.pending.popleft
        try:
            for _ in range(limit):
                out.append(pop())
        except IndexError:
            pass
        return out
