"""The GUI comes first, and only where slowing ingest helps it (issue #22).

The feed's heartbeat throttles ingest when the GUI thread was kept waiting (for the interpreter or a
core), not when it was busy with its own work, which a slower ingest would not shorten; and a
back-off reads the rate ingest was actually running at, not a slot a few milliseconds old.
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.live.ingest import IngestPipeline
from app.live.server import IngestContext
from app.studio import feed as feed_module
from app.studio.feed import HEARTBEAT_MS, CommentFeed


class _NullWriter:
    congested = False

    def put(self, show_id: int, batch: list[Any]) -> None:
        pass

    def flush(self) -> None:
        pass


def _frames(first: int, n: int) -> list[str]:
    return [json.dumps({"type": "comment", "platform": "douyin", "msg_id": str(i), "ts": 1764000000.0,
                        "user": {"id": str(i), "name": f"观众{i}"}, "text": "好看"}) for i in range(first, first + n)]


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _pipeline(monkeypatch: pytest.MonkeyPatch) -> tuple[_Clock, IngestPipeline, IngestContext]:
    """A pipeline on a clock the test moves, ingest limited to 60,000 events/s."""
    clock = _Clock()
    monkeypatch.setattr("app.live.ingest.time.monotonic", clock)
    p = IngestPipeline(_NullWriter(), 1)  # type: ignore[arg-type]
    p.set_show(1)
    p.rate_limit = 60_000.0
    return clock, p, IngestContext(peer="127.0.0.1")


def test_a_late_gui_early_in_a_slot_backs_off_from_the_rate_ingest_ran_at(monkeypatch: pytest.MonkeyPatch) -> None:
    clock, p, ctx = _pipeline(monkeypatch)
    p.congested  # noqa: B018  # the slot starts
    p.on_frames(_frames(0, 4_000), ctx)  # 4,000 events in a 100 ms slot: 40,000/s
    clock.now += 0.1
    assert not p.congested  # a new slot: the last one's rate is kept
    p.on_frames(_frames(4_000, 10), ctx)
    clock.now += 0.002  # the GUI is late 2 ms into the new slot, with 10 events in it
    p.gui_late()
    assert p.rate_limit == pytest.approx(40_000 * 0.66)  # not 10 events / 10 ms → RATE_MIN
    clock.now += 0.08  # later in the slot its own rate counts: 10 + 2,000 events in 82 ms
    p.on_frames(_frames(4_010, 2_000), ctx)
    p.gui_late()
    assert p.rate_limit == pytest.approx(2_010 / 0.082 * 0.66)


def test_a_late_gui_at_the_start_of_a_flood_after_a_lull_keeps_most_of_the_rate(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A slot ends only when the stream asks: after a quiet minute the last slot spans the minute,
    and its rate (20 events in 60 s) is no measure of the flood that follows."""
    clock, p, ctx = _pipeline(monkeypatch)
    p.on_frames(_frames(0, 20), ctx)
    clock.now += 60.0
    assert not p.congested  # the flood's first read ends the quiet slot
    p.on_frames(_frames(20, 500), ctx)
    clock.now += 0.01
    p.gui_late()
    assert p.rate_limit == pytest.approx(60_000 * 0.66)


class _Beat:
    """The heartbeat's wall clock: each restart reports the milliseconds given."""

    def __init__(self) -> None:
        self.elapsed = HEARTBEAT_MS

    def restart(self) -> int:
        return self.elapsed


class _Pipeline(IngestPipeline):
    def __init__(self) -> None:
        super().__init__(_NullWriter(), 1)  # type: ignore[arg-type]
        self.late = 0

    def gui_late(self) -> None:
        self.late += 1


def test_the_guis_own_work_does_not_throttle_ingest_but_waiting_does(qtbot: QtBot,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = _Pipeline()
    feed = CommentFeed(pipeline)
    feed._heart.stop()  # beats are driven by hand below
    beat = feed._beat = _Beat()  # type: ignore[assignment]
    cpu = [0.0]
    monkeypatch.setattr(feed_module.time, "thread_time", lambda: cpu[0])
    feed._beat_cpu = 0.0
    # 45 ms late, and the GUI thread ran all of it (a drain, a repaint): ingest goes on.
    beat.elapsed, cpu[0] = HEARTBEAT_MS + 45, 0.045
    feed._heartbeat()
    assert pipeline.late == 0
    # 45 ms late, of which it ran 5: it waited 40 ms for the interpreter or a core: ingest yields.
    beat.elapsed, cpu[0] = HEARTBEAT_MS + 45, 0.050
    feed._heartbeat()
    assert pipeline.late == 1
    # A 20 ms drain, then 25 ms waiting: 45 ms since the last beat, and the 10 ms interval is no
    # excuse for the drain's first 10: it waited 25 ms, past LATE_MS.
    beat.elapsed, cpu[0] = 45, 0.070
    feed._heartbeat()
    assert pipeline.late == 2


def test_a_gui_kept_waiting_for_real_throttles_ingest(qtbot: QtBot) -> None:
    """The real clocks: a GUI thread that sleeps (uses no CPU) past the interval counts as kept waiting."""
    pipeline = _Pipeline()
    feed = CommentFeed(pipeline)
    qtbot.wait(3 * HEARTBEAT_MS)
    pipeline.late = 0
    time.sleep(0.06)  # the GUI thread is kept from its timers, not working
    qtbot.waitUntil(lambda: pipeline.late >= 1, timeout=2000)
    feed._heart.stop()
