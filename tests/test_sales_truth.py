"""One truth for sales: one show fed through the real ingest path (LiveDeck's own orders, oba-live-tool
orders and raw 罗盘 rows reporting the same orders, a 抖店 push, duplicates, status changes, a refund)
shows the same orders, units, GMV, buyers, 客单价, 压单 and refunds on the Sales tab, in the state
(host view, overlays), on the Review tab, in the JSON, XLSX and PDF reports and in compare."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.core import review as rv
from app.core.runsheet import Item
from app.core.sales import format_money, stock_left
from app.live.server import IngestContext
from app.models.store import Store
from app.studio import review as sr
from app.studio.sales import SalesDesk
from app.studio.studio import Studio
from tests.doubles import FakeClock, FakeSpeaker

FIXTURES = Path(__file__).parent / "fixtures" / "orders"
T0 = 1_742_040_000.0  # 2025-03-15 20:00 +08:00, when the sample stream starts

# Worked out by hand from tests/fixtures/orders/live_events.jsonl and the frames below.
TOTALS = {"orders": 19, "paid_units": 20, "gmv": 145_092, "buyers": 10, "aov": 14_509, "unpaid": 2, "refunded": 1,
          "unmatched": 8}
PER_ITEM = {  # name: orders, paid units, gmv, buyers, unpaid, refunded
    "氨基酸洗面奶": (3, 2, 1_980, 2, 1, 0),
    "美白淡斑精华液": (2, 3, 47_700, 2, 0, 0),
    "玻尿酸补水面膜": (2, 3, 11_970, 2, 0, 0),
    "精华液返场": (1, 1, 15_900, 1, 0, 0),
    "保温杯": (3, 3, 14_950, 2, 0, 1),
}


def _generic(msg_id: str, order_id: str, status: str, user: str, **more: Any) -> str:
    return json.dumps({"type": "order", "platform": "douyin", "msg_id": msg_id, "order_id": order_id,
                       "status": status, "sku": "GEN-1", "user": {"id": user, "name": user}, "ts": T0 + 3000,
                       **more}, ensure_ascii=False)


FRAMES = [
    _generic("g1", "G-1", "paid", "u1", quantity=2, amount=99.5),  # yuan: ¥99.50 = 9950 fen
    _generic("g1", "G-1", "paid", "u1", quantity=2, amount=99.5),  # the relay repeats itself
    _generic("g2a", "G-2", "placed", "u2", amount=50),
    _generic("g2b", "G-2", "paid", "u2", amount=50),  # placed → paid: one order
    _generic("g3a", "G-3", "paid", "u3"),  # no amount: the live price stands in
    _generic("g3b", "G-3", "refunded", "u3"),
    # oba alone (no 罗盘 row for it): no amount, estimated at the live price ¥39.90
    json.dumps({"msg_type": "live_order", "msg_id": "7000000000000000001#3", "nick_name": "新客***",
                "order_status": "已付款", "order_ts": T0 + 1600, "product_id": "3707852987326886187",
                "product_title": "玻尿酸补水面膜 补水保湿 10片/盒"}, ensure_ascii=False),
]


def _sample() -> list[str]:
    out = []
    for line in (FIXTURES / "live_events.jsonl").read_text(encoding="utf-8").splitlines():
        o = json.loads(line)
        o.pop("src")  # the corpus's annotation, not part of any relay's frame
        out.append(json.dumps(o, ensure_ascii=False))
    return out


@pytest.fixture
def room(qtbot: Any, data_dir: Path, store: Store, speaker: FakeSpeaker) -> Iterator[Studio]:
    from app.live.ingest import IngestPipeline
    from app.models.writer import CommentWriter, next_comment_id
    from app.studio.feed import CommentFeed

    items = [Item("氨基酸洗面奶", "", 1990, 990, 100, 10, product_id="3764795286441545532", cart_no="1"),
             Item("美白淡斑精华液", "", 29900, 15900, 50, 10, product_id="3716257478505031659", cart_no="4"),
             Item("玻尿酸补水面膜", "", 7990, 3990, 30, 10, product_id="3707852987326886187", cart_no="2"),
             Item("精华液返场", "", 29900, 15900, 0, 10, product_id="3729618564781572422", cart_no="17"),
             Item("保温杯", "GEN-1", 9900, 5000, 20, 10, cart_no="9")]
    show = store.create_show("植萃坊专场", "douyin", "小美", None, items)
    writer = CommentWriter(store.engine)
    pipeline = IngestPipeline(writer, next_comment_id(store.engine))
    feed = CommentFeed(pipeline, data_dir)
    clock = FakeClock(T0)
    studio = Studio(store, clock=clock, speaker=speaker, feed=feed)
    studio.open_show(show)
    desk = SalesDesk(studio)
    studio.execute("show.start")
    qtbot.waitUntil(lambda: not desk._rebuilding)  # orders sent before its read-back ends wait for it
    ctx = IngestContext(peer="127.0.0.1", source="relay")
    for frame in _sample() + FRAMES:
        feed.pipeline.on_frame(frame, ctx)
    feed.drain()
    assert writer.flush()
    clock.advance(13_000)  # the sample stream runs 3.6 hours
    studio.execute("show.end")
    yield studio
    feed.stop()
    writer.close()


def test_every_surface_shows_the_same_sales(room: Studio, tmp_path: Path) -> None:
    from app.ui.sales_panel import SalesPanel

    # The Sales tab (and the desk's view it reads).
    panel = SalesPanel(room)
    view = panel.desk.view()
    assert {k: view["totals"][k] for k in TOTALS} == TOTALS
    rows = {r["name"]: r for r in view["items"]}
    for name, want in PER_ITEM.items():
        r = rows[name]
        assert (r["orders"], r["paid_units"], r["gmv"], r["buyers"], r["unpaid"], r["refunded"]) == want, name
    assert rows["玻尿酸补水面膜"]["estimated"] == 1 and rows["保温杯"]["estimated"] == 0  # G-3 was refunded
    text = panel.totals.text()
    assert format_money(145_092) in text and "≈" in text  # part of the GMV is the run-sheet price
    unmatched = panel.unmatched.text()
    assert "漱口水" in unmatched and "×3" in unmatched and "、、" not in unmatched
    model = panel.model
    gmv_col = model.COLUMNS.index("gmv")
    shown = {model.index(r, 1).data(): model.index(r, gmv_col).data() for r in range(model.rowCount())}
    assert shown["美白淡斑精华液"] == format_money(47_700) and shown["玻尿酸补水面膜"] == "≈" + format_money(11_970)

    # The state every station, the host view and the overlays read.
    state = room.snapshot()
    assert state["sales"]["totals"] == view["totals"]
    wash = next(s.item_id for s in room.state.segments if s.name == "氨基酸洗面奶")
    assert stock_left(state, wash) == (97, False)  # 100 − 2 paid − 1 unpaid (压单 holds stock)

    # The review (tab, JSON, XLSX, PDF, compare) over the stored orders.
    assert room.show_id is not None
    review = sr.compute(room.store, room.show_id)
    fig = {f.key: f.value for f in review.summary}
    assert (fig["orders"], fig["units"], fig["gmv"], fig["buyers"], fig["unpaid"], fig["refunds"]) == (
        19, 20, 145_092, 10, 2, 1)
    assert fig["aov"] == pytest.approx(14_509.2)
    assert fig["gmv_estimated"] == 3_990  # the oba order with no 罗盘 row, at the 面膜's live price
    assert sr.format_figure(review.figure("aov")) == format_money(14_509.2)
    items = {it.name: it for it in review.items}
    for name, (orders, units, gmv, buyers, unpaid, refunded) in PER_ITEM.items():
        it = items[name]
        assert (it.orders, it.units, it.gmv, it.buyers, it.unpaid, it.refunds) == (
            orders, units, gmv, buyers, unpaid, refunded), name
    assert sum(v for v in review.timeline.series["orders"] if v) == 19  # each order once, when first reported

    out = tmp_path / "r.json"
    sr.write_report(review, "json", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    got = {f["key"]: f["value"] for f in data["summary"]}
    assert (got["orders"], got["units"], got["gmv"], got["buyers"]) == (19, 20, 145_092, 10)

    xlsx = tmp_path / "r.xlsx"
    sr.write_report(review, "xlsx", xlsx)
    ws = load_workbook(xlsx).worksheets[0]
    values = {str(r[0]): r[1] for r in ws.iter_rows(min_row=1, values_only=True) if r and r[0]}
    assert values[sr.rtr(rv.METRIC["gmv"].label)] == pytest.approx(1_450.92)  # yuan, in a currency format
    assert values[sr.rtr(rv.METRIC["orders"].label)] == 19

    html = sr.report_html(review)
    assert "≈" + format_money(145_092) in html and format_money(47_700) in html
    assert sr.item_cell(items["玻尿酸补水面膜"], "gmv") == shown["玻尿酸补水面膜"]  # the review tab marks it too

    cmp = rv.compare(review, review)
    totals = {t["key"]: t for t in cmp["totals"]}
    assert totals["gmv"]["a"] == totals["gmv"]["b"] == 145_092 and totals["refunds"]["a"] == 1


def test_a_wall_clock_step_mid_show_orphans_no_comment(room: Studio, monkeypatch: pytest.MonkeyPatch) -> None:
    """Comments are stamped with the studio's clock, like the show's events: when the system clock
    jumps +1 h, then −2 h, every comment still lands under the item that was on air."""
    assert room.show_id is not None and room.feed is not None
    show = room.store.create_show("时钟测试", "douyin", "小美", None,
                                  [Item(f"商品{i}", f"S{i}", 0, 100, 0, 1) for i in range(3)])
    room.open_show(show)
    clock = room.clock
    assert isinstance(clock, FakeClock)
    room.execute("show.start")
    ctx = IngestContext(peer="127.0.0.1", source="oba")
    wall = {"t": clock.now()}
    monkeypatch.setattr("time.time", lambda: wall["t"])
    for step, jump in enumerate((0.0, 3600.0, -7200.0)):
        wall["t"] += jump  # the system clock is stepped; the studio's monotonic clock is not
        for n in range(5):
            clock.advance(5)
            wall["t"] += 5
            room.feed.pipeline.on_frame(json.dumps({"msg_type": "comment", "msg_id": f"k{step}-{n}",
                                                    "nick_name": f"观众{n}", "content": "好看"}), ctx)
        room.feed.drain()
        clock.advance(5)
        room.execute("segment.next" if step < 2 else "show.end")
    assert room.feed.pipeline.writer.flush()
    review = sr.compute(room.store, show)
    assert [it.comments for it in review.items] == [5, 5, 5]
    assert review.figure("comments").value == 15
