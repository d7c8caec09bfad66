"""8 rooms × 2,000 events/s into one PostgreSQL: nothing lost, each room's writer keeps up, the
wall stays < 2 s behind (issue #21).

    .venv/bin/python benchmarks/pg_rooms.py [--rooms 8] [--rate 2000] [--seconds 30] [--url postgresql://…]

Without --url it starts a throwaway PostgreSQL 15 cluster (tests/pgcluster.py). Each room is a
process of its own, as each studio is: its store, its CommentWriter and its RoomBeat on one
shared database, fed in 20 ms batches at --rate (what ingest hands the writer). Writer lag is
sampled every 20 ms as "now − when the oldest row not yet written was handed over"; the wall is a
RoomWatcher in this process, and its staleness is each room's `age_s` as the wall sees it.
Prints per room: rows sent, rows in the database, dead letters, writer lag p50/p99/max; then
the wall's staleness p50/p99/max.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import sys
import threading
import time
from bisect import bisect_right
from pathlib import Path
from typing import Any

ROOT = Path(os.environ.get("ROOT", Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from app.core.comments import Comment  # noqa: E402
from app.models.db import open_url  # noqa: E402
from app.models.rooms import RoomBeat, RoomWatcher  # noqa: E402
from app.models.schema import CommentRow  # noqa: E402
from app.models.store import Store  # noqa: E402
from app.models.writer import CommentWriter, next_comment_id  # noqa: E402

TEXTS = ["3号链接还有货吗？", "164 穿什么码", "主播好美", "福袋", "已拍，求快点发货", "燕麦色显黑吗", "想要", "扣1"]


def pct(xs: list[float], p: float) -> float:
    if not xs:
        return 0.0
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))]


def room(url: str, show_id: int, rate: float, seconds: float, start_at: float, out: Any) -> None:
    engine = open_url(url)
    writer = CommentWriter(engine)
    beat = RoomBeat(engine)
    next_id = next_comment_id(engine)
    put_at: list[float] = []  # time each cumulative count of rows was handed over
    put_n: list[int] = []
    lags: list[float] = []
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            now, written = time.monotonic(), writer.written + writer.dead_letters
            i = bisect_right(put_n, written)  # the first batch not fully written
            lags.append(now - put_at[i] if i < len(put_n) else 0.0)
            time.sleep(0.02)

    while time.time() < start_at:
        time.sleep(0.005)
    t0 = time.monotonic()
    sampler = threading.Thread(target=sample, daemon=True)
    sent, batch_n = 0, max(1, int(rate / 50))
    sampler.start()
    while time.monotonic() - t0 < seconds:
        batch = []
        for k in range(batch_n):
            n = sent + k
            batch.append(Comment("comment", "douyin", f"m{n}", time.time(), f"u{n % 5000}", f"观众{n % 5000}",
                                 TEXTS[n % len(TEXTS)], id=next_id + n))
        writer.put(show_id, batch)
        sent += batch_n
        put_at.append(time.monotonic())
        put_n.append(sent)
        beat.set(show_id, {"title": f"room {show_id}", "status": "live", "comments_per_min": rate * 60,
                           "ts": time.time()})
        time.sleep(max(0.0, t0 + sent / rate - time.monotonic()))
    ok = writer.close(120)
    done.set()
    sampler.join()
    beat.stop()
    with engine.connect() as conn:
        q = select(func.count()).select_from(CommentRow).where(CommentRow.show_id == show_id)
        stored = int(conn.scalar(q) or 0)
    engine.dispose()
    out.put({"show": show_id, "sent": sent, "stored": stored, "dead": writer.dead_letters, "ok": ok,
             "p50": pct(lags, 0.5), "p99": pct(lags, 0.99), "max": max(lags, default=0.0)})


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rooms", type=int, default=8)
    ap.add_argument("--rate", type=float, default=2000.0)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--url")
    args = ap.parse_args()
    cluster = None
    if args.url is None:
        from tests.pgcluster import PgCluster

        cluster = PgCluster()
    url = args.url or cluster.url  # type: ignore[union-attr]
    try:
        engine = open_url(url)
        store = Store(engine)
        shows = [store.create_show(f"room {i + 1}") for i in range(args.rooms)]
        ctx = mp.get_context("spawn")
        out = ctx.Queue()
        start_at = time.time() + 3.0  # every room starts together, after the spawns
        procs = [ctx.Process(target=room, args=(url, s, args.rate, args.seconds, start_at, out)) for s in shows]
        for p in procs:
            p.start()
        watcher = RoomWatcher(engine, period=0.5, idle_s=1e9)
        stale: list[float] = []
        while time.time() < start_at + 2:
            time.sleep(0.1)
        t_end = start_at + args.seconds
        while time.time() < t_end - 0.5:
            rooms = watcher.rooms()
            if rooms:
                stale.append(max(r["age_s"] for r in rooms))
                seen = len(rooms)
            time.sleep(0.25)
        results = sorted((out.get(timeout=300) for _ in procs), key=lambda r: r["show"])
        for p in procs:
            p.join(30)
        watcher.stop()
        engine.dispose()
    finally:
        if cluster is not None:
            cluster.close()
    print(f"{args.rooms} rooms × {args.rate:.0f} ev/s for {args.seconds:.0f} s into one PostgreSQL")
    print("room   sent     stored   dead  lag p50   lag p99   lag max")
    for r in results:
        print(f"{r['show']:<6} {r['sent']:<8} {r['stored']:<8} {r['dead']:<5} {r['p50'] * 1000:6.0f} ms "
              f"{r['p99'] * 1000:6.0f} ms {r['max'] * 1000:6.0f} ms")
    lost = sum(r["sent"] - r["stored"] for r in results)
    total = sum(r["sent"] for r in results)
    print(f"total sent {total}, stored {sum(r['stored'] for r in results)}, lost {lost}, "
          f"rate {total / args.seconds:.0f} ev/s")
    print(f"worst writer lag p99 {max(r['p99'] for r in results) * 1000:.0f} ms")
    print(f"wall: {seen} rooms seen; staleness p50 {statistics.median(stale):.2f} s, p99 {pct(stale, 0.99):.2f} s, "
          f"max {max(stale):.2f} s ({len(stale)} samples)")
    return 0 if lost == 0 and all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
