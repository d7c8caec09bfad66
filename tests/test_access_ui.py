"""Settings › Remote access shows and rotates the token and keeps the allowed origins; feed health shows
rows the writer had to set aside."""

from __future__ import annotations

import json
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.live.access import ACCESS_FILE, AccessFile
from app.studio.studio import Studio
from app.ui.feed_view import HealthPanel
from app.ui.settings import RemoteAccessDialog
from tests.conftest import comment


def test_token_shown_rotated_and_origins_saved(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = RemoteAccessDialog(tmp_path)
    qtbot.addWidget(dialog)
    first = AccessFile(tmp_path / ACCESS_FILE).token
    assert dialog.token.text() == first
    dialog.rotate()
    assert dialog.token.text() != first
    assert AccessFile(tmp_path / ACCESS_FILE).token == dialog.token.text()  # what the server will check
    dialog.origins.setPlainText("javascript:alert(1)\nhttps://Companion.Example:443")
    dialog.save()
    assert "javascript" in dialog.error.text() and dialog.result() == 0  # nothing saved
    dialog.origins.setPlainText("https://Companion.Example:443\n\nhttp://192.168.1.20:8000")
    dialog.save()
    saved = json.loads((tmp_path / ACCESS_FILE).read_text())
    assert saved["allowed_origins"] == ["http://192.168.1.20:8000", "https://companion.example"]


def test_dead_letters_show_in_feed_health(qtbot, live_studio: Studio) -> None:  # type: ignore[no-untyped-def]
    assert live_studio.feed is not None
    pipeline = live_studio.feed.pipeline
    bad = comment(1)
    bad.extra = {"x": {1, 2}}  # past the edge by a bug: JSON cannot hold a set
    pipeline.writer.put(pipeline.show_id or 0, [bad])  # straight to the writer, as a bug would
    pipeline.accept([comment(2)], "test", time.time())
    assert pipeline.writer.flush(10)
    panel = HealthPanel(live_studio)
    qtbot.addWidget(panel)
    panel.refresh()
    QApplication.processEvents()
    assert "dead letters" in panel.summary.text() and "TypeError" in panel.summary.text()
    assert live_studio.feed_stats()["dead_letters"] == 1
