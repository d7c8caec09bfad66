"""Interface language: system locale by default, --lang and the Language menu override it."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

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
        ours = QTranslator()
        ok = ours.load(str(resources_dir() / "i18n" / f"livedeck_{lang}.qm"))
        if ok:
            self.app.installTranslator(ours)
            self.translators.append(ours)
        return ok
