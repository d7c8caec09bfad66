"""The show reducer and the computed timers."""

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import events as ev
from app.core.events import Event
from app.core.reducers import apply, fold
from app.core.show import ENCORE_S, Segment, ShowState, check_move, clock_view, due_cues, timer_view

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
    # Time left and time used always add up to this visit's plan plus what was added; the visit's plan is
    # the item's, less what its earlier visits used (never more, and ENCORE_S at least for a 返场 of it).
    assert abs(view["remaining_s"] + view["elapsed_s"] - (view["planned_s"] + whole.added_s)) < 1e-6
    used = sum(v.active_s for v in whole.visits if v.item_id == seg.item_id)
    left = seg.planned_s - used
    assert view["planned_s"] == (seg.planned_s if not used else left if left > 0 else min(seg.planned_s, ENCORE_S))
    # Elapsed never exceeds the wall time since the segment started.
    assert whole.seg_started_at is not None
    assert 0 <= view["elapsed_s"] <= now - whole.seg_started_at + 1e-6
    # While paused, time stands still.
    if whole.paused_at is not None:
        assert timer_view(whole, now + 1000)["remaining_s"] == view["remaining_s"]
    else:
        assert abs(timer_view(whole, now + 10)["elapsed_s"] - view["elapsed_s"] - 10) < 1e-6


def test_a_return_to_an_item_counts_down_what_its_plan_has_left_or_an_encore() -> None:
    """A 20-minute item aired 23 minutes, then a 返场 of it: 3:00 on the host's countdown, not 20:00 again,
    and the projected end moves by those 3 minutes. Back to an item left after 5 of its 15 minutes: 10:00."""
    state = ShowState()
    t0 = 1_764_000_000.0
    segs = [{"item_id": 1, "name": "A", "planned_s": 1200.0}, {"item_id": 2, "name": "B", "planned_s": 900.0},
            {"item_id": 3, "name": "C", "planned_s": 600.0}]
    apply(state, Event(ev.SHOW_STARTED, t0, {"segments": segs}))
    apply(state, Event(ev.SEGMENT_STARTED, t0, {"item_id": 1}))
    apply(state, Event(ev.SEGMENT_STARTED, t0 + 23 * 60, {"item_id": 2}))
    at = t0 + 28 * 60
    apply(state, Event(ev.SEGMENT_STARTED, at, {"item_id": 1}))  # 返场 of A after 5 minutes of B
    assert timer_view(state, at)["remaining_s"] == ENCORE_S
    assert clock_view(state, at)["projected_end"] == at + ENCORE_S + 600.0  # the encore, then C
    at += 120
    apply(state, Event(ev.SEGMENT_STARTED, at, {"item_id": 2}))  # back to B, left after 5 of its 15 minutes
    assert timer_view(state, at)["remaining_s"] == 600.0 and timer_view(state, at)["planned_s"] == 600.0
    at += 540
    apply(state, Event(ev.SEGMENT_STARTED, at, {"item_id": 3}))  # C for the first time: its whole plan
    assert timer_view(state, at)["remaining_s"] == 600.0
    at += 60
    apply(state, Event(ev.SEGMENT_STARTED, at, {"item_id": 2}))  # B again with 60 s of its plan left: 60 s, not 3:00
    assert timer_view(state, at)["remaining_s"] == 60.0
