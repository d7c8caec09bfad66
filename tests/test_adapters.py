"""Relay adapter behaviour a user notices: anonymous viewers, early events, text clean-up, room end."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from app.core import lottery as lt
from app.core.comments import Comment
from app.core.triage import comment_matches
from app.live import ingest
from app.live.adapters import FrameState, clean_text, parse_frame
from app.live.ingest import IngestPipeline
from app.models.db import open_database
from app.models.store import Store
from app.models.writer import CommentWriter, next_comment_id

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "relays"


def bg_chat(msg_id: int, uid: int, name: str, text: str) -> str:
    data = {"MsgId": msg_id, "User": {"Id": uid, "Nickname": name, "FollowStatus": 1,
                                      "FansClub": {"ClubName": "", "Level": 3}}, "Content": text}
    return json.dumps({"Type": 1, "ProcessName": "直播伴侣", "Data": json.dumps(data, ensure_ascii=False)})


def test_anonymous_douyin_viewers_are_kept_marked_and_never_lottery_entrants() -> None:
    st = FrameState()
    frames = [bg_chat(1, 111111, "用户***", "福袋福袋"), bg_chat(2, 111111, "用户5***3", "福袋"),
              bg_chat(3, 93000000001, "晴天", "福袋")]
    comments = [c for f in frames for c in parse_frame(f, st, time.time())[0]]
    assert [c.anonymous for c in comments] == [True, True, False]  # kept in the feed, marked
    assert comments[0].to_json()["anonymous"] is True
    entrants = lt.Entrants()
    entrants.add_from(comments, lt.EntryRule("福袋"), comment_matches)
    assert entrants.keys == ["douyin:93000000001"]  # a prize nobody could be given is never drawn


@pytest.fixture
def pipeline(tmp_path: Path):  # type: ignore[no-untyped-def]
    engine = open_database(tmp_path)
    show = Store(engine).create_show("early")
    writer = CommentWriter(engine)
    p = IngestPipeline(writer, next_comment_id(engine))
    yield p, engine, show
    writer.close()
    engine.dispose()


class Ctx:
    def __init__(self) -> None:
        self.peer, self.source, self.state = "test", "", {}  # type: ignore[var-annotated]


def test_events_before_a_show_opens_are_stored_once_it_does(pipeline, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    p, engine, show = pipeline
    monkeypatch.setattr(ingest, "EARLY_LIMIT", 3)
    ctx: Any = Ctx()
    for i in range(5):  # a relay's burst on connect, before any show is open
        p.on_frame(bg_chat(100 + i, 93000000000 + i, f"u{i}", f"第{i}条"), ctx)
    assert p.accepted == 0
    p.set_show(show)
    assert p.writer.flush()
    rows = Store(engine).comments(show)
    assert [c.text for c in rows] == ["第0条", "第1条", "第2条"]  # held and stored in order
    assert p.sources["barragegrab"].malformed == {"no_show_open": 2}  # past the bound: counted, not lost unseen


def test_text_clean_up_keeps_image_alt_and_emoji_and_unwraps_irc_action() -> None:
    assert clean_text('好看<img src="x.png" alt="😍"> <b>真的</b> &amp; 便宜') == "好看😍 真的 & 便宜"
    assert clean_text("no markup 👍") == "no markup 👍"
    st = FrameState()
    line = "@id=x1;user-id=7;display-name=Ann :ann!ann@ann.tmi.twitch.tv PRIVMSG #c :\x01ACTION 下单了 🎉\x01"
    [c], bad = parse_frame(line, st, time.time())
    assert bad == [] and c.text == "下单了 🎉"


def test_douyinlive_room_end_is_one_event_and_status_frames_are_counted_not_malformed() -> None:
    st = FrameState()
    lines = (FIXTURES / "douyinlive" / "frames.jsonl").read_text(encoding="utf-8").splitlines()
    out: list[Comment] = []
    bad: list[str] = []
    for line in lines:
        got, reasons = parse_frame(line, st, time.time())
        out += got
        bad += reasons
    assert bad == []
    ends = [c for c in out if c.kind == "room_end"]
    assert len(ends) == 1 and ends[0].text == "直播已结束"
    assert st.skipped["status"] == 1 and st.skipped["room_end_repeat"] == 1


def test_health_panel_shows_what_each_source_did_not_store_and_the_room_end(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.feed_view import HealthPanel

    class Stub:
        def feed_stats(self) -> dict[str, Any]:
            return {"total": 30, "per_second": 0.0, "malformed": 0, "duplicates": 0, "viewers": 12034,
                    "anonymous": 2, "room_ended": {"douyin": 1764050028.0},
                    "sources": {"douyinlive": {"events": 30, "per_second": 0.0, "last_event_age_s": 1.0,
                                               "malformed": {}, "reconnects": 0,
                                               "skipped": {"fansclub": 1, "gift_streak_frame": 4}}}}

    panel = HealthPanel(Stub())  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    cells = [panel.table.item(0, col).text() for col in range(panel.table.columnCount())]
    assert cells[-1] == "fansclub: 1, gift_streak_frame: 4"
    assert "room has ended" in panel.summary.text() and "anonymous" in panel.summary.text()


def test_social_stream_paid_events_and_wrapped_messages_are_read() -> None:
    st = FrameState()
    rows = [{"type": "tiktok", "event": "gift", "chatname": "Neo", "userid": "neo", "chatmessage": "Rose × 1",
             "hasDonation": "", "id": 1, "meta": {"giftName": "Rose", "tiktokGiftCount": 1}},
            {"overlayNinja": {"type": "youtube", "chatname": "Ann", "userid": "UCann", "chatmessage": "hi",
                              "event": False, "id": 2}},
            {"dataReceived": {"overlayNinja": {"type": "twitch", "chatname": "Tom", "chatmessage": "yo", "id": 3}}}]
    out: list[Comment] = []
    for r in rows:
        got, bad = parse_frame(json.dumps(r), st, time.time())
        assert bad == []
        out += got
    assert [(c.kind, c.platform, (c.extra or {}).get("gift") or c.text) for c in out] == [
        ("gift", "tiktok", "Rose"), ("comment", "youtube", "hi"), ("comment", "twitch", "yo")]
