"""Block list, keywords, desk deletes, mute and relay settings are Studio commands: stored as
show events (so a reopened show has them), published to every desk, undone by their inverse."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from app.core import comments as cm
from app.core.comments import Comment
from app.live.relays import RelayManager
from app.live.server import LiveServer
from app.studio.feed import CommentFeed
from app.studio.studio import CommandError, Studio
from tests.conftest import comment


def _published(s: Studio) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    s.published.connect(lambda m: out.append(m) if m.get("type") == "state" else None)
    return out


def _reopened(s: Studio) -> Studio:
    assert s.feed is not None and s.show_id is not None
    feed = CommentFeed(s.feed.pipeline)
    other = Studio(s.store, clock=s.clock, feed=feed)
    other.open_show(s.show_id)
    return other


def test_a_block_hides_the_viewer_everywhere_and_survives_a_reopen(live_studio: Studio) -> None:
    s = live_studio
    states = _published(s)
    s.execute("feed.block", {"platform": "douyin", "user_id": "u1"})
    assert s.feed is not None and s.feed.is_blocked(comment(1))  # type: ignore[arg-type]
    assert states[-1]["state"]["inputs"]["blocked"] == [{"platform": "douyin", "user_id": "u1"}]
    other = _reopened(s)
    assert other.feed is not None and other.feed.is_blocked(comment(1))  # type: ignore[arg-type]
    s.execute("feed.unblock", {"platform": "douyin", "user_id": "u1"})  # the undo
    assert not s.feed.is_blocked(comment(1))  # type: ignore[arg-type]
    assert not _reopened(s).feed.is_blocked(comment(1))  # type: ignore[union-attr, arg-type]
    other.feed.stop()
    with pytest.raises(CommandError):
        s.execute("feed.block", {"platform": "douyin"})


def test_keywords_highlight_new_comments_and_the_previous_list_undoes(live_studio: Studio) -> None:
    s = live_studio
    assert s.feed is not None
    reply = s.execute("feed.keywords", {"keywords": "包邮，秒杀"})
    assert reply["keywords"] == ["包邮", "秒杀"] and reply["previous"] == ["福袋", "扣1", "想要"]
    s.feed.pipeline.accept([comment(5, "包邮吗")], "t", time.time())  # type: ignore[list-item]
    got = s.feed.drain()
    assert got[0].flags & cm.KEYWORD
    assert _reopened(s).snapshot()["inputs"]["keywords"] == ["包邮", "秒杀"]
    s.execute("feed.keywords", {"keywords": reply["previous"]})
    assert s.feed.keywords == ["福袋", "扣1", "想要"]


def test_a_comment_deleted_by_the_desk_is_marked_on_every_desk_and_restorable(live_studio: Studio) -> None:
    s = live_studio
    assert s.feed is not None
    s.feed.pipeline.accept([comment(7, "广告")], "t", time.time())  # type: ignore[list-item]
    c: Comment = s.feed.drain()[0]
    marked: list[list[int]] = []
    s.feed.deleted.connect(marked.append)
    s.execute("comment.delete", {"comment_id": c.id})
    assert c.deleted and marked == [[c.id]]
    assert s.snapshot()["inputs"]["deleted"] == [c.id]
    s.execute("comment.restore", {"comment_id": c.id})
    assert not c.deleted and marked == [[c.id], [c.id]]


def test_mute_is_a_command_and_published(live_studio: Studio) -> None:
    s = live_studio
    states = _published(s)
    s.execute("speech.mute", {"muted": True})
    assert s.speaker is not None and s.speaker.muted and states[-1]["state"]["inputs"]["muted"] is True
    assert not s.say("测试")
    with pytest.raises(CommandError):
        s.execute("speech.mute", {"muted": "yes"})


def test_relay_settings_return_while_the_network_loop_is_busy(live_studio: Studio) -> None:
    """The GUI thread never waits for the server's loop: the old call blocked up to 10 s."""
    s = live_studio
    assert s.feed is not None
    server = LiveServer(lambda c, a: asyncio.Future(), port=0)  # type: ignore[arg-type, return-value]
    server.start()
    s.relays = RelayManager(server, s.feed.pipeline)
    busy = threading.Event()
    assert server.loop is not None
    server.loop.call_soon_threadsafe(busy.wait, 30)  # the loop is stuck until we let it go
    try:
        reply = s.execute("relays.set", {"relays": [{"format": "barragegrab", "url": "ws://127.0.0.1:9"}]})
        assert reply["relays"][0]["format"] == "barragegrab" and not busy.is_set()
        assert s.snapshot()["inputs"]["relays"] == reply["relays"]
        with pytest.raises(CommandError):
            s.execute("relays.set", {"relays": [{"format": "twitch", "url": "wss://x"}]})  # no channel
    finally:
        busy.set()
        s.relays.stop()
        server.stop()




def test_the_mute_menu_follows_a_mute_from_another_desk(qtbot, live_studio: Studio) -> None:  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    w = MainWindow(live_studio)
    qtbot.addWidget(w)
    live_studio.execute("speech.mute", {"muted": True})  # e.g. a Stream Deck over /control
    assert w.mute_action.isChecked()
    w.mute_action.setChecked(False)  # and the menu mutes/unmutes through the command
    assert live_studio.speaker is not None and not live_studio.speaker.muted
