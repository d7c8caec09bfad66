"""What the comment writer's SQLite settings save per stored comment (issue #22, ingest at 50,000/s).

    .venv/bin/python benchmarks/writer_insert.py [--rows 600000] [--batch 2000] [--rounds 2]

Inserts --rows comments as a flood brings them (ids new, message ids growing, viewers any of
200,000, batches of --batch in one transaction each, as app.models.writer's RowSink does) into a
fresh database, once with SQLite's defaults (2 MB page cache, WAL checkpoint at 1,000 pages, inside
the commit that passes them) and once as the writer process does it (app.models.sqlite_pragmas:
16 MB, its own PASSIVE checkpoint every 6,000 comments, after the commit), interleaved --rounds
times; the writer's settings twice: with rows as the writer makes them (app.models.row_insert:
booleans as 0/1, "" for no item or extra) and with Python's None and booleans, which sqlite3 binds
only after looking for an adapter. Prints, per comment: the CPU of the inserts, commits and
checkpoints, and the read and write system calls (Linux /proc/self/io: steadier than time on a
shared machine; each is a page the cache did not hold, or one written to the WAL or checkpointed into the file).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from app.models.db import DB_NAME, make_engine, open_database
from app.models.row_insert import Row, insert_rows, row_maker, server_row
from app.models.sqlite_pragmas import Checkpoints
from app.models.store import Store

KINDS = ["comment"] * 70 + ["like"] * 10 + ["join"] * 10 + ["gift"] * 5 + ["order"] * 5
TEXTS = ["主播好美", "多少钱?", "有没有大码", "已拍", "3号链接", "好看", "来了来了", "什么时候发货"]


def _io() -> tuple[int, int]:
    """This process's read and write system calls so far (0, 0 where /proc/self/io is missing)."""
    try:
        fields = dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())
    except OSError:
        return 0, 0
    return int(fields["syscr"]), int(fields["syscw"])


def run(defaults: bool, n: int, batch: int, plain: bool = False) -> tuple[float, float, float]:
    """CPU µs, read and write system calls per comment, for one fresh database. Message ids grow as
    a platform's do (time-ordered, as Douyin's and TikTok's), viewers are any of 200,000. `plain`:
    rows hold None and booleans, not what the writer makes of them."""
    with tempfile.TemporaryDirectory() as tmp:
        open_database(Path(tmp)).dispose()
        engine = make_engine(Path(tmp) / DB_NAME, writer=True)
        show = Store(make_engine(Path(tmp) / DB_NAME)).create_show("flood")
        rng = random.Random(3)
        checkpoints = Checkpoints()
        make = server_row if plain else row_maker(engine)
        cpu = 0.0
        r0, w0 = _io()
        for lo in range(1, n + 1, batch):
            rows: list[Row] = []
            for i in range(lo, min(lo + batch, n + 1)):
                uid = str(1_000_000_000 + rng.randrange(200_000))
                msg_id = f"{7_300_000_000_000_000_000 + i * 1_000 + rng.randrange(1_000)}"
                rows.append(make(show, (i, "douyin", msg_id, rng.choice(KINDS), 1.764e9 + i / 200, uid,
                                        f"观众{uid[-4:]}", rng.choice(TEXTS), False, 3, 0, None, False, None)))
            c0 = time.process_time()
            with engine.begin() as conn:
                if defaults:
                    conn.execute(text("PRAGMA cache_size=-2000"))
                    conn.execute(text("PRAGMA wal_autocheckpoint=1000"))
                insert_rows(conn, rows)
            if not defaults:
                checkpoints.after(engine, len(rows))
            cpu += time.process_time() - c0
        r1, w1 = _io()
        engine.dispose()
    return cpu / n * 1e6, (r1 - r0) / n, (w1 - w0) / n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=600_000)
    ap.add_argument("--batch", type=int, default=2_000)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    for _ in range(args.rounds):
        for defaults, plain, name in ((True, False, "SQLite's defaults (2 MB, 1,000 pages)"),
                                      (False, False, "the writer's (16 MB, every 6,000)"),
                                      (False, True, "the writer's, rows of None and booleans")):
            us, reads, writes = run(defaults, args.rows, args.batch, plain)
            print(f"{name:40} {us:6.2f} µs CPU a comment   {reads:5.2f} reads   {writes:5.2f} writes a comment",
                  flush=True)


if __name__ == "__main__":
    main()
