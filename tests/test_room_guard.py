"""The room guard (#21) on the paths a reviewer found open: the clock's own cue events, and the
read-only commands a second desk's catch-up needs while the room is not ours."""

from __future__ import annotations

from typing import Any

import pytest

from app.live.speech import PRIORITY_CUE
from app.models.rooms import TAKEN, RoomHolder
from app.studio.errors import CommandError
from app.studio.room import RoomDesk
from app.studio.studio import Studio
from tests.doubles import FakeClock, FakeSpeaker


def _taken(qtbot: Any, studio: Studio) -> RoomDesk:
    desk = RoomDesk(studio)
    assert studio.show_id is not None
    desk.report(studio.show_id, TAKEN, RoomHolder(None, "studio B"))
    qtbot.waitUntil(lambda: desk.taken, timeout=2000)
    return desk


def test_a_taken_room_gets_no_cue_events_and_no_cue_speech(qtbot: Any, studio: Studio, clock: FakeClock,
                                                           speaker: FakeSpeaker) -> None:
    studio.execute("show.start")  # the first item has a cue at 3:00
    _taken(qtbot, studio)
    speaker.said.clear()
    for _ in range(int(200 / 0.25)):
        clock.advance(0.25)
        studio.on_tick()
    assert "口播优惠券" not in [t for p, t, _ in speaker.said if p == PRIORITY_CUE]
    assert studio.show_id is not None
    assert "cue_fired" not in [e.type for e in studio.store.events(studio.show_id)]
    with pytest.raises(CommandError) as refused:  # an event recorded outside a command is refused too
        studio.record("cue_fired", {"item_id": 1, "cue_index": 0, "text": "x"})
    assert refused.value.code == "room_taken"


def test_a_taken_room_still_answers_reads_and_refuses_writes(qtbot: Any, live_studio: Studio) -> None:
    from app.studio.feed_stream import FeedStream
    from app.studio.questions import Questions

    s = live_studio
    FeedStream(s)
    Questions(s)
    _taken(qtbot, s)
    assert s.execute("feed.recent", {})["comments"] == []  # a second desk's catch-up
    assert s.execute("questions.list", {})["counts"] == {"open": 0, "answered": 0, "skipped": 0}
    assert s.execute("speech.mute", {"muted": True}) == {"muted": True}  # a flag on this machine only
    item = s.state.segments[0].item_id
    with pytest.raises(CommandError) as refused:
        s.execute("runsheet.update", {"item_id": item, "name": "改名"})
    assert refused.value.code == "room_taken"


def test_quick_show_opens_end_with_the_last_shows_room(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two opens in a row: whatever order the claim threads get to run in, the last show's room is held."""
    import threading
    from types import SimpleNamespace

    from app.models import rooms
    from app.models.db import open_url
    from app.models.store import Store
    from tests.conftest import sample_items

    engine = open_url(pg_url)
    one, two = (Store(engine).create_show(t, items=sample_items()) for t in ("一号间", "二号间"))
    keeper = rooms.RoomKeeper(pg_url)
    held: list[threading.Thread] = []

    class Held(threading.Thread):
        def start(self) -> None:  # started below, the later claim's thread first
            held.append(self)

    monkeypatch.setattr(rooms, "threading", SimpleNamespace(Thread=Held))
    try:
        keeper.claim(one)
        keeper.claim(two)
        for t in reversed(held):
            threading.Thread.start(t)
            t.join(10)
        assert keeper.lock is not None and keeper.lock.show_id == two and keeper.refused is None
    finally:
        monkeypatch.undo()
        keeper.release()
        engine.dispose()


def test_a_room_report_reaches_the_views_with_one_snapshot_and_the_clients_with_the_state(
        qtbot: Any, studio: Studio) -> None:
    from app.core.changes import Change

    seen: list[tuple[Change, dict[str, Any]]] = []
    pushed: list[dict[str, Any]] = []
    for _ in range(3):  # three panels, each reading the state when told the room changed
        studio.changed.connect(lambda ch: seen.append((ch, studio.snapshot())))
    studio.published.connect(lambda msg: pushed.append(msg) if msg.get("type") == "state" else None)
    _taken(qtbot, studio)
    rooms = [(ch, snap) for ch, snap in seen if ch & Change.ROOM]
    assert len(rooms) == 3 and all(snap is rooms[0][1] for _, snap in rooms)  # one snapshot, shared
    assert rooms[0][1]["room"]["status"] == TAKEN and "studio B" in rooms[0][1]["room"]["text"]
    assert pushed and pushed[-1]["state"]["room"]["status"] == TAKEN
