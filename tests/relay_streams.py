"""Recorded relay streams played through the real IngestPipeline → writer → Store, as the server gives
them: each record a frame on its connection or that connection's hang-up, the pipeline's sweep each
whole second, every connection hung up at the end; the stored rows read back."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from app.core.comments import Comment
from app.live.ingest import IngestPipeline
from app.models.db import open_database
from app.models.store import Store
from app.models.writer import CommentWriter, next_comment_id

T0 = 1_764_000_000.0


def records(path: Path) -> list[dict[str, Any]]:
    """A .jsonl of `{"conn": N, "t": seconds, "frame": text}` or `{"conn": N, "t": seconds, "close": true}`."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def play(tmp_path: Path, recs: list[dict[str, Any]], platform: str | dict[int, str] = "",
         binary: bool = False) -> tuple[list[Comment], dict[str, Any]]:
    """The records in order (`?platform=` as given, for all connections or per connection; frames as
    binary websocket frames if `binary`, as OrdinaryRoad sends them): the stored rows and the pipeline's
    counters."""
    engine = open_database(tmp_path)
    show = Store(engine).create_show("stream")
    writer = CommentWriter(engine)
    p = IngestPipeline(writer, next_comment_id(engine))
    p.set_show(show)
    clock = [T0]
    p.clock = lambda: clock[0]
    ctxs: dict[int, Any] = {}
    last = 0
    for rec in recs:
        t = float(rec["t"])
        for sec in range(last + 1, math.floor(t) + 1):
            clock[0] = T0 + sec
            p.sweep(T0 + sec)
        last = max(last, math.floor(t))
        clock[0] = T0 + t
        if rec["conn"] not in ctxs:
            named = platform.get(rec["conn"], "") if isinstance(platform, dict) else platform
            state = {"platform": named} if named else {}
            ctxs[rec["conn"]] = type("Ctx", (), {"peer": "test", "source": "", "state": state})
        if rec.get("close"):
            p.on_close(ctxs[rec["conn"]])
        else:
            p.on_frame(rec["frame"].encode("utf-8") if binary else rec["frame"], ctxs[rec["conn"]])
    for ctx in ctxs.values():
        p.on_close(ctx)  # a second close of a closed connection stores nothing more
    writer.close()
    rows = Store(engine).comments(show)
    engine.dispose()
    return rows, p.snapshot()


def gift_totals(rows: list[Comment]) -> dict[str, tuple[int, float]]:
    """Per viewer and gift: the units and value its stored rows add up to."""
    out: dict[str, tuple[int, float]] = {}
    for c in rows:
        if c.kind == "gift":
            x = c.extra or {}
            n, v = out.get(f"{c.user_id}|{x['gift']}", (0, 0.0))
            out[f"{c.user_id}|{x['gift']}"] = (n + int(x["count"]), v + float(x["value"]))
    return out
