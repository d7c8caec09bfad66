"""The review as files for scripts and spreadsheets: JSON with every figure, XLSX with native charts.

Cells are data, never formulas: text a spreadsheet would run is written with a leading quote (OWASP).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import LineChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.core import review as rv
from app.studio.review_texts import (
    CHARTS,
    COMPLIANCE_NAMES,
    SERIES_NAMES,
    WHY_NAMES,
    lottery_status,
    rtr,
    translate,
)


def write_json(review: rv.Review, path: Path) -> None:
    path.write_text(json.dumps(review.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")


def safe_cell(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula is written as text (OWASP CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


MONEY = '"¥"#,##0.00'
DURATION = "[h]:mm:ss"


UNIT_NAMES = {"time": QT_TRANSLATE_NOOP("Review", "date and time"), "ratio": QT_TRANSLATE_NOOP("Review", "percent"),
              "fen": QT_TRANSLATE_NOOP("Review", "yuan"), "seconds": QT_TRANSLATE_NOOP("Review", "minutes (signed)"),
              "duration": QT_TRANSLATE_NOOP("Review", "h:mm:ss"), "count": QT_TRANSLATE_NOOP("Review", "count"),
              "coins": QT_TRANSLATE_NOOP("Review", "platform coins")}


def _fmt_xlsx(unit: str) -> str:
    return {"time": "yyyy-mm-dd hh:mm:ss", "ratio": "0.00%", "fen": MONEY, "seconds": '+0.0" min";-0.0" min";0" min"',
            "duration": DURATION, "count": "#,##0", "coins": "#,##0"}.get(unit, "General")


def xlsx_value(value: Any, unit: str) -> Any:
    """A figure as a spreadsheet holds it: money in yuan, durations as days (Excel's time), times as dates."""
    if value is None:
        return None
    if unit == "time":
        return datetime.fromtimestamp(value)
    if unit == "fen":
        return value / 100
    if unit == "seconds":  # signed: Excel cannot show a negative time, so minutes with a sign
        return round(value / 60, 2)
    if unit in ("duration", "minutes"):
        return value / 86400
    return value


def _summary(ws: Worksheet, review: rv.Review) -> None:
    ws.title = translate("Review", "Summary")[:31]
    ws.append([translate("Review", "Show"), safe_cell(review.title)])
    ws.append([translate("Review", "Figure"), translate("Review", "Value"), translate("Review", "Unit"),
               translate("Review", "Definition"), translate("Review", "Missing because")])
    for f in review.summary:
        m = rv.METRIC[f.key]
        value = xlsx_value(f.value, m.unit)
        ws.append([rtr(m.label), value, rtr(UNIT_NAMES.get(m.unit, m.unit)), rtr(m.definition),
                   rtr(f.na) if f.na else None])
        ws.cell(ws.max_row, 2).number_format = _fmt_xlsx(m.unit)
    ws.append([])
    for k, n in review.compliance.items():
        ws.append([rtr(COMPLIANCE_NAMES[k]), n, rtr(UNIT_NAMES["count"])])
    _header(ws, 2, {1: 22, 2: 20, 3: 10, 4: 70, 5: 36})


# key, header (translated), unit, column width
ITEM_SHEET: tuple[tuple[str, object, str, int], ...] = (
    ("position", QT_TRANSLATE_NOOP("Review", "#"), "count", 5),
    ("name", QT_TRANSLATE_NOOP("Review", "Item"), "text", 32),
    ("sku", QT_TRANSLATE_NOOP("Review", "SKU"), "text", 12),
    ("planned_s", QT_TRANSLATE_NOOP("Review", "Planned"), "duration", 10),
    ("actual_s", QT_TRANSLATE_NOOP("Review", "Actual"), "duration", 10),
    ("over_s", QT_TRANSLATE_NOOP("Review", "Over/under"), "seconds", 11),
    ("visits", QT_TRANSLATE_NOOP("Review", "Visits"), "count", 7),
    ("comments", QT_TRANSLATE_NOOP("Review", "Comments"), "count", 9),
    ("questions", QT_TRANSLATE_NOOP("Review", "Questions"), "count", 9),
    ("mentions", QT_TRANSLATE_NOOP("Review", "Mentions"), "count", 9),
    ("negatives", QT_TRANSLATE_NOOP("Review", "Negative"), "count", 9),
    ("gifts", QT_TRANSLATE_NOOP("Review", "Gifts"), "count", 8),
    ("gift_yuan_est", QT_TRANSLATE_NOOP("Review", "Gift value (≈ 元)"), "fen", 12),
    ("orders", QT_TRANSLATE_NOOP("Review", "Orders"), "count", 8),
    ("units", QT_TRANSLATE_NOOP("Review", "Units"), "count", 8),
    ("gmv", QT_TRANSLATE_NOOP("Review", "GMV"), "fen", 13),
    ("gmv_estimated", QT_TRANSLATE_NOOP("Review", "GMV estimated"), "fen", 13),
    ("buyers", QT_TRANSLATE_NOOP("Review", "Buyers"), "count", 8),
    ("unpaid", QT_TRANSLATE_NOOP("Review", "Unpaid orders"), "count", 9),
    ("refunds", QT_TRANSLATE_NOOP("Review", "Refunds"), "count", 8),
    ("sale_sold", QT_TRANSLATE_NOOP("Review", "Flash sale sold"), "count", 10),
    ("sale_quantity", QT_TRANSLATE_NOOP("Review", "Flash sale quantity"), "count", 10),
    ("sale_sellout_s", QT_TRANSLATE_NOOP("Review", "Sold out in"), "duration", 10),
    ("coupons_issued", QT_TRANSLATE_NOOP("Review", "Coupons issued"), "count", 10),
    ("coupons_claimed", QT_TRANSLATE_NOOP("Review", "Coupons claimed"), "count", 10),
    ("cues_fired", QT_TRANSLATE_NOOP("Review", "Cues fired"), "count", 8),
    # Last, so the columns scripts already read by letter stay where they were.
    ("paused_s", QT_TRANSLATE_NOOP("Review", "Paused"), "duration", 10),
    ("down_s", QT_TRANSLATE_NOOP("Review", "App down"), "duration", 10),
)


def _header(ws: Worksheet, row: int, widths: dict[int, int]) -> None:
    """Bold header row, frozen, with the columns wide enough to read."""
    for cell in ws[row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    ws.freeze_panes = ws.cell(row + 1, 1)
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width


def _items(wb: Workbook, review: rv.Review) -> None:
    items = wb.create_sheet(translate("Review", "Items")[:31])
    items.append([rtr(label) for _k, label, _u, _w in ITEM_SHEET])
    for it in review.items:
        items.append([it.position + 1 if k == "position" else
                      safe_cell(getattr(it, k)) if u == "text" else xlsx_value(getattr(it, k), u)
                      for k, _l, u, _w in ITEM_SHEET])
        for col, (_k, _l, unit, _w) in enumerate(ITEM_SHEET, start=1):
            items.cell(items.max_row, col).number_format = _fmt_xlsx(unit)
    _header(items, 1, {i: w for i, (_k, _l, _u, w) in enumerate(ITEM_SHEET, start=1)})


def _timeline(wb: Workbook, review: rv.Review) -> None:
    tl = wb.create_sheet(translate("Review", "Timeline")[:31])
    tl.append([translate("Review", "Minute"), *[rtr(SERIES_NAMES[k]) for k in rv.SERIES]])
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
    bands.append([translate("Review", "Item id"), translate("Review", "Item"), translate("Review", "From minute"),
                  translate("Review", "To minute")])
    for b in review.timeline.bands:
        bands.append([b.item_id, safe_cell(b.name), round(b.start_min, 2), round(b.end_min, 2)])
    bands.append([])
    bands.append([translate("Review", "Marker"), translate("Review", "Minute"), translate("Review", "Label")])
    for mk in review.timeline.markers:
        bands.append([mk.kind, round(mk.minute, 2), safe_cell(mk.label)])


def _audience(wb: Workbook, review: rv.Review) -> None:
    fu = wb.create_sheet(translate("Review", "Follow-up")[:31])
    fu.append([translate("Review", "Done"), translate("Review", "Time"), translate("Review", "Viewer"),
               translate("Review", "Viewer id"), translate("Review", "Comment"), translate("Review", "Why"),
               translate("Review", "Item")])
    for r in review.extras.get("followups", []):
        fu.append(["✓" if r["done"] else "", datetime.fromtimestamp(r["ts"]), safe_cell(r["user_name"]),
                   safe_cell(r["user_id"]), safe_cell(r["text"]), rtr(WHY_NAMES[r["why"]]), safe_cell(r["item"])])
        fu.cell(fu.max_row, 2).number_format = "yyyy-mm-dd hh:mm:ss"
    _header(fu, 1, {1: 6, 2: 20, 3: 16, 4: 16, 5: 60, 6: 14, 7: 24})
    qs = wb.create_sheet(translate("Review", "Top questions")[:31])
    qs.append([translate("Review", "Question"), translate("Review", "Count"), translate("Review", "Item")])
    for q in review.extras.get("questions", []):
        qs.append([safe_cell(q["text"]), q["count"], safe_cell(q["item"])])
    _header(qs, 1, {1: 60, 2: 8, 3: 28})
    lots = wb.create_sheet(translate("Review", "Lotteries")[:31])
    lots.append([translate("Review", "Lottery"), translate("Review", "Prize"), translate("Review", "Entrants"),
                 translate("Review", "Winners"), translate("Review", "Re-draws"), translate("Review", "Verified"),
                 translate("Review", "Status")])
    verified = review.extras.get("lottery_verify", {}).get("ok")
    for lot in review.extras.get("lotteries", []):
        drawn = lot.get("status", "drawn") == "drawn"  # only a draw has anything to verify
        lots.append([lot["lottery_id"], safe_cell(lot["prize"]), lot["entrants"],
                     safe_cell("; ".join(f"{w['name']} ({w['key']})" for w in lot["winners"])), lot["redraw_count"],
                     ("PASS" if verified else "FAIL") if drawn else None, safe_cell(lottery_status(lot))])


def write_xlsx(review: rv.Review, path: Path) -> None:
    """Summary, per-item, timeline (with native Excel charts), follow-up, questions and lottery sheets."""
    wb = Workbook()
    _summary(wb.active, review)
    _items(wb, review)
    _timeline(wb, review)
    _audience(wb, review)
    wb.save(path)
