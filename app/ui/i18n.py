"""Interface language: system locale by default, --lang and the Language menu override it."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

LANGUAGES = ("zh_CN", "en")


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)  # inside a PyInstaller bundle
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def choose_language(cli_lang: str | None) -> str:
    if cli_lang in LANGUAGES:
        return cli_lang
    saved = QSettings("LiveDeck", "LiveDeck").value("language", "")
    if saved in LANGUAGES:
        return str(saved)
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def remember_language(lang: str) -> None:
    QSettings("LiveDeck", "LiveDeck").setValue("language", lang)


class Translations:
    """Holds the installed translators so the language can change while the app runs."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.translators: list[QTranslator] = []

    def install(self, lang: str) -> bool:
        for t in self.translators:
            self.app.removeTranslator(t)
        self.translators = []
        # Qt's own strings first (Yes/No/OK/Cancel, the file dialog, a line edit's context menu), then ours.
        qt = QTranslator()
        if lang != "en" and qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self.app.installTranslator(qt)
            self.translators.append(qt)
        ours = QTranslator()
        ok = ours.load(str(resources_dir() / "i18n" / f"livedeck_{lang}.qm"))
        if ok:
            self.app.installTranslator(ours)
            self.translators.append(ours)
        return ok


EMOJI_FAMILIES = ("Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji")


def use_emoji_fallback(app: QGuiApplication) -> str | None:
    """Tell Qt which colour emoji font to fall back to, so ⏰ 🎉 💬 never draw as empty boxes.

    Not by adding it to the UI font's families: the emoji font also has digits, and a family list
    would draw "12:00" with them.
    """
    del app  # the font database is process-wide; the argument says a GUI application must exist
    families = set(QFontDatabase.families())
    emoji = next((f for f in EMOJI_FAMILIES if f in families), None)
    if emoji is not None:
        QFontDatabase.setApplicationEmojiFontFamilies([emoji])
    return emoji
