"""Lottery close and cancel events name their lottery; readers (the reducer, the export, the review)
follow the name, and logs written before the name was stored read as they always did."""

from __future__ import annotations

from typing import Any

from app.core import lottery_state as ls
from app.core.events import Event
from app.core.reducers import fold
from app.models.store import Store
from app.studio.commerce import Commerce
from app.studio.exports import lottery_rows
from app.studio.review import compute
from app.studio.studio import Studio

T = 1_764_000_000.0


def _opened(lid: str, prize: str, ts: float) -> Event:
    return Event(ls.LOTTERY_OPENED, ts, {
        "lottery_id": lid, "prize": prize, "winners_n": 1, "keyword": "福袋", "match": "contains",
        "duration_s": 600.0, "followers_only": False, "min_fans_level": 0, "exclude_previous_winners": True,
        "excluded": [], "commitment": "c-" + lid, "first_comment_id": 0, "_seed": "00"})


def _closed(ts: float, n: int, **named: Any) -> Event:
    return Event(ls.LOTTERY_CLOSED, ts, {**named, "entrants": n, "entrant_hash": f"h{n}", "last_comment_id": 9})


def _summary(rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(r["lottery_id"], r["status"], r["entrants"], r["cancel_reason"]) for r in rows]


def test_close_and_cancel_events_store_the_lottery_id(studio: Studio, store: Store, show_id: int) -> None:
    Commerce(studio)
    studio.execute("show.start")
    first = studio.execute("lottery.open", {"prize": "围巾", "duration_s": 600})["lottery_id"]
    studio.execute("lottery.close")
    studio.execute("lottery.cancel", {"reason": "没人参与"})
    second = studio.execute("lottery.open", {"prize": "保温杯", "duration_s": 600})["lottery_id"]
    studio.execute("lottery.cancel", {"reason": "奖品错了"})
    stored = [(e.type, e.data.get("lottery_id")) for e in store.events(show_id) if e.type.startswith("lottery_")]
    assert stored == [(ls.LOTTERY_OPENED, first), (ls.LOTTERY_CLOSED, first), (ls.LOTTERY_CANCELLED, first),
                      (ls.LOTTERY_OPENED, second), (ls.LOTTERY_CANCELLED, second)]
    assert _summary(lottery_rows(store, show_id, "json")) == [(first, "cancelled", 0, "没人参与"),
                                                             (second, "cancelled", None, "奖品错了")]


def test_old_logs_without_ids_read_as_before(store: Store, show_id: int) -> None:
    """A close then a cancel (no ids) act on the lottery pending before them; so does a later cancel."""
    store.append_events(show_id, [
        _opened("a1", "围巾", T), _closed(T + 10, 0), Event(ls.LOTTERY_CANCELLED, T + 11, {"reason": "没人参与"}),
        _opened("b2", "保温杯", T + 20), _closed(T + 30, 5),
        Event(ls.LOTTERY_DRAWN, T + 31, {"lottery_id": "b2", "seed": "00", "winners": []}),
        Event(ls.LOTTERY_CANCELLED, T + 32, {"reason": "stray"}),  # nothing pending: ignored
        _opened("c3", "大衣", T + 40), Event(ls.LOTTERY_CANCELLED, T + 41, {"reason": "奖品错了"})])
    want = [("a1", "cancelled", 0, "没人参与"), ("b2", "drawn", 5, None), ("c3", "cancelled", None, "奖品错了")]
    assert _summary(lottery_rows(store, show_id, "json")) == want
    assert _summary(compute(store, show_id, now=T + 100).extras["lotteries"]) == want
    lot = fold(store.events(show_id)).lottery
    assert lot is not None and (lot.lottery_id, lot.status, lot.cancel_reason) == ("c3", "cancelled", "奖品错了")


def test_a_named_close_acts_on_the_lottery_it_names(store: Store, show_id: int) -> None:
    """Two lotteries opened (a second desk, or a future second lottery at once): a close naming the first
    closes the first, not whichever was opened last; the review says the same."""
    store.append_events(show_id, [
        _opened("a1", "围巾", T), _opened("b2", "保温杯", T + 1), _closed(T + 10, 7, lottery_id="a1"),
        Event(ls.LOTTERY_CANCELLED, T + 11, {"lottery_id": "a1", "reason": "没人领"})])
    want = [("a1", "cancelled", 7, "没人领"), ("b2", "open", None, None)]
    assert _summary(lottery_rows(store, show_id, "json")) == want
    assert _summary(compute(store, show_id, now=T + 100).extras["lotteries"]) == want


def test_the_show_state_ignores_a_close_or_cancel_naming_another_lottery() -> None:
    """A replayed close or cancel of an earlier lottery leaves the one now running open."""
    state = fold([_opened("a1", "围巾", T), Event(ls.LOTTERY_CANCELLED, T + 1, {"lottery_id": "a1", "reason": ""}),
                  _opened("b2", "保温杯", T + 2), _closed(T + 3, 4, lottery_id="a1"),
                  Event(ls.LOTTERY_CANCELLED, T + 4, {"lottery_id": "a1", "reason": "replayed"})])
    assert state.lottery is not None
    assert (state.lottery.lottery_id, state.lottery.status, state.lottery.entrants) == ("b2", "open", 0)
