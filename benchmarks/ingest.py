"""Ingest benchmark: the desktop app (offscreen) takes a comment stream from another process.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ingest.py --batch 1 [--events 1000000]
        [--duration 600] [--paced 0] [--rate 20000] [--no-desks] [--writer process|thread] [--deflate]
        [--edit-every 1] [--sender sansio|asyncio]

The app is the real one: Runtime (server thread, ingest pipeline, the comment writer in its own
process as in the app, or --writer thread as before, every desk) and
the MainWindow with the feed on screen, run by Qt's own event loop. Phase 1 sends --events events
(or for --duration seconds) at full speed, --batch events a frame; an optional phase 2 sends at
--rate events/s for --paced seconds (--no-backoff: ingest ignores late GUI heartbeats). A poll
and a lottery are open while it runs (--no-desks: not), so votes and entrants are counted as on
air. For each phase it prints:
- events/s decoded, stored and shown: from the sender's start until every event is accepted,
  written by the writer and taken by the GUI's feed (the view is handed the newest of each drain);
- GUI lag p50/p99: how late a 10 ms QTimer heartbeat fires;
- latency p50/p99: the sender's timestamp → the feed's drain;
- CPU per thread, in cores and in µs per event (the latter moves little with the machine's load),
  and the writer process's beside them (its own interpreter lock: it does not slow the app's);
- the sender's own CPU (the relay: on a 2-core machine it takes its share of the same cores), and
  the ceiling those CPU figures set: the cores this process may use over the app's and the sender's
  CPU an event;
- how long a producer's edit takes meanwhile (a price change each --edit-every seconds, through the
  Studio's command on the GUI thread, committed to the same database the writer floods);
then the events lost (sent − stored in the database), the peak RSS of the app's process and of
the writer's (which, spawned from this script, also imports its Qt modules: ~155 MB here against
~63 MB under `livedeck`), and a
null websocket receiver (benchmarks/null_receiver.py: receives and counts, nothing else) fed by
the same sender with the same events in the same run, with the app's rate as a share of it.
The machine's load average is printed before and after: the figures mean little without it, and
so is the GUI lag of the same app idle (--idle seconds, no events): the floor this machine's
other processes set, which no change to ingest can go under.
Targets (issue #22): ≥ 50,000 events/s at --batch 1, lag p99 < 50 ms, 0 lost, RSS < 400 MB after 1M.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The comment writer's spawned process imports this script again as "__mp_main__" (spawn's way):
# with Qt and the UI it would weigh 157 MB instead of the ~63 MB it has under `livedeck`, whose
# entry script imports only app.cli. So the heavy imports are for this process only.
if __name__ != "__mp_main__":
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.core.collector import freeze_startup_objects
    from app.core.comments import Comment
    from app.studio import export_parallel
    from app.studio.runtime import Runtime
    from app.ui.main_window import MainWindow

SENDER = ROOT / "benchmarks" / "sender.py"


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
        self.latencies.extend(now - c.ts for c in batch[:: max(1, len(batch) // 50)])

    def reset(self) -> None:
        self.lags, self.latencies = [], []


def thread_cpu(proc: psutil.Process) -> dict[str, float]:
    """CPU seconds per thread of this process, by thread name (the GUI is the main thread)."""
    names = {t.native_id: t.name for t in threading.enumerate()}
    names[threading.main_thread().native_id] = "GUI (main thread)"
    out: dict[str, float] = {}
    for t in proc.threads():
        name = names.get(t.id, "other (Qt, SQLite, tasks)")
        out[name] = out.get(name, 0.0) + t.user_time + t.system_time
    return out


def children_cpu() -> float:
    """CPU seconds of this process's children that have ended (here: each phase's sender)."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def writer_process(runtime: Runtime) -> psutil.Process | None:
    """The comment writer's own process (app.models.writer_process), if the app runs one."""
    pid = getattr(runtime.writer, "pid", None)
    try:
        return psutil.Process(pid) if pid else None
    except psutil.NoSuchProcess:
        return None


def writer_cpu(runtime: Runtime) -> float:
    """CPU seconds of the writer process so far (its own interpreter: not in the app's threads)."""
    child = writer_process(runtime)
    try:
        return sum(child.cpu_times()[:2]) if child else 0.0
    except psutil.NoSuchProcess:
        return 0.0


def peak_rss(proc: psutil.Process) -> int:
    """The process's peak RSS (Linux's VmHWM), else its RSS now."""
    try:
        for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return int(proc.memory_info().rss)


def run_until(done: Callable[[], bool], timeout: float) -> None:
    """Run Qt's event loop (as the app does) until `done()` or the timeout."""
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(20)
    deadline = time.monotonic() + timeout
    check.timeout.connect(lambda: loop.quit() if done() or time.monotonic() > deadline else None)
    check.start()
    loop.exec()
    check.stop()


def send(url: str, duration: float, batch: int, rate: float, first: int, limit: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(SENDER), url, str(duration), str(batch), str(rate), str(first),
                             str(limit)], stdout=subprocess.PIPE, text=True)


def sent_by(sender: subprocess.Popen[str]) -> int:
    out, _err = sender.communicate()
    return int((out or "0").split()[-1])


class Edits:
    """A producer at work during the flood: a price change every `every` seconds, through the Studio's
    command on the GUI thread as the run-sheet editor runs it; each command's wall time is kept."""

    def __init__(self, runtime: Runtime, every: float) -> None:
        self.studio = runtime.studio
        self.took: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(int(every * 1000))
        self.timer.timeout.connect(self.edit)
        if every > 0:
            self.timer.start()

    def edit(self) -> None:
        items = self.studio.state.segments
        if not items:
            return
        start = time.perf_counter()
        self.studio.execute("runsheet.update", {"item_id": items[0].item_id, "live_price": 99 + len(self.took) % 50})
        self.took.append((time.perf_counter() - start) * 1000)

    def report(self) -> str:
        t = self.took
        return (f"{pct(t, 50):>9.1f} ms / {pct(t, 99):.1f} ms  (max {max(t):.1f} ms, {len(t)} edits)" if t
                else "none made")


def run_phase(runtime: Runtime, probe: Probe, name: str, args: argparse.Namespace, rate: float, duration: float,
              first: int) -> tuple[int, float]:
    p = runtime.pipeline
    before = p.accepted + p.duplicates + p.malformed
    late = [0, p.rate_limit]  # how often the GUI's heartbeat slowed ingest down, the lowest limit set
    gui_late = p.gui_late

    def counted_late() -> None:
        if not args.no_backoff:
            gui_late()
        late[0] += 1
        late[1] = min(late[1], p.rate_limit)

    p.gui_late = counted_late  # type: ignore[method-assign]
    probe.reset()
    cpu_before = thread_cpu(probe.proc)
    child_before = writer_cpu(runtime)
    kids_before = children_cpu()
    edits = Edits(runtime, args.edit_every)
    started = time.monotonic()
    sender = send(f"ws://127.0.0.1:{runtime.server.port}/ingest", duration, args.batch, rate, first,
                  args.events if not rate else 0)
    run_until(lambda: sender.poll() is not None, duration + 600)
    sent = sent_by(sender)
    relay_cpu = children_cpu() - kids_before  # the sender, reaped just now (the writer is not reaped yet)
    run_until(lambda: (p.accepted + p.duplicates + p.malformed - before >= sent and p.pending_n == 0
                       and runtime.writer.pending == 0), 300)
    took = time.monotonic() - started
    edits.timer.stop()
    p.gui_late = gui_late  # type: ignore[method-assign]
    cpu = {k: v - cpu_before.get(k, 0.0) for k, v in thread_cpu(probe.proc).items()}
    if writer_process(runtime):
        cpu["writer process"] = writer_cpu(runtime) - child_before
    lags = probe.lags[20:] or probe.lags
    print(f"{name}")
    print(f"  events sent              {sent:>12,}")
    print(f"  decoded+stored+shown     {sent / took:>12,.0f} events/s  (all in after {took:.1f} s)")
    print(f"  GUI lag p50 / p99        {pct(lags, 50):>9.1f} ms / {pct(lags, 99):.1f} ms  (max {max(lags):.1f} ms)")
    print(f"  latency p50 / p99        {pct(probe.latencies, 50) * 1000:>9.1f} ms / "
          f"{pct(probe.latencies, 99) * 1000:.1f} ms  (sender timestamp → feed drain)")
    print("  CPU per thread (cores)   " + ", ".join(f"{k} {v / took:.2f}" for k, v in sorted(cpu.items())
                                                  if v / took >= 0.005)
          + f"; all {sum(cpu.values()) / took:.2f}")
    print("  CPU µs per event         " + ", ".join(f"{k} {v / sent * 1e6:.1f}" for k, v in sorted(cpu.items())
                                                  if v / took >= 0.005)
          + f"; all {sum(cpu.values()) / sent * 1e6:.1f}  (the machine's load does not change these much)")
    print(f"  sender (the relay)       {relay_cpu / sent * 1e6:>9.1f} µs per event, {relay_cpu / took:.2f} cores  "
          "(another process on the same cores: the app has what is left)")
    cores = export_parallel.cores()
    print(f"  CPU ceiling              {cores * sent / (sum(cpu.values()) + relay_cpu):>12,.0f} events/s  "
          f"({cores} cores / the app's and the sender's CPU an event: no scheduling does better here)")
    print(f"  producer edit p50 / p99  {edits.report()}  (a command on the GUI thread, committed)")
    print(f"  GUI late → ingest slowed {late[0]:>9,} times  (lowest rate limit {late[1]:,.0f}/s, "
          f"now {p.rate_limit:,.0f}/s)")
    return sent, sent / took


def null_rate(args: argparse.Namespace, events: int) -> float:
    """The same sender into a receiver that only counts: the ceiling of this client on this machine."""
    receiver = subprocess.Popen([sys.executable, str(ROOT / "benchmarks" / "null_receiver.py")],
                                stdout=subprocess.PIPE, text=True)
    try:
        assert receiver.stdout is not None
        port = int(receiver.stdout.readline())
        proc = psutil.Process(receiver.pid)
        cpu = sum(proc.cpu_times()[:2])
        sent = sent_by(send(f"ws://127.0.0.1:{port}/", args.duration, args.batch, 0, 0, events))
        _word, received, seconds = receiver.stdout.readline().split()
        took = float(seconds)  # from the connection to the last frame received
        cpu = sum(proc.cpu_times()[:2]) - cpu
    finally:
        receiver.terminate()
        receiver.communicate()
    rate = int(received) * args.batch / took
    print(f"null websocket receiver    {rate:>12,.0f} events/s  ({sent:,} sent, {int(received):,} frames "
          f"received in {took:.1f} s; CPU {cpu / max(1, sent) * 1e6:.1f} µs per event)")
    return rate


def start_app(desks: bool) -> tuple[QApplication, Runtime, MainWindow]:
    app = QApplication(sys.argv[:1])
    runtime = Runtime(Path(tempfile.mkdtemp(prefix="livedeck-bench-")), port=0, speech=False)
    runtime.start()
    runtime.open_initial(demo=True)
    window = MainWindow(runtime.studio, "en")
    window.tabs.setCurrentIndex(1)  # the feed is on screen and painting
    window.resize(1600, 900)
    window.show()
    app.processEvents()
    if desks:  # on air, with a poll and a lottery counting every comment
        if runtime.studio.state.status != "live":
            runtime.studio.execute("show.start")
        runtime.studio.execute("poll.open", {"question": "哪个颜色", "options": ["红色", "蓝色"]})
        runtime.studio.execute("lottery.open", {"prize": "围巾", "keyword": "扣1", "duration_s": 3600})
    freeze_startup_objects()  # as the app does once it has started
    return app, runtime, window


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1_000_000, help="events at full speed")
    ap.add_argument("--duration", type=float, default=600.0, help="at most this many seconds at full speed")
    ap.add_argument("--paced", type=float, default=0.0, help="seconds at --rate after the full-speed phase")
    ap.add_argument("--rate", type=float, default=20_000.0, help="events/s for the paced phase")
    ap.add_argument("--batch", type=int, default=1, help="events per websocket frame")
    ap.add_argument("--no-desks", action="store_true", help="no poll and lottery open")
    ap.add_argument("--idle", type=float, default=5.0, help="seconds of GUI lag measured with no events first")
    ap.add_argument("--no-backoff", action="store_true",
                    help="ingest does not slow down when the GUI's heartbeat is late (to see what it costs)")
    ap.add_argument("--deflate", action="store_true",
                    help="the sender offers permessage-deflate, as browsers and Node's ws client do")
    ap.add_argument("--sender", choices=("sansio", "asyncio"), default="sansio",
                    help="the sender's client: websockets' protocol on a plain socket (a relay's few µs a frame) "
                         "or its asyncio client (one await a frame, ~11 µs)")
    ap.add_argument("--writer", choices=("process", "thread"), default="process",
                    help="the comment writer in its own process (the app's default) or as a thread")
    ap.add_argument("--edit-every", type=float, default=1.0,
                    help="seconds between a producer's price changes during each phase (0: none)")
    args = ap.parse_args()
    os.environ["LIVEDECK_WRITER"] = args.writer
    if args.deflate:
        os.environ["LIVEDECK_BENCH_DEFLATE"] = "1"  # read by benchmarks/sender.py
    os.environ["LIVEDECK_BENCH_SENDER"] = args.sender  # read by benchmarks/sender.py
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # figures as they come, even if cut short
    print(f"load average before        {' '.join(f'{x:.2f}' for x in os.getloadavg())}  ({os.cpu_count()} CPUs)")
    app, runtime, window = start_app(not args.no_desks)
    probe = Probe()
    assert runtime.feed is not None
    runtime.feed.arrived.connect(probe.on_batch)
    if args.idle > 0:
        run_until(lambda: False, args.idle)
        lags = probe.lags[20:] or probe.lags
        print(f"GUI lag idle p50 / p99     {pct(lags, 50):>9.1f} ms / {pct(lags, 99):.1f} ms  (max {max(lags):.1f} ms; "
              f"no events for {args.idle:.0f} s: this machine's floor)")
    sent, rate = run_phase(runtime, probe, f"full speed, batch {args.batch}", args, 0, args.duration, 0)
    if args.paced > 0:
        sent += run_phase(runtime, probe, f"paced at {args.rate:,.0f} events/s, {args.paced:.0f} s", args,
                          args.rate, args.paced, 10**9)[0]
    runtime.writer.flush(120)
    probe.rss_peak = max(probe.rss_peak, probe.proc.memory_info().rss)
    show = runtime.studio.show_id
    assert show is not None
    stored = runtime.store.count_comments(show).get("comment", 0)
    snap = runtime.studio.snapshot()
    entrants = (snap.get("lottery") or {}).get("entrants")
    voters = (snap.get("poll") or {}).get("voters")
    shown = runtime.feed.total - runtime.feed.left_out
    child = writer_process(runtime)
    child_rss = peak_rss(child) if child else 0
    window.close()
    runtime.shutdown()
    shutil.rmtree(runtime.data_dir, ignore_errors=True)  # ~190 MB after 1M events: a temp dir of its own
    print(f"events stored              {stored:>12,}   ({'0 lost' if stored == sent else f'{sent - stored:,} LOST'})")
    print(f"handed to the feed view    {shown:>12,}   ({runtime.feed.left_out:,} stored and counted, not listed)")
    if entrants is not None:
        print(f"poll voters / entrants     {voters!s:>12} / {entrants}  (counted on the ingest side)")
    print(f"peak RSS                   {probe.rss_peak / 2**20:>9.0f} MB  (after {stored:,} events)")
    if child_rss:
        print(f"peak RSS, writer process   {child_rss / 2**20:>9.0f} MB  (its own; the app's is above)")
    print(f"load average after app     {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    null = null_rate(args, args.events)
    print(f"studio / null receiver     {rate / null:>12.2f}")
    print(f"load average at the end    {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    del app
    return 0 if stored == sent else 1


if __name__ == "__main__":
    raise SystemExit(main())
