"""Ingest benchmark: the desktop app (offscreen) takes comment streams from another process.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ingest.py [--duration 60] [--paced 20] [--rate 20000]

Phase 1 sends at full speed for --duration seconds; phase 2 sends at --rate events/s for --paced
seconds. For each it prints the sustained events/s, end-to-end latency p50/p99 (the sender's
timestamp → the row in the feed model), GUI event-loop lag p99 (how late a 10 ms timer fires);
then the peak RSS and whether the database holds exactly what was sent. Targets: ≥ 20,000
events/s, 0 lost, lag p99 < 50 ms, RSS < 400 MB after 1M events.

At full speed the sender fills every buffer on the way (its socket, the kernel, the server's
queue), so latency there is mostly queueing; the paced phase shows latency at the target rate.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.comments import Comment  # noqa: E402
from app.studio.runtime import Runtime, freeze_startup_objects  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p / 100))]


class Probe:
    """GUI lag (a 10 ms timer's lateness), feed latency samples and peak RSS."""

    def __init__(self) -> None:
        self.lags: list[float] = []
        self.latencies: list[float] = []
        self.rss_peak = 0
        self.proc = psutil.Process()
        self.clock = QElapsedTimer()
        self.clock.start()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    def beat(self) -> None:
        self.lags.append(max(0.0, self.clock.restart() - 10.0))
        if len(self.lags) % 50 == 0:
            self.rss_peak = max(self.rss_peak, self.proc.memory_info().rss)

    def on_batch(self, batch: list[Comment]) -> None:
        now = time.time()
        self.latencies.extend(now - c.ts for c in batch[:: max(1, len(batch) // 200)])

    def reset(self) -> None:
        self.lags, self.latencies = [], []


def run_phase(app: QApplication, runtime: Runtime, probe: Probe, name: str, duration: float, batch: int,
              rate: float, first: int) -> int:
    url = f"ws://127.0.0.1:{runtime.server.port}/ingest"
    before = runtime.pipeline.accepted + runtime.pipeline.duplicates + runtime.pipeline.malformed
    probe.reset()
    sender = subprocess.Popen([sys.executable, str(ROOT / "benchmarks" / "sender.py"), url, str(duration), str(batch),
                               str(rate), str(first)], stdout=subprocess.PIPE, text=True)
    started = time.monotonic()
    while sender.poll() is None:
        app.processEvents()
        time.sleep(0.001)
    sent = int((sender.stdout.read() if sender.stdout else "0").split()[-1])
    deadline = time.monotonic() + 120
    while (runtime.pipeline.accepted + runtime.pipeline.duplicates + runtime.pipeline.malformed - before < sent
           and time.monotonic() < deadline):
        app.processEvents()
        time.sleep(0.005)
    took = time.monotonic() - started
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)
    lags = probe.lags[20:] or probe.lags
    print(f"{name}")
    print(f"  events sent          {sent:>12,}")
    print(f"  sustained rate       {sent / took:>12,.0f} events/s  (all ingested after {took:.1f} s)")
    print(f"  latency p50 / p99    {pct(probe.latencies, 50) * 1000:>9.1f} ms / "
          f"{pct(probe.latencies, 99) * 1000:.1f} ms  (sender timestamp → feed model)")
    print(f"  GUI loop lag p99     {pct(lags, 99):>9.1f} ms   (max {max(lags):.1f} ms, "
          f"mean {statistics.fmean(lags):.2f} ms)")
    return sent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--duration", type=float, default=60.0, help="seconds at full speed")
    ap.add_argument("--paced", type=float, default=20.0, help="seconds at --rate")
    ap.add_argument("--rate", type=float, default=20_000.0, help="events/s for the paced phase")
    ap.add_argument("--batch", type=int, default=50, help="events per websocket frame")
    args = ap.parse_args()

    app = QApplication(sys.argv[:1])
    runtime = Runtime(Path(tempfile.mkdtemp(prefix="livedeck-bench-")), port=0, speech=False)
    runtime.start()
    runtime.open_initial(demo=True)
    window = MainWindow(runtime.studio, "en")
    window.tabs.setCurrentIndex(1)  # the feed is on screen and painting
    window.resize(1600, 900)
    window.show()
    app.processEvents()
    freeze_startup_objects()  # as the app does once it has started
    probe = Probe()
    assert runtime.feed is not None
    runtime.feed.arrived.connect(probe.on_batch)

    sent = run_phase(app, runtime, probe, f"full speed, {args.duration:.0f} s", args.duration, args.batch, 0, 0)
    if args.paced > 0:
        sent += run_phase(app, runtime, probe, f"paced at {args.rate:,.0f} events/s, {args.paced:.0f} s",
                          args.paced, args.batch, args.rate, 10**9)
    runtime.writer.flush(120)
    probe.rss_peak = max(probe.rss_peak, probe.proc.memory_info().rss)
    show = runtime.studio.show_id
    assert show is not None
    stored = runtime.store.count_comments(show).get("comment", 0)
    window.close()
    runtime.shutdown()
    print(f"events stored          {stored:>12,}   ({'0 lost' if stored == sent else f'{sent - stored:,} LOST'})")
    print(f"peak RSS               {probe.rss_peak / 2**20:>9.0f} MB  (after {stored:,} events)")
    return 0 if stored == sent else 1


if __name__ == "__main__":
    raise SystemExit(main())
