"""The main window's menus, its keys and the settings dialogs they open (a part of MainWindow)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenuBar

from app.core.changes import Change
from app.studio.desk_links import view_token
from app.studio.studio import CommandError
from app.studio.wordlist import wordlist_path
from app.ui.host_view import HostView
from app.ui.settings import OverlayUrlsDialog, RelayDialog, RemoteAccessDialog, WordListDialog
from app.ui.subscribe import subscribe
from app.ui.window_base import WindowBase
from app.ui.window_widgets import ShortcutsDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu


class WindowMenus(WindowBase):
    """Show, Edit, On air, Commerce, View, Settings, Language and Help; Help → Keyboard shortcuts."""

    mute_action: QAction
    screen_menu: QMenu
    language_menu: QMenu

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
        subscribe(self.studio, self, Change.SPEECH, self._speech_changed)  # muted from another desk: the tick follows

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
            token = view_token(feed.data_dir)  # overlays only read: the view link
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

    def _speech_changed(self) -> None:
        if self.studio.speaker is not None:
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

