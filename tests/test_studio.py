"""The Studio: commands become stored events, timers never drift, spoken cues go out."""

from typing import Any

import pytest

from app.live.speech import PRIORITY_CUE
from app.models.store import Store
from app.studio.studio import CommandError, Studio
from tests.doubles import FakeClock, FakeSpeaker


def test_state_has_the_protocol_shape(studio: Studio) -> None:
    snap = studio.snapshot()
    assert set(snap) >= {"show", "current", "next", "timer", "clock", "sale", "coupons", "lottery", "pinned", "feed"}
    assert snap["show"]["status"] == "draft" and snap["next"]["name"] == "羊毛大衣"
    assert set(snap["timer"]) >= {"planned_s", "elapsed_s", "remaining_s", "added_s", "phase"}
    assert set(snap["clock"]) >= {"show_elapsed_s", "planned_end", "projected_end", "over_under_s"}


def test_events_are_stored_before_anyone_sees_them(studio: Studio, store: Store, show_id: int) -> None:
    seen: list[int] = []
    studio.event_added.connect(lambda e: seen.append(len(store.events(show_id))) or None)
    studio.execute("show.start")
    studio.execute("segment.next")
    assert seen and all(n >= i + 1 for i, n in enumerate(seen))
    assert [e.type for e in store.events(show_id)] == ["show_started", "segment_started", "segment_started"]


def test_operator_commands(studio: Studio, clock: FakeClock) -> None:
    with pytest.raises(CommandError) as err:
        studio.execute("segment.next")
    assert err.value.code == "not_live"
    studio.execute("show.start")
    assert studio.snapshot()["current"]["name"] == "羊毛大衣"
    studio.execute("segment.goto", {"index": 3})
    assert studio.snapshot()["current"]["name"] == "保温杯"
    assert studio.snapshot()["next"]["index"] == 1  # the skipped items are still to do
    studio.execute("segment.next")
    studio.execute("segment.next")
    assert studio.snapshot()["current"]["index"] == 2
    with pytest.raises(CommandError) as err:
        studio.execute("segment.next")
    assert err.value.code == "at_end"
    studio.execute("segment.previous")
    studio.execute("segment.goto", {"item_id": studio.state.segments[0].item_id})
    clock.advance(30)
    studio.execute("timer.pause")
    with pytest.raises(CommandError):
        studio.execute("timer.pause")
    clock.advance(100)
    studio.execute("timer.resume")
    studio.execute("timer.add", {"seconds": -60})
    timer = studio.snapshot()["timer"]
    assert timer["elapsed_s"] == 30 and timer["remaining_s"] == 600 - 60 - 30
    with pytest.raises(CommandError) as err:
        studio.execute("timer.add", {"seconds": "lots"})
    assert err.value.code == "bad_args"
    studio.execute("show.end")
    assert studio.snapshot()["show"]["status"] == "ended"
    assert studio.store.get_show(studio.show_id).status == "ended"  # type: ignore[arg-type]


def test_unknown_and_malformed_commands_are_refused(studio: Studio) -> None:
    for cmd, args in [("nope", {}), ("segment.goto", {"index": 0}), ("runsheet.move", {"item_id": 999, "to_index": 0})]:
        with pytest.raises(CommandError):
            studio.execute(cmd, args)


def test_cues_and_phase_changes_are_spoken(studio: Studio, clock: FakeClock, speaker: FakeSpeaker) -> None:
    studio.execute("show.start")  # 10-minute item with a cue at 3:00
    speaker.said.clear()
    for _ in range(int(600 / 0.25) + 8):
        clock.advance(0.25)
        studio.on_tick()
    texts = [t for p, t, _ in speaker.said if p == PRIORITY_CUE]
    assert texts[0] == "口播优惠券"
    assert any("minute" in t or "分钟" in t for t in texts)
    assert any(("Overtime" in t or "超时" in t) and "摇粒绒卫衣" in t for t in texts)
    assert [e.type for e in studio.store.events(studio.show_id)].count("cue_fired") == 1  # type: ignore[arg-type]
    assert studio.snapshot()["timer"]["phase"] == "overtime"


def test_four_hour_show_has_zero_drift(qapp: Any, store: Store) -> None:
    """24 ten-minute items, pauses and added time, ticked 4 times a second through the real tick path."""
    from app.core.runsheet import Item

    show = store.create_show("四小时", items=[Item(f"p{i}", planned_min=10) for i in range(24)])
    clock = FakeClock()
    studio = Studio(store, clock=clock, speaker=FakeSpeaker())
    studio.open_show(show)
    studio.execute("show.start")
    expected_elapsed = 0.0  # kept by the test with plain arithmetic
    added = 0.0
    worst = 0.0
    for tick in range(4 * 60 * 60 * 4):  # 4 hours at 4 Hz
        clock.advance(0.25)
        second = tick / 4
        if studio.state.paused_at is None:  # the quarter second that just passed was running time
            expected_elapsed += 0.25
        if tick % 2400 == 2399 and studio.state.current_index is not None and studio.state.current_index < 23:
            studio.execute("segment.next")
            expected_elapsed, added = 0.0, 0.0
            continue
        if tick % 997 == 0:
            studio.execute("timer.pause")
        elif tick % 997 == 40 and studio.state.paused_at is not None:
            studio.execute("timer.resume")
        elif tick % 1301 == 0:
            studio.execute("timer.add", {"seconds": 30})
            added += 30
        studio.on_tick()
        if tick % 40 == 0 or second > 4 * 3600 - 2:
            timer = studio.snapshot()["timer"]
            worst = max(worst, abs(timer["elapsed_s"] - expected_elapsed),
                        abs(timer["remaining_s"] - (600 + added - expected_elapsed)))
    assert studio.snapshot()["clock"]["show_elapsed_s"] == pytest.approx(4 * 3600, abs=1e-6)
    assert worst < 1e-6  # 0 ms drift


def test_reopening_replays_to_the_same_state(qapp: Any, studio: Studio, store: Store, clock: FakeClock,
                                             show_id: int) -> None:
    studio.execute("show.start")
    studio.execute("segment.next")
    clock.advance(42)
    studio.execute("timer.add", {"seconds": 120})
    studio.execute("comment.pin", {"comment": {"user_name": "小明", "text": "有黑色吗"}})
    before = studio.snapshot()
    clock.advance(5)
    again = Studio(store, clock=clock, speaker=FakeSpeaker())
    again.open_show(show_id)
    after = again.snapshot()
    assert after["current"]["item_id"] == before["current"]["item_id"] and after["pinned"] == before["pinned"]
    assert after["current"]["actual_s"] == before["current"]["actual_s"] + 5
    assert after["timer"]["remaining_s"] == before["timer"]["remaining_s"] - 5


def test_live_edit_of_an_upcoming_item_reaches_the_host(studio: Studio, store: Store, show_id: int) -> None:
    studio.execute("show.start")
    nxt = studio.state.segments[1]
    studio.execute("runsheet.update", {"item_id": nxt.item_id, "name": "摇粒绒卫衣 (新色)", "live_price": 89})
    assert store.get_item(nxt.item_id).live_price == 8900
    assert studio.snapshot()["next"]["name"] == "摇粒绒卫衣 (新色)"
    assert studio.snapshot()["next"]["live_price"] == 8900


def test_after_coupon_price_is_edited_stored_and_replayed(studio: Studio, store: Store, clock: FakeClock,
                                                          show_id: int) -> None:
    """券后价 (issue #17): a field of its own beside the live price, through runsheet.update."""
    studio.execute("show.start")
    nxt = studio.state.segments[1]
    assert studio.execute("runsheet.update", {"item_id": nxt.item_id, "coupon_price": 79.9}) == {
        "changed": ["coupon_price"]}
    assert store.get_item(nxt.item_id).coupon_price == 7990 and store.get_item(nxt.item_id).live_price == 9900
    assert studio.snapshot()["next"]["coupon_price"] == 7990
    assert studio.snapshot()["runsheet"][1]["coupon_price"] == 7990
    for bad in (-1, "七十", 10_000_001):
        with pytest.raises(CommandError):
            studio.execute("runsheet.update", {"item_id": nxt.item_id, "coupon_price": bad})
    assert store.get_item(nxt.item_id).coupon_price == 7990  # a refused value loses nothing
    again = Studio(store, clock=clock, speaker=FakeSpeaker())
    again.open_show(show_id)
    assert again.snapshot()["next"]["coupon_price"] == 7990
    studio.execute("runsheet.update", {"item_id": nxt.item_id, "coupon_price": 0})
    assert store.get_item(nxt.item_id).coupon_price == 0 and studio.snapshot()["next"]["coupon_price"] == 0


def test_a_change_s_listeners_read_one_snapshot_and_a_listener_s_own_command_is_seen(studio: Studio,
                                                                                     clock: FakeClock) -> None:
    """Every panel that repaints on a change reads the same snapshot (each made its own: four per price
    edit); a listener that runs a command mid-dispatch makes the next reader see its result, and
    outside a dispatch every read is fresh (the clock moved)."""
    studio.execute("show.start")
    first_id = studio.state.segments[0].item_id
    seen: list[tuple[dict[str, Any], int]] = []

    def reader() -> None:
        snap = studio.snapshot()
        seen.append((snap, snap["current"]["live_price"]))

    def editor(changes: object) -> None:
        if studio.state.segments[0].live_price == 5900:  # the edit below: raise it once more, nested
            studio.execute("runsheet.update", {"item_id": first_id, "live_price": 61})

    studio.changed.connect(lambda _c: reader())
    studio.changed.connect(lambda _c: reader())
    studio.changed.connect(editor)
    studio.changed.connect(lambda _c: reader())
    studio.execute("runsheet.update", {"item_id": first_id, "live_price": 59})
    # outer dispatch: two readers share one; the nested command's dispatch reads 61; the outer's last reader too
    outer_a, outer_b, nested_a, nested_b, nested_c, outer_c = seen
    assert outer_a[0] is outer_b[0] and outer_a[1] == 5900
    assert nested_a[1] == nested_b[1] == nested_c[1] == outer_c[1] == 6100 and outer_c[0] is not outer_a[0]
    before = studio.snapshot()["clock"]["show_elapsed_s"]
    clock.advance(30)
    assert studio.snapshot()["clock"]["show_elapsed_s"] == pytest.approx(before + 30)
