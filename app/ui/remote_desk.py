"""`livedeck --connect ws://HOST:PORT --token T`: the desk's window against a studio elsewhere.

The same MainWindow and panels as on the studio's own PC, over a RemoteStudio: every action is a
command on the studio's control socket, and the window says when the link is down (it reconnects
and catches up by itself)."""

from __future__ import annotations

import argparse
import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from app.core.text import fill
from app.studio.remote import RemoteStudio
from app.ui.i18n import Translations, choose_language, use_emoji_fallback
from app.ui.main_window import MainWindow
from app.usage import UsageError


def check_url(url: str) -> str:
    if not url.startswith(("ws://", "wss://")):
        raise UsageError(f"--connect {url}: give the studio's address as ws://HOST:PORT")
    return url


def link_status(studio: RemoteStudio) -> str:
    """The status bar's line: connected, reconnecting, or why the studio refused this desk (a desk with an
    old token said "reconnecting…" for ever, while its tries locked its address out)."""
    if studio.connected:
        return QApplication.translate("RemoteDesk", "Connected to the studio")
    if studio.refused and studio.refused_final:
        return fill(QApplication.translate(
            "RemoteDesk", "The studio refused this desk (%1): start it again with the studio's current token "
                          "(livedeck token, on the studio's PC)"), studio.refused)
    if studio.refused:
        return fill(QApplication.translate(
            "RemoteDesk", "The studio refused the connection (%1): trying again…"), studio.refused)
    return QApplication.translate("RemoteDesk", "Not connected to the studio: reconnecting…")


def run_remote_desk(args: argparse.Namespace) -> int:
    url = check_url(args.connect)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("LiveDeck")
    app.setOrganizationName("LiveDeck")
    use_emoji_fallback(app)
    lang = choose_language(args.lang)
    translations = Translations(app)
    translations.install(lang)
    studio = RemoteStudio(url, args.token or "", lang)
    studio.start()
    window = MainWindow(studio, lang, fill(QApplication.translate("RemoteDesk", "%1 · second desk"), url))
    studio.link_changed.connect(lambda _up: window.statusBar().showMessage(link_status(studio)))
    gap = QLabel()  # what the studio's stream left out under a flood: the feed is not the whole chat
    window.statusBar().addPermanentWidget(gap)
    studio.comments.gap.connect(lambda n: gap.setText(fill(QApplication.translate(
        "RemoteDesk", "%1 comments not shown here (too many at once)"), n)))
    window.show()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: QTimer.singleShot(0, app.quit))
    heartbeat = QTimer()
    heartbeat.start(200)
    heartbeat.timeout.connect(lambda: None)
    if args.quit_after is not None:
        QTimer.singleShot(int(args.quit_after * 1000), app.quit)
    try:
        app.exec()
    finally:
        studio.stop()
        window.host_view.close()
    return 0
