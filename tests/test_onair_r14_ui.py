"""The on-air keys the desk advertises, pressed where the host's people press them (round 14)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.studio.studio import Studio
from app.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _active(qtbot: Any, w: QWidget) -> None:
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.windowHandle().requestActivate()  # shortcuts reach only the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=3000)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_advertised_keys_work_from_the_host_view_window(qtbot: Any, studio: Studio) -> None:
    w = MainWindow(studio, "en")
    qtbot.addWidget(w)
    _active(qtbot, w)
    qtbot.keyClick(w, Qt.Key.Key_F5)
    w.show_host_view()
    hv = w.host_view
    _active(qtbot, hv)
    qtbot.keyClick(hv, Qt.Key.Key_PageDown, CTRL)
    assert studio.state.current_index == 1
    qtbot.keyClick(hv, Qt.Key.Key_F6)
    assert studio.state.paused_at is not None
    qtbot.keyClick(hv, Qt.Key.Key_F6)
    assert studio.state.paused_at is None
    qtbot.keyClick(hv, Qt.Key.Key_Equal, CTRL)
    assert studio.state.added_s == 60
    qtbot.keyClick(hv, Qt.Key.Key_Minus, CTRL)
    assert studio.state.added_s == 0
    qtbot.keyClick(hv, Qt.Key.Key_PageUp, CTRL)
    assert studio.state.current_index == 0


def test_every_on_air_key_says_its_key_in_its_tooltip(qtbot: Any, studio: Studio) -> None:
    w = MainWindow(studio, "en")
    qtbot.addWidget(w)
    for key, action in w.operator.action_map.items():
        seq = action.shortcut().toString()
        assert seq and seq in action.toolTip().replace("PgDown", "PgDown"), (key, seq, action.toolTip())
