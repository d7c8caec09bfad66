"""Ingest under concurrency: relays connect and hang up by the hundreds while the GUI drains.

Each connection opens a BarrageGrab gift streak (the pipeline remembers the connection until the
streak closes) and hangs up (the streak is stored with what was seen). Meanwhile the GUI thread
drains and asks for quiet streaks to be closed, as the feed timer does. Nothing may raise on either
side, and every streak is stored exactly once.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from pathlib import Path

from websockets.sync.client import connect

from app.live.ingest import IngestPipeline
from app.models.db import open_database
from app.models.store import Store
from app.models.writer import CommentWriter, next_comment_id
from tests.ingest_server import serve

CLIENTS = 6         # relay threads
OPEN_AT_ONCE = 40   # connections each holds open before hanging up on all of them
ROUNDS = 6



def _gift(user: int, msg: int) -> str:
    data = {"MsgId": msg, "User": {"Id": user, "Nickname": f"u{user}"}, "GiftId": 5655, "GiftName": "小心心",
            "GroupId": 7, "GiftCount": 1, "RepeatCount": 1, "DiamondCount": 1}
    return json.dumps({"Type": 5, "Data": json.dumps(data)})


def test_connect_and_disconnect_storm_while_the_gui_drains(tmp_path: Path) -> None:
    engine = open_database(tmp_path)
    show = Store(engine).create_show("storm")
    writer = CommentWriter(engine)
    p = IngestPipeline(writer, next_comment_id(engine))
    p.set_show(show)
    server = serve(p)
    relay_errors: list[BaseException] = []
    gui_errors: list[BaseException] = []
    done = threading.Event()

    def relay(k: int) -> None:
        try:
            for r in range(ROUNDS):
                with contextlib.ExitStack() as stack:  # hang up on all of them at once
                    conns = [stack.enter_context(connect(f"ws://127.0.0.1:{server.port}/ingest", open_timeout=10))
                             for _ in range(OPEN_AT_ONCE)]
                    for i, ws in enumerate(conns):
                        user = (k * ROUNDS + r) * OPEN_AT_ONCE + i
                        ws.send(_gift(user + 1, user + 1))  # ids from 1: 0 is "no id"
        except BaseException as exc:
            relay_errors.append(exc)

    threads = [threading.Thread(target=relay, args=(k,)) for k in range(CLIENTS)]
    for t in threads:
        t.start()
    shown = 0
    try:
        while any(t.is_alive() for t in threads) and not gui_errors:
            try:  # the GUI thread, as the feed's timer runs it
                shown += len(p.drain(show))
                p.sweep()
                done.wait(0.0002)  # the GUI's timers fire often, but not in a busy loop
            except RuntimeError as exc:  # "Set changed size during iteration"
                gui_errors.append(exc)
        for t in threads:
            t.join()
        expected = CLIENTS * ROUNDS * OPEN_AT_ONCE
        deadline = time.monotonic() + 60
        while shown < expected and time.monotonic() < deadline and not gui_errors:
            shown += len(p.drain(show))
            done.wait(0.01)
    finally:
        server.stop()
        writer.close()
    assert not relay_errors
    assert not gui_errors, f"the GUI's drain raised: {gui_errors[0]!r}"
    assert shown == expected  # every streak shown once …
    gifts = Store(engine).count_comments(show)
    assert gifts.get("gift") == expected  # … and stored once
    engine.dispose()
