"""The ended shows whose orders still settle are read when the open show changes, not at every edit
of the open show: a rename (any Change.SHOW) re-read every show ever ended, one query each, on
the GUI thread (review of round 14). What was read still routes the morning show's late payment."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, update

from app.core.runsheet import Item
from app.models.review import order_comments
from app.models.schema import Show
from app.studio.studio import Studio
from tests.doubles import FakeClock
from tests.test_settle_window_r14 import _evening, _order, _send


def test_editing_the_open_show_reads_no_other_show(qtbot: Any, carted: Studio, clock: FakeClock) -> None:
    morning, _coat = _evening(qtbot, carted, clock)
    store = carted.store
    old = [store.create_show(f"旧场{n}", "douyin", "小A", None, [Item("杯", "HM-4", 100, 90, 4, 5, "")])
           for n in range(30)]  # a studio's history
    with store.engine.begin() as conn:
        conn.execute(update(Show).where(Show.id.in_(old)).values(status="ended"))
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        statements.append(sql)

    event.listen(store.engine, "before_cursor_execute", seen)
    carted.execute("show.rename", {"title": "晚场 · 改名"})
    carted.execute("runsheet.update", {"item_id": carted.state.segments[0].item_id, "notes": "加赠杯刷"})
    event.remove(store.engine, "before_cursor_execute", seen)
    assert statements  # the edits were written
    assert not [s for s in statements if "shows.status =" in s or "max(events.ts)" in s]
    clock.advance(600)
    _send(carted, _order("o1", 3, "paid", clock.now()))  # still the morning show's
    assert carted.feed is not None and carted.feed.pipeline.writer.flush()
    assert [c.extra["status"] for c in order_comments(store, morning) if c.extra] == ["placed", "paid"]
