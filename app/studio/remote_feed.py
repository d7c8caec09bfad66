"""The second desk's comment feed and question queue, filled from the studio (app.studio.feed_stream).

`RemoteFeed` stands where the studio's CommentFeed stands, so the same FeedView paints it: it
takes the studio's `comments` messages instead of draining an ingest pipeline. On every connect it
asks `feed.recent` for what came after the last comment it showed, and holds the stream's messages
until that answer is in: ids only grow, so nothing shows twice and nothing is missed. What the
studio had to leave out under a flood is counted in `skipped`.

`RemoteQuestions` stands where the studio's Questions desk stands: its queue is the studio's,
fetched with `questions.list` when a question arrives, the counts move or the desk's view changes.
"""

from __future__ import annotations

import collections
from collections.abc import Callable, Sequence
from typing import Any, cast

from PySide6.QtCore import QObject, Signal

from app.core import questions as qs
from app.core.comments import QUESTION, Comment
from app.core.feed_rules import DEFAULT_KEYWORDS
from app.core.feed_wire import from_wire
from app.core.triage import Classifier
from app.live.counting import Counting
from app.live.ingest import IngestPipeline
from app.studio.feed import WINDOW, CommentFeed
from app.studio.questions import Questions

Send = Callable[[str, dict[str, Any], Callable[[dict[str, Any]], None]], None]


class StudioMasks(Classifier):
    """The studio's masked texts (its word list decides): the second desk has no word list."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: collections.OrderedDict[str, str] = collections.OrderedDict()

    def remember(self, text: str, masked: str) -> None:
        self.texts[text] = masked
        while len(self.texts) > WINDOW:
            self.texts.popitem(last=False)

    def mask(self, text: str) -> str:
        return self.texts.get(text, text)


class _Upstream:
    """Where a studio-side desk made on the second desk looks for the ingest
    pipeline: the newest id shown, and no writer (the studio writes)."""

    writer = None

    def __init__(self, feed: RemoteFeed) -> None:
        self.feed = feed
        self.counting = Counting()  # nothing counts here: the studio's figures come in its published state

    @property
    def last_id(self) -> int:
        return self.feed.last_id


class RemoteFeed(CommentFeed):
    """A CommentFeed without a pipeline: batches come from the studio. Owned by the GUI thread."""

    gap = Signal(int)  # comments the studio left out so far (a flood): the desk says so

    def __init__(self, send: Send, parent: QObject | None = None,
                 studio_show: Callable[[], int | None] = lambda: None) -> None:
        QObject.__init__(self, parent)  # not CommentFeed's: no pipeline, no drain timer, no word list
        self.send = send
        self.studio_show = studio_show  # the show in the studio's last published state
        self.pipeline = cast(IngestPipeline, _Upstream(self))
        self.show_id: int | None = None
        self.data_dir = None
        self.window: collections.OrderedDict[int, Comment] = collections.OrderedDict()
        self._by_msg: dict[tuple[str, str], int] = {}
        self.total = 0
        self.viewers: dict[str, int] = {}
        self.room_ended: dict[str, float] = {}
        self.blocked: frozenset[tuple[str, str]] = frozenset()
        self.keywords: list[str] = list(DEFAULT_KEYWORDS)
        self.items: list[int] = []
        self.cart_nos: list[str] = []
        self.banned = []
        self.per_second = 0.0
        self.masks = StudioMasks()
        self.classifier = self.masks
        self.last_id = 0     # the newest comment shown: the catch-up asks for what came after it
        self.skipped = 0     # comments the studio left out of the stream or the catch-up (a flood)
        self._base: int | None = None  # the studio's `position` at this desk's first look …
        self._top = self._received = self._before = 0  # … the newest one, comments received since, gap before
        self._run: object = None  # the studio run those positions count in
        self._held: list[dict[str, Any]] | None = None  # stream messages while `feed.recent` travels
        self._again = False  # a catch-up was asked while one travelled (the studio may have changed show)
        self._desk_deleted: frozenset[int] = frozenset()  # the desk's marks, from the folded log
        self._restored: set[int] = set()

    # ---- what the studio's rules set (FeedDesk keeps them in step from the folded events) ----------

    def _rebuild(self) -> None:
        pass  # nothing classifies here: the studio did

    def set_keywords(self, keywords: Sequence[str]) -> None:
        self.keywords = [k.strip() for k in keywords if k.strip()]

    def set_items(self, item_ids: Sequence[int], cart_nos: Sequence[str] = ()) -> None:
        self.items, self.cart_nos = list(item_ids), list(cart_nos)

    def reload_wordlist(self) -> None:
        pass

    def switch_show(self, show_id: int | None) -> None:
        if show_id != self.show_id:
            self.flush_show()
        self.show_id = show_id

    def flush_show(self) -> None:
        self.window.clear()
        self._by_msg.clear()

    def mark_deleted(self, flipped: frozenset[int], deleted: frozenset[int]) -> None:
        """Kept for comments still on their way: a catch-up read before a desk's delete (or restore) can
        arrive after its event, holding the old mark; each comment arrives with the folded log's mark."""
        self._desk_deleted = deleted
        self._restored = (self._restored | flipped) - deleted
        super().mark_deleted(flipped, deleted)

    def drain(self) -> list[Comment]:
        return []

    def stop(self) -> None:
        pass

    # ---- from the studio ------------------------------------------------------------------------

    def catch_up(self) -> None:
        """After a connect or another show: what the studio showed after our newest comment."""
        if self._held is None:
            self._held, self._again = [], False
            self.send("feed.recent", {"after_id": self.last_id}, self._caught_up)
        else:
            self._again = True

    def link_down(self) -> None:
        self._held = None  # an answer on the dropped connection never comes: ask again on the next

    def _caught_up(self, reply: dict[str, Any]) -> None:
        held, self._held = self._held or [], None
        if reply.get("ok"):
            r = reply["result"]
            first = self.last_id == 0  # the first look: older comments were not "missed"
            self._take({**r, "skipped": 0 if first else r.get("skipped", 0)}, follow=True, first=first)
        else:
            self.switch_show(self.studio_show())  # refused: follow the studio's show anyway, or its stream is dropped
        for msg in held:
            self._take(msg)
        if self._again and reply.get("ok") and self.show_id != self.studio_show():
            self.catch_up()  # answered for the show the studio has since left: its stream is dropped here

    def on_comments(self, msg: dict[str, Any]) -> None:
        """A `comments` message from the studio's stream."""
        if self._held is not None:
            self._held.append(msg)
        else:
            self._take(msg)

    def _take(self, msg: dict[str, Any], follow: bool = False, first: bool = False) -> None:
        show, shown_before = msg.get("show_id"), self.show_id
        if follow:
            self.switch_show(show if isinstance(show, int) else None)
        elif show != self.show_id:
            return  # the last comments of a show the studio has just left
        batch = []
        for d in msg.get("comments") or []:
            c = from_wire(d)
            if c.id <= self.last_id:
                continue  # shown already (the catch-up and the stream overlap)
            if c.id in self._desk_deleted or c.id in self._restored:
                c.deleted = c.id in self._desk_deleted
            if isinstance(d.get("masked"), str):
                self.masks.remember(c.text, d["masked"])
            self.last_id = c.id
            batch.append(c)
        self._count_gap(msg, len(batch), first, follow and self.show_id != shown_before)
        if batch:
            self._show(batch)

    def _count_gap(self, msg: dict[str, Any], received: int, first: bool, new_show: bool) -> None:
        """What the studio's feed took that never reached this desk: its `position` (a count of rows a
        desk could have been sent, per studio `run`) less this desk's own count of comments received
        since its first look. Summing each message's `skipped` counted rows twice when a catch-up and
        the stream overlapped (a reconnect in a flood); positions cannot. A studio without `position`
        is summed as before."""
        pos, run = msg.get("position"), msg.get("run")
        if not isinstance(pos, int) or isinstance(pos, bool):
            self._set_skipped(self.skipped + int(msg.get("skipped") or 0))
            return
        if first or self._base is None:  # the first look: what came before was not "missed"
            self._before, self._base, self._top, self._received, self._run = self.skipped, pos, pos, 0, run
        elif new_show:  # the catch-up of the show the studio went on to: its own `skipped`, then onwards
            self._before = self.skipped + int(msg.get("skipped") or 0)
            self._base, self._top, self._received, self._run = pos, pos, 0, run
        elif run != self._run:  # a restarted studio counts from 0: of its rows, those not received were missed
            self._before, self._base, self._top, self._received, self._run = self.skipped, 0, pos, received, run
        else:
            self._received += received
            self._top = max(self._top, pos)
        self._set_skipped(self._before + max(0, self._top - self._base - self._received))

    def _set_skipped(self, skipped: int) -> None:
        if skipped != self.skipped:
            self.skipped = skipped
            self.gap.emit(skipped)

    def _show(self, batch: list[Comment]) -> None:
        removed: list[int] = []
        for c in batch:
            if c.kind == "delete":
                target = self._by_msg.get((c.platform, (c.extra or {}).get("target", "")))
                if target is not None and target in self.window:
                    self.window[target].deleted = True
                    removed.append(target)
            elif c.kind == "room_end":
                self.room_ended[c.platform] = c.ts
        self._hold(batch)
        self.arrived.emit(batch)
        if removed:
            self.deleted.emit(removed)


def group_of(d: dict[str, Any]) -> qs.QuestionGroup:
    askers = int(d.get("askers") or 0)
    return qs.QuestionGroup(int(d["comment_id"]), str(d["text"]), str(d.get("user_name", "")),
                            d.get("item_id"), float(d["first_ts"]), float(d["last_ts"]),
                            int(d.get("last_id") or d["comment_id"]), int(d["count"]),
                            status=str(d.get("status", "open")), askers=askers)


class RemoteQueue(qs.QuestionQueue):
    """The studio's queue as last fetched for the desk's filter and order; `version` bumps per answer."""

    def __init__(self, send: Send) -> None:
        super().__init__()
        self.send = send
        self.view: tuple[str | None, str] = ("open", "newest")
        self.rows: list[qs.QuestionGroup] = []
        self._counts = dict.fromkeys(qs.STATUSES, 0)
        self._busy = self._again = False

    def ordered(self, status: str | None = "open", by: str = "newest",
                limit: int | None = None) -> list[qs.QuestionGroup]:
        if (status, by) != self.view:
            self.view = (status, by)
            self.refresh()
        return self.rows[:limit]

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def find(self, comment_id: int) -> qs.QuestionGroup | None:
        return next((g for g in self.rows if g.comment_id == comment_id), None)

    def refresh(self) -> None:
        """One question at a time to the studio; what asks meanwhile is served by one more."""
        if self._busy:
            self._again = True
            return
        self._busy = True
        status, order = self.view
        self.send("questions.list", {"status": status, "order": order}, self._done)

    def _done(self, reply: dict[str, Any]) -> None:
        self._busy = False
        r = reply.get("result") or {}
        if reply.get("ok") and (r.get("status"), r.get("order")) == self.view:
            self.rows = [group_of(d) for d in r["questions"]]
            self._counts = {k: int(r["counts"].get(k, 0)) for k in qs.STATUSES}
            self.version += 1
        if self._again:
            self._again = False
            self.refresh()


class RemoteQuestions(Questions):
    """Found by the Questions panel as the studio's desk is; its commands run on the studio."""

    def __init__(self, studio: QObject, send: Send) -> None:
        QObject.__init__(self, studio)  # not Questions': no commands, no store, no feed of its own
        self._remote_queue = RemoteQueue(send)
        self._held = None

    @property
    def queue(self) -> RemoteQueue:
        """The studio's queue as last listed (the studio counts; this desk only reads)."""
        return self._remote_queue

    def on_comments(self, batch: list[Comment]) -> None:
        if any(c.flags & QUESTION for c in batch):
            self.queue.refresh()

    def on_state(self, state: dict[str, Any]) -> None:
        counts = state.get("questions")
        if isinstance(counts, dict) and {k: counts.get(k, 0) for k in qs.STATUSES} != self.queue.counts():
            self.queue.refresh()
