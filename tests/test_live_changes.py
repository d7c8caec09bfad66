"""A live show that departs from its plan stays true (issue #9's findings, each as a test)."""

import time
from datetime import datetime
from typing import Any

import pytest

from app.core.runsheet import Item
from app.models.store import Store
from app.studio.commerce import Commerce
from app.studio.studio import CommandError, Studio
from tests.conftest import comment
from tests.doubles import FakeClock, FakeSpeaker

T0 = 1_764_000_000.0


@pytest.fixture
def desk(live_studio: Studio) -> Commerce:
    return Commerce(live_studio)


def names(snap: dict[str, Any]) -> list[str]:
    return [r["name"] for r in snap["runsheet"]]


def test_an_item_added_while_live_reaches_the_desk_the_sale_and_the_host(live_studio: Studio, desk: Commerce) -> None:
    s = live_studio
    s.execute("show.start")
    added = s.execute("runsheet.add", {"name": "福利款 袜子", "minutes": 3, "live_price": 9.9, "stock": 50,
                                       "index": 1, "cart_no": "13"})
    snap = s.snapshot()
    assert snap["next"]["name"] == "福利款 袜子" and snap["next"]["cart_no"] == "13"
    assert names(snap)[1] == "福利款 袜子"
    s.execute("sale.start", {"item_id": added["item_id"], "price": 5, "quantity": 10, "countdown_s": 10,
                             "duration_s": 60})  # the sale picker knows it
    assert s.snapshot()["sale"]["name"] == "福利款 袜子"
    assert s.store.items(s.show_id)[1].name == "福利款 袜子"  # the run-sheet table too  # type: ignore[arg-type]


def test_a_pulled_item_leaves_the_air_and_next(live_studio: Studio) -> None:
    s = live_studio
    s.execute("show.start")
    nxt = s.snapshot()["next"]
    s.execute("runsheet.remove", {"item_id": nxt["item_id"]})
    snap = s.snapshot()
    assert snap["next"]["item_id"] != nxt["item_id"] and nxt["name"] not in names(snap)
    with pytest.raises(CommandError) as err:
        s.execute("runsheet.remove", {"item_id": snap["current"]["item_id"]})  # on air: refused
    assert err.value.code == "refused"


def test_the_editor_and_the_desk_show_the_same_planned_end(qtbot, live_studio: Studio) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack

    from app.ui.runsheet_editor import RunSheetEditor

    s = live_studio
    s.execute("show.update", {"planned_start": "2025-11-24T20:00"})
    s.execute("show.start")
    s.execute("runsheet.add", {"name": "加播", "minutes": 7})
    editor = RunSheetEditor(s, QUndoStack())
    qtbot.addWidget(editor)
    end = datetime.fromtimestamp(s.snapshot()["clock"]["planned_end"]).strftime("%H:%M")
    assert end == "20:36" and end in editor.totals.text()  # 10+8+6+5+7 minutes


def test_going_back_is_a_revisit(live_studio: Studio, clock: FakeClock) -> None:
    s = live_studio
    for i in range(5):
        s.execute("runsheet.add", {"name": f"加{i}", "minutes": 4})  # 9 items in all
    s.execute("show.start")
    for _ in range(4):
        clock.advance(60)
        s.execute("segment.next")  # on item 5, items 1-4 done
    planned = [r["planned_s"] for r in s.snapshot()["runsheet"]]
    clock.advance(60)
    s.execute("segment.goto", {"index": 1})  # 返场 of item 2
    snap = s.snapshot()
    assert snap["next"]["index"] == 5  # where the show left off, not item 3
    assert [r["done"] for r in snap["runsheet"]][:5] == [True, True, True, True, True]
    left = snap["timer"]["remaining_s"] + sum(planned[5:])
    assert snap["clock"]["projected_end"] == pytest.approx(clock.now() + left)
    clock.advance(30)
    assert s.snapshot()["current"]["actual_s"] == pytest.approx(60 + 30)  # both visits
    s.execute("segment.next")
    assert s.snapshot()["current"]["index"] == 5


def test_a_late_start_shows_and_counts(live_studio: Studio, clock: FakeClock) -> None:
    s = live_studio
    s.execute("show.update", {"planned_start": clock.now()})
    planned_end = s.snapshot()["clock"]["planned_end"]
    clock.advance(600)  # ten minutes late
    s.execute("show.start")
    c = s.snapshot()["clock"]
    assert c["planned_end"] == planned_end and c["late_s"] == 600
    assert c["over_under_s"] == pytest.approx(600)


def test_the_end_closes_everything(live_studio: Studio, desk: Commerce, clock: FakeClock) -> None:
    s = live_studio
    s.execute("show.start")
    s.execute("sale.start", {"price": 399, "quantity": 5, "countdown_s": 10, "duration_s": 60})
    s.execute("coupon.issue", {"amount": 10, "threshold": 100, "quantity": 50})
    s.execute("lottery.open", {"prize": "围巾", "keyword": "福袋"})
    assert s.feed is not None
    s.feed.pipeline.accept([comment(1, "福袋")], "t", time.time())
    s.feed.drain()
    s.execute("show.end")
    snap = s.snapshot()
    assert snap["sale"]["status"] == "ended" and snap["sale"]["end_reason"] == "show_ended"
    assert [c["status"] for c in snap["coupons"]] == ["stopped"]
    assert snap["lottery"]["status"] == "closed" and snap["lottery"]["entrants"] == 1
    assert snap["banners"] == []
    assert s.execute("lottery.draw")["winners"][0]["key"] == "douyin:u1"  # still drawable after the end
    s.feed.pipeline.accept([comment(2, "还在吗")], "t", time.time())
    assert s.feed.pipeline.sources["t"].malformed["show_ended"] == 1
    s.feed.pipeline.writer.flush()
    assert s.store.count_comments(s.show_id).get("comment") == 1  # type: ignore[arg-type]


def test_a_refused_sale_start_keeps_the_armed_sale(live_studio: Studio, desk: Commerce) -> None:
    s = live_studio
    s.execute("show.start")
    s.execute("sale.arm", {"price": 399, "quantity": 5})
    events = len(s.store.events(s.show_id))  # type: ignore[arg-type]
    with pytest.raises(CommandError):
        s.execute("sale.start", {"price": 999, "quantity": 5})  # above the live price
    assert s.snapshot()["sale"]["status"] == "armed" and s.snapshot()["sale"]["price"] == 39900
    assert len(s.store.events(s.show_id)) == events  # nothing stored  # type: ignore[arg-type]


def test_editing_talking_points_keeps_the_stock(live_studio: Studio, desk: Commerce, clock: FakeClock) -> None:
    """The item's stock is the planned stock (a sale never writes it; r12): an edit of another field keeps it."""
    s = live_studio
    s.execute("show.start")
    item = s.snapshot()["current"]
    s.execute("runsheet.update", {"item_id": item["item_id"], "stock": item["stock"] - 7})
    s.execute("sale.start", {"price": 399, "quantity": 20, "countdown_s": 10, "duration_s": 60})
    clock.advance(11)
    s.execute("sale.adjust_stock", {"delta": -7})
    s.execute("sale.stop")
    assert s.snapshot()["current"]["stock"] == item["stock"] - 7
    s.execute("runsheet.update", {"item_id": item["item_id"], "talking_points": "新话术：双面呢"})
    snap = s.snapshot()["current"]
    assert snap["stock"] == item["stock"] - 7 and snap["talking_points"] == "新话术：双面呢"


def test_an_empty_lottery_can_be_cancelled_and_the_next_opened(live_studio: Studio, desk: Commerce,
                                                               clock: FakeClock) -> None:
    s = live_studio
    s.execute("show.start")
    s.execute("lottery.open", {"prize": "围巾", "duration_s": 10})
    clock.advance(11)
    s.on_tick()  # closes by itself
    assert s.snapshot()["lottery"]["status"] == "closed"
    with pytest.raises(CommandError) as err:
        s.execute("lottery.draw")
    assert err.value.code == "no_entrants"
    s.execute("lottery.cancel")
    assert s.snapshot()["lottery"]["status"] == "cancelled"
    s.execute("lottery.open", {"prize": "大衣"})
    assert s.snapshot()["lottery"]["prize"] == "大衣"


def test_restart_rebuild_flushes_the_writer_and_a_timeout_meanwhile_raises_nothing(
        qtbot, live_studio: Studio, desk: Commerce, clock: FakeClock, store: Store, show_id: int) -> None:  # type: ignore[no-untyped-def]
    s = live_studio
    s.execute("show.start")
    s.execute("lottery.open", {"prize": "围巾", "keyword": "福袋", "duration_s": 60})
    assert s.feed is not None
    s.feed.pipeline.accept([comment(i, "福袋") for i in range(1, 6)], "t", time.time())
    s.feed.drain()  # queued for the writer, maybe not yet written
    again = Studio(store, clock=clock, speaker=FakeSpeaker(), feed=s.feed)
    d2 = Commerce(again)
    clock.advance(61)  # the lottery's time runs out while its entrants are read back
    again.open_show(show_id)
    again.on_tick()  # refused as busy, logged, never raised
    qtbot.waitUntil(lambda: not d2.recovering, timeout=5000)
    again.on_tick()
    lot = again.snapshot()["lottery"]
    assert lot["status"] == "closed" and lot["entrants"] == 5


def test_deleting_the_open_show_while_comments_flow(live_studio: Studio, store: Store) -> None:
    s = live_studio
    assert s.feed is not None
    other = s.execute("show.create", {"title": "下一场"})["show_id"]
    s.feed.pipeline.accept([comment(i) for i in range(1, 200)], "t", time.time())
    first = s.show_id
    s.execute("show.open", {"show_id": other})  # batches accepted before the switch stay with their show
    s.feed.pipeline.accept([comment(i) for i in range(200, 300)], "t", time.time())
    s.feed.pipeline.writer.flush()
    assert store.count_comments(first)["comment"] == 199  # type: ignore[arg-type]
    assert store.count_comments(other)["comment"] == 100
    s.execute("show.delete", {"show_id": other})  # the open one
    s.feed.pipeline.accept([comment(i) for i in range(300, 310)], "t", time.time())  # refused: no show
    assert s.show_id is None and s.feed.pipeline.sources["t"].malformed["no_show_open"] == 10
    s.execute("show.open", {"show_id": first})
    s.feed.pipeline.accept([comment(i) for i in range(400, 450)], "t", time.time())
    assert s.feed.pipeline.writer.flush()
    assert store.count_comments(first)["comment"] == 249  # type: ignore[arg-type]
    assert not s.feed.pipeline.writer.error


def test_commands_check_their_numbers(live_studio: Studio, desk: Commerce) -> None:
    s = live_studio
    s.execute("show.start")
    before = s.snapshot()["timer"]
    for cmd, args in [("timer.add", {"seconds": "nan"}), ("timer.add", {"seconds": 1e999}),
                      ("sale.adjust_stock", {"delta": 10**30}), ("lottery.open", {"prize": "x", "winners": 10**9}),
                      ("coupon.issue", {"amount": 5, "threshold": -1, "quantity": 1}),
                      ("runsheet.add", {"name": "x", "stock": 10**20}),
                      ("runsheet.add", {"name": "x", "minutes": "inf"})]:
        with pytest.raises(CommandError) as err:
            s.execute(cmd, args)
        assert err.value.code in ("bad_args", "bad_threshold", "no_sale"), (cmd, err.value.code)
    assert s.snapshot()["timer"]["added_s"] == before["added_s"]
    s.execute("coupon.issue", {"amount": 5, "quantity": 1})
    cid = s.snapshot()["coupons"][0]["coupon_id"]
    with pytest.raises(CommandError):
        s.execute("coupon.claim", {"coupon_id": cid, "count": -100})


def test_a_storage_failure_changes_nothing(live_studio: Studio, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import OperationalError

    s = live_studio
    s.execute("show.start")
    before = s.snapshot()

    def full(*_a: object, **_k: object) -> None:
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(s.store, "append_events", full)
    with pytest.raises(CommandError) as err:
        s.execute("segment.next")
    assert err.value.code == "storage_failed" and "INSERT" not in err.value.message
    assert s.snapshot()["current"] == before["current"]


def test_replay_opens_a_show_with_an_event_it_cannot_apply(live_studio: Studio, store: Store, show_id: int,
                                                           clock: FakeClock) -> None:
    live_studio.execute("show.start")
    store.append_event(show_id, "item_moved", clock.now(), {"item_id": "garbage"})
    again = Studio(store, clock=clock, speaker=FakeSpeaker())
    again.open_show(show_id)
    assert again.snapshot()["show"]["status"] == "live" and len(again.state.replay_errors) == 1


def test_import_of_many_items_is_one_command(live_studio: Studio) -> None:
    from app.studio.runsheet_cmds import item_args

    items = [Item("A", "a", 100, 90, 5, 2), Item("B", "b", 100, 90, 5, 2)]
    r = live_studio.execute("runsheet.add_many", {"items": [item_args(i) for i in items]})
    assert len(r["item_ids"]) == 2 and names(live_studio.snapshot())[-2:] == ["A", "B"]
    with pytest.raises(CommandError):
        live_studio.execute("runsheet.add_many", {"items": [item_args(items[0]), {"name": ""}]})
    assert names(live_studio.snapshot())[-2:] == ["A", "B"]  # all or nothing


def test_add_many_is_one_event_that_a_replay_rebuilds(live_studio: Studio) -> None:
    """An import of many items is one bulk insert and one event (a client gets one message, not 2,000)."""
    from app.core.reducers import fold
    from app.studio.runsheet_cmds import item_args

    events: list[dict[str, object]] = []
    live_studio.event_added.connect(events.append)
    items = [Item(f"商品{n}", cart_no=str(n), live_price=990) for n in range(300)]
    r = live_studio.execute("runsheet.add_many", {"items": [item_args(i) for i in items]})
    assert len(r["item_ids"]) == 300 and [e["type"] for e in events] == ["item_added"]
    assert names(live_studio.snapshot())[-300:] == [i.name for i in items]
    rebuilt = fold(live_studio.store.events(live_studio.need_show()))
    assert [s.name for s in rebuilt.segments][-300:] == [i.name for i in items]
    assert [i.id for i in live_studio.store.items(live_studio.need_show())][-300:] == r["item_ids"]
