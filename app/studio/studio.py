"""The Studio: one object per open show. Commands in, events out.

Every command (a button, a shortcut, a Stream Deck over the control websocket) goes through
`execute`, which checks it, writes the resulting event to SQLite, folds it into the state and
only then tells the UI and remote clients. A crash therefore loses nothing that was shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.core import events as ev
from app.core.clock import Clock, MonotonicWallClock
from app.core.commerce import coupons_view, sale_view
from app.core.events import Event
from app.core.runsheet import Item
from app.core.show import Segment, ShowState, apply, check_move, clock_view, due_cues, fold, timer_view
from app.core.text import fill
from app.live.relays import RelayManager
from app.live.speech import PRIORITY_CUE, PRIORITY_NORMAL, Speaker
from app.models.store import NotFound, Store
from app.studio.feed import CommentFeed

TICK_MS = 250
CUE_BANNER_S = 20.0

if False:
    QCoreApplication.translate("Studio", "no such item")
    QCoreApplication.translate("Studio", "target position is outside the run-sheet")
    QCoreApplication.translate("Studio", "only items still to come can be moved while live")
    QCoreApplication.translate("Studio", "the show has ended")


class CommandError(Exception):
    """A refused command: `code` for programs, `message` for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def segment_from_item(item: Item) -> Segment:
    assert item.id is not None
    return Segment(item_id=item.id, name=item.name, planned_s=item.planned_min * 60, sku=item.sku,
                   live_price=item.live_price, list_price=item.list_price, stock=item.stock,
                   talking_points=item.talking_points, cues=[(c.offset_s, c.text) for c in item.cues],
                   product_id=item.product_id, cart_no=item.cart_no)


class Studio(QObject):
    show_opened = Signal(int)
    shows_changed = Signal()
    runsheet_changed = Signal()
    state_changed = Signal()       # after every event: repaint from snapshot()
    tick = Signal()                # TICK_MS while live: timers repaint (they are computed, not counted)
    event_added = Signal(dict)
    published = Signal(dict)       # every message for control clients (state and event)
    quit_requested = Signal()

    def __init__(self, store: Store, clock: Clock | None = None, speaker: Speaker | None = None,
                 lang: str = "zh_CN", feed: CommentFeed | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.feed = feed
        self.relays: RelayManager | None = None  # set by the runtime; the UI's relay settings use it
        # Filled in by app.studio.commerce (flash sales, coupons, lottery) when it attaches.
        self.entrants_count: Callable[[], int] | None = None
        self.banner_lines: Callable[[float], list[str]] | None = None
        self.clock: Clock = clock or MonotonicWallClock()
        self.speaker = speaker
        self.lang = lang
        self.show_id: int | None = None
        self.title = ""
        self.state = ShowState()
        self._last_phase = "idle"
        self._last_publish = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.on_tick)
        self._commands: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
            "show.list": self._show_list, "show.open": self._show_open, "show.start": self._show_start,
            "show.end": self._show_end, "segment.next": self._segment_next,
            "segment.previous": self._segment_previous, "segment.goto": self._segment_goto,
            "timer.pause": self._timer_pause, "timer.resume": self._timer_resume, "timer.add": self._timer_add,
            "runsheet.move": self._runsheet_move, "comment.pin": self._comment_pin,
            "comment.unpin": self._comment_unpin, "speech.say": self._speech_say, "app.quit": self._app_quit,
            "state.get": lambda _args: self.snapshot(),
        }

    # ---- opening a show ---------------------------------------------------------------------

    def open_show(self, show_id: int) -> None:
        info = self.store.get_show(show_id)
        self.show_id = show_id
        self.title = info.title
        events = self.store.events(show_id)
        self.state = fold(events)
        if not events:
            self._refresh_draft()
        self.state.status = info.status if info.status in ("draft", "live", "ended") else "draft"
        self._last_phase = timer_view(self.state, self.clock.now())["phase"]
        if self.feed is not None:
            self.feed.pipeline.show_id = show_id
        self._update_ticker()
        self.show_opened.emit(show_id)
        self._changed()

    def _refresh_draft(self) -> None:
        """Before the show starts, the state's segments mirror the editable run-sheet."""
        if self.show_id is not None and self.state.status == "draft":
            self.state.segments = [segment_from_item(i) for i in self.store.items(self.show_id)]

    def runsheet_edited(self, item_id: int | None = None) -> None:
        """The editor changed the run-sheet. Live, an edit to an item still to come is an event."""
        if self.state.status == "draft":
            self._refresh_draft()
            self._changed()
        elif self.state.status == "live" and item_id is not None and self.show_id is not None:
            try:
                item = self.store.get_item(item_id)
            except NotFound:
                return
            self.record("item_updated", {"segment": segment_from_item(item).to_json()})
        self.runsheet_changed.emit()

    # ---- commands ---------------------------------------------------------------------------

    @property
    def commands(self) -> list[str]:
        return sorted(self._commands)

    def execute(self, cmd: str, args: dict[str, Any] | None = None) -> dict[str, Any]:
        """Run one command; raise CommandError with a reason when it is refused."""
        handler = self._commands.get(cmd)
        if handler is None:
            raise CommandError("unknown_command", fill(self.tr("unknown command %1"), repr(cmd)))
        if not isinstance(args, dict | None):
            raise CommandError("bad_args", self.tr("args must be an object"))
        try:
            return handler(args or {})
        except CommandError:
            raise
        except (KeyError, TypeError, ValueError) as exc:
            raise CommandError("bad_args", fill(self.tr("%1: bad arguments (%2)"), cmd, str(exc))) from None

    def register(self, cmd: str, handler: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
        """Let feature modules (sales, coupons, lotteries) add their command groups."""
        self._commands[cmd] = handler

    def _need_show(self) -> int:
        if self.show_id is None:
            raise CommandError("no_show", self.tr("no show is open"))
        return self.show_id

    def _need_live(self) -> None:
        self._need_show()
        if self.state.status != "live":
            raise CommandError("not_live", self.tr("the show is not live"))

    def _show_list(self, _args: dict[str, Any]) -> dict[str, Any]:
        return {"shows": [{"id": s.id, "title": s.title, "status": s.status, "items": s.items}
                          for s in self.store.list_shows()]}

    def _show_open(self, args: dict[str, Any]) -> dict[str, Any]:
        try:
            self.open_show(int(args["show_id"]))
        except NotFound as exc:
            raise CommandError("not_found", str(exc)) from None
        return {"show_id": self.show_id}

    def _show_start(self, _args: dict[str, Any]) -> dict[str, Any]:
        show_id = self._need_show()
        if self.state.status != "draft":
            raise CommandError("bad_state", self.tr("the show has already started"))
        items = self.store.items(show_id)
        if not items:
            raise CommandError("empty_runsheet", self.tr("the run-sheet has no items"))
        self.store.update_show(show_id, status="live")
        self.record(ev.SHOW_STARTED, {"segments": [segment_from_item(i).to_json() for i in items]})
        self._start_segment(0, "start")
        self.shows_changed.emit()
        return {}

    def _show_end(self, _args: dict[str, Any]) -> dict[str, Any]:
        self._need_live()
        self.record(ev.SHOW_ENDED, {})
        self.store.update_show(self._need_show(), status="ended")
        self.shows_changed.emit()
        return {}

    def _start_segment(self, index: int, via: str) -> dict[str, Any]:
        seg = self.state.segments[index]
        self.record(ev.SEGMENT_STARTED, {"index": index, "item_id": seg.item_id, "via": via})
        self.say(fill(self.tr("Now: %1"), seg.name), PRIORITY_CUE)
        return {"index": index, "item_id": seg.item_id}

    def _segment_next(self, _args: dict[str, Any]) -> dict[str, Any]:
        self._need_live()
        idx = self.state.current_index
        nxt = 0 if idx is None else idx + 1
        if nxt >= len(self.state.segments):
            raise CommandError("at_end", self.tr("this is the last item; end the show instead"))
        return self._start_segment(nxt, "next")

    def _segment_previous(self, _args: dict[str, Any]) -> dict[str, Any]:
        self._need_live()
        idx = self.state.current_index
        if not idx:
            raise CommandError("at_start", self.tr("this is the first item"))
        return self._start_segment(idx - 1, "previous")

    def _segment_goto(self, args: dict[str, Any]) -> dict[str, Any]:
        self._need_live()
        if "item_id" in args:
            ids = [s.item_id for s in self.state.segments]
            if int(args["item_id"]) not in ids:
                raise CommandError("not_found", fill(self.tr("item %1 is not on the run-sheet"), str(args["item_id"])))
            index = ids.index(int(args["item_id"]))
        else:
            index = int(args["index"])
            if not 0 <= index < len(self.state.segments):
                raise CommandError("out_of_range", fill(self.tr("index %1 is outside the run-sheet"), str(index)))
        return self._start_segment(index, "goto")

    def _timer_pause(self, _args: dict[str, Any]) -> dict[str, Any]:
        self._need_live()
        if self.state.paused_at is not None:
            raise CommandError("bad_state", self.tr("the timer is already paused"))
        self.record(ev.TIMER_PAUSED, {})
        return {}

    def _timer_resume(self, _args: dict[str, Any]) -> dict[str, Any]:
        self._need_live()
        if self.state.paused_at is None:
            raise CommandError("bad_state", self.tr("the timer is not paused"))
        self.record(ev.TIMER_RESUMED, {})
        return {}

    def _timer_add(self, args: dict[str, Any]) -> dict[str, Any]:
        self._need_live()
        seconds = float(args["seconds"])
        if seconds == 0 or abs(seconds) > 3600:
            raise CommandError("bad_args", self.tr("seconds must be non-zero and at most an hour either way"))
        self.record(ev.TIME_ADDED, {"seconds": seconds})
        return {"added_s": self.state.added_s}

    def _runsheet_move(self, args: dict[str, Any]) -> dict[str, Any]:
        show_id = self._need_show()
        item_id, to_index = int(args["item_id"]), int(args["to_index"])
        reason = check_move(self.state, item_id, to_index)
        if reason:
            raise CommandError("refused", self.tr(reason))
        self.store.move_item(show_id, item_id, to_index)
        if self.state.status == "live":
            self.record(ev.ITEM_MOVED, {"item_id": item_id, "to_index": to_index})
        else:
            self._refresh_draft()
            self._changed()
        self.runsheet_changed.emit()
        return {"order": [s.item_id for s in self.state.segments]}

    def _comment_pin(self, args: dict[str, Any]) -> dict[str, Any]:
        self._need_show()
        comment = args.get("comment")
        if not isinstance(comment, dict):
            comment = self.find_comment(args["comment_id"])
        if comment is None:
            raise CommandError("not_found", fill(self.tr("comment %1 not found"), str(args.get("comment_id"))))
        self.record(ev.COMMENT_PINNED, {"comment": comment})
        return {}

    def find_comment(self, comment_id: Any) -> dict[str, Any] | None:
        """A comment by LiveDeck id: from the feed's window, else from the database."""
        try:
            cid = int(comment_id)
        except (TypeError, ValueError):
            return None
        c = self.feed.find(cid) if self.feed is not None else None
        if c is None and self.show_id is not None:
            c = self.store.comment(self.show_id, cid)
        return None if c is None else c.to_json()

    def _comment_unpin(self, _args: dict[str, Any]) -> dict[str, Any]:
        self._need_show()
        if self.state.pinned is None:
            raise CommandError("bad_state", self.tr("nothing is pinned"))
        self.record(ev.COMMENT_UNPINNED, {})
        return {}

    def _speech_say(self, args: dict[str, Any]) -> dict[str, Any]:
        text = str(args["text"]).strip()
        if not text:
            raise CommandError("bad_args", self.tr("text is empty"))
        queued = self.say(text, PRIORITY_NORMAL)
        return {"queued": queued}

    def _app_quit(self, _args: dict[str, Any]) -> dict[str, Any]:
        QTimer.singleShot(0, self.quit_requested.emit)
        return {}

    # ---- events -----------------------------------------------------------------------------

    def record(self, type_: str, data: dict[str, Any]) -> Event:
        """Store first, then fold, then tell everyone. Keys starting with "_" (a lottery's sealed
        seed) are stored but never published."""
        event = self.store.append_event(self._need_show(), type_, self.clock.now(), data)
        apply(self.state, event)
        self._update_ticker()
        payload = {k: v for k, v in event.to_json().items() if not k.startswith("_")}
        self.event_added.emit(payload)
        self.published.emit({"type": "event", "event": payload})
        self._changed()
        return event

    def _changed(self) -> None:
        if self.feed is not None:
            self.feed.set_items([s.item_id for s in self.state.segments])
        self.state_changed.emit()
        self.publish_state()

    def publish_state(self) -> None:
        self._last_publish = self.clock.now()
        self.published.emit({"type": "state", "state": self.snapshot()})

    def _update_ticker(self) -> None:
        if self.state.status == "live" and not self._timer.isActive():
            self._timer.start()
        elif self.state.status != "live" and self._timer.isActive():
            self._timer.stop()

    def say(self, text: str, priority: int = PRIORITY_NORMAL) -> bool:
        if self.speaker is None:
            return False
        return self.speaker.say(text, priority, self.lang)

    def on_tick(self) -> None:
        """Fire due cues, announce phase changes, and keep remote clients' state fresh."""
        if self.state.status != "live":
            return
        now = self.clock.now()
        for item_id, index, text in due_cues(self.state, now):
            self.record(ev.CUE_FIRED, {"item_id": item_id, "cue_index": index, "text": text})
            self.say(text, PRIORITY_CUE)
        phase = timer_view(self.state, now)["phase"]
        if phase != self._last_phase:
            if phase == "warning":
                self.say(self.tr("One minute left"), PRIORITY_CUE)
            elif phase == "overtime":
                nxt = self.state.next
                msg = self.tr("Overtime")
                if nxt is not None:
                    msg += fill(self.tr(", next: %1"), nxt.name)
                self.say(msg, PRIORITY_CUE)
            self._last_phase = phase
        self.tick.emit()
        if now - self._last_publish >= 1.0:
            self.publish_state()

    # ---- state for UI and control clients ----------------------------------------------------

    def snapshot(self, now: float | None = None) -> dict[str, Any]:
        now = self.clock.now() if now is None else now
        st = self.state
        cur, nxt = st.current, st.next

        def seg(s: Segment | None, index: int | None) -> dict[str, Any] | None:
            if s is None:
                return None
            return {"index": index, "item_id": s.item_id, "name": s.name, "live_price": s.live_price,
                    "list_price": s.list_price, "stock": s.stock, "sku": s.sku, "planned_s": s.planned_s,
                    "talking_points": s.talking_points, "product_id": s.product_id, "cart_no": s.cart_no}

        idx = st.current_index
        next_index = (idx + 1) if idx is not None else (0 if nxt is not None else None)
        return {
            "show": {"id": self.show_id, "title": self.title, "status": st.status},
            "current": seg(cur, idx),
            "next": seg(nxt, next_index),
            "timer": timer_view(st, now),
            "clock": clock_view(st, now),
            "runsheet": [{"item_id": s.item_id, "name": s.name, "planned_s": s.planned_s,
                          "product_id": s.product_id, "cart_no": s.cart_no} for s in st.segments],
            "pinned": st.pinned,
            "sale": sale_view(st.extra.get("sale"), now),
            "coupons": coupons_view(st.extra.get("coupons", []), now),
            "lottery": self.lottery_view(),
            "feed": self.feed_stats(),
            "banners": self.banners(now),
            "now": now,
        }

    def lottery_view(self) -> dict[str, Any] | None:
        lot = self.state.extra.get("lottery")
        if lot is None:
            return None
        view = dict(lot)
        if lot["status"] == "open" and self.entrants_count is not None:
            view["entrants"] = self.entrants_count()
        return view

    def banners(self, now: float) -> list[str]:
        """Short lines for the host view: a recent cue, then what the commerce desk has running."""
        out = []
        cue = self.state.extra.get("last_cue")
        if cue and now - cue["at"] < CUE_BANNER_S:
            out.append(f"⏰ {cue['text']}")
        if self.banner_lines is not None:
            out.extend(self.banner_lines(now))
        return out

    def feed_stats(self) -> dict[str, Any]:
        if self.feed is None:
            return {"total": 0, "per_second": 0.0, "malformed": 0}
        return self.feed.stats()
