"""复盘: the post-show review as pure maths over aggregates the database already summed.

Each figure says which definition it uses (DOMAIN.md's, the platforms' own) and, where the relay
never sent what a figure needs, carries the reason instead of a value: a review that shows 0 GMV
for a relay that sends no orders would be lying. The UI shows `n/a — <reason>`.

The database layer (app.models.review) turns events and comments into `ReviewInput`; `build`
derives the summary, the per-item rows, the timeline series, bands and markers from it.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from app.core import events as ev
from app.core.events import Event

# Show events the review reads (everything else in the log is ignored here).
SEGMENT_TYPES = (ev.SHOW_STARTED, ev.SEGMENT_STARTED, ev.SHOW_ENDED, ev.TIMER_PAUSED, ev.TIMER_RESUMED)
COMMERCE_TYPES = ("sale_armed", "sale_started", "sale_stock", "sale_ended", "coupon_issued", "coupon_claimed",
                  "coupon_stopped", "lottery_opened", "lottery_closed", "lottery_drawn", "lottery_redrawn")
MARK_TYPES = (ev.CUE_FIRED, ev.COMMENT_PINNED)
# Another station marks a question handled with one of these (data: comment_id); a pinned comment counts too.
ANSWER_TYPES = ("question_answered", "question_shown", "question_skipped")
REVIEW_EVENT_TYPES = SEGMENT_TYPES + COMMERCE_TYPES + MARK_TYPES + ANSWER_TYPES

COMPLIANCE = ("absolute", "medical", "guarantee", "diversion", "banned")

# Why a figure is missing. The Studio shows these through Qt's translation (context "Review").
NA_NO_VIEWERS = "the relay sends no viewer counts"
NA_NO_TOTAL = "the relay sends no cumulative viewer count"
NA_NO_JOINS = "the relay sends no room entries"
NA_NO_ORDERS = "the relay sends no orders"
NA_NO_GIFTS = "the relay sends no gifts"
NA_NO_GIFT_VALUE = "the relay sends no gift values"
NA_NO_LIKES = "the relay sends no likes"
NA_NO_FOLLOWS = "the relay sends no follows"
NA_NO_CLICKS = "the relay sends no product clicks or exposures"
NA_NO_SPEND = "LiveDeck records no ad spend"
NA_NOT_STARTED = "the show has not started"
NA_NO_PLAN = "the show has no planned start"
NA_NO_BUYERS = "no buyers"
NA_REASONS = (NA_NO_VIEWERS, NA_NO_TOTAL, NA_NO_JOINS, NA_NO_ORDERS, NA_NO_GIFTS, NA_NO_GIFT_VALUE, NA_NO_LIKES,
              NA_NO_FOLLOWS, NA_NO_CLICKS, NA_NO_SPEND, NA_NOT_STARTED, NA_NO_PLAN, NA_NO_BUYERS)


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    definition: str
    unit: str  # count, fen, seconds (signed), duration, time (epoch), ratio, coins


# The summary in display order. Labels carry the platforms' Chinese name in the translation.
METRICS: tuple[Metric, ...] = (
    Metric("planned_start", "Planned start", "The show's planned start time.", "time"),
    Metric("actual_start", "Actual start", "When the show was started in LiveDeck (show_started).", "time"),
    Metric("late_start_s", "Late start", "Actual start minus planned start; negative is early.", "seconds"),
    Metric("planned_end", "Planned end", "Planned start plus the planned minutes of every item.", "time"),
    Metric("actual_end", "Actual end", "When the show was ended (or now, while it is live).", "time"),
    Metric("planned_length_s", "Planned length", "Sum of the items' planned minutes.", "duration"),
    Metric("actual_length_s", "Actual length", "Actual end minus actual start.", "duration"),
    Metric("peak_online", "Peak online", "最高在线: the highest online count the relay reported.", "count"),
    Metric("avg_online", "Average online", "平均在线: mean of the online counts the relay reported.", "count"),
    Metric("uv", "Viewers (UV)", "观看人数: the highest cumulative viewer count the relay reported.", "count"),
    Metric("pv", "Views (PV)", "观看次数: room entries (join events) received.", "count"),
    Metric("viewers_seen", "Viewers seen", "Distinct viewer ids in any event LiveDeck received (a lower bound "
           "of UV: silent viewers send nothing).", "count"),
    Metric("commenters", "Commenters", "Distinct viewer ids that commented.", "count"),
    Metric("comments", "Comments", "Comments received (platform duplicates stored once).", "count"),
    Metric("questions", "Questions", "Comments the classifier marked as questions.", "count"),
    Metric("negatives", "Negative comments", "Comments the classifier marked as criticism.", "count"),
    Metric("gifts", "Gifts", "Gifts received, a streak counted by its size.", "count"),
    Metric("gift_value", "Gift value", "Sum of the value the relay reports with each gift (platform coins).",
           "coins"),
    Metric("likes", "Likes", "Likes received, summed by their count.", "count"),
    Metric("follows", "New follows", "新增粉丝: follow events received.", "count"),
    Metric("orders", "Orders", "Order events received.", "count"),
    Metric("units", "Units sold", "Sum of the orders' quantities.", "count"),
    Metric("gmv", "GMV", "Sum of the orders' amounts (paid order value, fen).", "fen"),
    Metric("buyers", "Buyers", "Distinct viewer ids that ordered.", "count"),
    Metric("engagement_rate", "Engagement rate", "互动率 = commenters ÷ UV.", "ratio"),
    Metric("follow_rate", "Follow rate", "转粉率 = new follows ÷ UV.", "ratio"),
    Metric("conversion_rate", "Conversion rate", "转化率 = buyers ÷ UV.", "ratio"),
    Metric("aov", "Average order value", "客单价 = GMV ÷ buyers.", "fen"),
    Metric("uv_value", "UV value", "UV价值 = GMV ÷ UV.", "fen"),
    Metric("gpm", "GPM", "GPM = GMV ÷ PV × 1000 (GMV per thousand views).", "fen"),
    Metric("avg_watch_s", "Average watch time", "平均停留时长 = watch time ÷ UV; watch time estimated as the "
           "reported online count integrated over the show.", "duration"),
    Metric("ctr", "Product click rate", "商品点击率 = product clicks ÷ product exposures.", "ratio"),
    Metric("roi", "ROI", "ROI = GMV ÷ ad spend.", "ratio"),
)
METRIC = {m.key: m for m in METRICS}


@dataclass
class Figure:
    key: str
    value: float | None
    na: str = ""  # the reason when value is None

    def to_json(self) -> dict[str, Any]:
        m = METRIC[self.key]
        return {"key": self.key, "label": m.label, "value": self.value, "unit": m.unit, "na": self.na or None,
                "definition": m.definition}


@dataclass
class Agg:
    """Sums over a slice of the stored comments table (one item visit, one minute, or the whole show)."""

    kinds: dict[str, int] = field(default_factory=dict)  # rows per kind
    questions: int = 0
    negatives: int = 0
    compliance: dict[str, int] = field(default_factory=dict)
    likes: int = 0  # sum of like counts
    gifts: int = 0  # sum of gift counts
    gift_value: float = 0.0
    gift_valued: int = 0  # gift rows that carried a non-zero value
    units: int = 0
    gmv: float = 0.0
    online_max: int | None = None
    online_sum: float = 0.0
    online_n: int = 0
    total_max: int | None = None

    def add(self, o: Agg) -> None:
        for k, n in o.kinds.items():
            self.kinds[k] = self.kinds.get(k, 0) + n
        for k, n in o.compliance.items():
            self.compliance[k] = self.compliance.get(k, 0) + n
        self.questions += o.questions
        self.negatives += o.negatives
        self.likes += o.likes
        self.gifts += o.gifts
        self.gift_value += o.gift_value
        self.gift_valued += o.gift_valued
        self.units += o.units
        self.gmv += o.gmv
        self.online_sum += o.online_sum
        self.online_n += o.online_n
        self.online_max = _max(self.online_max, o.online_max)
        self.total_max = _max(self.total_max, o.total_max)

    def n(self, kind: str) -> int:
        return self.kinds.get(kind, 0)


def _max(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)


@dataclass(frozen=True)
class ItemInfo:
    id: int
    position: int
    name: str
    sku: str = ""
    product_id: str = ""
    planned_min: float = 0.0


@dataclass(frozen=True)
class Visit:
    """One stretch of an item on air, from its start to the next item's start (pauses included)."""

    item_id: int
    start: float
    end: float


def visits(events: Iterable[Event], now: float) -> tuple[float | None, float | None, list[Visit]]:
    """Show start, show end (None while live) and every item visit; a 返场 is a second visit."""
    started = ended = None
    out: list[Visit] = []
    cur: tuple[int, float] | None = None
    for e in events:
        if e.type == ev.SHOW_STARTED and started is None:
            started = e.ts
        elif e.type == ev.SEGMENT_STARTED:
            if cur is not None:
                out.append(Visit(cur[0], cur[1], e.ts))
            cur = (int(e.data["item_id"]), e.ts)
        elif e.type == ev.SHOW_ENDED:
            ended = e.ts
            if cur is not None:
                out.append(Visit(cur[0], cur[1], e.ts))
            cur = None
    if cur is not None:
        out.append(Visit(cur[0], cur[1], max(now, cur[1])))
    return started, ended, out


@dataclass
class ReviewInput:
    """What the database hands the review: plain numbers, no rows."""

    show_id: int
    title: str
    status: str
    planned_start: float | None
    now: float
    items: list[ItemInfo]
    events: list[Event]
    span_aggs: list[Agg]  # index 0: before the first visit; i+1: visit i; last: after the show
    minute_aggs: dict[int, Agg]  # minute since the show's start → sums
    commenters_per_min: dict[int, int]
    viewers_seen: int
    commenters: int
    buyers: int
    orders_by_sku: dict[str, tuple[int, int, float]]  # sku → orders, units, amount
    orders_by_product: dict[str, tuple[int, int, float]]  # product_id → orders, units, amount
    mentions: dict[int, int]  # item id → comments saying "N号链接" for it


@dataclass
class ItemReview:
    item_id: int
    position: int
    name: str
    sku: str
    planned_s: float
    actual_s: float | None  # None: never on air
    visits: int
    over_s: float | None
    comments: int
    questions: int
    mentions: int
    negatives: int
    gifts: int
    gift_value: float | None
    orders: int | None
    units: int | None
    gmv: float | None
    sale_sold: int | None
    sale_quantity: int | None
    sale_sellout_s: float | None
    coupons_issued: int
    coupons_claimed: int
    cues_fired: int
    na: dict[str, str] = field(default_factory=dict)  # column → reason, for the None figures that need one


@dataclass
class Band:
    item_id: int
    name: str
    start_min: float
    end_min: float


@dataclass
class Marker:
    kind: str  # sale_start, sale_end, coupon, lottery_open, lottery_draw, pin
    minute: float
    label: str


SERIES = ("comments", "commenters", "online", "likes", "gift_value", "orders")


@dataclass
class Timeline:
    t0: float | None
    minutes: list[int]
    series: dict[str, list[float | None]]  # None: nothing reported that minute (viewer counts) or n/a
    na: dict[str, str]
    bands: list[Band]
    markers: list[Marker]


@dataclass
class Review:
    show_id: int
    title: str
    status: str
    summary: list[Figure]
    items: list[ItemReview]
    timeline: Timeline
    compliance: dict[str, int]
    extras: dict[str, Any] = field(default_factory=dict)  # audience lists, lotteries (added by the Studio)

    def figure(self, key: str) -> Figure:
        return next(f for f in self.summary if f.key == key)

    def to_json(self) -> dict[str, Any]:
        return {"show_id": self.show_id, "title": self.title, "status": self.status,
                "summary": [f.to_json() for f in self.summary],
                "items": [asdict(i) for i in self.items],
                "timeline": asdict(self.timeline), "compliance": dict(self.compliance), **self.extras}


def _div(key: str, num: Figure, den: Figure, scale: float = 1.0, zero_na: str = "") -> Figure:
    if num.value is None:
        return Figure(key, None, num.na)
    if den.value is None:
        return Figure(key, None, den.na)
    if not den.value:
        return Figure(key, None, zero_na or den.na or f"no {den.key}")
    return Figure(key, num.value / den.value * scale)


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
    has_gifts = total.n("gift") > 0
    put("gifts", total.gifts if has_gifts else None, NA_NO_GIFTS)
    put("gift_value", total.gift_value if total.gift_valued else None, NA_NO_GIFT_VALUE if has_gifts else NA_NO_GIFTS)
    put("likes", total.likes if total.n("like") else None, NA_NO_LIKES)
    follows = put("follows", total.n("follow") if total.n("follow") else None, NA_NO_FOLLOWS)
    has_orders = total.n("order") > 0
    put("orders", total.n("order") if has_orders else None, NA_NO_ORDERS)
    put("units", total.units if has_orders else None, NA_NO_ORDERS)
    gmv = put("gmv", total.gmv if has_orders else None, NA_NO_ORDERS)
    buyers = put("buyers", inp.buyers if has_orders else None, NA_NO_ORDERS)
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
    summary = [f[m.key] for m in METRICS]

    items = _items(inp, vis, total)
    timeline = _timeline(inp, started, end, vis)
    return Review(inp.show_id, inp.title, inp.status, summary, items, timeline,
                  {k: total.compliance.get(k, 0) for k in COMPLIANCE})


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


def _sales(events: Sequence[Event]) -> dict[int, dict[str, Any]]:
    """Per item: sold, quantity and the fastest sell-out (seconds from going live) of its flash sales."""
    sales: dict[str, dict[str, Any]] = {}
    current: dict[str, Any] | None = None
    for e in events:
        if e.type == "sale_armed":
            current = {"item_id": int(e.data["item_id"]), "quantity": int(e.data["quantity"]),
                       "remaining": int(e.data["quantity"]), "countdown_s": float(e.data["countdown_s"]),
                       "live_at": None, "started": False, "sellout_s": None}
            sales[str(e.data["sale_id"])] = current
        elif current is None:
            continue
        elif e.type == "sale_started":
            current["started"] = True
            current["live_at"] = e.ts + current["countdown_s"]
        elif e.type == "sale_stock":
            current["remaining"] = max(0, current["remaining"] + int(e.data["delta"]))
        elif e.type == "sale_ended":
            if e.data.get("reason") == "sold_out" and current["live_at"] is not None:
                current["sellout_s"] = max(0.0, e.ts - current["live_at"])
            current = None
    out: dict[int, dict[str, Any]] = {}
    for s in sales.values():
        if not s["started"]:
            continue  # armed and replaced before it went live: nothing was on sale
        o = out.setdefault(s["item_id"], {"sold": 0, "quantity": 0, "sellout_s": None})
        o["sold"] += s["quantity"] - s["remaining"]
        o["quantity"] += s["quantity"]
        if s["sellout_s"] is not None:
            o["sellout_s"] = s["sellout_s"] if o["sellout_s"] is None else min(o["sellout_s"], s["sellout_s"])
    return out


def item_at(vis: Sequence[Visit], ts: float) -> int | None:
    """The item on air at `ts` (None before the first item or after the show)."""
    for v in vis:
        if v.start <= ts < v.end:
            return v.item_id
    return None


def _items(inp: ReviewInput, vis: list[Visit], total: Agg) -> list[ItemReview]:
    by_item: dict[int, Agg] = {}
    actual: dict[int, float] = {}
    count: dict[int, int] = {}
    for i, v in enumerate(vis):
        a = inp.span_aggs[i + 1] if i + 1 < len(inp.span_aggs) else Agg()
        by_item.setdefault(v.item_id, Agg()).add(a)
        actual[v.item_id] = actual.get(v.item_id, 0.0) + (v.end - v.start)
        count[v.item_id] = count.get(v.item_id, 0) + 1
    sales = _sales([e for e in inp.events if e.type.startswith("sale_")])
    coupons_issued: dict[int, int] = {}
    coupons_claimed: dict[int, int] = {}
    coupon_items: dict[str, tuple[list[int], int]] = {}
    cues: dict[int, int] = {}
    for e in inp.events:
        if e.type == "coupon_issued":
            ids = [int(x) for x in e.data.get("item_ids") or []]
            if not ids:
                on_air = item_at(vis, e.ts)
                ids = [on_air] if on_air is not None else []
            coupon_items[str(e.data["coupon_id"])] = (ids, int(e.data["quantity"]))
            for i in ids:
                coupons_issued[i] = coupons_issued.get(i, 0) + int(e.data["quantity"])
        elif e.type == "coupon_claimed" and str(e.data.get("coupon_id")) in coupon_items:
            ids, _q = coupon_items[str(e.data["coupon_id"])]
            for i in ids:
                coupons_claimed[i] = coupons_claimed.get(i, 0) + int(e.data.get("count", 0))
        elif e.type == ev.CUE_FIRED:
            cues[int(e.data["item_id"])] = cues.get(int(e.data["item_id"]), 0) + 1
    for ids, quantity in coupon_items.values():  # the reducer caps claims at the quantity; so do we
        for i in ids:
            coupons_claimed[i] = min(coupons_claimed.get(i, 0), coupons_issued.get(i, quantity))
    has_orders = total.n("order") > 0
    has_gifts = total.n("gift") > 0
    seen_sku: set[str] = set()
    seen_pid: set[str] = set()
    rows = []
    for it in sorted(inp.items, key=lambda i: i.position):
        a = by_item.get(it.id, Agg())
        planned = it.planned_min * 60.0
        act = actual.get(it.id)
        o: tuple[int, int, float] | None = None
        na: dict[str, str] = {}
        if has_orders:
            # Orders carry a SKU (and a product ID where the relay sends one); the first item with it owns them.
            o = (0, 0, 0.0)
            if it.product_id and it.product_id not in seen_pid and it.product_id in inp.orders_by_product:
                o = inp.orders_by_product[it.product_id]
            elif it.sku and it.sku not in seen_sku:
                o = inp.orders_by_sku.get(it.sku, (0, 0, 0.0))
            seen_sku.add(it.sku)
            seen_pid.add(it.product_id)
        else:
            na.update(orders=NA_NO_ORDERS, units=NA_NO_ORDERS, gmv=NA_NO_ORDERS)
        if not total.gift_valued:
            na["gift_value"] = NA_NO_GIFT_VALUE if has_gifts else NA_NO_GIFTS
        s = sales.get(it.id)
        rows.append(ItemReview(
            item_id=it.id, position=it.position, name=it.name, sku=it.sku, planned_s=planned, actual_s=act,
            visits=count.get(it.id, 0), over_s=None if act is None else act - planned,
            comments=a.n("comment"), questions=a.questions, mentions=inp.mentions.get(it.id, 0),
            negatives=a.negatives, gifts=a.gifts, gift_value=a.gift_value if total.gift_valued else None,
            orders=None if o is None else o[0], units=None if o is None else o[1],
            gmv=None if o is None else o[2],
            sale_sold=None if s is None else s["sold"], sale_quantity=None if s is None else s["quantity"],
            sale_sellout_s=None if s is None else s["sellout_s"],
            coupons_issued=coupons_issued.get(it.id, 0), coupons_claimed=coupons_claimed.get(it.id, 0),
            cues_fired=cues.get(it.id, 0), na=na))
    return rows


def _timeline(inp: ReviewInput, started: float | None, end: float | None, vis: list[Visit]) -> Timeline:
    names = {i.id: i.name for i in inp.items}
    if started is None or end is None:
        return Timeline(None, [], {k: [] for k in SERIES}, {}, [], [])
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
    if not total.gift_valued:
        na["gift_value"] = NA_NO_GIFT_VALUE if total.n("gift") else NA_NO_GIFTS
    if not total.n("order"):
        na["orders"] = NA_NO_ORDERS
    series: dict[str, list[float | None]] = {k: [] for k in SERIES}
    for m in minutes:
        a = inp.minute_aggs.get(m, Agg())
        series["comments"].append(a.n("comment"))
        series["commenters"].append(inp.commenters_per_min.get(m, 0))
        series["online"].append(None if "online" in na or not a.online_n else a.online_max)
        series["likes"].append(None if "likes" in na else a.likes)
        series["gift_value"].append(None if "gift_value" in na else a.gift_value)
        series["orders"].append(None if "orders" in na else a.n("order"))
    bands = [Band(v.item_id, names.get(v.item_id, str(v.item_id)), (v.start - started) / 60, (v.end - started) / 60)
             for v in vis]
    markers: list[Marker] = []

    def mark(kind: str, ts: float, label: str) -> None:
        markers.append(Marker(kind, (ts - started) / 60, label))

    sale_names: dict[str, str] = {}
    countdown: dict[str, float] = {}
    last_sale = ""
    for e in inp.events:
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
    markers = [m for m in markers if 0 <= m.minute <= n]
    return Timeline(started, minutes, series, na, bands, markers)


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
                "questions", "gifts", "gift_value", "likes", "follows", "orders", "units", "gmv", "buyers",
                "engagement_rate", "conversion_rate", "aov", "uv_value", "gpm")
COMPARE_ITEM_KEYS = ("actual_s", "comments", "questions", "orders", "units", "gmv")


def compare(a: Review, b: Review) -> dict[str, Any]:
    """Totals side by side with B − A, and per product matched by SKU (an SKU in only one show has a gap)."""
    totals = []
    for key in COMPARE_KEYS:
        fa, fb = a.figure(key), b.figure(key)
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
