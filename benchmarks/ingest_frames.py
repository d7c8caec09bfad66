"""The ingest path without the GUI: `IngestPipeline.on_frame` (detect and parse → edge → dedupe → triage
→ writer hand-off) at one LiveDeck event per frame, in CPU time (steadier than wall time on a shared
machine). The writer is a stub: benchmarks/ingest.py measures the whole app.

It runs the path twice in the same process, with frames decoded by orjson (as shipped) and by the
stdlib's json.loads (as before issue #22), best of 7 each, interleaved so machine load hits both.

    .venv/bin/python benchmarks/ingest_frames.py [--frames 60000]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.live.adapters import frame as frame_module
from app.live.ingest import IngestPipeline
from app.live.server import IngestContext

TEXTS = ["3号链接还有货吗", "好看", "多少钱", "福袋什么时候开", "扣1"]


class StubWriter:
    congested = False

    def put(self, show: int, batch: list[Any]) -> None:
        pass


def one_run(r: int, n: int) -> float:
    frames = [json.dumps([{"type": "comment", "platform": "bench", "msg_id": f"{r}-{i}", "ts": 1764000000.0,
                           "user": {"id": str(i % 5000), "name": f"观众{i % 5000}"}, "text": TEXTS[i % 5]}],
                         ensure_ascii=False) for i in range(n)]
    p = IngestPipeline(StubWriter(), 1)  # type: ignore[arg-type]
    p.set_show(1)
    ctx = IngestContext(peer="127.0.0.1")
    t = time.process_time()
    for f in frames:
        p.on_frame(f, ctx)
        if p.pending_n > 1000:
            p.drain(1)  # as the GUI would: keeps `pending` short
    took = time.process_time() - t
    assert p.accepted == n
    return took


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--frames", type=int, default=60_000)
    n = ap.parse_args().frames
    shipped = frame_module.loads
    best = {"orjson": float("inf"), "json.loads": float("inf")}
    for r in range(7):
        for name, fn in (("orjson", shipped), ("json.loads", json.loads)):
            frame_module.loads = fn  # type: ignore[assignment]
            best[name] = min(best[name], one_run(r * 2 + (name == "json.loads"), n))
    frame_module.loads = shipped
    for name, took in best.items():
        print(f"on_frame, 1 event a frame, {name:<10} {n / took:>10,.0f} frames/s  "
              f"({took / n * 1e6:.2f} µs a frame, CPU, best of 7)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
