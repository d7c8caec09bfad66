"""The second desk's feed as it takes the studio's stream and catch-up: each comment once, in order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.core.feed_wire import to_wire
from app.studio.remote_feed import RemoteFeed
from tests.conftest import comment


def wire(*ids: int) -> list[dict[str, Any]]:
    out = []
    for i in ids:
        c = comment(i, f"第{i}条")
        c.id = i  # type: ignore[attr-defined]
        out.append(to_wire(c))  # type: ignore[arg-type]
    return out


class Studio:
    """What the desk's feed sends: kept, answered by the test."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, dict[str, Any], Callable[[dict[str, Any]], None]]] = []

    def send(self, cmd: str, args: dict[str, Any], done: Callable[[dict[str, Any]], None]) -> None:
        self.asked.append((cmd, args, done))


def test_the_catch_up_and_the_stream_overlap_without_repeats(qapp: object) -> None:
    studio = Studio()
    published = {"show": 1}  # the show in the studio's last published state
    feed = RemoteFeed(studio.send, studio_show=lambda: published["show"])
    shown: list[int] = []
    gaps: list[int] = []
    feed.arrived.connect(lambda batch: shown.extend(c.id for c in batch))
    feed.gap.connect(gaps.append)
    feed.catch_up()
    feed.catch_up()  # asked again while the first is on its way: one question
    assert [(cmd, args) for cmd, args, _ in studio.asked] == [("feed.recent", {"after_id": 0})]
    feed.on_comments({"type": "comments", "show_id": 1, "skipped": 0, "comments": wire(5, 6)})  # held
    assert shown == []
    studio.asked[0][2]({"ok": True, "result": {"show_id": 1, "skipped": 40, "comments": wire(3, 4, 5)}})
    assert shown == [3, 4, 5, 6] and gaps == []  # the first look: older comments were not missed
    feed.on_comments({"type": "comments", "show_id": 1, "skipped": 7, "comments": wire(6, 20)})
    assert shown == [3, 4, 5, 6, 20] and gaps == [7]
    published["show"] = 2
    feed.on_comments({"type": "comments", "show_id": 2, "skipped": 0, "comments": wire(21)})
    assert shown[-1] == 20  # another show's: the desk follows it at its next catch-up

    feed.link_down()  # a drop while nothing is asked; then the reconnect's catch-up
    feed.catch_up()
    assert studio.asked[-1][1] == {"after_id": 20}
    feed.link_down()  # dropped again before the answer: the next connect asks anew
    feed.catch_up()
    assert len(studio.asked) == 3
    studio.asked[-1][2]({"ok": True, "result": {"show_id": 2, "skipped": 2, "comments": wire(21, 22)}})
    assert shown[-2:] == [21, 22] and gaps == [7, 9] and feed.show_id == 2
    assert list(feed.window) == [21, 22]  # another show: the window starts again


def test_a_refused_catch_up_still_follows_the_studios_show(qapp: object) -> None:
    studio = Studio()
    published = {"show": 1}
    feed = RemoteFeed(studio.send, studio_show=lambda: published["show"])
    shown: list[int] = []
    feed.arrived.connect(lambda batch: shown.extend(c.id for c in batch))
    feed.catch_up()
    studio.asked[-1][2]({"ok": True, "result": {"show_id": 1, "skipped": 0, "comments": wire(1, 2)}})
    published["show"] = 2  # the studio opened another show; the desk catches up
    feed.catch_up()
    feed.on_comments({"type": "comments", "show_id": 2, "skipped": 0, "comments": wire(3, 4)})
    studio.asked[-1][2]({"ok": False, "error": {"code": "busy", "message": "try again"}})
    assert feed.show_id == 2 and shown == [1, 2, 3, 4]  # the new show's stream shows, not a blank feed
    assert list(feed.window) == [3, 4]
    feed.on_comments({"type": "comments", "show_id": 2, "skipped": 0, "comments": wire(5)})
    assert shown[-1] == 5


def test_a_reconnect_in_a_flood_counts_each_missed_comment_once(qapp: object) -> None:
    """Rows 1-100 of a flood, the studio's `position` counting them. The desk sees 9-10 first, then the
    stream's 25-30; it drops while rows 31-54 go out, and the catch-up after 30 (limited to the newest
    15 it holds: 56-70) crosses a stream message (55-60) it held meanwhile. Missed: 11-24 and 31-55,
    39 rows; summing each message's own `skipped` said 63."""
    studio = Studio()
    feed = RemoteFeed(studio.send, studio_show=lambda: 1)
    gaps: list[int] = []
    feed.gap.connect(gaps.append)
    feed.catch_up()
    studio.asked[-1][2]({"ok": True, "result": {"show_id": 1, "skipped": 8, "position": 10, "run": "a",
                                                "comments": wire(9, 10)}})
    feed.on_comments({"type": "comments", "show_id": 1, "skipped": 14, "position": 30, "run": "a",
                      "comments": wire(*range(25, 31))})
    assert feed.skipped == 14
    feed.link_down()
    feed.catch_up()
    assert studio.asked[-1][1] == {"after_id": 30}
    feed.on_comments({"type": "comments", "show_id": 1, "skipped": 24, "position": 60, "run": "a",
                      "comments": wire(*range(55, 61))})
    studio.asked[-1][2]({"ok": True, "result": {"show_id": 1, "skipped": 25, "position": 70, "run": "a",
                                                "comments": wire(*range(56, 71))}})
    assert feed.last_id == 70 and feed.skipped == 39 and gaps[-1] == 39
    feed.on_comments({"type": "comments", "show_id": 1, "skipped": 0, "position": 72, "run": "a",
                      "comments": wire(71, 72)})
    assert feed.skipped == 39  # nothing more missed


def test_a_studio_restarted_meanwhile_counts_its_new_run_from_zero(qapp: object) -> None:
    """A restart starts the studio's `position` again at 0 under a new `run`: of the new run's rows,
    those the desk never received are missed, however far the new run has come."""
    studio = Studio()
    feed = RemoteFeed(studio.send, studio_show=lambda: 1)
    feed.catch_up()
    studio.asked[-1][2]({"ok": True, "result": {"show_id": 1, "skipped": 0, "position": 500, "run": "a",
                                                "comments": wire(9, 10)}})
    feed.on_comments({"type": "comments", "show_id": 1, "skipped": 5, "position": 507, "run": "a",
                      "comments": wire(16, 17)})
    assert feed.skipped == 5
    feed.link_down()  # the studio restarts and takes 3,000 rows before the desk is back: it holds the newest 500
    feed.catch_up()
    studio.asked[-1][2]({"ok": True, "result": {"show_id": 1, "skipped": 2500, "position": 3000, "run": "b",
                                                "comments": wire(*range(2518, 3018))}})
    assert feed.skipped == 5 + 2500
    feed.on_comments({"type": "comments", "show_id": 1, "skipped": 0, "position": 3002, "run": "b",
                      "comments": wire(3018, 3019)})
    assert feed.skipped == 5 + 2500 and feed.last_id == 3019


def test_the_last_comments_of_a_show_the_studio_left_are_not_missed(qapp: object) -> None:
    studio = Studio()
    shown = {"show": 1}
    feed = RemoteFeed(studio.send, studio_show=lambda: shown["show"])
    feed.catch_up()
    studio.asked[-1][2]({"ok": True, "result": {"show_id": 1, "skipped": 0, "position": 10, "run": "a",
                                                "comments": wire(9, 10)}})
    feed.on_comments({"type": "comments", "show_id": 1, "skipped": 0, "position": 12, "run": "a",
                      "comments": wire(11, 12)})
    shown["show"] = 2  # the studio goes on to show 2; the desk catches up on it
    feed.catch_up()
    feed.on_comments({"type": "comments", "show_id": 1, "skipped": 0, "position": 20, "run": "a",
                      "comments": wire(*range(13, 21))})  # show 1's last, held meanwhile
    studio.asked[-1][2]({"ok": True, "result": {"show_id": 2, "skipped": 0, "position": 25, "run": "a",
                                                "comments": wire(*range(21, 26))}})
    feed.on_comments({"type": "comments", "show_id": 2, "skipped": 0, "position": 27, "run": "a",
                      "comments": wire(26, 27)})
    assert feed.show_id == 2 and feed.skipped == 0
