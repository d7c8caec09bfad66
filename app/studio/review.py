"""The 复盘 review, wired: computed off the GUI thread with progress, shown the same way everywhere,
and written as XLSX (native charts), PDF (Qt's own printing, charts included) and JSON.

The tab, the PDF and the XLSX all read one `Review` and format it with the functions here, so a
figure cannot differ between the screen and the report. Ticking a 售后 follow-up off is the
Studio command `review.followup`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QMarginsF,
    QObject,
    QPointF,
    QRectF,
    QRunnable,
    QSizeF,
    Qt,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument

from app.core import review as rv
from app.core.clock import format_duration
from app.models import review as mr
from app.models.store import Store
from app.studio.errors import CommandError
from app.studio.exports import lottery_rows, verify_draws

CTX = "Review"
translate = QCoreApplication.translate  # lupdate reads translate("Review", "…") calls as Review strings


def rtr(text: object) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP("Review", …) (typed `object` by PySide's stubs)."""
    return QCoreApplication.translate(CTX, str(text))


# Every text core defines, marked for translation here (core imports no Qt). A test checks they match.
_TEXTS = (
    QT_TRANSLATE_NOOP("Review", "Planned start"), QT_TRANSLATE_NOOP("Review", "The show's planned start time."),
    QT_TRANSLATE_NOOP("Review", "Actual start"),
    QT_TRANSLATE_NOOP("Review", "When the show was started in LiveDeck (show_started)."),
    QT_TRANSLATE_NOOP("Review", "Late start"),
    QT_TRANSLATE_NOOP("Review", "Actual start minus planned start; negative is early."),
    QT_TRANSLATE_NOOP("Review", "Planned end"),
    QT_TRANSLATE_NOOP("Review", "Planned start plus the planned minutes of every item."),
    QT_TRANSLATE_NOOP("Review", "Actual end"),
    QT_TRANSLATE_NOOP("Review", "When the show was ended (or now, while it is live)."),
    QT_TRANSLATE_NOOP("Review", "Planned length"), QT_TRANSLATE_NOOP("Review", "Sum of the items' planned minutes."),
    QT_TRANSLATE_NOOP("Review", "Actual length"), QT_TRANSLATE_NOOP("Review", "Actual end minus actual start."),
    QT_TRANSLATE_NOOP("Review", "Peak online"),
    QT_TRANSLATE_NOOP("Review", "最高在线: the highest online count the relay reported."),
    QT_TRANSLATE_NOOP("Review", "Average online"),
    QT_TRANSLATE_NOOP("Review", "平均在线: mean of the online counts the relay reported."),
    QT_TRANSLATE_NOOP("Review", "Viewers (UV)"),
    QT_TRANSLATE_NOOP("Review", "观看人数: the highest cumulative viewer count the relay reported."),
    QT_TRANSLATE_NOOP("Review", "Views (PV)"),
    QT_TRANSLATE_NOOP("Review", "观看次数: room entries (join events) received."),
    QT_TRANSLATE_NOOP("Review", "Viewers seen"),
    QT_TRANSLATE_NOOP("Review", "Distinct viewer ids in any event LiveDeck received (a lower bound of UV: silent "
                                "viewers send nothing)."),
    QT_TRANSLATE_NOOP("Review", "Commenters"), QT_TRANSLATE_NOOP("Review", "Distinct viewer ids that commented."),
    QT_TRANSLATE_NOOP("Review", "Comments"),
    QT_TRANSLATE_NOOP("Review", "Comments received (platform duplicates stored once)."),
    QT_TRANSLATE_NOOP("Review", "Questions"),
    QT_TRANSLATE_NOOP("Review", "Comments the classifier marked as questions."),
    QT_TRANSLATE_NOOP("Review", "Negative comments"),
    QT_TRANSLATE_NOOP("Review", "Comments the classifier marked as criticism."),
    QT_TRANSLATE_NOOP("Review", "Gifts"), QT_TRANSLATE_NOOP("Review", "Gifts received, a streak counted by its size."),
    QT_TRANSLATE_NOOP("Review", "Gift value"),
    QT_TRANSLATE_NOOP("Review", "Sum of the value the relay reports with each gift (platform coins)."),
    QT_TRANSLATE_NOOP("Review", "Likes"), QT_TRANSLATE_NOOP("Review", "Likes received, summed by their count."),
    QT_TRANSLATE_NOOP("Review", "New follows"), QT_TRANSLATE_NOOP("Review", "新增粉丝: follow events received."),
    QT_TRANSLATE_NOOP("Review", "Orders"), QT_TRANSLATE_NOOP("Review", "Order events received."),
    QT_TRANSLATE_NOOP("Review", "Units sold"), QT_TRANSLATE_NOOP("Review", "Sum of the orders' quantities."),
    QT_TRANSLATE_NOOP("Review", "GMV"),
    QT_TRANSLATE_NOOP("Review", "Sum of the orders' amounts (paid order value, fen)."),
    QT_TRANSLATE_NOOP("Review", "Buyers"), QT_TRANSLATE_NOOP("Review", "Distinct viewer ids that ordered."),
    QT_TRANSLATE_NOOP("Review", "Engagement rate"), QT_TRANSLATE_NOOP("Review", "互动率 = commenters ÷ UV."),
    QT_TRANSLATE_NOOP("Review", "Follow rate"), QT_TRANSLATE_NOOP("Review", "转粉率 = new follows ÷ UV."),
    QT_TRANSLATE_NOOP("Review", "Conversion rate"), QT_TRANSLATE_NOOP("Review", "转化率 = buyers ÷ UV."),
    QT_TRANSLATE_NOOP("Review", "Average order value"), QT_TRANSLATE_NOOP("Review", "客单价 = GMV ÷ buyers."),
    QT_TRANSLATE_NOOP("Review", "UV value"), QT_TRANSLATE_NOOP("Review", "UV价值 = GMV ÷ UV."),
    QT_TRANSLATE_NOOP("Review", "GPM"),
    QT_TRANSLATE_NOOP("Review", "GPM = GMV ÷ PV × 1000 (GMV per thousand views)."),
    QT_TRANSLATE_NOOP("Review", "Average watch time"),
    QT_TRANSLATE_NOOP("Review", "平均停留时长 = watch time ÷ UV; watch time estimated as the reported online count "
                                "integrated over the show."),
    QT_TRANSLATE_NOOP("Review", "Product click rate"),
    QT_TRANSLATE_NOOP("Review", "商品点击率 = product clicks ÷ product exposures."),
    QT_TRANSLATE_NOOP("Review", "ROI"), QT_TRANSLATE_NOOP("Review", "ROI = GMV ÷ ad spend."),
    QT_TRANSLATE_NOOP("Review", "the relay sends no viewer counts"),
    QT_TRANSLATE_NOOP("Review", "the relay sends no cumulative viewer count"),
    QT_TRANSLATE_NOOP("Review", "the relay sends no room entries"),
    QT_TRANSLATE_NOOP("Review", "the relay sends no orders"),
    QT_TRANSLATE_NOOP("Review", "the relay sends no gifts"),
    QT_TRANSLATE_NOOP("Review", "the relay sends no gift values"),
    QT_TRANSLATE_NOOP("Review", "the relay sends no likes"),
    QT_TRANSLATE_NOOP("Review", "the relay sends no follows"),
    QT_TRANSLATE_NOOP("Review", "the relay sends no product clicks or exposures"),
    QT_TRANSLATE_NOOP("Review", "LiveDeck records no ad spend"),
    QT_TRANSLATE_NOOP("Review", "the show has not started"),
    QT_TRANSLATE_NOOP("Review", "the show has no planned start"),
    QT_TRANSLATE_NOOP("Review", "no buyers"),
)

ITEM_COLUMNS: tuple[tuple[str, object], ...] = (
    ("position", QT_TRANSLATE_NOOP("Review", "#")),
    ("name", QT_TRANSLATE_NOOP("Review", "Item")),
    ("sku", QT_TRANSLATE_NOOP("Review", "SKU")),
    ("planned_s", QT_TRANSLATE_NOOP("Review", "Planned")),
    ("actual_s", QT_TRANSLATE_NOOP("Review", "Actual")),
    ("over_s", QT_TRANSLATE_NOOP("Review", "Over/under")),
    ("visits", QT_TRANSLATE_NOOP("Review", "Visits")),
    ("comments", QT_TRANSLATE_NOOP("Review", "Comments")),
    ("questions", QT_TRANSLATE_NOOP("Review", "Questions")),
    ("mentions", QT_TRANSLATE_NOOP("Review", "Mentions")),
    ("negatives", QT_TRANSLATE_NOOP("Review", "Negative")),
    ("gifts", QT_TRANSLATE_NOOP("Review", "Gifts")),
    ("gift_value", QT_TRANSLATE_NOOP("Review", "Gift value")),
    ("orders", QT_TRANSLATE_NOOP("Review", "Orders")),
    ("units", QT_TRANSLATE_NOOP("Review", "Units")),
    ("gmv", QT_TRANSLATE_NOOP("Review", "GMV")),
    ("sale", QT_TRANSLATE_NOOP("Review", "Flash sale sold")),
    ("sale_sellout_s", QT_TRANSLATE_NOOP("Review", "Sold out in")),
    ("coupons", QT_TRANSLATE_NOOP("Review", "Coupons claimed")),
    ("cues_fired", QT_TRANSLATE_NOOP("Review", "Cues fired")),
)
ITEM_TIPS = {
    "actual_s": QT_TRANSLATE_NOOP("Review", "Time on air from the item's start to the next item's start, every "
                                            "visit (返场) added."),
    "over_s": QT_TRANSLATE_NOOP("Review", "Actual minus planned; positive ran over."),
    "comments": QT_TRANSLATE_NOOP("Review", "Comments received while the item was on air."),
    "mentions": QT_TRANSLATE_NOOP("Review", "Comments naming the item's link number (\"3号链接\") during the show."),
    "orders": QT_TRANSLATE_NOOP("Review", "Orders whose SKU (or product ID) is the item's, during the whole show."),
    "sale": QT_TRANSLATE_NOOP("Review", "Flash-sale units sold of the quantity offered."),
    "sale_sellout_s": QT_TRANSLATE_NOOP("Review", "From the sale going live to the last unit."),
    "coupons": QT_TRANSLATE_NOOP("Review", "Claims of the coupons issued for the item (or while it was on air), "
                                           "of the quantity issued."),
}
SERIES_NAMES = {
    "comments": QT_TRANSLATE_NOOP("Review", "Comments/min"),
    "commenters": QT_TRANSLATE_NOOP("Review", "Commenters/min"),
    "online": QT_TRANSLATE_NOOP("Review", "Viewers online"),
    "likes": QT_TRANSLATE_NOOP("Review", "Likes/min"),
    "gift_value": QT_TRANSLATE_NOOP("Review", "Gift value/min"),
    "orders": QT_TRANSLATE_NOOP("Review", "Orders/min"),
}
CHARTS: tuple[tuple[str, ...], ...] = (("comments", "commenters"), ("online",), ("likes",), ("gift_value",),
                                      ("orders",))
MARKER_NAMES = {
    "sale_start": QT_TRANSLATE_NOOP("Review", "Sale start"), "sale_end": QT_TRANSLATE_NOOP("Review", "Sale end"),
    "coupon": QT_TRANSLATE_NOOP("Review", "Coupon"), "lottery_open": QT_TRANSLATE_NOOP("Review", "Lottery open"),
    "lottery_draw": QT_TRANSLATE_NOOP("Review", "Lottery draw"), "pin": QT_TRANSLATE_NOOP("Review", "Pin"),
}
MARKER_COLORS = {"sale_start": "#d81b60", "sale_end": "#8e24aa", "coupon": "#f9a825", "lottery_open": "#2e7d32",
                 "lottery_draw": "#00838f", "pin": "#5d4037"}
COMPLIANCE_NAMES = {
    "absolute": QT_TRANSLATE_NOOP("Review", "Absolute claims"),
    "medical": QT_TRANSLATE_NOOP("Review", "Medical claims"),
    "guarantee": QT_TRANSLATE_NOOP("Review", "Guarantees"), "diversion": QT_TRANSLATE_NOOP("Review", "Diversion"),
    "banned": QT_TRANSLATE_NOOP("Review", "Other banned words"),
}
WHY_NAMES = {"negative": QT_TRANSLATE_NOOP("Review", "negative"), "question": QT_TRANSLATE_NOOP("Review",
                                                                                               "unanswered question")}


# ---- one way to show a figure -----------------------------------------------------------------------------


def na_text(reason: str) -> str:
    return translate("Review", "n/a — %1").replace("%1", rtr(reason)) if reason else translate("Review", "n/a")


def format_value(value: float | None, unit: str, na: str = "") -> str:
    """The text the tab and the PDF show for a value of `unit`."""
    if value is None:
        return na_text(na)
    if unit == "time":
        return datetime.fromtimestamp(value).strftime("%Y-%m-%d %H:%M:%S")
    if unit == "seconds":
        return ("+" if value > 0 else "") + format_duration(value)
    if unit == "duration":
        return format_duration(value)
    if unit == "fen":
        return f"¥{value / 100:,.2f}"
    if unit == "ratio":
        return f"{value * 100:.2f}%"
    if unit == "coins":
        return f"{value:,.0f}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def format_figure(f: rv.Figure) -> str:
    return format_value(f.value, rv.METRIC[f.key].unit, f.na)


ITEM_UNITS = {"planned_s": "minutes", "actual_s": "minutes", "over_s": "seconds", "gift_value": "coins",
              "gmv": "fen", "sale_sellout_s": "seconds"}


def item_cell(it: rv.ItemReview, key: str) -> str:
    """A per-item cell as shown on the tab and in the PDF."""
    if key == "position":
        return str(it.position + 1)
    if key in ("name", "sku"):
        return str(getattr(it, key))
    if key in ("planned_s", "actual_s"):
        v = getattr(it, key)
        return "—" if v is None else format_duration(v)
    if key == "over_s":
        return "—" if it.over_s is None else format_value(it.over_s, "seconds")
    if key == "sale":
        return "—" if it.sale_quantity is None else f"{it.sale_sold}/{it.sale_quantity}"
    if key == "sale_sellout_s":
        return "—" if it.sale_sellout_s is None else format_duration(it.sale_sellout_s)
    if key == "coupons":
        return "—" if not it.coupons_issued else f"{it.coupons_claimed}/{it.coupons_issued}"
    v = getattr(it, key)
    if v is None:
        return na_text(it.na.get(key, ""))
    return format_value(v, ITEM_UNITS.get(key, "count"))


# ---- computing it ---------------------------------------------------------------------------------------------


def compute(store: Store, show_id: int, now: float | None = None,
            progress: Callable[[int, str], None] | None = None, lists: bool = True) -> rv.Review:
    """The whole review of one show. Blocking: call it off the GUI thread (ReviewJob does)."""
    now = time.time() if now is None else now
    step = progress or (lambda _p, _s: None)
    step(5, str(QT_TRANSLATE_NOOP("Review", "Summing comments, gifts and orders…")))
    inp = mr.load_input(store, show_id, now)
    step(55, str(QT_TRANSLATE_NOOP("Review", "Working out the figures…")))
    review = rv.build(inp)
    if lists:
        add_lists(store, review, inp, step)
    step(100, str(QT_TRANSLATE_NOOP("Review", "Ready")))
    return review


def add_lists(store: Store, review: rv.Review, inp: rv.ReviewInput,
              step: Callable[[int, str], None] = lambda _p, _s: None) -> None:
    """Audience lists and lotteries: slower than the figures, so they come second."""
    _s, _e, vis = rv.visits((e for e in inp.events if e.type in rv.SEGMENT_TYPES), inp.now)
    names = {i.id: i.name for i in inp.items}
    step(65, str(QT_TRANSLATE_NOOP("Review", "Grouping questions…")))
    review.extras["questions"] = mr.top_questions(store, review.show_id, vis, names)
    step(75, str(QT_TRANSLATE_NOOP("Review", "Collecting the follow-up list…")))
    rows, total = mr.followups(store, review.show_id, vis, names, mr.handled_comment_ids(inp.events))
    review.extras["followups"] = rows
    review.extras["followups_total"] = total
    step(85, str(QT_TRANSLATE_NOOP("Review", "Checking the lottery draws…")))
    lots = lottery_rows(store, review.show_id, "json")
    ok, lines = verify_draws(store, review.show_id)
    review.extras["lotteries"] = [{**lot, "redraw_count": len(lot["redraws"])} for lot in lots]
    review.extras["lottery_verify"] = {"ok": ok, "lines": lines}


class ReviewSignals(QObject):
    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(str)


class ReviewJob(QRunnable):
    """Computes a review on the global thread pool; the signals arrive on the thread that made the job."""

    def __init__(self, store: Store, show_id: int, now: float | None = None) -> None:
        super().__init__()
        self.store, self.show_id, self.now = store, show_id, now
        self.signals = ReviewSignals()

    def run(self) -> None:
        try:
            review = compute(self.store, self.show_id, self.now, self.signals.progress.emit)
        except Exception as exc:  # reported to the tab, which shows it instead of the review
            self.signals.failed.emit(str(exc))
            return
        self.signals.finished.emit(review)


def start_job(job: ReviewJob) -> None:
    QThreadPool.globalInstance().start(job)


class ReviewDesk(QObject):
    """The Studio's review commands: `review.followup` ticks a 售后 follow-up off (or back on)."""

    followup_changed = Signal(int, int, bool)  # show id, comment id, done

    def __init__(self, studio: Any) -> None:
        super().__init__(studio)
        self.studio = studio
        studio.register("review.followup", self.followup)

    def followup(self, args: dict[str, Any]) -> dict[str, Any]:
        show_id = int(args.get("show_id") or self.studio.show_id or 0)
        if not show_id:
            raise CommandError("no_show", self.tr("no show is open"))
        comment_id, done = int(args["comment_id"]), bool(args.get("done", True))
        if self.studio.store.comment(show_id, comment_id) is None:
            raise CommandError("not_found", self.tr("no such comment in that show"))
        mr.set_followup_done(self.studio.store, show_id, comment_id, done, self.studio.clock.now(), s=self.studio.db())
        self.studio.after_commit(lambda: self.followup_changed.emit(show_id, comment_id, done))
        return {"comment_id": comment_id, "done": done}

    @classmethod
    def attach(cls, studio: Any) -> ReviewDesk:
        """The studio's review desk, created on first use (the runtime makes it; a bare Studio may not)."""
        desk = studio.findChild(cls)
        return desk if isinstance(desk, cls) else cls(studio)


def learned(store: Store, exclude_show_id: int | None = None) -> dict[str, rv.Learned]:
    """A run-sheet that learns: per SKU, the median actual minutes over past ended shows, with the count."""
    return rv.learned_minutes(mr.sku_samples(store, exclude_show_id))


# ---- reports --------------------------------------------------------------------------------------------------


def write_json(review: rv.Review, path: Path) -> None:
    path.write_text(json.dumps(review.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")


def safe_cell(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula is written as text (OWASP CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _fmt_xlsx(unit: str) -> str:
    return {"time": "yyyy-mm-dd hh:mm:ss", "ratio": "0.00%", "fen": "#,##0", "seconds": "0", "duration": "0",
            "count": "#,##0", "coins": "#,##0"}.get(unit, "General")


def write_xlsx(review: rv.Review, path: Path) -> None:
    """Summary, per-item, timeline (with native Excel charts) and follow-up sheets. Data only, no formulas."""
    from openpyxl import Workbook
    from openpyxl.chart import LineChart, Reference

    wb = Workbook()
    ws = wb.active
    ws.title = translate("Review", "Summary")[:31]
    ws.append([translate("Review", "Show"), safe_cell(review.title)])
    ws.append([translate("Review", "Figure"), translate("Review", "Value"), translate("Review", "Unit"),
               translate("Review", "Definition"), translate("Review", "Missing because")])
    for f in review.summary:
        m = rv.METRIC[f.key]
        value: Any = f.value
        if m.unit == "time" and value is not None:
            value = datetime.fromtimestamp(value)
        ws.append([rtr(m.label), value, m.unit, rtr(m.definition), rtr(f.na) if f.na else None])
        ws.cell(ws.max_row, 2).number_format = _fmt_xlsx(m.unit)
    ws.append([])
    for k, n in review.compliance.items():
        ws.append([rtr(COMPLIANCE_NAMES[k]), n, "count"])
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["D"].width = 70

    items = wb.create_sheet(translate("Review", "Items")[:31])
    keys = ["position", "name", "sku", "planned_s", "actual_s", "over_s", "visits", "comments", "questions",
            "mentions", "negatives", "gifts", "gift_value", "orders", "units", "gmv", "sale_sold", "sale_quantity",
            "sale_sellout_s", "coupons_issued", "coupons_claimed", "cues_fired"]
    items.append(keys)
    for it in review.items:
        row = [safe_cell(getattr(it, k)) for k in keys]
        row[0] = it.position + 1
        items.append(row)

    tl = wb.create_sheet(translate("Review", "Timeline")[:31])
    tl.append(["minute", *rv.SERIES])
    for i, minute in enumerate(review.timeline.minutes):
        tl.append([minute, *[review.timeline.series[k][i] for k in rv.SERIES]])
    n = len(review.timeline.minutes)
    if n:
        cats = Reference(tl, min_col=1, min_row=2, max_row=n + 1)
        anchor_row = 2
        for group in CHARTS:
            chart = LineChart()
            chart.title = " · ".join(rtr(SERIES_NAMES[k]) for k in group)
            chart.x_axis.title = translate("Review", "Minutes since the start")
            chart.height, chart.width = 7, 22
            for k in group:
                col = 2 + rv.SERIES.index(k)
                chart.add_data(Reference(tl, min_col=col, min_row=1, max_row=n + 1), titles_from_data=True)
            chart.set_categories(cats)
            tl.add_chart(chart, f"I{anchor_row}")
            anchor_row += 15
    bands = wb.create_sheet(translate("Review", "Items on air")[:31])
    bands.append(["item_id", "item", "start_min", "end_min"])
    for b in review.timeline.bands:
        bands.append([b.item_id, safe_cell(b.name), round(b.start_min, 2), round(b.end_min, 2)])
    bands.append([])
    bands.append(["marker", "minute", "label"])
    for mk in review.timeline.markers:
        bands.append([mk.kind, round(mk.minute, 2), safe_cell(mk.label)])

    fu = wb.create_sheet(translate("Review", "Follow-up")[:31])
    fu.append([translate("Review", "Done"), translate("Review", "Time"), translate("Review", "Viewer"),
               translate("Review", "Viewer id"), translate("Review", "Comment"), translate("Review", "Why"),
               translate("Review", "Item")])
    for r in review.extras.get("followups", []):
        fu.append(["✓" if r["done"] else "", datetime.fromtimestamp(r["ts"]), safe_cell(r["user_name"]),
                   safe_cell(r["user_id"]), safe_cell(r["text"]), rtr(WHY_NAMES[r["why"]]), safe_cell(r["item"])])
        fu.cell(fu.max_row, 2).number_format = "yyyy-mm-dd hh:mm:ss"
    fu.column_dimensions["E"].width = 50
    qs = wb.create_sheet(translate("Review", "Top questions")[:31])
    qs.append([translate("Review", "Question"), translate("Review", "Count"), translate("Review", "Item")])
    for q in review.extras.get("questions", []):
        qs.append([safe_cell(q["text"]), q["count"], safe_cell(q["item"])])
    lots = wb.create_sheet(translate("Review", "Lotteries")[:31])
    lots.append(["lottery_id", "prize", "entrants", "winners", "redraws", "verified"])
    verified = review.extras.get("lottery_verify", {}).get("ok")
    for lot in review.extras.get("lotteries", []):
        lots.append([lot["lottery_id"], safe_cell(lot["prize"]), lot["entrants"],
                     safe_cell("; ".join(f"{w['name']} ({w['key']})" for w in lot["winners"])), lot["redraw_count"],
                     "PASS" if verified else "FAIL"])
    wb.save(path)


# ---- charts (QtCharts, shared by the tab and the PDF) ---------------------------------------------------------


BAND_COLORS = ("#1e88e5", "#43a047", "#fb8c00", "#8e24aa", "#00897b", "#e53935")
LINE_COLORS = {"comments": "#1565c0", "commenters": "#ef6c00", "online": "#2e7d32", "likes": "#c2185b",
               "gift_value": "#6a1b9a", "orders": "#d84315"}


def build_chart(review: rv.Review, keys: tuple[str, ...]) -> Any:
    """A QChart of one or two per-minute series over item bands, with the show's markers."""
    from PySide6.QtCharts import QAreaSeries, QChart, QLineSeries, QScatterSeries, QValueAxis

    tl = review.timeline
    chart = QChart()
    missing = [k for k in keys if k in tl.na]
    title = " · ".join(rtr(SERIES_NAMES[k]) for k in keys)
    if missing:
        title += "  (" + na_text(tl.na[missing[0]]) + ")"
    chart.setTitle(title)
    chart.setMargins(chart.margins() * 0)  # type: ignore[operator]
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    ax = QValueAxis()
    ax.setLabelFormat("%d")
    ax.setTitleText(translate("Review", "Minutes since the start"))
    ay = QValueAxis()
    ay.setLabelFormat("%d")
    chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
    values = [v for k in keys for v in tl.series.get(k, []) if v is not None]
    top = max([1.0, *values]) * 1.15
    last = float(len(tl.minutes)) if tl.minutes else 1.0
    ax.setRange(0, last)
    ax.setTickType(QValueAxis.TickType.TicksDynamic)  # ticks on round minutes: 0, 10, 20 … (or 30 for long shows)
    ax.setTickAnchor(0)
    ax.setTickInterval(next((s for s in (1, 2, 5, 10, 15, 30, 60) if last / s <= 12), 120))
    ay.setRange(0, top)
    ay.applyNiceNumbers()
    top = ay.max()
    chart.setProperty("band_items", [b.item_id for b in tl.bands])
    for i, b in enumerate(tl.bands):
        upper, lower = QLineSeries(), QLineSeries()
        upper.append([QPointF(b.start_min, top), QPointF(b.end_min, top)])
        lower.append([QPointF(b.start_min, 0), QPointF(b.end_min, 0)])
        area = QAreaSeries(upper, lower)
        upper.setParent(area)
        lower.setParent(area)
        color = QColor(BAND_COLORS[list(dict.fromkeys(x.item_id for x in tl.bands)).index(b.item_id)
                                   % len(BAND_COLORS)])
        color.setAlpha(38)
        area.setColor(color)
        area.setBorderColor(QColor(0, 0, 0, 0))
        area.setName(b.name)
        area.setProperty("item_id", b.item_id)
        area.setProperty("band_index", i)
        chart.addSeries(area)
        area.attachAxis(ax)
        area.attachAxis(ay)
        for m in chart.legend().markers(area):
            m.setVisible(False)
    for k in keys:
        line = QLineSeries()
        line.setName(rtr(SERIES_NAMES[k]))
        line.setProperty("series_key", k)
        pen = QPen(QColor(LINE_COLORS[k]))
        pen.setWidthF(1.6)
        line.setPen(pen)
        line.append([QPointF(m + 0.5, float(v)) for m, v in zip(tl.minutes, tl.series.get(k, []), strict=False)
                     if v is not None])
        chart.addSeries(line)
        line.attachAxis(ax)
        line.attachAxis(ay)
    for kind, name in MARKER_NAMES.items():
        points = [mk for mk in tl.markers if mk.kind == kind]
        if not points:
            continue
        sc = QScatterSeries()
        sc.setName(rtr(name))
        sc.setMarkerSize(9)
        sc.setColor(QColor(MARKER_COLORS[kind]))
        sc.setBorderColor(QColor(MARKER_COLORS[kind]))
        sc.setProperty("marker_labels", [mk.label for mk in points])
        sc.append([QPointF(mk.minute, top * 0.93) for mk in points])
        chart.addSeries(sc)
        sc.attachAxis(ax)
        sc.attachAxis(ay)
    return chart


CHART_W, CHART_H = 940, 250


def chart_image(review: rv.Review, keys: tuple[str, ...], width: int = CHART_W, height: int = CHART_H,
                scale: int = 2) -> QImage:
    """Render a chart without a window (needs a QApplication: QtCharts draws through QGraphicsScene)."""
    from PySide6.QtWidgets import QGraphicsScene

    chart = build_chart(review, keys)
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(QSizeF(width, height))
    image = QImage(width * scale, height * scale, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, width * scale, height * scale), QRectF(0, 0, width, height))
    painter.end()
    scene.removeItem(chart)
    chart.deleteLater()
    return image


TABLE = "<table cellspacing='0' cellpadding='{}' width='100%' style='border-collapse: collapse' border='0.5'>"


def _esc(s: Any) -> str:
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def report_html(review: rv.Review, images: dict[str, QImage] | None = None) -> str:
    """The printable report as HTML for QTextDocument; charts come in as image resources."""
    heading = translate("Review", "Review")
    h = [f"<h1>{_esc(heading)}: {_esc(review.title)}</h1>",
         "<h2>" + _esc(translate("Review", "Summary")) + "</h2>", TABLE.format(3)]
    for f in review.summary:
        m = rv.METRIC[f.key]
        h.append(f"<tr><td>{_esc(rtr(m.label))}</td><td align='right'>{_esc(format_figure(f))}</td>"
                 f"<td><small>{_esc(rtr(m.definition))}</small></td></tr>")
    h.append("</table>")
    h.append("<h2>" + _esc(translate("Review", "Per item")) + "</h2>" + TABLE.format(2))
    h.append("<tr>" + "".join(f"<th><small>{_esc(rtr(label))}</small></th>" for _k, label in ITEM_COLUMNS) + "</tr>")
    for it in review.items:
        h.append("<tr>" + "".join(f"<td><small>{_esc(item_cell(it, k))}</small></td>" for k, _l in ITEM_COLUMNS)
                 + "</tr>")
    h.append("</table>")
    h.append("<h2>" + _esc(translate("Review", "Timeline")) + "</h2>")
    for name in (images or {}):
        h.append(f"<p><img src='chart:{name}' width='{CHART_W}'></p>")
    h.append("<h2>" + _esc(translate("Review", "Compliance hits")) + "</h2><p>" + ", ".join(
        f"{_esc(rtr(COMPLIANCE_NAMES[k]))}: {n}" for k, n in review.compliance.items()) + "</p>")
    qs = review.extras.get("questions", [])
    if qs:
        h.append("<h2>" + _esc(translate("Review", "Top questions")) + "</h2>" + TABLE.format(2))
        for q in qs[:15]:
            h.append(f"<tr><td>{_esc(q['text'])}</td><td>{q['count']}</td><td>{_esc(q['item'])}</td></tr>")
        h.append("</table>")
    fus = review.extras.get("followups", [])
    if fus:
        h.append("<h2>" + _esc(translate("Review", "Follow-up")) + "</h2>" + TABLE.format(2))
        for r in fus[:200]:
            at = datetime.fromtimestamp(r["ts"]).strftime("%H:%M:%S")
            h.append(f"<tr><td>{'✓' if r['done'] else ''}</td><td>{at}</td>"
                     f"<td>{_esc(r['user_name'])}</td><td>{_esc(r['text'])}</td>"
                     f"<td>{_esc(rtr(WHY_NAMES[r['why']]))}</td><td>{_esc(r['item'])}</td></tr>")
        h.append("</table>")
    lots = review.extras.get("lotteries", [])
    if lots:
        verify = review.extras.get("lottery_verify", {})
        h.append("<h2>" + _esc(translate("Review", "Lotteries")) + "</h2><ul>")
        for lot in lots:
            winners = ", ".join(w["name"] for w in lot["winners"])
            h.append(f"<li>{_esc(lot['prize'])}: {_esc(translate('Review', 'entrants'))} {lot['entrants']}, "
                     f"{_esc(translate('Review', 'winners'))} {_esc(winners)}, "
                     f"{_esc(translate('Review', 're-draws'))} {lot['redraw_count']}</li>")
        h.append("</ul><pre>" + _esc("\n".join(verify.get("lines", []))) + "</pre>")
    return "\n".join(h)


def write_pdf(review: rv.Review, path: Path) -> None:
    """One printable A4 report with the charts, printed by Qt (needs a QApplication)."""
    images = {"+".join(keys): chart_image(review, keys) for keys in CHARTS}
    doc = QTextDocument()
    for name, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), image)
    doc.setHtml(report_html(review, images))
    writer = QPdfWriter(str(path))
    # Landscape: the per-item table and the charts are wide.
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setTitle(review.title)
    writer.setCreator("LiveDeck")
    writer.setResolution(96)  # lay the document out in screen pixels, so fonts and chart widths read as on screen
    doc.print_(writer)


def write_report(review: rv.Review, fmt: str, path: Path) -> None:
    {"json": write_json, "xlsx": write_xlsx, "pdf": write_pdf}[fmt](review, path)
