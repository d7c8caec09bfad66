"""Issue #13 finding 1: one bad event never costs the others; validation happens once, at the edge."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, select

from app.core.comments import KINDS, Comment
from app.core.edge import INT64_MAX, clean_text, normalise
from app.live.adapters import FrameState, parse_frame
from app.live.ingest import IngestPipeline
from app.live.server import IngestContext
from app.models.db import open_database
from app.models.schema import CommentRow, DeadLetter
from app.models.store import Store
from app.models.writer import CommentWriter, next_comment_id
from app.models.writer_process import ProcessWriter


def comment(i: int, **kw: object) -> Comment:
    c = Comment("comment", "douyin", f"m{i}", 1_764_000_000.0 + i, f"u{i}", "观众", f"第{i}条", id=i)
    for k, v in kw.items():
        setattr(c, k, v)
    return c


def test_text_is_repaired_not_refused() -> None:
    c = comment(1, text="半个表情\ud83d结尾\x00\x07", user_name="\udc00名字")
    assert normalise(c) is None
    assert c.text == "半个表情\ufffd结尾" and c.user_name == "\ufffd名字"
    c.text.encode("utf-8")  # storable as UTF-8
    assert clean_text("tab\tand\nnewline") == "tab\tand\nnewline"


def test_invisible_text_is_not_a_comment_and_bidi_overrides_go() -> None:
    """A comment of only zero-width characters looks empty in the feed; a viewer's U+202E would turn
    the rest of the line backwards. Emoji joined by U+200D and Arabic text stay as they are."""
    assert normalise(comment(1, text="\u200b\u200b")) == "missing_text"
    assert normalise(comment(2, text="\ufeff \u2060")) == "missing_text"
    c = comment(3, text="好评\u202e返现", user_name="\u2067名字\u2069")
    assert normalise(c) is None and (c.text, c.user_name) == ("好评返现", "名字")
    for text in ("👨\u200d👩\u200d👧", "مرحبا", "\u200b3号链接"):
        c = comment(4, text=text)
        assert normalise(c) is None and c.text == text


def test_impossible_numbers_are_refused_with_a_reason() -> None:
    assert normalise(comment(1, ts=math.nan)) == "bad_ts"
    assert normalise(comment(1, ts=math.inf)) == "bad_ts"
    assert normalise(comment(1, fans_level=2 ** 64)) == "bad_number"
    assert normalise(comment(1, extra={"value": math.inf})) == "bad_number"
    assert normalise(comment(1, extra={"count": -(2 ** 70)})) == "bad_number"
    assert normalise(comment(1, kind="bogus")) == "bad_kind"
    assert normalise(comment(1, fans_level=INT64_MAX)) is None


@pytest.mark.parametrize("make", [CommentWriter, ProcessWriter], ids=["thread", "process"])
def test_a_poison_row_is_set_aside_and_the_queue_goes_on(tmp_path: Path, make: type[CommentWriter]) -> None:
    """The writer is given rows that bypassed the edge: it stores the rest and dead-letters those."""
    engine = open_database(tmp_path)
    show = Store(engine).create_show("w")
    writer = make(engine, retry_s=0.01)
    rows = [comment(i) for i in range(1, 5_001)]
    rows[10].text = "\ud83d"  # lone surrogate: sqlite3 cannot encode it
    rows[20].fans_level = 2 ** 64  # beyond SQLite's INTEGER
    rows[30].msg_id = "m1"  # a real duplicate by (show, platform, msg_id): skipped, not an error
    writer.put(show, rows)
    writer.put(show, [comment(6_000)])
    writer.put(show, [comment(6_001, id=1)])  # a colliding id is a real failure, not a duplicate
    writer.close()
    assert Store(engine).count_comments(show) == {"comment": 4_998}
    assert (writer.dead_letters, writer.duplicates) == (3, 1) and writer.pending == 0
    with engine.connect() as conn:
        dead = conn.execute(select(DeadLetter.reason, DeadLetter.payload)).all()
    assert len(dead) == 3
    assert any("UNIQUE" in r or "Integrity" in r for r, _ in dead)
    assert {json.loads(p)["id"] for _, p in dead} == {11, 21, 1}
    assert writer.error is None


def test_the_pipeline_normalises_before_the_writer(tmp_path: Path) -> None:
    engine = open_database(tmp_path)
    show = Store(engine).create_show("w")
    writer = CommentWriter(engine)
    pipe = IngestPipeline(writer, next_comment_id(engine))
    pipe.show_id = show
    ctx = IngestContext(peer="127.0.0.1")
    poison = ['{"type":"comment","platform":"douyin","msg_id":"a","text":"\\ud83d","ts":1764000000}',
              '{"type":"comment","platform":"douyin","msg_id":"b","text":"hi","ts":NaN}',
              '{"type":"comment","platform":"douyin","msg_id":"c","text":"hi","user":{"fans_level":1e999}}',
              '{"type":"comment","platform":"douyin","msg_id":"d","text":"hi",'
              '"user":{"fans_level":99999999999999999999999}}',
              "[" * 100_000 + "]" * 100_000]
    for f in poison:
        pipe.on_frame(f, ctx)
    for i in range(1_000):
        pipe.on_frame(json.dumps({"type": "comment", "platform": "douyin", "msg_id": f"g{i}", "text": "好"}), ctx)
    writer.close()
    # the repaired "a", "c" (the adapter reads an infinite fans level as none) and the 1,000
    assert Store(engine).count_comments(show) == {"comment": 1_002}
    assert writer.dead_letters == 0
    reasons = pipe.sources["generic"].malformed + pipe.sources[""].malformed + pipe.sources["unknown"].malformed
    assert (reasons["bad_ts"], reasons["bad_number"], reasons["too_deep"]) == (1, 1, 1)


json_leaf = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
json_value = st.recursive(json_leaf, lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(), kids,
                                                                                                  max_size=4),
                          max_leaves=12)


@pytest.fixture(scope="module")
def fuzz_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    engine = open_database(tmp_path_factory.mktemp("fuzz"))
    yield engine
    engine.dispose()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(events=st.lists(st.builds(
    Comment, kind=st.sampled_from(KINDS), platform=st.text(max_size=30), msg_id=st.text(max_size=90),
    ts=st.floats() | st.integers(), user_id=st.text(max_size=90), user_name=st.text(max_size=200),
    text=st.text(max_size=300), follower=st.booleans(), fans_level=st.integers(),
    extra=st.none() | st.dictionaries(st.text(max_size=10), json_value, max_size=4)), max_size=30))
def test_any_normalised_event_is_stored(fuzz_engine: Engine, events: list[Comment]) -> None:
    """Writer fuzzing: whatever passes the edge is stored exactly once, nothing dead-letters."""
    engine = fuzz_engine
    show = Store(engine).create_show("w")
    writer = CommentWriter(engine)
    ok = []
    keys: set[tuple[str, str]] = set()
    first = next_comment_id(engine)
    for n, c in enumerate(events, first):
        c.id = n
        if normalise(c) is None and (c.platform, c.msg_id) not in keys:
            keys.add((c.platform, c.msg_id))
            ok.append(c)
    writer.put(show, ok)
    writer.close()
    with engine.connect() as conn:
        stored = conn.execute(select(CommentRow.id, CommentRow.text).where(CommentRow.show_id == show)).all()
    assert writer.dead_letters == 0
    assert sorted(stored) == sorted((c.id, c.text) for c in ok)


frames = (st.text(max_size=400) | st.binary(max_size=200)
          | json_value.map(lambda v: json.dumps(v, ensure_ascii=False, allow_nan=True)))


def _any_object(fmt_keys: dict[str, object]) -> st.SearchStrategy[str]:
    return st.fixed_dictionaries(fmt_keys, optional={"x": json_value}).map(json.dumps)  # type: ignore[arg-type]


some_id = st.text(min_size=1, max_size=30) | st.integers() | json_value
some_num = st.integers() | st.floats() | json_value
some_text = st.text(min_size=1, max_size=50) | json_value
user = st.fixed_dictionaries({}, optional={"id": some_id, "name": some_text, "follower": json_value,
                                           "fans_level": some_num})
bg_data = st.fixed_dictionaries({"MsgId": some_id}, optional={
    "Content": some_text, "User": st.fixed_dictionaries({}, optional={
        "Id": some_id, "Nickname": some_text, "FollowStatus": some_num,
        "FansClub": st.fixed_dictionaries({}, optional={"Level": some_num})}),
    "Count": some_num, "Total": some_num, "GiftName": some_text, "RepeatCount": some_num, "Combo": json_value,
    "RepeatEnd": json_value, "DiamondCount": some_num, "OnlineUserCount": some_num})

adapter_frames = st.one_of(
    frames,
    _any_object({"type": st.sampled_from(KINDS), "msg_id": some_id, "ts": some_num, "text": some_text,
                 "user": user | json_value, "count": some_num, "value": some_num, "sku": some_text,
                 "online": some_num, "gift": some_text, "platform": some_text}),
    _any_object({"Type": st.integers(0, 9) | json_value, "Data": bg_data | bg_data.map(json.dumps) | json_value}),
    _any_object({"common": st.fixed_dictionaries({"method": st.sampled_from(
        ["WebcastChatMessage", "WebcastGiftMessage", "WebcastLikeMessage", "WebcastRoomUserSeqMessage",
         "WebcastSocialMessage", "WebcastMemberMessage"]), "msgId": some_id, "createTime": some_num}),
        "user": st.fixed_dictionaries({}, optional={"id": some_id, "nickname": some_text,
                                                    "fansClub": st.fixed_dictionaries({}, optional={
                                                        "level": some_num})}) | json_value,
        "content": some_text, "repeatEnd": some_num, "gift": json_value, "total": some_num,
        "comboCount": some_num, "repeatCount": some_num, "count": some_num}),
    _any_object({"event": st.sampled_from(["chat", "gift", "like", "social", "roomUser", "member"]),
                 "data": st.fixed_dictionaries({"msgId": some_id}, optional={
                     "comment": some_text, "createTime": some_num, "giftType": some_num, "repeatEnd": json_value,
                     "repeatCount": some_num, "diamondCount": some_num, "likeCount": some_num, "userId": some_id,
                     "nickname": some_text, "displayType": some_text, "viewerCount": some_num})}),
    _any_object({"chatname": some_text, "chatmessage": some_text, "id": some_id, "type": some_text},
                ) | st.fixed_dictionaries({"event": st.sampled_from(["viewer_update", "follow", "like", "message"]),
                                           "meta": json_value | st.fixed_dictionaries({"messageId": some_id}),
                                           "chatmessage": some_text, "hasDonation": json_value}).map(json.dumps),
    st.tuples(st.text(max_size=40), st.text(max_size=80)).map(
        lambda t: f"@id={t[0]};tmi-sent-ts={t[0]};display-name={t[1]} :u!u@u PRIVMSG #c :{t[1]}"),
    st.text(max_size=40).map(lambda t: f"@target-msg-id={t};login=x :tmi.twitch.tv CLEARMSG #c :{t}"),
)


@settings(max_examples=400, deadline=None)
@given(frame=adapter_frames)
def test_any_frame_gives_events_or_counted_reasons(frame: str | bytes) -> None:
    """Adapter fuzzing: every adapter, any frame: events that pass the edge, or reasons, never an exception."""
    st_ = FrameState()
    comments, bad = parse_frame(frame, st_, 1_764_000_000.0)
    assert all(isinstance(r, str) and r for r in bad)
    for c in comments:
        reason = normalise(c)
        if reason is None:
            json.dumps(c.to_json(), allow_nan=False).encode("utf-8")  # publishable and storable


@pytest.mark.parametrize("frame", [
    {"type": "order", "msg_id": "o1", "sku": "A", "amount": 1e300},  # 1e300 yuan
    {"type": "order", "msg_id": "o2", "sku": "A", "amount": -5},
    {"type": "order", "msg_id": "o3", "sku": "A", "amount": "abc"},
    {"type": "order", "msg_id": "o4", "sku": "A", "quantity": 0},
    {"type": "order", "msg_id": "o5", "sku": "A", "quantity": 2.5},
    {"type": "gift", "msg_id": "g1", "gift": "玫瑰", "count": 1, "value": 1e300},
    {"type": "gift", "msg_id": "g2", "gift": "玫瑰", "count": 1, "value": -1},
    {"type": "like", "count": -1_000_000},
    {"type": "viewers", "online": -5, "total": 100},
    {"type": "viewers", "online": 5, "total": 10**14},
])
def test_numbers_outside_their_bounds_are_refused_as_bad_number(frame: dict[str, object]) -> None:
    """Every number an event carries is finite, non-negative and within docs/protocol.md's bounds,
    or the event is counted as bad_number and never stored (the review once showed UV −7)."""
    comments, bad = parse_frame(json.dumps(frame), FrameState(), 1_764_000_000.0)
    assert bad == [] and len(comments) == 1
    assert normalise(comments[0]) == "bad_number"


def test_numbers_within_bounds_are_kept_and_amounts_become_fen() -> None:
    frame = {"type": "order", "msg_id": "o1", "sku": "A", "quantity": 2.0, "amount": "99.5"}
    [c] = parse_frame(json.dumps(frame), FrameState(), 1_764_000_000.0)[0]
    assert normalise(c) is None
    assert c.extra is not None and c.extra["amount_fen"] == 9950 and c.extra["quantity"] == 2
    assert isinstance(c.extra["quantity"], int)
    [v] = parse_frame('{"type": "viewers", "online": 0, "total": 12}', FrameState(), 1_764_000_000.0)[0]
    assert normalise(v) is None
