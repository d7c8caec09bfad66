"""The desktop app: one QApplication, one qasync loop, one Studio, the main window."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.studio.headless import make_runtime, run_loop, start_relays, start_stream
from app.studio.runtime import Runtime
from app.ui.i18n import Translations, choose_language, remember_language, use_emoji_fallback
from app.ui.main_window import MainWindow
from app.ui.settings import saved_relays

log = logging.getLogger(__name__)


class Gui:
    """Owns the main window; rebuilds it when the language changes (all state is in the Studio)."""

    def __init__(self, app: QApplication, runtime: Runtime, lang: str) -> None:
        self.app = app
        self.runtime = runtime
        self.translations = Translations(app)
        self.window: MainWindow | None = None
        self.set_language(lang)

    def server_text(self) -> str:
        s = self.runtime.server
        return f"ws://{s.host}:{s.port}" + (" · LAN" if s.lan else "")

    def set_language(self, lang: str) -> None:
        """Build the window in `lang`; the layout and an open host view carry over (saved, then restored)."""
        self.translations.install(lang)
        self.runtime.studio.execute("app.language", {"lang": lang})
        old = self.window
        if old is not None:
            old.save_layout()
        self.window = MainWindow(self.runtime.studio, lang, self.server_text())
        self.window.overlay_access = (self.runtime.server.port, self.runtime.server.lan, self.runtime.token)
        self.window.language_requested.connect(self._language_requested)
        self.window.closing.connect(self.window.save_layout)
        if old is not None:
            old.closing.disconnect()
            old.host_view.close()
            old.deleteLater()
            old.hide()
        self.window.restore_layout()
        self.window.show()
        self.window.restore_splitters()

    def _language_requested(self, lang: str) -> None:
        remember_language(lang)
        QTimer.singleShot(0, lambda: self.set_language(lang))


def ask_other_data_dir(message: str) -> str | None:
    """The data dir is held by another studio: offer to open another folder (None: give up)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if QGuiApplication.platformName() == "offscreen":
        return None  # nobody to ask
    assert isinstance(app, QApplication)
    box = QMessageBox(QMessageBox.Icon.Warning, "LiveDeck",
                      QCoreApplication.translate("DataDir", "Another LiveDeck studio is using this data folder.")
                      + "\n\n" + message)
    other = box.addButton(QCoreApplication.translate("DataDir", "Open another folder…"),
                          QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not other:
        return None
    path = QFileDialog.getExistingDirectory(None, QCoreApplication.translate("DataDir", "Choose a data folder"))
    return path or None


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("LiveDeck")
    app.setOrganizationName("LiveDeck")
    use_emoji_fallback(app)
    lang = choose_language(args.lang)
    try:
        runtime = make_runtime(args, lang)
    except OSError as exc:
        if QGuiApplication.platformName() != "offscreen":  # a modal box nobody can close would hang
            QMessageBox.critical(None, "LiveDeck", str(exc))
        print(f"livedeck: {exc}", file=sys.stderr)
        return 1
    runtime.open_initial(args.show, demo=args.demo)
    start_relays(runtime, args, saved_relays())
    start_stream(runtime, args)
    gui = Gui(app, runtime, lang)
    app.setQuitOnLastWindowClosed(True)
    rc = run_loop(app, runtime, args.quit_after)
    del gui
    return rc
