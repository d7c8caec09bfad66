"""The show reducer and the computed timers."""

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import events as ev
from app.core.events import Event
from app.core.reducers import apply, fold
from app.core.show import Segment, ShowState, check_move, clock_view, due_cues, timer_view

SEGMENTS = [Segment(i, f"item{i}", planned_s=300.0 + 60 * i, cues=[(60, "coupon"), (120, "lottery")])
            for i in range(1, 6)]
T0 = 1_764_000_000.0


def started(ts: float = T0) -> list[Event]:
    return [Event(ev.SHOW_STARTED, ts, {"segments": [s.to_json() for s in SEGMENTS]}, 1),
            Event(ev.SEGMENT_STARTED, ts, {"index": 0, "item_id": 1}, 2)]


def test_phases_follow_the_clock() -> None:
    state = fold(started())
    planned = SEGMENTS[0].planned_s
    assert timer_view(state, T0 + 10)["phase"] == "running"
    assert timer_view(state, T0 + planned - 60)["phase"] == "warning"
    assert timer_view(state, T0 + planned - 15)["phase"] == "danger"
    over = timer_view(state, T0 + planned + 42)
    assert over["phase"] == "overtime" and over["remaining_s"] == -42


def test_pause_freezes_and_time_added_extends() -> None:
    events = [*started(), Event(ev.TIMER_PAUSED, T0 + 100, {}, 3)]
    state = fold(events)
    assert timer_view(state, T0 + 100)["remaining_s"] == timer_view(state, T0 + 5000)["remaining_s"]
    assert timer_view(state, T0 + 5000)["phase"] == "paused"
    apply(state, Event(ev.TIMER_RESUMED, T0 + 400, {}, 4))
    apply(state, Event(ev.TIME_ADDED, T0 + 400, {"seconds": 60}, 5))
    view = timer_view(state, T0 + 450)
    assert view["elapsed_s"] == 150 and view["remaining_s"] == SEGMENTS[0].planned_s + 60 - 150


def test_clock_projects_the_end_from_what_is_left() -> None:
    state = fold(started())
    total = sum(s.planned_s for s in SEGMENTS)
    clock = clock_view(state, T0 + 10)
    assert clock["planned_end"] == T0 + total and clock["over_under_s"] == 0
    late = clock_view(state, T0 + SEGMENTS[0].planned_s + 120)  # two minutes over on item 1
    assert late["over_under_s"] == 120


def test_cues_fire_once_at_their_offset() -> None:
    state = fold(started())
    assert due_cues(state, T0 + 59) == []
    assert due_cues(state, T0 + 61) == [(1, 0, "coupon")]
    apply(state, Event(ev.CUE_FIRED, T0 + 61, {"item_id": 1, "cue_index": 0, "text": "coupon"}, 3))
    assert due_cues(state, T0 + 100) == []
    assert due_cues(state, T0 + 121) == [(1, 1, "lottery")]


def test_only_what_is_to_come_moves_while_live() -> None:
    state = fold([*started(), Event(ev.SEGMENT_STARTED, T0 + 10, {"index": 1, "item_id": 2}, 3)])
    assert check_move(state, 1, 3) is not None  # done
    assert check_move(state, 2, 3) is not None  # on air
    assert check_move(state, 4, 1) is not None  # into the past
    assert check_move(state, 5, 2) is None
    apply(state, Event(ev.ITEM_MOVED, T0 + 11, {"item_id": 5, "to_index": 2}, 4))
    assert [s.item_id for s in state.segments] == [1, 2, 5, 3, 4]
    assert state.current_index == 1


# ---- properties over arbitrary operator sessions ---------------------------------------------------

ops = st.lists(st.tuples(st.sampled_from(["next", "prev", "pause", "resume", "add", "wait"]),
                         st.integers(min_value=1, max_value=900)), max_size=60)


def session(steps: list[tuple[str, int]]) -> tuple[list[Event], float]:
    events, now, seq = started(), T0, 2
    state = fold(events)
    for op, n in steps:
        seq += 1
        idx = state.current_index or 0
        e: Event | None = None
        if op == "wait":
            now += n / 7
        elif op == "next" and idx + 1 < len(SEGMENTS):
            e = Event(ev.SEGMENT_STARTED, now, {"index": idx + 1, "item_id": state.segments[idx + 1].item_id}, seq)
        elif op == "prev" and idx > 0:
            e = Event(ev.SEGMENT_STARTED, now, {"index": idx - 1, "item_id": state.segments[idx - 1].item_id}, seq)
        elif op == "pause" and state.paused_at is None:
            e = Event(ev.TIMER_PAUSED, now, {}, seq)
        elif op == "resume" and state.paused_at is not None:
            e = Event(ev.TIMER_RESUMED, now, {}, seq)
        elif op == "add":
            e = Event(ev.TIME_ADDED, now, {"seconds": float(n - 450)}, seq)
        if e is not None:
            events.append(e)
            apply(state, e)
    return events, now


@settings(max_examples=300, deadline=None)
@given(ops)
def test_fold_equals_incremental_apply_and_timers_add_up(steps: list[tuple[str, int]]) -> None:
    events, now = session(steps)
    whole = fold(events)
    incremental = ShowState()
    for e in events:
        apply(incremental, e)
    assert whole == incremental
    view = timer_view(whole, now)
    seg = whole.current
    assert seg is not None
    # Time left and time used always add up to the plan plus what was added.
    assert abs(view["remaining_s"] + view["elapsed_s"] - (seg.planned_s + whole.added_s)) < 1e-6
    # Elapsed never exceeds the wall time since the segment started.
    assert whole.seg_started_at is not None
    assert 0 <= view["elapsed_s"] <= now - whole.seg_started_at + 1e-6
    # While paused, time stands still.
    if whole.paused_at is not None:
        assert timer_view(whole, now + 1000)["remaining_s"] == view["remaining_s"]
    else:
        assert abs(timer_view(whole, now + 10)["elapsed_s"] - view["elapsed_s"] - 10) < 1e-6
