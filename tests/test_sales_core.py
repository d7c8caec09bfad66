"""Live sales per product (app.core.sales): matching, statuses, stock and the console export."""

from pathlib import Path

from app.core.sales import Order, SaleItem, Sales, parse_console_export
from app.studio.files import read_sheets

ITEMS = [SaleItem(1, "羊毛大衣", "3729620000000000011", "CT-1", 49900, 120, "4"),
         SaleItem(2, "摇粒绒卫衣", "", "SW-2", 9900, 12, "2"),
         SaleItem(3, "保温杯 316内胆", "", "", 6900, None, "7"),
         SaleItem(4, "羊毛大衣", "3729620000000000011", "CT-1", 45900, 30, "12")]  # its 返场


def _sales(current: int | None = None) -> Sales:
    s = Sales()
    s.set_items(ITEMS, current)
    return s


def test_matched_by_product_id_then_sku_then_title() -> None:
    s = _sales()
    s.add(Order("a", "paid", product_id="3729620000000000011"))
    s.add(Order("b", "paid", sku="sw-2", quantity=2))
    s.add(Order("c", "paid", title="【直播专享】保温杯316内胆 500ml"))
    s.add(Order("d", "paid", title="完全不同的东西"))
    assert [s.orders[k].item_id for k in "abcd"] == [1, 2, 3, None]
    rows = {r["item_id"]: r for r in s.view()["items"]}
    assert rows[2]["paid_units"] == 2 and rows[2]["gmv"] == 19800
    assert s.view()["totals"]["unmatched"] == 1


def test_a_revisit_takes_the_orders_while_it_is_on_air() -> None:
    s = _sales(current=4)
    s.add(Order("a", "paid", product_id="3729620000000000011"))
    assert s.orders["a"].item_id == 4
    s.set_items(ITEMS, current_id=2)
    assert s.orders["a"].item_id == 4  # sold during the 返场: stays with it after it went off air
    s.add(Order("b", "paid", product_id="3729620000000000011"))
    assert s.orders["b"].item_id == 1  # not on air: the product's first appearance
    s.set_items([*ITEMS[:3], SaleItem(4, "羊毛大衣", "3729620000000000099", "", 45900, 30, "12")], current_id=2)
    assert s.orders["a"].item_id == 1  # the 返场's ID was corrected mid-show: matched again


def test_latest_status_wins_and_refunds_return_nothing_to_gmv() -> None:
    s = _sales()
    assert s.add(Order("x", "placed", sku="SW-2"))
    rows = {r["item_id"]: r for r in s.view()["items"]}
    assert rows[2]["unpaid"] == 1 and rows[2]["stock_left"] == 11
    assert s.add(Order("x", "paid", sku="SW-2"))
    assert not s.add(Order("x", "placed", sku="SW-2"))  # a late 'placed' never undoes the payment
    assert not s.add(Order("x", "unknown", sku="SW-2"))
    assert s.add(Order("x", "refunded", sku="SW-2"))
    view = s.view()
    rows = {r["item_id"]: r for r in view["items"]}
    assert (rows[2]["orders"], rows[2]["paid_units"], rows[2]["gmv"], rows[2]["refunded"]) == (1, 0, 0, 1)
    assert view["totals"]["refunded"] == 1 and view["totals"]["gmv"] == 0


def test_low_stock_under_ten_and_unknown_stock_shows_none() -> None:
    s = _sales()
    for n in range(3):
        s.add(Order(f"o{n}", "paid", sku="SW-2"))
    rows = {r["item_id"]: r for r in s.view()["items"]}
    assert rows[2]["stock_left"] == 9 and rows[2]["low_stock"]
    assert rows[3]["stock_left"] is None and not rows[3]["low_stock"]


def test_console_export_joins_by_product_id() -> None:
    [(_name, rows)] = read_sheets(Path(__file__).parent / "fixtures" / "sheets" / "console_export.csv")
    items = [SaleItem(1, "加厚珊瑚绒四件套", "3729621234567890123"),
             SaleItem(2, "A类母婴级乳胶枕", "3729629876543210987")]
    got = parse_console_export(rows, items)
    first = got.rows[0]
    assert (first["item_id"], first["exposure"], first["clicks"], first["units"], first["gmv"]) == \
        (1, 52310, 6204, 812, 4790800)
    assert (first["unpaid"], first["refunds"], first["click_rate"], first["pay_rate"]) == (37, 12, 0.1186, 0.1309)
    assert [u["product_id"] for u in got.unmatched] == ["3729620000000000001"]
    assert any("not on the run-sheet" in w for w in got.warnings)


def test_cancelled_orders_are_not_unpaid_and_oba_status_numbers_stand_in() -> None:
    from app.live.adapters import FrameState, parse_frame

    s = _sales()
    s.add(Order("c", "placed", sku="SW-2"))
    s.add(Order("c", "cancelled", sku="SW-2"))
    row = next(r for r in s.view()["items"] if r["item_id"] == 2)
    assert (row["orders"], row["unpaid"], row["stock_left"]) == (1, 0, 12)
    frame = '{"msg_type":"live_order","msg_id":"88#3","nick_name":"x","order_status":"","product_id":"1"}'
    [c], _ = parse_frame(frame, FrameState(), 1.0)
    assert c.extra is not None and c.extra["status"] == "paid"
