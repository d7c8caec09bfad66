"""The review as a printable page (HTML for QTextDocument, printed to PDF by review_pdf).

Page 1 is what a producer hands on: the show's key figures as cards, then the per-item table.
Tables fit an A4 landscape page: headers never break inside a word, long names are cut with "…"
(the XLSX has them whole), and the follow-up list is grouped by what was said, with counts.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.core import review as rv
from app.core.questions import question_key
from app.studio.review_texts import (
    COMPLIANCE_NAMES,
    WHY_NAMES,
    format_figure,
    format_value,
    item_cell,
    lottery_status,
    plan_changes,
    rtr,
    translate,
)

TABLE = ("<table cellspacing='0' cellpadding='{}' width='100%' style='border-collapse: collapse; "
         "border-color: #bbbbbb' border='0.5'>")
# The cards of page 1, in reading order.
KPIS = ("gmv", "orders", "units", "buyers", "aov", "unpaid", "refunds", "peak_online", "uv", "comments",
        "commenters", "actual_length_s")
# The per-item columns that fit a page, and how wide (in characters) the name may be.
PDF_ITEM_COLUMNS: tuple[tuple[str, object], ...] = (
    ("position", QT_TRANSLATE_NOOP("Review", "#")), ("name", QT_TRANSLATE_NOOP("Review", "Item")),
    ("planned_s", QT_TRANSLATE_NOOP("Review", "Planned")), ("actual_s", QT_TRANSLATE_NOOP("Review", "Actual")),
    ("over_s", QT_TRANSLATE_NOOP("Review", "Over/under")), ("paused_s", QT_TRANSLATE_NOOP("Review", "Paused")),
    ("down_s", QT_TRANSLATE_NOOP("Review", "App down")), ("comments", QT_TRANSLATE_NOOP("Review", "Comments")),
    ("questions", QT_TRANSLATE_NOOP("Review", "Questions")), ("orders", QT_TRANSLATE_NOOP("Review", "Orders")),
    ("units", QT_TRANSLATE_NOOP("Review", "Units")), ("gmv", QT_TRANSLATE_NOOP("Review", "GMV")),
    ("buyers", QT_TRANSLATE_NOOP("Review", "Buyers")), ("unpaid", QT_TRANSLATE_NOOP("Review", "Unpaid orders")),
    ("refunds", QT_TRANSLATE_NOOP("Review", "Refunds")), ("sale", QT_TRANSLATE_NOOP("Review", "Flash sale sold")),
    ("coupons", QT_TRANSLATE_NOOP("Review", "Coupons claimed")),
)
CARDS_PER_ROW = 4
NAME_WIDTH = 22  # display columns (a Chinese character is two)
TEXT_WIDTH = 60
FOLLOWUP_GROUPS = 40


def _esc(s: Any) -> str:
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def elide(text: str, width: int) -> str:
    """`text` cut to `width` display columns with "…" (wide CJK characters count two)."""
    out: list[str] = []
    used = 0
    for ch in " ".join(str(text).split()):
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + w > width - 1:
            return "".join(out) + "…"
        out.append(ch)
        used += w
    return "".join(out)


def _th(text: str, align: str = "left") -> str:
    """A header cell that never wraps (Qt would break a word in the middle to wrap it)."""
    return f"<th align='{align}' style='white-space: nowrap; background-color: #eef1f5'>{_esc(text)}</th>"


def _cards(review: rv.Review) -> str:
    cells = []
    for key in KPIS:
        f = review.figure(key)
        value = format_figure(f) if f.value is not None else "—"
        note = rtr(f.na) if f.na else ""
        estimated = review.figure("gmv_estimated").value
        if key == "gmv" and estimated:
            value = "≈" + value
            note = translate("Review", "%1 of it estimated from run-sheet prices").replace(
                "%1", format_figure(review.figure("gmv_estimated")))
        cells.append(f"<td width='25%' style='background-color: #f5f7fa; padding: 8px; white-space: nowrap'>"
                     f"<span style='color: #555555; font-size: 9pt'>{_esc(rtr(rv.METRIC[key].label))}</span><br>"
                     f"<span style='font-size: 15pt; font-weight: bold; white-space: nowrap'>{_esc(value)}</span><br>"
                     f"<span style='color: #888888; font-size: 7pt'>{_esc(elide(note, 56))}</span></td>")
    rows = ["<tr>" + "".join(cells[i:i + CARDS_PER_ROW]) + "</tr>" for i in range(0, len(cells), CARDS_PER_ROW)]
    return "<table cellspacing='6' cellpadding='6' width='100%'>" + "".join(rows) + "</table>"


def _period(review: rv.Review) -> str:
    start, end = review.figure("actual_start"), review.figure("actual_end")
    if start.value is None or end.value is None:
        return ""
    return (datetime.fromtimestamp(start.value).strftime("%Y-%m-%d %H:%M") + " – "
            + datetime.fromtimestamp(end.value).strftime("%H:%M"))


def _items(review: rv.Review) -> list[str]:
    h = [TABLE.format(3), "<tr>" + "".join(_th(rtr(label), "left" if k == "name" else "right")
                                            for k, label in PDF_ITEM_COLUMNS) + "</tr>"]
    for it in review.items:
        cells = []
        for k, _l in PDF_ITEM_COLUMNS:
            text = elide(it.name, NAME_WIDTH) if k == "name" else item_cell(it, k)
            if text.startswith(translate("Review", "n/a")):
                text = "—"  # the reason is in the summary; a table cell has no room for it
            align = "left" if k == "name" else "right"
            cells.append(f"<td align='{align}' style='white-space: nowrap'>{_esc(text)}</td>")
        h.append("<tr>" + "".join(cells) + "</tr>")
    h.append("</table>")
    h.extend("<p><small>" + _esc(line) + "</small></p>" for line in plan_changes(review))
    return h


def _summary(review: rv.Review) -> list[str]:
    h = [TABLE.format(3)]
    for f in review.summary:
        m = rv.METRIC[f.key]
        h.append(f"<tr><td style='white-space: nowrap'>{_esc(rtr(m.label))}</td>"
                 f"<td align='right' style='white-space: nowrap'>{_esc(format_figure(f))}</td>"
                 f"<td><small>{_esc(rtr(m.definition))}</small></td></tr>")
    h.append("</table>")
    return h


def group_followups(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Follow-ups with the same words (and reason) as one line: how often, by how many viewers,
    first asked when and under which item; criticism first, then the most asked."""
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        key = (r["why"], question_key(str(r["text"])) or str(r["text"]))  # as the review's questions
        g = groups.setdefault(key, {"why": r["why"], "text": r["text"], "count": 0, "users": set(),
                                    "first_ts": r["ts"], "item": r["item"], "open": 0})
        g["count"] += 1
        g["users"].add(r["user_id"] or r["user_name"])
        g["open"] += 0 if r["done"] else 1
        if r["ts"] < g["first_ts"]:
            g["first_ts"], g["item"] = r["ts"], r["item"]
    return sorted(groups.values(), key=lambda g: (g["why"] != "negative", -g["count"], g["first_ts"]))


def _followups(review: rv.Review) -> list[str]:
    groups = group_followups(review.extras.get("followups", []))
    if not groups:
        return []
    total = review.extras.get("followups_total", len(review.extras.get("followups", [])))
    h = ["<h2>" + _esc(translate("Review", "Follow-up")) + "</h2>",
         "<p>" + _esc(translate("Review", "%1 comments to follow up, %2 different ones; each line counts how "
                                          "often it was said.").replace("%1", str(total))
                      .replace("%2", str(len(groups)))) + "</p>",
         TABLE.format(3), "<tr>" + _th(translate("Review", "Why")) + _th(translate("Review", "Comment"))
         + _th(translate("Review", "Count"), "right") + _th(translate("Review", "Viewers"), "right")
         + _th(translate("Review", "Open"), "right") + _th(translate("Review", "First at"))
         + _th(translate("Review", "Item")) + "</tr>"]
    for g in groups[:FOLLOWUP_GROUPS]:
        at = datetime.fromtimestamp(g["first_ts"]).strftime("%H:%M:%S")
        h.append(f"<tr><td style='white-space: nowrap'>{_esc(rtr(WHY_NAMES[g['why']]))}</td>"
                 f"<td>{_esc(elide(g['text'], TEXT_WIDTH))}</td><td align='right'>{g['count']}</td>"
                 f"<td align='right'>{len(g['users'])}</td><td align='right'>{g['open']}</td>"
                 f"<td>{at}</td><td style='white-space: nowrap'>{_esc(elide(g['item'], NAME_WIDTH))}</td></tr>")
    h.append("</table>")
    if len(groups) > FOLLOWUP_GROUPS:
        h.append("<p><small>" + _esc(translate("Review", "%1 more in the XLSX report.").replace(
            "%1", str(len(groups) - FOLLOWUP_GROUPS))) + "</small></p>")
    return h


def _extras(review: rv.Review) -> list[str]:
    h = ["<h2>" + _esc(translate("Review", "Compliance hits")) + "</h2><p>" + ", ".join(
        f"{_esc(rtr(COMPLIANCE_NAMES[k]))}: {n}" for k, n in review.compliance.items()) + "</p>"]
    qs = review.extras.get("questions", [])
    if qs:
        h.append("<h2>" + _esc(translate("Review", "Top questions")) + "</h2>" + TABLE.format(3))
        h.append("<tr>" + _th(translate("Review", "Question")) + _th(translate("Review", "Count"), "right")
                 + _th(translate("Review", "Item")) + "</tr>")
        for q in qs[:15]:
            h.append(f"<tr><td>{_esc(elide(q['text'], TEXT_WIDTH))}</td><td align='right'>{q['count']}</td>"
                     f"<td style='white-space: nowrap'>{_esc(elide(q['item'], NAME_WIDTH))}</td></tr>")
        h.append("</table>")
    h += _followups(review)
    lots = review.extras.get("lotteries", [])
    if lots:
        verify = review.extras.get("lottery_verify", {})
        h.append("<h2>" + _esc(translate("Review", "Lotteries")) + "</h2><ul>")
        line = translate("Review", "%1: %2 entrants, winners %3, %4 re-draws")
        for lot in lots:
            if lot.get("status") == "cancelled":
                h.append("<li>" + _esc(f"{lot['prize']}: {lottery_status(lot)}") + "</li>")
                continue
            winners = ", ".join(w["name"] for w in lot["winners"])
            h.append("<li>" + _esc(line.replace("%1", str(lot["prize"])).replace("%2", str(lot["entrants"] or 0))
                                   .replace("%3", winners).replace("%4", str(lot["redraw_count"]))) + "</li>")
        h.append("</ul><pre>" + _esc("\n".join(verify.get("lines", []))) + "</pre>")
    return h


def report_html(review: rv.Review, images: dict[str, Any] | None = None) -> str:
    """The printable report as HTML for QTextDocument; charts come in as image resources."""
    from app.studio.review_pdf import CHART_W

    heading = translate("Review", "Review")
    h = [f"<h1>{_esc(heading)}: {_esc(review.title)}</h1>", f"<p style='color: #555555'>{_esc(_period(review))}</p>",
         _cards(review), "<h2>" + _esc(translate("Review", "Per item")) + "</h2>", *_items(review),
         "<h2 style='page-break-before: always'>" + _esc(translate("Review", "Summary")) + "</h2>",
         *_summary(review), "<h2>" + _esc(translate("Review", "Timeline")) + "</h2>"]
    for name in (images or {}):
        h.append(f"<p><img src='chart:{name}' width='{CHART_W}'></p>")
    h += _extras(review)
    return "\n".join(h)


__all__ = ["elide", "format_value", "group_followups", "report_html"]
