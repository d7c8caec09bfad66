"""The main window: shows on the left, the run-sheet editor and the on-air desk in tabs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.products import ImportFailed
from app.core.runsheet import Item, ShowInfo
from app.core.text import fill
from app.studio.feed import wordlist_path
from app.studio.files import RUNSHEET_COLUMNS, read_products, runsheet_rows, write_table
from app.studio.studio import CommandError, Studio
from app.studio.tasks import run_in_thread
from app.ui.commerce_panel import CommercePanel
from app.ui.feed_view import FeedView, HealthPanel
from app.ui.host_view import HostView
from app.ui.operator_panel import OperatorPanel
from app.ui.runsheet_editor import RunSheetEditor
from app.ui.settings import RelayDialog, RemoteAccessDialog, WordListDialog

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


class MainWindow(QMainWindow):
    language_requested = Signal(str)

    def __init__(self, studio: Studio, lang: str = "zh_CN", server_text: str = "") -> None:
        super().__init__()
        self.studio = studio
        self.lang = lang
        self.setWindowTitle("LiveDeck")
        self.resize(1440, 900)
        self.undo = QUndoStack(self)

        self.editor = RunSheetEditor(studio, self.undo)
        self.operator = OperatorPanel(studio)
        self.feed = FeedView(studio)
        self.health = HealthPanel(studio)
        feed_tabs = QTabWidget()
        feed_tabs.addTab(self.feed, self.tr("Comments"))
        feed_tabs.addTab(self.health, self.tr("Feed health"))
        self.commerce = CommercePanel(studio)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.operator)
        left.addWidget(self.commerce)
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 3)
        on_air = QSplitter(Qt.Orientation.Horizontal)
        on_air.addWidget(left)
        on_air.addWidget(feed_tabs)
        on_air.setStretchFactor(0, 2)
        on_air.setStretchFactor(1, 3)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, self.tr("Run-sheet"))
        self.tabs.addTab(on_air, self.tr("On air"))
        self.setCentralWidget(self.tabs)

        self.show_list = QListWidget()
        self.show_list.itemActivated.connect(self._open_selected)
        self.show_list.setMinimumWidth(220)
        dock = QDockWidget(self.tr("Shows"), self)
        dock.setObjectName("shows")
        dock.setWidget(self.show_list)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)

        self.host_view = HostView()
        self.last_dialog: QDialog | None = None
        self._build_menus()
        for source in (self.editor.message, self.operator.message, self.feed.message, self.commerce.message):
            source.connect(self.show_message)
        self.server_label = QLabel(server_text)
        self.statusBar().addPermanentWidget(self.server_label)

        studio.shows_changed.connect(self.reload_shows)
        studio.show_opened.connect(self._show_opened)
        studio.state_changed.connect(self._repaint_host)
        studio.tick.connect(self._repaint_host)
        self.reload_shows()
        if studio.show_id is not None:
            self._show_opened(studio.show_id)
        problem = getattr(studio.speaker, "error", None)
        if problem:
            self.show_message(str(problem))

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
        self._action(show, self.tr("New show…"), self.new_show, QKeySequence.StandardKey.New)
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
        for action in self.operator.action_map.values():
            on_air.addAction(action)
        on_air.addSeparator()
        self.mute_action = QAction(self.tr("Mute spoken cues"), self, checkable=True)
        self.mute_action.setShortcut(QKeySequence("Ctrl+M"))
        self.mute_action.setChecked(bool(self.studio.speaker and self.studio.speaker.muted))
        self.mute_action.toggled.connect(self._set_muted)
        on_air.addAction(self.mute_action)

        view = bar.addMenu(self.tr("&View"))
        self._action(view, self.tr("Host view"), self.show_host_view, "F2")
        self._action(view, self.tr("Host view full screen"), self.host_view_full_screen, "Shift+F2")
        self.screen_menu = view.addMenu(self.tr("Host view on screen"))
        self.screen_menu.aboutToShow.connect(self._fill_screens)

        settings = bar.addMenu(self.tr("S&ettings"))
        self._action(settings, self.tr("Comment relays…"), self.edit_relays)
        self._action(settings, self.tr("Banned words…"), self.edit_wordlist)
        self._action(settings, self.tr("Remote access…"), self.edit_remote_access)

        language = bar.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("zh_CN", "中文"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            language.addAction(action)

    def edit_relays(self) -> None:
        self.last_dialog = RelayDialog(self.studio, self)
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
        self.last_dialog = RemoteAccessDialog(feed.data_dir, self)
        self.last_dialog.open()

    def _set_muted(self, muted: bool) -> None:
        if self.studio.speaker is not None:
            self.studio.speaker.muted = muted
        self.show_message(self.tr("Spoken cues muted") if muted else self.tr("Spoken cues on"))

    def _fill_screens(self) -> None:
        self.screen_menu.clear()
        for screen in HostView.screens():
            geo = screen.geometry()
            action = self.screen_menu.addAction(f"{screen.name()} ({geo.width()}×{geo.height()})")
            action.triggered.connect(lambda _=False, s=screen: self._host_on(s))

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

    # ---- shows --------------------------------------------------------------------------------------

    def reload_shows(self) -> None:
        self.show_list.clear()
        for info in self.studio.list_shows():
            status = self.tr(str(STATUS_NAMES.get(info.status, info.status)))
            count = self.tr("%n items", "", info.items)
            item = QListWidgetItem(f"{info.title}\n  {status} · {count}")
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
        try:
            return self.studio.execute(cmd, args or {})
        except CommandError as exc:
            self.show_message(exc.message)
            return None

    def _show_opened(self, show_id: int) -> None:
        self.setWindowTitle(f"LiveDeck — {self.studio.title}")
        self.reload_shows()

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

    def import_products(self, path: str | None = None) -> None:
        if self.studio.show_id is None:
            self.show_message(self.tr("Open or create a show first"))
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import products"), "",
                                                  self.tr("Product sheets (*.csv *.xlsx)"))
        if not path:
            return
        file = Path(path)
        self.show_message(fill(self.tr("Reading %1…"), file.name))
        run_in_thread(lambda: read_products(file), lambda items, err: self._imported(file, items, err))

    def _imported(self, file: Path, items: list[Item] | None, error: BaseException | None) -> None:
        if isinstance(error, ImportFailed):
            self.last_dialog = ImportErrorsDialog(file.name, [f"{file.name}:{e}" for e in error.errors], self)
            self.last_dialog.open()
            self.show_message(self.tr("Import refused: %n bad rows", "", len(error.errors)))
            return
        if error is not None:
            QMessageBox.warning(self, self.tr("Import failed"), f"{file.name}: {error}")
            return
        assert items is not None
        self.editor.model.add_items(items)
        self.show_message(self.tr("Imported %n products", "", len(items)))

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
        self.host_view.close()
        super().closeEvent(event)
