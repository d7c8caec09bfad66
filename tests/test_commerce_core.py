"""Flash sale, coupon and lottery rules in app/core."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import coupon as cp
from app.core import lottery as lt
from app.core import sale as sx
from app.core.comments import Comment
from app.core.events import Event
from app.core.reducers import apply
from app.core.show import Segment, ShowState

T0 = 1_764_000_000.0


def live_state() -> ShowState:
    s = ShowState(status="live", segments=[Segment(1, "大衣", 600, "CT-1", live_price=49900, stock=100),
                                           Segment(2, "围巾", 300, "SC-3", live_price=19900, stock=5)])
    s.current_id = 1
    return s


def start_sale(s: ShowState, quantity: int = 50, limit: int = 2) -> None:
    apply(s, Event(sx.SALE_ARMED, T0 - 30, {"sale_id": "s1", "item_id": 1, "name": "大衣", "sku": "CT-1",
                                            "price": 39900, "live_price": 49900, "quantity": quantity,
                                            "per_buyer_limit": limit, "countdown_s": 10, "duration_s": 300}))
    assert s.sale.status(T0 - 1)  # type: ignore[union-attr] == "armed"
    apply(s, Event(sx.SALE_STARTED, T0, {"sale_id": "s1"}))


@pytest.mark.parametrize("kwargs,code", [
    ({"price": 49900}, "price_not_below_live"), ({"price": 0}, "bad_price"),
    ({"quantity": 101}, "quantity_above_stock"), ({"countdown_s": 5}, "bad_countdown"),
    ({"duration_s": 1500}, "bad_duration"), ({"per_buyer_limit": 0}, "bad_limit")])
def test_sale_preflight_refuses_with_a_reason(kwargs: dict, code: str) -> None:  # type: ignore[type-arg]
    args = {"price": 39900, "quantity": 50, "per_buyer_limit": 1, "countdown_s": 10, "duration_s": 300, **kwargs}
    with pytest.raises(sx.Refused) as err:
        sx.check_sale(live_state(), 1, now=T0, **args)
    assert err.value.code == code


def test_only_one_sale_at_a_time_and_phases() -> None:
    s = live_state()
    start_sale(s)
    with pytest.raises(sx.Refused) as err:
        sx.check_sale(s, 1, 39900, 10, 1, 10, 300, T0 + 5)
    assert err.value.code == "sale_running"
    assert sx.sale_view(s.sale, T0 + 5)["status"] == "countdown"  # type: ignore[index]
    view = sx.sale_view(s.sale, T0 + 20)
    assert view is not None and view["status"] == "live" and view["time_left_s"] == 290


def test_orders_respect_the_per_buyer_limit_and_stock() -> None:
    s = live_state()
    start_sale(s, quantity=3, limit=2)
    total, counted = sx.order_quantities(s.sale, [("a", 5), ("b", 1), ("a", 1), ("c", 4)])
    assert total == 3 and counted == [["a", 2], ["b", 1]]


def test_a_sale_never_writes_the_items_planned_stock() -> None:
    """What sold is the paid orders, taken off once by the sales desk (r12: it was taken off twice)."""
    s = live_state()
    start_sale(s, quantity=50)
    apply(s, Event(sx.SALE_STOCK, T0 + 30, {"delta": -12, "reason": "orders"}))
    apply(s, Event(sx.SALE_STOCK, T0 + 35, {"delta": -5, "reason": "manual"}))
    apply(s, Event(sx.SALE_ENDED, T0 + 40, {"reason": "stopped"}))
    assert s.segment(1).stock == 100  # type: ignore[union-attr]
    assert s.sale is not None and (s.sale.sold, s.sale.remaining) == (12, 33)


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 500), st.lists(st.integers(-300, 300), max_size=60))
def test_stock_never_goes_negative(quantity: int, deltas: list[int]) -> None:
    s = live_state()
    s.segments[0].stock = 1000
    start_sale(s, quantity=quantity)
    for d in deltas:
        apply(s, Event(sx.SALE_STOCK, T0 + 20, {"delta": d, "reason": "manual"}))
        assert s.sale is not None and s.sale.remaining >= 0


@pytest.mark.parametrize("kind,value,threshold,code", [
    ("amount", 30000, 19900, "amount_above_threshold"), ("percent", 120, 0, "bad_percent"),
    ("amount", 0, 0, "bad_amount"), ("cash", 1, 0, "bad_kind")])
def test_coupon_checks(kind: str, value: float, threshold: int, code: str) -> None:
    with pytest.raises(sx.Refused) as err:
        cp.check_coupon(live_state(), kind, value, threshold, 100, 1, 600, [])
    assert err.value.code == code


def test_coupon_lifecycle() -> None:
    s = live_state()
    apply(s, Event(cp.COUPON_ISSUED, T0, {"coupon_id": "c1", "kind": "amount", "value": 3000, "threshold": 19900,
                                          "quantity": 2, "per_user_limit": 1, "valid_s": 600, "item_ids": []}))
    apply(s, Event(cp.COUPON_ISSUED, T0, {"coupon_id": "c2", "kind": "percent", "value": 10, "threshold": 0,
                                          "quantity": 9, "per_user_limit": 1, "valid_s": 60, "item_ids": [1]}))
    assert [c["status"] for c in cp.coupons_view(s.coupons, T0 + 30)] == ["active", "active"]
    apply(s, Event(cp.COUPON_CLAIMED, T0 + 31, {"coupon_id": "c1", "count": 5}))
    views = cp.coupons_view(s.coupons, T0 + 61)
    assert [c["status"] for c in views] == ["claimed_out", "expired"] and views[0]["left"] == 0
    apply(s, Event(cp.COUPON_STOPPED, T0 + 62, {"coupon_id": "c2"}))
    assert cp.coupons_view(s.coupons, T0 + 62)[1]["status"] == "stopped"


# ---- lottery -------------------------------------------------------------------------------------------


def test_commitment_and_entrant_hash() -> None:
    seed = lt.new_seed()
    assert len(seed) == 64 and lt.commitment(seed) != lt.commitment(lt.new_seed())
    assert lt.entrant_hash(["a:1", "b:2"]) != lt.entrant_hash(["b:2", "a:1"])


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 3000), st.integers(1, 50), st.binary(min_size=32, max_size=32))
def test_draw_is_unique_deterministic_and_in_range(n: int, k: int, seed_bytes: bytes) -> None:
    keys = [f"douyin:{i}" for i in range(n)]
    seed = seed_bytes.hex()
    _ehash, first = lt.draw(seed, keys, k)
    _h, again = lt.draw(seed, keys, k)
    assert first == again
    assert len(first) == min(n, k) and len(set(first)) == len(first) and all(0 <= p < n for p in first)
    _h, longer = lt.draw(seed, keys, k, redraws=3)
    assert longer[:len(first)] == first  # re-draws continue the same order


def test_one_entry_per_viewer_with_normalised_keyword_and_filters() -> None:
    rule = lt.EntryRule("福袋", exact=False, followers_only=True, min_fans_level=2,
                        excluded=frozenset({"douyin:banned"}))
    from app.core.triage import comment_matches

    def c(uid: str, text: str, follower: bool = True, level: int = 3) -> Comment:
        return Comment("comment", "douyin", f"m-{uid}-{text}", T0, uid, f"n{uid}", text, follower, level)

    e = lt.Entrants()
    e.add_from([c("1", "我要福袋"), c("1", "福袋福袋"), c("2", "福\u200b袋！"), c("3", "好看"), c("4", "福袋", False),
                c("5", "福袋", level=1), c("banned", "福袋"), c("6", "ＦＵ福袋")], rule, comment_matches)
    assert e.keys == ["douyin:1", "douyin:2", "douyin:6"]
