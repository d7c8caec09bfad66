"""Comment exports (JSON and CSV) in rows per second, the fast path against the row-by-row one.

    .venv/bin/python benchmarks/exports.py [--rows 2000000] [--old-sample 100000]

Stores --rows comments (a mix of plain comments, questions, gifts with Chinese `extra`) in a temp
data dir, exports them as CSV and JSON through `livedeck export`'s code, and prints rows/s for
each; the row-by-row export (`write_table(comment_rows(...))`, what `export` did before #22) is
timed on the first --old-sample rows for the ratio. Issue #22: 2.4M rows took 513 s; the target
is >= 500,000 rows/s.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(os.environ.get("ROOT", Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from app.models.db import open_database  # noqa: E402
from app.models.schema import CommentRow  # noqa: E402
from app.models.store import Store  # noqa: E402
from app.studio.exports import COMMENT_COLUMNS, comment_rows, export  # noqa: E402
from app.studio.files import write_table  # noqa: E402

TEXTS = ["好看吗", "多少钱？", "扣1", "=cmd|' /C calc'!A0", "主播今天穿的好漂亮", "3号链接还有吗", "+1", "哈哈哈哈"]


def fill(store: Store, show_id: int, rows: int) -> None:
    t0 = time.perf_counter()
    batch = []
    with store.engine.begin() as conn:
        for n in range(1, rows + 1):
            gift = n % 10 == 0
            batch.append({"id": n, "show_id": show_id, "platform": "douyin", "msg_id": f"m{n}",
                          "kind": "gift" if gift else "comment", "ts": 1_764_000_000.0 + n / 1000,
                          "user_id": f"u{n % 50_000}", "user_name": f"观众{n % 50_000}",
                          "text": "" if gift else TEXTS[n % len(TEXTS)], "follower": n % 3 == 0,
                          "fans_level": n % 20, "flags": n % 16, "item_ref": n % 7 or None, "deleted": n % 997 == 0,
                          "extra": {"gift": "小心心", "count": n % 5 + 1, "value": 1} if gift else None})
            if len(batch) == 50_000:
                conn.execute(insert(CommentRow), batch)
                batch.clear()
        if batch:
            conn.execute(insert(CommentRow), batch)
    print(f"stored {rows:,} comments in {time.perf_counter() - t0:.1f} s")



def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=2_000_000)
    ap.add_argument("--old-sample", type=int, default=20_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_database(Path(tmp))
        store = Store(engine)
        show_id = store.create_show("export bench")
        fill(store, show_id, args.rows)
        for fmt in ("csv", "json"):
            out = Path(tmp) / f"comments.{fmt}"
            t0, c0 = time.perf_counter(), time.process_time()
            export(store, show_id, "comments", fmt, out)
            dt, cpu = time.perf_counter() - t0, time.process_time() - c0
            new_rate = args.rows / dt
            t0 = time.perf_counter()
            sample = itertools.islice(comment_rows(store, show_id, fmt), args.old_sample)
            write_table(sample, COMMENT_COLUMNS, fmt, Path(tmp) / f"old.{fmt}")
            old_rate = args.old_sample / (time.perf_counter() - t0)
            # CPU time too: on a shared machine the wall clock mostly measures the neighbours.
            print(f"{fmt}: {args.rows:,} rows in {dt:.1f} s = {new_rate:,.0f} rows/s "
                  f"(CPU {cpu:.1f} s = {args.rows / cpu:,.0f} rows/s; {out.stat().st_size / 1e6:.0f} MB); "
                  f"row-by-row export: {old_rate:,.0f} rows/s on {args.old_sample:,} -> x{new_rate / old_rate:.1f}")
        engine.dispose()


if __name__ == "__main__":
    main()
