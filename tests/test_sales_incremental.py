"""The sales matcher on a big run-sheet (#22): an edit re-matches only the orders it may concern and
recomputes only the rows that moved, and what it shows is what matching everything again shows."""

from __future__ import annotations

import dataclasses
import random

from app.core.sales import Order, SaleItem, Sales
from app.core.sales_rows import norm_title

TITLES = ["羊毛大衣", "摇粒绒卫衣", "保温杯 316内胆", "真丝围巾", "蓝牙耳机", "羊毛大衣 加厚", "保温杯"]


def _orders(rng: random.Random, n: int) -> list[Order]:
    out = []
    for k in range(n):
        how = rng.randrange(4)
        out.append(Order(f"o{k}", rng.choice(["paid", "placed", "refunded"]),
                         product_id=f"P{rng.randrange(40)}" if how == 0 else "",
                         sku=f"s{rng.randrange(40)}" if how == 1 else "",
                         title=rng.choice(TITLES) + rng.choice(["", " 直播专享"]) if how >= 2 else "",
                         quantity=rng.randrange(1, 4), amount=rng.choice([None, 9900]), buyer=f"b{k % 17}"))
    return out


def _fresh(items: list[SaleItem], current: int | None, orders: list[Order]) -> Sales:
    s = Sales()
    s.set_items(items, current)
    for o in orders:
        s.add(dataclasses.replace(o, item_id=None))
    return s


def test_edits_match_and_count_as_matching_everything_again() -> None:
    rng = random.Random(22)
    items = [SaleItem(i, f"商品{i}", f"P{i}" if i % 3 else "", f"s{i}" if i % 2 else "", 100 * i, 20, str(i))
             for i in range(40)]
    orders = _orders(rng, 300)
    live = Sales()
    live.set_items(items, 5)
    for o in orders:
        live.add(dataclasses.replace(o))
    for step in range(200):
        n = rng.randrange(len(items))
        it = items[n]
        change = rng.randrange(4)
        pid = f"P{rng.randrange(40)}"
        if change == 0 and all(x.product_id != pid for x in items):  # product IDs stay unique: no 返场 here
            it = dataclasses.replace(it, product_id=rng.choice([pid, ""]))
        elif change == 1:
            it = dataclasses.replace(it, name=rng.choice([*TITLES, f"商品{n}"]))
        elif change == 2:
            it = dataclasses.replace(it, live_price=rng.randrange(1, 500) * 100, stock=rng.randrange(30))
        elif change == 3 and all(x.sku != f"s{step % 40}" for x in items):
            it = dataclasses.replace(it, sku=f"s{step % 40}")
        items = [*items[:n], it, *items[n + 1:]]
        live.set_items(items, 5)
        if step % 20 == 0:
            live.add(dataclasses.replace(orders[step], status="refunded"))
            orders[step] = dataclasses.replace(orders[step], status="refunded")
        if step % 7 == 0:
            ref = _fresh(items, 5, orders)
            assert {k: o.item_id for k, o in live.orders.items()} == {k: o.item_id for k, o in ref.orders.items()}
            assert live.view() == ref.view()


def test_an_edit_rematches_only_the_orders_it_may_concern(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    items = [SaleItem(i, f"商品{i}", f"P{i}", f"s{i}", 9900, 100, str(i)) for i in range(5000)]
    s = Sales()
    s.set_items(items)
    for k in range(2000):
        s.add(Order(f"o{k}", "paid", product_id=f"P{k}"))
    view = s.view()
    matched: list[Order] = []
    real = Sales.match
    monkeypatch.setattr(Sales, "match", lambda self, o: matched.append(o) or real(self, o))
    edited = [*items[:10], dataclasses.replace(items[10], name="新名字", stock=3), *items[11:]]
    assert s.set_items(edited)
    assert matched == []  # its product ID did not change: no order is matched again
    after = s.view()
    assert after["items"][10]["name"] == "新名字" and after["items"][10]["stock_left"] == 2
    assert after["items"][11] is view["items"][11]  # every other row is the one shown before
    s.set_items([*edited[:20], dataclasses.replace(edited[20], product_id="P7"), *edited[21:]])
    assert sorted(o.order_id for o in matched) == ["o20", "o7"]
    assert s.orders["o20"].item_id is None and s.view()["totals"]["unmatched"] == 1
    assert norm_title.cache_info().hits > 0


def test_new_orders_count_again_only_their_items_and_the_totals_agree(monkeypatch: object) -> None:
    """A big room's orders arrive while the desk shows the figures: a view after a few new orders for
    the item on air counts that item's orders again, not the room's 10,000; the totals, buyers and
    the unmatched list are what counting everything again gives."""
    rng = random.Random(7)
    items = [SaleItem(i, f"商品{i}", f"P{i}", "", 100 * i, 10_000, str(i)) for i in range(40)]
    orders = _orders(rng, 10_000)
    live = _fresh(items, 7, orders)
    live.view()
    more = [Order(f"n{k}", "paid", product_id="P7", quantity=1, amount=None, buyer=f"nb{k}") for k in range(5)]
    paid = next(o for o in orders if o.product_id and o.status == "paid")
    more.append(dataclasses.replace(paid, status="refunded", item_id=None))  # a refund for an item's order
    counted: list[str] = []
    real = Sales.amount
    monkeypatch.setattr(Sales, "amount", lambda self, o: counted.append(o.order_id) or real(self, o))  # type: ignore[attr-defined]
    for o in more:
        live.add(o)
    view = live.view()
    touched = {live.orders[paid.order_id].item_id, 7}
    assert len(counted) == sum(1 for o in live.orders.values() if o.item_id in touched)  # only theirs
    whole = _fresh(items, 7, [*orders, *more]).view()
    assert view["totals"] == whole["totals"] and view["items"] == whole["items"]
    assert view["unmatched"] == whole["unmatched"] and view["unmatched_products"] == whole["unmatched_products"]
