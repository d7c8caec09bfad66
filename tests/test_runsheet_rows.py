"""Issue #22: a command's copy of the state shares the run-sheet's items, and the snapshot reuses
each unchanged item's row; neither may ever show a stale or a leaked value."""

from __future__ import annotations

from app.core import events as ev
from app.core.events import Event
from app.core.reducers import apply
from app.core.show import Segment, ShowState
from app.core.snapshot import RunsheetRows, runsheet_view


def _state(n: int = 6) -> ShowState:
    st = ShowState()
    apply(st, Event(ev.SHOW_STARTED, 100.0, {"segments": [Segment(i, f"商品{i}", 60.0, stock=10).to_json()
                                                          for i in range(1, n + 1)]}))
    apply(st, Event(ev.SEGMENT_STARTED, 100.0, {"item_id": 1}))
    return st


def test_an_edit_on_a_commands_copy_leaves_the_shown_state_as_it_was() -> None:
    before = _state()
    after = before.clone()
    apply(after, Event(ev.ITEM_UPDATED, 110.0, {"item_id": 4, "fields": {"name": "新名字", "stock": 3}}))
    assert (before.segment(4).name, before.segment(4).stock) == ("商品4", 10)  # type: ignore[union-attr]
    assert (after.segment(4).name, after.segment(4).stock) == ("新名字", 3)  # type: ignore[union-attr]
    assert after.segments[0] is before.segments[0]  # the items nobody touched are shared, not copied


def test_reused_rows_equal_freshly_built_ones_through_edits_moves_and_segments() -> None:
    rows = RunsheetRows()
    st = _state()
    assert rows(st, 120.0) == runsheet_view(st, 120.0)
    for t, (type_, data) in enumerate([(ev.ITEM_UPDATED, {"item_id": 5, "fields": {"live_price": 990}}),
                                       (ev.ITEM_MOVED, {"item_id": 6, "to_index": 2}),
                                       (ev.SEGMENT_STARTED, {"item_id": 2}),
                                       (ev.ITEM_REMOVED, {"item_id": 3}),
                                       (ev.ITEM_ADDED, {"segment": Segment(9, "新品", 30.0).to_json(), "index": 1})]):
        st = st.clone()
        apply(st, Event(type_, 130.0 + t, data))
        got = rows(st, 140.0 + t)
        assert got == runsheet_view(st, 140.0 + t)
    assert [r["item_id"] for r in got] == [1, 9, 2, 6, 4, 5]
    assert [r["done"] for r in got][:1] == [True] and got[2]["current"] is True


def test_the_kept_list_follows_a_state_folded_in_place_and_the_clock() -> None:
    """A second desk folds each event into the same state object; the rows of the items on air, done or
    no longer so must follow, and the list is not walked again while nothing changed."""
    rows = RunsheetRows()
    st = _state(8)
    for t, (type_, data) in enumerate([(ev.SEGMENT_STARTED, {"item_id": 3}),
                                       (ev.ITEM_UPDATED, {"item_id": 7, "fields": {"name": "改名"}}),
                                       (ev.SEGMENT_STARTED, {"item_id": 1}),  # a 返场
                                       (ev.ITEM_MOVED, {"item_id": 8, "to_index": 4}),
                                       (ev.TIMER_PAUSED, {})]):
        apply(st, Event(type_, 130.0 + 10 * t, data))
        for later in (0.0, 2.5):  # the clock runs between two views' snapshots
            assert rows(st, 135.0 + 10 * t + later) == runsheet_view(st, 135.0 + 10 * t + later)
    first, again = rows(st, 200.0), rows(st, 200.0)
    assert first == again and all(a is b for a, b in zip(first[4:], again[4:], strict=True))
