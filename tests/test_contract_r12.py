"""Round-12 contract probe: what the program did against docs/protocol.md, each case as a relay,
a control client or a shell user would meet it."""

from __future__ import annotations

import json
import resource
import signal
import subprocess
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from app.live.server import IngestContext
from tests.conftest import PYTHON, ROOT
from tests.procs import Serve
from tests.test_relays_fixtures import quit_when_settled, stored


def post(url: str, body: bytes) -> tuple[int, dict[str, Any]]:
    req = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def dumps(o: Any) -> bytes:
    return json.dumps(o, ensure_ascii=False).encode()


# ---- 2. HTTP POST ingest keeps genuine repeats ------------------------------------------------------


KOU1 = {"type": "comment", "username": "老粉丝", "content": "扣1"}


def test_each_post_is_its_own_connection_and_genuine_repeats_are_all_stored(data_dir: Path) -> None:
    serve = Serve(data_dir, "--demo", "--simulate", "0")
    try:
        url = f"http://127.0.0.1:{serve.port}/ingest?platform=taobao"
        assert serve.control().call("show.start")["ok"]
        replies = [post(url, dumps(KOU1)) for _ in range(3)]
        replies.append(post(url, dumps([KOU1, KOU1])))
        quit_when_settled(serve, 5)
    finally:
        serve.stop()
    assert replies == [(200, {"stored": 1, "refused": {}})] * 3 + [(200, {"stored": 2, "refused": {}})]
    rows, _ = stored(data_dir)
    comments = [c for c in rows if c.kind == "comment"]
    assert [(c.platform, c.user_name, c.text) for c in comments] == [("taobao", "老粉丝", "扣1")] * 5
    assert len({c.msg_id for c in comments}) == 5


def test_a_reconnect_on_another_platform_is_not_a_resend(tmp_path: Path) -> None:
    from app.live.ingest import IngestPipeline
    from app.models.db import open_database
    from app.models.store import Store
    from app.models.writer import CommentWriter, next_comment_id

    engine = open_database(tmp_path)
    show = Store(engine).create_show("ids")
    writer = CommentWriter(engine)
    p = IngestPipeline(writer, next_comment_id(engine))
    p.set_show(show)
    for platform in ("pdd", "", "pdd"):  # the same page script on 拼多多, then on a page it names no platform
        ctx = IngestContext(peer="127.0.0.1", state={"platform": platform})
        p.on_frame(json.dumps(KOU1, ensure_ascii=False), ctx)
        p.on_close(ctx)
    assert writer.flush()
    rows = list(Store(engine).iter_comments(show))
    writer.close()
    engine.dispose()
    # No relay without ids sends an event twice (adapters/ids.py): the third is a viewer's new 扣1.
    assert [(c.platform, c.text) for c in rows] == [("pdd", "扣1"), ("web", "扣1"), ("pdd", "扣1")]
    assert len({c.msg_id for c in rows}) == 3


# ---- 3. `export --format csv` to stdout: a write error is exit 1 and one clear line -------------------


def _show_with_comments(data_dir: Path, n: int) -> int:
    from app.core.comments import Comment
    from app.models.db import open_database
    from app.models.store import Store
    from app.models.writer import CommentWriter

    engine = open_database(data_dir)
    show = Store(engine).create_show("导出")
    writer = CommentWriter(engine)
    writer.put(show, [Comment("comment", "douyin", f"m{i}", 1_764_000_000.0 + i, f"u{i}", f"观众{i}",
                              "这件大衣还有没有大码的？" * 3, id=i + 1) for i in range(n)])
    writer.close()
    engine.dispose()
    return show


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_to_stdout_past_the_file_size_limit_fails_with_one_line(data_dir: Path, tmp_path: Path,
                                                                      fmt: str) -> None:
    show = _show_with_comments(data_dir, 3000)  # ~400 KB as CSV
    limit = 200 << 10

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    target = tmp_path / f"s.{fmt}"
    with target.open("wb") as f:
        done = subprocess.run([PYTHON, "-m", "app", "export", str(show), "--what", "comments", "--format", fmt,
                               "--data-dir", str(data_dir)], cwd=ROOT, stdout=f, stderr=subprocess.PIPE, text=True,
                              preexec_fn=small_files, timeout=60)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip().splitlines() == ["livedeck: [Errno 27] File too large"]
    assert target.stat().st_size <= limit


# ---- 4. a POST's reply gives the real reason when no show takes its events --------------------------


def test_a_post_without_an_open_show_is_told_why(data_dir: Path) -> None:
    serve = Serve(data_dir, "--demo", "--simulate", "0")
    try:
        ctl = serve.control()
        url = f"http://127.0.0.1:{serve.port}/ingest?platform=taobao"
        one = {"type": "comment", "platform": "douyin", "msg_id": "a1", "ts": 1_764_000_000.0,
               "user": {"id": "u1", "name": "观众"}, "text": "在吗"}
        assert ctl.call("show.close")["ok"]
        assert post(url, dumps(one)) == (200, {"stored": 0, "refused": {"no_show_open": 1}})
        assert ctl.call("show.open", show_id=1)["ok"] and ctl.call("show.start")["ok"]
        assert post(url, dumps(one)) == (200, {"stored": 1, "refused": {}})
        assert post(url, dumps(one)) == (200, {"stored": 0, "refused": {"duplicate_or_invalid": 1}})
        assert ctl.call("show.end")["ok"]
        assert post(url, dumps({**one, "msg_id": "a2"})) == (200, {"stored": 0, "refused": {"show_ended": 1}})
        ctl.close()
    finally:
        serve.stop()


# ---- 5. LiveDeck's own format: a number field that is not a number is refused ------------------------


def test_number_fields_that_are_not_numbers_are_refused_as_bad_number(data_dir: Path) -> None:
    def event(n: int, kind: str, **fields: Any) -> dict[str, Any]:
        return {"type": kind, "platform": "douyin", "msg_id": f"n{n}", "ts": 1_764_000_000.0 + n,
                "user": {"id": f"u{n}", "name": f"观众{n}"}, **fields}

    refused = [event(1, "gift", gift="玫瑰", count="many"), event(2, "like", count="lots"),
               event(3, "viewers", online="many"), event(4, "gift", gift="玫瑰", count="5e1"),
               event(5, "like", count=True), event(6, "gift", gift="玫瑰", value="很多")]
    kept = [event(7, "gift", gift="玫瑰", count="7", value=70),  # a uint64 as a Go relay sends it
            event(8, "viewers", online=120, total="3000"), event(9, "like")]
    serve = Serve(data_dir, "--demo", "--simulate", "0")
    try:
        assert serve.control().call("show.start")["ok"]
        reply = post(f"http://127.0.0.1:{serve.port}/ingest", dumps(refused + kept))
        quit_when_settled(serve, len(kept))
    finally:
        serve.stop()
    assert reply == (200, {"stored": 3, "refused": {"duplicate_or_invalid": 6}})
    rows, _ = stored(data_dir)
    assert [(c.msg_id, c.extra) for c in rows] == [
        ("n7", {"gift": "玫瑰", "count": 7, "value": 70, "value_unit": "douyin_diamond"}),
        ("n8", {"online": 120, "total": 3000}),
        ("n9", {"count": 1})]


# ---- 6, 7. control: numbers and text are JSON's own types; a bad request keeps its id -----------------


STRING_NUMBERS = [("timer.add", {"seconds": "5e1"}), ("segment.goto", {"index": "2"}),
                  ("show.open", {"show_id": "1"}), ("runsheet.update", {"item_id": "1", "stock": "12"}),
                  ("runsheet.update", {"item_id": 1, "stock": "12"}), ("feed.recent", {"limit": "10"}),
                  ("host.message", {"text": 123}), ("runsheet.add", {"name": 5}), ("segment.goto", {"index": True}),
                  ("timer.add", {"seconds": False}), ("feed.recent", {"limit": True})]


def test_control_refuses_numbers_sent_as_strings_and_text_sent_as_numbers(data_dir: Path) -> None:
    serve = Serve(data_dir, "--demo", "--simulate", "0")
    try:
        ctl = serve.control()
        ctl.first_state()
        assert ctl.call("show.start")["ok"]
        before = ctl.call("state.get")["result"]
        replies = [ctl.call(cmd, **args) for cmd, args in STRING_NUMBERS]
        after = ctl.call("state.get")["result"]
        # The same commands with JSON's types are taken.
        assert ctl.call("runsheet.update", item_id=1, stock=12)["ok"]
        assert ctl.call("feed.recent", limit=10)["ok"] and ctl.call("host.message", text="123")["ok"]
        ctl.close()
    finally:
        serve.stop()
    codes = [(r["ok"], r.get("error", {}).get("code")) for r in replies]
    assert codes == [(False, "bad_args")] * len(STRING_NUMBERS), replies
    assert after["current"]["item_id"] == before["current"]["item_id"]
    assert after["timer"]["added_s"] == before["timer"]["added_s"] and after["message"] == before["message"]
    assert [(i["name"], i["stock"]) for i in after["runsheet"]] == [(i["name"], i["stock"]) for i in before["runsheet"]]


def test_a_bad_request_echoes_the_id_it_could_read(data_dir: Path) -> None:
    serve = Serve(data_dir, "--demo", "--simulate", "0")
    try:
        ctl = serve.control()
        ctl.first_state()
        sent = ['{"id": "x"}', '{"id": "y", "cmd": 5}',
                '{"id": "sur", "cmd": "host.message", "args": {"text": "\\ud800"}}',
                '{"id": "\\ud800", "cmd": "state.get"}', '[1]']
        got = []
        for raw in sent:
            ctl.ws.send(raw)
            while (msg := ctl.recv())["type"] != "reply":
                pass
            got.append((msg["id"], msg["error"]["code"]))
        ctl.close()
    finally:
        serve.stop()
    assert got == [("x", "bad_request"), ("y", "bad_request"), ("sur", "bad_request"), (None, "bad_request"),
                   (None, "bad_request")]


# ---- 8. SIGTERM as soon as `serve` says where it listens ----------------------------------------------


def test_sigterm_right_after_the_listening_line_is_a_clean_exit(data_dir: Path) -> None:
    for _ in range(3):
        serve = Serve(data_dir, "--demo", "--simulate", "0")
        serve.proc.send_signal(signal.SIGTERM)
        _out, err = serve.proc.communicate(timeout=30)
        assert serve.proc.returncode == 0, err
        assert "Traceback" not in err, err


# ---- 9. smaller gaps ------------------------------------------------------------------------------------


def test_other_http_methods_get_405(data_dir: Path) -> None:
    serve = Serve(data_dir, "--demo", "--simulate", "0")
    try:
        for method in ("PUT", "DELETE", "PATCH", "PROPFIND", "MKCOL"):
            req = urllib.request.Request(f"http://127.0.0.1:{serve.port}/ingest", data=b"{}", method=method)
            try:
                urllib.request.urlopen(req, timeout=5)
                raise AssertionError(method)
            except urllib.error.HTTPError as e:
                assert e.code == 405, method
        assert post(f"http://127.0.0.1:{serve.port}/ingest", b"[]")[0] == 200  # the server serves on
    finally:
        serve.stop()


def test_simulate_to_an_http_url_is_a_usage_error() -> None:
    done = subprocess.run([PYTHON, "-m", "app", "simulate", "--url", "http://127.0.0.1:1/ingest", "--duration", "1"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == "livedeck simulate: --url is the studio's ws://HOST:PORT/ingest, not http://127.0.0.1:1/ingest"


def test_a_post_is_answered_stored_only_once_it_is_in_the_database(data_dir: Path) -> None:
    """A relay told "stored" never sends those events again: the studio killed the moment the replies
    came must still have every one of them (it had none of 300 before: the reply came first)."""
    serve = Serve(data_dir, "--demo", "--simulate", "0")
    try:
        url = f"http://127.0.0.1:{serve.port}/ingest?platform=taobao"
        assert serve.control().call("show.start")["ok"]
        def body(b: int) -> bytes:
            return dumps([{"type": "comment", "platform": "taobao", "msg_id": f"p{b}-{i}", "ts": 1764000000 + i,
                           "user": {"id": f"u{i}", "name": "观众"}, "text": f"第{i}条"} for i in range(100)])
        replies = [post(url, body(b)) for b in range(3)]
        serve.kill9()
    finally:
        serve.stop()
    assert replies == [(200, {"stored": 100, "refused": {}})] * 3
    rows, _ = stored(data_dir)
    assert len({c.msg_id for c in rows if c.kind == "comment" and c.msg_id.startswith("p")}) == 300
