"""Review benchmark: a 3-hour show with 2 million stored events, reviewed and written as XLSX.

    .venv/bin/python benchmarks/review.py [--events 2000000] [--rebuild] [--with-stats]

The show is built once (Core bulk inserts, in a child process so its memory does not count) and
kept in a temp file; later runs reuse it. It is measured without `ANALYZE` statistics, as users'
databases are (SQLite's plans differ without them); `--with-stats` measures with them. Prints
the time until the review (summary, per item, timelines) is ready (target < 2 s), the audience
lists and lottery check after it, the XLSX report (target < 10 s) and the peak memory of the
reviewing process (target < 500 MB).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import event as sa_event
from sqlalchemy import insert

from app.core import comments as cm
from app.core import lottery as lt
from app.core.comments import Comment
from app.core.runsheet import Item
from app.core.triage import comment_matches
from app.models.db import make_engine, upgrade
from app.models.schema import CommentRow, EventRow
from app.models.store import Store

VERSION = 3  # bump when the built show changes
HOURS = 3.0
T0 = 1_764_000_000.0
KINDS = ["comment"] * 62 + ["like"] * 10 + ["join"] * 10 + ["gift"] * 5 + ["follow"] * 4 + ["share"] * 2 + \
    ["order"] * 4 + ["viewers"] * 3
TEXTS = ["主播好美", "多少钱?", "有没有大码", "已拍", "3号链接", "福袋", "质量差 退款", "好看", "怎么买", "来了来了",
         "最好的 加微", "什么时候发货"]


def flags_for(text: str) -> int:
    f = 0
    if "?" in text or "怎么" in text or "什么" in text or "有没有" in text or "多少" in text:
        f |= cm.QUESTION
    if "差" in text or "退款" in text:
        f |= cm.NEGATIVE
    if "最" in text:
        f |= cm.BANNED_ABSOLUTE
    if "加微" in text:
        f |= cm.BANNED_DIVERSION
    return f


def build(path: Path, n_events: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    engine = make_engine(path)
    upgrade(engine)

    @sa_event.listens_for(engine, "connect")
    def _fast(dbapi_conn, _rec):  # type: ignore[no-untyped-def]
        dbapi_conn.execute("PRAGMA synchronous=OFF")

    engine.dispose()
    store = Store(engine)
    rng = random.Random(7)
    n_items = 40
    items = [Item(f"商品{i + 1}", f"SKU-{i + 1:03d}", 19900, 9900, 500, 4.0) for i in range(n_items)]
    show_id = store.create_show("基准 3 小时专场", "douyin", "主播", datetime.fromtimestamp(T0 - 240), items)
    stored = store.items(show_id)
    length = HOURS * 3600
    # The run order: every item once, five come back (返场), each visit a share of the three hours.
    order = [i.id for i in stored] + [stored[k].id for k in (2, 7, 11, 19, 30)]
    step = length / len(order)
    events = [("show_started", T0, {"segments": [
        {"item_id": i.id, "name": i.name, "planned_s": i.planned_min * 60, "sku": i.sku} for i in stored]})]
    for k, item_id in enumerate(order):
        events.append(("segment_started", T0 + k * step, {"index": k % n_items, "item_id": item_id, "via": "next"}))
        events.append(("cue_fired", T0 + k * step + 60, {"item_id": item_id, "cue_index": 0, "text": "cue"}))
    for s in range(12):  # flash sales, each selling out in dozens of stock events
        at = T0 + (s * 3 + 1) * step
        item = stored[s * 3]
        events.append(("sale_armed", at, {"sale_id": f"s{s}", "item_id": item.id, "name": item.name, "sku": item.sku,
                                          "price": 7900, "live_price": 9900, "quantity": 100, "per_buyer_limit": 2,
                                          "countdown_s": 10, "duration_s": 300}))
        events.append(("sale_started", at + 5, {"sale_id": f"s{s}"}))
        for j in range(50):
            events.append(("sale_stock", at + 20 + j, {"delta": -2, "orders": [[f"douyin:{j}", 2]]}))
        events.append(("sale_ended", at + 70, {"reason": "sold_out"}))
    for c in range(10):
        at = T0 + (c * 4 + 2) * step
        events.append(("coupon_issued", at, {"coupon_id": f"c{c}", "kind": "amount", "value": 1000, "threshold": 0,
                                             "quantity": 500, "per_user_limit": 1, "valid_s": 600, "item_ids": []}))
        events += [("coupon_claimed", at + 5 + j, {"coupon_id": f"c{c}", "count": 3}) for j in range(40)]
    events.append(("show_ended", T0 + length, {}))

    lot_open, lot_close = T0 + 3600, T0 + 3780
    rows = []
    lottery_window: list[Comment] = []
    users = 200_000
    for i in range(n_events):
        ts = T0 - 300 + (length + 300) * i / n_events
        kind = rng.choice(KINDS)
        uid = str(1_000_000_000 + rng.randrange(users))
        extra = None
        text = ""
        flags = 0
        ref = None
        if kind == "comment":
            text = rng.choice(TEXTS)
            flags = flags_for(text)
            if "3号" in text:
                ref, flags = stored[2].id, flags | cm.PRODUCT
        elif kind == "gift":
            extra = {"gift": "玫瑰", "count": rng.randrange(1, 5), "value": 10}
        elif kind == "like":
            extra = {"count": rng.randrange(1, 20)}
        elif kind == "order":
            extra = {"sku": f"SKU-{rng.randrange(1, n_items + 1):03d}", "quantity": rng.randrange(1, 3),
                     "amount": 9900}
        elif kind == "viewers":
            extra = {"online": 3000 + rng.randrange(2000), "total": 100_000 + i // 10}
            uid = ""
        rows.append({"id": i + 1, "show_id": show_id, "platform": "douyin", "msg_id": f"b{i}", "kind": kind,
                     "ts": ts, "user_id": uid, "user_name": f"观众{uid[-4:]}", "text": text,
                     "follower": False, "fans_level": 0, "flags": flags, "item_ref": ref, "deleted": False,
                     "extra": extra})
        if kind == "comment" and lot_open <= ts < lot_close:
            lottery_window.append(Comment("comment", "douyin", f"b{i}", ts, uid, f"观众{uid[-4:]}", text, id=i + 1))
        if len(rows) == 50_000:
            with store.engine.begin() as conn:
                conn.execute(insert(CommentRow), rows)
            rows = []
    if rows:
        with store.engine.begin() as conn:
            conn.execute(insert(CommentRow), rows)
    seed = lt.new_seed()
    entrants = lt.Entrants()
    entrants.add_from(lottery_window, lt.EntryRule("福袋"), comment_matches)
    ehash, positions = lt.draw(seed, entrants.keys, 3)
    first = lottery_window[0].id - 1
    events += [
        ("lottery_opened", lot_open, {"lottery_id": "L1", "prize": "围巾", "winners_n": 3, "keyword": "福袋",
                                      "match": "contains", "duration_s": 180, "followers_only": False,
                                      "min_fans_level": 0, "exclude_previous_winners": True, "excluded": [],
                                      "commitment": lt.commitment(seed), "first_comment_id": first, "_seed": seed}),
        ("lottery_closed", lot_close, {"entrants": len(entrants), "entrant_hash": ehash,
                                       "last_comment_id": lottery_window[-1].id}),
        ("lottery_drawn", lot_close + 10, {"lottery_id": "L1", "seed": seed, "winners": [
            {"key": entrants.keys[p], "name": entrants.names[entrants.keys[p]], "position": n}
            for n, p in enumerate(positions)]}),
    ]
    events.sort(key=lambda e: e[1])
    with store.engine.begin() as conn:
        conn.execute(insert(EventRow), [{"show_id": show_id, "type": t, "ts": ts, "data": d} for t, ts, d in events])
    store.update_show(show_id, status="ended")
    (path.parent / "meta.json").write_text(json.dumps({"show_id": show_id, "events": n_events,
                                                       "show_events": len(events)}))
    engine.dispose()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=2_000_000)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--with-stats", action="store_true",
                    help="run ANALYZE first (users' databases have no statistics, so by default they are dropped)")
    ap.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    folder = Path(tempfile.gettempdir()) / f"livedeck-review-bench-v{VERSION}-{args.events}"
    db = folder / "livedeck.sqlite3"
    if args.build_only:
        build(db, args.events)
        return 0
    if args.rebuild or not (folder / "meta.json").exists():
        t = time.perf_counter()
        print(f"building the show ({args.events:,} events) in {folder} …", flush=True)
        subprocess.run([sys.executable, __file__, "--events", str(args.events), "--build-only"], check=True)
        print(f"built in {time.perf_counter() - t:.1f} s (cached for the next run)")
    meta = json.loads((folder / "meta.json").read_text())

    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from app.core import review as rv
    from app.models import review as mr
    from app.studio import review as sr

    _app = QCoreApplication(sys.argv[:1])
    engine = make_engine(db)
    upgrade(engine)
    with engine.begin() as conn:  # measure what users have: SQLite's plans without statistics
        conn.exec_driver_sql("ANALYZE" if args.with_stats else "DROP TABLE IF EXISTS sqlite_stat1")
    store = Store(engine)
    show_id = meta["show_id"]
    now = time.time()
    t, cpu = time.perf_counter(), time.process_time()
    inp = mr.load_input(store, show_id, now)
    review = rv.build(inp)
    ready, ready_cpu = time.perf_counter() - t, time.process_time() - cpu
    t, cpu = time.perf_counter(), time.process_time()
    sr.add_lists(store, review, inp)
    lists, lists_cpu = time.perf_counter() - t, time.process_time() - cpu
    out = folder / "review.xlsx"
    t, cpu = time.perf_counter(), time.process_time()
    sr.write_xlsx(review, out)
    xlsx, xlsx_cpu = time.perf_counter() - t, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    gmv = review.figure("gmv").value or 0
    print(f"stored events        {meta['events']:>12,} comments/gifts/orders + {meta['show_events']:,} show events")
    print(f"items / minutes      {len(review.items):>12} / {len(review.timeline.minutes)}")
    print(f"load average         {os.getloadavg()[0]:>9.1f}     on {os.cpu_count()} cores (wall times include waiting)")
    print(f"statistics           {'ANALYZE' if args.with_stats else 'none':>9}     (users' databases have none)")
    print(f"review ready         {ready:>9.2f} s   ({ready_cpu:.2f} s CPU; target < 2 s: summary, per item, timelines)")
    print(f"lists + lottery      {lists:>9.2f} s   ({lists_cpu:.2f} s CPU; questions, follow-ups, draw verified: "
          f"{review.extras['lottery_verify']['ok']})")
    print(f"XLSX report          {xlsx:>9.2f} s   ({xlsx_cpu:.2f} s CPU; target < 10 s)")
    print(f"peak memory          {peak_mb:>9.0f} MB  (target < 500 MB, whole process incl. Qt)")
    print(f"check: comments {review.figure('comments').value:,.0f}, GMV ¥{gmv / 100:,.2f}")
    ok = ready < 2 and xlsx < 10 and peak_mb < 500
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
