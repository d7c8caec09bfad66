"""The comment writer process dies mid-show (killed, out of memory): the app's reader thread starts
a new one (ProcessWriter._restart). From the moment the old one is known gone until the new one can
write, /ingest is closed as it is at startup: a POST and a new websocket relay hear 503 with
Retry-After, an open relay's socket is not read, and everything taken before and after is stored.

The real `livedeck serve`; the new writer process is held at its start by tests/fixtures/startup's
sitecustomize (the restart's window, ~1 s in real life, lasts as long as the test wants here)."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from tests.procs import Serve
from tests.test_startup_window import events, feed, go_live, held, post, stored, until

__all__ = ["held"]  # the fixture, shared with the startup window's tests


def test_a_writer_restart_mid_show_closes_ingest_until_the_new_writer_is_up(data_dir: Path, held: Path) -> None:
    s = Serve(data_dir, "--demo", "--simulate", "0")
    pid_file = held.with_name(held.name + ".pid")
    try:
        first = int(until(lambda: pid_file.exists() and pid_file.read_text(), what="the writer spawned"))
        held.touch()
        go_live(s)
        assert until(lambda: (r := post(s, events("before", 5)))[0] == 200 and r)[1]["stored"] == 5
        with connect(f"{s.url}/ingest", open_timeout=5) as relay:  # a relay connected while all is well
            relay.send(json.dumps(events("open", 50), ensure_ascii=False))
            until(lambda: feed(s)["total"] >= 55, what="the open relay's first events read")

            held.unlink()  # the next writer process waits at its start
            os.kill(first, signal.SIGKILL)
            until(lambda: pid_file.read_text() != str(first), what="the new writer process spawned")

            status, reply, retry = post(s, events("refused", 5))
            assert (status, reply["stored"], reply["refused"], retry) == (503, 0, {"starting": 1}, "1"), reply
            assert "restarting" in reply["error"]
            with pytest.raises(InvalidStatus) as late:
                connect(f"{s.url}/ingest", open_timeout=5)
            assert late.value.response.status_code == 503 and late.value.response.headers["Retry-After"] == "1"
            relay.send(json.dumps(events("during", 50), ensure_ascii=False))  # sent; read once the writer is up
            until(lambda: feed(s)["writer_starting"], what="the health panel saying so")

            held.touch()
            _, reply, _ = until(lambda: (r := post(s, events("after", 5)))[0] == 200 and r, what="ingest open again")
            assert reply == {"stored": 5, "refused": {}}
            relay.send(json.dumps(events("later", 50), ensure_ascii=False))
            until(lambda: (f := feed(s))["total"] >= 160 and f["writer_pending"] == 0, what="all written")
    finally:
        held.touch()  # whatever happened, the held writer goes on: the studio's quit writes what it took
        assert s.stop() == 0
    counts = {p: stored(data_dir, p) for p in ("before", "open", "refused", "during", "after", "later")}
    assert counts == {"before": 5, "open": 50, "refused": 0, "during": 50, "after": 5, "later": 50}
