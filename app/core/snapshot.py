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


def _row(s: Segment, done: bool, current: bool, actual_s: float) -> dict[str, Any]:
    return {"item_id": s.item_id, "name": s.name, "planned_s": s.planned_s, "product_id": s.product_id,
            "cart_no": s.cart_no, "sku": s.sku, "live_price": s.live_price, "coupon_price": s.coupon_price,
            "stock": s.stock, "done": done, "current": current, "actual_s": actual_s}


def _spent(state: ShowState, now: float) -> dict[int, float]:
    """Time on air per item, the visits summed once (per item it was quadratic)."""
    spent: dict[int, float] = collections.defaultdict(float)
    for v in state.visits:
        spent[v.item_id] += v.active_s
    if state.current_id is not None:
        spent[state.current_id] = state.actual_s(state.current_id, now)
    return spent


def runsheet_view(state: ShowState, now: float) -> list[dict[str, Any]]:
    """One row per item."""
    done, cur, spent = state.done, state.current_id, _spent(state, now)
    return [_row(s, s.item_id in done, s.item_id == cur, spent.get(s.item_id, 0)) for s in state.segments]


class RunsheetRows:
    """`runsheet_view` for a studio that snapshots the same show again and again (issue #22: 5,000 items).

    An item that has not been on air has a row that depends on its Segment alone, and an edit replaces
    the Segment (`ShowState.own_segment`): its row is built once and the same dict is handed out until
    then. Rows of items on air or done are built each time. The list itself is kept too: a later call
    copies it and rebuilds only the rows whose Segment was replaced and those of items on air or done
    (now or last time), so the views that each take a snapshot after one command do not each walk
    5,000 items. The rows are shared between snapshots: read them, never change them."""

    def __init__(self) -> None:
        self._static: dict[int, tuple[Segment, dict[str, Any]]] = {}
        self._segments: tuple[Segment, ...] = ()
        self._rows: list[dict[str, Any]] = []
        self._special: set[int | None] = set()

    def __call__(self, state: ShowState, now: float) -> list[dict[str, Any]]:
        done, cur, spent = state.done, state.current_id, _spent(state, now)
        special = done | spent.keys() | {cur}
        static = self._static
        if len(static) > 2 * len(state.segments) + 64:  # items long gone: let them go
            static = self._static = {id(s): hit for s in state.segments if (hit := static.get(id(s)))}
        get = static.get

        def built(s: Segment) -> dict[str, Any]:
            if s.item_id in special:
                return _row(s, s.item_id in done, s.item_id == cur, spent.get(s.item_id, 0))
            if (hit := get(id(s))) is not None and hit[0] is s:
                return hit[1]
            row = _row(s, False, False, 0)
            static[id(s)] = (s, row)
            return row

        segs, old = tuple(state.segments), self._segments
        if len(segs) != len(old):
            rows = [built(s) for s in segs]
        else:
            rows = list(self._rows)
            redo = set() if segs == old else {n for n, (a, b) in enumerate(zip(old, segs, strict=True)) if a is not b}
            redo.update(n for i in special | self._special if (n := state.index_of(i)) is not None)
            for n in redo:
                rows[n] = built(segs[n])
        self._segments, self._rows, self._special = segs, rows, special
        return rows


def snapshot(state: ShowState, show_id: int | None, now: float,
             rows: RunsheetRows | None = None) -> dict[str, Any]:
    lot = state.lottery
    return {
        "show": {"id": show_id, "title": state.title, "status": state.status, "platform": state.platform,
                 "host": state.host, "planned_start": state.planned_start},
        "current": segment_view(state, state.current, now),
        "next": segment_view(state, state.next, now),
        "timer": timer_view(state, now),
        "clock": clock_view(state, now),
        "runsheet": runsheet_view(state, now) if rows is None else rows(state, now),
        "pinned": state.pinned,
        "sale": sale_view(state.sale, now),
        "coupons": coupons_view(state.coupons, now),
        "lottery": None if lot is None else lot.view(),
        "cue": state.last_cue,
        "down": state.down,  # the last gap the app was down while live (the host's banner)
        "now": now,
    }
