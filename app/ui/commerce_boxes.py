"""The commerce desk's three tools, one group box each: the flash sale, coupons and the lottery, with
how each shows its state (a part of CommercePanel, app/ui/commerce_panel.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import format_duration
from app.core.runsheet import format_price
from app.core.text import fill

if TYPE_CHECKING:
    class _Base(QWidget):
        """The panel's commands the boxes' buttons call (CommercePanel defines them)."""

        def run(self, cmd: str, args: dict[str, Any] | None = None) -> dict[str, Any] | None: ...
        def start_sale(self, arm_only: bool = False) -> None: ...
        def stop_sale(self, confirm: bool = True) -> None: ...
        def _coupon_cmd(self, cmd: str, args: dict[str, Any]) -> None: ...
        def draw(self, confirm: bool = True) -> None: ...
        def redraw(self) -> None: ...
        def issue_coupon(self) -> None: ...
        def open_lottery(self) -> None: ...
        def _item_chosen(self) -> None: ...
else:
    _Base = object  # a plain mixin at run time: CommercePanel is the QWidget


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



class CommerceBoxes(_Base):
    """Each tool's form and buttons (built once) and its status (shown on every change and tick)."""


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

    # ---- what each box shows ----------------------------------------------------------------------------------

    def _show_sale(self, sale: dict[str, Any] | None) -> None:
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

    def _show_coupons(self, coupons: list[dict[str, Any]]) -> None:
        selected = self.coupons.currentItem().data(Qt.ItemDataRole.UserRole) if self.coupons.currentItem() else None
        self.coupons.clear()
        coupon_statuses = {"active": self.tr("active"), "expired": self.tr("expired"), "stopped": self.tr("stopped"),
                           "claimed_out": self.tr("all claimed")}
        for c in coupons:
            off = format_price(int(c["value"])) if c["kind"] == "amount" else f"{c['value']:g}%"
            text = fill(self.tr("%1 off over %2 · %3/%4 claimed · %5 · %6"), off, format_price(c["threshold"]),
                        c["claimed"], c["quantity"], format_duration(c["time_left_s"]),
                        coupon_statuses.get(c["status"], c["status"]))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c["coupon_id"])
            self.coupons.addItem(item)
            if c["coupon_id"] == selected:
                self.coupons.setCurrentItem(item)

    def _show_lottery(self, lot: dict[str, Any] | None) -> None:
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
