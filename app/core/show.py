"""The show state and its timer maths: segments, the clocks, the checks on run-sheet edits.

ShowState is a pure fold of Events: its steps are in app.core.show_steps, and app.core.reducers holds
the one mapping of event types to steps. Time left = planned + added - (now - segment start -
paused), never a counter, so a show of any length has no drift and a replay after a crash puts the
clocks where they would have stood. Going back to an earlier item (返场) is a revisit: done items
stay done, "next" is the first item not yet done, the projection counts only what is still to do,
and an item's actual time sums its visits.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from app.core.runsheet import Cue, Item

if TYPE_CHECKING:
    from app.core.coupon import Coupon
    from app.core.lottery_state import Lottery
    from app.core.sale import Sale

WARNING_S = 60.0
DANGER_S = 15.0
# A 返场 of an item whose plan is used up: the host gets this long, not the whole plan again (which
# showed 20:00 for a 3-minute encore and moved the projected end by 17 minutes); ±1 min adjusts it.
ENCORE_S = 180.0

# Fields of a Segment that a run-sheet edit may change (its id never changes).
EDITABLE = ("name", "planned_s", "sku", "live_price", "list_price", "stock", "talking_points", "cues",
            "product_id", "cart_no", "notes", "link", "coupon_price")


@dataclass
class Segment:
    """A run-sheet item as the show holds it: before the start it mirrors the run-sheet table; from
    the start on, events change it (live edits, stock sold in a sale)."""

    item_id: int
    name: str
    planned_s: float
    sku: str = ""
    live_price: int = 0
    list_price: int = 0
    stock: int | None = None  # None: not known; 0: sold out
    talking_points: str = ""
    cues: list[tuple[int, str]] = field(default_factory=list)
    product_id: str = ""
    cart_no: str = ""
    notes: str = ""
    link: str = ""
    coupon_price: int = 0  # fen after the coupon (券后), 0 = none

    def to_json(self) -> dict[str, Any]:
        d = {f.name: getattr(self, f.name) for f in fields(self)}
        d["cues"] = [list(c) for c in self.cues]
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Segment:
        seg = cls(item_id=int(d["item_id"]), name=str(d["name"]), planned_s=float(d["planned_s"]))
        seg.set_fields(d)
        return seg

    def copy(self) -> Segment:
        new = Segment.__new__(Segment)
        new.__dict__.update(self.__dict__, cues=list(self.cues))  # flat; the cues are tuples
        return new

    def set_fields(self, d: dict[str, Any]) -> None:
        """Apply the editable fields present in `d` (a live edit carries only what changed)."""
        for name in EDITABLE:
            if name not in d:
                continue
            value = d[name]
            if name == "cues":
                self.cues = [(int(o), str(t)) for o, t in value]
            elif name == "planned_s":
                self.planned_s = float(value)
            elif name == "stock":
                self.stock = None if value is None else int(value)
            elif name in ("live_price", "list_price", "coupon_price"):
                setattr(self, name, int(value))
            else:
                setattr(self, name, str(value))

    @classmethod
    def from_item(cls, item: Item) -> Segment:
        assert item.id is not None
        return cls(item_id=item.id, name=item.name, planned_s=item.planned_min * 60, sku=item.sku,
                   live_price=item.live_price, list_price=item.list_price, stock=item.stock,
                   talking_points=item.talking_points, cues=[(c.offset_s, c.text) for c in item.cues],
                   product_id=item.product_id, cart_no=item.cart_no, notes=item.notes, link=item.link,
                   coupon_price=item.coupon_price)

    def to_item(self) -> Item:
        return Item(id=self.item_id, name=self.name, planned_min=self.planned_s / 60, sku=self.sku,
                    live_price=self.live_price, list_price=self.list_price, stock=self.stock,
                    talking_points=self.talking_points, cues=[Cue(o, t) for o, t in self.cues],
                    product_id=self.product_id, cart_no=self.cart_no, notes=self.notes, link=self.link,
                    coupon_price=self.coupon_price)


@dataclass(frozen=True)
class Visit:
    """One stretch of time an item was on air; a 返场 adds another."""

    item_id: int
    started_at: float
    ended_at: float
    active_s: float


_PLANNED = attrgetter("planned_s")
_SHARED = frozenset({"segments", "visits", "fired_cues"})  # shallow-copied by ShowState.clone


@dataclass
class ShowState:
    status: str = "draft"  # draft, live, ended
    title: str = ""
    platform: str = ""
    host: str = ""
    planned_start: float | None = None  # epoch seconds; with it the planned end is fixed
    segments: list[Segment] = field(default_factory=list)
    started_at: float | None = None
    ended_at: float | None = None
    current_id: int | None = None
    seg_started_at: float | None = None
    paused_at: float | None = None
    paused_total: float = 0.0
    added_s: float = 0.0
    visits: list[Visit] = field(default_factory=list)
    fired_cues: set[tuple[int, int]] = field(default_factory=set)
    last_cue: dict[str, Any] | None = None
    pinned: dict[str, Any] | None = None
    sale: Sale | None = None
    coupons: list[Coupon] = field(default_factory=list)
    lottery: Lottery | None = None
    lottery_winners: list[str] = field(default_factory=list)  # every winner so far, for exclusion
    down: dict[str, Any] | None = None  # the last time the app was down while live (app_down)
    extra: dict[str, Any] = field(default_factory=dict)  # state of feature modules added later
    replay_errors: list[str] = field(default_factory=list)  # events a replay could not apply

    def index_of(self, item_id: int | None) -> int | None:
        """Through a map of item ids to positions, checked at each use and rebuilt when it is stale."""
        segs = self.segments
        where: dict[int | None, int] = self.__dict__.get("_where", {})
        i = where.get(item_id)
        if i is None or i >= len(segs) or segs[i].item_id != item_id:
            where = self.__dict__["_where"] = {s.item_id: n for n, s in enumerate(segs)}
            i = where.get(item_id)
        return i

    def clone(self) -> ShowState:
        """A copy for a command to change. Structural sharing: the segment list is copied, not its
        thousands of items (a step that changes one replaces it: `own_segment`); visits and fired cues
        hold immutable entries. The rest is deep-copied."""
        new = copy.copy(self)
        for f in fields(self):
            value = getattr(self, f.name)
            setattr(new, f.name, copy.copy(value) if f.name in _SHARED else copy.deepcopy(value))
        return new

    def own_segment(self, item_id: int) -> Segment | None:
        """The item, replaced by its own copy first: the state a command cloned from keeps its item."""
        i = self.index_of(item_id)
        if i is None:
            return None
        seg = self.segments[i] = self.segments[i].copy()
        return seg

    @property
    def current_index(self) -> int | None:
        return self.index_of(self.current_id)

    @property
    def current(self) -> Segment | None:
        i = self.current_index
        return None if i is None else self.segments[i]

    @property
    def done(self) -> set[int]:
        """Items that have been on air and left (a revisit keeps them done)."""
        return {v.item_id for v in self.visits}

    def to_do(self) -> list[Segment]:
        """What is still to come, in run order: neither done nor on air now."""
        done = self.done
        return [s for s in self.segments if s.item_id not in done and s.item_id != self.current_id]

    @property
    def next(self) -> Segment | None:
        """The first item still to come: found without listing all of them (asked several times per
        repaint, on 5,000-item shows too)."""
        if self.status == "ended":
            return None
        done, cur = self.done, self.current_id
        return next((s for s in self.segments if s.item_id not in done and s.item_id != cur), None)

    def planned_sums(self) -> tuple[float, float]:
        """(Planned seconds of every item, of the items still to come.) The show clock reads both four
        times a second; they are summed again only when the items or what is done or on air changed,
        checked at each use like `index_of`'s map."""
        segs = tuple(self.segments)
        gone = frozenset(self.done | {self.current_id})
        memo = self.__dict__.get("_planned")
        if memo is not None and memo[1] == gone and memo[0] == segs:
            return memo[2]  # type: ignore[no-any-return]
        sums = (sum(map(_PLANNED, segs)), sum(map(_PLANNED, (s for s in segs if s.item_id not in gone))))
        self.__dict__["_planned"] = (segs, gone, sums)
        return sums

    def segment(self, item_id: int) -> Segment | None:
        i = self.index_of(item_id)
        return None if i is None else self.segments[i]

    def aired_s(self, item_id: int) -> float:
        """Time an item was on air in its finished visits (the one on air now not counted)."""
        return sum(v.active_s for v in self.visits if v.item_id == item_id)

    def actual_s(self, item_id: int, now: float) -> float:
        """Time an item has been on air, all its visits summed."""
        total = self.aired_s(item_id)
        if item_id == self.current_id and self.status == "live":
            total += segment_elapsed(self, now)
        return total

    def fixed_index(self) -> int:
        """The last run-order position that is done or on air: live edits stay after it."""
        positions = [i for i, s in enumerate(self.segments) if s.item_id in self.done or s.item_id == self.current_id]
        return max(positions, default=-1)


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
    planned = visit_planned_s(state, seg)
    remaining = planned + state.added_s - elapsed
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
    return {"planned_s": planned, "elapsed_s": elapsed, "remaining_s": remaining,
            "added_s": state.added_s, "phase": phase}


def visit_planned_s(state: ShowState, seg: Segment) -> float:
    """The time planned for the item's visit on air now: its plan, less what its earlier visits used
    (back to an item left half-done, its countdown goes on); a 返场 of an item that used its plan up
    gets ENCORE_S, or its plan if shorter."""
    before = state.aired_s(seg.item_id)
    if before <= 0:
        return seg.planned_s
    left = seg.planned_s - before
    return left if left > 0 else min(seg.planned_s, ENCORE_S)


def planned_end(state: ShowState) -> float | None:
    """Planned start (or, without one, the actual start) plus every item's planned time."""
    start = state.planned_start if state.planned_start is not None else state.started_at
    return None if start is None else start + state.planned_sums()[0]


def clock_view(state: ShowState, now: float) -> dict[str, Any]:
    """The show clock. A late start moves the projection, never the planned end."""
    p_end = planned_end(state)
    late = (state.started_at - state.planned_start
            if state.started_at is not None and state.planned_start is not None else None)
    if state.started_at is None:
        projected = None if p_end is None else max(now, state.planned_start or now) + state.planned_sums()[0]
        return {"show_elapsed_s": 0.0, "planned_start": state.planned_start, "planned_end": p_end,
                "projected_end": projected, "over_under_s": 0.0 if projected is None or p_end is None
                else projected - p_end, "late_s": late, "started_at": None, "ended_at": None}
    end = state.ended_at if state.ended_at is not None else now
    if state.status == "ended":
        projected = end
    else:
        remaining = max(0.0, timer_view(state, now)["remaining_s"]) if state.current is not None else 0.0
        projected = now + remaining + state.planned_sums()[1]
    assert p_end is not None
    return {"show_elapsed_s": end - state.started_at, "planned_start": state.planned_start, "planned_end": p_end,
            "projected_end": projected, "over_under_s": projected - p_end, "late_s": late,
            "started_at": state.started_at, "ended_at": state.ended_at}


def due_cues(state: ShowState, now: float) -> list[tuple[int, int, str]]:
    """Cues of the current item whose offset has passed and that have not fired yet."""
    seg = state.current
    if seg is None or state.status != "live":
        return []
    elapsed = segment_elapsed(state, now)
    return [(seg.item_id, i, text) for i, (offset, text) in enumerate(seg.cues)
            if offset <= elapsed and (seg.item_id, i) not in state.fired_cues]


def check_move(state: ShowState, item_id: int, to_index: int) -> str | None:
    """While live, only what is still to come may move, and only among what is still to come."""
    idx = state.index_of(item_id)
    if idx is None:
        return "no such item"
    if not 0 <= to_index < len(state.segments):
        return "target position is outside the run-sheet"
    if state.status == "ended":
        return "the show has ended"
    if state.status == "live" and (item_id in state.done or item_id == state.current_id
                                   or to_index <= state.fixed_index()):
        return "only items still to come can be moved while live"
    return None


def check_insert(state: ShowState, index: int) -> str | None:
    if state.status == "ended":
        return "the show has ended"
    if state.status == "live" and index <= state.fixed_index():
        return "new items go after what has already been on air"
    return None


def check_remove(state: ShowState, item_id: int) -> str | None:
    if state.index_of(item_id) is None:
        return "no such item"
    if state.status == "ended":
        return "the show has ended"
    if state.status == "live" and (item_id in state.done or item_id == state.current_id):
        return "items already on air cannot be removed"
    return None
