"""A flood costs the GUI thread the same per drain however many rows arrived (issue #22, point 4).

Relays send one event per websocket frame, so a flood is thousands of one-row batches between two
drains. The GUI's work per drain is counted as the Python lines it runs (the drain, the feed view's
update and everything they call): it must not grow with the rows that arrived.
"""

from __future__ import annotations

import sys
import time
from types import FrameType
from typing import Any

from app.core.comments import Comment
from app.studio.feed import SHOWN_PER_DRAIN
from app.studio.studio import Studio
from app.ui.feed_view import FeedView
from tests.conftest import comment


def lines_run(fn: Any) -> int:
    """How many Python lines `fn()` runs on this thread."""
    count = 0

    def trace(frame: FrameType, event: str, _arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return trace

    before = sys.gettrace()  # coverage's tracer under `pytest --cov`: put back, or CI measures nothing after
    sys.settrace(trace)
    try:
        fn()
    finally:
        sys.settrace(before)
    return count


def flood(studio: Studio, first: int, n: int) -> None:
    """`n` events, one per frame as relays send them, accepted on the ingest side."""
    assert studio.feed is not None
    for i in range(first, first + n):
        studio.feed.pipeline.accept([comment(i)], "test", time.time())  # type: ignore[list-item]


def test_a_drain_costs_the_gui_the_same_for_a_thousand_rows_or_twenty_thousand(qtbot, live_studio: Studio) -> None:  # type: ignore[no-untyped-def]
    view = FeedView(live_studio)  # the feed on screen takes what each drain hands it
    qtbot.addWidget(view)
    feed = live_studio.feed
    assert feed is not None
    flood(live_studio, 0, 2 * SHOWN_PER_DRAIN)
    feed.drain()  # warm: the view's rows, the window and the model are full from here on
    flood(live_studio, 10_000, 1_000)
    small = lines_run(feed.drain)
    flood(live_studio, 100_000, 20_000)
    shown: list[Comment] = []
    feed.arrived.connect(shown.extend)
    big = lines_run(feed.drain)

    assert big < small * 1.2 + 200, (small, big)  # 20x the rows, about the same work
    assert [c.msg_id for c in shown] == [f"m{i}" for i in range(120_000 - SHOWN_PER_DRAIN, 120_000)]
    assert view.model.rows[-1].msg_id == "m119999"  # the newest row is on screen
    assert feed.total == 2 * SHOWN_PER_DRAIN + 21_000 and feed.pipeline.pending_n == 0
