"""The main window: shows on the left, the run-sheet editor and the on-air desk in tabs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import HOST_SCREEN, Change
from app.studio.desk import DeskStudio
from app.studio.remote import RemoteStudio
from app.ui.commerce_panel import CommercePanel
from app.ui.cue_prompt import CuePrompt
from app.ui.empty_state import EmptyState
from app.ui.feed_tabs import FeedTabs
from app.ui.host_view import HostView
from app.ui.operator_panel import OperatorPanel
from app.ui.products_tab import ProductsTab
from app.ui.review_tab import ReviewTab
from app.ui.room_banner import RoomBanner
from app.ui.runsheet_editor import RunSheetEditor
from app.ui.subscribe import subscribe
from app.ui.window_base import STATUS_NAMES as STATUS_NAMES
from app.ui.window_menus import WindowMenus
from app.ui.window_shows import WindowShows
from app.ui.window_widgets import MessageBar, scrolling


class MainWindow(WindowMenus, WindowShows, QMainWindow):
    """The desk: menus (window_menus), shows and files (window_shows), and the pages built here."""

    language_requested = Signal(str)
    closing = Signal()

    def __init__(self, studio: DeskStudio, lang: str = "zh_CN", server_text: str = "") -> None:
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
        studio.show_opened.connect(self._show_opened)
        subscribe(studio, self, HOST_SCREEN, self._repaint_host)
        subscribe(studio, self, Change.SHOW | Change.RUNSHEET, self._update_pages)
        studio.tick.connect(self._repaint_host)
        self.reload_shows()
        if studio.show_id is not None:
            self._show_opened(studio.show_id)
        self._update_pages()
        problem = getattr(studio.speaker, "error", None)
        if problem:
            self.show_message(str(problem))

    def _build_desks(self, studio: DeskStudio) -> None:
        self.editor = RunSheetEditor(studio, self.undo)
        self.operator = OperatorPanel(studio)
        self.feed_tabs = FeedTabs(studio, self.undo)
        self.feed, self.health, self.sales = self.feed_tabs.feed, self.feed_tabs.health, self.feed_tabs.sales
        self.questions, self.poll_desk = self.feed_tabs.questions, self.feed_tabs.poll_desk
        self.phrases = self.feed_tabs.phrases
        self.overlay_access: tuple[int, bool, str | None] | None = None  # port, LAN, token (set by the app)
        self.commerce = CommercePanel(studio)
        self.cue_prompt = CuePrompt(studio, self.commerce)  # the marketing plan's cue, due now

    def _build_on_air(self) -> None:
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("onAirLeft")
        self.left_splitter.addWidget(scrolling(self.operator))
        commerce_box = QWidget()
        cv = QVBoxLayout(commerce_box)
        cv.setContentsMargins(0, 0, 0, 0)
        cv.addWidget(self.cue_prompt)
        cv.addWidget(self.commerce, 1)
        self.left_splitter.addWidget(scrolling(commerce_box))
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

    def _build_pages(self, studio: DeskStudio) -> None:
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
        self.room_banner = RoomBanner(studio)  # another studio has this show's room (#21)
        v.addWidget(self.room_banner)
        v.addWidget(self.message_bar)
        v.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def _build_shows_dock(self) -> None:
        self.show_list = QListWidget()
        self.show_list.itemActivated.connect(self._open_selected)
        self.show_list.setMinimumWidth(140)
        # A show's title is often longer than the dock is wide (双11返场 · 秋冬好物专场): wrapped (CJK breaks
        # between characters), not cut off behind a sideways scroll bar.
        self.show_list.setWordWrap(True)
        self.show_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.shows_dock = QDockWidget(self.tr("Shows"), self)
        self.shows_dock.setObjectName("shows")
        self.shows_dock.setWidget(self.show_list)
        self.shows_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                                    | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.shows_dock)
        self.resizeDocks([self.shows_dock], [150], Qt.Orientation.Horizontal)

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

    def plural(self, which: str, n: int) -> str:
        """The %n texts of the window's parts, kept in MainWindow's own context: tr() from a part tries
        this context first, and Qt fills %n into the English text, which tr() then takes as found."""
        return {"items": self.tr("%n items", "", n), "bad_rows": self.tr("Import refused: %n bad rows", "", n),
                "imported": self.tr("Imported %n products", "", n)}[which]

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)
        self.message_bar.show_text(text)

    def _update_pages(self) -> None:
        """The first-run page until a show is open; the On-air tab says what to do while it is empty."""
        self.pages.setCurrentWidget(self.tabs if self.studio.show_id is not None else self.welcome)
        self.on_air.set_empty(not self.studio.state.segments)


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

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()  # the application saves the layout while the host view is still up
        self.host_view.close()
        super().closeEvent(event)

