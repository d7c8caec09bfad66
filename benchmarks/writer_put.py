"""What the comment writer process costs the app's own process, per row (issue #22, point 4).

The app's interpreter lock is what limits ingest, so what counts is the CPU the *parent* spends on
a row: the caller's `put` (the server thread) plus the sender thread (rows → tuples → one pickled
batch → pipe) plus the reader thread (acknowledgements). The child's CPU is printed apart: it runs
under its own interpreter lock. Target: ≤ 3 µs per row in the parent in all.

    .venv/bin/python benchmarks/writer_put.py [--rows 300000] [--per-put 1]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.comments import Comment
from app.models.db import open_database
from app.models.store import Store
from app.models.writer import CommentWriter
from app.models.writer_process import ProcessWriter


def thread_cpu() -> dict[str, float]:
    names = {t.native_id: t.name for t in threading.enumerate()}
    return {names.get(t.id, "other"): t.user_time + t.system_time for t in psutil.Process().threads()}


def run(kind: str, rows: int, per_put: int) -> None:
    engine = open_database(Path(tempfile.mkdtemp(prefix="writer-put-")))
    show = Store(engine).create_show("bench")
    comments = [Comment("comment", "douyin", f"m{i}", 1_764_000_000.0 + i, f"u{i % 5000}", f"观众{i % 5000}",
                        f"第{i}条 这个多少钱", id=i) for i in range(1, rows + 1)]
    chunks = [comments[i:i + per_put] for i in range(0, rows, per_put)]
    writer = ProcessWriter(engine) if kind == "process" else CommentWriter(engine)
    writer.flush(60)  # the child is up
    before = thread_cpu()
    child = psutil.Process(writer.pid) if isinstance(writer, ProcessWriter) else None
    child_before = sum(child.cpu_times()[:2]) if child else 0.0
    started = time.perf_counter()
    put_cpu = time.thread_time()
    for c in chunks:
        writer.put(show, c)
    put_cpu = time.thread_time() - put_cpu
    assert writer.flush(300)
    took = time.perf_counter() - started
    after = thread_cpu()
    child_cpu = sum(child.cpu_times()[:2]) - child_before if child else 0.0
    hwm = [line.split()[1] for line in Path(f"/proc/{child.pid}/status").read_text().splitlines()
           if line.startswith("VmHWM:")] if child else []
    cpu = {k: after.get(k, 0.0) - before.get(k, 0.0) for k in after}
    threads = {k: v for k, v in cpu.items() if k != "MainThread" and v > 0.001}
    parent = put_cpu + sum(threads.values())
    print(f"{kind:8} {rows:,} rows, {per_put} per put: {rows / took:,.0f} rows/s; µs per row in the app's "
          f"process: put {put_cpu / rows * 1e6:.2f}, "
          + ", ".join(f"{k} {v / rows * 1e6:.2f}" for k, v in sorted(threads.items()))
          + f"; all {parent / rows * 1e6:.2f}" + (f"; child process {child_cpu / rows * 1e6:.2f}" if child else "")
          + (f"; child's peak RSS {int(hwm[0]) / 1024:.0f} MB" if hwm else ""))
    assert Store(engine).count_comments(show) == {"comment": rows} and writer.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=300_000)
    ap.add_argument("--per-put", type=int, default=1, help="comments per put (ingest puts each frame's)")
    args = ap.parse_args()
    for kind in ("thread", "process"):
        run(kind, args.rows, args.per_put)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
