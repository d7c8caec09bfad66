"""A gap (app_down) is the room holder's to record: a studio that opens a live show another studio
holds (a shared PostgreSQL server) through `show.open`, as the Shows window and desks do, records
nothing; and a gap refused while the room was taken is recorded when the user opens the show again
(the way out the room message gives), not dropped as "the same show again"."""

from __future__ import annotations

from app.models.store import Store
from app.studio.room import ROOM_FREE
from app.studio.studio import CommandError, Studio
from tests.doubles import FakeClock
from tests.test_app_downtime import T0, crash_after, downs


def test_show_open_of_a_show_another_studio_holds_records_no_gap(qapp: object, store: Store, show_id: int,
                                                                   clock: FakeClock) -> None:
    crash_after(store, show_id, clock, [0.0, 30.0])
    clock.t = T0 + 330

    def guard(cmd: str) -> None:
        if cmd not in ROOM_FREE:
            raise CommandError("room_taken", "another studio has it")

    b = Studio(store, clock=clock)
    b.guard = guard
    b.execute("show.open", {"show_id": show_id})
    assert downs(store, show_id) == []


def test_a_gap_refused_while_the_room_was_taken_is_recorded_at_the_next_open(qapp: object, store: Store,
                                                                              show_id: int, clock: FakeClock) -> None:
    crash_after(store, show_id, clock, [0.0, 30.0])
    clock.t = T0 + 330
    ours = {"room": False}

    def guard(cmd: str) -> None:
        if not ours["room"] and cmd not in ROOM_FREE:
            raise CommandError("room_taken", "another studio has it")

    b = Studio(store, clock=clock)
    b.guard = guard
    b.open_show(show_id)
    assert downs(store, show_id) == []
    clock.advance(60)
    ours["room"] = True  # the old lock expired; the user opens the show again
    b.open_show(show_id)
    clock.advance(31)
    b.on_tick()
    assert [round(e.data["to"] - e.data["from"]) for e in downs(store, show_id)] == [360]
