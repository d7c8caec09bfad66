"""The ingest websocket: relay streams replayed, dedupe, deletions, malformed frames, persistence."""

import csv
import io
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from websockets.sync.client import connect

from app.models.db import open_database
from app.models.store import Store
from tests.conftest import PYTHON, ROOT
from tests.procs import Serve
from tests.waits import wait_for_state

FIXTURES = ROOT / "tests" / "fixtures" / "relays"


def frames(name: str) -> list[str]:
    """A relay stream rebuilt from the relay project's own serialiser (see the folder's expected.json)."""
    path = FIXTURES / name / ("lines.txt" if name == "twitch" else "frames.jsonl")
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def expected(name: str) -> dict:  # type: ignore[type-arg]
    return json.loads((FIXTURES / name / "expected.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def stored_counts(data_dir: Path) -> tuple[dict[str, int], Store]:
    store = Store(open_database(data_dir))
    show = store.list_shows()[0].id
    return store.count_comments(show), store


def send_and_quit(serve: Serve, batches: list[list[str | bytes]], settled: Callable[[dict], bool]) -> dict:  # type: ignore[type-arg]
    """Send each batch over its own /ingest connection, wait until the feed's state is `settled`
    (frames on a connection are taken in order, so a count reached means every frame before it was
    read), then quit the studio, which stores everything it took."""
    for batch in batches:
        with connect(f"{serve.url}/ingest", open_timeout=5, max_size=None) as ws:
            for frame in batch:
                ws.send(frame)
    c = serve.control()
    c.first_state()
    state = wait_for_state(lambda: c.call("state.get")["result"], settled)
    assert c.call("app.quit")["ok"]
    assert serve.proc.wait(timeout=30) == 0
    return state  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", ["barragegrab", "douyinlive", "twitch"])
def test_a_stream_sent_twice_is_stored_once(tmp_path: Path, name: str) -> None:
    """Every event of these relays carries a platform id (or a streak identity): a replay over a second
    connection is recognised as duplicates, gift streaks included."""
    serve = Serve(tmp_path, "--demo", "--simulate", "0")
    try:
        data: list[str | bytes] = list(frames(name))
        n = sum(expected(name)["counts"].values())
        state = send_and_quit(serve, [data, data], lambda st: st["feed"]["total"] == n
                              and st["feed"]["duplicates"] >= n - expected(name)["counts"].get("room_end", 0))
    finally:
        serve.stop()
    counts, _store = stored_counts(tmp_path)
    assert counts == expected(name)["counts"]
    assert state["feed"]["duplicates"] >= sum(counts.values()) - counts.get("room_end", 0)


def test_twitch_deletions_mark_the_comment_and_lines_may_share_a_frame(tmp_path: Path) -> None:
    serve = Serve(tmp_path, "--demo", "--simulate", "0")
    try:
        lines = frames("twitch")
        joined: list[str | bytes] = ["\r\n".join(lines[i:i + 7]) for i in range(0, len(lines), 7)]
        send_and_quit(serve, [joined], lambda st: st["feed"]["total"] == sum(expected("twitch")["counts"].values()))
    finally:
        serve.stop()
    exp = expected("twitch")
    counts, store = stored_counts(tmp_path)
    assert counts == exp["counts"]
    show = store.list_shows()[0].id
    deleted = [c for c in store.comments(show, kinds=["comment"]) if c.deleted]
    assert {c.msg_id for c in deleted} == set(exp["deleted"])  # CLEARMSG of one line, CLEARCHAT of a user
    # the review export carries type, user, text, flags and the deletion
    for fmt in ("json", "csv"):
        r = subprocess.run([PYTHON, "-m", "app", "export", str(show), "--what", "comments", "--format", fmt,
                            "--data-dir", str(tmp_path)], capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert r.returncode == 0, r.stderr
        rows = json.loads(r.stdout) if fmt == "json" else list(csv.DictReader(io.StringIO(r.stdout)))
        assert len(rows) == sum(exp["counts"].values())
        comments = [row for row in rows if row["type"] == "comment"]
        assert sum(1 for row in comments if row["deleted"] in (True, "True")) == len(exp["deleted"])
        assert [row["text"] for row in comments] == [c["text"] for c in exp["comments"]]
        assert all(row["user_name"] for row in comments)
        assert any("question" in row["flags"] for row in comments)


def test_malformed_frames_are_counted_and_the_good_ones_kept(tmp_path: Path) -> None:
    serve = Serve(tmp_path, "--demo", "--simulate", "0")
    good = [json.dumps({"type": "comment", "platform": "douyin", "msg_id": f"m{i}", "ts": 1764000000 + i,
                        "user": {"id": str(i), "name": f"u{i}"}, "text": "3号链接还有吗"}) for i in range(6)]
    bad: list[str | bytes] = [
        "{not json",
        json.dumps({"hello": "world"}),
        json.dumps({"type": "comment", "platform": "douyin", "ts": 1, "text": "no id"}),
        json.dumps({"type": "comment", "platform": "douyin", "msg_id": "x", "ts": "yesterday", "text": "hi"}),
        b"\xff\xfe\xfd",
        json.dumps([{"type": "comment", "platform": "douyin", "msg_id": "in-array", "ts": 1.0, "text": "ok"}, 42]),
        json.dumps({"type": "comment", "platform": "douyin", "msg_id": "big", "ts": 1.0, "text": "x" * (1 << 20)}),
    ]
    mixed: list[str | bytes] = []
    for g, b in zip(good, bad, strict=False):
        mixed += [g, b]
    mixed += bad[len(good):] + good[len(bad):]
    try:
        state = send_and_quit(serve, [mixed], lambda st: st["feed"]["total"] == 7 and st["feed"]["malformed"] == 7)
    finally:
        serve.stop()
    counts, _ = stored_counts(tmp_path)
    assert counts == {"comment": 7}  # six good frames and the good half of the array
    reasons = {k: v for s in state["feed"]["sources"].values() for k, v in s["malformed"].items()}
    assert state["feed"]["malformed"] == 7
    assert reasons == {"bad_json": 1, "unknown_format": 1, "missing_msg_id": 1, "bad_ts": 1, "not_utf8": 1,
                       "not_an_object": 1, "too_large": 1}
