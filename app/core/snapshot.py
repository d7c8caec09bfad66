"""The show's state as control clients, overlays and the UI read it (plain JSON types)."""

from __future__ import annotations

import collections
from typing import Any

from app.core.coupon import coupons_view
from app.core.sale import sale_view
from app.core.show import Segment, ShowState, clock_view, timer_view


def segment_view(state: ShowState, s: Segment | None, now: float) -> dict[str, Any] | None:
    if s is None:
        return None
    return {"index": state.index_of(s.item_id), "item_id": s.item_id, "name": s.name, "live_price": s.live_price,
            "coupon_price": s.coupon_price, "list_price": s.list_price, "stock": s.stock, "sku": s.sku,
            "planned_s": s.planned_s,
            "talking_points": s.talking_points, "product_id": s.product_id, "cart_no": s.cart_no,
            "actual_s": state.actual_s(s.item_id, now)}


def runsheet_view(state: ShowState, now: float) -> list[dict[str, Any]]:
    """One row per item; time on air summed over the visits once (per item it was quadratic)."""
    done, cur = state.done, state.current_id
    spent: dict[int, float] = collections.defaultdict(float)
    for v in state.visits:
        spent[v.item_id] += v.active_s
    if cur is not None:
        spent[cur] = state.actual_s(cur, now)
    return [{"item_id": s.item_id, "name": s.name, "planned_s": s.planned_s, "product_id": s.product_id,
             "cart_no": s.cart_no, "sku": s.sku, "live_price": s.live_price,
             "coupon_price": s.coupon_price, "stock": s.stock,
             "done": s.item_id in done, "current": s.item_id == cur, "actual_s": spent.get(s.item_id, 0)}
            for s in state.segments]


def snapshot(state: ShowState, show_id: int | None, now: float) -> dict[str, Any]:
    lot = state.lottery
    return {
        "show": {"id": show_id, "title": state.title, "status": state.status, "platform": state.platform,
                 "host": state.host, "planned_start": state.planned_start},
        "current": segment_view(state, state.current, now),
        "next": segment_view(state, state.next, now),
        "timer": timer_view(state, now),
        "clock": clock_view(state, now),
        "runsheet": runsheet_view(state, now),
        "pinned": state.pinned,
        "sale": sale_view(state.sale, now),
        "coupons": coupons_view(state.coupons, now),
        "lottery": None if lot is None else lot.view(),
        "cue": state.last_cue,
        "now": now,
    }
