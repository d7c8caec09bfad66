"""The demo show is planned ten minutes after the studio's own clock, not the wall clock: a studio on
another clock (a rehearsal's, the screenshots') showed the demo as a year overdue (超出 −8915:10:00)."""

from __future__ import annotations

from datetime import datetime

from app.models.store import Store
from app.studio.demo import ensure_demo_show

NOW = datetime(2025, 11, 28, 19, 52, 30).timestamp()


def test_the_demo_is_planned_ten_minutes_after_the_clock_it_is_given(store: Store) -> None:
    show = ensure_demo_show(store, NOW)
    assert store.get_show(show).planned_start == datetime(2025, 11, 28, 20, 2)
    assert ensure_demo_show(store, NOW + 86400) == show  # the same demo until it ends
