"""The marketing plan on the desk: when a cue imported from the plan sheet (福袋 / 发券 / 秒杀) is
due, a button over the commerce tabs says so, and one click sets the lottery, coupon or flash
sale up with the plan's values (the 场控 then opens, issues or starts it as usual). And the phrase
sheet's lines as host-message presets."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QComboBox, QPushButton, QSizePolicy

from app.core.changes import Change
from app.core.host import MAX_MESSAGE_CHARS, STOCK_LINES
from app.core.host_screen import CUE_BANNER_S
from app.core.plan_cues import plan_action
from app.core.sheet_values import cart_numbers
from app.core.text import fill
from app.studio.desk import DeskStudio
from app.ui.commerce_panel import CommercePanel
from app.ui.subscribe import subscribe

PROMPT_S = max(CUE_BANNER_S, 120.0)  # the prompt stays up two minutes: the 场控 may be busy


class CuePrompt(QPushButton):
    """Shown while a plan cue is due; clicking fills the matching commerce form."""

    def __init__(self, studio: DeskStudio, commerce: CommercePanel) -> None:
        super().__init__()
        self.studio, self.commerce = studio, commerce
        self.action: dict[str, Any] | None = None
        self.setStyleSheet("QPushButton { background: #fff3bf; border: 2px solid #f59f00; font-weight: bold;"
                           " padding: 6px; text-align: left; }")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.clicked.connect(self.set_up)
        self.hide()
        subscribe(studio, self, Change.SHOW | Change.TIMER, self.refresh)  # a cue fires with the timer
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(1000)

    def refresh(self) -> None:
        cue = self.studio.state.last_cue
        action = plan_action(str(cue["text"])) if cue else None
        fresh = cue is not None and self.studio.clock.now() - float(cue["at"]) < PROMPT_S
        if action is None or not fresh:
            self.action = None
            self.hide()
            return
        self.action = action
        assert cue is not None
        text = str(cue["text"])
        self.setText(fill(self.tr("⏰ Plan: %1 — click to set it up"), text if len(text) <= 48 else text[:47] + "…"))
        self.setToolTip(text)
        self.show()

    def set_up(self) -> None:
        """Fill the form of the cue's kind and show its tab."""
        action = self.action
        if action is None:
            return
        c = self.commerce
        if action["kind"] == "lottery":
            c.lot_prize.setText(action["prize"])
            c.lot_winners.setValue(max(1, min(100, action["winners"])))
            if action["keyword"]:
                c.lot_keyword.setText(action["keyword"])
            if action["duration_s"]:
                c.lot_minutes.setValue(max(1, min(60, round(action["duration_s"] / 60))))
            c.tabs.setCurrentIndex(2)
            c.lot_open.setFocus()
        elif action["kind"] == "coupon":
            c.coupon_kind.setCurrentIndex(max(0, c.coupon_kind.findData("amount")))
            if action["amount"]:
                c.coupon_value.setValue(action["amount"])
            c.coupon_threshold.setValue(action["threshold"])
            if action["quantity"]:
                c.coupon_quantity.setValue(action["quantity"])
            c.tabs.setCurrentIndex(1)
            c.coupon_issue.setFocus()
        else:
            self._set_up_sale(action)
        self.hide()

    def _set_up_sale(self, action: dict[str, Any]) -> None:
        c = self.commerce
        wanted = cart_numbers(action["cart_no"])
        for i in range(c.sale_item.count()):
            seg = self.studio.state.segment(c.sale_item.itemData(i) or -1)
            if seg is not None and wanted and cart_numbers(seg.cart_no)[:1] == wanted[:1]:
                c.sale_item.setCurrentIndex(i)
                break
        if action["price"] is not None:
            c.sale_price.setValue(action["price"])
        if action["quantity"]:
            c.sale_quantity.setValue(action["quantity"])
        if action["countdown_s"]:
            c.sale_countdown.setValue(max(10, min(300, action["countdown_s"])))
        c.tabs.setCurrentIndex(0)
        c.sale_arm.setFocus()


# ---- the phrase sheet (口令 → 场控屏显示文案) as host-message presets -----------------------------------

PRESETS_GROUP = "host_presets"


def remember_presets(show_id: int, texts: list[str], settings: QSettings | None = None) -> None:
    """Keep an imported phrase list for this show (the desk offers it beside the stock lines)."""
    settings = settings or QSettings("LiveDeck", "LiveDeck")
    old = presets_of(show_id, settings)
    settings.setValue(f"{PRESETS_GROUP}/{show_id}", json.dumps(old + [t for t in texts if t not in old],
                                                                ensure_ascii=False))


def presets_of(show_id: int, settings: QSettings | None = None) -> list[str]:
    settings = settings or QSettings("LiveDeck", "LiveDeck")
    try:
        value = json.loads(str(settings.value(f"{PRESETS_GROUP}/{show_id}", "") or "[]"))
    except ValueError:
        return []
    return [str(v)[:MAX_MESSAGE_CHARS] for v in value] if isinstance(value, list) else []


def offer_presets(combo: QComboBox, texts: list[str]) -> None:
    """The stock lines first, then the show's own phrases (no repeats)."""
    current = combo.currentText()
    combo.clear()
    combo.addItems(list(STOCK_LINES) + [t for t in texts if t not in STOCK_LINES])
    combo.setCurrentText(current)
