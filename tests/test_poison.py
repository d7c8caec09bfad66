"""Issue #13 finding 1 and 5 end to end: each poison input through a real `serve`, then 1,000 good comments,
and all of them are stored (main stored 0 of 5,000 after one lone surrogate)."""

from __future__ import annotations

import json
from pathlib import Path

from websockets.sync.client import connect

from app.models.db import open_database
from app.models.store import Store
from tests.procs import Serve
from tests.waits import wait_for

POISON: dict[str, str | bytes] = {
    "lone_surrogate": '{"type":"comment","platform":"douyin","msg_id":"p1","ts":1764000000,'
                      '"user":{"id":"1","name":"\\udc00"},"text":"半个表情\\ud83d"}',
    "fans_level_2_64": '{"type":"comment","platform":"douyin","msg_id":"p2","ts":1764000000,'
                       '"user":{"id":"2","fans_level":18446744073709551616},"text":"hi"}',
    "nan_ts": '{"type":"comment","platform":"douyin","msg_id":"p3","ts":NaN,"text":"hi"}',
    "inf_value": '{"type":"gift","platform":"douyin","msg_id":"p4","ts":1764000000,"gift":"x","value":1e999}',
    "deep_nesting": "[" * 200_000 + "]" * 200_000,
    "deep_object": '{"type":"comment","platform":"douyin","msg_id":"p5","text":"x","user":' + '{"a":' * 50_000
                   + "1" + "}" * 50_000 + "}",
    "bell": '{"type":"comment","platform":"douyin","msg_id":"p6","ts":1764000000,"text":"铃\\u0007声\\u0000"}',
    "huge_int_tiktok": json.dumps({"event": "chat", "data": {"msgId": "p7", "comment": "x", "createTime": 10 ** 400}}),
    "binary": b"\xff\x00\xfe" * 100,
}
REPAIRED = {"lone_surrogate", "bell", "huge_int_tiktok"}  # text repaired / time read as now: stored too


def good(tag: str, n: int = 1_000) -> list[str]:
    return [json.dumps({"type": "comment", "platform": "douyin", "msg_id": f"{tag}-{i}", "ts": 1764000000 + i,
                        "user": {"id": str(i), "name": f"观众{i}", "fans_level": 3}, "text": f"{tag} 好评 {i}"})
            for i in range(n)]


def test_each_poison_input_is_followed_by_1000_stored_comments(tmp_path: Path) -> None:
    serve = Serve(tmp_path, "--demo", "--simulate", "0")
    try:
        with connect(f"{serve.url}/ingest", open_timeout=5, max_size=None) as ws:
            for tag, frame in POISON.items():
                ws.send(frame)
                for f in good(tag):
                    ws.send(f)
        c = serve.control()
        c.first_state()
        want = 1_000 * len(POISON) + len(REPAIRED)
        state = wait_for(lambda: (s := c.call("state.get")["result"])["feed"]["total"] >= want and s,
                         timeout=60, interval=0.3)
        assert c.call("app.quit")["ok"]
        assert serve.proc.wait(timeout=30) == 0
    finally:
        serve.stop()
    store = Store(open_database(tmp_path))
    show = store.list_shows()[0].id
    texts = [c.text for c in store.iter_comments(show)]
    for tag in POISON:
        assert sum(1 for t in texts if t.startswith(f"{tag} 好评")) == 1_000, tag
    assert "半个表情\ufffd" in texts and "铃声" in texts
    assert len(texts) == want
    reasons = {k: v for s in state["feed"]["sources"].values() for k, v in s["malformed"].items()}
    assert reasons.get("bad_ts") == 1 and reasons.get("bad_number") == 2 and reasons.get("not_utf8") == 1
    assert reasons.get("too_deep", 0) + reasons.get("bad_value", 0) == 2
    assert state["feed"].get("writer_error") in (None, "")
