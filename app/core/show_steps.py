"""The reducer steps of the show itself: start and end, segments, the timer, run-sheet edits, cues, pins.

Each step changes a ShowState in place from one Event; app.core.reducers maps event types to them.
Kept apart from app.core.show so the state and its timer maths read on their own.
"""

from __future__ import annotations

from app.core import events as ev
from app.core.events import Event
from app.core.runsheet import moved
from app.core.show import Segment, ShowState, Visit


def _close_segment(state: ShowState, at: float) -> None:
    if state.current_id is not None and state.seg_started_at is not None:
        if state.paused_at is not None:
            state.paused_total += at - state.paused_at
            state.paused_at = None
        active = max(0.0, at - state.seg_started_at - state.paused_total)
        state.visits.append(Visit(state.current_id, state.seg_started_at, at, active))


def show_started(state: ShowState, e: Event) -> None:
    state.status = "live"
    state.started_at = e.ts
    state.segments = [Segment.from_json(d) for d in e.data.get("segments", [])]
    if e.data.get("planned_start") is not None:
        state.planned_start = float(e.data["planned_start"])


def show_updated(state: ShowState, e: Event) -> None:
    for name in ("title", "platform", "host"):
        if name in e.data:
            setattr(state, name, str(e.data[name]))
    if "planned_start" in e.data:
        ps = e.data["planned_start"]
        state.planned_start = None if ps is None else float(ps)


def segment_started(state: ShowState, e: Event) -> None:
    _close_segment(state, e.ts)
    state.current_id = int(e.data["item_id"])
    state.seg_started_at = e.ts
    state.paused_at = None
    state.paused_total = 0.0
    state.added_s = 0.0


def timer_paused(state: ShowState, e: Event) -> None:
    if state.paused_at is None and state.seg_started_at is not None:
        state.paused_at = e.ts


def timer_resumed(state: ShowState, e: Event) -> None:
    if state.paused_at is not None:
        state.paused_total += e.ts - state.paused_at
        state.paused_at = None


def time_added(state: ShowState, e: Event) -> None:
    state.added_s += float(e.data["seconds"])


def item_added(state: ShowState, e: Event) -> None:
    """One item (`segment`) or an import's many (`segments`, runsheet.add_many), inserted at `index`."""
    segs = [Segment.from_json(d) for d in e.data["segments"]] if "segments" in e.data \
        else [Segment.from_json(e.data["segment"])]
    index = max(0, min(int(e.data.get("index", len(state.segments))), len(state.segments)))
    state.segments[index:index] = segs


def item_removed(state: ShowState, e: Event) -> None:
    state.segments = [s for s in state.segments if s.item_id != int(e.data["item_id"])]


def item_moved(state: ShowState, e: Event) -> None:
    idx = state.index_of(int(e.data["item_id"]))
    if idx is not None:
        state.segments = moved(state.segments, idx, int(e.data["to_index"]))


def item_updated(state: ShowState, e: Event) -> None:
    """Only the fields that changed: live-only figures (stock a sale sold) survive other edits."""
    if "segment" in e.data:  # written by versions before live edits carried changed fields only
        d = dict(e.data["segment"])
        d.pop("stock", None)
        item_id, changes = int(d["item_id"]), d
    else:
        item_id, changes = int(e.data["item_id"]), e.data["fields"]
    seg = state.own_segment(item_id)
    if seg is not None:
        seg.set_fields(changes)


def cue_fired(state: ShowState, e: Event) -> None:
    state.fired_cues.add((int(e.data["item_id"]), int(e.data["cue_index"])))
    state.last_cue = {"text": str(e.data.get("text", "")), "at": e.ts}


def comment_pinned(state: ShowState, e: Event) -> None:
    state.pinned = dict(e.data["comment"])


def comment_unpinned(state: ShowState, e: Event) -> None:
    state.pinned = None


def app_down(state: ShowState, e: Event) -> None:
    """Only noted: the clocks already stand where they would have (they are computed from `now`)."""
    state.down = {"from": float(e.data["from"]), "to": float(e.data["to"]), "at": e.ts,
                  "item_id": e.data.get("item_id")}


def show_ended(state: ShowState, e: Event) -> None:
    _close_segment(state, e.ts)
    state.status = "ended"
    state.ended_at = e.ts
    state.current_id = None
    state.seg_started_at = None


STEPS = {
    ev.SHOW_STARTED: show_started, ev.SHOW_UPDATED: show_updated, ev.SEGMENT_STARTED: segment_started,
    ev.TIMER_PAUSED: timer_paused, ev.TIMER_RESUMED: timer_resumed, ev.TIME_ADDED: time_added,
    ev.ITEM_ADDED: item_added, ev.ITEM_REMOVED: item_removed, ev.ITEM_MOVED: item_moved,
    ev.ITEM_UPDATED: item_updated, ev.CUE_FIRED: cue_fired, ev.COMMENT_PINNED: comment_pinned,
    ev.COMMENT_UNPINNED: comment_unpinned, ev.SHOW_ENDED: show_ended, ev.APP_DOWN: app_down,
}
