"""The review's vocabulary: which events it reads, its figures with their definitions and the
reasons a figure can be missing, and the plain data the database hands over and the review returns.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from app.core import events as ev
from app.core import gift_units as gu
from app.core.events import Event
from app.core.sales import Sales

# Show events the review reads (everything else in the log is ignored here).
SEGMENT_TYPES = (ev.SHOW_STARTED, ev.SEGMENT_STARTED, ev.SHOW_ENDED, ev.TIMER_PAUSED, ev.TIMER_RESUMED,
                 ev.APP_DOWN)
COMMERCE_TYPES = ("sale_armed", "sale_started", "sale_stock", "sale_ended", "coupon_issued", "coupon_claimed",
                  "coupon_stopped", "lottery_opened", "lottery_closed", "lottery_drawn", "lottery_redrawn")
MARK_TYPES = (ev.CUE_FIRED, ev.COMMENT_PINNED)
# Another station marks a question handled with one of these (data: comment_id); a pinned comment counts too.
ANSWER_TYPES = ("question_answered", "question_shown", "question_skipped")
# Run-sheet edits on air: an item pulled before it aired leaves the plan (app.models.review).
RUNSHEET_TYPES = (ev.ITEM_ADDED, ev.ITEM_REMOVED)
REVIEW_EVENT_TYPES = SEGMENT_TYPES + COMMERCE_TYPES + MARK_TYPES + ANSWER_TYPES + RUNSHEET_TYPES

COMPLIANCE = ("absolute", "medical", "guarantee", "diversion", "banned")

# Why a figure is missing. The Studio shows these through Qt's translation (context "Review").
NA_NO_VIEWERS = "the relay sends no viewer counts"
NA_NO_TOTAL = "the relay sends no cumulative viewer count"
NA_NO_JOINS = "the relay sends no room entries"
NA_NO_ORDERS = "the relay sends no orders"
NA_NO_GIFTS = "the relay sends no gifts"
NA_NO_GIFT_VALUE = "the relay sends no gift values"
NA_NO_GIFT_RATE = "no gift value has a 元 rate (TikTok coins, bits, unknown units)"
NA_GIFT_UNITS = "gifts in more than one unit: see gift_value_<unit>"
NA_NO_LIKES = "the relay sends no likes"
NA_NO_FOLLOWS = "the relay sends no follows"
NA_NO_CLICKS = "the relay sends no product clicks or exposures"
NA_NO_SPEND = "LiveDeck records no ad spend"
NA_NOT_STARTED = "the show has not started"
NA_NO_PLAN = "the show has no planned start"
NA_NO_BUYERS = "no buyers"
NA_REASONS = (NA_NO_VIEWERS, NA_NO_TOTAL, NA_NO_JOINS, NA_NO_ORDERS, NA_NO_GIFTS, NA_NO_GIFT_VALUE, NA_NO_GIFT_RATE,
              NA_GIFT_UNITS, NA_NO_LIKES, NA_NO_FOLLOWS, NA_NO_CLICKS, NA_NO_SPEND, NA_NOT_STARTED, NA_NO_PLAN,
              NA_NO_BUYERS)


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    definition: str
    unit: str  # count, fen, seconds (signed), duration, time (epoch), ratio, coins


# The gift value per unit (app.core.gift_units): a show's summary lists the units its gifts came in.
GIFT_UNIT_LABELS = {gu.DOUYIN_DIAMOND: "Gift value in 抖币 (Douyin)", gu.TIKTOK_COIN: "Gift value in TikTok coins",
                    gu.KUAISHOU_COIN: "Gift value in 快币 (Kuaishou)", gu.WECHAT_BEAN: "Gift value in 微信豆 (视频号)",
                    gu.BILI_GOLD: "Gift value in 金瓜子 (Bilibili)", gu.TWITCH_BIT: "Gift value in bits (Twitch)",
                    gu.UNKNOWN: "Gift value of unknown unit"}

# The summary in display order. Labels carry the platforms' Chinese name in the translation.
METRICS: tuple[Metric, ...] = (
    Metric("planned_start", "Planned start", "The show's planned start time.", "time"),
    Metric("actual_start", "Actual start", "When the show was started in LiveDeck (show_started).", "time"),
    Metric("late_start_s", "Late start", "Actual start minus planned start; negative is early.", "seconds"),
    Metric("planned_end", "Planned end", "Planned start plus the planned minutes of every item.", "time"),
    Metric("actual_end", "Actual end", "When the show was ended (or now, while it is live).", "time"),
    Metric("planned_length_s", "Planned length", "Sum of the items' planned minutes.", "duration"),
    Metric("actual_length_s", "Actual length", "Actual end minus actual start.", "duration"),
    Metric("paused_s", "Paused", "Time the host clock was paused (timer.pause to timer.resume, the next item or "
           "the end); included in the lengths above and in the items' actual time.", "duration"),
    Metric("pauses", "Pauses", "How many times the host clock was paused.", "count"),
    Metric("down_s", "App down", "Time LiveDeck was not running while the show was live (killed or quit, then "
           "opened again: app_down); the clocks went on, so it is in the lengths and the items' actual time.",
           "duration"),
    Metric("downs", "App stops", "How many times LiveDeck stopped while the show was live.", "count"),
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
    Metric("gift_yuan_est", "Gift value, estimated", "An estimate in 元 at the platforms' top-up rates: 1 抖币, "
           "1 快币 or 1 微信豆 = 0.1 元, 1,000 金瓜子 = 1 元. TikTok coins, bits and values of unknown unit "
           "are not in it (no fixed rate): see the gift values per unit.", "fen"),
    *(Metric(f"gift_value_{u}", label, "Sum of the gift values the relays report in this unit, as sent.", "coins")
      for u, label in GIFT_UNIT_LABELS.items()),
    Metric("likes", "Likes", "Likes received, summed by their count.", "count"),
    Metric("follows", "New follows", "新增粉丝: follow events received.", "count"),
    Metric("orders", "Orders", "Distinct order IDs, each with its latest status (placed, paid, refunded, "
           "cancelled).", "count"),
    Metric("units", "Units sold", "Units of the orders whose latest status is paid.", "count"),
    Metric("gmv", "GMV", "成交金额: the amounts of the orders whose latest status is paid; an order without an "
           "amount counts at the run-sheet's live price × quantity (estimated).", "fen"),
    Metric("gmv_estimated", "GMV estimated", "The part of GMV from paid orders sent without an amount, valued at "
           "the run-sheet's live price × quantity.", "fen"),
    Metric("buyers", "Buyers", "Distinct buyers of paid orders.", "count"),
    Metric("unpaid", "Unpaid orders", "压单: orders placed and not (yet) paid.", "count"),
    Metric("refunds", "Refunds", "Orders refunded after payment (not in GMV).", "count"),
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
# The key scripts read before gift values had units: in the JSON only (the tab and the files show each unit).
GIFT_VALUE = Metric("gift_value", "Gift value", "Sum of the gift values when every valued gift of the show is in "
                    "one unit (gift_value_unit); null when they came in more than one: see gift_value_<unit>.", "coins")
METRIC = {m.key: m for m in (*METRICS, GIFT_VALUE)}


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
    gift_values: dict[str, float] = field(default_factory=dict)  # unit (app.core.gift_units) → sum of values
    gift_valued: int = 0  # gift rows that carried a non-zero value
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
        for u, v in o.gift_values.items():
            self.gift_values[u] = self.gift_values.get(u, 0.0) + v
        self.gift_valued += o.gift_valued
        self.online_sum += o.online_sum
        self.online_n += o.online_n
        self.online_max = _max(self.online_max, o.online_max)
        self.total_max = _max(self.total_max, o.total_max)

    def n(self, kind: str) -> int:
        return self.kinds.get(kind, 0)


def gift_yuan_na(total: Agg) -> str:
    """Why the show has no 元 estimate of its gifts ("" when it has one): one reason for the summary,
    the items and the timeline alike."""
    if not total.n("gift"):
        return NA_NO_GIFTS
    if not total.gift_valued:
        return NA_NO_GIFT_VALUE
    return "" if gu.fen_estimate(total.gift_values) is not None else NA_NO_GIFT_RATE


def gift_yuan(a: Agg) -> float:
    """A slice's 元 estimate in fen (0 for a slice without priced gifts, when the show has some)."""
    return gu.fen_estimate(a.gift_values) or 0.0


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
class Pulled:
    """An item pulled from the run-sheet on air before it aired: not in the plan the show ran to."""

    item_id: int
    name: str
    sku: str
    planned_s: float
    at: float  # when it was pulled


@dataclass(frozen=True)
class Visit:
    """One stretch of an item on air, from its start to the next item's start (pauses included:
    `paused` says how many of its seconds the host clock stood still, over `pauses` pauses; `down`
    how many the app was not running, over `downs` stops)."""

    item_id: int
    start: float
    end: float
    paused: float = 0.0
    pauses: int = 0
    down: float = 0.0
    downs: int = 0


def visits(events: Iterable[Event], now: float) -> tuple[float | None, float | None, list[Visit]]:
    """Show start, show end (None while live) and every item visit; a 返场 is a second visit.

    A pause ends with its resume, the next item (which starts its own clock, as the host's does) or
    the show's end; one still running while live counts up to `now`."""
    started = ended = None
    out: list[Visit] = []
    cur: tuple[int, float] | None = None
    paused_at: float | None = None
    paused, pauses, down, downs = 0.0, 0, 0.0, 0

    def close(at: float) -> None:
        nonlocal paused_at, paused, pauses, down, downs
        if cur is not None:
            still = max(0.0, at - paused_at) if paused_at is not None else 0.0
            out.append(Visit(cur[0], cur[1], at, paused + still, pauses, down, downs))
        paused_at, paused, pauses, down, downs = None, 0.0, 0, 0.0, 0

    for e in events:
        if e.type == ev.SHOW_STARTED and started is None:
            started = e.ts
        elif e.type == ev.SEGMENT_STARTED:
            close(e.ts)
            cur = (int(e.data["item_id"]), e.ts)
        elif e.type == ev.TIMER_PAUSED and cur is not None and paused_at is None:
            paused_at, pauses = e.ts, pauses + 1
        elif e.type == ev.TIMER_RESUMED and paused_at is not None:
            paused, paused_at = paused + max(0.0, e.ts - paused_at), None
        elif e.type == ev.APP_DOWN and cur is not None:  # recorded at the open after the gap, in its visit
            down, downs = down + max(0.0, float(e.data["to"]) - max(float(e.data["from"]), cur[1])), downs + 1
        elif e.type == ev.SHOW_ENDED:
            ended = e.ts
            close(e.ts)
            cur = None
    if cur is not None:
        close(max(now, cur[1]))
    return started, ended, out


def counted_visits(vis: Sequence[Visit], ended: float | None) -> list[Visit]:
    """The visits as comments are counted under them: the last one also takes the instant the show
    ended, as the live queue and `export --what questions` do (a comment stamped with show.end's
    second is about the item then on air, not about no item). Lengths come from `visits`."""
    if ended is None or not vis or vis[-1].end != ended:
        return list(vis)
    return [*vis[:-1], replace(vis[-1], end=math.nextafter(ended, math.inf))]


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
    sales: Sales  # the stored orders, counted by the same rules as the Sales tab
    mentions: dict[int, int]  # item id → comments saying "N号链接" for it
    pulled: list[Pulled] = field(default_factory=list)


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
    paused_s: float | None  # of actual_s, the seconds the host clock was paused; None: never on air
    down_s: float | None  # of actual_s, the seconds the app was not running (app_down); None: never on air
    comments: int
    questions: int
    mentions: int
    negatives: int
    gifts: int
    gift_yuan_est: float | None  # fen: the 元 estimate of its gifts' values (never a sum of coins of two units)
    gift_value: float | None  # in the show's one gift unit (Review.gift_value_unit); None when it has several
    orders: int | None
    units: int | None
    gmv: float | None
    gmv_estimated: float | None
    buyers: int | None
    unpaid: int | None
    refunds: int | None
    sale_sold: int | None
    sale_quantity: int | None
    sale_sellout_s: float | None
    coupons_issued: int
    coupons_claimed: int
    cues_fired: int
    na: dict[str, str] = field(default_factory=dict)  # column → reason, for the None figures that need one
    added_at: float | None = None  # when the producer added it on air; None: in the plan at the start


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


SERIES = ("comments", "commenters", "online", "likes", "gift_yuan_est", "orders")


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
    pulled: list[Pulled] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)  # audience lists, lotteries (added by the Studio)
    gift_value: Figure | None = None  # JSON only, after `gifts`: see GIFT_VALUE
    gift_value_unit: str | None = None

    def figure(self, key: str) -> Figure:
        """A figure of the summary; a unit the show had no gifts in is not listed: none, without a reason."""
        return next((f for f in self.summary if f.key == key), Figure(key, None))

    def to_json(self) -> dict[str, Any]:
        summary = [f.to_json() for f in self.summary]
        if self.gift_value is not None:
            at = next((i + 1 for i, f in enumerate(self.summary) if f.key == "gifts"), len(summary))
            summary.insert(at, {**self.gift_value.to_json(), "gift_value_unit": self.gift_value_unit})
        return {"show_id": self.show_id, "title": self.title, "status": self.status, "summary": summary,
                "gift_value_unit": self.gift_value_unit,
                "items": [asdict(i) for i in self.items],
                "timeline": asdict(self.timeline), "compliance": dict(self.compliance),
                "pulled": [asdict(p) for p in self.pulled], **self.extras}


def item_at(vis: Sequence[Visit], ts: float) -> int | None:
    """The item on air at `ts` (None before the first item or after the show)."""
    for v in vis:
        if v.start <= ts < v.end:
            return v.item_id
    return None
