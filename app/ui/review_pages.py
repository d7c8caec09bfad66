"""The Review tab's pages (复盘): how a finished `Review` is shown, one builder and one filler per page
(a part of ReviewTab, app/ui/review_tab.py)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import QAreaSeries, QChartView, QLineSeries, QScatterSeries
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QCursor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.core import review as rv
from app.core.host_texts import clock
from app.core.text import fill
from app.studio import review as sr
from app.studio.desk import DeskStudio
from app.studio.errors import CommandError
from app.studio.review_texts import compare_gift_value_cells, plan_changes, translate

if TYPE_CHECKING:
    _Base = QWidget
else:
    _Base = object  # a plain mixin at run time: ReviewTab is the QWidget


def _cell(text: str, tip: str = "", align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tip:
        item.setToolTip(tip)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t


class ReviewPages(_Base):
    """Summary, per item, timeline, audience, lotteries and compare: each page's widgets and filling."""

    studio: DeskStudio
    review: rv.Review | None
    _filling: bool
    message: Any        # Signal(str) on ReviewTab
    item_selected: Any  # Signal(int) on ReviewTab

    # ---- building, one page each ------------------------------------------------------------------------------

    def _summary_page(self) -> QTableWidget:
        self.summary = _table([self.tr("Figure"), self.tr("Value"), self.tr("Definition")])
        self.summary.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return self.summary

    def _items_page(self) -> QWidget:
        """The item table, and under it the run-sheet edits on air the table cannot show (a pulled
        item has no row), as the PDF says them."""
        self.items = _table([sr.rtr(label) for _k, label in sr.ITEM_COLUMNS])
        for col, (key, _label) in enumerate(sr.ITEM_COLUMNS):
            if key in sr.ITEM_TIPS:
                header = self.items.horizontalHeaderItem(col)
                if header is not None:
                    header.setToolTip(sr.rtr(sr.ITEM_TIPS[key]))
        self.plan_changes = QLabel()
        self.plan_changes.setWordWrap(True)
        self.plan_changes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page = QWidget()
        v = QVBoxLayout(page)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.items, 1)
        v.addWidget(self.plan_changes)
        return page

    def _timeline_page(self) -> QSplitter:
        self.charts_box = QWidget()
        self.charts_layout = QVBoxLayout(self.charts_box)
        charts_scroll = QScrollArea()
        charts_scroll.setWidgetResizable(True)
        charts_scroll.setWidget(self.charts_box)
        self.chart_views: list[QChartView] = []
        timeline = QSplitter(Qt.Orientation.Vertical)
        timeline.addWidget(charts_scroll)
        return timeline

    def _audience_page(self) -> QSplitter:
        self.questions = _table([self.tr("Question"), self.tr("Count"), self.tr("Item")])
        self.followups = _table([self.tr("Done"), self.tr("Time"), self.tr("Viewer"), self.tr("Comment"),
                                 self.tr("Why"), self.tr("Item")])
        self.followups.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.followups.itemChanged.connect(self._followup_ticked)
        self.followups_label = QLabel()
        self.compliance = _table([self.tr("Compliance hits"), self.tr("Count")])
        audience = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(QLabel(self.tr("Top questions")))
        lv.addWidget(self.questions, 3)
        lv.addWidget(QLabel(self.tr("Compliance hits")))
        lv.addWidget(self.compliance, 1)
        right = QWidget()
        rvl = QVBoxLayout(right)
        rvl.addWidget(self.followups_label)
        rvl.addWidget(self.followups)
        audience.addWidget(left)
        audience.addWidget(right)
        audience.setStretchFactor(0, 2)
        audience.setStretchFactor(1, 3)
        self.questions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return audience

    def _lotteries_page(self) -> QWidget:
        self.lotteries = _table([self.tr("Prize"), self.tr("Entrants"), self.tr("Winners"), self.tr("Re-draws"),
                                 self.tr("Verified"), self.tr("Status")])
        self.verify_text = QLabel()
        self.verify_text.setWordWrap(True)
        self.verify_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lots = QWidget()
        lotv = QVBoxLayout(lots)
        lotv.addWidget(self.lotteries)
        lotv.addWidget(self.verify_text)
        return lots

    def _compare_page(self) -> QTableWidget:
        self.compare_table = _table([self.tr("Figure"), "A", "B", self.tr("B − A")])
        self.compare_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return self.compare_table

    # ---- showing ------------------------------------------------------------------------------------------------

    def show_review(self, review: rv.Review) -> None:
        self.review = review
        s = self.summary
        s.setRowCount(len(review.summary))
        for row, f in enumerate(review.summary):
            m = rv.METRIC[f.key]
            tip = sr.rtr(m.definition)
            s.setItem(row, 0, _cell(sr.rtr(m.label), tip))
            s.setItem(row, 1, _cell(sr.format_figure(f), tip, align_right=True))
            s.setItem(row, 2, _cell(tip, tip))
        t = self.items
        t.setRowCount(len(review.items))
        for row, it in enumerate(review.items):
            for col, (key, _l) in enumerate(sr.ITEM_COLUMNS):
                tip = sr.rtr(sr.ITEM_TIPS[key]) if key in sr.ITEM_TIPS else ""
                t.setItem(row, col, _cell(sr.item_cell(it, key), tip, align_right=col > 2))
            if it.added_at is not None:  # not in the plan the show started with: marked, its time on hover
                t.setItem(row, 1, _cell("＋ " + it.name, translate("Review", "Added on air: %1").replace(
                    "%1", f"{it.name} ({clock(it.added_at)})")))
        lines = plan_changes(review)
        self.plan_changes.setText("\n".join(lines))
        self.plan_changes.setVisible(bool(lines))
        self._charts(review)
        self._audience(review)
        self._lotteries(review)

    def _charts(self, review: rv.Review) -> None:
        for v in self.chart_views:
            self.charts_layout.removeWidget(v)
            v.deleteLater()
        self.chart_views = []
        for keys in sr.CHARTS:
            chart = sr.build_chart(review, keys)
            view = QChartView(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(230)
            for series in chart.series():
                if isinstance(series, QAreaSeries):
                    series.clicked.connect(lambda _p, s=series: self.select_item(int(s.property("item_id"))))
                    series.hovered.connect(lambda _p, state, s=series: state and QToolTip.showText(
                        QCursor.pos(), s.name()))
                elif isinstance(series, QScatterSeries):
                    series.hovered.connect(lambda p, state, s=series: self._marker_tip(s, p) if state else None)
                elif isinstance(series, QLineSeries):
                    series.hovered.connect(lambda p, state, s=series: self._line_tip(s, p) if state else None)
            self.charts_layout.addWidget(view)
            self.chart_views.append(view)

    def _line_tip(self, series: QLineSeries, point: QPointF) -> None:
        text = self.line_tip_text(str(series.property("series_key")), series.name(), point.x())
        if text:
            QToolTip.showText(QCursor.pos(), text)

    def line_tip_text(self, key: str, name: str, x: float) -> str:
        """What hovering a line at minute `x` says: the series, the minute, its value and the item on air."""
        tl = self.review.timeline if self.review else None
        if tl is None or not tl.minutes:
            return ""
        minute = max(0, min(len(tl.minutes) - 1, int(x)))
        value = tl.series[key][minute]
        item = rv.item_at([rv.Visit(b.item_id, b.start_min, b.end_min) for b in tl.bands], minute + 0.5)
        item_name = next((b.name for b in tl.bands if b.item_id == item), "")
        shown = "—" if value is None else f"{value:,.0f}"
        return fill(self.tr("%1, minute %2: %3"), name, minute, shown) + (f"\n{item_name}" if item_name else "")

    def _marker_tip(self, series: QScatterSeries, point: QPointF) -> None:
        labels = series.property("marker_labels") or []
        pts = series.points()
        idx = min(range(len(pts)), key=lambda i: abs(pts[i].x() - point.x())) if pts else -1
        label = labels[idx] if 0 <= idx < len(labels) else ""
        QToolTip.showText(QCursor.pos(), f"{series.name()} · {point.x():.1f} min" + (f"\n{label}" if label else ""))

    def select_item(self, item_id: int) -> None:
        """Clicking an item's band selects its row in the per-item table."""
        if self.review is None:
            return
        for row, it in enumerate(self.review.items):
            if it.item_id == item_id:
                self.items.selectRow(row)
                self.item_selected.emit(item_id)
                return

    def _audience(self, review: rv.Review) -> None:
        qs = review.extras.get("questions", [])
        self.questions.setRowCount(len(qs))
        for row, q in enumerate(qs):
            self.questions.setItem(row, 0, _cell(q["text"]))
            self.questions.setItem(row, 1, _cell(str(q["count"]), align_right=True))
            self.questions.setItem(row, 2, _cell(q["item"]))
        self.compliance.setRowCount(len(review.compliance))
        for row, (k, n) in enumerate(review.compliance.items()):
            self.compliance.setItem(row, 0, _cell(sr.rtr(sr.COMPLIANCE_NAMES[k])))
            self.compliance.setItem(row, 1, _cell(str(n), align_right=True))
        rows = review.extras.get("followups", [])
        total = review.extras.get("followups_total", len(rows))
        self.followups_label.setText(fill(self.tr("售后 follow-up: %1 unanswered questions and negative comments "
                                                  "(showing %2); tick what the team has handled"), total, len(rows)))
        self._filling = True
        try:
            self.followups.setRowCount(len(rows))
            for row, r in enumerate(rows):
                box = QTableWidgetItem()
                box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                box.setCheckState(Qt.CheckState.Checked if r["done"] else Qt.CheckState.Unchecked)
                box.setData(Qt.ItemDataRole.UserRole, r["comment_id"])
                self.followups.setItem(row, 0, box)
                self.followups.setItem(row, 1, _cell(datetime.fromtimestamp(r["ts"]).strftime("%H:%M:%S")))
                self.followups.setItem(row, 2, _cell(r["user_name"], r["user_id"]))
                self.followups.setItem(row, 3, _cell(r["text"], r["text"]))
                self.followups.setItem(row, 4, _cell(sr.rtr(sr.WHY_NAMES[r["why"]])))
                self.followups.setItem(row, 5, _cell(r["item"]))
        finally:
            self._filling = False

    def _followup_ticked(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0 or self.review is None:
            return
        comment_id = int(item.data(Qt.ItemDataRole.UserRole))
        done = item.checkState() == Qt.CheckState.Checked
        try:
            self.studio.execute("review.followup", {"show_id": self.review.show_id, "comment_id": comment_id,
                                                    "done": done})
        except CommandError as exc:
            self.message.emit(exc.message)
            return
        for r in self.review.extras.get("followups", []):
            if r["comment_id"] == comment_id:
                r["done"] = done

    def _lotteries(self, review: rv.Review) -> None:
        lots = review.extras.get("lotteries", [])
        verify = review.extras.get("lottery_verify", {})
        self.lotteries.setRowCount(len(lots))
        for row, lot in enumerate(lots):
            self.lotteries.setItem(row, 0, _cell(lot["prize"]))
            self.lotteries.setItem(row, 1, _cell("—" if lot["entrants"] is None else str(lot["entrants"]),
                                                 align_right=True))
            self.lotteries.setItem(row, 2, _cell("、".join(w["name"] for w in lot["winners"])))
            self.lotteries.setItem(row, 3, _cell(str(lot["redraw_count"]), align_right=True))
            drawn = lot.get("status", "drawn") == "drawn"  # only a draw has anything to verify
            self.lotteries.setItem(row, 4, _cell("—" if not drawn else self.tr("passed") if verify.get("ok")
                                                 else self.tr("FAILED")))
            self.lotteries.setItem(row, 5, _cell(sr.lottery_status(lot)))
        self.verify_text.setText("\n".join(verify.get("lines", [])) if lots else self.tr("No lotteries in this show."))

    def show_compare(self, cmp: dict[str, Any]) -> None:
        self.compare_table.setHorizontalHeaderLabels([
            self.tr("Figure"), f"A: {cmp['a']['title']}", f"B: {cmp['b']['title']}", self.tr("B − A")])
        rows: list[tuple[str, str, str, str]] = []
        for t in cmp["totals"]:
            if t["key"] == "gift_value":  # each show's value in its unit
                rows.append((sr.rtr(rv.METRIC["gift_value"].label), *compare_gift_value_cells(t)))
                continue
            unit = rv.METRIC[t["key"]].unit
            diff_unit = "seconds" if unit in ("duration", "seconds") else unit
            rows.append((sr.rtr(rv.METRIC[t["key"]].label), sr.format_value(t["a"], unit, t["a_na"] or ""),
                         sr.format_value(t["b"], unit, t["b_na"] or ""),
                         "—" if t["diff"] is None else sr.format_value(t["diff"], diff_unit)))
        for p in cmp["products"]:
            for key, unit in (("actual_s", "duration"), ("orders", "count"), ("units", "count"), ("gmv", "fen")):
                v = p[key]
                label = f"{p['name']} ({p['sku']}) · {sr.rtr(dict(sr.ITEM_COLUMNS)[key])}"

                def fmt(x: Any, u: str = unit) -> str:
                    return "—" if x is None else sr.format_value(x, u)

                rows.append((label, fmt(v["a"]), fmt(v["b"]),
                             fmt(v["diff"], "seconds" if unit == "duration" else unit)))
        self.compare_table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                self.compare_table.setItem(r, c, _cell(text, align_right=c > 0))
