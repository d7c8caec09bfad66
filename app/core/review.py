"""复盘: the post-show review as pure maths over aggregates the database already summed.

Each figure says which definition it uses (DOMAIN.md's, the platforms' own) and, where the relay
never sent what a figure needs, carries the reason instead of a value: a review that shows 0 GMV
for a relay that sends no orders would be lying. The UI shows `n/a — <reason>`.

The database layer (app.models.review) turns events and comments into `ReviewInput`; `build`
derives the summary here, the per-item rows (review_items) and the timeline (review_timeline).
The types live in review_types and are re-exported, so callers use `app.core.review` alone.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any

from app.core import gift_units as gu
from app.core.review_gift_value import (
    GIFT_UNIT_NAMES,
    NA_GIFT_UNITS_DIFFER,
    compare_gift_value,
    gift_value_figure,
)
from app.core.review_items import item_rows
from app.core.review_timeline import timeline
from app.core.review_types import (
    ANSWER_TYPES,
    COMMERCE_TYPES,
    COMPLIANCE,
    MARK_TYPES,
    METRIC,
    METRICS,
    NA_GIFT_UNITS,
    NA_NO_BUYERS,
    NA_NO_CLICKS,
    NA_NO_FOLLOWS,
    NA_NO_GIFT_RATE,
    NA_NO_GIFT_VALUE,
    NA_NO_GIFTS,
    NA_NO_JOINS,
    NA_NO_LIKES,
    NA_NO_ORDERS,
    NA_NO_PLAN,
    NA_NO_SPEND,
    NA_NO_TOTAL,
    NA_NO_VIEWERS,
    NA_NOT_STARTED,
    NA_REASONS,
    REVIEW_EVENT_TYPES,
    SEGMENT_TYPES,
    SERIES,
    Agg,
    Band,
    Figure,
    ItemInfo,
    ItemReview,
    Marker,
    Metric,
    Pulled,
    Review,
    ReviewInput,
    Timeline,
    Visit,
    counted_visits,
    gift_yuan,
    gift_yuan_na,
    item_at,
    visits,
)

__all__ = [
    "ANSWER_TYPES", "COMMERCE_TYPES", "COMPARE_ITEM_KEYS", "COMPARE_KEYS", "COMPLIANCE", "GIFT_UNIT_NAMES",
    "MARK_TYPES", "METRIC", "METRICS", "NA_GIFT_UNITS", "NA_GIFT_UNITS_DIFFER", "NA_NOT_STARTED", "NA_NO_BUYERS",
    "NA_NO_CLICKS", "NA_NO_FOLLOWS", "NA_NO_GIFTS",
    "NA_NO_GIFT_RATE", "NA_NO_GIFT_VALUE", "NA_NO_JOINS", "NA_NO_LIKES", "NA_NO_ORDERS", "NA_NO_PLAN", "NA_NO_SPEND",
    "NA_NO_TOTAL", "NA_NO_VIEWERS", "NA_REASONS", "REVIEW_EVENT_TYPES", "SEGMENT_TYPES", "SERIES", "Agg", "Band",
    "Figure", "ItemInfo", "ItemReview", "Learned", "Marker", "Metric", "Pulled", "Review", "ReviewInput", "Timeline",
    "Visit", "build", "compare", "counted_visits", "item_at", "learned_minutes", "visits",
]


def _div(key: str, num: Figure, den: Figure, scale: float = 1.0, zero_na: str = "") -> Figure:
    if num.value is None:
        return Figure(key, None, num.na)
    if den.value is None:
        return Figure(key, None, den.na)
    if not den.value:
        return Figure(key, None, zero_na or den.na or f"no {den.key}")
    return Figure(key, num.value / den.value * scale)


def _sales_figures(inp: ReviewInput) -> dict[str, Figure]:
    """Orders, units, GMV, buyers, 压单 and refunds: the Sales tab's own figures (app.core.sales)."""
    st = inp.sales.view()["totals"]
    keys = {"orders": "orders", "units": "paid_units", "gmv": "gmv", "gmv_estimated": "gmv_estimated",
            "buyers": "buyers", "unpaid": "unpaid", "refunds": "refunded"}
    if not st["orders"]:
        return {k: Figure(k, None, NA_NO_ORDERS) for k in keys}
    return {k: Figure(k, st[v]) for k, v in keys.items()}


def _gift_figures(total: Agg) -> dict[str, Figure]:
    """Gifts, their 元 estimate and their value per unit: only the units the show's gifts carried a value
    in, and never one sum over two units."""
    yuan_na = gift_yuan_na(total)
    out = [Figure("gifts", total.gifts if total.n("gift") else None, "" if total.n("gift") else NA_NO_GIFTS),
           Figure("gift_yuan_est", None if yuan_na else gift_yuan(total), yuan_na),
           *(Figure(f"gift_value_{u}", v) for u, v in total.gift_values.items() if v)]
    return {x.key: x for x in out}


def build(inp: ReviewInput) -> Review:
    started, ended, vis = visits((e for e in inp.events if e.type in SEGMENT_TYPES), inp.now)
    total = Agg()
    for a in inp.span_aggs:
        total.add(a)
    planned_len = sum(i.planned_min for i in inp.items) * 60.0
    f: dict[str, Figure] = {}

    def put(key: str, value: float | None, na: str = "") -> Figure:
        f[key] = Figure(key, value, "" if value is not None else na)
        return f[key]

    put("planned_start", inp.planned_start, NA_NO_PLAN)
    put("actual_start", started, NA_NOT_STARTED)
    if started is None:
        put("late_start_s", None, NA_NOT_STARTED)
    else:
        put("late_start_s", None if inp.planned_start is None else started - inp.planned_start, NA_NO_PLAN)
    put("planned_end", None if inp.planned_start is None else inp.planned_start + planned_len, NA_NO_PLAN)
    end = ended if ended is not None else (inp.now if started is not None else None)
    put("actual_end", end, NA_NOT_STARTED)
    put("planned_length_s", planned_len)
    put("actual_length_s", None if started is None or end is None else end - started, NA_NOT_STARTED)
    put("paused_s", None if started is None else sum(v.paused for v in vis), NA_NOT_STARTED)
    put("pauses", None if started is None else sum(v.pauses for v in vis), NA_NOT_STARTED)
    put("down_s", None if started is None else sum(v.down for v in vis), NA_NOT_STARTED)
    put("downs", None if started is None else sum(v.downs for v in vis), NA_NOT_STARTED)
    has_viewers = total.online_n > 0
    put("peak_online", total.online_max if has_viewers else None, NA_NO_VIEWERS)
    put("avg_online", total.online_sum / total.online_n if has_viewers else None, NA_NO_VIEWERS)
    uv = put("uv", total.total_max if total.total_max else None, NA_NO_TOTAL)
    pv = put("pv", total.n("join") if total.n("join") else None, NA_NO_JOINS)
    put("viewers_seen", inp.viewers_seen)
    commenters = put("commenters", inp.commenters)
    put("comments", total.n("comment"))
    put("questions", total.questions)
    put("negatives", total.negatives)
    f.update(_gift_figures(total))
    put("likes", total.likes if total.n("like") else None, NA_NO_LIKES)
    follows = put("follows", total.n("follow") if total.n("follow") else None, NA_NO_FOLLOWS)
    f.update(_sales_figures(inp))
    gmv, buyers = f["gmv"], f["buyers"]
    f["engagement_rate"] = _div("engagement_rate", commenters, uv)
    f["follow_rate"] = _div("follow_rate", follows, uv)
    f["conversion_rate"] = _div("conversion_rate", buyers, uv)
    f["aov"] = _div("aov", gmv, buyers, zero_na=NA_NO_BUYERS)
    f["uv_value"] = _div("uv_value", gmv, uv)
    f["gpm"] = _div("gpm", gmv, pv, 1000.0)
    watch = Figure("watch", _watch_time(inp.minute_aggs, started, end) if has_viewers else None, NA_NO_VIEWERS)
    f["avg_watch_s"] = _div("avg_watch_s", watch, uv)
    put("ctr", None, NA_NO_CLICKS)
    put("roi", None, NA_NO_SPEND)
    summary = [f[m.key] for m in METRICS if m.key in f]

    items = item_rows(inp, vis, total)
    tl = timeline(inp, started, end, vis)
    gift, gift_unit = gift_value_figure(total)
    return Review(inp.show_id, inp.title, inp.status, summary, items, tl,
                  {k: total.compliance.get(k, 0) for k in COMPLIANCE}, list(inp.pulled),
                  gift_value=gift, gift_value_unit=gift_unit)


def _watch_time(minutes: dict[int, Agg], started: float | None, end: float | None) -> float:
    """Viewer-seconds: each minute's mean reported online count × the seconds of that minute on air.

    A minute without a reading carries the last reading forward (relays report every few seconds).
    """
    if started is None or end is None or not minutes:
        return 0.0
    last_minute = int((end - started) // 60)
    total, last = 0.0, 0.0
    for m in range(0, last_minute + 1):
        a = minutes.get(m)
        if a is not None and a.online_n:
            last = a.online_sum / a.online_n
        seconds = min(60.0, max(0.0, end - (started + m * 60)))
        total += last * seconds
    return total



# ---- a run-sheet that learns ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Learned:
    sku: str
    median_min: float
    shows: int  # how many past shows the median is over


def learned_minutes(samples: dict[str, list[float]]) -> dict[str, Learned]:
    """Median actual minutes per SKU; each sample is one past show's total time on that SKU."""
    return {sku: Learned(sku, round(statistics.median(v), 1), len(v)) for sku, v in samples.items() if sku and v}


# ---- compare two shows ----------------------------------------------------------------------------------

COMPARE_KEYS = ("actual_length_s", "late_start_s", "peak_online", "uv", "viewers_seen", "commenters", "comments",
                "questions", "gifts", "gift_value", "gift_yuan_est", *(f"gift_value_{u}" for u in gu.UNITS), "likes",
                "follows", "orders", "units", "gmv", "buyers", "unpaid", "refunds", "engagement_rate",
                "conversion_rate", "aov", "uv_value", "gpm")
COMPARE_ITEM_KEYS = ("actual_s", "comments", "questions", "orders", "units", "gmv")


def compare(a: Review, b: Review) -> dict[str, Any]:
    """Totals side by side with B − A, and per product matched by SKU (an SKU in only one show has a gap)."""
    totals = []
    for key in COMPARE_KEYS:
        fa, fb = a.figure(key), b.figure(key)
        if key == "gift_value":  # each show's own unit: never 抖币 minus TikTok coins
            totals.append(compare_gift_value(a.gift_value, a.gift_value_unit, b.gift_value, b.gift_value_unit))
            continue
        if key.startswith("gift_value_") and fa.value is None and fb.value is None:
            continue  # a unit neither show's gifts came in
        diff = None if fa.value is None or fb.value is None else fb.value - fa.value
        totals.append({"key": key, "a": fa.value, "b": fb.value, "diff": diff, "a_na": fa.na or None,
                       "b_na": fb.na or None})

    def per_sku(r: Review) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for it in r.items:
            if not it.sku:
                continue
            row = out.setdefault(it.sku, {"name": it.name, **{k: None for k in COMPARE_ITEM_KEYS}})
            for k in COMPARE_ITEM_KEYS:
                v = getattr(it, k)
                if v is not None:
                    row[k] = (row[k] or 0) + v
        return out

    pa, pb = per_sku(a), per_sku(b)
    products = []
    for sku in list(pa) + [s for s in pb if s not in pa]:
        ra, rb = pa.get(sku), pb.get(sku)
        row: dict[str, Any] = {"sku": sku, "name": (ra or rb or {}).get("name", "")}
        for k in COMPARE_ITEM_KEYS:
            va = None if ra is None else ra[k]
            vb = None if rb is None else rb[k]
            row[k] = {"a": va, "b": vb, "diff": None if va is None or vb is None else vb - va}
        products.append(row)
    return {"a": {"show_id": a.show_id, "title": a.title}, "b": {"show_id": b.show_id, "title": b.title},
            "totals": totals, "products": products}
