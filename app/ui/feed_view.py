"""The assistant's comment feed: a bounded window, batched updates, triage at a glance."""

from __future__ import annotations

import collections
from datetime import datetime
from typing import ClassVar

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import comments as cm
from app.core.comments import Comment
from app.core.text import fill
from app.live.speech import PRIORITY_COMMENT
from app.studio.studio import CommandError, Studio
from app.studio.tasks import run_in_thread

DISPLAY_CAP = 2000
SHOWN_KINDS = {"comment", "gift", "order", "follow", "share", "room_end"}
Index = QModelIndex | QPersistentModelIndex
CommentRole = Qt.ItemDataRole.UserRole + 1


class FeedModel(QStandardItemModel):
    """The newest DISPLAY_CAP events a person can read; the database keeps everything.

    A QStandardItemModel on purpose: Qt only calls into Python for methods Python overrides, and
    a list view's layout asks `rowCount()` once per row. With a Python model each of those 2,000
    calls must win the interpreter back from the ingest and writer threads, which under a flood
    cost ~100 ms per update; here layout stays in C++ and only painting the visible rows (and
    the batch append) runs Python. Filtering happens here too, not in a proxy, for the same reason.
    """

    MODES = ("all", "questions", "keywords", "gifts_orders", "product")

    def __init__(self, studio: Studio, cap: int = DISPLAY_CAP) -> None:
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
        item.setData(c, CommentRole)
        item.setEditable(False)
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

    def append(self, batch: list[Comment]) -> int:
        """Add a drained batch in one insert; return how many rows became visible."""
        fresh = [c for c in batch if self._visible(c)][-self.cap:]
        if not fresh:
            return 0
        for c in fresh:
            if len(self.recent) == self.cap:
                self._masked.pop(self.recent[0].id, None)
            self.recent.append(c)
        shown = [c for c in fresh if self.accepts(c)]
        if not shown:
            return 0
        overflow = len(self.rows) + len(shown) - self.cap
        if overflow > 0:
            self.removeRows(0, overflow)
            del self.rows[:overflow]
        self.invisibleRootItem().appendRows([self._item(c) for c in shown])
        self.rows.extend(shown)
        return len(shown)

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
    """One fixed-height line per event, painted directly: fast at thousands of rows a second."""

    COLOURS: ClassVar[dict[str, QColor]] = {
        "question": QColor("#e8f1ff"), "keyword": QColor("#e9f8ec"), "gift": QColor("#fff6dd"),
        "banned": QColor("#ffe9e9")}

    def __init__(self, model: FeedModel, studio: Studio) -> None:
        super().__init__()
        self.model = model
        self.studio = studio

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, QFontMetrics(option.font).height() + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        c: Comment = index.data(CommentRole)
        rect: QRect = option.rect  # type: ignore[attr-defined]
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
        font = QFont(option.font)  # type: ignore[attr-defined]
        fm = QFontMetrics(font)
        x = rect.left() + 6
        y = rect.top() + (rect.height() + fm.ascent() - fm.descent()) // 2
        painter.setPen(QColor("#8a8f98"))
        when = datetime.fromtimestamp(c.ts).strftime("%H:%M:%S")
        painter.drawText(QPoint(x, y), when)
        x += fm.horizontalAdvance("00:00:00") + 10
        for tag, colour in self._tags(c):
            w = fm.horizontalAdvance(tag) + 10
            painter.fillRect(QRect(x, rect.top() + 4, w, rect.height() - 8), QColor(colour))
            painter.setPen(QColor("white"))
            painter.drawText(QPoint(x + 5, y), tag)
            x += w + 4
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#3b5bdb") if c.follower else QColor("#343a40"))
        name = QFontMetrics(bold).elidedText(c.user_name or "?", Qt.TextElideMode.ElideRight, 160)
        painter.drawText(QPoint(x, y), name)
        x += QFontMetrics(bold).horizontalAdvance(name) + 10
        font.setStrikeOut(c.deleted)
        painter.setFont(font)
        painter.setPen(QColor("#9aa0a6") if c.deleted else option.palette.text().color())  # type: ignore[attr-defined]
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
            idx = next((i for i, s in enumerate(self.studio.state.segments) if s.item_id == c.item_ref), None)
            if seg is not None and idx is not None:
                tags.append((f"#{idx + 1}", "#7048e8"))
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


class FeedView(QWidget):
    """Filters, search, the list with auto-scroll, and the 'N new' button."""

    message = Signal(str)

    def __init__(self, studio: Studio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.model = FeedModel(studio)
        self.new_count = 0

        self.mode = QComboBox()
        for key, text in (("all", self.tr("All")), ("questions", self.tr("Questions")),
                          ("keywords", self.tr("Keywords")), ("gifts_orders", self.tr("Gifts & orders")),
                          ("product", self.tr("Product mentions"))):
            self.mode.addItem(text, key)
        self.product = QComboBox()
        self.product.setMinimumWidth(160)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search comments or users"))
        self.search.setClearButtonEnabled(True)
        self.keywords = QLineEdit(", ".join(studio.feed.keywords) if studio.feed else "")
        self.keywords.setToolTip(self.tr("Keywords to highlight, separated by commas"))
        self.mode.currentIndexChanged.connect(self._filter_changed)
        self.product.currentIndexChanged.connect(self._filter_changed)
        self.search.textChanged.connect(self._filter_changed)
        self.keywords.editingFinished.connect(self._keywords_changed)

        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(FeedDelegate(self.model, studio))
        self.list.setUniformItemSizes(True)  # fixed row height: no re-layout of every row per insert
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.doubleClicked.connect(lambda _i: self.pin_selected())
        self.list.verticalScrollBar().valueChanged.connect(self._scrolled)
        font = QFont(self.list.font())
        font.setPointSize(font.pointSize() + 2)
        self.list.setFont(font)

        self.new_button = QPushButton(self.list)
        self.new_button.hide()
        self.new_button.setStyleSheet("QPushButton { background: #1c7ed6; color: white; border-radius: 12px;"
                                      " padding: 4px 14px; font-weight: bold; }")
        self.new_button.clicked.connect(self.scroll_to_end)

        # The list's own keys: only while the list has the focus, never while typing in a field.
        for key, slot in (("Return", self.pin_selected), ("Enter", self.pin_selected), ("R", self.read_selected)):
            QShortcut(QKeySequence(key), self.list, slot).setContext(Qt.ShortcutContext.WidgetShortcut)

        # Two rows, so on a 1280-pixel screen neither the search nor the keywords shrink to nothing.
        for combo in (self.mode, self.product):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.mode.setMinimumContentsLength(6)
        self.product.setMinimumContentsLength(10)
        self.product.setMinimumWidth(0)
        self.search.setMinimumWidth(140)
        top = QHBoxLayout()
        top.addWidget(self.mode)
        top.addWidget(self.product, 1)
        top.addWidget(self.search, 1)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Keywords")))
        second.addWidget(self.keywords, 1)
        bar = QVBoxLayout()
        bar.setSpacing(2)
        bar.addLayout(top)
        bar.addLayout(second)
        self.pinned_label = QLabel()
        self.pinned_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.unpin_button = QPushButton(self.tr("Unpin"))
        self.unpin_button.setToolTip(self.tr("Remove the pinned comment from the host view"))
        self.unpin_button.clicked.connect(self.unpin)
        self.pinned_bar = QWidget()
        pin_row = QHBoxLayout(self.pinned_bar)
        pin_row.setContentsMargins(4, 0, 0, 0)
        pin_row.addWidget(self.pinned_label, 1)
        pin_row.addWidget(self.unpin_button)
        self.pinned_bar.setStyleSheet("QWidget { background: #fff9db; }")
        self.pinned_bar.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.pinned_bar)
        layout.addWidget(self.list, 1)

        if studio.feed is not None:
            studio.feed.arrived.connect(self.on_batch)
            studio.feed.deleted.connect(self.model.mark_deleted)
        studio.state_changed.connect(self._fill_products)
        studio.state_changed.connect(self._show_pinned)
        studio.changed.connect(self._rules_changed)
        self._fill_products()

    # ---- arrivals ---------------------------------------------------------------------------------

    def at_bottom(self) -> bool:
        bar = self.list.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    def on_batch(self, batch: list[Comment]) -> None:
        follow = self.at_bottom()
        added = self.model.append(batch)
        if not added:
            return
        if follow:
            self.list.scrollToBottom()
        else:
            self.new_count += added
            self.new_button.setText(fill(self.tr("%1 new ↓"), self.new_count))
            self.new_button.adjustSize()
            self.new_button.move((self.list.width() - self.new_button.width()) // 2,
                                 self.list.height() - self.new_button.height() - 10)
            self.new_button.show()
            self.new_button.raise_()

    def _scrolled(self, _value: int) -> None:
        if self.at_bottom() and self.new_count:
            self.new_count = 0
            self.new_button.hide()

    def scroll_to_end(self) -> None:
        self.list.scrollToBottom()
        self.new_count = 0
        self.new_button.hide()

    # ---- filters ------------------------------------------------------------------------------------

    def _fill_products(self) -> None:
        current = self.product.currentData()
        self.product.blockSignals(True)
        self.product.clear()
        self.product.addItem(self.tr("Any product"), None)
        for i, s in enumerate(self.studio.state.segments):
            self.product.addItem(f"#{i + 1} {s.name}", s.item_id)
        idx = self.product.findData(current)
        self.product.setCurrentIndex(max(0, idx))
        self.product.blockSignals(False)

    def _show_pinned(self) -> None:
        pinned = self.studio.state.pinned
        self.pinned_bar.setVisible(pinned is not None)
        if pinned is not None:
            self.pinned_label.setText(fill(self.tr("Pinned on the host view: %1"),
                                           f"{pinned.get('user_name', '')}：{pinned.get('text', '')}"))
            self.pinned_label.setToolTip(self.pinned_label.text())  # the bar may cut a long comment

    def _filter_changed(self) -> None:
        mode = self.mode.currentData()
        item = self.product.currentData()
        if item is not None and mode != "product":
            mode = "product"
            self.mode.blockSignals(True)
            self.mode.setCurrentIndex(self.mode.findData("product"))
            self.mode.blockSignals(False)
        self.model.set_filter(mode, item, self.search.text())

    def _rules_changed(self, changes: frozenset[str]) -> None:
        """Blocks and keywords may come from another desk: follow them."""
        if "feed" not in changes or self.studio.feed is None:
            return
        if not self.keywords.hasFocus():
            self.keywords.setText(", ".join(self.studio.feed.keywords))
        for platform, user in self.studio.feed.blocked:
            self.model.hide_user(platform, user)

    def _keywords_changed(self) -> None:
        if self.studio.show_id is not None:
            self._command("feed.keywords", {"keywords": self.keywords.text()})

    # ---- actions on a comment -------------------------------------------------------------------------

    def selected(self) -> Comment | None:
        idx = self.list.currentIndex()
        return idx.data(CommentRole) if idx.isValid() else None

    def pin_selected(self) -> None:
        c = self.selected()
        if c is None:
            return
        try:
            self.studio.execute("comment.pin", {"comment_id": c.id})
            self.message.emit(self.tr("Pinned to the host view"))
        except CommandError as exc:
            self.message.emit(exc.message)

    def unpin(self) -> None:
        self._host_command("comment.unpin", self.tr("Unpinned"))

    def clear_host(self) -> None:
        self._host_command("host.clear", self.tr("Host screen cleared"))

    def _host_command(self, cmd: str, done: str) -> None:
        try:
            self.studio.execute(cmd, {})
            self.message.emit(done)
        except CommandError as exc:
            self.message.emit(exc.message)

    def read_selected(self) -> None:
        c = self.selected()
        if c is None:
            return
        text = f"{c.user_name}：{self.model.display_text(c)}"
        if self.studio.say(text, PRIORITY_COMMENT):
            self.message.emit(self.tr("Queued to be read aloud"))
        else:
            self.message.emit(self.tr("Not read aloud: speech is muted or a few comments are already waiting"))

    def _menu(self, pos: QPoint) -> None:
        c = self.list.indexAt(pos).data(CommentRole)
        if c is None:
            return
        self.list.setCurrentIndex(self.list.indexAt(pos))
        menu = QMenu(self)
        menu.addAction(self.tr("Pin to host view"), self.pin_selected)
        menu.addAction(self.tr("Read aloud"), self.read_selected)
        unpin = menu.addAction(self.tr("Unpin from host view"), self.unpin)
        unpin.setEnabled(self.studio.state.pinned is not None)
        menu.addAction(self.tr("Clear host screen"), self.clear_host)
        menu.addAction(fill(self.tr("History of %1…"), c.user_name), lambda: self.show_history(c))
        feed = self.studio.feed
        if feed is not None and feed.is_blocked(c):
            menu.addAction(fill(self.tr("Unblock %1"), c.user_name), lambda: self.unblock(c))
        else:
            menu.addAction(fill(self.tr("Block %1 (hide their comments)"), c.user_name), lambda: self.block(c))
        menu.exec(self.list.viewport().mapToGlobal(pos))

    def block(self, c: Comment, confirm: bool = True) -> None:
        if self.studio.feed is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Block viewer"),
                fill(self.tr("Hide comments from %1 in this feed? Use this for spam and abuse only: criticism of "
                             "products stays visible, as the live-commerce rules require. Nothing is deleted."),
                     c.user_name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self._command("feed.block", {"platform": c.platform, "user_id": c.user_id}):
            self.model.hide_user(c.platform, c.user_id)
            self.message.emit(fill(self.tr("%1 blocked"), c.user_name))

    def unblock(self, c: Comment) -> None:
        if self._command("feed.unblock", {"platform": c.platform, "user_id": c.user_id}):
            self.message.emit(fill(self.tr("%1 unblocked"), c.user_name))

    def _command(self, cmd: str, args: dict[str, object]) -> bool:
        try:
            self.studio.execute(cmd, args)
        except CommandError as exc:
            self.message.emit(exc.message)
            return False
        return True

    def show_history(self, c: Comment) -> None:
        show_id = self.studio.show_id
        if show_id is None:
            return
        read = self.studio.user_comments
        run_in_thread(lambda: read(show_id, c.platform, c.user_id),
                      lambda rows, err: self._history(c, rows or [], err))

    def _history(self, c: Comment, rows: list[Comment], err: BaseException | None) -> None:
        self.history = QDialog(self)
        self.history.setWindowTitle(fill(self.tr("%1 — history"), c.user_name))
        text = QPlainTextEdit()
        text.setReadOnly(True)
        lines = [f"{datetime.fromtimestamp(r.ts):%H:%M:%S}  {self.model.display_text(r)}"
                 + ("  ✕" if r.deleted else "") for r in rows if r.kind in SHOWN_KINDS]
        text.setPlainText("\n".join(lines) if lines else str(err or self.tr("No comments yet")))
        QVBoxLayout(self.history).addWidget(text)
        self.history.resize(520, 420)
        self.history.open()


class HealthPanel(QWidget):
    """Where the comments come from and how healthy each source is."""

    def __init__(self, studio: Studio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.summary = QLabel()
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("Source"), self.tr("Events"), self.tr("Per second"),
                                              self.tr("Last event"), self.tr("Reconnects"), self.tr("Malformed"),
                                              self.tr("Not stored")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(1000)
        self.refresh()

    def refresh(self) -> None:
        stats = self.studio.feed_stats()
        text = fill(self.tr("%1 events · %2/s · %3 duplicates dropped · %4 malformed · %5 viewers online"),
                    stats["total"], stats["per_second"], stats.get("duplicates", 0), stats["malformed"],
                    stats.get("viewers", 0))
        if stats.get("anonymous"):
            text += "\n" + fill(self.tr("%1 events from anonymous viewers (never lottery entrants)"),
                                 stats["anonymous"])
        if stats.get("room_ended"):
            text += "\n⚠ " + fill(self.tr("The platform says the room has ended (%1)"),
                                  ", ".join(sorted(stats["room_ended"])))
        if stats.get("dead_letters"):  # rows the database refused, kept aside in dead_letters
            text += "\n⚠ " + fill(self.tr("%1 rows could not be stored and were set aside (dead letters): %2"),
                                   stats["dead_letters"], stats.get("last_dead_letter") or "")
        if stats.get("writer_error") or stats.get("dead_letters") or stats.get("room_ended"):
            if stats.get("writer_error"):
                text += "\n⚠ " + str(stats["writer_error"])
            self.summary.setStyleSheet("color: #e03131; font-weight: bold;")
        else:
            self.summary.setStyleSheet("")
        self.summary.setText(text)
        sources = stats.get("sources", {})
        self.table.setRowCount(len(sources))
        for row, (name, s) in enumerate(sorted(sources.items())):
            age = s["last_event_age_s"]
            cells = [name, str(s["events"]), f"{s['per_second']:.1f}",
                     "—" if age is None else fill(self.tr("%1 s ago"), f"{age:.0f}"), str(s["reconnects"]),
                     ", ".join(f"{k}: {v}" for k, v in sorted(s["malformed"].items())) or "0",
                     ", ".join(f"{k}: {v}" for k, v in sorted(s.get("skipped", {}).items())) or "0"]
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(value))
