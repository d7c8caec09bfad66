"""The assistant's commerce desk: one flash sale, coupons and the lottery, by mouse or keys.

Every button is a Studio command (the same a Stream Deck sends). Confirmation is asked only
where a click cannot be undone: drawing the lottery and ending a sale early.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QInputDialog,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Change
from app.core.sales import stock_left
from app.core.text import fill
from app.studio.desk import DeskStudio
from app.ui.commands import run_command
from app.ui.commerce_boxes import CommerceBoxes
from app.ui.item_choice import ItemChoiceModel, sale_choice_text
from app.ui.subscribe import subscribe


class CommercePanel(CommerceBoxes, QWidget):
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
        stock_word = self.tr("stock")  # the sale's item chooser, one line per item:
        self._left: dict[int, int] = {}  # item id → stock left after the orders so far, where known
        self.choices = ItemChoiceModel(lambda seg: sale_choice_text(seg, stock_word, self._left.get(seg.item_id)))
        self.sale_item.setModel(self.choices)
        subscribe(studio, self, Change.SHOW | Change.RUNSHEET, self.refresh)  # the product list, live or not
        subscribe(studio, self, Change.SHOW | Change.SALE | Change.COUPONS | Change.LOTTERY, self.refresh_clocks)
        studio.tick.connect(self.refresh_clocks)
        self.refresh()
        self.refresh_clocks()

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
        """The form's starting terms: 80% of the live price, and at most 50 of what is left after
        the orders so far (the planned stock offered a second 秒杀 units already sold: refused on arm)."""
        seg = self.studio.state.segment(self.sale_item.currentData() or -1)
        if seg is not None:
            left = stock_left(self.studio.snapshot(), seg.item_id)[0]
            left = seg.stock if left is None else left
            self.sale_price.setValue(round(seg.live_price * 0.8 / 100, 0) if seg.live_price else 0)
            self.sale_quantity.setValue(max(1, min(50 if left is None else left, 50)))

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
        self.sale_item.blockSignals(True)  # following the run-sheet is no choice by the assistant
        self._follow_stock(self.studio.snapshot())  # a planned stock edited moves what is left
        reset = self.choices.sync(st.segments)  # an edit repaints its line; the list is not refilled
        want = current if current is not None else on_air
        if reset or current is None:
            self.sale_item.setCurrentIndex(max(0, self.choices.row_of(want)))
        self.sale_item.blockSignals(False)
        if current is None:
            self._item_chosen()
        for w in (self.sale_arm, self.sale_start, self.coupon_issue, self.lot_open):
            w.setEnabled(live)
        self._sync_actions()

    def _follow_stock(self, snap: dict[str, Any]) -> None:
        """The chooser's stock is what is left (a second 秒杀 is set by it), repainted where it moved."""
        left = {r["item_id"]: int(r["stock_left"]) for r in (snap.get("sales") or {}).get("items", [])
                if r.get("stock_left") is not None}
        if left != self._left:
            moved = {i for i in left.keys() | self._left.keys() if left.get(i) != self._left.get(i)}
            self._left = left
            self.choices.relabel(moved)

    def _sync_actions(self) -> None:
        buttons = {"sale_arm": self.sale_arm, "sale_start": self.sale_start, "sale_stop": self.sale_stop,
                   "coupon_issue": self.coupon_issue, "lot_open": self.lot_open, "lot_close": self.lot_close,
                   "lot_draw": self.lot_draw}
        for key, button in buttons.items():
            self.action_map[key].setEnabled(button.isEnabled())

    def refresh_clocks(self) -> None:
        """Each tool's status and clock (every tick while live), the actions' state and the tabs' ● marks."""
        snap = self.studio.snapshot()
        self._follow_stock(snap)
        sale, lot = snap["sale"], snap["lottery"]
        self._show_sale(sale)
        self._show_coupons(snap["coupons"])
        self._show_lottery(lot)
        self._sync_actions()
        running = [bool(sale and sale["status"] in ("armed", "countdown", "live")),
                   any(c["status"] == "active" for c in snap["coupons"]),
                   bool(lot and lot["status"] in ("open", "closed"))]
        for i, (title, on) in enumerate(zip(self.tab_titles, running, strict=True)):
            self.tabs.setTabText(i, f"● {title}" if on else title)
