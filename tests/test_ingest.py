"""The ingest websocket: six real relay formats, dedupe, deletions, malformed frames, persistence."""

import csv
import io
import json
import subprocess
import time
from pathlib import Path

import pytest
from websockets.sync.client import connect

from app.models.db import open_database
from app.models.store import Store
from tests.conftest import PYTHON, ROOT, SAMPLES
from tests.procs import Serve

FORMATS = ["barragegrab", "douyinlive", "generic", "socialstream", "tiktok", "twitch"]


def frames(name: str) -> list[str]:
    path = SAMPLES / (f"{name}.txt" if name == "twitch" else f"{name}.jsonl")
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def stored_counts(data_dir: Path) -> tuple[dict[str, int], Store]:
    store = Store(open_database(data_dir))
    show = store.list_shows()[0].id
    return store.count_comments(show), store


def send_and_quit(serve: Serve, batches: list[list[str | bytes]]) -> dict:  # type: ignore[type-arg]
    for batch in batches:
        with connect(f"{serve.url}/ingest", open_timeout=5, max_size=None) as ws:
            for frame in batch:
                ws.send(frame)
    c = serve.control()
    c.first_state()
    # wait until the feed has taken everything in and stopped growing
    last, state = -1, c.call("state.get")["result"]
    while state["feed"]["total"] != last:
        last = state["feed"]["total"]
        time.sleep(0.3)
        state = c.call("state.get")["result"]
    assert c.call("app.quit")["ok"]
    assert serve.proc.wait(timeout=30) == 0
    return state  # type: ignore[no-any-return]


@pytest.mark.skipif(not SAMPLES.exists(), reason="shared/samples not beside the repository")
@pytest.mark.parametrize("name", FORMATS)
def test_each_sample_yields_exactly_its_expected_counts(tmp_path: Path, name: str) -> None:
    serve = Serve(tmp_path, "--demo", "--simulate", "0")
    try:
        data = frames(name)
        # Sent again over a second connection, every event with a platform id must be recognised as a
        # duplicate. (Viewer-count updates of Social Stream and TikTok carry no id: a replay of those is
        # indistinguishable from a new update, so they are not resent.)
        with_ids = [f for f in data if '"viewer_update"' not in f and '"roomUser"' not in f]
        send_and_quit(serve, [data, with_ids])
    finally:
        serve.stop()
    counts, _store = stored_counts(tmp_path)
    expected = json.loads((SAMPLES / f"{name}.expect.json").read_text())
    assert counts == expected


@pytest.mark.skipif(not SAMPLES.exists(), reason="shared/samples not beside the repository")
def test_twitch_deletions_mark_the_comment_and_lines_may_share_a_frame(tmp_path: Path) -> None:
    serve = Serve(tmp_path, "--demo", "--simulate", "0")
    try:
        lines = frames("twitch")
        joined = ["\r\n".join(lines[i:i + 7]) for i in range(0, len(lines), 7)]  # IRC frames carry many lines
        send_and_quit(serve, [joined])
    finally:
        serve.stop()
    counts, store = stored_counts(tmp_path)
    assert counts == {"comment": 195, "delete": 5}
    show = store.list_shows()[0].id
    deleted = [c for c in store.comments(show, kinds=["comment"]) if c.deleted]
    targets = {c.extra["target"] for c in store.comments(show, kinds=["delete"]) if c.extra}
    assert len(deleted) == 5 and {c.msg_id for c in deleted} == targets
    # the review export carries type, user, text, flags and the deletion
    for fmt in ("json", "csv"):
        r = subprocess.run([PYTHON, "-m", "app", "export", str(show), "--what", "comments", "--format", fmt,
                            "--data-dir", str(tmp_path)], capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert r.returncode == 0, r.stderr
        rows = json.loads(r.stdout) if fmt == "json" else list(csv.DictReader(io.StringIO(r.stdout)))
        assert len(rows) == 200
        comments = [row for row in rows if row["type"] == "comment"]
        assert sum(1 for row in comments if row["deleted"] in (True, "True")) == 5
        assert all(row["user_name"] and row["text"] for row in comments)
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
        state = send_and_quit(serve, [mixed])
    finally:
        serve.stop()
    counts, _ = stored_counts(tmp_path)
    assert counts == {"comment": 7}  # six good frames and the good half of the array
    reasons = {k: v for s in state["feed"]["sources"].values() for k, v in s["malformed"].items()}
    assert state["feed"]["malformed"] == 7
    assert reasons == {"bad_json": 1, "unknown_format": 1, "missing_msg_id": 1, "bad_ts": 1, "not_utf8": 1,
                       "not_an_object": 1, "too_large": 1}
