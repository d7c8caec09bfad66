"""The comment feed's rows: a bounded window of what a person can read, painted one line each.

The freeze lives here too: while the 场控 reads (a comment selected, the list scrolled up) the shown
rows do not move; arrivals only join the unfiltered window and are counted, so the comment being
read is never trimmed away, whatever the rate.
"""

from __future__ import annotations

import collections
from datetime import datetime
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.core import comments as cm
from app.core.comments import Comment
from app.core.text import fill
from app.studio.desk import DeskStudio

DISPLAY_CAP = 2000
SHOWN_KINDS = {"comment", "gift", "order", "follow", "share", "room_end"}
Index = QModelIndex | QPersistentModelIndex
CommentRole = Qt.ItemDataRole.UserRole + 1


def link_tag(cart_no: str, name: str, width: int = 14) -> str:
    """"5号 · 羊毛大衣" (the name cut to `width` characters); the name alone without a cart number."""
    short = name if len(name) <= width else name[:width - 1] + "…"
    return fill(QCoreApplication.translate("FeedDelegate", "No.%1 · %2"), cart_no, short) if cart_no else short


class FeedModel(QStandardItemModel):
    """The newest DISPLAY_CAP events a person can read; the database keeps everything.

    A QStandardItemModel on purpose: Qt only calls into Python for methods Python overrides, and
    a list view's layout asks `rowCount()` once per row. With a Python model each of those 2,000
    calls must win the interpreter back from the ingest and writer threads, which under a flood
    cost ~100 ms per update; here layout stays in C++ and only painting the visible rows (and
    the batch append) runs Python. Filtering happens here too, not in a proxy, for the same reason.
    """

    MODES = ("all", "questions", "keywords", "gifts_orders", "product")

    def __init__(self, studio: DeskStudio, cap: int = DISPLAY_CAP) -> None:
        super().__init__()
        self.studio = studio
        self.cap = cap
        self.recent: collections.deque[Comment] = collections.deque(maxlen=cap)  # unfiltered
        self.rows: list[Comment] = []  # what is shown, row for row
        self._masked: dict[int, str] = {}
        self.mode = "all"
        self.item_id: int | None = None
        self.search = ""

    def _item(self, c: Comment) -> QStandardItem:
        item = QStandardItem(f"{c.user_name}：{c.text}")
        item.setData(c, CommentRole)  # not editable: the list has no edit triggers (app.ui.feed_list)
        return item

    def _reset_rows(self, rows: list[Comment]) -> None:
        self.beginResetModel()
        self.blockSignals(True)
        self.removeRows(0, self.rowCount())
        self.invisibleRootItem().appendRows([self._item(c) for c in rows])
        self.blockSignals(False)
        self.rows = rows
        self.endResetModel()

    def display_text(self, c: Comment) -> str:
        """Banned words masked (the stored text stays intact); gifts and orders spelled out."""
        if c.kind == "comment":
            if c.flags & cm.BANNED:
                if c.id not in self._masked:
                    feed = self.studio.feed
                    self._masked[c.id] = feed.classifier.mask(c.text) if feed else c.text
                return self._masked[c.id]
            return c.text
        x = c.extra or {}
        if c.kind == "gift":
            return fill(self.tr("sent %1 × %2"), x.get("gift", ""), x.get("count", 1))
        if c.kind == "order":
            return fill(self.tr("ordered %1 × %2"), x.get("sku", ""), x.get("quantity", 1))
        if c.kind == "follow":
            return self.tr("followed")
        if c.kind == "share":
            return self.tr("shared the room")
        if c.kind == "room_end":
            return self.tr("The platform says the room has ended")
        return c.text

    # ---- filtering ------------------------------------------------------------------------------------

    def accepts(self, c: Comment) -> bool:
        if self.search and self.search not in c.text.lower() and self.search not in c.user_name.lower():
            return False
        if self.mode == "questions":
            return bool(c.flags & cm.QUESTION)
        if self.mode == "keywords":
            return bool(c.flags & cm.KEYWORD)
        if self.mode == "gifts_orders":
            return c.kind in ("gift", "order")
        if self.mode == "product":
            return c.item_ref is not None and (self.item_id is None or c.item_ref == self.item_id)
        return True

    def set_filter(self, mode: str, item_id: int | None = None, search: str | None = None) -> None:
        self.mode, self.item_id = mode, item_id
        if search is not None:
            self.search = search.strip().lower()
        self._reset_rows([c for c in self.recent if self.accepts(c)])

    def _visible(self, c: Comment) -> bool:
        feed = self.studio.feed
        blocked = feed is not None and feed.is_blocked(c) and not c.flags & cm.NEGATIVE
        return c.kind in SHOWN_KINDS and not blocked

    def append(self, batch: list[Comment], hold: bool = False) -> int:
        """Add a drained batch in one insert; return how many rows became (or, held, would become)
        visible. Held, the shown rows stay exactly as they are: the window only remembers."""
        visible = [c for c in batch if self._visible(c)]
        fresh = visible if hold else visible[-self.cap:]
        if not fresh:
            return 0
        for c in fresh[-self.cap:]:
            if len(self.recent) == self.cap:
                self._masked.pop(self.recent[0].id, None)
            self.recent.append(c)
        shown = [c for c in fresh if self.accepts(c)]
        if not shown or hold:
            return len(shown)
        overflow = len(self.rows) + len(shown) - self.cap
        if overflow > 0:
            self.removeRows(0, overflow)
            del self.rows[:overflow]
        self.invisibleRootItem().appendRows([self._item(c) for c in shown])
        self.rows.extend(shown)
        return len(shown)

    def catch_up(self) -> None:
        """After a hold: show the newest window as the filters see it."""
        self._reset_rows([c for c in self.recent if self.accepts(c)])

    def mark_deleted(self, ids: list[int]) -> None:
        """The feed changed these comments' deleted mark: repaint their rows."""
        wanted = set(ids)
        for row, c in enumerate(self.rows):
            if c.id in wanted:
                idx = self.index(row, 0)
                self.dataChanged.emit(idx, idx)

    def hide_user(self, platform: str, user_id: str) -> None:
        """Blocking hides spam and abuse; criticism stays visible (网络直播营销管理办法)."""

        def keep(c: Comment) -> bool:
            return not (c.platform == platform and c.user_id == user_id) or bool(c.flags & cm.NEGATIVE)

        self.recent = collections.deque((c for c in self.recent if keep(c)), maxlen=self.cap)
        self._reset_rows([c for c in self.rows if keep(c)])


class FeedDelegate(QStyledItemDelegate):
    """One fixed-height line per event, painted directly: fast at thousands of rows a second.

    Under a flood it paints a screenful twenty times a second while the ingest threads want the
    interpreter, so what does not change between rows (fonts, their metrics, colours, the time of
    the second) is made once, not per row."""

    COLOURS: ClassVar[dict[str, QColor]] = {
        "question": QColor("#e8f1ff"), "keyword": QColor("#e9f8ec"), "gift": QColor("#fff6dd"),
        "banned": QColor("#ffe9e9")}
    PENS: ClassVar[dict[str, QColor]] = {
        "time": QColor("#8a8f98"), "tag": QColor("white"), "follower": QColor("#3b5bdb"), "name": QColor("#343a40"),
        "deleted": QColor("#9aa0a6")}

    def __init__(self, model: FeedModel, studio: DeskStudio) -> None:
        super().__init__()
        self.model = model
        self.studio = studio
        self._fonts: tuple[str, QFont, QFontMetrics, QFont, QFontMetrics, QFont, int] | None = None
        self._second: tuple[int, str] = (-1, "")
        self._chips: dict[str, QColor] = {}

    def _metrics(self, font: QFont) -> tuple[str, QFont, QFontMetrics, QFont, QFontMetrics, QFont, int]:
        """The row's fonts and metrics (plain, bold, struck out), made again only when the font changes."""
        key = font.key()
        if self._fonts is None or self._fonts[0] != key:
            plain, bold, struck = QFont(font), QFont(font), QFont(font)
            bold.setBold(True)
            struck.setStrikeOut(True)
            fm = QFontMetrics(plain)
            self._fonts = (key, plain, fm, bold, QFontMetrics(bold), struck, fm.horizontalAdvance("00:00:00"))
        return self._fonts

    def _when(self, ts: float) -> str:
        second = int(ts)
        if self._second[0] != second:
            self._second = (second, datetime.fromtimestamp(ts).strftime("%H:%M:%S"))
        return self._second[1]

    def _chip(self, colour: str) -> QColor:
        found = self._chips.get(colour)
        if found is None:
            found = self._chips[colour] = QColor(colour)
        return found

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, self._metrics(option.font)[2].height() + 10)  # type: ignore[attr-defined]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        c: Comment = index.data(CommentRole)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        _key, font, fm, bold, bold_fm, struck, time_width = self._metrics(option.font)  # type: ignore[attr-defined]
        painter.save()
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.fillRect(rect, option.palette.highlight())  # type: ignore[attr-defined]
        elif c.flags & cm.BANNED:
            painter.fillRect(rect, self.COLOURS["banned"])
        elif c.kind in ("gift", "order"):
            painter.fillRect(rect, self.COLOURS["gift"])
        elif c.flags & cm.QUESTION:
            painter.fillRect(rect, self.COLOURS["question"])
        elif c.flags & cm.KEYWORD:
            painter.fillRect(rect, self.COLOURS["keyword"])
        painter.setFont(font)
        x = rect.left() + 6
        y = rect.top() + (rect.height() + fm.ascent() - fm.descent()) // 2
        painter.setPen(self.PENS["time"])
        painter.drawText(QPoint(x, y), self._when(c.ts))
        x += time_width + 10
        for tag, colour in self._tags(c):
            w = fm.horizontalAdvance(tag) + 10
            painter.fillRect(QRect(x, rect.top() + 4, w, rect.height() - 8), self._chip(colour))
            painter.setPen(self.PENS["tag"])
            painter.drawText(QPoint(x + 5, y), tag)
            x += w + 4
        painter.setFont(bold)
        painter.setPen(self.PENS["follower"] if c.follower else self.PENS["name"])
        name = bold_fm.elidedText(c.user_name or "?", Qt.TextElideMode.ElideRight, 160)
        painter.drawText(QPoint(x, y), name)
        x += bold_fm.horizontalAdvance(name) + 10
        painter.setFont(struck if c.deleted else font)
        painter.setPen(self.PENS["deleted"] if c.deleted else option.palette.text().color())  # type: ignore[attr-defined]
        text = self.model.display_text(c)
        if c.deleted:
            text += "  " + QCoreApplication.translate("FeedDelegate", "(removed by the platform)")
        painter.drawText(QPoint(x, y), fm.elidedText(text, Qt.TextElideMode.ElideRight, max(0, rect.right() - x - 6)))
        painter.restore()

    def _tags(self, c: Comment) -> list[tuple[str, str]]:
        tags = []
        if c.flags & cm.QUESTION:
            tags.append((QCoreApplication.translate("FeedDelegate", "Q"), "#1c7ed6"))
        if c.item_ref is not None:
            seg = self.studio.state.segment(c.item_ref)
            if seg is not None:  # the cart's link number as viewers say it, not the run position
                tags.append((link_tag(seg.cart_no, seg.name), "#7048e8"))
        elif c.flags & cm.UNKNOWN_LINK:
            tags.append((QCoreApplication.translate("FeedDelegate", "no such link"), "#c92a2a"))
        if c.flags & cm.NEGATIVE:
            tags.append((QCoreApplication.translate("FeedDelegate", "complaint"), "#e8590c"))
        if c.flags & cm.BANNED:
            tags.append((QCoreApplication.translate("FeedDelegate", "compliance"), "#e03131"))
        if c.kind == "order":
            tags.append((QCoreApplication.translate("FeedDelegate", "order"), "#f08c00"))
        if c.kind == "room_end":
            tags.append((QCoreApplication.translate("FeedDelegate", "room ended"), "#e03131"))
        if c.anonymous:
            tags.append((QCoreApplication.translate("FeedDelegate", "anonymous"), "#868e96"))
        return tags
