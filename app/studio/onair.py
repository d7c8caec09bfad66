"""On-air commands: moving through the run-sheet, the segment timer, the pinned comment, and what
the clock does by itself (cues, one minute left, overtime)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from app.core import args as a
from app.core import events as ev
from app.core.show import due_cues, timer_view
from app.core.text import fill
from app.live.speech import PRIORITY_CUE
from app.studio.errors import CommandError

if TYPE_CHECKING:
    from app.studio.studio import Studio


class OnAir(QObject):
    def __init__(self, studio: Studio) -> None:
        super().__init__(studio)
        self.studio = studio
        self._last_phase = "idle"
        for cmd, fn in {"segment.next": self.next, "segment.previous": self.previous, "segment.goto": self.goto,
                        "timer.pause": self.pause, "timer.resume": self.resume, "timer.add": self.add_time,
                        "comment.pin": self.pin, "comment.unpin": self.unpin}.items():
            studio.register(cmd, fn)
        studio.show_opened.connect(self._reset_phase)

    def _reset_phase(self, _show_id: int) -> None:
        self._last_phase = self.studio.phase()

    def start_segment(self, index: int, via: str) -> dict[str, Any]:
        seg = self.studio.state.segments[index]
        self.studio.record(ev.SEGMENT_STARTED, {"index": index, "item_id": seg.item_id, "via": via})
        self.studio.after_commit(lambda: self.studio.say(fill(self.tr("Now: %1"), seg.name), PRIORITY_CUE))
        return {"index": index, "item_id": seg.item_id}

    def next(self, _args: dict[str, Any]) -> dict[str, Any]:
        """To the first item not yet done: after a 返场 that is where the show left off."""
        self.studio.need_live()
        nxt = self.studio.state.next
        if nxt is None:
            raise CommandError("at_end", self.tr("every item has been on air; end the show instead"))
        index = self.studio.state.index_of(nxt.item_id)
        assert index is not None
        return self.start_segment(index, "next")

    def previous(self, _args: dict[str, Any]) -> dict[str, Any]:
        self.studio.need_live()
        idx = self.studio.state.current_index
        if not idx:
            raise CommandError("at_start", self.tr("this is the first item"))
        return self.start_segment(idx - 1, "previous")

    def goto(self, args: dict[str, Any]) -> dict[str, Any]:
        self.studio.need_live()
        st = self.studio.state
        if "item_id" in args:
            index = st.index_of(a.integer(args, "item_id"))
            if index is None:
                raise CommandError("not_found", fill(self.tr("item %1 is not on the run-sheet"), str(args["item_id"])))
        else:
            index = a.integer(args, "index")
            if not 0 <= index < len(st.segments):
                raise CommandError("out_of_range", fill(self.tr("index %1 is outside the run-sheet"), str(index)))
        if st.segments[index].item_id == st.current_id:
            raise CommandError("bad_state", self.tr("that item is on air now"))
        return self.start_segment(index, "goto")

    def pause(self, _args: dict[str, Any]) -> dict[str, Any]:
        self.studio.need_live()
        if self.studio.state.paused_at is not None:
            raise CommandError("bad_state", self.tr("the timer is already paused"))
        self.studio.record(ev.TIMER_PAUSED, {})
        return {}

    def resume(self, _args: dict[str, Any]) -> dict[str, Any]:
        self.studio.need_live()
        if self.studio.state.paused_at is None:
            raise CommandError("bad_state", self.tr("the timer is not paused"))
        self.studio.record(ev.TIMER_RESUMED, {})
        return {}

    def add_time(self, args: dict[str, Any]) -> dict[str, Any]:
        self.studio.need_live()
        seconds = a.number(args, "seconds", lo=-3600, hi=3600)
        if seconds == 0:
            raise CommandError("bad_args", self.tr("seconds must be non-zero and at most an hour either way"))
        self.studio.record(ev.TIME_ADDED, {"seconds": seconds})
        return {"added_s": self.studio.state.added_s}

    def pin(self, args: dict[str, Any]) -> dict[str, Any]:
        self.studio.need_show()
        comment = args.get("comment")
        if not isinstance(comment, dict):
            comment = self.find_comment(a.integer(args, "comment_id"))
        if comment is None:
            raise CommandError("not_found", fill(self.tr("comment %1 not found"), str(args.get("comment_id"))))
        self.studio.record(ev.COMMENT_PINNED, {"comment": comment})
        return {}

    def find_comment(self, comment_id: Any) -> dict[str, Any] | None:
        """A comment by LiveDeck id: from the feed's window, else from the database."""
        try:
            cid = int(comment_id)
        except (TypeError, ValueError):
            return None
        studio = self.studio
        c = studio.feed.find(cid) if studio.feed is not None else None
        if c is None and studio.show_id is not None:
            c = studio.store.comment(studio.show_id, cid)
        return None if c is None else c.to_json()

    def unpin(self, _args: dict[str, Any]) -> dict[str, Any]:
        self.studio.need_show()
        if self.studio.state.pinned is None:
            raise CommandError("bad_state", self.tr("nothing is pinned"))
        self.studio.record(ev.COMMENT_UNPINNED, {})
        return {}

    # ---- what the clock does by itself ---------------------------------------------------------

    def _fire_cue(self, item_id: int, index: int, text: str) -> dict[str, Any]:
        self.studio.record(ev.CUE_FIRED, {"item_id": item_id, "cue_index": index, "text": text})
        self.studio.after_commit(lambda: self.studio.say(text, PRIORITY_CUE))
        return {}

    def on_tick(self) -> None:
        """Fire due cues and announce phase changes."""
        studio = self.studio
        now = studio.clock.now()
        for item_id, index, text in due_cues(studio.state, now):
            # An automatic command: the room guard applies (a room another studio took gets no event and
            # no speech), and the cue is spoken only once its event is stored.
            studio.run_auto(ev.CUE_FIRED, partial(self._fire_cue, item_id, index, text))
        phase = timer_view(studio.state, now)["phase"]
        if phase != self._last_phase:
            if phase == "warning":
                studio.say(self.tr("One minute left"), PRIORITY_CUE)
            elif phase == "overtime":
                nxt = studio.state.next
                msg = self.tr("Overtime")
                if nxt is not None:
                    msg += fill(self.tr(", next: %1"), nxt.name)
                studio.say(msg, PRIORITY_CUE)
            self._last_phase = phase
