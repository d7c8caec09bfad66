"""The lottery desk: open, close, draw, redraw, cancel. Entrants are collected on the ingest side as
comments are accepted (app.live.counting: the GUI sees only the newest rows); closing takes the list
back whole. After a restart they are rebuilt from the stored comments off the GUI thread."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.core import args as a
from app.core import lottery as lt
from app.core import lottery_state as ls
from app.core.comments import Comment
from app.core.text import fill
from app.core.triage import comment_matches
from app.live.counting import Counting, EntrantCounter
from app.live.speech import PRIORITY_CUE
from app.studio.errors import CommandError
from app.studio.tasks import run_in_thread

if TYPE_CHECKING:
    from app.studio.studio import Studio


class LotteryDesk(QObject):
    def __init__(self, studio: Studio) -> None:
        super().__init__(studio)
        self.studio = studio
        self.counting = studio.feed.pipeline.counting if studio.feed is not None else Counting()
        self.entrants = lt.Entrants()  # a closed lottery's, frozen (an open one's are counted on the ingest side)
        self._rebuilding = False  # entrants are being read back after a restart
        for cmd, fn in {"lottery.open": self.open, "lottery.close": self.close, "lottery.draw": self.draw,
                        "lottery.redraw": self.redraw, "lottery.cancel": self.cancel}.items():
            studio.register(cmd, fn)
        studio.shows.closers.append(self.close_for_end)
        studio.views["lottery"] = self.view
        studio.show_opened.connect(self.on_show_opened)

    def _say(self, text: str) -> None:
        self.studio.after_commit(lambda: self.studio.say(text, PRIORITY_CUE))

    def open(self, args: dict[str, Any]) -> dict[str, Any]:
        studio = self.studio
        studio.need_live()
        lot = studio.state.lottery
        if lot is not None and lot.pending:
            raise CommandError("lottery_running", self.tr("another lottery is open; draw, cancel or close it first"))
        prize = a.text(args, "prize", "", max_len=200)
        if not prize:
            raise CommandError("bad_args", self.tr("the lottery needs a prize"))
        winners = a.integer(args, "winners", 1, lo=1, hi=ls.MAX_WINNERS)
        duration = a.number(args, "duration_s", 180.0, lo=ls.DURATION_S[0], hi=ls.DURATION_S[1])
        match = a.text(args, "match", "contains")
        if match not in ("exact", "contains"):
            raise CommandError("bad_args", self.tr("match is exact or contains"))
        exclude_previous = a.flag(args, "exclude_previous_winners", True)
        excluded = set(studio.state.lottery_winners) if exclude_previous else set()
        if studio.feed is not None:
            excluded |= {lt.entrant_key(p, u) for p, u in studio.feed.blocked}
        seed = lt.new_seed()
        rule = lt.EntryRule(a.text(args, "keyword", "", max_len=50), match == "exact",
                            a.flag(args, "followers_only", False),
                            a.integer(args, "min_fans_level", 0, lo=0, hi=100), frozenset(excluded))
        data = {"lottery_id": uuid.uuid4().hex[:8], "prize": prize, "winners_n": winners,
                "keyword": rule.keyword, "match": match, "duration_s": duration,
                "followers_only": rule.followers_only, "min_fans_level": rule.min_fans_level,
                "exclude_previous_winners": exclude_previous, "excluded": sorted(excluded),
                "commitment": lt.commitment(seed), "_seed": seed}
        # Comments accepted before this point do not enter: collecting starts after the newest one.
        data["first_comment_id"] = self.counting.start(
            "lottery", studio.show_id, lambda after: EntrantCounter(rule, after))
        try:
            studio.record(ls.LOTTERY_OPENED, data)
        except BaseException:
            self.counting.stop("lottery")
            raise
        self.entrants = lt.Entrants()
        kw = data["keyword"]
        self._say(fill(self.tr("Lottery open: type %1 to enter"), kw) if kw else self.tr("Lottery open"))
        return {"lottery_id": data["lottery_id"], "commitment": data["commitment"]}

    @staticmethod
    def rule_of(lot: ls.Lottery) -> lt.EntryRule:
        return lt.EntryRule(lot.keyword, lot.match == "exact", lot.followers_only, lot.min_fans_level,
                            frozenset(lot.excluded))

    def entrant_count(self) -> int:
        """Entrants so far: counted on the ingest side while open, the frozen list once closed."""
        counted = self.counting.result("lottery")
        return int(counted) if counted is not None and not self._rebuilding else len(self.entrants)

    def _lottery(self, *statuses: str) -> ls.Lottery:
        self.studio.need_show()
        lot = self.studio.state.lottery
        if lot is None or lot.status not in statuses:
            raise CommandError("no_lottery", self.tr("no lottery in a state for that"))
        assert isinstance(lot, ls.Lottery)
        return lot

    def _ready(self) -> None:
        if self._rebuilding:
            raise CommandError("busy", self.tr("the entrants are still being read back; try again in a moment"))

    def close(self, _args: dict[str, Any]) -> dict[str, Any]:
        """Freeze a copy of the entrants; the ingest side stops counting only once the close is stored,
        so a refused or failed close (or draw, or show end around it) leaves the lottery collecting."""
        self._ready()
        lottery_id = self._lottery("open").lottery_id
        frozen: list[tuple[lt.Entrants, int]] = []

        def copy(counter: EntrantCounter) -> None:  # under the counting lock: every comment so far is in it
            entrants = lt.Entrants()
            entrants.keys, entrants.names = list(counter.entrants.keys), dict(counter.entrants.names)
            frozen.append((entrants, self.counting.last_id))

        if self.counting.change("lottery", copy):
            self.entrants, last = frozen[0]
        else:
            last = self.counting.last_id
        ehash = lt.entrant_hash(self.entrants.keys)
        self.studio.record(ls.LOTTERY_CLOSED, {"lottery_id": lottery_id, "entrants": len(self.entrants),
                                               "entrant_hash": ehash, "last_comment_id": last})
        self.studio.after_commit(lambda: self.counting.stop("lottery"))
        return {"entrants": len(self.entrants), "entrant_hash": ehash}

    def cancel(self, args: dict[str, Any]) -> dict[str, Any]:
        """An open or closed lottery that is not drawn (nobody entered, a mistake) frees the show for the next."""
        lot = self._lottery("open", "closed")
        self.studio.record(ls.LOTTERY_CANCELLED, {"lottery_id": lot.lottery_id,
                                                  "reason": a.text(args, "reason", "", max_len=200)})
        return {}

    def _seed(self, lottery_id: str) -> str:
        show_id = self.studio.need_show()
        for e in reversed(self.studio.store.events(show_id)):
            if e.type == ls.LOTTERY_OPENED and e.data["lottery_id"] == lottery_id:
                return str(e.data["_seed"])
        raise CommandError("not_found", self.tr("the lottery's seed is missing"))

    def draw(self, _args: dict[str, Any]) -> dict[str, Any]:
        self._ready()
        if self._lottery("open", "closed").status == "open":
            if not self.entrant_count():  # refused before anything is frozen: the lottery collects on
                raise CommandError("no_entrants", self.tr("nobody has entered the lottery; cancel it instead"))
            self.close({})
        lot = self._lottery("closed")
        if not len(self.entrants):
            raise CommandError("no_entrants", self.tr("nobody has entered the lottery; cancel it instead"))
        seed = self._seed(lot.lottery_id)
        ehash, positions = lt.draw(seed, self.entrants.keys, lot.winners_n)
        if ehash != lot.entrant_hash:
            raise CommandError("integrity", self.tr("the entrant list changed after it was frozen"))
        keys, names = self.entrants.keys, self.entrants.names
        winners: list[dict[str, Any]] = [{"key": keys[p], "name": names[keys[p]], "position": i}
                                         for i, p in enumerate(positions)]
        self.studio.record(ls.LOTTERY_DRAWN, {"lottery_id": lot.lottery_id, "seed": seed, "winners": winners})
        self._say(fill(self.tr("Congratulations %1, you won %2"), "、".join(w["name"] for w in winners), lot.prize))
        return {"winners": winners, "seed": seed}

    def redraw(self, args: dict[str, Any]) -> dict[str, Any]:
        lot = self._lottery("drawn")
        user = a.text(args, "user_id", "")
        reason = a.text(args, "reason", "", max_len=200)
        if not reason:
            raise CommandError("bad_args", self.tr("a re-draw needs a reason"))
        removed = next((w for w in lot.winners if w["key"] == user or w["key"].split(":", 1)[-1] == user), None)
        if removed is None:
            raise CommandError("not_found", self.tr("that viewer is not a winner"))
        assert lot.seed is not None
        position = lot.winners_n + len(lot.redraws)
        _h, positions = lt.draw(lot.seed, self.entrants.keys, lot.winners_n, len(lot.redraws) + 1)
        winner = None
        if len(positions) > position:
            key = self.entrants.keys[positions[position]]
            winner = {"key": key, "name": self.entrants.names[key], "position": position}
        self.studio.record(ls.LOTTERY_REDRAWN, {"lottery_id": lot.lottery_id, "removed": removed["key"],
                                                "reason": reason, "winner": winner})
        if winner:
            self._say(fill(self.tr("New winner: %1"), winner["name"]))
        return {"winner": winner}

    def close_for_end(self) -> None:
        """At the show's end an open lottery closes (entrants frozen): it can still be drawn or cancelled."""
        lot = self.studio.state.lottery
        if lot is not None and lot.status == "open" and not self._rebuilding:
            self.close({})

    # ---- the feed and the clock ---------------------------------------------------------------

    def on_batch(self, batch: list[Comment]) -> None:
        """Comments handed in directly (not through the ingest pipeline): collected like accepted ones."""
        if batch:
            self.counting.add_to("lottery", batch)

    def on_tick(self) -> None:
        lot = self.studio.state.lottery
        if (lot is not None and lot.status == "open" and self.studio.clock.now() >= lot.closes_at
                and not self._rebuilding):
            self.studio.auto("lottery.close")

    def on_show_opened(self, _show_id: int) -> None:
        """After a restart, entrants are rebuilt from the stored comments off the GUI thread (after the
        writer has stored everything accepted); those of an open lottery arriving meanwhile are
        collected live and appended after them."""
        studio = self.studio
        show = studio.need_show()
        lot = studio.state.lottery
        self.entrants, self._rebuilding = lt.Entrants(), False
        self.counting.stop("lottery")
        if lot is None or lot.status not in ("open", "closed", "drawn"):
            return
        rule, first = self.rule_of(lot), lot.first_comment_id
        upto = lot.last_comment_id or (
            self.counting.start("lottery", show, lambda after: EntrantCounter(rule, after))
            if lot.status == "open" else self.counting.last_id)
        store, writer = studio.store, studio.feed.pipeline.writer if studio.feed else None
        self._rebuilding = True

        def rebuild() -> lt.Entrants:
            if writer is not None:
                writer.flush()
            entrants = lt.Entrants()
            entrants.add_from(store.iter_comments(show, min_id=first, max_id=upto), rule, comment_matches)
            return entrants

        def done(entrants: lt.Entrants | None, error: BaseException | None) -> None:
            self._rebuilding = False
            if error is not None or entrants is None or studio.show_id != show:
                return

            def merge(counter: EntrantCounter) -> None:
                entrants.merge_later(counter.entrants)
                counter.entrants = entrants

            if not self.counting.change("lottery", merge):
                self.entrants = entrants
            studio.state_changed.emit()

        run_in_thread(rebuild, done)

    def view(self, _now: float) -> dict[str, Any] | None:
        lot = self.studio.state.lottery
        if lot is None:
            return None
        out: dict[str, Any] = lot.view()
        if lot.status == "open":
            out["entrants"] = self.entrant_count()
        return out
