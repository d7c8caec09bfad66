"""The host's screen: a teleprompter legible from three metres, calm until the clock says otherwise.

What it says is decided in app.core.host_screen (the snapshot's `host`): the web host view shows
the same dict, so the two can never disagree. This widget only places and paints: every text is
a `FitText`, the boxes are placed by hand from the window size, so no text can push another off
the screen, whatever the banners, the message or the pinned comment add. A big moment (a sale's
3-2-1, 现在回答, winners, a closing poll) takes the middle of the screen, then steps back.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QResizeEvent, QScreen, QShortcut
from PySide6.QtWidgets import QWidget

import app.core.host  # noqa: F401  (registers the host_message / host_cleared reducer steps)
from app.core.host_screen import CONTEXT, host_screen
from app.core.host_texts import over_under as over_under
from app.core.host_texts import signed as signed
from app.core.text import fill
from app.ui.fit_text import TEXT, FitText

PHASE_COLOURS = {
    "idle": "#9aa4b2", "running": "#f5f7fa", "paused": "#9aa4b2",
    "warning": "#ffb020", "danger": "#ff4d4f", "overtime": "#ff4d4f",
}
# Banner and big-moment colours by kind (text, box): the same on the web host view (host.css).
KIND_COLOURS = {
    "sale": ("#ffffff", "#c92a2a"), "coupon": ("#1a1a1a", "#ffa94d"), "lottery": ("#ffffff", "#7048e8"),
    "poll": ("#ffffff", "#1864ab"), "question": ("#1a1a1a", "#8ce99a"), "cue": ("#1a1a1a", "#ffd43b"),
    "notice": ("#f5f7fa", "#495057"),
}
BACKGROUND = "#101317"
MUTED = "#9aa4b2"
PRICE = "#ff7a45"
SALE = "#ff4d4f"
PAGE_S = 12.0  # talking points turn a page by themselves this often


def _host_tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def host_of(snap: dict[str, Any]) -> dict[str, Any]:
    """The snapshot's host screen; a hand-made snapshot without one gets it computed, its plain
    `banners` texts shown as notices."""
    if snap.get("host"):
        return dict(snap["host"])
    host = host_screen(snap, _host_tr)
    if snap.get("banners"):
        host["banners"] = [{"kind": "notice", "text": t} for t in snap["banners"]]
    return host


class HostView(QWidget):
    """A separate top-level window; `refresh` repaints it from the Studio's snapshot."""

    page_turned = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("LiveDeck — Host view"))
        self.setObjectName("HostView")
        self.setStyleSheet(f"#HostView {{ background: {BACKGROUND}; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.resize(1280, 720)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        centre = Qt.AlignmentFlag.AlignCenter

        self.show_clock = FitText(self, MUTED)
        self.time_of_day = FitText(self, TEXT, bold=True, align=centre)
        self.ends = FitText(self, MUTED, align=right)
        self.message = FitText(self, "#1a1a1a", bold=True, align=centre)
        self.product = FitText(self, TEXT, bold=True, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.encore = FitText(self, "#1a1a1a", bold=True, align=centre)
        self.cart = FitText(self, "#1a1a1a", bold=True, align=centre)
        self.price = FitText(self, PRICE, bold=True)
        self.stock = FitText(self, MUTED)
        self.time_left = FitText(self, TEXT, bold=True, align=right)
        self.phase = FitText(self, MUTED, align=right)
        self.points = FitText(self, TEXT, paged=True, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.pinned_text = FitText(self, "#fff3bf")
        self.next_up = FitText(self, MUTED)
        self.page_label = FitText(self, MUTED, align=right)
        self.moment_title = FitText(self, "#ffffff", bold=True, align=centre)
        self.moment_big = FitText(self, "#ffffff", bold=True, align=centre)
        self.moment_small = FitText(self, "#ffffff", align=centre)
        self.moment_panel = QWidget(self)  # the big moment's coloured box, under its three texts
        self.moment_panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.moment_panel.lower()
        self.banner_labels: list[FitText] = []
        self.banner_kinds: list[str] = []
        self.pinned = self.pinned_text  # the pinned comment's box (older callers and tests use this name)

        self._snap: dict[str, Any] | None = None
        self._host: dict[str, Any] = {}
        self._flash_until = 0.0
        self._message_ts: float | None = None
        self._blink = False
        self._blinker = QTimer(self)
        self._blinker.setInterval(400)
        self._blinker.timeout.connect(self._on_blink)
        self._pager = QTimer(self)
        self._pager.setInterval(int(PAGE_S * 1000))
        self._pager.timeout.connect(lambda: self.turn_page(1, by_hand=False))

        QShortcut(QKeySequence("F11"), self, self.toggle_full_screen)
        QShortcut(QKeySequence("Esc"), self, self.showNormal)
        for key in ("PgDown", "Space", "Right"):
            QShortcut(QKeySequence(key), self, lambda: self.turn_page(1))
        for key in ("PgUp", "Left"):
            QShortcut(QKeySequence(key), self, lambda: self.turn_page(-1))
        self._place()

    # ---- sizing: type and boxes scale with the window, so any second screen reads well ---------

    def unit(self) -> float:
        return max(6.0, min(self.height() / 60.0, self.width() / 100.0))

    def floor_px(self) -> int:
        """The smallest main text (points, name): 1/30 of the height, never below 20 px (3 m on a 720p TV)."""
        return int(max(20.0, self.unit() * 2.0))

    def texts(self) -> list[FitText]:
        return [self.show_clock, self.time_of_day, self.ends, self.message, self.product, self.encore, self.cart,
                self.price, self.stock, self.time_left, self.phase, self.points, self.pinned_text, self.next_up,
                self.page_label, self.moment_title, self.moment_big, self.moment_small, *self.banner_labels]

    def _put(self, label: FitText, rect: QRect, max_u: float, floor_u: float | None = None) -> None:
        u = self.unit()
        label.setGeometry(rect)
        label.set_sizes(u * max_u, self.floor_px() if floor_u is None else u * floor_u)

    @staticmethod
    def _hide(label: FitText, x: int, y: int) -> None:
        label.setGeometry(QRect(x, y, 0, 0))

    def _place(self) -> None:
        """Lay the boxes out top to bottom; the talking points get what the rest leave."""
        u, W = self.unit(), self.width()
        m, gap = int(u * 2), int(u * 0.8)
        x0, w = m, W - 2 * m
        y = int(u * 1.2)
        top_h = int(u * 3.4)
        self._put(self.show_clock, QRect(x0, y, int(w * 0.36), top_h), 2.2, 1.6)
        self._put(self.time_of_day, QRect(x0 + int(w * 0.38), y, int(w * 0.18), top_h), 3.0, 1.6)
        self._put(self.ends, QRect(x0 + int(w * 0.58), y, w - int(w * 0.58), top_h), 2.2, 1.6)
        y += top_h + gap
        if self.message.text():
            msg_h = int(u * 6)
            self._put(self.message, QRect(x0, y, w, msg_h), 4.2)
            y += msg_h + gap
        else:
            self._hide(self.message, x0, y)
        bottom = self._place_bottom(x0, w, gap)
        moment = bool(self.moment_big.text())
        middle = [self.product, self.encore, self.cart, self.price, self.stock, self.time_left, self.phase,
                  self.points, self.pinned_text, *self.banner_labels]
        if moment:
            self._place_moment(QRect(x0, y, w, max(0, bottom - y)))
            for label in middle:
                self._hide(label, x0, y)
        else:
            for label in (self.moment_title, self.moment_big, self.moment_small):
                self._hide(label, x0, y)
            self.moment_panel.setGeometry(QRect(x0, y, 0, 0))
            y = self._place_middle(x0, y, w, gap)
            y = self._place_banners(x0, y, w, gap)
            if self.pinned_text.text():
                pin_h = int(u * 6.4)
                self._put(self.pinned_text, QRect(x0, bottom - pin_h, w, pin_h), 2.6)
                bottom -= pin_h + gap
            else:
                self._hide(self.pinned_text, x0, bottom)
            self._put(self.points, QRect(x0, y, w, max(0, bottom - y)), 3.6)
        self._update_pager()
        for label in self.texts():
            label.setVisible(bool(label.text()) and label.width() > 0)

    def _place_bottom(self, x0: int, w: int, gap: int) -> int:
        u = self.unit()
        bottom = self.height() - int(u * 1.2)
        next_h = int(u * 3.2)
        self._put(self.next_up, QRect(x0, bottom - next_h, int(w * 0.8), next_h), 2.4, 1.8)
        self._put(self.page_label, QRect(x0 + int(w * 0.8), bottom - next_h, w - int(w * 0.8), next_h), 2.0, 1.6)
        return bottom - next_h - gap

    def _place_middle(self, x0: int, y: int, w: int, gap: int) -> int:
        """Product and its figures on the left, the timer on the right."""
        u = self.unit()
        mid_h, left_w, name_h = int(u * 15), int(w * 0.6), int(u * 8.6)
        self._put(self.product, QRect(x0, y, left_w, name_h), 4.2, 2.4)
        row_y = y + name_h + int(u * 0.4)
        row_h = mid_h - name_h - int(u * 0.4)
        px = x0
        for tag, width_u in ((self.encore, 7.0), (self.cart, 11.0)):
            if tag.text():
                tw = int(u * width_u)
                self._put(tag, QRect(px, row_y + int(row_h * 0.15), tw, int(row_h * 0.7)), 3.0, 1.8)
                px += tw + int(u)
            else:
                self._hide(tag, px, row_y)
        price_w = int((left_w - (px - x0)) * 0.5)
        in_sale = bool(self._host.get("in_sale"))
        self._put(self.price, QRect(px, row_y, price_w, row_h), 5.0, 2.4)
        self._put(self.stock, QRect(px + price_w + int(u), row_y, x0 + left_w - (px + price_w + int(u)), row_h),
                  4.0 if in_sale else 2.8, 1.8)  # in a live sale what is left is a main figure
        tx = x0 + left_w + int(u * 2)
        tw = x0 + w - tx
        timer_h = int(u * 11)
        self._put(self.time_left, QRect(tx, y, tw, timer_h), 10.0, 4.0)
        self._put(self.phase, QRect(tx, y + timer_h, tw, mid_h - timer_h), 2.6, 1.8)
        return y + mid_h + gap

    def _place_banners(self, x0: int, y: int, w: int, gap: int) -> int:
        shown = [b for b in self.banner_labels if b.text()]
        for b in self.banner_labels:
            if not b.text():
                self._hide(b, x0, y)
        if not shown:
            return y
        cols = 1 if len(shown) == 1 else 2
        cell_w = (w - (cols - 1) * gap) // cols
        cell_h = int(self.unit() * 4.6)
        for i, b in enumerate(shown):
            r, c = divmod(i, cols)
            self._put(b, QRect(x0 + c * (cell_w + gap), y + r * (cell_h + gap // 2), cell_w, cell_h), 2.6, 1.8)
        rows = (len(shown) + cols - 1) // cols
        return y + rows * cell_h + (rows - 1) * (gap // 2) + gap

    def _place_moment(self, box: QRect) -> None:
        """A big moment: title, the figure or words in the largest type, a line under it."""
        self.moment_panel.setGeometry(box)
        inner = box.adjusted(int(self.unit()), 0, -int(self.unit()), 0)
        title_h, small_h = int(box.height() * 0.2), int(box.height() * 0.16)
        big_h = box.height() - title_h - small_h
        self._put(self.moment_title, QRect(inner.x(), inner.y(), inner.width(), title_h), 5.0, 2.4)
        self._put(self.moment_big, QRect(inner.x(), inner.y() + title_h, inner.width(), big_h), 30.0, 4.0)
        self._put(self.moment_small, QRect(inner.x(), inner.y() + title_h + big_h, inner.width(), small_h), 3.6, 2.0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def move_to_screen(self, screen: QScreen) -> None:
        was_full = self.isFullScreen()
        self.showNormal()
        self.setScreen(screen)
        self.move(screen.availableGeometry().topLeft())
        if was_full:
            self.showFullScreen()

    @staticmethod
    def screens() -> list[QScreen]:
        return list(QGuiApplication.screens())

    # ---- paging ---------------------------------------------------------------------------------

    def turn_page(self, step: int = 1, by_hand: bool = True) -> None:
        self.points.turn(step)
        self._show_page()
        if by_hand:
            self._pager.start()  # a page turned by hand stays up for a full period
        self.page_turned.emit()

    def _show_page(self) -> None:
        n = self.points.page_count()
        self.page_label.setText(fill(self.tr("Page %1/%2 ▸"), self.points.page + 1, n) if n > 1 else "")

    def _update_pager(self) -> None:
        self._show_page()
        if self.points.page_count() > 1:
            if not self._pager.isActive():
                self._pager.start()
        else:
            self._pager.stop()

    # ---- flashing: a new message, and the timer in overtime ---------------------------------------

    def _on_blink(self) -> None:
        self._blink = not self._blink
        self._paint_states()
        if not self._blinking():
            self._blinker.stop()

    def _blinking(self) -> bool:
        overtime = self._host.get("phase") == "overtime" and self._host.get("status") == "live"
        return bool(overtime or float(self._host.get("now") or 0.0) < self._flash_until)

    # ---- content ----------------------------------------------------------------------------------

    def refresh(self, snap: dict[str, Any]) -> None:
        self._snap = snap
        host = self._host = host_of(snap)
        now = float(snap.get("now") or datetime.now().timestamp())
        host["now"] = now
        self.time_of_day.setText(datetime.fromtimestamp(now).strftime("%H:%M:%S"))
        for name in ("show_clock", "ends", "product", "encore", "cart", "price", "stock", "time_left", "points",
                     "next_up"):
            getattr(self, name).setText(str(host.get(name) or ""))
        self.phase.setText(str(host.get("phase_text") or ""))
        msg = host.get("message")
        self.message.setText(msg["text"] if msg else "")
        if msg and msg.get("ts") != self._message_ts:
            self._message_ts = msg.get("ts")
            if msg.get("flash", True) and now - float(msg.get("ts") or now) < 5:
                self._flash_until = now + 3.0
        self.pinned_text.setText(host.get("pinned") or "")
        moment = host.get("takeover") or {}
        self.moment_title.setText(str(moment.get("title", "")))
        self.moment_big.setText(str(moment.get("big", "")))
        self.moment_small.setText(str(moment.get("small", "")))
        self.set_banners([b["text"] for b in host.get("banners", [])], place=False,
                         kinds=[b["kind"] for b in host.get("banners", [])])
        self._place()
        self._paint_states()
        if self._blinking() and not self._blinker.isActive():
            self._blinker.start()

    def _paint_states(self) -> None:
        """Colours: danger is red text; overtime blinks inverted; a fresh message flashes; banners by kind."""
        host = self._host
        status = host.get("status")
        phase = host.get("phase", "idle") if status == "live" else "idle"
        now = float(host.get("now") or 0.0)
        if phase == "overtime":
            if self._blink:
                self.time_left.set_style("#ffffff", PHASE_COLOURS["overtime"])
            else:
                self.time_left.set_style(PHASE_COLOURS["overtime"], "#3a0f12")
        elif status == "draft":
            self.time_left.set_style("#69db7c")
        else:
            self.time_left.set_style(PHASE_COLOURS.get(phase, TEXT))
        self.phase.set_style("#ffffff" if phase == "overtime" else MUTED)
        flashing = now < self._flash_until and self._blink
        self.message.set_style("#1a1a1a" if not flashing else "#ffffff", "#ffd43b" if not flashing else "#e8590c")
        in_sale = bool(host.get("in_sale"))
        self.price.set_style(SALE if in_sale else PRICE, "")
        self.stock.set_style("#ffd6d6" if in_sale else ("#ff6b6b" if host.get("low_stock") else MUTED),
                             "#3a0f12" if in_sale else "")
        self.cart.set_style("#1a1a1a", "#ffa94d")
        self.encore.set_style("#ffffff", "#d6336c")
        self.pinned_text.set_style("#fff3bf", "#2b2f14")
        for b, kind in zip(self.banner_labels, self.banner_kinds, strict=False):
            b.set_style(*KIND_COLOURS.get(kind, KIND_COLOURS["notice"]))
        fg, bg = KIND_COLOURS.get(str((host.get("takeover") or {}).get("kind")), KIND_COLOURS["notice"])
        for label in (self.moment_title, self.moment_big, self.moment_small):
            label.set_style(fg)
        self.moment_panel.setStyleSheet(f"background: {bg}; border-radius: {int(self.unit())}px;")

    def set_banners(self, texts: list[str], place: bool = True, kinds: list[str] | None = None) -> None:
        while len(self.banner_labels) < len(texts):
            label = FitText(self, "#ffd6d6", bold=True)
            label.show()
            self.banner_labels.append(label)
        self.banner_kinds = list(kinds or ["notice"] * len(texts)) + ["notice"] * len(self.banner_labels)
        for label, text in zip(self.banner_labels, texts + [""] * len(self.banner_labels), strict=False):
            label.setText(text)
            label.setVisible(bool(text))
        for b, kind in zip(self.banner_labels, self.banner_kinds, strict=False):
            b.set_style(*KIND_COLOURS.get(kind, KIND_COLOURS["notice"]))
        if place:
            self._place()

    # ---- for tests and the screenshot script ----------------------------------------------------------

    def overflowing(self) -> list[str]:
        """Names of the visible texts whose glyphs leave their box or whose box leaves the window."""
        bad = []
        window = QRectF(self.rect())
        for label in self.texts():
            if not label.isVisible() or not label.text() or label.width() <= 0:
                continue
            box = QRectF(label.geometry())
            glyphs = label.text_rect().translated(box.topLeft())
            if not window.contains(box) or not box.adjusted(-1, -1, 1, 1).contains(glyphs) or label.height() == 0:
                bad.append(f"{label.text()[:20]!r} box={box} glyphs={glyphs}")
        return bad
