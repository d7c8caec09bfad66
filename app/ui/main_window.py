"""The main window: shows on the left, the run-sheet editor and the on-air desk in tabs."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.products import ImportFailed, ImportReport
from app.core.runsheet import ShowInfo
from app.core.text import fill
from app.live.access import ACCESS_FILE, AccessFile
from app.studio.demo import DEMO_TITLE, demo_items
from app.studio.feed import wordlist_path
from app.studio.files import RUNSHEET_COLUMNS, runsheet_rows, write_table
from app.studio.remote import RemoteStudio
from app.studio.runsheet_cmds import item_args
from app.studio.studio import CommandError, Studio
from app.studio.tasks import run_in_thread
from app.ui.column_mapping import ImportReportDialog, SheetImport, translate_import
from app.ui.commands import run_command
from app.ui.commerce_panel import CommercePanel
from app.ui.cue_prompt import CuePrompt, offer_presets, presets_of, remember_presets
from app.ui.empty_state import EmptyState
from app.ui.feed_view import FeedView, HealthPanel
from app.ui.host_view import HostView
from app.ui.operator_panel import OperatorPanel
from app.ui.phrases_panel import PhrasesPanel
from app.ui.poll_panel import PollPanel
from app.ui.products_tab import ProductsTab
from app.ui.questions_panel import QuestionsPanel
from app.ui.review_tab import ReviewTab
from app.ui.runsheet_editor import RunSheetEditor
from app.ui.sales_panel import SalesPanel
from app.ui.settings import OverlayUrlsDialog, RelayDialog, RemoteAccessDialog, WordListDialog

STATUS_NAMES = {"draft": QT_TRANSLATE_NOOP("MainWindow", "Draft"), "live": QT_TRANSLATE_NOOP("MainWindow", "LIVE"),
                "ended": QT_TRANSLATE_NOOP("MainWindow", "Ended")}


class ImportErrorsDialog(QDialog):
    """Lists every bad row of a refused import; nothing was written."""

    def __init__(self, source: str, errors: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import refused"))
        self.errors = errors
        text = QLabel(fill(self.tr("Nothing was imported from %1. Fix these rows and import again:"), source))
        text.setWordWrap(True)
        self.list = QPlainTextEdit("\n".join(errors))
        self.list.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(640, 360)


class MessageBar(QFrame):
    """Errors and refusals where the user looks: a bar over the tabs, not only the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setStyleSheet("#messageBar { background: #fff4e6; border: 1px solid #ffa94d; border-radius: 4px; }"
                           " #messageBar QLabel { color: #862e00; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 2, 2)
        row.addWidget(self.label, 1)
        row.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_text(self, text: str, ms: int = 10000) -> None:
        self.label.setText(text)
        self.show()
        self._timer.start(ms)


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: every binding of the window, read from the actions themselves."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Action"), self.tr("Where")])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)


def _scrolling(widget: QWidget) -> QScrollArea:
    """A panel that scrolls when the screen is short instead of pushing the window off it."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class MainWindow(QMainWindow):
    language_requested = Signal(str)
    closing = Signal()

    def __init__(self, studio: Studio, lang: str = "zh_CN", server_text: str = "") -> None:
        super().__init__()
        self.studio = studio
        self.lang = lang
        self.setWindowTitle("LiveDeck")
        self.resize(1440, 860)
        self.undo = QUndoStack(self)

        self._build_desks(studio)
        self._build_on_air()
        self._build_pages(studio)
        self._build_shows_dock()

        self.host_view = HostView()
        self.last_dialog: QDialog | None = None
        self._build_menus()
        for source in (self.editor.message, self.operator.message, self.feed.message, self.commerce.message,
                       self.questions.message, self.poll_desk.message,
                       self.sales.message, self.review.message):
            source.connect(self.show_message)
        self.server_label = QLabel(server_text)
        self.statusBar().addPermanentWidget(self.server_label)
        # Before and after the show the Studio does not tick: the host view's clocks still move.
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(1000)
        self._idle_timer.timeout.connect(self._idle_tick)
        self._idle_timer.start()

        studio.shows_changed.connect(self.reload_shows)
        studio.runsheet_changed.connect(self._update_pages)
        studio.show_opened.connect(self._show_opened)
        studio.state_changed.connect(self._repaint_host)
        studio.state_changed.connect(self._update_pages)
        studio.tick.connect(self._repaint_host)
        self.reload_shows()
        if studio.show_id is not None:
            self._show_opened(studio.show_id)
        self._update_pages()
        problem = getattr(studio.speaker, "error", None)
        if problem:
            self.show_message(str(problem))

    def _build_desks(self, studio: Studio) -> None:
        self.editor = RunSheetEditor(studio, self.undo)
        self.operator = OperatorPanel(studio)
        self.feed = FeedView(studio)
        self.health = HealthPanel(studio)
        feed_tabs = QTabWidget()
        feed_tabs.addTab(self.feed, self.tr("Comments"))
        feed_tabs.addTab(self.health, self.tr("Feed health"))
        self.sales = SalesPanel(studio)
        feed_tabs.addTab(self.sales, self.tr("Sales"))
        self.questions = QuestionsPanel(studio)
        self.poll_desk = PollPanel(studio)
        feed_tabs.addTab(self.questions, self.tr("Questions"))
        feed_tabs.addTab(self.poll_desk, self.tr("Poll"))
        self.phrases = PhrasesPanel(studio, self.undo)  # the 话术 library for the item on air (#23)
        feed_tabs.addTab(self.phrases, self.tr("Scripts"))
        self.feed_tabs = feed_tabs
        self.overlay_access: tuple[int, bool, str | None] | None = None  # port, LAN, token (set by the app)
        self.commerce = CommercePanel(studio)
        self.cue_prompt = CuePrompt(studio, self.commerce)  # the marketing plan's cue, due now

    def _build_on_air(self) -> None:
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("onAirLeft")
        self.left_splitter.addWidget(_scrolling(self.operator))
        commerce_box = QWidget()
        cv = QVBoxLayout(commerce_box)
        cv.setContentsMargins(0, 0, 0, 0)
        cv.addWidget(self.cue_prompt)
        cv.addWidget(self.commerce, 1)
        self.left_splitter.addWidget(_scrolling(commerce_box))
        self.left_splitter.setStretchFactor(0, 3)
        self.left_splitter.setStretchFactor(1, 2)
        self.left_splitter.setChildrenCollapsible(False)
        self.on_air_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.on_air_splitter.setObjectName("onAir")
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.operator.host_box)
        rv.addWidget(self.feed_tabs, 1)
        self.on_air_splitter.addWidget(self.left_splitter)
        self.on_air_splitter.addWidget(right)
        self.on_air_splitter.setStretchFactor(0, 1)
        self.on_air_splitter.setStretchFactor(1, 1)
        self.on_air_splitter.setSizes([660, 520])
        self.left_splitter.setSizes([self.operator.sizeHint().height(), 300])
        self.on_air_splitter.setChildrenCollapsible(False)
        self.on_air = EmptyState(
            self.on_air_splitter, self.tr("Nothing to put on air yet"),
            self.tr("Add products to the run-sheet (or import a product sheet), then start the show with F5."),
            [(self.tr("Go to the run-sheet"), lambda: self.tabs.setCurrentIndex(0)),
             (self.tr("Import a product sheet…"), self.import_products)])

    def _build_pages(self, studio: Studio) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, self.tr("Run-sheet"))
        self.tabs.addTab(self.on_air, self.tr("On air"))
        self.review = ReviewTab(studio)
        self.review_page = EmptyState(self.review, self.tr("The review is on the studio's own desk"), self.tr(
            "The 复盘 reads every comment and order in the studio's database: open it on the studio's PC."))
        self.review_page.set_empty(isinstance(studio, RemoteStudio))  # a second desk has no database
        self.tabs.addTab(self.review_page, self.tr("Review"))
        self.products = ProductsTab(studio, self.undo)  # the product library: 复盘 → the next show (#23)
        self.tabs.addTab(self.products, self.tr("Products"))
        self._pending_splitters: dict[str, QByteArray] = {}
        self._on_air_seen = False
        self.tabs.currentChanged.connect(lambda _i: self._apply_splitters())
        self.message_bar = MessageBar()
        self.welcome = EmptyState(
            QWidget(), self.tr("Welcome to LiveDeck"),
            self.tr("Prepare a live-commerce show: its products in running order, the host's screen, "
                    "the comments, flash sales, coupons and lotteries."),
            [(self.tr("Open the demo show"), self.open_demo), (self.tr("New show…"), self.new_show),
             (self.tr("Import a product sheet…"), self.import_as_new_show)])
        self.welcome.set_empty(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.tabs)
        central = QWidget()
        v = QVBoxLayout(central)
        v.setContentsMargins(4, 4, 4, 0)
        v.setSpacing(4)
        v.addWidget(self.message_bar)
        v.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def _build_shows_dock(self) -> None:
        self.show_list = QListWidget()
        self.show_list.itemActivated.connect(self._open_selected)
        self.show_list.setMinimumWidth(140)
        self.shows_dock = QDockWidget(self.tr("Shows"), self)
        self.shows_dock.setObjectName("shows")
        self.shows_dock.setWidget(self.show_list)
        self.shows_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                    | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.shows_dock)
        self.resizeDocks([self.shows_dock], [150], Qt.Orientation.Horizontal)

    # ---- menus ------------------------------------------------------------------------------------

    def _action(self, menu: Any, text: str, slot: Any,
                shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        show = bar.addMenu(self.tr("&Show"))
        # Ctrl+N adds a product in the run-sheet; a new show is the rarer act, so it takes Ctrl+Shift+N.
        self._action(show, self.tr("New show…"), self.new_show, "Ctrl+Shift+N")
        self._action(show, self.tr("Rename…"), self.rename_show)
        self._action(show, self.tr("Duplicate as template"), self.duplicate_show)
        self._action(show, self.tr("Delete…"), self.delete_show)
        show.addSeparator()
        self._action(show, self.tr("Import products…"), self.import_products, "Ctrl+I")
        self._action(show, self.tr("Export run-sheet…"), self.export_runsheet, "Ctrl+E")
        show.addSeparator()
        self._action(show, self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.undo.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)

        on_air = bar.addMenu(self.tr("On &air"))
        for key, action in self.operator.action_map.items():
            if key == "end":
                on_air.addSeparator()
            on_air.addAction(action)
        on_air.addSeparator()
        self.mute_action = QAction(self.tr("Mute spoken cues"), self, checkable=True)
        self.mute_action.setShortcut(QKeySequence("Ctrl+M"))
        self.mute_action.setChecked(bool(self.studio.speaker and self.studio.speaker.muted))
        self.mute_action.toggled.connect(self._set_muted)
        on_air.addAction(self.mute_action)
        self.studio.changed.connect(self._speech_changed)  # muted from another desk: the tick follows

        commerce = bar.addMenu(self.tr("&Commerce"))
        for key, action in self.commerce.action_map.items():
            if key in ("coupon_issue", "lot_open"):
                commerce.addSeparator()
            commerce.addAction(action)

        self._build_view_menus(bar)

    def _build_view_menus(self, bar: QMenuBar) -> None:
        """View, Settings, Language and Help."""
        view = bar.addMenu(self.tr("&View"))
        self._action(view, self.tr("Host view"), self.show_host_view, "F2")
        self._action(view, self.tr("Host view full screen"), self.host_view_full_screen, "Shift+F2")
        self.screen_menu = view.addMenu(self.tr("Host view on screen"))
        self.screen_menu.aboutToShow.connect(self._fill_screens)
        view.addSeparator()
        page = self._action(view, self.tr("Next page of talking points"), lambda: self.host_view.turn_page(1), "F4")
        page.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self._action(view, self.tr("Message to the host…"), self.focus_host_message, "Ctrl+Shift+M")
        self._action(view, self.tr("Unpin comment"), lambda: self.operator.run("comment.unpin"), "Ctrl+Shift+U")
        self._action(view, self.tr("Clear host screen"), lambda: self.operator.run("host.clear"), "Ctrl+Shift+X")
        view.addSeparator()
        view.addAction(self.shows_dock.toggleViewAction())

        settings = bar.addMenu(self.tr("S&ettings"))
        self._action(settings, self.tr("Comment relays…"), self.edit_relays)
        self._action(settings, self.tr("Banned words…"), self.edit_wordlist)
        self._action(settings, self.tr("Remote access…"), self.edit_remote_access)
        self._action(settings, self.tr("Overlays for OBS…"), self.show_overlays)

        language = bar.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("zh_CN", "中文"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            language.addAction(action)
        self.language_menu = language

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Keyboard shortcuts"), self.show_shortcuts, "F1")

    # ---- keys -------------------------------------------------------------------------------------

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """Every key of the app: the window's actions, then the keys that belong to one list or window."""
        rows: list[tuple[str, str, str]] = []
        seen: set[int] = set()
        for action in self.findChildren(QAction):
            if id(action) in seen or action.shortcut().isEmpty():
                continue
            seen.add(id(action))
            where = (self.tr("anywhere in LiveDeck")
                     if action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut else
                     self.tr("run-sheet table") if action.parent() is self.editor else self.tr("main window"))
            for key in action.shortcuts():
                rows.append((key.toString(QKeySequence.SequenceFormat.NativeText),
                             action.text().replace("&&", "\0").replace("&", "").replace("\0", "&"), where))
        local = [("Enter", self.tr("Pin the selected comment to the host view"), self.tr("comment list")),
                 ("R", self.tr("Read the selected comment aloud"), self.tr("comment list")),
                 ("Enter", self.tr("Go to the selected item"), self.tr("run order list")),
                 ("Enter", self.tr("Send the message"), self.tr("message to the host")),
                 ("PgDown, Space, →", self.tr("Next page of talking points"), self.tr("host view")),
                 ("PgUp, ←", self.tr("Previous page of talking points"), self.tr("host view")),
                 ("F11", self.tr("Full screen on and off"), self.tr("host view")),
                 ("Ctrl+Enter", self.tr("Add the selected products to the show"), self.tr("product library")),
                 ("Esc", self.tr("Leave full screen"), self.tr("host view"))]
        return sorted(rows, key=lambda r: (r[2], r[1])) + local

    def show_shortcuts(self) -> None:
        self.last_dialog = ShortcutsDialog(self.shortcut_rows(), self)
        self.last_dialog.open()

    def focus_host_message(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.operator.host_text.setFocus()
        edit = self.operator.host_text.lineEdit()
        if edit is not None:
            edit.selectAll()

    def edit_relays(self) -> None:
        self.last_dialog = RelayDialog(self.studio, self)
        self.last_dialog.open()

    def show_overlays(self) -> None:
        port, lan, token = self.overlay_access or (8765, False, None)
        feed = self.studio.feed
        if lan and feed is not None and feed.data_dir is not None:
            token = AccessFile(feed.data_dir / ACCESS_FILE).view_token  # overlays only read: the view link
        self.last_dialog = OverlayUrlsDialog(port, lan, token, self)
        self.last_dialog.open()

    def edit_wordlist(self) -> None:
        feed = self.studio.feed
        if feed is None or feed.data_dir is None:
            return
        self.last_dialog = WordListDialog(wordlist_path(feed.data_dir), feed.reload_wordlist, self)
        self.last_dialog.open()

    def edit_remote_access(self) -> None:
        feed = self.studio.feed
        if feed is None or feed.data_dir is None:
            return
        port, lan, _token = self.overlay_access or (8765, False, None)
        self.last_dialog = RemoteAccessDialog(feed.data_dir, self, port, lan)
        self.last_dialog.open()

    def _speech_changed(self, changes: frozenset[str]) -> None:
        if "speech" in changes and self.studio.speaker is not None:
            self.mute_action.blockSignals(True)
            self.mute_action.setChecked(self.studio.speaker.muted)
            self.mute_action.blockSignals(False)

    def _set_muted(self, muted: bool) -> None:
        try:
            self.studio.execute("speech.mute", {"muted": muted})
        except CommandError as exc:
            self.show_message(exc.message)
            return
        self.show_message(self.tr("Spoken cues muted") if muted else self.tr("Spoken cues on"))

    def _fill_screens(self) -> None:
        self.screen_menu.clear()
        for screen in HostView.screens():
            geo = screen.geometry()
            action = self.screen_menu.addAction(f"{screen.name()} ({geo.width()}×{geo.height()})")
            action.triggered.connect(lambda _=False, s=screen: self._host_on(s))

    def _idle_tick(self) -> None:
        if self.studio.state.status != "live":
            self._repaint_host()
            self.operator.refresh_clock()  # the countdown to the planned start

    def _host_on(self, screen: Any) -> None:
        self.show_host_view()
        self.host_view.move_to_screen(screen)

    def show_host_view(self) -> None:
        self._repaint_host()
        self.host_view.show()
        self.host_view.raise_()

    def host_view_full_screen(self) -> None:
        self.show_host_view()
        self.host_view.toggle_full_screen()

    def _repaint_host(self) -> None:
        if self.host_view.isVisible():
            self.host_view.refresh(self.studio.snapshot())

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)
        self.message_bar.show_text(text)

    def _update_pages(self) -> None:
        """The first-run page until a show is open; the On-air tab says what to do while it is empty."""
        self.pages.setCurrentWidget(self.tabs if self.studio.show_id is not None else self.welcome)
        self.on_air.set_empty(not self.studio.state.segments)

    def open_demo(self) -> None:
        """The demo show, through the same commands a user would give (created on first use)."""
        existing = next((s for s in self.studio.list_shows() if s.title == DEMO_TITLE and s.status != "ended"), None)
        if existing is not None:
            self.open_show(existing.id)
            return
        start = (datetime.now() + timedelta(minutes=10)).replace(second=0, microsecond=0)
        created = self.run("show.create", {"title": DEMO_TITLE, "planned_start": start.timestamp()})
        if created:
            self.open_show(created["show_id"])
            self.run("runsheet.add_many", {"items": [item_args(i) for i in demo_items()]})

    def import_as_new_show(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import products"), "",
                                              self.tr("Product sheets (*.csv *.xlsx)"))
        if not path:
            return
        created = self.run("show.create", {"title": Path(path).stem})
        if created:
            self.open_show(created["show_id"])
            self.import_products(path)

    # ---- remembering the layout (QSettings) -------------------------------------------------------

    def save_layout(self) -> None:
        """Window, splitters, tab and the host view's place, so the next start looks the same."""
        s = QSettings("LiveDeck", "LiveDeck")
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        if self._on_air_seen:  # sizes of a splitter never shown mean nothing
            s.setValue("window/on_air_splitter", self.on_air_splitter.saveState())
            s.setValue("window/left_splitter", self.left_splitter.saveState())
        s.setValue("window/tab", self.tabs.currentIndex())
        hv = self.host_view
        s.setValue("host_view/open", hv.isVisible())
        s.setValue("host_view/full_screen", hv.isFullScreen())
        s.setValue("host_view/geometry", hv.saveGeometry())
        s.setValue("host_view/screen", hv.screen().name() if hv.screen() is not None else "")

    def restore_splitters(self) -> None:
        """Splitter sizes apply once the On-air tab is on screen: a hidden splitter redistributes them."""
        s = QSettings("LiveDeck", "LiveDeck")
        self._pending_splitters = {key: value for key in ("window/on_air_splitter", "window/left_splitter")
                                   if isinstance(value := s.value(key), QByteArray)}
        self._apply_splitters()

    def _apply_splitters(self) -> None:
        if not self.on_air_splitter.isVisible():
            return
        self._on_air_seen = True
        for key, splitter in (("window/on_air_splitter", self.on_air_splitter),
                              ("window/left_splitter", self.left_splitter)):
            value = self._pending_splitters.pop(key, None)
            if value is not None:
                splitter.restoreState(value)

    def restore_layout(self) -> None:
        """The saved layout; a live show opens on the On-air tab with the host view up."""
        s = QSettings("LiveDeck", "LiveDeck")
        for key, restore in (("window/geometry", self.restoreGeometry), ("window/state", self.restoreState)):
            value = s.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        live = self.studio.state.status == "live"
        tab = str(s.value("window/tab", 0))
        self.tabs.setCurrentIndex(1 if live else int(tab) if tab.isdigit() else 0)
        if live or str(s.value("host_view/open", "false")).lower() == "true":
            geometry = s.value("host_view/geometry")
            if isinstance(geometry, QByteArray):
                self.host_view.restoreGeometry(geometry)
            name = str(s.value("host_view/screen", ""))
            screen = next((sc for sc in HostView.screens() if sc.name() == name), None)
            if screen is not None and screen is not self.host_view.screen():
                self.host_view.move_to_screen(screen)
            self.show_host_view()
            if str(s.value("host_view/full_screen", "false")).lower() == "true":
                self.host_view.showFullScreen()

    # ---- shows --------------------------------------------------------------------------------------

    def reload_shows(self) -> None:
        self.show_list.clear()
        for info in self.studio.list_shows():
            status = self.tr(str(STATUS_NAMES.get(info.status, info.status)))
            count = self.tr("%n items", "", info.items)
            item = QListWidgetItem(f"{info.title}\n  {status} · {count}")
            item.setToolTip(info.title)  # the narrow list cuts long titles
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.show_list.addItem(item)
            if info.id == self.studio.show_id:
                self.show_list.setCurrentItem(item)

    def _selected_show(self) -> ShowInfo | None:
        item = self.show_list.currentItem()
        return None if item is None else self.studio.get_show(int(item.data(Qt.ItemDataRole.UserRole)))

    def _open_selected(self, item: QListWidgetItem) -> None:
        self.open_show(int(item.data(Qt.ItemDataRole.UserRole)))

    def open_show(self, show_id: int) -> None:
        if show_id == self.studio.show_id:
            return
        if self.studio.state.status == "live":
            answer = QMessageBox.question(self, self.tr("Show is live"),
                                          self.tr("The open show is live. Switch to another show anyway? "
                                                  "It stays live and reopens where it stands."))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.undo.clear()
        self.run("show.open", {"show_id": show_id})

    def run(self, cmd: str, args: dict[str, Any] | None = None) -> dict[str, Any] | None:
        """A Studio command from a menu; a refusal is shown where the user looks, never raised."""
        return run_command(self.studio, cmd, args, self.show_message)

    def _show_opened(self, show_id: int) -> None:
        offer_presets(self.operator.host_text, presets_of(show_id))
        self.setWindowTitle(f"LiveDeck — {self.studio.title}")
        self.reload_shows()
        self._update_pages()

    def new_show(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New show"), self.tr("Title:"))
        if ok and title.strip():
            created = self.run("show.create", {"title": title.strip()})
            if created:
                self.open_show(created["show_id"])

    def rename_show(self) -> None:
        info = self._selected_show()
        if info is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Rename show"), self.tr("Title:"), text=info.title)
        if ok and title.strip():
            self.editor.edit_show(info.id, "title", title.strip())  # one path, and undoable

    def duplicate_show(self) -> None:
        info = self._selected_show()
        if info is None:
            return
        copied = self.run("show.duplicate", {"show_id": info.id})
        if copied:
            self.open_show(copied["show_id"])

    def delete_show(self) -> None:
        info = self._selected_show()
        if info is None:
            return
        show_id = info.id
        if info.status == "live":
            self.show_message(self.tr("A live show cannot be deleted; end it first"))
            return
        answer = QMessageBox.question(
            self, self.tr("Delete show"),
            fill(self.tr("Delete “%1” with its run-sheet, events and comments? This cannot be undone."), info.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        was_open = show_id == self.studio.show_id
        if self.run("show.delete", {"show_id": show_id}) is None:
            return
        if was_open:
            self.undo.clear()
            remaining = self.studio.list_shows()
            if remaining:
                self.run("show.open", {"show_id": remaining[-1].id})

    # ---- import / export (file work runs off the GUI thread) ----------------------------------------

    def import_products(self, path: str | None = None, sheet: str | None = None, header_row: int | None = None
                        ) -> None:
        if self.studio.show_id is None:
            self.show_message(self.tr("Open or create a show first"))
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import products"), "",
                                                  self.tr("Product sheets (*.csv *.xlsx *.xls *.xlsb *.ods)"))
        if not path:
            return
        file = Path(path)
        self.show_message(fill(self.tr("Reading %1…"), file.name))
        # asks for unknown columns and for rows that cannot be read, then reports per row
        self.sheet_import = SheetImport(self, file, sheet=sheet, header_row=header_row)
        self.sheet_import.finished.connect(lambda report, err: self._imported(file, report, err))
        self.sheet_import.start()

    def _imported(self, file: Path, report: ImportReport | None, error: BaseException | None) -> None:
        if isinstance(error, ImportFailed):
            self.last_dialog = ImportErrorsDialog(file.name, error.lines(translate_import), self)
            self.last_dialog.open()
            self.show_message(self.tr("Import refused: %n bad rows", "", len(error.errors)))
            return
        if error is not None:
            QMessageBox.warning(self, self.tr("Import failed"), f"{file.name}: {error}")
            return
        if report is None:
            return  # the column dialog was cancelled
        items = report.items
        self.editor.model.add_items(items)
        if report.phrases and self.studio.show_id is not None:  # the phrase sheet: host-message presets
            remember_presets(self.studio.show_id, [text for _word, text in report.phrases])
            offer_presets(self.operator.host_text, presets_of(self.studio.show_id))
        self.show_message(self.tr("Imported %n products", "", len(items)))
        if report.skipped or report.warnings() or report.other_sheets or report.loud:
            sheets = [report.sheet, *report.other_sheets] if report.sheet or report.other_sheets else []
            dialog = ImportReportDialog(file.name, report, self, sheets)
            count = self.undo.count()

            def again(sheet: str, header: int) -> None:  # the import just made is undone first
                if self.undo.count() == count and self.undo.index() == count:
                    self.undo.undo()
                self.import_products(str(file), sheet or None, header or None)

            dialog.reread.connect(again)
            self.last_dialog = dialog
            dialog.open()

    def export_runsheet(self, path: str | None = None) -> None:
        if self.studio.show_id is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export run-sheet"), f"{self.studio.title}.xlsx",
                                                  self.tr("Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)"))
        if not path:
            return
        out = Path(path)
        fmt = out.suffix.lower().lstrip(".") or "xlsx"
        rows = runsheet_rows(self.editor.model.items)
        run_in_thread(lambda: write_table(rows, RUNSHEET_COLUMNS, fmt, out),
                      lambda _r, err: self.show_message(
                          str(err) if err else fill(self.tr("Exported to %1"), str(out))))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()  # the application saves the layout while the host view is still up
        self.host_view.close()
        super().closeEvent(event)
