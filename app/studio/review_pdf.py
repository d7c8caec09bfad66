"""The review on paper: QtCharts timelines (shared with the tab) and one printable PDF, printed by Qt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument

from app.core import review as rv
from app.studio.review_html import report_html
from app.studio.review_texts import (
    CHARTS,
    MARKER_COLORS,
    MARKER_NAMES,
    SERIES_NAMES,
    na_text,
    rtr,
    translate,
)

# ---- charts (QtCharts, shared by the tab and the PDF) ---------------------------------------------------------


BAND_COLORS = ("#1e88e5", "#43a047", "#fb8c00", "#8e24aa", "#00897b", "#e53935")
LINE_COLORS = {"comments": "#1565c0", "commenters": "#ef6c00", "online": "#2e7d32", "likes": "#c2185b",
               "gift_yuan_est": "#6a1b9a", "orders": "#d84315"}


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


def write_pdf(review: rv.Review, path: Path) -> None:
    """One printable A4 report with the charts, printed by Qt (needs a QApplication)."""
    images = {"+".join(keys): chart_image(review, keys) for keys in CHARTS}
    doc = QTextDocument()
    for name, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), image)
    doc.setDefaultStyleSheet("td { font-size: 7.5pt; } th { font-size: 7pt; } h2 { page-break-after: avoid; }")
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
