"""Chinese and English ship, and the catalogue keeps up with the code."""

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from app.studio.studio import Studio
from app.ui.i18n import Translations, resources_dir
from app.ui.main_window import MainWindow
from tests.conftest import ROOT

I18N = resources_dir() / "i18n"


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or ""): m
            for c in root.iter("context") for m in c.findall("message")}


def test_every_chinese_string_is_translated() -> None:
    unfinished = [src for (ctx, src), m in messages(I18N / "livedeck_zh_CN.ts").items()
                  if m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert unfinished == []


def test_catalogue_has_every_string_in_the_code(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (ROOT / "app").rglob("*.py") if "migrations" not in p.parts)
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(ROOT / ".venv/bin/pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    missing = set(messages(fresh)) - set(messages(I18N / "livedeck_zh_CN.ts"))
    assert not missing, f"run scripts/update-translations.sh and translate: {sorted(missing)[:5]}"


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_compiled_catalogues_load(qapp, lang: str) -> None:  # type: ignore[no-untyped-def]
    t = Translations(qapp)
    assert t.install(lang)
    expected = "排品单" if lang == "zh_CN" else "Run-sheet"
    assert QCoreApplication.translate("MainWindow", "Run-sheet") == expected
    t.install("none")


def test_main_window_speaks_chinese(qtbot, qapp, studio: Studio) -> None:  # type: ignore[no-untyped-def]
    t = Translations(qapp)
    t.install("zh_CN")
    try:
        w = MainWindow(studio, "zh_CN")
        qtbot.addWidget(w)
        assert w.tabs.tabText(0) == "排品单"
        assert w.editor.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "商品"
        assert "个商品" in w.editor.totals.text()
    finally:
        t.install("none")


def test_language_menu_switches_the_running_app(qtbot, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from app.studio.runtime import Runtime
    from app.ui.application import Gui
    from app.ui.i18n import choose_language

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    runtime = Runtime(tmp_path / "data", port=0, speech=False)
    runtime.start()
    try:
        runtime.open_initial(demo=True)
        gui = Gui(qapp, runtime, "en")
        assert gui.window is not None and gui.window.tabs.tabText(0) == "Run-sheet"
        zh = next(a for m in gui.window.menuBar().actions() if m.menu()
                  for a in m.menu().actions() if a.text() == "中文")
        zh.trigger()
        qtbot.waitUntil(lambda: gui.window is not None and gui.window.tabs.tabText(0) == "排品单", timeout=3000)
        assert runtime.studio.lang == "zh_CN" and choose_language(None) == "zh_CN"  # remembered
        assert choose_language("en") == "en"  # --lang still wins
        gui.window.close()
    finally:
        Translations(qapp).install("none")
        runtime.shutdown()
