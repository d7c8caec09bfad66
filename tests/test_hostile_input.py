"""Hostile and odd input on the outside contracts (frames fast JSON readers and the stdlib read differently,
commands with arguments of the wrong kind): a clear refusal or the exact value, never a silent change."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from websockets.sync.client import connect

from app.core.state_delta import apply_delta
from app.live.adapters import FrameState, parse_frame
from tests.procs import Serve
from tests.waits import received_until

NOW = 1_764_000_000.0


def _frame(msg_id: object, user_id: object) -> dict[str, object]:
    return {"type": "comment", "platform": "douyin", "msg_id": msg_id, "user": {"id": user_id, "name": "小鱼"},
            "text": "3号链接多少钱"}


def test_ids_past_64_bits_keep_every_digit() -> None:
    """orjson read 18446744073709551616 as a float: two viewers' 20-digit ids became one, and the
    second comment a 'duplicate'. Each id must stay exactly as the relay sent it."""
    big = 2**64
    frame = json.dumps([_frame(big, big + 1), _frame(big + 1, big + 2), _frame(-(2**63) - 1, -(2**63) - 2)])
    comments, bad = parse_frame(frame, FrameState(), NOW)
    assert bad == []
    assert [(c.msg_id, c.user_id) for c in comments] == [
        (str(big), str(big + 1)), (str(big + 1), str(big + 2)), (str(-(2**63) - 1), str(-(2**63) - 2))]


def test_a_cut_emoji_inside_a_relays_nested_json_is_read_as_the_stdlib_reads_it() -> None:
    """BarrageGrab's `Data` is itself JSON text; a comment cut mid-emoji holds a lone surrogate there,
    which the fast decoder cannot encode: the stdlib reads it (json.loads keeps the half character;
    edge repair then replaces it), as a relay's frame was always read, not refused as bad_json."""
    data = {"MsgId": "7300000000000000001", "Content": "半个表情\ud83d",
            "User": {"Id": "42", "Nickname": "观众", "FollowStatus": 1}}
    frame = json.dumps({"Type": 1, "ProcessName": "直播伴侣", "Data": json.dumps(data, ensure_ascii=False)})
    comments, bad = parse_frame(frame, FrameState(), NOW)
    assert bad == [] and [(c.kind, c.msg_id) for c in comments] == [("comment", "7300000000000000001")]
    assert comments[0].text.startswith("半个表情")


def test_a_byte_order_mark_in_front_of_a_frame_is_ignored() -> None:
    """A Windows tool's UTF-8 starts with a BOM; RFC 8259 lets a reader ignore it, and the frame is
    the same comment (text frame, binary frame, or an HTTP POST body, which is read the same way)."""
    text = "\ufeff" + json.dumps(_frame("m1", "u1"), ensure_ascii=False)
    for frame in (text, text.encode("utf-8"), b"\xef\xbb\xbf  " + json.dumps(_frame("m1", "u1")).encode()):
        comments, bad = parse_frame(frame, FrameState(), NOW)
        assert bad == [] and [c.msg_id for c in comments] == ["m1"]
    assert parse_frame("\ufeff", FrameState(), NOW) == ([], ["empty"])


def _messages(url: str, seconds: float) -> list[dict[str, Any]]:
    with connect(url, open_timeout=5, max_size=None) as ws:
        return received_until(ws, time.monotonic() + seconds)


def test_only_the_deltas_flag_itself_turns_deltas_on_and_a_reconnect_starts_from_a_full_state(
        tmp_path: Path) -> None:
    """`?nodeltas=1` or `?deltas=10` is not `deltas=1`: a page or script that did not ask must never get
    a `delta` it cannot apply. A client that drops and comes back mid-stream starts from a full state."""
    serve = Serve(tmp_path, "--demo")
    try:
        ctl = serve.control()
        ctl.first_state()
        assert ctl.call("show.start")["ok"]  # live: a state push at least every second
        for path in ("/control", "/view/ws", "/overlay/ws"):
            for query in ("nodeltas=1", "deltas=10&x=1"):
                got = _messages(f"{serve.url}{path}?{query}", 1.6)
                assert {m["type"] for m in got if m["type"] in ("state", "delta")} == {"state"}, (path, query)
            for _ in range(2):  # asked for, dropped after a moment, asked for again
                got = [m for m in _messages(f"{serve.url}{path}?x=&deltas=1", 1.6) if m["type"] in ("state", "delta")]
                assert got[0]["type"] == "state" and len(got) >= 2
                held, seq = got[0]["state"], got[0]["seq"]
                for m in got[1:]:
                    assert m["type"] == "delta" and m["base"] == seq, (path, m["type"])
                    held, seq = apply_delta(held, m), m["seq"]
                assert held["timer"]["phase"] == "running"
        ctl.close()
    finally:
        serve.stop()


def test_the_second_desk_commands_refuse_arguments_of_the_wrong_kind(tmp_path: Path) -> None:
    """Each new read command: a clear bad_args (or bad_request for args that are not an object) for
    wrong types and out-of-range values; `order: "bogus"` once listed the newest as if asked; the
    connection serves on."""
    serve = Serve(tmp_path)
    try:
        c = serve.control()
        refused = [("feed.recent", {"limit": 0}), ("feed.recent", {"limit": 501}), ("feed.recent", {"after_id": -1}),
                   ("feed.recent", {"after_id": 2**70}), ("feed.recent", {"limit": "1e400"}),
                   ("feed.recent", {"limit": True}), ("feed.recent", {"after_id": {"n": 1}}),
                   ("feed.user", {"platform": "douyin"}), ("feed.user", {"platform": [], "user_id": "u"}),
                   ("feed.user", {"platform": "douyin", "user_id": "u", "limit": -5}),
                   ("questions.list", {"status": "maybe"}), ("questions.list", {"order": "bogus"}),
                   ("questions.list", {"order": ["count"]}), ("questions.list", {"limit": 1001}),
                   ("products.list", {"refresh": "yes"}), ("products.list", {"refresh": None}),
                   ("products.list", {"refresh": 1}), ("products.list", {"refresh": 0}),
                   ("products.list", {"refresh": 2.0}), ("feed.recent", {"limit": "5"})]  # a number is a JSON number
        for cmd, args in refused:
            assert c.call(cmd, **args)["error"]["code"] == "bad_args", (cmd, args)
        error = c.call("products.list", refresh=1)["error"]  # a bool only: 1 was once taken for true
        assert error["code"] == "bad_args" and "refresh: must be true or false" in error["message"], error
        for n, args in enumerate(([], "", 0, False, [{"limit": 5}]), 100):
            c.ws.send(json.dumps({"id": n, "cmd": "feed.recent", "args": args}))
            assert c.reply(n)["error"]["code"] == "bad_request", args
        for raw, rid in (('{"id": "\\ud800", "cmd": "state.get"}', None),
                         ('{"id": 9, "cmd": "\\udc00", "args": {}}', 9),
                         ('{"id": 10, "cmd": "feed.user", "args": {"platform": "\\ud83d", "user_id": "u"}}', 10)):
            c.ws.send(raw)  # valid JSON, not Unicode: the echoed id once cut the client off with a traceback
            assert c.reply(rid)["error"]["code"] == "bad_request", raw  # the id echoed when it can be sent
        for cmd, args in [("feed.recent", {"limit": 5}), ("questions.list", {"order": "count", "status": None}),
                          ("questions.list", {"order": None}), ("phrases.all", {"x": [1]}), ("products.list", {}),
                          ("products.list", {"refresh": True}), ("products.list", {"refresh": False})]:
            assert c.call(cmd, **args)["ok"], (cmd, args)
        c.close()
    finally:
        assert serve.stop() == 0
    assert serve.proc.stderr is not None and "Traceback" not in serve.proc.stderr.read()
