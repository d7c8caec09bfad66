"""Text that never leaves its box: the building block of the host's screen.

A `FitText` picks the largest size that fits its box, never below a floor that still reads at
three metres, and then pages (talking points) or ends with "…" (everything else).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QWidget

TEXT = "#f5f7fa"


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
