"""The poll desk: `poll.open`, `poll.close`, `poll.cancel`, votes counted from the comments.

Votes are counted on the ingest side (app.live.counting: every accepted comment passes there, while
the GUI sees only the newest rows); this desk decides (open, close, cancel) and reads the tally as an
immutable copy. After a restart the tally of a poll still open is rebuilt from the stored comments
off the GUI thread while the comments arriving meanwhile are counted live, and the two are merged.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal

from app.core import args as a
from app.core import poll as pl
from app.core.text import fill
from app.live.counting import Counting, PollCounter
from app.live.speech import PRIORITY_CUE
from app.studio.lottery import LotteryDesk
from app.studio.studio import CommandError, Studio
from app.studio.tasks import run_in_thread

PUBLISH_MS = 100

REFUSALS = (
    QT_TRANSLATE_NOOP("Polls", "the poll needs a question"),
    QT_TRANSLATE_NOOP("Polls", "a poll has 2 to 6 options"),
    QT_TRANSLATE_NOOP("Polls", "an option is empty"),
    QT_TRANSLATE_NOOP("Polls", "two options are the same"),
    QT_TRANSLATE_NOOP("Polls", "the duration is 0 (until closed) to 3600 seconds"),
    QT_TRANSLATE_NOOP("Polls", "there are more keyword lists than options"),
    QT_TRANSLATE_NOOP("Polls", "a keyword belongs to two options"),
    QT_TRANSLATE_NOOP("Polls", "the question is longer than 200 characters"),
    QT_TRANSLATE_NOOP("Polls", "an option is longer than 60 characters"),
)


class Polls(QObject):
    """One poll at a time, next to (not instead of) a lottery."""

    tally_changed = Signal()  # votes came in: the desk repaints its bars (at most once a drain)

    def __init__(self, studio: Studio) -> None:
        super().__init__(studio)
        self.studio = studio
        self.counting = studio.feed.pipeline.counting if studio.feed is not None else Counting()
        self._rebuilding = False  # the open poll's votes are being read back after a restart
        self._entrants_seen = 0
        self._lottery: LotteryDesk | None = None
        for cmd, fn in {"poll.open": self.poll_open, "poll.close": self.poll_close,
                        "poll.cancel": self.poll_cancel}.items():
            studio.register(cmd, fn)
        studio.views["poll"] = self.view
        studio.shows.closers.append(self.close_for_end)
        studio.tick.connect(self.on_tick)
        # Votes are no event, so no state goes out for them: publish when they move, at most once
        # every PUBLISH_MS, so the overlay's bars trail the tally by a drain plus this at worst.
        self._publish = QTimer(self)
        self._publish.setSingleShot(True)
        self._publish.setInterval(PUBLISH_MS)
        self._publish.timeout.connect(self._cooled)
        self._pending = False
        self.tally_changed.connect(self.publish_soon)
        studio.show_opened.connect(self.on_show_opened)
        if studio.feed is not None:
            studio.feed.counted.connect(self.on_counted)
        if studio.show_id is not None:
            self.on_show_opened(studio.show_id)

    @property
    def tally(self) -> pl.TallyCount | None:
        """The open poll's votes so far (a copy; None while none is counted or they are read back)."""
        if self._rebuilding:
            return None
        result: pl.TallyCount | None = self.counting.result("poll")
        return result

    @property
    def poll(self) -> dict[str, Any] | None:
        p: dict[str, Any] | None = self.studio.state.extra.get("poll")
        return p

    def now(self) -> float:
        return self.studio.clock.now()

    def view(self, now: float) -> dict[str, Any] | None:
        return pl.poll_view(self.poll, now, self.tally)

    # ---- commands -------------------------------------------------------------------------------------

    def poll_open(self, args: dict[str, Any]) -> dict[str, Any]:
        """Open a poll; the result carries `warnings` when its votes would also enter the open lottery."""
        if self.studio.show_id is None or self.studio.state.status != "live":
            raise CommandError("not_live", self.tr("the show is not live"))
        if self.poll and self.poll["status"] == "open":
            raise CommandError("poll_running", self.tr("another poll is open; close or cancel it first"))
        question = pl.tidy(a.text(args, "question", "", max_len=1 << 20))  # the length is check_poll's
        options = args.get("options")
        if not isinstance(options, list) or not all(isinstance(o, str) for o in options):
            raise CommandError("bad_args", self.tr("options must be a list of 2 to 6 texts"))
        options = [pl.tidy(str(o)) for o in options]
        keywords = args.get("keywords")
        if keywords is not None and (not isinstance(keywords, list) or not all(
                isinstance(k, list) and all(isinstance(w, str) for w in k) for k in keywords)):
            raise CommandError("bad_args", self.tr("keywords must be a list of lists of texts, one per option"))
        duration = a.number(args, "duration_s", 0) if args.get("duration_s") is not None else 0.0
        try:
            pl.check_poll(question, options, duration, keywords)
        except pl.Refused as exc:
            raise CommandError(exc.code, self.tr(str(exc))) from None
        poll_id = uuid.uuid4().hex[:8]
        data = {"poll_id": poll_id, "question": question, "options": options,
                "keywords": [[pl.tidy(w) for w in k if pl.tidy(w)] for k in keywords or []],
                "duration_s": duration}
        spec = pl.spec_from({**data, "first_comment_id": 0})
        # Comments accepted before this point are not votes: counting starts after the newest one.
        data["first_comment_id"] = self.counting.start(
            "poll", self.studio.show_id, lambda after: PollCounter(pl.Tally(spec), after))
        try:
            self.studio.record(pl.POLL_OPENED, data)
        except BaseException:
            self.counting.stop("poll")
            raise
        self._say(fill(self.tr("Poll: %1"), question))
        return {"poll_id": poll_id, "warnings": self.lottery_warnings(spec)}

    def _say(self, text: str) -> None:
        self.studio.after_commit(lambda: self.studio.say(text, PRIORITY_CUE))

    def lottery_warnings(self, spec: pl.PollSpec | None = None) -> list[str]:
        """What the desk shows: which options' votes the open lottery would also take."""
        lot = self.studio.state.lottery
        poll = self.poll
        spec = spec or (pl.spec_from(poll) if poll and poll["status"] == "open" else None)
        if lot is None or lot.status != "open" or spec is None:
            return []
        hits = pl.lottery_overlap(spec, lot.keyword, lot.match == "exact")
        if not hits:
            return []
        if not lot.keyword:
            return [self.tr("The open lottery takes any comment: every vote also enters it.")]
        names = "、".join(f"{i + 1}. {spec.options[i]}" for i in hits)
        return [fill(self.tr("Votes for %1 also enter the lottery (keyword “%2”)."), names, lot.keyword)]

    def _open(self) -> dict[str, Any]:
        if not self.poll or self.poll["status"] != "open":
            raise CommandError("no_poll", self.tr("no poll is open"))
        return self.poll

    def poll_close(self, _args: dict[str, Any]) -> dict[str, Any]:
        return self.close_poll("closed")

    def close_poll(self, reason: str) -> dict[str, Any]:
        if self._rebuilding:
            raise CommandError("busy", self.tr("the votes are still being counted again; try again in a moment"))
        poll = self._open()
        tally, last = self.counting.peek("poll")  # every comment accepted so far is counted in it
        votes = list(tally.votes) if tally is not None else [0] * len(poll["options"])
        voters = tally.voters if tally is not None else 0
        self.studio.record(pl.POLL_CLOSED, {"poll_id": poll["poll_id"], "votes": votes, "voters": voters,
                                            "reason": reason, "last_comment_id": last})
        self.studio.after_commit(self._stop_counting)
        if voters:
            best = max(range(len(votes)), key=lambda i: votes[i])
            self._say(fill(self.tr("Poll closed: %1 wins with %2 votes"), poll["options"][best], votes[best]))
        return {"poll_id": poll["poll_id"], "votes": votes, "voters": voters}

    def poll_cancel(self, _args: dict[str, Any]) -> dict[str, Any]:
        poll = self._open()
        self.studio.record(pl.POLL_CANCELLED, {"poll_id": poll["poll_id"]})
        self.studio.after_commit(self._stop_counting)
        return {}

    def _stop_counting(self) -> None:
        self.counting.stop("poll")

    def close_for_end(self) -> None:
        """At the show's end an open poll closes with the votes counted so far."""
        poll = self.poll
        if poll and poll["status"] == "open" and not self._rebuilding:
            self.close_poll("show_ended")

    # ---- votes ----------------------------------------------------------------------------------------

    def on_counted(self, moved: frozenset[str]) -> None:
        """The ingest side counted votes or entrants: the bars and the entrant count go out (throttled)."""
        if "poll" in moved and not self._rebuilding:
            self.tally_changed.emit()
        if "lottery" in moved:
            desk = self._lottery_desk()
            count = desk.entrant_count() if desk is not None else 0
            if count != self._entrants_seen:
                self._entrants_seen = count
                self.publish_soon()

    def _lottery_desk(self) -> LotteryDesk | None:
        if self._lottery is None:
            self._lottery = self.studio.findChild(LotteryDesk)
        return self._lottery

    def publish_soon(self) -> None:
        """Publish now, then at most once per PUBLISH_MS while votes keep coming (the last one too)."""
        if self._publish.isActive():
            self._pending = True
            return
        self.studio.publish_state()
        self._publish.start()

    def _cooled(self) -> None:
        if self._pending:
            self._pending = False
            self.studio.publish_state()
            self._publish.start()

    def on_tick(self) -> None:
        poll = self.poll
        if poll and poll["status"] == "open" and poll["closes_at"] is not None and self.now() >= poll["closes_at"]:
            # Still recounting after a restart: refused (busy), and the next tick closes it.
            self.studio.run_auto("poll.close", lambda: self.close_poll("time_up"))

    def on_show_opened(self, _show_id: int) -> None:
        self._rebuilding = False
        show = self.studio.show_id
        assert show is not None
        poll = self.poll
        if not poll or poll["status"] != "open":
            self.counting.stop("poll")
            return
        spec, first = pl.spec_from(poll), int(poll["first_comment_id"])
        # Comments from now on are counted live; those up to `upto` are read back from the database.
        upto = self.counting.start("poll", show, lambda after: PollCounter(pl.Tally(spec), after))
        store = self.studio.store
        writer = self.studio.feed.pipeline.writer if self.studio.feed else None
        self._rebuilding = True

        def recount() -> pl.Tally:
            if writer is not None:
                writer.flush()  # everything accepted before the restart point is in the database
            tally = pl.Tally(spec)
            tally.add_from(store.iter_comments(show, min_id=first, max_id=upto), first)
            return tally

        def done(tally: pl.Tally | None, error: BaseException | None) -> None:
            self._rebuilding = False
            if error is not None or tally is None or self.studio.show_id != show:
                return

            def merge(counter: PollCounter) -> None:
                tally.merge_later(counter.tally)
                counter.tally = tally

            self.counting.change("poll", merge)
            self.tally_changed.emit()
            self.studio.state_changed.emit()

        run_in_thread(recount, done)
