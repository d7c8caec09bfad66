"""The show reducer: ShowState is a pure fold of Events, and timers are computed from it.

Time left = planned + added - (now - segment start - paused), never a counter, so a show of any
length has no drift and a replay after a crash puts the clocks where they would have stood.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from app.core import events as ev
from app.core.events import Event
from app.core.runsheet import moved

WARNING_S = 60.0
DANGER_S = 15.0


@dataclass
class Segment:
    """A run-sheet item as frozen into the show when it went live."""

    item_id: int
    name: str
    planned_s: float
    sku: str = ""
    live_price: int = 0
    list_price: int = 0
    stock: int = 0
    talking_points: str = ""
    cues: list[tuple[int, str]] = field(default_factory=list)
    product_id: str = ""
    cart_no: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "item_id": self.item_id, "name": self.name, "planned_s": self.planned_s, "sku": self.sku,
            "live_price": self.live_price, "list_price": self.list_price, "stock": self.stock,
            "talking_points": self.talking_points, "cues": [list(c) for c in self.cues],
            "product_id": self.product_id, "cart_no": self.cart_no,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Segment:
        return cls(
            item_id=int(d["item_id"]), name=str(d["name"]), planned_s=float(d["planned_s"]),
            sku=str(d.get("sku", "")), live_price=int(d.get("live_price", 0)),
            list_price=int(d.get("list_price", 0)), stock=int(d.get("stock", 0)),
            talking_points=str(d.get("talking_points", "")),
            cues=[(int(o), str(t)) for o, t in d.get("cues", [])],
            product_id=str(d.get("product_id", "")), cart_no=str(d.get("cart_no", "")),
        )


@dataclass
class ShowState:
    status: str = "draft"  # draft, live, ended
    segments: list[Segment] = field(default_factory=list)
    started_at: float | None = None
    ended_at: float | None = None
    current_id: int | None = None
    seg_started_at: float | None = None
    paused_at: float | None = None
    paused_total: float = 0.0
    added_s: float = 0.0
    fired_cues: set[tuple[int, int]] = field(default_factory=set)
    pinned: dict[str, Any] | None = None
    history: list[dict[str, Any]] = field(default_factory=list)  # actual time per segment
    last_seq: int = 0
    extra: dict[str, Any] = field(default_factory=dict)  # sale, coupons, lottery (see their modules)

    @property
    def current_index(self) -> int | None:
        if self.current_id is None:
            return None
        for i, s in enumerate(self.segments):
            if s.item_id == self.current_id:
                return i
        return None

    @property
    def current(self) -> Segment | None:
        i = self.current_index
        return None if i is None else self.segments[i]

    @property
    def next(self) -> Segment | None:
        i = self.current_index
        if i is None:
            return self.segments[0] if self.segments and self.status == "draft" else None
        return self.segments[i + 1] if i + 1 < len(self.segments) else None

    def segment(self, item_id: int) -> Segment | None:
        return next((s for s in self.segments if s.item_id == item_id), None)

    def clone(self) -> ShowState:
        return copy.deepcopy(self)


Handler = Callable[[ShowState, Event], None]
_HANDLERS: dict[str, Handler] = {}


def handles(*types: str) -> Callable[[Handler], Handler]:
    """Register a reducer step; flash sales, coupons and lotteries add theirs from their modules."""

    def deco(fn: Handler) -> Handler:
        for t in types:
            _HANDLERS[t] = fn
        return fn

    return deco


def apply(state: ShowState, event: Event) -> ShowState:
    """Apply one event in place and return the state. Unknown event types are kept but ignored."""
    handler = _HANDLERS.get(event.type)
    if handler is not None:
        handler(state, event)
    state.last_seq = max(state.last_seq, event.seq)
    return state


def fold(events: Iterable[Event], initial: ShowState | None = None) -> ShowState:
    state = ShowState() if initial is None else initial.clone()
    for e in events:
        apply(state, e)
    return state


def _close_segment(state: ShowState, at: float) -> None:
    if state.current_id is not None and state.seg_started_at is not None:
        if state.paused_at is not None:
            state.paused_total += at - state.paused_at
        state.history.append({
            "item_id": state.current_id, "started_at": state.seg_started_at, "ended_at": at,
            "active_s": max(0.0, at - state.seg_started_at - state.paused_total),
            "planned_s": (state.current.planned_s + state.added_s) if state.current else 0.0,
        })


@handles(ev.SHOW_STARTED)
def _show_started(state: ShowState, e: Event) -> None:
    state.status = "live"
    state.started_at = e.ts
    state.segments = [Segment.from_json(d) for d in e.data.get("segments", [])]


@handles(ev.SEGMENT_STARTED)
def _segment_started(state: ShowState, e: Event) -> None:
    _close_segment(state, e.ts)
    state.current_id = int(e.data["item_id"])
    state.seg_started_at = e.ts
    state.paused_at = None
    state.paused_total = 0.0
    state.added_s = 0.0


@handles(ev.TIMER_PAUSED)
def _paused(state: ShowState, e: Event) -> None:
    if state.paused_at is None and state.seg_started_at is not None:
        state.paused_at = e.ts


@handles(ev.TIMER_RESUMED)
def _resumed(state: ShowState, e: Event) -> None:
    if state.paused_at is not None:
        state.paused_total += e.ts - state.paused_at
        state.paused_at = None


@handles(ev.TIME_ADDED)
def _time_added(state: ShowState, e: Event) -> None:
    state.added_s += float(e.data["seconds"])


@handles(ev.ITEM_MOVED)
def _item_moved(state: ShowState, e: Event) -> None:
    item_id, to = int(e.data["item_id"]), int(e.data["to_index"])
    idx = next((i for i, s in enumerate(state.segments) if s.item_id == item_id), None)
    if idx is not None:
        state.segments = moved(state.segments, idx, to)


@handles(ev.ITEM_UPDATED)
def _item_updated(state: ShowState, e: Event) -> None:
    new = Segment.from_json(e.data["segment"])
    for i, s in enumerate(state.segments):
        if s.item_id == new.item_id:
            state.segments[i] = new


@handles(ev.CUE_FIRED)
def _cue_fired(state: ShowState, e: Event) -> None:
    state.fired_cues.add((int(e.data["item_id"]), int(e.data["cue_index"])))
    state.extra["last_cue"] = {"text": str(e.data.get("text", "")), "at": e.ts}


@handles(ev.STOCK_CHANGED)
def _stock_changed(state: ShowState, e: Event) -> None:
    seg = state.segment(int(e.data["item_id"]))
    if seg is not None:
        seg.stock = max(0, int(e.data["stock"]))


@handles(ev.COMMENT_PINNED)
def _pinned(state: ShowState, e: Event) -> None:
    state.pinned = dict(e.data["comment"])


@handles(ev.COMMENT_UNPINNED)
def _unpinned(state: ShowState, e: Event) -> None:
    state.pinned = None


@handles(ev.SHOW_ENDED)
def _ended(state: ShowState, e: Event) -> None:
    _close_segment(state, e.ts)
    state.status = "ended"
    state.ended_at = e.ts
    state.paused_at = None


# ---- computed views -------------------------------------------------------------------------


def segment_elapsed(state: ShowState, now: float) -> float:
    if state.seg_started_at is None:
        return 0.0
    end = state.paused_at if state.paused_at is not None else (state.ended_at or now)
    return max(0.0, end - state.seg_started_at - state.paused_total)


def timer_view(state: ShowState, now: float, warning_s: float = WARNING_S,
               danger_s: float = DANGER_S) -> dict[str, Any]:
    seg = state.current
    if seg is None or state.status != "live":
        return {"planned_s": 0.0, "elapsed_s": 0.0, "remaining_s": 0.0, "added_s": 0.0, "phase": "idle"}
    elapsed = segment_elapsed(state, now)
    remaining = seg.planned_s + state.added_s - elapsed
    if state.paused_at is not None:
        phase = "paused"
    elif remaining < 0:
        phase = "overtime"
    elif remaining <= danger_s:
        phase = "danger"
    elif remaining <= warning_s:
        phase = "warning"
    else:
        phase = "running"
    return {"planned_s": seg.planned_s, "elapsed_s": elapsed, "remaining_s": remaining,
            "added_s": state.added_s, "phase": phase}


def clock_view(state: ShowState, now: float) -> dict[str, Any]:
    if state.started_at is None:
        return {"show_elapsed_s": 0.0, "planned_end": None, "projected_end": None, "over_under_s": 0.0}
    end = state.ended_at if state.ended_at is not None else now
    planned_end = state.started_at + sum(s.planned_s for s in state.segments)
    idx = state.current_index
    if state.status == "ended":
        projected = end
    elif idx is None:
        projected = now + sum(s.planned_s for s in state.segments)
    else:
        remaining = max(0.0, timer_view(state, now)["remaining_s"])
        projected = now + remaining + sum(s.planned_s for s in state.segments[idx + 1:])
    return {"show_elapsed_s": end - state.started_at, "planned_end": planned_end,
            "projected_end": projected, "over_under_s": projected - planned_end}


def due_cues(state: ShowState, now: float) -> list[tuple[int, int, str]]:
    """Cues of the current item whose offset has passed and that have not fired yet."""
    seg = state.current
    if seg is None or state.status != "live":
        return []
    elapsed = segment_elapsed(state, now)
    return [(seg.item_id, i, text) for i, (offset, text) in enumerate(seg.cues)
            if offset <= elapsed and (seg.item_id, i) not in state.fired_cues]


# The Studio shows these through Qt's translation (context "Studio"); core itself imports no Qt.
MOVE_REFUSALS = ("no such item", "target position is outside the run-sheet",
                 "only items still to come can be moved while live", "the show has ended")


def check_move(state: ShowState, item_id: int, to_index: int) -> str | None:
    """While live, only what is still to come may move, and only among what is still to come."""
    idx = next((i for i, s in enumerate(state.segments) if s.item_id == item_id), None)
    if idx is None:
        return "no such item"
    if not 0 <= to_index < len(state.segments):
        return "target position is outside the run-sheet"
    cur = state.current_index
    if state.status == "live" and cur is not None and (idx <= cur or to_index <= cur):
        return "only items still to come can be moved while live"
    if state.status == "ended":
        return "the show has ended"
    return None
