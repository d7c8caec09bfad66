"""Relays that connect or post to LiveDeck (issue #18): detection by shape, ids for relays that send
none, HTTP POST on /ingest, binary frames, and the per-relay fixes a host would notice."""

from __future__ import annotations

import collections
import concurrent.futures
import gzip
import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from websockets.sync.client import connect

from app.core.comments import Comment
from app.live.adapters import SHAPES, FrameState, detect, flush_streaks, parse_frame, shape_of
from app.live.server import IngestContext, LiveServer
from tests.procs import Serve
from tests.test_relays_fixtures import FIXTURES, STREAMS, frames, quit_when_settled, stored
from tests.waits import wait_for


def run(items: list[Any], st: FrameState | None = None, t0: float = 1_764_050_000.0) -> tuple[list[Comment], list[str]]:
    st = st or FrameState()
    out: list[Comment] = []
    bad: list[str] = []
    for i, f in enumerate(items):
        got, why = parse_frame(f if isinstance(f, str | bytes) else json.dumps(f, ensure_ascii=False), st, t0 + i)
        out += got
        bad += why
    return out + flush_streaks(st), bad


# ---- detection by shape -------------------------------------------------------------------------------


def test_every_fixture_object_fits_exactly_one_relay_and_the_flood_shortcut_agrees() -> None:
    """Shapes, not guess order: each object of every relay's stream fits its own relay's shapes only."""
    for name in STREAMS:
        if name == "twitch":
            continue
        for frame in frames(name):
            data = json.loads(frame)
            for o in data if isinstance(data, list) else [data]:
                got, inner = detect(o)  # inner: the message itself when SSN wrapped it
                assert not isinstance(got, str), (name, o)
                assert name.startswith(got.format), (name, got.format)
                fitting = {s.format for s in SHAPES if s.fits(inner)}
                assert fitting == {got.format} or (got.format == "userscript" and fitting == {"userscript", "generic"})
                full = shape_of(inner)
                if got.format == "generic" or isinstance(full, str):
                    continue
                assert full.format == got.format  # detect()'s shortcut gives what the full scan gives


def test_dycast_is_not_douyinlive_and_userscript_is_not_livedeck() -> None:
    dycast = {"id": "7443", "method": "WebcastChatMessage", "user": {"id": "MS4w", "name": "晴天"}, "content": "1"}
    assert detect(dycast)[0].format == "dycast"  # type: ignore[union-attr]
    protojson = {"common": {"method": "WebcastChatMessage", "msgId": "7443"}, "method": "WebcastChatMessage",
                 "user": {"id": "1", "nickname": "晴天"}, "content": "1"}
    assert detect(protojson)[0].format == "douyinlive"  # type: ignore[union-attr]
    assert detect({"type": "comment", "username": "小明", "content": "1"})[0].format == "userscript"  # type: ignore[union-attr]
    assert detect({"type": "comment", "msg_id": "1", "text": "hi"})[0].format == "generic"  # type: ignore[union-attr]


def test_an_object_two_relays_could_send_is_refused_not_guessed() -> None:
    both = {"Type": 1, "Data": "{}", "event": "chat", "data": {}}  # BarrageGrab's two keys and TikTok's two
    out, bad = run([both, {"what": 1}])
    assert out == [] and bad == ["ambiguous_format", "unknown_format"]


# ---- ids for relays that send none ---------------------------------------------------------------------


def test_genuine_repeats_are_kept_and_nothing_after_a_reconnect_is_taken_for_a_resend(tmp_path: Path) -> None:
    """The 洛曦 script sends each new chat node once and buffers nothing across its reconnect (its lines
    106-138): what comes after a reconnect is new, even the same "1" the same viewer sent just before."""
    from app.live.ingest import IngestPipeline
    from app.models.db import open_database
    from app.models.store import Store
    from app.models.writer import CommentWriter, next_comment_id

    engine = open_database(tmp_path)
    show = Store(engine).create_show("ids")
    writer = CommentWriter(engine)
    p = IngestPipeline(writer, next_comment_id(engine))
    p.set_show(show)
    say = [{"type": "comment", "username": u, "content": t} for u, t in
           [("小明", "1"), ("小红", "扣1"), ("小明", "1"), ("小明", "1"), ("小红", "好看")]]
    first = IngestContext(peer="127.0.0.1")
    for f in say:
        p.on_frame(json.dumps(f, ensure_ascii=False), first)
    p.on_close(first)
    again = IngestContext(peer="127.0.0.1")  # the script reconnects; the viewers go on, in the same words
    for f in [*say[2:], {"type": "comment", "username": "小明", "content": "1"}]:
        p.on_frame(json.dumps(f, ensure_ascii=False), again)
    p.on_close(again)
    assert writer.flush()
    texts = [(c.user_name, c.text) for c in Store(engine).iter_comments(show)]
    writer.close()
    engine.dispose()
    assert texts == [("小明", "1"), ("小红", "扣1"), ("小明", "1"), ("小明", "1"), ("小红", "好看"),
                     ("小明", "1"), ("小明", "1"), ("小红", "好看"), ("小明", "1")]


def test_ids_never_repeat_across_connections_without_a_resend() -> None:
    tails: dict[str, Any] = {}
    a, b = FrameState(tails), FrameState(tails)
    one = {"type": "comment", "username": "小明", "content": "1"}
    first, _ = run([one], a)
    second, _ = run([{"type": "comment", "username": "小红", "content": "2"}, one], b)
    assert first[0].msg_id != second[1].msg_id  # not a replay in order: a new "1"


# ---- the relays' own fixes ---------------------------------------------------------------------------------


def test_douyinlive_roomstats_is_cumulative_and_screenchat_is_a_chat() -> None:
    common = {"method": "WebcastRoomStatsMessage", "msgId": "0", "createTime": "1764050000000"}
    stats = {"common": common, "displayShort": "2.6万", "displayMiddle": "2.6万", "displayLong": "2.6万人看过",
             "displayValue": "26012", "total": "26012", "displayType": "1"}
    seq = {"common": {**common, "method": "WebcastRoomUserSeqMessage"}, "total": "905", "totalUser": "26012"}
    chat = {"common": {"method": "WebcastScreenChatMessage", "msgId": "7443", "createTime": "1764050000000"},
            "user": {"id": "42", "nickname": "晴天"}, "content": "主播看我", "screenChatType": "1"}
    out, bad = run([seq, stats, chat])
    assert bad == []
    assert [c.extra for c in out if c.kind == "viewers"] == [{"online": 905, "total": 26012}, {"total": 26012}]
    assert [(c.kind, c.text) for c in out if c.kind == "comment"] == [("comment", "主播看我")]


def test_ssn_bilibili_gift_counts_its_units() -> None:
    gift = {"type": "bilibili", "chatname": "晴天", "chatmessage": "投喂 5 × 小心心", "hasDonation": "5 × 小心心",
            "event": "gift", "userid": "42", "title": "DONATION", "textonly": True}
    out, _ = run([gift])
    assert [(c.kind, (c.extra or {})["gift"], (c.extra or {})["count"]) for c in out] == [("gift", "小心心", 5)]


def test_oba_kuaishou_comments_are_labelled_kuaishou() -> None:
    comment = {"content": "有优惠吗", "msg_type": "comment", "msg_id": "c1", "nick_name": "阿花", "time": 1764050000000}
    out, _ = run([comment], FrameState(platform="kuaishou"))
    assert [c.platform for c in out] == ["kuaishou"]
    out, _ = run([comment])
    assert [c.platform for c in out] == ["douyin"]  # oba's own relay without the kuaishou label: Douyin, as before


# ---- HTTP POST on /ingest ------------------------------------------------------------------------------------


def post(url: str, body: bytes, **headers: str) -> tuple[int, dict[str, Any]]:
    req = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_wxlivespy_posts_are_stored_once_gzip_or_not(tmp_path: Path) -> None:
    bodies = (FIXTURES / "wxlivespy" / "frames.jsonl").read_text(encoding="utf-8").splitlines()
    serve = Serve(tmp_path, "--demo", "--simulate", "0")
    try:
        url = f"http://127.0.0.1:{serve.port}/ingest"
        status, first = post(url, bodies[0].encode())
        assert status == 200 and first == {"stored": 5, "refused": {}}  # 2 chats, a join, a like, a viewers sample
        status, second = post(url, gzip.compress(bodies[1].encode()), **{"Content-Encoding": "gzip"})
        assert status == 200 and second["stored"] == 3  # a chat, a gift, viewers: the two repeated events dropped
        assert second["refused"] == {"duplicate_or_invalid": 2}
        status, bad = post(url, b"{not json")
        assert status == 200 and bad == {"stored": 0, "refused": {"bad_json": 1}}
        state = quit_when_settled(serve, 8)  # what the three replies said was stored
    finally:
        serve.stop()
    rows, _ = stored(tmp_path)
    assert collections.Counter(c.kind for c in rows) == {"comment": 3, "join": 1, "like": 1, "gift": 1, "viewers": 2}
    assert [(c.extra or {})["value"] for c in rows if c.kind == "gift"] == [30]
    assert state["feed"]["total"] >= 8


def _ingest(frames_in: list[Any]) -> Any:
    def ingest(frame: str | bytes, ctx: IngestContext) -> None:
        frames_in.append(frame)
        into = ctx.state.get("into")
        if into is not None:
            into["stored"] += 1
    return ingest


def _echo(cmd: str, args: dict[str, Any]) -> concurrent.futures.Future[dict[str, Any]]:
    f: concurrent.futures.Future[dict[str, Any]] = concurrent.futures.Future()
    f.set_result({})
    return f


def test_http_post_keeps_the_websockets_origin_and_token_rules() -> None:
    got: list[Any] = []
    s = LiveServer(_echo, _ingest(got), port=0, lan=True, token="s3cret", trust_loopback=False)
    s.start()
    try:
        url = f"http://127.0.0.1:{s.port}/ingest"
        assert post(url, b"{}")[0] == 401
        assert post(url + "?token=s3cret", b"{}", Origin="https://evil.example")[0] == 403
        assert post(url + "?token=s3cret", b'{"type":"like"}') == (200, {"stored": 1, "refused": {}})
        assert post(url, b'{"type":"like"}', Authorization="Bearer s3cret")[0] == 200
        assert post(f"http://127.0.0.1:{s.port}/control?token=s3cret", b"{}")[0] == 405
        with connect(f"ws://127.0.0.1:{s.port}/ingest?token=s3cret&platform=kuaishou", open_timeout=5) as ws:
            ws.send(b'{"type":"like"}')  # a binary frame, as OrdinaryRoad sends them
            wait_for(lambda: len(got) >= 3)
    finally:
        s.stop()
    assert got == ['{"type":"like"}', '{"type":"like"}', b'{"type":"like"}']
    assert s.health["token_refused"] == 1 and s.health["origin_refused"] == 1


@pytest.mark.parametrize("name", ["kuaishou", "userscript"])
def test_relays_without_ids_through_ingest_store_every_genuine_repeat(tmp_path: Path, name: str) -> None:
    serve = Serve(tmp_path, "--demo", "--simulate", "0")
    platform = "kuaishou" if name == "kuaishou" else "pdd"
    try:
        with connect(f"{serve.url}/ingest?platform={platform}", open_timeout=5) as ws:
            for frame in frames(name):
                ws.send(frame)
        quit_when_settled(serve, sum(json.loads((FIXTURES / name / "expected.json").read_text(encoding="utf-8"))
                                     ["counts"].values()))
    finally:
        serve.stop()
    rows, _ = stored(tmp_path)
    want = json.loads((FIXTURES / name / "expected.json").read_text(encoding="utf-8"))
    assert [c.text for c in rows if c.kind == "comment"] == [c["text"] for c in want["comments"]]
    assert {c.platform for c in rows} == {platform}


def test_a_post_waits_while_the_studio_is_congested_and_is_told_to_retry_past_the_hold(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """As a websocket relay's reads are held: the relay's HTTP client waits for its reply, which slows
    it down; past the hold it hears 503 with Retry-After and nothing of that body is stored."""
    from app.live import http_ingest

    got: list[Any] = []
    s = LiveServer(_echo, _ingest(got), port=0)
    busy = [True]
    s.congested = lambda: busy[0]
    s.start()
    try:
        url = f"http://127.0.0.1:{s.port}/ingest"
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            reply = pool.submit(post, url, b'{"type":"like"}')
            assert not concurrent.futures.wait([reply], timeout=0.5).done  # held, not refused
            busy[0] = False
            assert reply.result(timeout=10) == (200, {"stored": 1, "refused": {}})
        monkeypatch.setattr(http_ingest, "POST_HOLD_S", 0.2)
        busy[0] = True
        req = urllib.request.Request(url, data=b'{"type":"like"}', method="POST")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(req, timeout=10)
        assert refused.value.code == 503 and refused.value.headers["Retry-After"] == "1"
        assert json.loads(refused.value.read()) == {"stored": 0, "refused": {"busy": 1}}
    finally:
        s.stop()
    assert got == ['{"type":"like"}'] and s.health["busy"] == 1
