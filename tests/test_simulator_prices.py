"""The demo's simulated orders cost what the run-sheet says: before, every order was ¥99 whatever the
product (a ¥499 coat sold for ¥99 in the demo's sales and 复盘)."""

from __future__ import annotations

from app.live.simulator import Generator


def test_an_order_costs_its_live_price_times_its_quantity_and_an_unpriced_one_carries_no_amount() -> None:
    gen = Generator(seed=3, skus=["CT-2031", "SW-1188", "NO-PRICE"], prices={"CT-2031": 49900, "SW-1188": 9900})
    orders = [e.data for e in (next(gen) for _ in range(3000)) if e.kind == "order"]
    assert len(orders) > 50
    priced = {"CT-2031": 499.0, "SW-1188": 99.0}
    for o in orders:
        if o["sku"] in priced:
            assert o["amount"] == priced[o["sku"]] * o["quantity"]
        else:  # the studio prices it from the run-sheet (an estimate), as for a relay that sends none
            assert "amount" not in o
    assert {o["sku"] for o in orders} == {"CT-2031", "SW-1188", "NO-PRICE"}
