"""A crash mid-show is recorded and shown (brief r13/downtime).

The kill is simulated by dropping a Studio without show.end; the restart is a new Studio on the same
store and FakeClock opening the show again, as the runtime does after a crash.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from app.core.events import Event
from app.core.reducers import fold
from app.models.store import Store
from app.studio import review as sr
from app.studio.studio import Studio
from tests.doubles import FakeClock

T0 = 1_764_000_000.0  # FakeClock's start


def hm(ts: float) -> str:
    return datetime.fromtimestamp(ts).strftime("%H:%M")


def downs(store: Store, show_id: int) -> list[Event]:
    return [e for e in store.events(show_id) if e.type == "app_down"]  # the event as stored and exported


def crash_after(store: Store, show_id: int, clock: FakeClock, ticks: list[float]) -> None:
    """Start the show, let the clock tick at these offsets, then kill the studio (no show.end)."""
    studio = Studio(store, clock=clock)
    studio.open_show(show_id)
    studio.execute("show.start")
    for t in ticks:
        clock.t = T0 + t
        studio.on_tick()
    studio._timer.stop()  # the process is gone: nothing of it runs again
    del studio


def reopen(store: Store, show_id: int, clock: FakeClock) -> Studio:
    studio = Studio(store, clock=clock)
    studio.open_show(show_id)
    return studio


def test_a_crash_is_recorded_once_from_the_last_mark(qapp: object, store: Store, show_id: int,
                                                     clock: FakeClock) -> None:
    crash_after(store, show_id, clock, [0.2, 30.5, 61.0, 91.5, 100.0])  # marks at the first four
    clock.t = T0 + 700
    back = reopen(store, show_id, clock)
    [down] = downs(store, show_id)
    first = back.state.current_id
    # the last half-minute mark (T0+91.5), not the last event (the start at T0): 30 s early at most
    assert (down.data["from"], down.data["to"], down.data["item_id"]) == (T0 + 91.5, T0 + 700, first)
    # the clocks stand where they would have stood: the gap is charged to the item on air, as before
    assert back.snapshot()["timer"]["elapsed_s"] == 700
    # a second open (this desk, and a restart right after) records nothing more
    back.open_show(show_id)
    clock.advance(2)
    again = reopen(store, show_id, clock)
    assert len(downs(store, show_id)) == 1
    # replay gives the same state: a fresh fold, the reopened studio, the one before
    assert fold(store.events(show_id)).down == again.state.down == back.state.down
    assert again.state.down == {"from": T0 + 91.5, "to": T0 + 700, "at": T0 + 700, "item_id": first}


def test_a_quiet_show_without_marks_counts_from_the_last_event(qapp: object, store: Store, show_id: int,
                                                              clock: FakeClock) -> None:
    crash_after(store, show_id, clock, [])  # killed before its first tick: only the start is stored
    clock.t = T0 + 300
    reopen(store, show_id, clock)
    [down] = downs(store, show_id)
    assert (down.data["from"], down.data["to"]) == (T0, T0 + 300)


def test_a_clean_close_while_live_is_recorded_from_the_close(qapp: object, store: Store, show_id: int,
                                                             clock: FakeClock) -> None:
    studio = Studio(store, clock=clock)
    studio.open_show(show_id)
    studio.execute("show.start")
    studio.on_tick()
    clock.t = T0 + 115
    studio.close_show()  # quit (or another show opened) while live: the stream went on
    clock.t = T0 + 415
    studio.open_show(show_id)
    [down] = downs(store, show_id)
    assert (down.data["from"], down.data["to"]) == (T0 + 115, T0 + 415)


def test_a_quick_reopen_records_nothing(qapp: object, store: Store, show_id: int, clock: FakeClock) -> None:
    crash_after(store, show_id, clock, [0.0, 40.0])
    clock.t = T0 + 42
    reopen(store, show_id, clock)
    assert downs(store, show_id) == []


def test_the_host_is_told_once(qapp: object, store: Store, show_id: int, clock: FakeClock) -> None:
    crash_after(store, show_id, clock, [0.0, 30.0, 60.0])
    clock.t = T0 + 660
    back = reopen(store, show_id, clock)
    text = f"The app was down 10 min ({hm(T0 + 60)}–{hm(T0 + 660)}): the clocks went on in real time"
    host = back.snapshot()["host"]
    assert {"kind": "notice", "text": text} in host["banners"]
    assert text in back.snapshot()["banners"]
    clock.advance(61)
    back.on_tick()
    assert text not in back.snapshot()["banners"]  # once: not for the rest of the show


def test_the_host_is_told_in_chinese(qapp: object, store: Store, show_id: int, clock: FakeClock) -> None:
    from app.ui.i18n import Translations

    crash_after(store, show_id, clock, [0.0, 30.0, 60.0])
    clock.t = T0 + 660
    back = reopen(store, show_id, clock)
    t = Translations(qapp)  # type: ignore[arg-type]
    assert t.install("zh_CN")
    try:
        banners = back.snapshot(clock.now())["banners"]
    finally:
        t.install("none")
    assert f"应用中断 10 分钟（{hm(T0 + 60)}–{hm(T0 + 660)}），计时按实际时间继续" in banners


def test_the_review_shows_the_downtime(qapp: object, store: Store, show_id: int, clock: FakeClock,
                                       tmp_path: Path) -> None:
    crash_after(store, show_id, clock, [0.0, 30.0, 60.0, 90.0])  # CT-1 on air, 10 min planned
    clock.t = T0 + 690
    back = reopen(store, show_id, clock)
    clock.advance(60)
    back.execute("segment.next")  # CT-1: 750 s on air, 600 of them with the app down
    clock.advance(60)
    back.execute("show.end")
    r = sr.compute(store, show_id, clock.now())
    rows = {it.sku: it for it in r.items}
    assert (rows["CT-1"].actual_s, rows["CT-1"].down_s, rows["CT-1"].over_s) == (750, 600, 150)
    assert rows["SW-2"].down_s == 0 and rows["HM-4"].down_s is None  # HM-4 never aired
    assert (r.figure("down_s").value, r.figure("downs").value) == (600, 1)
    [mark] = [m for m in r.timeline.markers if m.kind == "app_down"]
    assert (mark.minute, mark.label) == (1.5, f"10:00 ({hm(T0 + 90)}–{hm(T0 + 690)})")
    assert sr.item_cell(rows["CT-1"], "down_s") == "10:00"
    out = tmp_path / "r.json"
    sr.write_report(r, "json", out)  # what `livedeck report --format json` writes
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {f["key"]: f["value"] for f in data["summary"]}["down_s"] == 600
    assert [it["down_s"] for it in data["items"]] == [600, 0, None, None]
    assert {"kind": "app_down", "minute": 1.5, "label": mark.label} in data["timeline"]["markers"]
    xlsx = tmp_path / "r.xlsx"
    sr.write_xlsx(r, xlsx)
    items = openpyxl.load_workbook(xlsx)["Items"]
    col = [c.value for c in items[1]].index("App down") + 1
    assert items.cell(2, col).value == timedelta(seconds=600)


@pytest.mark.parametrize("args", [{"from": T0 + 10, "to": T0 + 5}, {"from": T0 - 50, "to": T0 + 5},
                                  {"from": T0 + 5, "to": T0 + 9999}])
def test_app_down_refuses_a_gap_outside_the_show(qapp: object, store: Store, show_id: int, clock: FakeClock,
                                                 args: dict[str, float]) -> None:
    from app.studio.studio import CommandError

    studio = reopen(store, show_id, clock)
    studio.execute("show.start")
    clock.advance(60)
    with pytest.raises(CommandError) as refused:
        studio.execute("app.down", args)
    assert refused.value.code == "bad_args"
    assert downs(store, show_id) == []


def test_on_a_shared_server_the_gap_is_recorded_once_the_room_is_ours(qapp: object, store: Store, show_id: int,
                                                                      clock: FakeClock) -> None:
    """The room guard refuses writes while the room is being taken (app.studio.room): the gap waits."""
    from app.core.changes import Change
    from app.studio.studio import CommandError

    crash_after(store, show_id, clock, [0.0, 30.0])
    clock.t = T0 + 330
    held = {"ours": False}

    def guard(cmd: str) -> None:
        if not held["ours"]:
            raise CommandError("room_not_held", "taking the room")

    back = Studio(store, clock=clock)
    back.guard = guard
    back.open_show(show_id)
    assert downs(store, show_id) == []
    clock.advance(3)
    held["ours"] = True
    back.part_changed(Change.ROOM)  # the keeper's report: the room is ours
    back.part_changed(Change.ROOM)
    [down] = downs(store, show_id)
    assert (down.data["from"], down.data["to"]) == (T0 + 30, T0 + 333)
