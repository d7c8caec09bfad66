"""Issue #22: state pushes as deltas. A client that asked for them rebuilds, push by push, the very
state a client of full states gets; a client that did not ask gets full states as before."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from websockets.sync.client import connect

from app.core.state_delta import DeltaStream, apply_delta, delta
from tests.procs import Control, Serve
from tests.waits import received_until


def _rows(*ids: int, name: str = "商品") -> list[dict[str, Any]]:
    return [{"item_id": i, "name": f"{name}{i}", "done": False} for i in ids]


def test_a_delta_rebuilds_the_state_through_edits_adds_removes_and_moves() -> None:
    states = [
        {"show": {"status": "draft"}, "runsheet": _rows(1, 2, 3, 4), "now": 1.0, "lottery": None},
        {"show": {"status": "live"}, "runsheet": _rows(1, 2, 3, 4), "now": 2.0},  # a part gone
        {"show": {"status": "live"}, "runsheet": [*_rows(1), {"item_id": 2, "name": "新名", "done": True},
                                                  *_rows(3, 4)], "now": 3.0, "sale": {"left": 5}},
        {"show": {"status": "live"}, "runsheet": _rows(4, 1, 9, 3), "now": 4.0, "sale": {"left": 5}},
        {"show": {"status": "live"}, "runsheet": [], "now": 5.0, "sale": {"left": 4}},
    ]
    stream = DeltaStream()
    assert stream.push(states[0]) == (1, None)  # the first push is the full state only
    held = states[0]
    for n, state in enumerate(states[1:], 2):
        seq, change = stream.push(state)
        assert change is not None and (seq, change["seq"], change["base"]) == (n, n, n - 1)
        held = apply_delta(held, change)
        assert held == state
    edit = delta(states[1], states[2])
    assert edit["runsheet"] == {"upsert": [states[2]["runsheet"][1]]}  # one row, no order: nothing moved
    assert set(edit["set"]) == {"now", "sale"}
    assert delta(states[2], states[3])["runsheet"]["remove"] == [2]


class _Kept(Control):
    """A full-state control client that keeps every message, sequence numbers included."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.kept: list[dict[str, Any]] = []

    def _take(self, msg: dict[str, Any]) -> None:
        super()._take(msg)
        self.kept.append(msg)


def _client(url: str) -> Any:
    return connect(url, open_timeout=5, max_size=None)


def test_control_clients_that_ask_get_deltas_that_rebuild_the_full_states(tmp_path: Path) -> None:
    serve = Serve(tmp_path, "--demo")
    try:
        with _client(f"{serve.url}/control?deltas=1") as dws:
            plain = _Kept(f"{serve.url}/control")
            first = plain.first_state()
            items = [r["item_id"] for r in first["runsheet"]]
            for cmd, args in [("show.start", {}), ("segment.next", {}),
                              ("runsheet.update", {"item_id": items[-1], "name": "返场大衣"}),
                              ("runsheet.move", {"item_id": items[-1], "to_index": 3}),
                              ("runsheet.remove", {"item_id": items[-2]})]:
                assert plain.call(cmd, **args)["ok"], cmd
            plain_msgs = plain.kept + received_until(plain.ws, time.monotonic() + 1.5)
            got = received_until(dws, time.monotonic() + 0.5)
            plain.close()
        full_by_seq: dict[int, dict[str, Any]] = {}
        for m in plain_msgs:
            if m["type"] == "state":
                full_by_seq[m["seq"]] = m["state"]
        assert all(m["type"] != "delta" for m in plain_msgs)  # an old client sees no new message type
        held: dict[str, Any] | None = None
        seq, deltas, checked = 0, 0, 0
        for m in got:
            if m["type"] == "state":
                held, seq = m["state"], m["seq"]
            elif m["type"] == "delta":
                assert held is not None and m["base"] == seq, "no gap on a client that keeps reading"
                held, seq, deltas = apply_delta(held, m), m["seq"], deltas + 1
                assert len(json.dumps(m, ensure_ascii=False)) < len(json.dumps(held, ensure_ascii=False))
            if m["type"] in ("state", "delta") and seq in full_by_seq:
                assert held == full_by_seq[seq]
                checked += 1
        assert deltas >= 5 and checked >= 3
        assert [r["name"] for r in held["runsheet"]][3] == "返场大衣"  # type: ignore[index]
        assert items[-2] not in [r["item_id"] for r in held["runsheet"]]  # type: ignore[index]
    finally:
        serve.stop()


@pytest.mark.parametrize("path", ["/view/ws", "/overlay/ws"])
def test_read_only_pages_get_deltas_when_they_ask(tmp_path: Path, path: str) -> None:
    serve = Serve(tmp_path, "--demo")
    try:
        with _client(f"{serve.url}{path}?deltas=1") as ws, _client(f"{serve.url}{path}") as old:
            plain = Control(f"{serve.url}/control")
            plain.first_state()
            assert plain.call("show.start")["ok"] and plain.call("segment.next")["ok"]
            got = received_until(ws, time.monotonic() + 1.5)
            olds = received_until(old, time.monotonic() + 0.2)
            plain.close()
        assert got[0]["type"] == "state" and {m["type"] for m in got[1:]} == {"delta"}
        assert {m["type"] for m in olds} == {"state"}
        held, seq = got[0]["state"], got[0]["seq"]
        for m in got[1:]:
            assert m["base"] == seq
            held, seq = apply_delta(held, m), m["seq"]
        last = next(m["state"] for m in reversed(olds) if m["seq"] == seq) if any(
            m["seq"] == seq for m in olds) else None
        assert last is None or held == last
        assert held["timer"]["phase"] == "running"
    finally:
        serve.stop()


def test_a_second_desk_applies_deltas_and_asks_for_the_full_state_after_a_gap(qapp: object) -> None:
    from app.studio.remote import RemoteStudio

    desk = RemoteStudio("ws://127.0.0.1:1", "")  # never started: messages are handed in directly
    asked: list[tuple[str, Any]] = []
    desk.send = lambda cmd, args, done: asked.append((cmd, done))  # type: ignore[method-assign]
    desk._on_message({"type": "state", "seq": 5, "state": {"feed": {"total": 1}, "runsheet": []}})
    desk._on_message({"type": "delta", "seq": 6, "base": 5, "set": {"feed": {"total": 9}}})
    assert desk.feed_stats() == {"total": 9}
    desk._on_message({"type": "delta", "seq": 8, "base": 7, "set": {"feed": {"total": 99}}})  # 7 never came
    desk._on_message({"type": "delta", "seq": 9, "base": 8, "set": {"feed": {"total": 98}}})
    resync = [done for cmd, done in asked if cmd == "state.get"]
    assert desk.feed_stats() == {"total": 9} and len(resync) == 1  # nothing applied on a gap, one request
    resync[0]({"ok": True, "result": {"feed": {"total": 100}, "runsheet": [], "seq": 9}})
    desk._on_message({"type": "delta", "seq": 10, "base": 9, "set": {"feed": {"total": 101}}})
    assert desk.feed_stats() == {"total": 101}
