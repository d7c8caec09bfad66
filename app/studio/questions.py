"""The Q&A desk: questions from the feed grouped into a queue; `question.answer|skip|show`.

The queue is built on the ingest side from every accepted comment triage flagged as a question
(app.live.counting; the GUI sees only the newest rows); the desk reads it as a copy, taken when it
moved and someone looks. Marks and the question sent to the host view are events (the queue takes
the mark after the command commits); after a restart the queue is rebuilt from the stored comments
off the GUI thread, and the questions arriving meanwhile are added after them.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.core import args as a
from app.core import questions as qs
from app.core.comments import QUESTION
from app.live.counting import Counting, QuestionCounter
from app.studio.studio import CommandError, Studio
from app.studio.tasks import run_in_thread

# A flood moves the queue at every drain; the desk takes a copy at most this often (a long show's
# thousands of questions make each copy and each re-sort of the list cost milliseconds). A mark and
# a restart's read-back are taken at once.
QUEUE_EVERY_S = 0.25


class Questions(QObject):
    changed = Signal()  # the queue moved: the desk repaints (at most once a drain)

    def __init__(self, studio: Studio) -> None:
        super().__init__(studio)
        self.studio = studio
        self.counting = studio.feed.pipeline.counting if studio.feed is not None else Counting()
        self._queue = qs.QuestionQueue()  # the last copy read from the counter
        self._stale = False  # the counter moved since that copy
        self._now = False  # take the next copy at once (a mark, a read-back), not at the next slot
        self._taken_at = 0.0  # when the last copy was taken (time.monotonic)
        self._later = QTimer(self)  # a move seen too soon after a copy is shown when this fires
        self._later.setSingleShot(True)
        self._later.timeout.connect(self.changed.emit)
        self._rebuilding = False  # the queue is being read back after a restart
        self._on_air: int | None = None  # the item on air as the counter knows it
        self._shown: int | None = None  # the question on the host view, as the counter knows it
        for cmd, fn in {"question.answer": self.answer, "question.skip": self.skip,
                        "question.show": self.show, "questions.list": self.list_cmd}.items():
            studio.register(cmd, fn, writes=cmd != "questions.list")
        studio.views["question"] = self.view
        studio.views["questions"] = lambda _now: self.queue.counts()
        studio.show_opened.connect(self.on_show_opened)
        studio.views_sync.connect(self._sync_on_air)
        if studio.feed is not None:
            studio.feed.counted.connect(self.on_counted)
        if studio.show_id is not None:
            self.on_show_opened(studio.show_id)

    @property
    def queue(self) -> qs.QuestionQueue:
        """The queue as of the last copy (the ingest side keeps counting into its own); a move is
        taken at most every QUEUE_EVERY_S, and at once after a mark."""
        if self._stale:
            wait = self._taken_at + QUEUE_EVERY_S - time.monotonic()
            if wait > 0 and not self._now:
                if not self._later.isActive():
                    self._later.start(round(wait * 1000) + 5)  # a coarse timer may fire a little early
                return self._queue
            self._stale = self._now = False
            self._taken_at = time.monotonic()
            counted = self.counting.result("questions")
            if counted is not None:
                self._queue = counted
        return self._queue

    def now(self) -> qs.QuestionQueue:
        """The queue as it is now, for a command: a second desk asks the moment a question reaches it,
        and a copy up to QUEUE_EVERY_S old would answer without it (and nothing would ask again)."""
        self._now = self._now or self._stale
        return self.queue

    def on_counted(self, moved: frozenset[str]) -> None:
        if "questions" in moved and not self._rebuilding:
            self._stale = True
            self.changed.emit()

    def _sync_on_air(self) -> None:
        """Questions that name no link are about the item on air, and the question on the host view is
        never dropped from a full queue: the counter needs to know both."""
        current = self.studio.state.current_id
        if current != self._on_air:
            self._on_air = current

            def set_item(counter: QuestionCounter) -> None:
                counter.current_item = current

            self.counting.change("questions", set_item)
        shown = (self.studio.state.extra.get("question") or {}).get("comment_id")
        if shown != self._shown:
            self._shown = shown

            def keep(counter: QuestionCounter) -> None:
                counter.queue.keep_id = shown

            self.counting.change("questions", keep)

    def view(self, _now: float) -> dict[str, Any] | None:
        """The question the host should answer now, with how many asked it so far."""
        shown: dict[str, Any] | None = self.studio.state.extra.get("question")
        if shown is None:
            return None
        g = self.queue.find(int(shown["comment_id"]))
        return {**shown, "count": g.count if g else shown.get("count", 1)}


    # ---- commands -------------------------------------------------------------------------------------

    def _group(self, args: dict[str, Any]) -> qs.QuestionGroup:
        if self.studio.show_id is None:
            raise CommandError("no_show", self.tr("no show is open"))
        if self._rebuilding:
            raise CommandError("busy", self.tr("the questions are still being read back; try again in a moment"))
        try:
            cid = a.integer(args, "comment_id")
        except a.BadArg:
            raise CommandError("bad_args", self.tr("comment_id must be a number")) from None
        g = self.now().find(cid)
        if g is None:
            raise CommandError("not_found", self.tr("that comment is not in the question queue"))
        return g

    def _data(self, g: qs.QuestionGroup) -> dict[str, Any]:
        seg = self.studio.state.segment(g.item_id) if g.item_id is not None else None
        return {"comment_id": g.comment_id, "text": g.text, "user_name": g.user_name, "item_id": g.item_id,
                "item_name": seg.name if seg else "", "count": g.count, "seen_id": self.now().newest_id}

    def answer(self, args: dict[str, Any]) -> dict[str, Any]:
        return self._mark(args, qs.QUESTION_ANSWERED, "answered")

    def skip(self, args: dict[str, Any]) -> dict[str, Any]:
        return self._mark(args, qs.QUESTION_SKIPPED, "skipped")

    def _mark(self, args: dict[str, Any], event: str, status: str) -> dict[str, Any]:
        g = self._group(args)
        event_ = self.studio.record(event, self._data(g))

        def marked() -> None:
            self.counting.change("questions", lambda c: c.queue.mark(g.comment_id, status, event_.ts))
            self._stale = self._now = True
            self.changed.emit()

        self.studio.after_commit(marked)  # a refused or failed command leaves the queue as it was
        return {"comment_id": g.comment_id, "count": g.count}

    def show(self, args: dict[str, Any]) -> dict[str, Any]:
        g = self._group(args)
        self.studio.record(qs.QUESTION_SHOWN, self._data(g))
        return {"comment_id": g.comment_id, "count": g.count}

    def list_cmd(self, args: dict[str, Any]) -> dict[str, Any]:
        """The queue as the desk lists it (a second desk's Questions tab): `status` open|answered|skipped
        or null for all, `order` newest|count, at most `limit` groups, and the counts."""
        status = args.get("status", "open")
        if status not in (*qs.STATUSES, None):
            raise CommandError("bad_args", self.tr("status is open, answered, skipped or null"))
        order = args.get("order") or "newest"
        if order not in ("newest", "count"):
            raise a.BadArg("order", "newest or count")
        limit = a.integer(args, "limit", 300, lo=1, hi=1000)
        queue = self.now()
        rows = queue.ordered(status, order, limit)
        return {"status": status, "order": order, "counts": queue.counts(), "version": queue.version,
                "questions": [{**g.to_json(), "last_id": g.last_id} for g in rows]}

    # ---- the feed -------------------------------------------------------------------------------------

    def on_show_opened(self, _show_id: int) -> None:
        self._queue, self._stale, self._rebuilding = qs.QuestionQueue(), False, False
        show = self.studio.show_id
        assert show is not None
        current = self._on_air = self.studio.state.current_id
        draft = self.studio.state.status == "draft"  # questions before the show are not queued after a restart
        after = self.counting.start("questions", show, lambda after: QuestionCounter(
            qs.QuestionQueue(qs.MAX_GROUPS), after, current, held=not draft))
        self._shown = None
        self._sync_on_air()  # the reopened show's question on the host view is kept
        upto = after if self.studio.feed is not None else None  # without a feed every stored question is read
        if draft:
            return
        self._rebuilding = True
        store = self.studio.store
        events = store.events(show)
        starts, marks = qs.segment_starts(events), qs.marks_from(events)
        writer = self.studio.feed.pipeline.writer if self.studio.feed else None

        def rebuild() -> qs.QuestionQueue:
            if writer is not None:
                writer.flush()
            questions = store.iter_comments(show, max_id=upto, flags_any=QUESTION)
            return qs.build(questions, starts, marks, qs.MAX_GROUPS)

        def done(queue: qs.QuestionQueue | None, error: BaseException | None) -> None:
            self._rebuilding = False
            if error is not None or queue is None or self.studio.show_id != show:
                return
            self.counting.change("questions", lambda c: c.resume(queue))
            self._stale = self._now = True
            self.changed.emit()
            self.studio.state_changed.emit()

        run_in_thread(rebuild, done)
