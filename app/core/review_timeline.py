"""The review's timeline: per-minute series over the show, item bands, and the moments that mattered."""

from __future__ import annotations

from collections.abc import Sequence

from app.core import events as ev
from app.core.clock import format_duration
from app.core.events import Event
from app.core.host_texts import clock
from app.core.review_gift_value import gift_value, gift_value_unit
from app.core.review_types import (
    NA_NO_LIKES,
    NA_NO_ORDERS,
    NA_NO_VIEWERS,
    SERIES,
    Agg,
    Band,
    Marker,
    ReviewInput,
    Timeline,
    Visit,
    gift_yuan,
    gift_yuan_na,
)


def markers(events: Sequence[Event], started: float) -> list[Marker]:
    """Sale start (when it goes live, after the countdown) and end, coupons, lottery open and draw, pins,
    and the app's stops (app_down)."""
    out: list[Marker] = []

    def mark(kind: str, ts: float, label: str) -> None:
        out.append(Marker(kind, (ts - started) / 60, label))

    sale_names: dict[str, str] = {}
    countdown: dict[str, float] = {}
    last_sale = ""
    for e in events:
        d = e.data
        if e.type == "sale_armed":
            last_sale = str(d["sale_id"])
            sale_names[last_sale] = str(d.get("name", ""))
            countdown[last_sale] = float(d.get("countdown_s", 0))
        elif e.type == "sale_started":
            sid = str(d.get("sale_id", last_sale))
            mark("sale_start", e.ts + countdown.get(sid, 0.0), sale_names.get(sid, ""))
        elif e.type == "sale_ended" and last_sale:
            mark("sale_end", e.ts, sale_names.get(last_sale, ""))
        elif e.type == "coupon_issued":
            mark("coupon", e.ts, str(d.get("coupon_id", "")))
        elif e.type == "lottery_opened":
            mark("lottery_open", e.ts, str(d.get("prize", "")))
        elif e.type == "lottery_drawn":
            mark("lottery_draw", e.ts, ", ".join(str(w.get("name", "")) for w in d.get("winners", [])))
        elif e.type == ev.COMMENT_PINNED:
            mark("pin", e.ts, str((d.get("comment") or {}).get("text", "")))
        elif e.type == ev.APP_DOWN:  # where the gap began, with its length and clock times
            start, end = float(d["from"]), float(d["to"])
            mark("app_down", start, f"{format_duration(end - start)} ({clock(start)}–{clock(end)})")
    return out


def timeline(inp: ReviewInput, started: float | None, end: float | None, vis: list[Visit]) -> Timeline:
    names = {i.id: i.name for i in inp.items}
    if started is None or end is None:
        return Timeline(None, [], {k: [] for k in (*SERIES, "gift_value")}, {}, [], [])
    n = int((end - started) // 60) + 1
    minutes = list(range(n))
    total = Agg()
    for a in inp.minute_aggs.values():
        total.add(a)
    na: dict[str, str] = {}
    if not total.online_n:
        na["online"] = NA_NO_VIEWERS
    if not total.n("like"):
        na["likes"] = NA_NO_LIKES
    if gift_yuan_na(total):
        na["gift_yuan_est"] = gift_yuan_na(total)
    if not inp.sales.orders:
        na["orders"] = NA_NO_ORDERS
    show = Agg()  # `gift_value` (JSON only) is in the show's one unit, as in the summary and the items
    for a in inp.span_aggs:
        show.add(a)
    unit, unit_na = gift_value_unit(show)
    if unit_na:
        na["gift_value"] = unit_na
    per_minute = inp.sales.orders_per_minute(started, n)
    series: dict[str, list[float | None]] = {k: [] for k in (*SERIES, "gift_value")}
    for m in minutes:
        a = inp.minute_aggs.get(m, Agg())
        series["comments"].append(a.n("comment"))
        series["commenters"].append(inp.commenters_per_min.get(m, 0))
        series["online"].append(None if "online" in na or not a.online_n else a.online_max)
        series["likes"].append(None if "likes" in na else a.likes)
        series["gift_yuan_est"].append(None if "gift_yuan_est" in na else gift_yuan(a) / 100)  # 元
        series["orders"].append(None if "orders" in na else per_minute[m])
        series["gift_value"].append(gift_value(a, unit))
    bands = [Band(v.item_id, names.get(v.item_id, str(v.item_id)), (v.start - started) / 60, (v.end - started) / 60)
             for v in vis]
    marks = [m for m in markers(inp.events, started) if 0 <= m.minute <= n]
    return Timeline(started, minutes, series, na, bands, marks)
