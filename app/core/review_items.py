"""The review's per-item rows: time on air (返场 summed), what was said, sold and offered under each item."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.core import events as ev
from app.core.events import Event
from app.core.review_gift_value import gift_value, gift_value_unit
from app.core.review_types import (
    NA_NO_ORDERS,
    Agg,
    ItemReview,
    ReviewInput,
    Visit,
    gift_yuan,
    gift_yuan_na,
    item_at,
)
from app.core.sale import stock_moved


def _sales(events: Sequence[Event]) -> dict[int, dict[str, Any]]:
    """Per item: sold, quantity and the fastest sell-out (seconds from going live) of its flash sales."""
    sales: dict[str, dict[str, Any]] = {}
    current: dict[str, Any] | None = None
    for e in events:
        if e.type == "sale_armed":
            current = {"item_id": int(e.data["item_id"]), "quantity": int(e.data["quantity"]),
                       "remaining": int(e.data["quantity"]), "sold": 0, "countdown_s": float(e.data["countdown_s"]),
                       "live_at": None, "started": False, "sellout_s": None}
            sales[str(e.data["sale_id"])] = current
        elif current is None:
            continue
        elif e.type == "sale_started":
            current["started"] = True
            current["live_at"] = e.ts + current["countdown_s"]
        elif e.type == "sale_stock":
            current["remaining"], sold = stock_moved(current["remaining"], e)
            current["sold"] += sold
        elif e.type == "sale_ended":
            if e.data.get("reason") == "sold_out" and current["live_at"] is not None:
                current["sellout_s"] = max(0.0, e.ts - current["live_at"])
            current = None
    out: dict[int, dict[str, Any]] = {}
    for s in sales.values():
        if not s["started"]:
            continue  # armed and replaced before it went live: nothing was on sale
        o = out.setdefault(s["item_id"], {"sold": 0, "quantity": 0, "sellout_s": None})
        o["sold"] += s["sold"]
        o["quantity"] += s["quantity"]
        if s["sellout_s"] is not None:
            o["sellout_s"] = s["sellout_s"] if o["sellout_s"] is None else min(o["sellout_s"], s["sellout_s"])
    return out


def _coupons_and_cues(events: Sequence[Event], vis: Sequence[Visit]) -> tuple[dict[int, int], dict[int, int],
                                                                                dict[int, int]]:
    """Per item: coupons issued (quantity), claimed (capped at the quantity, as the reducer does), cues fired."""
    issued: dict[int, int] = {}
    claimed: dict[int, int] = {}
    coupon_items: dict[str, tuple[list[int], int]] = {}
    cues: dict[int, int] = {}
    for e in events:
        if e.type == "coupon_issued":
            ids = [int(x) for x in e.data.get("item_ids") or []]
            if not ids:
                on_air = item_at(vis, e.ts)
                ids = [on_air] if on_air is not None else []
            coupon_items[str(e.data["coupon_id"])] = (ids, int(e.data["quantity"]))
            for i in ids:
                issued[i] = issued.get(i, 0) + int(e.data["quantity"])
        elif e.type == "coupon_claimed" and str(e.data.get("coupon_id")) in coupon_items:
            ids, _q = coupon_items[str(e.data["coupon_id"])]
            for i in ids:
                claimed[i] = claimed.get(i, 0) + int(e.data.get("count", 0))
        elif e.type == ev.CUE_FIRED:
            cues[int(e.data["item_id"])] = cues.get(int(e.data["item_id"]), 0) + 1
    for ids, quantity in coupon_items.values():
        for i in ids:
            claimed[i] = min(claimed.get(i, 0), issued.get(i, quantity))
    return issued, claimed, cues


def added_on_air(events: Sequence[Event]) -> dict[int, float]:
    """Items added to the run-sheet after the start, with when: not in the plan the show started with."""
    out: dict[int, float] = {}
    live = False
    for e in events:
        if e.type == ev.SHOW_STARTED:
            live = True
        elif e.type == ev.ITEM_ADDED and live:
            for seg in e.data["segments"] if "segments" in e.data else [e.data["segment"]]:
                out.setdefault(int(seg["item_id"]), e.ts)  # an undone pull put back keeps its first time
    return out


SALES_KEYS = ("orders", "units", "gmv", "gmv_estimated", "buyers", "unpaid", "refunds")


def item_rows(inp: ReviewInput, vis: list[Visit], total: Agg) -> list[ItemReview]:
    by_item: dict[int, Agg] = {}
    actual: dict[int, float] = {}
    count: dict[int, int] = {}
    paused: dict[int, float] = {}
    down: dict[int, float] = {}
    for i, v in enumerate(vis):
        a = inp.span_aggs[i + 1] if i + 1 < len(inp.span_aggs) else Agg()
        by_item.setdefault(v.item_id, Agg()).add(a)
        actual[v.item_id] = actual.get(v.item_id, 0.0) + (v.end - v.start)
        count[v.item_id] = count.get(v.item_id, 0) + 1
        paused[v.item_id] = paused.get(v.item_id, 0.0) + v.paused
        down[v.item_id] = down.get(v.item_id, 0.0) + v.down
    sales = _sales([e for e in inp.events if e.type.startswith("sale_")])
    coupons_issued, coupons_claimed, cues = _coupons_and_cues(inp.events, vis)
    added = added_on_air(inp.events)
    yuan_na = gift_yuan_na(total)
    unit, unit_na = gift_value_unit(total)
    view = inp.sales.view()
    has_orders = view["totals"]["orders"] > 0
    per = {row["item_id"]: row for row in view["items"]}
    zero = {"orders": 0, "paid_units": 0, "gmv": 0, "gmv_estimated": 0, "buyers": 0, "unpaid": 0, "refunded": 0}
    rows = []
    for it in sorted(inp.items, key=lambda i: i.position):
        a = by_item.get(it.id, Agg())
        planned = it.planned_min * 60.0
        act = actual.get(it.id)
        o = per.get(it.id, zero) if has_orders else None
        na: dict[str, str] = {} if has_orders else {k: NA_NO_ORDERS for k in SALES_KEYS}
        if yuan_na:
            na["gift_yuan_est"] = yuan_na
        if unit_na:
            na["gift_value"] = unit_na
        s = sales.get(it.id)
        rows.append(ItemReview(
            item_id=it.id, position=it.position, name=it.name, sku=it.sku, planned_s=planned, actual_s=act,
            visits=count.get(it.id, 0), over_s=None if act is None else act - planned, paused_s=paused.get(it.id),
            down_s=down.get(it.id),
            comments=a.n("comment"), questions=a.questions, mentions=inp.mentions.get(it.id, 0),
            negatives=a.negatives, gifts=a.gifts, gift_yuan_est=None if yuan_na else gift_yuan(a),
            gift_value=gift_value(a, unit),
            orders=None if o is None else o["orders"], units=None if o is None else o["paid_units"],
            gmv=None if o is None else o["gmv"], gmv_estimated=None if o is None else o["gmv_estimated"],
            buyers=None if o is None else o["buyers"],
            unpaid=None if o is None else o["unpaid"], refunds=None if o is None else o["refunded"],
            sale_sold=None if s is None else s["sold"], sale_quantity=None if s is None else s["quantity"],
            sale_sellout_s=None if s is None else s["sellout_s"],
            coupons_issued=coupons_issued.get(it.id, 0), coupons_claimed=coupons_claimed.get(it.id, 0),
            cues_fired=cues.get(it.id, 0), na=na, added_at=added.get(it.id)))
    return rows
