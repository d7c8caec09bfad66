"""The Studio: one object per open show. Commands in, events out.

Every change (a button, undo, a shortcut, a Stream Deck over the control websocket, the clock's
own time-up) is a command run by `execute`: the handler decides and records events against a copy
of the state; the events (and the run-sheet rows they change) are stored in one transaction; only
then is the copy swapped in and one change set announced. A refused or failed command changes
nothing, and a crash loses nothing that was shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.core.changes import EVERY_PART, Change
from app.core.clock import Clock, MonotonicWallClock
from app.core.comments import Comment
from app.core.events import Event
from app.core.host_screen import CONTEXT as HOST_CONTEXT
from app.core.host_screen import host_screen
from app.core.reducers import apply, changes_of, fold
from app.core.runsheet import Item, ShowInfo
from app.core.show import Segment, ShowState, timer_view
from app.core.snapshot import RunsheetRows, snapshot
from app.core.state_delta import DeltaStream
from app.core.text import fill
from app.live.relays import RelayManager
from app.live.speech import PRIORITY_NORMAL, Speaker
from app.models.store import Store
from app.studio.app_cmds import register_app_commands
from app.studio.downtime import Downtime
from app.studio.errors import CommandError as CommandError  # re-exported for the UI
from app.studio.feed import CommentFeed
from app.studio.feed_cmds import FeedDesk
from app.studio.onair import OnAir
from app.studio.one_snapshot import OneSnapshot
from app.studio.runsheet_cmds import RunSheetCommands
from app.studio.settling import SettlingShows
from app.studio.shows import ShowCommands

log = logging.getLogger(__name__)

TICK_MS = 250


def _host_tr(text: str) -> str:
    return QCoreApplication.translate(HOST_CONTEXT, text)

READ_ONLY = frozenset({"state.get"})
Handler = Callable[[dict[str, Any]], dict[str, Any]]


@dataclass
class _Tx:
    events: list[Event] = field(default_factory=list)
    changes: Change = field(default_factory=lambda: Change(0))
    session: Session | None = None
    after: list[Callable[[], object]] = field(default_factory=list)
    turn: ExitStack = field(default_factory=ExitStack)  # the write turn, held from the first write to the end


class Studio(QObject):
    show_opened = Signal(int)
    show_closed = Signal()
    shows_changed = Signal()       # the list of shows (titles, statuses, item counts)
    runsheet_changed = Signal()
    changed = Signal(object)       # a Change (app.core.changes): views repaint only on the flags they read
    state_changed = Signal()       # after every change (the control socket and tests; views use `changed`)
    views_sync = Signal()          # first: desks bring their views (sales items, the item on air) up to date
    tick = Signal()                # TICK_MS while live: timers repaint (they are computed, not counted)
    event_added = Signal(dict)
    # Every message for control clients (state and event). `object`, not `dict`: a dict signal
    # converts the whole state to a QVariantMap at every emit (17 ms for a 5,000-item run-sheet).
    published = Signal(object)
    quit_requested = Signal()

    def __init__(self, store: Store, clock: Clock | None = None, speaker: Speaker | None = None,
                 lang: str = "zh_CN", feed: CommentFeed | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.feed = feed
        self.relays: RelayManager | None = None  # set by the runtime; the UI's relay settings use it
        self.clock: Clock = clock or MonotonicWallClock()
        if feed is not None:
            feed.pipeline.clock = self.clock.now  # comments on the show's own timeline
        self.speaker = speaker
        self.lang = lang
        self.show_id: int | None = None
        self.state = ShowState()
        self.views: dict[str, Callable[[float], Any]] = {}  # state keys feature modules add (lottery, polls, …)
        # Raises CommandError when the command may not run now (a room another studio owns, #21).
        self.guard: Callable[[str], None] | None = None
        self.write_turn: Callable[[], AbstractContextManager[object]] = nullcontext  # the writer's `turn`
        self._tx: _Tx | None = None
        self._settling = SettlingShows(store, None if feed is None else feed.pipeline.counting)  # for ingest
        self._rows = RunsheetRows()  # each unchanged item's row built once (5,000-item run-sheets)
        self._pushes = DeltaStream()  # numbered state pushes, each with its delta from the one before
        self._last_publish = 0.0
        self._one_snapshot = OneSnapshot(lambda: self._snapshot_at(self.clock.now()))
        self._timer = QTimer(self, interval=TICK_MS)
        self._timer.timeout.connect(self.on_tick)
        # Commands that write nothing to the open show's room (reads, the speech mute): the room guard
        # lets them through (a second desk's catch-up while the room is being taken). See `register`.
        self.room_free: set[str] = {"state.get"}
        self._commands: dict[str, Handler] = {
            "state.get": lambda _args: {**self.snapshot(), "seq": self._pushes.seq},
        }
        self.shows = ShowCommands(self)
        register_app_commands(self)
        RunSheetCommands(self)
        self.onair = OnAir(self)
        self.inputs = FeedDesk(self)  # block list, keywords, desk deletes, mute, relays
        self.downtime = Downtime(self)  # a gap while live (crash, quit): `app_down` at the next open

    @property
    def title(self) -> str:
        return self.state.title

    # ---- opening and closing a show -------------------------------------------------------------

    def open_show(self, show_id: int) -> None:
        """Replay the show's events. Before its start the run-sheet table is the truth of the items."""
        again = show_id == self.show_id
        self.downtime.mark()  # leaving a live show (or opening it again): it was open up to now
        info = self.store.get_show(show_id)
        state = fold(self.store.events(show_id))
        state.title, state.platform, state.host = info.title, info.platform, info.host
        if state.status == "draft":
            state.segments = [Segment.from_item(i) for i in self.store.items(show_id)]
            state.planned_start = info.planned_start.timestamp() if info.planned_start else None
        elif state.planned_start is None and info.planned_start is not None:
            state.planned_start = info.planned_start.timestamp()
        if self.feed is not None:
            self.feed.switch_show(show_id)  # batches accepted for the previous show go to it, not this one
        self.show_id, self.state = show_id, state
        self._set_ingest()  # before show_opened: the sales counter still counts the last show (settling)
        self.show_opened.emit(show_id)
        self._changed(EVERY_PART)
        self.downtime.opened(again)  # a live show opened anew: the gap since a studio last had it open

    def close_show(self) -> None:
        self.downtime.mark()
        if self.feed is not None:
            self.feed.switch_show(None)
        self.show_id, self.state = None, ShowState()
        self._set_ingest()
        self.show_closed.emit()
        self._changed(EVERY_PART)

    def _set_ingest(self) -> None:
        """Ingest stores comments for the open show while it is not over; after the end it refuses them,
        but for `SETTLE_S` it still takes its orders' payments, refunds and cancellations."""
        if self.feed is not None:  # and other shows ended within SETTLE_S: theirs too (app.studio.settling)
            ended, end = self.state.status == "ended", self.state.ended_at
            settling = self._settling.shows(self.show_id, end if ended else None, self.clock.now())
            self.feed.pipeline.set_show(None if ended else self.show_id, "show_ended" if ended else "no_show_open",
                                        settling)

    # ---- reading, for views (the UI never reads the store itself) ----------------------------------

    def runsheet_items(self) -> list[Item]:
        return [s.to_item() for s in self.state.segments]

    def show_info(self) -> ShowInfo | None:
        if self.show_id is None:
            return None
        ps = self.state.planned_start
        return ShowInfo(self.show_id, self.state.title, self.state.platform, self.state.host,
                        datetime.fromtimestamp(ps) if ps is not None else None, self.state.status,
                        len(self.state.segments))

    def list_shows(self) -> list[ShowInfo]:
        return self.store.list_shows()

    def get_show(self, show_id: int) -> ShowInfo:
        return self.store.get_show(show_id)

    def user_comments(self, show_id: int, platform: str, user_id: str, limit: int = 500) -> list[Comment]:
        """A viewer's recent comments from the database (callers run it off the GUI thread)."""
        return self.store.comments(show_id, user_id=user_id, platform=platform, limit=limit)

    # ---- commands ---------------------------------------------------------------------------

    def execute(self, cmd: str, args: dict[str, Any] | None = None) -> dict[str, Any]:
        """Run one command; raise CommandError with a reason when it is refused or fails."""
        handler = self._commands.get(cmd)
        if handler is None:
            raise CommandError("unknown_command", fill(self.tr("unknown command %1"), repr(cmd)))
        if not isinstance(args, dict | None):
            raise CommandError("bad_args", self.tr("args must be an object"))
        if cmd in READ_ONLY:  # nothing to store or roll back: no transaction, no copy of the state
            return handler(args or {})
        return self._run(cmd, lambda: handler(args or {}))

    def _run(self, what: str, fn: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """One transaction around `fn`; every failure becomes a CommandError and leaves no trace."""
        if self._tx is not None:  # a command run by another joins its transaction
            return fn()
        if self.guard is not None:
            self.guard(what)
        try:
            with self._transaction():
                return fn()
        except CommandError:
            raise
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            raise CommandError("bad_args", fill(self.tr("%1: bad arguments (%2)"), what, str(exc))) from None
        except SQLAlchemyError as exc:
            log.error("%s: could not be stored: %s", what, exc)
            raise CommandError("storage_failed",
                               self.tr("the change could not be saved (is the disk full?); nothing changed")) from None
        except Exception:
            log.exception("%s failed", what)
            raise CommandError("internal_error", fill(self.tr("%1 failed; nothing changed"), what)) from None

    def auto(self, cmd: str, args: dict[str, Any] | None = None) -> dict[str, Any] | None:
        """An automatic action (time up, sold out): the same command; a failure is logged, never raised
        out of a Qt slot or the clock's tick."""
        return self.run_auto(cmd, lambda: self.execute(cmd, args))

    def run_auto(self, what: str, fn: Callable[[], dict[str, Any]]) -> dict[str, Any] | None:
        try:
            return self._run(what, fn)
        except CommandError as exc:
            log.info("automatic %s refused: %s (%s)", what, exc.message, exc.code)
            return None

    def register(self, cmd: str, handler: Handler, writes: bool = True) -> None:
        """Feature modules (sales, coupons, lotteries, polls) add their command groups; `writes=False`
        marks one that writes nothing to the show's room (the room guard lets it through)."""
        self._commands[cmd] = handler
        if not writes:
            self.room_free.add(cmd)

    def need_show(self) -> int:
        if self.show_id is None:
            raise CommandError("no_show", self.tr("no show is open"))
        return self.show_id

    def need_live(self) -> None:
        self.need_show()
        if self.state.status != "live":
            raise CommandError("not_live", self.tr("the show is not live"))

    # ---- the transaction ------------------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        before = self.state
        tx = self._tx = _Tx()
        self.state = before.clone()
        stored: list[Event] = []
        try:
            yield
            if tx.events:
                stored = self.store.append_events(self.need_show(), tx.events, s=self.db())
            if tx.session is not None:
                tx.session.commit()
        except BaseException:
            self.state = before
            if tx.session is not None:
                tx.session.rollback()
            raise
        finally:
            if tx.session is not None:
                tx.session.close()
            tx.turn.close()
            self._tx = None
        changes = tx.changes | changes_of(stored)
        self._announce(stored, changes)
        for fn in tx.after:
            fn()
        self._one_snapshot.drop()  # a hook may have moved a desk's view (a mark): later readers see it
        if changes:
            self.publish_state()  # after the hooks: a second desk refetches on the counts they move

    def db(self) -> Session:
        """The running command's database transaction (opened when first needed)."""
        assert self._tx is not None, "store writes happen inside a command"
        if self._tx.session is None:
            self._tx.turn.enter_context(self.write_turn())
            self._tx.session = self.store.begin()
        return self._tx.session

    def touch(self, parts: Change) -> None:
        """Name parts a command changed without an event (a draft run-sheet edit, the show list)."""
        assert self._tx is not None
        self._tx.changes |= parts

    def after_commit(self, fn: Callable[[], object]) -> None:
        """Run once the command is stored (speech, signals to other parts): never for a refused one."""
        if self._tx is None:
            fn()
        else:
            self._tx.after.append(fn)

    def record(self, type_: str, data: dict[str, Any], at: float | None = None) -> Event:
        """Decide → event → apply to the command's copy (stamped now, or `at`: a 秒杀's time up seen late)."""
        if self._tx is None:
            if self.guard is not None:  # one by itself is still a write to the room
                self.guard(type_)
            with self._transaction():
                return self.record(type_, data, at)
        self.need_show()
        event = Event(type_, self.clock.now() if at is None else at, data)
        apply(self.state, event)
        self._tx.events.append(event)
        return event

    def _announce(self, stored: list[Event], changes: Change) -> None:
        for event in stored:
            payload = {k: v for k, v in event.to_json().items() if not k.startswith("_")}
            self.event_added.emit(payload)
            self.published.emit({"type": "event", "event": payload})
        if Change.SHOW in changes:
            self._set_ingest()
        if changes:
            self._changed(changes, publish=False)

    def part_changed(self, changes: Change) -> None:
        """A desk's own part of the state changed outside the show's events (the room's status): the
        views hear it as they hear a command, from one snapshot, and the clients get the state."""
        self._changed(changes)

    def _changed(self, changes: Change, publish: bool = True) -> None:
        if self.state.status == "live" and not self._timer.isActive():
            self._timer.start()
        elif self.state.status != "live" and self._timer.isActive():
            self._timer.stop()
        if self.feed is not None:
            self.feed.set_items([s.item_id for s in self.state.segments], [s.cart_no for s in self.state.segments])
        self.views_sync.emit()
        if Change.RUNSHEET in changes:
            self.runsheet_changed.emit()
        if changes & (Change.SHOWS | Change.SHOW):
            self.shows_changed.emit()
        with self._one_snapshot.held():  # the panels read one snapshot
            self.changed.emit(changes)
        self.state_changed.emit()
        if publish:
            self.publish_state()

    def publish_state(self) -> None:
        """The full state and its delta from the last push; the server sends each client one of them."""
        self._last_publish = self.clock.now()
        snap = self.snapshot()
        seq, change = self._pushes.push(snap)
        self.published.emit({"type": "state", "seq": seq, "state": snap, "delta": change})

    def say(self, text: str, priority: int = PRIORITY_NORMAL) -> bool:
        if self.speaker is None:
            return False
        return self.speaker.say(text, priority, self.lang)

    def on_tick(self) -> None:
        """Automatic actions, then repaint and keep remote clients' state fresh. Never raises."""
        if self.state.status != "live":
            return
        try:
            self.onair.on_tick()
            self.downtime.tick()
            with self._one_snapshot.held():
                self.tick.emit()
        except Exception:
            log.exception("clock tick failed")
        if self.clock.now() - self._last_publish >= 1.0:
            self.publish_state()

    # ---- state for UI and control clients ----------------------------------------------------

    def snapshot(self, now: float | None = None) -> dict[str, Any]:
        """The state as views and control clients read it; one per change or tick, shared by its
        listeners (each made its own: four a price edit, ~1 ms each on a show with desks open)."""
        return self._one_snapshot.get(self._tx is None) if now is None else self._snapshot_at(now)

    def _snapshot_at(self, now: float) -> dict[str, Any]:
        out = snapshot(self.state, self.show_id, now, self._rows)
        out["feed"] = self.feed_stats()
        for key, view in self.views.items():
            out[key] = view(now)
        # What the host sees, decided once in core: the Qt host view and the web one show this as it is.
        out["host"] = host_screen(out, _host_tr)
        out["banners"] = [b["text"] for b in out["host"]["banners"]]
        return out

    def feed_stats(self) -> dict[str, Any]:
        if self.feed is None:
            return {"total": 0, "per_second": 0.0, "malformed": 0}
        return self.feed.stats()

    def phase(self) -> str:
        return str(timer_view(self.state, self.clock.now())["phase"])
