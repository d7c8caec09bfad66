"""Screenshots of the Review tab (复盘) for the demo show after a simulated hour, and a PDF page.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshot_review.py OUTDIR [zh_CN|en]

The hour is played on a fake clock through the real Studio commands (segments, a flash sale that
sells out, coupons, a lottery) while the simulator's room (comments, likes, gifts, orders,
viewer counts) is classified by the real triage and stored in bulk, so nothing waits an hour.
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from app.core.comments import Comment
from app.core.triage import Classifier, load_wordlist
from app.live.simulator import Generator
from app.models.db import open_database
from app.models.schema import CommentRow
from app.models.store import Store
from app.studio.commerce import Commerce
from app.studio.demo import ensure_demo_show
from app.studio.feed import SHIPPED_WORDLIST
from app.studio.review import write_pdf
from app.studio.studio import Studio
from app.ui.i18n import Translations
from app.ui.main_window import MainWindow
from tests.doubles import FakeClock


def simulate_hour(store: Store, studio: Studio, commerce: Commerce, clock: FakeClock, rate: float = 6.0) -> None:
    rng = random.Random(11)
    show_id = studio.show_id
    assert show_id is not None
    items = store.items(show_id)
    skus = [i.sku for i in items if i.live_price]
    prices = {i.sku: i.live_price for i in items}
    gen = Generator(seed=5, skus=skus, items=len(items))
    classifier = Classifier(load_wordlist(SHIPPED_WORDLIST), ["福袋", "扣1", "想要"], [int(i.id or 0) for i in items])
    studio.execute("show.start")
    # A 3-minute late start against the planned time is already in the demo show (planned 10 min ahead).
    planned = [i.planned_min * 60 for i in items]
    # The first items run long, the middle ones short; item 2 comes back later (返场).
    order = [0, 1, 2, 3, 4, 5, 6, 1, 7, 8]
    stretch = [1.3, 1.25, 0.9, 1.1, 0.8, 1.0, 0.9, 0.35, 1.2, 0.8]
    next_id = 1
    t = 0.0
    coupon_id = ""
    for k, (idx, factor) in enumerate(zip(order, stretch, strict=True)):
        if k:
            studio.execute("segment.goto", {"item_id": items[idx].id})
        if k == 3:  # the producer pulls an item that has not aired, and adds one on air
            studio.execute("runsheet.remove", {"item_id": items[10].id})
        elif k == 5:
            studio.execute("runsheet.insert", {"name": "临时加品 · 加绒打底裤", "minutes": 4, "sku": "ADD-1",
                                               "index": 9})
        seg_len = planned[idx] * factor * rng.uniform(0.95, 1.05)
        seg_end = t + seg_len
        if idx == 1 and k == 1:
            coupon_id = studio.execute("coupon.issue", {"amount": 30, "threshold": 199, "quantity": 200})["coupon_id"]
        elif idx != 1:
            coupon_id = ""
        batch: list[Comment] = []
        sale_at = t + 120 if idx == 2 else None
        lottery_at = t + 60 if idx == 7 else None
        while t < seg_end:
            step = rng.expovariate(rate)
            t += step
            clock.advance(step)
            ev = next(gen)
            extra = dict(ev.data) if ev.data else None
            if ev.kind == "order" and extra is not None:  # stored as the edge stores it: yuan and fen
                extra["amount_fen"] = prices.get(extra["sku"], 9900) * int(extra["quantity"])
                extra["amount"] = extra["amount_fen"] / 100
            c = Comment(ev.kind, "douyin", ev.msg_id, clock.now(), ev.user_id if ev.kind != "viewers" else "",
                        ev.name if ev.kind != "viewers" else "", ev.text, int(ev.user_id) % 3 == 0,
                        int(ev.user_id) % 8, extra, id=next_id)
            if c.kind == "comment":
                c.flags, c.item_ref = classifier.classify(c.text)
            next_id += 1
            batch.append(c)
            if sale_at is not None and t >= sale_at:
                studio.execute("sale.start", {"price": 79, "quantity": 60, "per_buyer_limit": 2, "countdown_s": 10,
                                              "duration_s": 300})
                sale_at = None
                sale_left = 60
            elif (idx == 2 and sale_at is None and rng.random() < 0.08 and sale_left > 0
                  and not (studio.state.extra.get("sale") or {}).get("ended", True)):
                delta = min(sale_left, rng.randrange(1, 5))
                sale_left -= delta
                studio.execute("sale.adjust_stock", {"delta": -delta})
            if lottery_at is not None and t >= lottery_at:
                studio.execute("lottery.open", {"prize": "羊绒围巾", "winners": 3, "keyword": "福袋",
                                                "duration_s": 180})
                lottery_at = None
                lottery_close = t + 180
            if len(batch) >= 50:
                _store(store, show_id, batch)
                commerce.on_batch(batch)
                batch = []
            if idx == 7 and lottery_at is None and t >= lottery_close:
                _store(store, show_id, batch)
                commerce.on_batch(batch)
                batch = []
                studio.execute("lottery.close")
                studio.execute("lottery.draw")
                lottery_close = float("inf")
            if c.kind == "comment" and c.flags & 1 and rng.random() < 0.0006:  # the 场控 pins a question now and then
                studio.execute("comment.pin", {"comment": {"user_name": c.user_name, "text": c.text, "id": c.id}})
            if coupon_id and rng.random() < 0.02:
                studio.execute("coupon.claim", {"coupon_id": coupon_id, "count": rng.randrange(1, 4)})
            if int(t) != int(t - step):
                studio.on_tick()  # once a simulated second: due cues fire as they would on air
        _store(store, show_id, batch)
        commerce.on_batch(batch)
    studio.execute("show.end")


def _store(store: Store, show_id: int, batch: list[Comment]) -> None:
    if not batch:
        return
    with store.engine.begin() as conn:
        conn.execute(insert(CommentRow), [
            {"id": c.id, "show_id": show_id, "platform": c.platform, "msg_id": c.msg_id, "kind": c.kind, "ts": c.ts,
             "user_id": c.user_id, "user_name": c.user_name, "text": c.text, "follower": c.follower,
             "fans_level": c.fans_level, "flags": c.flags, "item_ref": c.item_ref, "deleted": False,
             "extra": c.extra} for c in batch])


def wait(app: QApplication, ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    lang = sys.argv[2] if len(sys.argv) > 2 else "zh_CN"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    translations = Translations(app)  # kept: a collected translator would drop the language
    translations.install(lang)
    store = Store(open_database(Path(tempfile.mkdtemp())))
    show_id = ensure_demo_show(store)
    info = store.get_show(show_id)
    assert info.planned_start is not None
    clock = FakeClock(info.planned_start.timestamp() + 180)  # three minutes late
    studio = Studio(store, clock=clock, lang=lang)
    studio.open_show(show_id)
    commerce = Commerce(studio)
    simulate_hour(store, studio, commerce, clock)
    win = MainWindow(studio, lang)
    win.resize(1600, 950)
    win.show()
    win.tabs.setCurrentWidget(win.review_page)  # the 复盘 tab: ReviewTab inside its EmptyState page
    tab = win.review
    tab.reload_shows()
    tab.show_box.setCurrentIndex(tab.show_box.findData(show_id))
    if not tab.busy() and tab.review is None:
        tab.refresh()
    while tab.busy() or tab.review is None:
        wait(app, 100)
    items_page = tab.items.parentWidget()  # the table, and the plan's changes under it
    for name, page in (("summary", tab.summary), ("timeline", tab.pages.widget(2)), ("items", items_page),
                       ("audience", tab.pages.widget(3))):
        tab.pages.setCurrentWidget(page)
        wait(app, 400)
        win.grab().save(str(out / f"review-{name}-{lang}.png"))
        print(out / f"review-{name}-{lang}.png")
    pdf = out / f"review-{lang}.pdf"
    write_pdf(tab.review, pdf)
    print(pdf)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
