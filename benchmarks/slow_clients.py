"""Slow /control clients: how much server memory do clients that never read cost?

    .venv/bin/python benchmarks/slow_clients.py [--clients 20] [--rate 425] [--duration 10]

Starts a LiveServer in this process, connects --clients /control clients that never read,
publishes --rate event messages a second (--size bytes each) for --duration seconds, and prints
the RSS growth and how many clients the server dropped. The kernel's socket buffers (on loopback
up to 4 MB sent + 32 MB received a client) would absorb the first minutes, so the clients ask for
a small receive buffer. Issue #13 measured +18 MB/s with 20 such clients at 425 events/s; on this
machine main gave +109 MB in 10 s (10.9 MB/s), the bounded send queues +1 MB with all 20 dropped.
Run it against another checkout with ROOT=/path/to/checkout to compare.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import gc
import os
import sys
import time
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(os.environ.get("ROOT", Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(ROOT))

from app.live.server import LiveServer  # noqa: E402
from tests.doubles import stuck_client  # noqa: E402


def _echo(cmd: str, args: dict[str, Any]) -> concurrent.futures.Future[dict[str, Any]]:
    f: concurrent.futures.Future[dict[str, Any]] = concurrent.futures.Future()
    f.set_result({})
    return f


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--rate", type=float, default=425.0)
    ap.add_argument("--duration", type=float, default=10.0)
    ap.add_argument("--size", type=int, default=2000, help="bytes per message (~ a state push)")
    a = ap.parse_args()
    server = LiveServer(_echo, port=0)
    server.start()
    clients = [stuck_client(server.port) for _ in range(a.clients)]
    proc = psutil.Process()
    gc.collect()
    rss0 = proc.memory_info().rss
    payload = "x" * a.size
    start = time.monotonic()
    n = 0
    peak = rss0
    while (elapsed := time.monotonic() - start) < a.duration:
        while n < elapsed * a.rate:
            server.publish({"type": "event", "event": {"seq": n, "pad": payload}})
            n += 1
        time.sleep(0.01)
        peak = max(peak, proc.memory_info().rss)
    time.sleep(0.5)
    rss1 = proc.memory_info().rss
    dropped = getattr(server, "health", {}).get("slow_client_dropped", "n/a")
    import app
    print(f"app from {Path(app.__file__).parent.parent}")
    print(f"{a.clients} non-reading clients, {n} messages in {a.duration:.0f} s: "
          f"RSS +{(peak - rss0) / 1e6:.1f} MB peak ({(peak - rss0) / 1e6 / a.duration:.1f} MB/s), "
          f"+{(rss1 - rss0) / 1e6:.1f} MB at the end; dropped: {dropped}")
    for c in clients:
        c.close()
    server.stop()


if __name__ == "__main__":
    main()
