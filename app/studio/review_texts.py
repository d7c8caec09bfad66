"""The review's words and number formats: every label, definition and n/a reason, marked for
translation (core imports no Qt), and the one formatter the tab and the PDF share."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core import review as rv
from app.core.clock import format_duration
from app.core.host_texts import clock
from app.core.sales import format_money

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
    QT_TRANSLATE_NOOP("Review", "Paused"),
    QT_TRANSLATE_NOOP("Review", "Time the host clock was paused (timer.pause to timer.resume, the next item or the "
                                "end); included in the lengths above and in the items' actual time."),
    QT_TRANSLATE_NOOP("Review", "Pauses"), QT_TRANSLATE_NOOP("Review", "How many times the host clock was paused."),
    QT_TRANSLATE_NOOP("Review", "App down"),
    QT_TRANSLATE_NOOP("Review", "Time LiveDeck was not running while the show was live (killed or quit, then opened "
                                "again: app_down); the clocks went on, so it is in the lengths and the items' actual "
                                "time."),
    QT_TRANSLATE_NOOP("Review", "App stops"),
    QT_TRANSLATE_NOOP("Review", "How many times LiveDeck stopped while the show was live."),
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
    QT_TRANSLATE_NOOP("Review", "Gift value, estimated"),
    QT_TRANSLATE_NOOP("Review", "An estimate in 元 at the platforms' top-up rates: 1 抖币, 1 快币 or "
                                "1 微信豆 = 0.1 元, 1,000 金瓜子 = 1 元. TikTok coins, bits and values of unknown "
                                "unit are not in it (no fixed rate): see the gift values per unit."),
    QT_TRANSLATE_NOOP("Review", "Gift value in 抖币 (Douyin)"),
    QT_TRANSLATE_NOOP("Review", "Gift value in TikTok coins"),
    QT_TRANSLATE_NOOP("Review", "Gift value in 快币 (Kuaishou)"),
    QT_TRANSLATE_NOOP("Review", "Gift value in 微信豆 (视频号)"),
    QT_TRANSLATE_NOOP("Review", "Gift value in 金瓜子 (Bilibili)"),
    QT_TRANSLATE_NOOP("Review", "Gift value in bits (Twitch)"),
    QT_TRANSLATE_NOOP("Review", "Gift value of unknown unit"),
    QT_TRANSLATE_NOOP("Review", "Gift value"),  # compare: each show's value in its one unit, named after it
    QT_TRANSLATE_NOOP("Review", "抖币"), QT_TRANSLATE_NOOP("Review", "TikTok coins"),
    QT_TRANSLATE_NOOP("Review", "快币"), QT_TRANSLATE_NOOP("Review", "微信豆"), QT_TRANSLATE_NOOP("Review", "金瓜子"),
    QT_TRANSLATE_NOOP("Review", "bits"), QT_TRANSLATE_NOOP("Review", "of unknown unit"),
    QT_TRANSLATE_NOOP("Review", "Sum of the gift values the relays report in this unit, as sent."),
    QT_TRANSLATE_NOOP("Review", "Likes"), QT_TRANSLATE_NOOP("Review", "Likes received, summed by their count."),
    QT_TRANSLATE_NOOP("Review", "New follows"), QT_TRANSLATE_NOOP("Review", "新增粉丝: follow events received."),
    QT_TRANSLATE_NOOP("Review", "Orders"),
    QT_TRANSLATE_NOOP("Review", "Distinct order IDs, each with its latest status (placed, paid, refunded, cancelled)."),
    QT_TRANSLATE_NOOP("Review", "Units sold"),
    QT_TRANSLATE_NOOP("Review", "Units of the orders whose latest status is paid."),
    QT_TRANSLATE_NOOP("Review", "GMV"),
    QT_TRANSLATE_NOOP("Review", "成交金额: the amounts of the orders whose latest status is paid; an order without an "
                                "amount counts at the run-sheet's live price × quantity (estimated)."),
    QT_TRANSLATE_NOOP("Review", "Buyers"), QT_TRANSLATE_NOOP("Review", "Distinct buyers of paid orders."),
    QT_TRANSLATE_NOOP("Review", "GMV estimated"),
    QT_TRANSLATE_NOOP("Review", "The part of GMV from paid orders sent without an amount, valued at the run-sheet's "
                                "live price × quantity."),
    QT_TRANSLATE_NOOP("Review", "Unpaid orders"),
    QT_TRANSLATE_NOOP("Review", "压单: orders placed and not (yet) paid."),
    QT_TRANSLATE_NOOP("Review", "Refunds"), QT_TRANSLATE_NOOP("Review", "Orders refunded after payment (not in GMV)."),
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
    QT_TRANSLATE_NOOP("Review", "no gift value has a 元 rate (TikTok coins, bits, unknown units)"),
    QT_TRANSLATE_NOOP("Review", "gifts in more than one unit: see gift_value_<unit>"),
    QT_TRANSLATE_NOOP("Review", "the shows' gifts are in different units: compare the 元 estimate"),
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
    ("paused_s", QT_TRANSLATE_NOOP("Review", "Paused")),
    ("visits", QT_TRANSLATE_NOOP("Review", "Visits")),
    ("comments", QT_TRANSLATE_NOOP("Review", "Comments")),
    ("questions", QT_TRANSLATE_NOOP("Review", "Questions")),
    ("mentions", QT_TRANSLATE_NOOP("Review", "Mentions")),
    ("negatives", QT_TRANSLATE_NOOP("Review", "Negative")),
    ("gifts", QT_TRANSLATE_NOOP("Review", "Gifts")),
    ("gift_yuan_est", QT_TRANSLATE_NOOP("Review", "Gift value (≈ 元)")),
    ("orders", QT_TRANSLATE_NOOP("Review", "Orders")),
    ("units", QT_TRANSLATE_NOOP("Review", "Units")),
    ("gmv", QT_TRANSLATE_NOOP("Review", "GMV")),
    ("buyers", QT_TRANSLATE_NOOP("Review", "Buyers")),
    ("unpaid", QT_TRANSLATE_NOOP("Review", "Unpaid orders")),
    ("refunds", QT_TRANSLATE_NOOP("Review", "Refunds")),
    ("sale", QT_TRANSLATE_NOOP("Review", "Flash sale sold")),
    ("sale_sellout_s", QT_TRANSLATE_NOOP("Review", "Sold out in")),
    ("coupons", QT_TRANSLATE_NOOP("Review", "Coupons claimed")),
    ("cues_fired", QT_TRANSLATE_NOOP("Review", "Cues fired")),
    ("down_s", QT_TRANSLATE_NOOP("Review", "App down")),  # last: the columns before it keep their places
)
ITEM_TIPS = {
    "actual_s": QT_TRANSLATE_NOOP("Review", "Time on air from the item's start to the next item's start, every "
                                            "visit (返场) added."),
    "over_s": QT_TRANSLATE_NOOP("Review", "Actual minus planned; positive ran over."),
    "paused_s": QT_TRANSLATE_NOOP("Review", "Of the actual time, how long the host clock was paused: an overrun "
                                            "may be a pause."),
    "down_s": QT_TRANSLATE_NOOP("Review", "Of the actual time, how long LiveDeck was not running (killed or quit): "
                                          "the clocks went on, so an overrun may be the app's, not the host's."),
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
    "gift_yuan_est": QT_TRANSLATE_NOOP("Review", "Gift value/min (≈ 元)"),
    "orders": QT_TRANSLATE_NOOP("Review", "Orders/min"),
}
CHARTS: tuple[tuple[str, ...], ...] = (("comments", "commenters"), ("online",), ("likes",), ("gift_yuan_est",),
                                      ("orders",))
MARKER_NAMES = {
    "sale_start": QT_TRANSLATE_NOOP("Review", "Sale start"), "sale_end": QT_TRANSLATE_NOOP("Review", "Sale end"),
    "coupon": QT_TRANSLATE_NOOP("Review", "Coupon"), "lottery_open": QT_TRANSLATE_NOOP("Review", "Lottery open"),
    "lottery_draw": QT_TRANSLATE_NOOP("Review", "Lottery draw"), "pin": QT_TRANSLATE_NOOP("Review", "Pin"),
    "app_down": QT_TRANSLATE_NOOP("Review", "App down"),
}
MARKER_COLORS = {"sale_start": "#d81b60", "sale_end": "#8e24aa", "coupon": "#f9a825", "lottery_open": "#2e7d32",
                 "lottery_draw": "#00838f", "pin": "#5d4037", "app_down": "#c62828"}
COMPLIANCE_NAMES = {
    "absolute": QT_TRANSLATE_NOOP("Review", "Absolute claims"),
    "medical": QT_TRANSLATE_NOOP("Review", "Medical claims"),
    "guarantee": QT_TRANSLATE_NOOP("Review", "Guarantees"), "diversion": QT_TRANSLATE_NOOP("Review", "Diversion"),
    "banned": QT_TRANSLATE_NOOP("Review", "Other banned words"),
}
# A lottery's status as the review lists it (app.studio.exports.lottery_rows).
LOTTERY_STATUS = {"open": QT_TRANSLATE_NOOP("Review", "open"),
                  "closed": QT_TRANSLATE_NOOP("Review", "closed, not drawn"),
                  "drawn": QT_TRANSLATE_NOOP("Review", "drawn"), "cancelled": QT_TRANSLATE_NOOP("Review", "cancelled")}


def lottery_status(lot: dict[str, object]) -> str:
    """"cancelled (wrong prize)": the status in words, a cancelled lottery with its reason."""
    status = rtr(LOTTERY_STATUS.get(str(lot.get("status")), str(lot.get("status"))))
    return f"{status} ({lot['cancel_reason']})" if lot.get("cancel_reason") else status


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
        return format_money(value)
    if unit == "ratio":
        return f"{value * 100:.2f}%"
    if unit == "coins":
        return f"{value:,.0f}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def compare_gift_value_cells(row: dict[str, Any]) -> tuple[str, str, str]:
    """A, B and B − A of the compare's `gift_value` row, each value with its unit named: two shows that
    count gifts in different units are shown side by side, never subtracted."""
    def cell(value: float | None, unit: str | None, na: str | None) -> str:
        if value is None or unit is None:
            return na_text(na or "")
        return f"{format_value(value, 'coins')} {rtr(rv.GIFT_UNIT_NAMES.get(unit, unit))}"

    diff = ("—" if not row["diff_na"] else na_text(row["diff_na"])) if row["diff"] is None else \
        ("+" if row["diff"] > 0 else "") + cell(row["diff"], row["a_unit"], None)
    return cell(row["a"], row["a_unit"], row["a_na"]), cell(row["b"], row["b_unit"], row["b_na"]), diff


def format_figure(f: rv.Figure) -> str:
    return format_value(f.value, rv.METRIC[f.key].unit, f.na)


ITEM_UNITS = {"planned_s": "minutes", "actual_s": "minutes", "paused_s": "minutes", "down_s": "minutes",
              "over_s": "seconds",
              "gift_yuan_est": "fen", "gmv": "fen", "sale_sellout_s": "seconds"}


def item_cell(it: rv.ItemReview, key: str) -> str:
    """A per-item cell as shown on the tab and in the PDF."""
    if key == "position":
        return str(it.position + 1)
    if key in ("name", "sku"):
        return str(getattr(it, key))
    if key in ("planned_s", "actual_s", "paused_s", "down_s"):
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
    if key == "gmv" and it.gmv_estimated:
        return "≈" + format_value(v, "fen")  # partly the run-sheet price: the Sales tab marks it the same way
    return format_value(v, ITEM_UNITS.get(key, "count"))


def plan_changes(review: rv.Review) -> list[str]:
    """The run-sheet edits on air, one line each, as the tab and the PDF say them: items pulled before
    they aired (with their planned length: not in the plan, so not in the item table) and items added
    on air (with the clock time they were added: in the table, but not in the plan the show started with)."""
    lines = []
    if review.pulled:
        names = ", ".join(f"{p.name} ({format_value(p.planned_s, 'duration')})" for p in review.pulled)
        lines.append(translate("Review", "Pulled before it aired: %1").replace("%1", names))
    added = ", ".join(f"{it.name} ({clock(it.added_at)})" for it in review.items if it.added_at is not None)
    if added:
        lines.append(translate("Review", "Added on air: %1").replace("%1", added))
    return lines
