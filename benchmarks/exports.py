"""Export benchmark: `livedeck export SHOW --what comments|events` of a 2M-comment show, as JSON and CSV.

    .venv/bin/python benchmarks/exports.py [--comments 2000000] [--rebuild]

The show is built once (one executemany in one transaction) in a temp data dir and reused later.
Each export runs the real CLI in a child process writing to a file; prints rows/s (target
≥ 500,000 for comments), the CPU it used with its worker processes (a big show is exported by one
process per core: app/studio/export_parallel.py) and the peak RSS of the largest process (it should
stay flat, whatever the row count). Rows per CPU-second is what survives a busy machine: the wall
rate is at best that times the free cores.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core import comments as cm
from app.core.runsheet import Item
from app.models.db import DB_NAME, make_engine, upgrade
from app.models.store import Store

VERSION = 1  # bump when the built show changes
T0 = 1_764_000_000.0
KINDS = ["comment"] * 70 + ["like"] * 10 + ["join"] * 10 + ["gift"] * 5 + ["order"] * 5
TEXTS = ["主播好美", "多少钱?", "有没有大码", "已拍", "3号链接", "=HYPERLINK(\"x\")", "质量差, 退款", "好看\n真的",
         "怎么买", "来了来了", "-5 块?", "什么时候发货"]
FLAGS = [0, cm.QUESTION, cm.QUESTION, 0, cm.PRODUCT, 0, cm.NEGATIVE, 0, cm.QUESTION, 0, 0, cm.QUESTION]


def build(data_dir: Path, n: int) -> int:
    """A show with n comments; returns its id."""
    data_dir.mkdir(parents=True, exist_ok=True)
    db = data_dir / DB_NAME
    for p in data_dir.glob(DB_NAME + "*"):
        p.unlink()
    engine = make_engine(db)
    upgrade(engine)
    store = Store(engine)
    show_id = store.create_show("导出基准", "douyin", "主播", datetime.fromtimestamp(T0),
                                [Item("商品1", "SKU-1", 19900, 9900, 500, 4.0)])
    rng = random.Random(5)

    def rows():  # type: ignore[no-untyped-def]
        for i in range(n):
            kind = rng.choice(KINDS)
            k = rng.randrange(len(TEXTS))
            extra = None
            if kind == "gift":
                extra = '{"gift": "玫瑰", "count": 2, "value": 10}'
            elif kind == "order":
                extra = '{"sku": "SKU-1", "quantity": 1, "amount": 9900}'
            uid = str(1_000_000_000 + rng.randrange(200_000))
            yield (i + 1, show_id, "douyin", f"b{i}", kind, T0 + i / 200, uid, f"观众{uid[-4:]}",
                   TEXTS[k] if kind == "comment" else "", i % 7 == 0, i % 20, FLAGS[k] if kind == "comment" else 0,
                   None, i % 1000 == 0, extra)

    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("PRAGMA synchronous=OFF")
        cur.executemany("INSERT INTO comments (id, show_id, platform, msg_id, kind, ts, user_id, user_name, text, "
                        "follower, fans_level, flags, item_ref, deleted, extra) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows())
        raw.commit()
    finally:
        raw.close()
    engine.dispose()
    return show_id


def run_export(data_dir: Path, show_id: int, what: str, fmt: str, out: Path) -> tuple[float, float, float]:
    """Seconds, CPU seconds (the export and its workers) and peak RSS (MB, largest single process) of
    one `livedeck export` child process."""
    cmd = [sys.executable, "-m", "app", "export", str(show_id), "--what", what, "--format", fmt,
           "--out", str(out), "--data-dir", str(data_dir)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=Path(__file__).resolve().parents[1])
    _pid, status, usage = os.wait4(proc.pid, 0)
    dt = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"export failed ({proc.returncode}): {' '.join(cmd)}")
    return dt, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def floor(data_dir: Path, n: int) -> float:
    """rows/s of the bare minimum in this same run: sqlite3 reading the columns, csv writing them to memory.

    The machine may be shared; the export's ratio to this floor is what survives a busy box.
    """
    con = sqlite3.connect(data_dir / DB_NAME)
    t0 = time.perf_counter()
    cur = con.execute("SELECT id, ts, kind, platform, msg_id, user_id, user_name, follower, fans_level, text, "
                      "flags, item_ref, deleted, extra FROM comments ORDER BY id")
    sink = io.StringIO()
    writer = csv.writer(sink)
    while batch := cur.fetchmany(20_000):
        writer.writerows(batch)
        sink.seek(0)
        sink.truncate()
    dt = time.perf_counter() - t0
    con.close()
    return n / dt


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--comments", type=int, default=2_000_000)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--formats", default="json,csv")
    args = ap.parse_args()
    data_dir = Path(tempfile.gettempdir()) / f"livedeck-bench-exports-v{VERSION}-{args.comments}"
    marker = data_dir / "show_id"
    if args.rebuild or not marker.exists():
        t0 = time.perf_counter()
        marker.unlink(missing_ok=True)
        show_id = build(data_dir, args.comments)
        marker.write_text(str(show_id))
        print(f"built {args.comments:,} comments in {time.perf_counter() - t0:.1f} s ({data_dir})")
    show_id = int(marker.read_text())
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in args.formats.split(","):
            out = Path(tmp) / f"comments.{fmt}"
            dt, cpu, rss = run_export(data_dir, show_id, "comments", fmt, out)
            print(f"comments {fmt:4}: {args.comments / dt:>10,.0f} rows/s  {dt:6.2f} s  "
                  f"{out.stat().st_size / 1e6:7.1f} MB  peak RSS {rss:.0f} MB  "
                  f"CPU {cpu:.2f} s ({args.comments / cpu:,.0f} rows per CPU-second, {cpu / dt:.1f} cores busy)")
            out.unlink()
    print(f"floor (sqlite3 read + csv.writer to memory, same run): {floor(data_dir, args.comments):,.0f} rows/s; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
