"""The host's screen: a teleprompter legible from three metres, calm until the clock says otherwise.

Every piece of text is a `FitText`: it picks the largest size that fits its box, never below a
floor that still reads at three metres, and then pages (talking points) or ends with "…"
(everything else). The boxes are placed by hand from the window size, so no text can push
another off the screen, whatever the banners, the message or the pinned comment add.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QScreen,
    QShortcut,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QWidget

import app.core.host  # noqa: F401  (registers the host_message / host_cleared reducer steps)
from app.core.clock import format_duration
from app.core.runsheet import format_price
from app.core.sales import stock_left
from app.core.text import fill

PHASE_COLOURS = {
    "idle": "#9aa4b2", "running": "#f5f7fa", "paused": "#9aa4b2",
    "warning": "#ffb020", "danger": "#ff4d4f", "overtime": "#ff4d4f",
}
BACKGROUND = "#101317"
TEXT = "#f5f7fa"
MUTED = "#9aa4b2"
PRICE = "#ff7a45"
SALE = "#ff4d4f"
PAGE_S = 12.0  # talking points turn a page by themselves this often


def _clock(ts: float | None) -> str:
    return "--:--" if ts is None else datetime.fromtimestamp(ts).strftime("%H:%M")


def over_under(seconds: float) -> str:
    """Ahead of or behind the plan: "+7:00" over, "−5:00" under, "0:00" on time."""
    if abs(seconds) < 1:
        return "0:00"
    return ("+" if seconds > 0 else "−") + format_duration(abs(seconds))


def signed(seconds: float) -> str:
    """Time left as "4:12", time over as "+1:16": the sign reads the same running or paused."""
    return ("+" + format_duration(-seconds)) if seconds < 0 else format_duration(seconds)


class FitText(QWidget):
    """Text that never leaves its box: shrink from `max_px` to `floor_px`, then page or elide."""

    def __init__(self, parent: QWidget, colour: str = TEXT, bold: bool = False, paged: bool = False,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter) -> None:
        super().__init__(parent)
        self.colour = colour
        self.background = ""
        self.bold = bold
        self.paged = paged
        self.align = align
        self.max_px = 24
        self.floor_px = 16
        self._text = ""
        self.page = 0
        self.pages: list[tuple[int, int]] = [(0, 0)]  # (first line, line count) per page
        self.layout_: QTextLayout | None = None
        self.font_px = 0
        self.elided = False
        self._laid_for: tuple[object, ...] = ()

    # ---- what to show --------------------------------------------------------------------------

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.page = 0
            self._relayout()

    def set_style(self, colour: str, background: str = "") -> None:
        if (colour, background) != (self.colour, self.background):
            padded = bool(self.background) != bool(background)
            self.colour, self.background = colour, background
            if padded:  # the padding inside a coloured box changes the room for the text
                self._relayout()
            self.update()

    def set_sizes(self, max_px: float, floor_px: float) -> None:
        self.max_px, self.floor_px = max(6, int(max_px)), max(6, int(min(floor_px, max_px)))
        if self._key() != self._laid_for:  # the host view re-places every tick: fit again only on a change
            self._relayout()

    def _key(self) -> tuple[object, ...]:
        return (self.width(), self.height(), self.max_px, self.floor_px, self._text, bool(self.background))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    # ---- fitting ---------------------------------------------------------------------------------

    def _box(self) -> QRectF:
        pad = self.font_px * 0.35 if self.background else 0.0
        return QRectF(self.rect()).adjusted(pad, 0, -pad, 0)

    def _font(self, px: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(px)
        font.setBold(self.bold)
        return font

    def _lay(self, text: str, px: int, width: float) -> tuple[QTextLayout, list[float]]:
        """Lay the text out in lines of `width` at `px`; return the layout and each line's bottom."""
        lay = QTextLayout(text.replace("\n", "\u2028"), self._font(px))
        option = QTextOption(self.align & Qt.AlignmentFlag.AlignHorizontal_Mask)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        lay.setTextOption(option)
        bottoms: list[float] = []
        y = 0.0
        lay.beginLayout()
        while True:
            line = lay.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1.0, width))
            line.setPosition(QPointF(0, y))
            y += line.height()
            bottoms.append(y)
        lay.endLayout()
        return lay, bottoms

    def _relayout(self) -> None:
        self._laid_for = self._key()
        self.elided = False
        if self.width() <= 0 or self.height() <= 0:
            self.layout_ = None
            return
        self.font_px = self.max_px
        box = self._box()
        w, h = box.width(), box.height()
        lo, hi = self.floor_px, self.max_px
        best: tuple[QTextLayout, list[float]] | None = None
        chosen = self.floor_px
        while lo <= hi:  # the largest size whose lines all fit the box
            mid = (lo + hi) // 2
            self.font_px = mid
            lay, bottoms = self._lay(self._text, mid, self._box().width())
            if not bottoms or bottoms[-1] <= h:
                best, lo = (lay, bottoms), mid + 1
                chosen = mid
            else:
                hi = mid - 1
        if best is not None:
            self.font_px = chosen
            self.layout_, bottoms = best
            self.pages = [(0, len(bottoms))]
        else:
            self.font_px = self.floor_px
            lay, bottoms = self._lay(self._text, self.floor_px, w)
            per_page = max(1, sum(1 for b in bottoms if b <= h) if bottoms else 1)
            if self.paged:
                self.layout_ = lay
                self.pages = [(i, min(per_page, len(bottoms) - i)) for i in range(0, len(bottoms), per_page)]
            else:  # keep the lines that fit, the last one ending in "…"
                keep = lay.lineAt(per_page - 1)
                head = self._text.replace("\n", "\u2028")[:keep.textStart()]
                rest = self._text.replace("\n", " ")[keep.textStart():]
                fm = QFontMetricsF(self._font(self.floor_px))
                tail = fm.elidedText(rest, Qt.TextElideMode.ElideRight, w - 2)
                self.layout_, bottoms = self._lay(head + tail, self.floor_px, w)
                self.pages = [(0, min(per_page, len(bottoms)))]
                self.elided = True
        self.page = min(self.page, len(self.pages) - 1)
        self.update()

    def page_count(self) -> int:
        return len(self.pages)

    def turn(self, step: int = 1) -> None:
        """Next (or previous) page, wrapping round."""
        if len(self.pages) > 1:
            self.page = (self.page + step) % len(self.pages)
            self.update()

    def text_rect(self) -> QRectF:
        """Where the glyphs of the page on screen are painted, in this widget's coordinates."""
        lay = self.layout_
        if lay is None or not self._text:
            return QRectF()
        first, count = self.pages[self.page]
        rect = QRectF()
        for i in range(first, first + count):
            rect = rect.united(lay.lineAt(i).naturalTextRect())
        return rect.translated(self._offset())

    def _offset(self) -> QPointF:
        lay = self.layout_
        box = self._box()
        if lay is None:
            return box.topLeft()
        first, count = self.pages[self.page]
        last = lay.lineAt(first + count - 1)
        used = last.y() + last.height() - lay.lineAt(first).y()
        dy = 0.0
        if self.align & Qt.AlignmentFlag.AlignVCenter:
            dy = max(0.0, (box.height() - used) / 2)
        elif self.align & Qt.AlignmentFlag.AlignBottom:
            dy = max(0.0, box.height() - used)
        return QPointF(box.left(), box.top() + dy - lay.lineAt(first).y())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.background and self._text:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.background))
            radius = min(self.height() / 4, 14)
            painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        lay = self.layout_
        if lay is None or not self._text:
            return
        painter.setPen(QColor(self.colour))
        painter.setClipRect(self.rect())
        first, count = self.pages[self.page]
        offset = self._offset()
        for i in range(first, first + count):
            lay.lineAt(i).draw(painter, offset)


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
        self.cart = FitText(self, "#1a1a1a", bold=True, align=centre)
        self.price = FitText(self, PRICE, bold=True)
        self.stock = FitText(self, MUTED)
        self.time_left = FitText(self, TEXT, bold=True, align=right)
        self.phase = FitText(self, MUTED, align=right)
        self.points = FitText(self, TEXT, paged=True, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.pinned_text = FitText(self, "#fff3bf")
        self.next_up = FitText(self, MUTED)
        self.page_label = FitText(self, MUTED, align=right)
        self.banner_labels: list[FitText] = []
        self.pinned = self.pinned_text  # the pinned comment's box (older callers and tests use this name)

        self._snap: dict[str, Any] | None = None
        self._in_sale = False
        self._low_stock = False  # 库存告急: under 10 left of the item on air
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
        return [self.show_clock, self.time_of_day, self.ends, self.message, self.product, self.cart, self.price,
                self.stock, self.time_left, self.phase, self.points, self.pinned_text, self.next_up,
                self.page_label, *self.banner_labels]

    def _place(self) -> None:
        """Lay the boxes out top to bottom; the talking points get what the rest leave."""
        u = self.unit()
        floor = self.floor_px()
        W, H = self.width(), self.height()
        m = int(u * 2)
        gap = int(u * 0.8)
        x0, w = m, W - 2 * m
        y = int(u * 1.2)

        def put(label: FitText, rect: QRect, max_u: float, floor_u: float | None = None) -> None:
            label.setGeometry(rect)
            label.set_sizes(u * max_u, floor if floor_u is None else u * floor_u)

        top_h = int(u * 3.4)
        put(self.show_clock, QRect(x0, y, int(w * 0.36), top_h), 2.2, 1.6)
        put(self.time_of_day, QRect(x0 + int(w * 0.38), y, int(w * 0.18), top_h), 3.0, 1.6)
        put(self.ends, QRect(x0 + int(w * 0.58), y, w - int(w * 0.58), top_h), 2.2, 1.6)
        y += top_h + gap

        if self.message.text():
            msg_h = int(u * 6)
            put(self.message, QRect(x0, y, w, msg_h), 4.2)
            y += msg_h + gap
        else:
            self.message.setGeometry(QRect(x0, y, w, 0))

        # The middle: product and its figures on the left, the timer on the right.
        mid_h = int(u * 15)
        left_w = int(w * 0.6)
        name_h = int(u * 8.6)
        put(self.product, QRect(x0, y, left_w, name_h), 4.2, 2.4)
        row_y = y + name_h + int(u * 0.4)
        row_h = mid_h - name_h - int(u * 0.4)
        cart_w = int(u * 11) if self.cart.text() else 0
        if cart_w:
            put(self.cart, QRect(x0, row_y + int(row_h * 0.15), cart_w, int(row_h * 0.7)), 3.0, 1.8)
        else:
            self.cart.setGeometry(QRect(x0, row_y, 0, 0))
        px = x0 + cart_w + (int(u) if cart_w else 0)
        price_w = int((left_w - (px - x0)) * 0.5)
        put(self.price, QRect(px, row_y, price_w, row_h), 5.0, 2.4)
        put(self.stock, QRect(px + price_w + int(u), row_y, x0 + left_w - (px + price_w + int(u)), row_h),
            4.0 if self._in_sale else 2.8, 1.8)  # in a live sale what is left is a main figure
        tx = x0 + left_w + int(u * 2)
        tw = x0 + w - tx
        timer_h = int(u * 11)
        put(self.time_left, QRect(tx, y, tw, timer_h), 10.0, 4.0)
        put(self.phase, QRect(tx, y + timer_h, tw, mid_h - timer_h), 2.6, 1.8)
        y += mid_h + gap

        shown = [b for b in self.banner_labels if b.text()]
        if shown:
            cols = 1 if len(shown) == 1 else 2
            cell_w = (w - (cols - 1) * gap) // cols
            cell_h = int(u * 4.6)
            for i, b in enumerate(shown):
                r, c = divmod(i, cols)
                put(b, QRect(x0 + c * (cell_w + gap), y + r * (cell_h + gap // 2), cell_w, cell_h), 2.6, 1.8)
            rows = (len(shown) + cols - 1) // cols
            y += rows * cell_h + (rows - 1) * (gap // 2) + gap
        for b in self.banner_labels:
            if not b.text():
                b.setGeometry(QRect(x0, y, 0, 0))

        bottom = H - int(u * 1.2)
        next_h = int(u * 3.2)
        put(self.next_up, QRect(x0, bottom - next_h, int(w * 0.8), next_h), 2.4, 1.8)
        put(self.page_label, QRect(x0 + int(w * 0.8), bottom - next_h, w - int(w * 0.8), next_h), 2.0, 1.6)
        bottom -= next_h + gap
        if self.pinned_text.text():
            pin_h = int(u * 6.4)
            put(self.pinned_text, QRect(x0, bottom - pin_h, w, pin_h), 2.6)
            bottom -= pin_h + gap
        else:
            self.pinned_text.setGeometry(QRect(x0, bottom, w, 0))
        put(self.points, QRect(x0, y, w, max(0, bottom - y)), 3.6)
        self._update_pager()
        for label in self.texts():
            label.setVisible(bool(label.text()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _scale(self) -> None:  # kept for callers that resize and expect type to follow
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
        if self._snap is not None:
            self._paint_states(self._snap)
        if not self._blinking():
            self._blinker.stop()

    def _blinking(self) -> bool:
        snap = self._snap or {}
        overtime = snap.get("timer", {}).get("phase") == "overtime"
        return bool(overtime or float(snap.get("now", 0.0)) < self._flash_until)

    # ---- content ----------------------------------------------------------------------------------

    def refresh(self, snap: dict[str, Any]) -> None:
        self._snap = snap
        self._low_stock = False
        status = snap["show"]["status"]
        now = float(snap.get("now") or datetime.now().timestamp())
        self.time_of_day.setText(datetime.fromtimestamp(now).strftime("%H:%M:%S"))
        if status == "draft":
            self._refresh_before(snap, now)
        elif status == "ended":
            self._refresh_after(snap)
        else:
            self._refresh_live(snap)

        msg = snap.get("message")
        self.message.setText(msg["text"] if msg else "")
        if msg and msg.get("ts") != self._message_ts:
            self._message_ts = msg.get("ts")
            if msg.get("flash", True) and now - float(msg.get("ts") or now) < 5:
                self._flash_until = now + 3.0
        pinned = snap.get("pinned")
        self.pinned_text.setText(f"💬 {pinned.get('user_name', '')}：{pinned.get('text', '')}" if pinned else "")
        self.set_banners(self._banners(snap) if status != "ended" else [], place=False)
        self._place()
        self._paint_states(snap)
        if self._blinking() and not self._blinker.isActive():
            self._blinker.start()

    def _refresh_before(self, snap: dict[str, Any], now: float) -> None:
        """Before the show: when it starts, and the first item with its points to rehearse."""
        self._in_sale = False
        start = snap["show"].get("planned_start")
        first = snap["next"]
        self.show_clock.setText(self.tr("Not on air yet"))
        if start is not None:
            total = sum(s["planned_s"] for s in snap.get("runsheet", []))
            self.ends.setText(fill(self.tr("Planned start %1 · planned end %2"), _clock(start), _clock(start + total)))
            self.time_left.setText(signed(start - now))
            self.phase.setText(self.tr("to the planned start") if start >= now else self.tr("past the planned start"))
        else:
            self.ends.setText(self.tr("No planned start set"))
            self.time_left.setText("--:--")
            self.phase.setText(self.tr("not on air yet"))
        self._show_item(first, self.tr("First: %1"))
        if first is None:
            self.product.setText(snap["show"]["title"] or self.tr("No show open"))
            self.points.setText(self.tr("Add products to the run-sheet, then start the show (F5)."))
        self.next_up.setText("")

    def _refresh_after(self, snap: dict[str, Any]) -> None:
        """After the show: when it ended and how far it ran over or under the plan."""
        self._in_sale = False
        clock = snap["clock"]
        ended_at = clock["projected_end"]
        over = clock["over_under_s"]
        self.show_clock.setText(fill(self.tr("Show ended · %1"), format_duration(clock["show_elapsed_s"])))
        self.ends.setText(fill(self.tr("Ended %1 · planned end %2"), _clock(ended_at), _clock(clock["planned_end"])))
        self.product.setText(snap["show"]["title"] or self.tr("Show ended"))
        self.cart.setText("")
        self.price.setText("")
        self.stock.setText("")
        self.time_left.setText(over_under(over))
        self.phase.setText(self.tr("over the plan") if over >= 1 else
                           (self.tr("under the plan") if over <= -1 else self.tr("on time")))
        n = len(snap.get("runsheet", []))
        self.points.setText(fill(self.tr("Thank you! The show ended at %1 after %2 on air, with %3 items."),
                                 _clock(ended_at), format_duration(clock["show_elapsed_s"]), n))
        self.next_up.setText("")

    def _refresh_live(self, snap: dict[str, Any]) -> None:
        clock, timer, cur, nxt = snap["clock"], snap["timer"], snap["current"], snap["next"]
        self.show_clock.setText(fill(self.tr("On air %1"), format_duration(clock["show_elapsed_s"])))
        over = clock["over_under_s"]
        ends = fill(self.tr("Planned end %1 · projected %2"), _clock(clock["planned_end"]),
                    _clock(clock["projected_end"]))
        if clock["planned_end"] is not None and abs(over) >= 60:
            ends += f" ({'+' if over > 0 else '−'}{format_duration(abs(over))})"
        self.ends.setText(ends)
        self._show_item(cur, "%1")
        left, self._low_stock = stock_left(snap, cur["item_id"]) if cur else (None, False)
        if left is not None:  # after the orders so far (the sales desk), not the sheet's figure
            self.stock.setText(fill(self.tr("Stock left %1"), left))
        sale = snap.get("sale")
        self._in_sale = bool(cur and sale and sale["status"] == "live" and sale.get("item_id") == cur["item_id"])
        if cur is None:
            self.product.setText(snap["show"]["title"] or self.tr("No show open"))
        phase = timer["phase"]
        remaining = timer["remaining_s"]
        self.time_left.setText("--:--" if phase == "idle" else signed(remaining))
        names = {"idle": "", "running": self.tr("time left"), "paused": self.tr("paused"),
                 "warning": self.tr("time left"), "danger": self.tr("wrap up"), "overtime": self.tr("overtime")}
        phase_text = names.get(phase, "")
        if phase == "paused":
            phase_text = self.tr("paused · over time") if remaining < 0 else self.tr("paused · time left")
        self.phase.setText(phase_text)
        self.next_up.setText(fill(self.tr("Next: %1"), nxt["name"]) if nxt else self.tr("Last item"))
        sale = snap.get("sale")
        if cur is not None and sale and sale["status"] == "live" and sale.get("item_id") == cur["item_id"]:
            # A live deal is what the host must say: its price and what is left become the big figures.
            self.price.setText(fill(self.tr("Deal %1"), format_price(sale["price"])))
            self.stock.setText(fill(self.tr("%1 left · %2"), sale["remaining"], format_duration(sale["time_left_s"])))

    def _show_item(self, item: dict[str, Any] | None, name_template: str) -> None:
        if item is None:
            for label in (self.cart, self.price, self.stock, self.points):
                label.setText("")
            return
        self.product.setText(fill(name_template, item["name"]))
        self.cart.setText(fill(self.tr("Link %1"), item["cart_no"]) if item.get("cart_no") else "")
        self.price.setText(format_price(item["live_price"]) if item["live_price"] else "")
        self.stock.setText(fill(self.tr("Stock %1"), item["stock"]) if item["stock"] else "")
        self.points.setText(item["talking_points"])

    def _banners(self, snap: dict[str, Any]) -> list[str]:
        """The banners, less the live sale's when its figures already are the big ones."""
        texts = list(snap.get("banners", []))
        sale, cur = snap.get("sale"), snap.get("current")
        if cur is not None and sale and sale["status"] == "live" and sale.get("item_id") == cur["item_id"]:
            mine = fill(QCoreApplication.translate("FlashSaleDesk", "Flash sale %1 · only %2 left · %3"),
                        format_price(sale["price"]), sale["remaining"], format_duration(sale["time_left_s"]))
            texts = [t for t in texts if t != mine]
        return texts

    def _paint_states(self, snap: dict[str, Any]) -> None:
        """Colours: danger is red text; overtime blinks inverted; a fresh message flashes."""
        phase = snap["timer"]["phase"] if snap["show"]["status"] == "live" else "idle"
        now = float(snap.get("now") or 0.0)
        if phase == "overtime":
            if self._blink:
                self.time_left.set_style("#ffffff", PHASE_COLOURS["overtime"])
            else:
                self.time_left.set_style(PHASE_COLOURS["overtime"], "#3a0f12")
        elif snap["show"]["status"] == "draft":
            self.time_left.set_style("#69db7c")
        else:
            self.time_left.set_style(PHASE_COLOURS.get(phase, TEXT))
        self.phase.set_style("#ffffff" if phase == "overtime" else MUTED)
        flashing = now < self._flash_until and self._blink
        self.message.set_style("#1a1a1a" if not flashing else "#ffffff", "#ffd43b" if not flashing else "#e8590c")
        sale = snap.get("sale")
        cur = snap.get("current")
        in_sale = bool(cur and sale and sale["status"] == "live" and sale.get("item_id") == cur["item_id"])
        self.price.set_style(SALE if in_sale else PRICE, "")
        self.stock.set_style("#ffd6d6" if in_sale else ("#ff6b6b" if self._low_stock else MUTED),
                             "#3a0f12" if in_sale else "")
        self.cart.set_style("#1a1a1a", "#ffa94d")
        self.pinned_text.set_style("#fff3bf", "#2b2f14")
        for b in self.banner_labels:
            b.set_style("#ffd6d6", "#3a0f12")

    def set_banners(self, texts: list[str], place: bool = True) -> None:
        while len(self.banner_labels) < len(texts):
            label = FitText(self, "#ffd6d6", bold=True)
            label.set_style("#ffd6d6", "#3a0f12")
            label.show()
            self.banner_labels.append(label)
        for label, text in zip(self.banner_labels, texts + [""] * len(self.banner_labels), strict=False):
            label.setText(text)
            label.setVisible(bool(text))
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
