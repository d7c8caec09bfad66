"""The ingest path without the GUI: detect and parse → edge → dedupe → triage → writer hand-off, at
one LiveDeck event per frame, in CPU time (steadier than wall time on a shared machine). The writer
is a stub: benchmarks/ingest.py measures the whole app.

Three ways, best of 7 each, interleaved so machine load hits all of them:
- `on_frames`, the frames of one 64 KiB read at a time, decoded by orjson: what an /ingest websocket
  does (app.live.ingest_connection);
- `on_frame`, one frame at a time (relay clients, HTTP POST), orjson;
- `on_frame` with the stdlib's json.loads (as before issue #22).

    .venv/bin/python benchmarks/ingest_frames.py [--frames 60000] [--read 65536] [--desks]

--desks: a poll, a lottery and the question queue counting every comment on the ingest side, with
benchmarks/sender.py's texts (a room's few repeated comments, one in 8 a question in ~3,000 wordings),
as benchmarks/ingest.py runs them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core import lottery as lt
from app.core import poll as pl
from app.core import questions as qs
from app.live import counting as ct
from app.live.adapters import frame as frame_module
from app.live.ingest import IngestPipeline
from app.live.server import IngestContext
from benchmarks.sender import text_of

TEXTS = ["3号链接还有货吗", "好看", "多少钱", "福袋什么时候开", "扣1"]


class StubWriter:
    congested = False

    def put(self, show: int, batch: list[Any]) -> None:
        pass


def one_run(r: int, n: int, read: int, desks: bool = False) -> float:
    """CPU seconds for `n` frames, handed on `read` bytes' worth at a time (0: one by one)."""
    frames = [json.dumps([{"type": "comment", "platform": "bench", "msg_id": f"{r}-{i}", "ts": 1764000000.0,
                           "user": {"id": str(i % 5000), "name": f"观众{i % 5000}"},
                           "text": text_of(i) if desks else TEXTS[i % 5]}],
                         ensure_ascii=False) for i in range(n)]
    p = IngestPipeline(StubWriter(), 1)  # type: ignore[arg-type]
    p.set_show(1)
    if desks:
        c = p.counting
        c.start("poll", 1, lambda a: ct.PollCounter(pl.Tally(pl.PollSpec(("红色", "蓝色"))), a))
        c.start("lottery", 1, lambda a: ct.EntrantCounter(lt.EntryRule("扣1"), a))
        c.start("questions", 1, lambda a: ct.QuestionCounter(qs.QuestionQueue(), a, None))
    ctx = IngestContext(peer="127.0.0.1")
    per_read = max(1, read // len(frames[0].encode())) if read else 0
    t = time.process_time()
    if per_read:
        for i in range(0, n, per_read):
            p.on_frames(frames[i:i + per_read], ctx)
            if p.pending_n > 1000:
                p.drain(1)  # as the GUI would: keeps `pending` short
    else:
        for f in frames:
            p.on_frame(f, ctx)
            if p.pending_n > 1000:
                p.drain(1)
    took = time.process_time() - t
    assert p.accepted == n
    return took


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--frames", type=int, default=60_000)
    ap.add_argument("--read", type=int, default=65_536, help="bytes a socket read brings, for on_frames")
    ap.add_argument("--desks", action="store_true", help="poll, lottery and questions counting, sender.py's texts")
    args = ap.parse_args()
    n = args.frames
    shipped = frame_module.loads
    ways = {f"on_frames, a {args.read:,}-byte read at a time, orjson": (shipped, args.read),
            "on_frame, one frame at a time, orjson": (shipped, 0),
            "on_frame, one frame at a time, json.loads": (json.loads, 0)}
    best = dict.fromkeys(ways, float("inf"))
    for r in range(7):
        for k, (name, (fn, read)) in enumerate(ways.items()):
            frame_module.loads = fn  # type: ignore[assignment]
            best[name] = min(best[name], one_run(r * len(ways) + k, n, read, args.desks))
    frame_module.loads = shipped
    for name, took in best.items():
        print(f"{name:<48} {n / took:>10,.0f} frames/s  ({took / n * 1e6:.2f} µs a frame, CPU, best of 7)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
