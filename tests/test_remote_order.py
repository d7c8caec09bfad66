"""The second desk must not depend on the order of a reply and the pushes around it.

A reply and a push (`event`, `state` or its delta, `comments`) are separate messages on /control: the
server's outbox keeps a state back while other messages wait, and a push made just after a command
was answered can be queued before its reply (the reply hops from the GUI thread to the server's
loop once more). So each test here takes what a real Studio answers and publishes, and delivers it
to the desk through `_on_message` in the order that used to leave it stale, doubled or short.
"""

from __future__ import annotations

import json
from typing import Any

from app.models.store import Store
from app.studio.remote import RemoteStudio
from app.studio.studio import Studio
from tests import test_remote_studio
from tests.conftest import sample_items
from tests.test_remote_feed import wire as wired
from tests.test_remote_studio import Link

desk = test_remote_studio.desk  # the fixture: a RemoteStudio on a Link the test answers


class Wire:
    """What the studio publishes, as the server writes it for the desk's `/control?deltas=1&feed=1`: JSON,
    each state as its delta (`full` keeps the last one whole, as it goes out after a state was replaced)."""

    def __init__(self, studio: Studio) -> None:
        self.studio = studio
        self.out: list[dict[str, Any]] = []
        self.full: dict[str, Any] = {}
        studio.published.connect(self._put)

    def _put(self, msg: dict[str, Any]) -> None:
        if msg["type"] == "state":
            self.full = json.loads(json.dumps({k: v for k, v in msg.items() if k != "delta"}, ensure_ascii=False))
            msg = msg.get("delta") or self.full
        self.out.append(json.loads(json.dumps(msg, ensure_ascii=False)))

    def take(self, *kinds: str) -> list[dict[str, Any]]:
        out, self.out = self.out, []
        return [m for m in out if m["type"] in kinds]

    def answer(self, link: Link, cmd: str) -> dict[str, Any]:
        """The studio's reply to the desk's last `cmd`, made now (delivered when the test says)."""
        rid, args = next((rid, a) for rid, c, a in reversed(link.sent) if c == cmd)
        result = self.studio.execute(cmd, dict(args))
        return json.loads(json.dumps({"type": "reply", "id": rid, "ok": True, "result": result}, ensure_ascii=False))


def deliver(remote: RemoteStudio, *msgs: dict[str, Any]) -> None:
    for msg in msgs:
        remote._on_message(msg)


def test_an_event_pushed_before_the_log_that_lacks_it_is_not_lost(desk: tuple[RemoteStudio, Link],
                                                                 carted: Studio) -> None:
    """The desk connects during a live show; the studio answers `show.events`, then the producer moves on
    to the next item. That event can reach the desk before the log it is newer than: the desk used to
    drop it (no show yet) and then stay on the old item, as the studio's state pushes do not say it."""
    remote, link = desk
    wire = Wire(carted)
    link.deliver_link(True)
    log = wire.answer(link, "show.events")
    carted.execute("segment.next")
    deliver(remote, *wire.take("event"), log, *wire.take("state", "delta"))
    assert link.cmds().count("show.events") == 2  # the answer was older than the event: asked again
    deliver(remote, wire.answer(link, "show.events"))
    assert remote.snapshot()["current"]["name"] == carted.snapshot()["current"]["name"] == "羊毛开衫"
    assert link.cmds().count("show.events") == 2  # up to date: nothing more asked

    # Reconnected while live: the folded log is the old one, the next item's event comes first again
    link.deliver_link(False)
    link.deliver_link(True)
    log = wire.answer(link, "show.events")
    carted.execute("segment.next")
    deliver(remote, *wire.take("event"), log, *wire.take("state", "delta"))
    deliver(remote, wire.answer(link, "show.events"))
    assert remote.snapshot()["current"]["name"] == "羊绒围巾"


def test_a_resync_older_than_the_deltas_pushed_meanwhile_keeps_them(desk: tuple[RemoteStudio, Link],
                                                                    carted: Studio) -> None:
    """After a gap the desk asks `state.get`; a delta made after that answer can arrive first. It used to be
    dropped, and the desk kept the answer's older figures until the studio published again."""
    remote, link = desk
    wire = Wire(carted)
    link.deliver_link(True)
    carted.execute("timer.pause")
    deliver(remote, *wire.take("delta"))  # made from a state this desk never had: it asks for the whole
    assert link.cmds().count("state.get") == 1
    answer = wire.answer(link, "state.get")
    carted.execute("poll.open", {"question": "哪个颜色", "options": ["黑", "白"]})
    deliver(remote, *wire.take("delta"), answer)
    assert (remote.snapshot()["poll"] or {}).get("question") == "哪个颜色"
    assert remote._remote_seq == carted._pushes.seq

    # A whole state pushed meanwhile (it replaced an unsent one) is newer than the answer: kept
    carted.execute("timer.resume")
    wire.take()  # lost: the desk's next delta is another gap
    carted.execute("timer.pause")
    deliver(remote, *wire.take("delta"))
    answer = wire.answer(link, "state.get")
    carted.execute("poll.cancel")
    wire.take()
    deliver(remote, wire.full, answer)
    assert carted.snapshot()["poll"] is None
    assert remote.snapshot()["poll"] is None  # not the answer's open poll


def test_a_log_answered_for_a_show_the_studio_has_left_again_is_asked_again(
        desk: tuple[RemoteStudio, Link], studio: Studio, store: Store) -> None:
    """The desk reconnects; the studio answers `show.events` with another show it just opened, and opens
    the first one again. Its state (that show, replacing the unsent one) reaches the desk before the
    answer: it matched what the desk had, so the desk used to follow the answer to the wrong show."""
    remote, link = desk
    first = studio.show_id
    other = store.create_show("第二场", "douyin", "主播小B", None, sample_items()[:2])
    wire = Wire(studio)
    link.deliver_link(True)
    deliver(remote, wire.answer(link, "show.events"))
    assert remote.show_id == first and len(remote.state.segments) == 4
    link.deliver_link(False)
    link.deliver_link(True)
    studio.execute("show.open", {"show_id": other})
    log = wire.answer(link, "show.events")
    studio.execute("show.open", {"show_id": first})
    wire.take()
    deliver(remote, wire.full, log)
    assert link.cmds().count("show.events") == 3  # the answer is not the show the state says: asked again
    deliver(remote, wire.answer(link, "show.events"))
    assert remote.show_id == first and len(remote.snapshot()["runsheet"]) == 4
    assert link.cmds().count("show.events") == 3


def test_a_feed_catch_up_answered_for_the_show_the_studio_has_left_is_asked_again(
        desk: tuple[RemoteStudio, Link]) -> None:
    """The feed's catch-up is on its way when the studio opens another show; its state arrives before the
    answer (made for the old show). The desk's feed used to follow the old show and drop every comment
    of the new one, for the whole show: the second catch-up was never asked."""
    remote, link = desk
    shown: list[int] = []
    remote.comments.arrived.connect(lambda batch: shown.extend(c.id for c in batch))
    link.deliver_link(True)
    rid = next(rid for rid, c, _ in reversed(link.sent) if c == "feed.recent")
    deliver(remote, {"type": "state", "seq": 1, "state": {"show": {"id": 2, "status": "draft"}}},
            {"type": "comments", "show_id": 2, "skipped": 0, "comments": wired(11)},
            {"type": "reply", "id": rid, "ok": True, "result": {"show_id": 1, "skipped": 0, "comments": wired(9, 10)}})
    assert link.cmds().count("feed.recent") == 2  # asked again for the show the studio is on
    rid = next(rid for rid, c, _ in reversed(link.sent) if c == "feed.recent")
    assert next(a for r, _c, a in link.sent if r == rid) == {"after_id": 10}
    deliver(remote, {"type": "reply", "id": rid, "ok": True, "result": {"show_id": 2, "skipped": 0,
                                                                         "comments": wired(11)}},
            {"type": "comments", "show_id": 2, "skipped": 0, "comments": wired(12)})
    assert shown == [9, 10, 11, 12]
    assert link.cmds().count("feed.recent") == 2


def test_a_comment_deleted_after_the_catch_up_was_made_shows_deleted(desk: tuple[RemoteStudio, Link],
                                                                     studio: Studio) -> None:
    """The desk reconnects and catches up; the studio's window is read (comment 3, not deleted), then
    the producer deletes comment 3. Its event can reach the desk before that answer: the desk marked a
    comment it did not have yet, and then showed 3 as it was read, not deleted, for good."""
    remote, link = desk
    wire = Wire(studio)

    def recent(*ids: int) -> dict[str, Any]:
        rid = next(rid for rid, c, _ in reversed(link.sent) if c == "feed.recent")
        return {"type": "reply", "id": rid, "ok": True, "result": {"show_id": studio.show_id, "skipped": 0,
                                                                    "comments": wired(*ids)}}

    link.deliver_link(True)
    deliver(remote, wire.answer(link, "show.events"), recent(1, 2))
    link.deliver_link(False)
    link.deliver_link(True)
    deliver(remote, wire.answer(link, "show.events"))
    caught = recent(3, 4)
    studio.execute("comment.delete", {"comment_id": 3})
    deliver(remote, *wire.take("event"), caught, *wire.take("state", "delta"))
    c = remote.comments.find(3)
    assert c is not None and c.deleted  # struck through, as on the studio's desk
    studio.execute("comment.restore", {"comment_id": 3})
    deliver(remote, *wire.take("event"))
    assert not c.deleted


def test_a_draft_edit_that_keeps_the_item_count_reaches_the_second_desk(desk: tuple[RemoteStudio, Link],
                                                                         studio: Studio) -> None:
    """Draft run-sheet edits are no events: the desk compares the rows the studio publishes with its own.
    A rename (or a price, a reorder) keeps the count, which was all it compared: it kept the old name."""
    remote, link = desk
    wire = Wire(studio)
    link.deliver_link(True)
    deliver(remote, wire.answer(link, "show.events"))
    deliver(remote, wire.full)
    assert link.cmds().count("show.events") == 1  # in step with the studio: nothing more asked
    item = studio.snapshot()["runsheet"][0]
    studio.execute("runsheet.update", {"item_id": item["item_id"], "name": "新名字"})
    deliver(remote, wire.full)
    assert link.cmds().count("show.events") == 2
    deliver(remote, wire.answer(link, "show.events"), wire.full)
    assert remote.snapshot()["runsheet"][0]["name"] == "新名字"
    assert link.cmds().count("show.events") == 2  # in step again
