"""The assistant's comment feed: filters, search, the list, and a real freeze while reading.

Selecting a comment or scrolling up holds the list where it is (app.ui.feed_model keeps the rows
still and counts what arrives); the button, End or Esc resumes at the newest.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Change
from app.core.comments import Comment
from app.core.speech_priority import PRIORITY_COMMENT
from app.core.text import fill
from app.studio.desk import DeskStudio
from app.studio.studio import CommandError
from app.studio.tasks import run_in_thread
from app.ui.elided import ElidedLabel
from app.ui.feed_health import HealthPanel as HealthPanel
from app.ui.feed_list import FeedList
from app.ui.feed_model import DISPLAY_CAP as DISPLAY_CAP
from app.ui.feed_model import SHOWN_KINDS, FeedDelegate, FeedModel, link_tag
from app.ui.feed_model import CommentRole as CommentRole
from app.ui.item_choice import ItemChoiceModel
from app.ui.subscribe import subscribe


class FeedView(QWidget):
    """Filters, search, the list with auto-scroll, and the 'N new' button."""

    message = Signal(str)

    def __init__(self, studio: DeskStudio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.model = FeedModel(studio)
        self.new_count = 0
        self._reading = False  # a comment is selected: the list holds (see `frozen`)

        self._build_filters()
        self._build_list()
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
        self.pinned_label = ElidedLabel()
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
        subscribe(studio, self, Change.SHOW | Change.RUNSHEET, self._fill_products)
        subscribe(studio, self, Change.SHOW | Change.PINNED, self._show_pinned)
        subscribe(studio, self, Change.FEED_RULES, self._rules_changed)
        self._fill_products()

    def _build_filters(self) -> None:
        self.mode = QComboBox()
        for key, text in (("all", self.tr("All")), ("questions", self.tr("Questions")),
                          ("keywords", self.tr("Keywords")), ("gifts_orders", self.tr("Gifts & orders")),
                          ("product", self.tr("Product mentions"))):
            self.mode.addItem(text, key)
        self.product = QComboBox()
        self.product.setMinimumWidth(160)
        self.products = ItemChoiceModel(lambda s: link_tag(s.cart_no, s.name, 40), first=self.tr("Any product"))
        self.product.setModel(self.products)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search comments or users"))
        self.search.setClearButtonEnabled(True)
        self.keywords = QLineEdit(", ".join(self.studio.feed.keywords) if self.studio.feed else "")
        self.keywords.setToolTip(self.tr("Keywords to highlight, separated by commas"))
        self.mode.currentIndexChanged.connect(self._filter_changed)
        self.product.currentIndexChanged.connect(self._filter_changed)
        self.search.textChanged.connect(self._filter_changed)
        self.keywords.editingFinished.connect(self._keywords_changed)

    def _build_list(self) -> None:
        self.list = FeedList()
        self.list.setModel(self.model)
        self.list.setItemDelegate(FeedDelegate(self.model, self.studio))
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
        self.list.installEventFilter(self)  # End / Esc resume (the list would take End as "last row")
        self.list.selectionModel().currentChanged.connect(self._selected)


    # ---- arrivals ---------------------------------------------------------------------------------

    def at_bottom(self) -> bool:
        bar = self.list.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    def frozen(self) -> bool:
        """The list holds while the 场控 reads: a comment selected, or the list scrolled up."""
        return self._reading or not self.at_bottom()

    def on_batch(self, batch: list[Comment]) -> None:
        hold = self.frozen()
        added = self.model.append(batch, hold=hold)
        if not added:
            return
        if not hold:
            self.list.scrollToBottom()
            return
        self.new_count += added
        self.new_button.setText(fill(self.tr("Paused · %1 new ↓ (End)"), self.new_count))
        self.new_button.adjustSize()
        self.new_button.move((self.list.width() - self.new_button.width()) // 2,
                             self.list.height() - self.new_button.height() - 10)
        self.new_button.show()
        self.new_button.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_End, Qt.Key.Key_Escape):
            self.resume()
            return True
        return super().eventFilter(watched, event)

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._reading = current.isValid()

    def _scrolled(self, _value: int) -> None:
        if self.at_bottom() and self.new_count and not self._reading:
            self.resume()

    def scroll_to_end(self) -> None:
        self.resume()

    def resume(self) -> None:
        """One key (End, Esc) or the button: back to the newest, following again."""
        self._reading = False
        self.list.selectionModel().clearSelection()
        self.list.setCurrentIndex(QModelIndex())
        self._reading = False
        if self.new_count:
            self.model.catch_up()
        self.new_count = 0
        self.new_button.hide()
        self.list.scrollToBottom()

    # ---- filters ------------------------------------------------------------------------------------

    def _fill_products(self) -> None:
        """Follow the run-sheet: an edit repaints its line; only adds, removals and moves refill the list
        (refilling 5,000 entries per edit was most of the desk's cost on a big show, #22)."""
        current = self.product.currentData()
        self.product.blockSignals(True)
        if self.products.sync(self.studio.state.segments):
            self.product.setCurrentIndex(max(0, self.products.row_of(current)))
        self.product.blockSignals(False)

    def _show_pinned(self) -> None:
        pinned = self.studio.state.pinned
        self.pinned_bar.setVisible(pinned is not None)
        if pinned is not None:
            self.pinned_label.setText(fill(self.tr("Pinned on the host view: %1"),
                                           f"{pinned.get('user_name', '')}：{pinned.get('text', '')}"))

    def _filter_changed(self) -> None:
        mode = self.mode.currentData()
        item = self.product.currentData()
        if item is not None and mode != "product":
            mode = "product"
            self.mode.blockSignals(True)
            self.mode.setCurrentIndex(self.mode.findData("product"))
            self.mode.blockSignals(False)
        self.model.set_filter(mode, item, self.search.text())

    def _rules_changed(self) -> None:
        """Blocks and keywords may come from another desk: follow them."""
        if self.studio.feed is None:
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
