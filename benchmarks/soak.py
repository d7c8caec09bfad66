"""Soak benchmark: a long show at a steady comment rate, the desktop app's memory sampled as it runs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/soak.py [--minutes 10] [--rate 300]
        [--every 30]

The real app as benchmarks/ingest.py runs it (Runtime, every desk, the MainWindow with the feed on
screen), on air with a poll and a lottery open, takes --rate events/s (one a frame, as relays send)
for --minutes, while the producer's work goes on: the next product every minute, a price change, a
flash sale. Every --every seconds it prints the RSS, the Python objects the collector tracks and the
GUI lag p99 of that stretch. At the end: the RSS growth per hour, fitted over the second half and
the last third, which is what a longer show would add once what is bounded has filled: the dedupe
keys (800k, about 50 MB: 45 minutes at 300/s, 13 at 1,000/s), the question desk's 20,000 groups
(a new product on air every minute makes new groups of the same questions) and its askers (two
generations of 500,000 pairs).
The studio keeps a bounded window of comments in memory and everything else in SQLite, so the
growth should be near zero; a leak shows as a steady slope. The sampling makes the figures noisy
on a busy machine: the load average is printed with them. The comment writer's own process (app.models.
writer_process) is sampled too, in its own column.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# The comment writer's spawned process imports this script again as "__mp_main__": not the app.
if __name__ != "__mp_main__":
    from benchmarks.ingest import Probe, pct, run_until, send, sent_by, start_app, writer_process


def slope_mb_per_hour(samples: list[tuple[float, int]]) -> float:
    """Least-squares slope of RSS (bytes) over time (seconds), as MB per hour."""
    n = len(samples)
    if n < 2:
        return float("nan")
    mt = sum(t for t, _ in samples) / n
    mr = sum(r for _, r in samples) / n
    var = sum((t - mt) ** 2 for t, _ in samples)
    cov = sum((t - mt) * (r - mr) for t, r in samples)
    return cov / var * 3600 / 2**20 if var else float("nan")


def producer_step(studio: object, minute: int) -> None:
    """What a producer and an assistant do once a minute on air, through the Studio's commands."""
    run = studio.execute  # type: ignore[attr-defined]
    state = studio.snapshot()  # type: ignore[attr-defined]
    items = state.get("runsheet") or []
    if not items:
        return
    index = minute % len(items)
    run("segment.goto", {"index": index})
    item = items[index]
    run("runsheet.update", {"item_id": item["item_id"], "live_price": 99 + minute % 50})
    if minute % 3 == 0:
        run("sale.start", {"item_id": item["item_id"], "price": 59, "quantity": 50, "duration_s": 60})


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--rate", type=float, default=300.0, help="events/s (a busy Douyin room: 100-500)")
    ap.add_argument("--every", type=float, default=30.0, help="seconds between samples")
    ap.add_argument("--trace", action="store_true",
                    help="tracemalloc: print where the memory grew over the second half (slower)")
    args = ap.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    print(f"load average before  {' '.join(f'{x:.2f}' for x in os.getloadavg())}  ({os.cpu_count()} CPUs)")
    app, runtime, window = start_app(True)
    probe = Probe()
    duration = args.minutes * 60
    sender = send(f"ws://127.0.0.1:{runtime.server.port}/ingest", duration, 1, args.rate, 0, 0)
    started = time.monotonic()
    samples: list[tuple[float, int]] = []
    minute = 0
    if args.trace:
        tracemalloc.start(3)
    middle: tracemalloc.Snapshot | None = None
    print(f"{'minute':>7} {'RSS MB':>8} {'writer MB':>9} {'gc objects':>11} {'lag p99 ms':>11} {'stored':>10}")
    writer_rss: list[int] = []
    while sender.poll() is None:
        probe.reset()
        run_until(lambda: sender.poll() is not None, args.every)
        elapsed = time.monotonic() - started
        while minute < int(elapsed // 60):
            minute += 1
            try:
                producer_step(runtime.studio, minute)
            except Exception as exc:  # a refused step (e.g. a sale already running) is the show going on
                print(f"  (minute {minute}: {exc})")
        rss = probe.proc.memory_info().rss
        samples.append((elapsed, rss))
        child = writer_process(runtime)  # looked up each time: a writer that died was replaced
        writer_rss.append(child.memory_info().rss if child is not None else 0)
        if args.trace and middle is None and elapsed >= duration / 2:
            middle = tracemalloc.take_snapshot()
        lags = probe.lags[5:] or probe.lags
        show = runtime.studio.show_id
        stored = runtime.store.count_comments(show).get("comment", 0) if show is not None else 0
        print(f"{elapsed / 60:>7.1f} {rss / 2**20:>8.0f} {writer_rss[-1] / 2**20:>9.0f} {len(gc.get_objects()):>11,} "
              f"{pct(lags, 99):>11.1f} "
              f"{stored:>10,}")
    sent = sent_by(sender)
    if middle is not None:
        print("grown over the second half (tracemalloc, top 12 by line):")
        for stat in tracemalloc.take_snapshot().compare_to(middle, "lineno")[:12]:
            print(f"  {stat.size_diff / 2**20:+8.2f} MB {stat.count_diff:+9,} blocks  {stat.traceback[0]}")
    runtime.writer.flush(120)
    show = runtime.studio.show_id
    stored = runtime.store.count_comments(show).get("comment", 0) if show is not None else 0
    window.close()
    runtime.shutdown()
    shutil.rmtree(runtime.data_dir, ignore_errors=True)  # ~190 MB after 1M events: a temp dir of its own
    half = [s for s in samples if s[0] >= duration / 2]
    print(f"events sent / stored {sent:,} / {stored:,}  ({'0 lost' if stored == sent else f'{sent - stored:,} LOST'})")
    print(f"RSS first / last     {samples[0][1] / 2**20:.0f} / {samples[-1][1] / 2**20:.0f} MB; the writer process "
          f"{writer_rss[0] / 2**20:.0f} / {writer_rss[-1] / 2**20:.0f} MB (max {max(writer_rss) / 2**20:.0f})")
    third = [s for s in samples if s[0] >= duration * 2 / 3]
    print(f"RSS growth           {slope_mb_per_hour(half):+.1f} MB per hour fitted over the second half, "
          f"{slope_mb_per_hour(third):+.1f} over the last third")
    print(f"load average after   {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    del app
    return 0 if stored == sent else 1


if __name__ == "__main__":
    raise SystemExit(main())
