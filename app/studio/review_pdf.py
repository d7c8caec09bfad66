"""The review on paper: QtCharts timelines (shared with the tab) and one printable PDF, printed by Qt."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument

from app.core import review as rv
from app.studio.review_texts import (
    CHARTS,
    COMPLIANCE_NAMES,
    ITEM_COLUMNS,
    MARKER_COLORS,
    MARKER_NAMES,
    SERIES_NAMES,
    WHY_NAMES,
    format_figure,
    item_cell,
    na_text,
    rtr,
    translate,
)

# ---- charts (QtCharts, shared by the tab and the PDF) ---------------------------------------------------------


BAND_COLORS = ("#1e88e5", "#43a047", "#fb8c00", "#8e24aa", "#00897b", "#e53935")
LINE_COLORS = {"comments": "#1565c0", "commenters": "#ef6c00", "online": "#2e7d32", "likes": "#c2185b",
               "gift_value": "#6a1b9a", "orders": "#d84315"}


def _add(chart: Any, series: Any, ax: Any, ay: Any) -> None:
    chart.addSeries(series)
    series.attachAxis(ax)
    series.attachAxis(ay)


def _axes(chart: Any, tl: rv.Timeline, keys: tuple[str, ...]) -> tuple[Any, Any, float]:
    """Minutes on x, ticked on round minutes (0, 10, 20 … or 30 for long shows); nice numbers on y."""
    from PySide6.QtCharts import QValueAxis

    ax, ay = QValueAxis(), QValueAxis()
    ax.setLabelFormat("%d")
    ax.setTitleText(translate("Review", "Minutes since the start"))
    ay.setLabelFormat("%d")
    chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
    values = [v for k in keys for v in tl.series.get(k, []) if v is not None]
    last = float(len(tl.minutes)) if tl.minutes else 1.0
    ax.setRange(0, last)
    ax.setTickType(QValueAxis.TickType.TicksDynamic)
    ax.setTickAnchor(0)
    ax.setTickInterval(next((s for s in (1, 2, 5, 10, 15, 30, 60) if last / s <= 12), 120))
    ay.setRange(0, max([1.0, *values]) * 1.15)
    ay.applyNiceNumbers()
    return ax, ay, ay.max()


def _bands(chart: Any, tl: rv.Timeline, ax: Any, ay: Any, top: float) -> None:
    """One translucent area per item visit, coloured per item (a 返场 keeps its colour); clickable."""
    from PySide6.QtCharts import QAreaSeries, QLineSeries

    order = list(dict.fromkeys(x.item_id for x in tl.bands))
    for i, b in enumerate(tl.bands):
        upper, lower = QLineSeries(), QLineSeries()
        upper.append([QPointF(b.start_min, top), QPointF(b.end_min, top)])
        lower.append([QPointF(b.start_min, 0), QPointF(b.end_min, 0)])
        area = QAreaSeries(upper, lower)
        upper.setParent(area)
        lower.setParent(area)
        color = QColor(BAND_COLORS[order.index(b.item_id) % len(BAND_COLORS)])
        color.setAlpha(38)
        area.setColor(color)
        area.setBorderColor(QColor(0, 0, 0, 0))
        area.setName(b.name)
        area.setProperty("item_id", b.item_id)
        area.setProperty("band_index", i)
        _add(chart, area, ax, ay)
        for m in chart.legend().markers(area):
            m.setVisible(False)


def _markers(chart: Any, tl: rv.Timeline, ax: Any, ay: Any, top: float) -> None:
    from PySide6.QtCharts import QScatterSeries

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
        _add(chart, sc, ax, ay)


def build_chart(review: rv.Review, keys: tuple[str, ...]) -> Any:
    """A QChart of one or two per-minute series over item bands, with the show's markers."""
    from PySide6.QtCharts import QChart, QLineSeries

    tl = review.timeline
    chart = QChart()
    missing = [k for k in keys if k in tl.na]
    title = " · ".join(rtr(SERIES_NAMES[k]) for k in keys)
    if missing:
        title += "  (" + na_text(tl.na[missing[0]]) + ")"
    chart.setTitle(title)
    chart.setMargins(chart.margins() * 0)  # type: ignore[operator]
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    ax, ay, top = _axes(chart, tl, keys)
    _bands(chart, tl, ax, ay, top)
    for k in keys:
        line = QLineSeries()
        line.setName(rtr(SERIES_NAMES[k]))
        line.setProperty("series_key", k)
        pen = QPen(QColor(LINE_COLORS[k]))
        pen.setWidthF(1.6)
        line.setPen(pen)
        line.append([QPointF(m + 0.5, float(v)) for m, v in zip(tl.minutes, tl.series.get(k, []), strict=False)
                     if v is not None])
        _add(chart, line, ax, ay)
    _markers(chart, tl, ax, ay, top)
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
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)  # into memory: Qt does not report a failed write, Python does
    # Landscape: the per-item table and the charts are wide.
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setTitle(review.title)
    writer.setCreator("LiveDeck")
    writer.setResolution(96)  # lay the document out in screen pixels, so fonts and chart widths read as on screen
    doc.print_(writer)
    del writer  # ends the PDF
    path.write_bytes(bytes(buffer.data().data()))
