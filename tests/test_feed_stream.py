"""The studio's side of the second desk's feed: bounded `comments` messages and `feed.recent`."""

from __future__ import annotations

import time
from typing import Any

from pytestqt.qtbot import QtBot

from app.core import feed_wire as fw
from app.studio.feed_stream import FeedStream
from app.studio.studio import Studio
from tests.conftest import comment


def feed(studio: Studio, *comments: object) -> None:
    assert studio.feed is not None
    studio.feed.pipeline.accept(list(comments), "test", time.time())  # type: ignore[arg-type]
    studio.feed.drain()


def stream(studio: Studio) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []
    studio.published.connect(lambda m: sent.append(m) if m["type"] == "comments" else None)
    FeedStream(studio)
    return sent


def test_a_flood_is_sent_bounded_newest_last_with_what_was_left_out(live_studio: Studio, qtbot: QtBot) -> None:
    sent = stream(live_studio)
    feed(live_studio, *[comment(i, f"第{i}条") for i in range(3000)])
    qtbot.waitUntil(lambda: bool(sent), timeout=2000)
    assert len(sent) == 1
    texts = [c["text"] for c in sent[0]["comments"]]
    assert len(texts) == fw.BATCH_MAX and texts[-1] == "第2999条" and texts[0] == f"第{3000 - fw.BATCH_MAX}条"
    assert sent[0]["skipped"] == 3000 - fw.BATCH_MAX and sent[0]["show_id"] == live_studio.show_id

    recent = live_studio.execute("feed.recent", {"after_id": sent[0]["comments"][-1]["id"] - 10})
    assert [c["text"] for c in recent["comments"]] == [f"第{i}条" for i in range(2990, 3000)]
    assert recent["skipped"] == 0
    newest = live_studio.execute("feed.recent", {})  # what the studio's desk was handed: one drain's newest
    assert [c["text"] for c in newest["comments"]] == texts and newest["skipped"] == 0
    more = [comment(i, f"第{i}条") for i in range(3000, 3000 + fw.RECENT_MAX)]
    for n in range(0, len(more), 100):
        feed(live_studio, *more[n:n + 100])
    newest = live_studio.execute("feed.recent", {})
    assert len(newest["comments"]) == fw.RECENT_MAX and newest["skipped"] == len(texts)


def test_a_comment_crosses_the_wire_as_the_feed_shows_it(live_studio: Studio, qtbot: QtBot) -> None:
    sent = stream(live_studio)
    live_studio.execute("show.start")
    feed(live_studio, comment(1, "全网最便宜吗？"), comment(2, kind="gift", gift="小心心", count=3))
    qtbot.waitUntil(lambda: bool(sent), timeout=2000)
    asked, gift = sent[0]["comments"]
    assert "question" in asked["tags"] and "absolute" in asked["tags"]
    assert asked["masked"] == "全网＊便宜吗？"  # the studio's word list decides; the desk has none
    assert gift["kind"] == "gift" and gift["extra"] == {"gift": "小心心", "count": 3}
    back = fw.from_wire(asked)
    assert live_studio.feed is not None
    assert back == live_studio.feed.find(back.id)  # the same Comment on the second desk


def test_likes_and_viewer_counts_stay_off_the_stream(live_studio: Studio, qtbot: QtBot) -> None:
    sent = stream(live_studio)
    feed(live_studio, comment(1, kind="like"), comment(2, kind="viewers", online=120), comment(3, "好看"))
    qtbot.waitUntil(lambda: bool(sent), timeout=2000)
    assert [c["kind"] for c in sent[0]["comments"]] == ["comment"]


def test_nothing_is_built_while_no_second_desk_listens(live_studio: Studio, qtbot: QtBot) -> None:
    sent: list[dict[str, Any]] = []
    live_studio.published.connect(lambda m: sent.append(m) if m["type"] == "comments" else None)
    stream_ = FeedStream(live_studio)
    stream_.wanted = lambda: False
    feed(live_studio, *[comment(i) for i in range(50)])
    assert not stream_.pending and not stream_._timer.isActive()
    stream_.wanted = lambda: True  # a desk connected: it catches up with feed.recent, then gets what follows
    feed(live_studio, comment(50, "新的"))
    qtbot.waitUntil(lambda: bool(sent), timeout=2000)
    assert [c["text"] for m in sent for c in m["comments"]] == ["新的"] and sent[0]["skipped"] == 0


def test_the_stream_and_the_catch_up_say_how_far_the_feed_has_come(live_studio: Studio, qtbot: QtBot) -> None:
    """`position`: every row the feed took that a desk could have been sent, likes and viewer counts
    left out, so a desk's own count of comments received says how many it missed."""
    sent = stream(live_studio)
    feed(live_studio, comment(1, kind="like"), comment(2, kind="viewers", online=9), comment(3, "好看"))
    qtbot.waitUntil(lambda: bool(sent), timeout=2000)
    assert sent[-1]["position"] == 1
    feed(live_studio, *[comment(i, f"第{i}条") for i in range(4, 3004)])  # a flood: the drain's newest 200
    qtbot.waitUntil(lambda: len(sent) == 2, timeout=2000)
    assert sent[-1]["position"] == 3001 and len(sent[-1]["comments"]) == fw.BATCH_MAX
    recent = live_studio.execute("feed.recent", {"after_id": 0})
    assert recent["position"] == 3001 and recent["run"] == sent[-1]["run"]
