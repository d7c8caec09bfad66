"""The assistant's commerce desk: one flash sale, coupons and the lottery, by mouse or keys.

Every button is a Studio command (the same a Stream Deck sends). Confirmation is asked only
where a click cannot be undone: drawing the lottery and ending a sale early.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Change
from app.core.clock import format_duration
from app.core.runsheet import format_price
from app.core.text import fill
from app.studio.desk import DeskStudio
from app.ui.commands import run_command
from app.ui.feed_model import link_tag
from app.ui.subscribe import subscribe


def _spin(low: int, high: int, value: int, suffix: str = "") -> QSpinBox:
    s = QSpinBox()
    s.setRange(low, high)
    s.setValue(value)
    s.setSuffix(suffix)
    return s


def _money(value: float) -> QDoubleSpinBox:
    s = QDoubleSpinBox()
    s.setRange(0, 1_000_000)
    s.setDecimals(2)
    s.setPrefix("¥")
    s.setValue(value)
    return s


class CommercePanel(QWidget):
    message = Signal(str)

    def __init__(self, studio: DeskStudio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        big = QFont(self.font())
        big.setPointSize(big.pointSize() + 3)
        big.setBold(True)

        self._build_tabs(self._sale_box(big), self._coupon_box(), self._lottery_box(big))
        self._build_actions()
        self._on_air: int | None = None
        subscribe(studio, self, Change.SHOW | Change.RUNSHEET | Change.SALE | Change.COUPONS | Change.LOTTERY,
                  self.refresh)
        studio.tick.connect(self.refresh_clocks)
        self.refresh()

    def _sale_box(self, big: QFont) -> QGroupBox:
        # ---- flash sale ---------------------------------------------------------------------------
        self.sale_item = QComboBox()
        self.sale_price = _money(0)
        self.sale_quantity = _spin(1, 100_000, 50, self.tr(" pcs"))
        self.sale_limit = _spin(1, 99, 1)
        self.sale_countdown = _spin(10, 300, 10, self.tr(" s"))
        self.sale_minutes = _spin(1, 20, 5, self.tr(" min"))
        self.sale_status = QLabel()
        self.sale_status.setFont(big)
        self.sale_start = QPushButton(self.tr("Start flash sale"))
        self.sale_start.clicked.connect(lambda: self.start_sale())
        self.sale_arm = QPushButton(self.tr("Arm"))
        self.sale_arm.setToolTip(self.tr("Check and show it coming on the host view; Start sets it going"))
        self.sale_arm.clicked.connect(lambda: self.start_sale(arm_only=True))
        self.sale_stop = QPushButton(self.tr("End sale"))
        self.sale_stop.clicked.connect(lambda: self.stop_sale())  # not the slot itself: clicked passes False
        self.sale_item.currentIndexChanged.connect(self._item_chosen)
        stock_row = QHBoxLayout()
        for delta in (-10, -1, 1, 10):
            b = QPushButton(f"{delta:+d}")
            b.setToolTip(self.tr("Adjust the sale's remaining stock by hand"))
            b.clicked.connect(lambda _=False, d=delta: self.run("sale.adjust_stock", {"delta": d}))
            stock_row.addWidget(b)
        self.stock_buttons = stock_row
        form = QFormLayout()
        form.addRow(self.tr("Product"), self.sale_item)
        row = QHBoxLayout()
        row.addWidget(self.sale_price)
        row.addWidget(self.sale_quantity)
        row.addWidget(QLabel(self.tr("limit")))
        row.addWidget(self.sale_limit)
        form.addRow(self.tr("Deal price"), row)
        row = QHBoxLayout()
        row.addWidget(self.sale_countdown)
        row.addWidget(QLabel(self.tr("then")))
        row.addWidget(self.sale_minutes)
        form.addRow(self.tr("Countdown"), row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sale_arm, 1)
        buttons.addWidget(self.sale_start, 2)
        buttons.addWidget(self.sale_stop, 1)
        stock_line = QHBoxLayout()
        stock_line.addWidget(QLabel(self.tr("Sale stock")))
        stock_line.addStretch(1)
        stock_line.addLayout(stock_row)
        sale_box = QGroupBox(self.tr("Flash sale (秒杀)"))
        v = QVBoxLayout(sale_box)
        v.addLayout(form)
        v.addWidget(self.sale_status)
        v.addLayout(buttons)
        v.addLayout(stock_line)
        return sale_box

    def _coupon_box(self) -> QGroupBox:
        # ---- coupons ---------------------------------------------------------------------------------
        self.coupon_kind = QComboBox()
        self.coupon_kind.addItem(self.tr("¥ off"), "amount")
        self.coupon_kind.addItem(self.tr("% off"), "percent")
        self.coupon_value = QDoubleSpinBox()
        self.coupon_value.setRange(0.01, 100_000)
        self.coupon_value.setValue(30)
        self.coupon_threshold = _money(199)
        self.coupon_quantity = _spin(1, 1_000_000, 200, self.tr(" pcs"))
        self.coupon_per_user = _spin(1, 99, 1)
        self.coupon_minutes = _spin(1, 1440, 10, self.tr(" min"))
        self.coupon_issue = QPushButton(self.tr("Issue coupon"))
        self.coupon_issue.clicked.connect(self.issue_coupon)
        self.coupons = QListWidget()
        self.coupons.setMaximumHeight(90)
        claim = QPushButton(self.tr("+1 claimed"))
        claim.clicked.connect(lambda: self._coupon_cmd("coupon.claim", {"count": 1}))
        stop = QPushButton(self.tr("Stop coupon"))
        stop.clicked.connect(lambda: self._coupon_cmd("coupon.stop", {}))
        row1 = QHBoxLayout()
        widgets1: list[QWidget] = [self.coupon_kind, self.coupon_value, QLabel(self.tr("over")), self.coupon_threshold]
        for w in widgets1:
            row1.addWidget(w)
        row2 = QHBoxLayout()
        widgets2: list[QWidget] = [self.coupon_quantity, QLabel(self.tr("per viewer")), self.coupon_per_user,
                                   self.coupon_minutes, self.coupon_issue]
        for w in widgets2:
            row2.addWidget(w)
        row3 = QHBoxLayout()
        row3.addWidget(claim)
        row3.addWidget(stop)
        row3.addStretch(1)
        coupon_box = QGroupBox(self.tr("Coupons"))
        v = QVBoxLayout(coupon_box)
        v.addLayout(row1)
        v.addLayout(row2)
        v.addWidget(self.coupons)
        v.addLayout(row3)
        return coupon_box

    def _lottery_box(self, big: QFont) -> QGroupBox:
        # ---- lottery ---------------------------------------------------------------------------------
        self.lot_prize = QLineEdit()
        self.lot_prize.setPlaceholderText(self.tr("Prize, e.g. 羊绒围巾"))
        self.lot_winners = _spin(1, 100, 3)
        self.lot_keyword = QLineEdit("福袋")
        self.lot_match = QComboBox()
        self.lot_match.addItem(self.tr("contains"), "contains")
        self.lot_match.addItem(self.tr("exactly"), "exact")
        self.lot_minutes = _spin(1, 60, 3, self.tr(" min"))
        self.lot_followers = QCheckBox(self.tr("followers only"))
        self.lot_fans = _spin(0, 50, 0)
        self.lot_fans.setPrefix(self.tr("fan level ≥ "))
        self.lot_exclude = QCheckBox(self.tr("exclude earlier winners"))
        self.lot_exclude.setChecked(True)
        self.lot_open = QPushButton(self.tr("Open lottery"))
        self.lot_open.clicked.connect(self.open_lottery)
        self.lot_close = QPushButton(self.tr("Close entries"))
        self.lot_close.clicked.connect(lambda: self.run("lottery.close"))
        self.lot_draw = QPushButton(self.tr("Draw"))
        self.lot_draw.clicked.connect(lambda: self.draw())  # ditto: `checked` would land in `confirm`
        self.lot_redraw = QPushButton(self.tr("Re-draw selected…"))
        self.lot_redraw.clicked.connect(self.redraw)
        self.lot_status = QLabel()
        self.lot_status.setFont(big)
        self.lot_proof = QLabel()
        self.lot_proof.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lot_winners_list = QListWidget()
        self.lot_winners_list.setMaximumHeight(80)
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.lot_prize, 3)
        row.addWidget(self.lot_winners, 1)
        form.addRow(self.tr("Prize, winners"), row)
        row = QHBoxLayout()
        row.addWidget(self.lot_keyword, 2)
        row.addWidget(self.lot_match, 1)
        row.addWidget(self.lot_minutes, 1)
        form.addRow(self.tr("Keyword (口令)"), row)
        row = QHBoxLayout()
        row.addWidget(self.lot_followers)
        row.addWidget(self.lot_fans)
        row.addWidget(self.lot_exclude)
        form.addRow("", row)
        buttons = QHBoxLayout()
        for b in (self.lot_open, self.lot_close, self.lot_draw, self.lot_redraw):
            buttons.addWidget(b)
        lot_box = QGroupBox(self.tr("Lottery (福袋)"))
        v = QVBoxLayout(lot_box)
        v.addLayout(form)
        v.addWidget(self.lot_status)
        v.addWidget(self.lot_proof)
        v.addLayout(buttons)
        v.addWidget(self.lot_winners_list)
        return lot_box

    def _build_tabs(self, sale_box: QGroupBox, coupon_box: QGroupBox, lot_box: QGroupBox) -> None:
        # One tab each, so the desk fits a 768-pixel screen; a tab's title says when something runs.
        self.tabs = QTabWidget()
        self.tab_titles = [sale_box.title(), coupon_box.title(), lot_box.title()]
        for box, title in zip((sale_box, coupon_box, lot_box), self.tab_titles, strict=True):
            box.setTitle("")
            box.setFlat(True)
            page = QWidget()
            v = QVBoxLayout(page)
            v.setContentsMargins(2, 2, 2, 2)
            v.addWidget(box)
            v.addStretch(1)
            self.tabs.addTab(page, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _build_actions(self) -> None:
        # The same buttons as menu actions with keys (the main window's Commerce menu lists them).
        self.action_map: dict[str, QAction] = {}
        for key, button, shortcut in (("sale_arm", self.sale_arm, ""), ("sale_start", self.sale_start, "Ctrl+Shift+S"),
                                      ("sale_stop", self.sale_stop, ""),
                                      ("coupon_issue", self.coupon_issue, "Ctrl+Shift+C"),
                                      ("lot_open", self.lot_open, "Ctrl+Shift+L"), ("lot_close", self.lot_close, ""),
                                      ("lot_draw", self.lot_draw, "Ctrl+Shift+D")):
            action = QAction(button.text().replace("&", "&&"), self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                tip = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
                button.setToolTip(f"{button.toolTip()} ({tip})" if button.toolTip() else tip)
            action.triggered.connect(button.click)
            self.addAction(action)
            self.action_map[key] = action

    # ---- commands ------------------------------------------------------------------------------------

    def run(self, cmd: str, args: dict[str, Any] | None = None) -> dict[str, Any] | None:
        return run_command(self.studio, cmd, args, self.message.emit)

    def _item_chosen(self) -> None:
        seg = self.studio.state.segment(self.sale_item.currentData() or -1)
        if seg is not None:
            self.sale_price.setValue(round(seg.live_price * 0.8 / 100, 0) if seg.live_price else 0)
            self.sale_quantity.setValue(max(1, min(seg.stock, 50)))

    def start_sale(self, arm_only: bool = False) -> None:
        sale = self.studio.snapshot()["sale"]
        if not arm_only and sale and sale["status"] == "armed" and sale["item_id"] == self.sale_item.currentData():
            self.run("sale.start")  # go with the armed terms
            return
        terms = {"item_id": self.sale_item.currentData(), "price": self.sale_price.value(),
                 "quantity": self.sale_quantity.value(), "per_buyer_limit": self.sale_limit.value(),
                 "countdown_s": self.sale_countdown.value(), "duration_s": self.sale_minutes.value() * 60}
        self.run("sale.arm" if arm_only else "sale.start", terms)

    def stop_sale(self, confirm: bool = True) -> None:
        if confirm and QMessageBox.question(self, self.tr("End sale"), self.tr(
                "End the flash sale now? Viewers can no longer buy at the deal price.")) \
                != QMessageBox.StandardButton.Yes:
            return
        self.run("sale.stop")

    def issue_coupon(self) -> None:
        kind = self.coupon_kind.currentData()
        self.run("coupon.issue", {kind: self.coupon_value.value(), "threshold": self.coupon_threshold.value(),
                                  "quantity": self.coupon_quantity.value(),
                                  "per_user_limit": self.coupon_per_user.value(),
                                  "valid_s": self.coupon_minutes.value() * 60})

    def _coupon_cmd(self, cmd: str, args: dict[str, Any]) -> None:
        item = self.coupons.currentItem() or (self.coupons.item(0) if self.coupons.count() else None)
        if item is None:
            self.message.emit(self.tr("No coupon selected"))
            return
        self.run(cmd, {"coupon_id": item.data(Qt.ItemDataRole.UserRole), **args})

    def open_lottery(self) -> None:
        self.run("lottery.open", {"prize": self.lot_prize.text(), "winners": self.lot_winners.value(),
                                  "keyword": self.lot_keyword.text(), "match": self.lot_match.currentData(),
                                  "duration_s": self.lot_minutes.value() * 60,
                                  "followers_only": self.lot_followers.isChecked(),
                                  "min_fans_level": self.lot_fans.value(),
                                  "exclude_previous_winners": self.lot_exclude.isChecked()})

    def draw(self, confirm: bool = True) -> None:
        lot = self.studio.snapshot()["lottery"]
        if not lot or lot["status"] not in ("open", "closed"):
            self.message.emit(self.tr("No lottery to draw"))
            return
        if confirm and QMessageBox.question(self, self.tr("Draw"), fill(self.tr(
                "Draw %1 winners now? Entries close and the result is final."), lot["winners_n"])) \
                != QMessageBox.StandardButton.Yes:
            return
        self.run("lottery.draw")

    def redraw(self) -> None:
        item = self.lot_winners_list.currentItem()
        if item is None:
            self.message.emit(self.tr("Select the winner to replace"))
            return
        reason, ok = QInputDialog.getText(self, self.tr("Re-draw"), self.tr("Why is this prize drawn again?"),
                                          text=self.tr("not claimed within 48 hours"))
        if ok and reason.strip():
            self.run("lottery.redraw", {"user_id": item.data(Qt.ItemDataRole.UserRole), "reason": reason.strip()})

    # ---- what the panel shows ------------------------------------------------------------------------------

    def refresh(self) -> None:
        st = self.studio.state
        live = st.status == "live"
        current = self.sale_item.currentData()
        on_air = st.current.item_id if st.current else None
        if on_air != self._on_air:  # a new item is on air: the sale form follows it
            self._on_air, current = on_air, None
        self.sale_item.blockSignals(True)  # rebuilding the list is no choice by the assistant
        self.sale_item.clear()
        stock_word = self.tr("stock")
        for seg in st.segments:  # by the cart link viewers say, not the run position
            label = f"{link_tag(seg.cart_no, seg.name, 40)} · {format_price(seg.live_price)} · {stock_word} {seg.stock}"
            self.sale_item.addItem(label, seg.item_id)
        want = current if current is not None else (st.current.item_id if st.current else None)
        self.sale_item.setCurrentIndex(max(0, self.sale_item.findData(want)))
        self.sale_item.blockSignals(False)
        if current is None:
            self._item_chosen()
        for w in (self.sale_arm, self.sale_start, self.coupon_issue, self.lot_open):
            w.setEnabled(live)
        self.refresh_clocks()

    def _sync_actions(self) -> None:
        buttons = {"sale_arm": self.sale_arm, "sale_start": self.sale_start, "sale_stop": self.sale_stop,
                   "coupon_issue": self.coupon_issue, "lot_open": self.lot_open, "lot_close": self.lot_close,
                   "lot_draw": self.lot_draw}
        for key, button in buttons.items():
            self.action_map[key].setEnabled(button.isEnabled())

    def refresh_clocks(self) -> None:
        self._refresh_clocks()
        self._sync_actions()
        snap = self.studio.snapshot()
        sale, lot = snap["sale"], snap["lottery"]
        running = [bool(sale and sale["status"] in ("armed", "countdown", "live")),
                   any(c["status"] == "active" for c in snap["coupons"]),
                   bool(lot and lot["status"] in ("open", "closed"))]
        for i, (title, on) in enumerate(zip(self.tab_titles, running, strict=True)):
            self.tabs.setTabText(i, f"● {title}" if on else title)

    def _refresh_clocks(self) -> None:
        snap = self.studio.snapshot()
        sale = snap["sale"]
        running = bool(sale and sale["status"] in ("armed", "countdown", "live"))
        self.sale_stop.setEnabled(running)
        for i in range(self.stock_buttons.count()):
            layout_item = self.stock_buttons.itemAt(i)
            button = layout_item.widget() if layout_item is not None else None
            if button is not None:
                button.setEnabled(running)
        if not sale:
            self.sale_status.setText(self.tr("No flash sale yet"))
        elif sale["status"] == "armed":
            self.sale_status.setText(fill(self.tr("Armed: %1 %2 × %3 · press Start"), sale["name"],
                                          format_price(sale["price"]), sale["quantity"]))
        elif sale["status"] == "countdown":
            self.sale_status.setText(fill(self.tr("%1 %2 · starts in %3"), sale["name"], format_price(sale["price"]),
                                          format_duration(sale["countdown_left_s"])))
        elif sale["status"] == "live":
            self.sale_status.setText(fill(self.tr("LIVE %1 · %2 left of %3 · %4"), format_price(sale["price"]),
                                          sale["remaining"], sale["quantity"], format_duration(sale["time_left_s"])))
        else:
            reasons = {"sold_out": self.tr("Sold out · %1 sold"), "time_up": self.tr("Time up · %1 sold"),
                       "stopped": self.tr("Stopped by hand · %1 sold")}
            self.sale_status.setText(fill(reasons.get(sale["end_reason"], self.tr("Ended · %1 sold")), sale["sold"]))
        selected = self.coupons.currentItem().data(Qt.ItemDataRole.UserRole) if self.coupons.currentItem() else None
        self.coupons.clear()
        coupon_statuses = {"active": self.tr("active"), "expired": self.tr("expired"), "stopped": self.tr("stopped"),
                           "claimed_out": self.tr("all claimed")}
        for c in snap["coupons"]:
            off = format_price(int(c["value"])) if c["kind"] == "amount" else f"{c['value']:g}%"
            text = fill(self.tr("%1 off over %2 · %3/%4 claimed · %5 · %6"), off, format_price(c["threshold"]),
                        c["claimed"], c["quantity"], format_duration(c["time_left_s"]),
                        coupon_statuses.get(c["status"], c["status"]))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c["coupon_id"])
            self.coupons.addItem(item)
            if c["coupon_id"] == selected:
                self.coupons.setCurrentItem(item)
        lot = snap["lottery"]
        self.lot_close.setEnabled(bool(lot and lot["status"] == "open"))
        self.lot_draw.setEnabled(bool(lot and lot["status"] in ("open", "closed")))
        self.lot_redraw.setEnabled(bool(lot and lot["status"] == "drawn"))
        if not lot:
            self.lot_status.setText(self.tr("No lottery yet"))
            self.lot_proof.setText("")
            return
        statuses = {"open": self.tr("open"), "closed": self.tr("entries closed"), "drawn": self.tr("drawn")}
        self.lot_status.setText(fill(self.tr("%1 · %2 · %3 entered"), lot["prize"], statuses[lot["status"]],
                                     lot["entrants"]))
        proof = fill(self.tr("Commitment %1…"), lot["commitment"][:16])
        if lot.get("seed"):
            proof += " · " + fill(self.tr("seed %1…"), lot["seed"][:16])
        self.lot_proof.setText(proof)
        self.lot_proof.setToolTip(f"commitment {lot['commitment']}\nseed {lot.get('seed') or '(sealed)'}")
        keys = [w["key"] for w in lot["winners"]]
        if [self.lot_winners_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.lot_winners_list.count())] != keys:
            self.lot_winners_list.clear()
            for w in lot["winners"]:
                item = QListWidgetItem(f"🎉 {w['name']}  ({w['key']})")
                item.setData(Qt.ItemDataRole.UserRole, w["key"])
                self.lot_winners_list.addItem(item)
