"""The poll desk and the Q&A queue, driven as the assistant would (offscreen)."""

from __future__ import annotations

import time

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.studio.commerce import Commerce
from app.studio.polls import Polls
from app.studio.questions import Questions
from app.studio.studio import Studio
from app.ui.poll_panel import PollPanel
from app.ui.questions_panel import QuestionsPanel
from app.ui.settings import OverlayUrlsDialog
from tests.conftest import comment


def feed(studio: Studio, *comments: object) -> None:
    assert studio.feed is not None
    studio.feed.pipeline.accept(list(comments), "test", time.time())  # type: ignore[arg-type]
    studio.feed.drain()


def test_poll_panel_opens_shows_bars_and_warns(qtbot: QtBot, live_studio: Studio, monkeypatch: object) -> None:
    Commerce(live_studio)
    Polls(live_studio)
    panel = PollPanel(live_studio)
    qtbot.addWidget(panel)
    messages: list[str] = []
    panel.message.connect(messages.append)
    assert not panel.open_button.isEnabled()  # not on air yet
    live_studio.execute("show.start")
    live_studio.execute("lottery.open", {"prize": "围巾", "keyword": "扣2", "duration_s": 300})
    panel.question.setText("下一个讲哪个?")
    panel.option_edits[0].setText("围巾")
    panel.option_edits[1].setText("保温杯")
    panel.keyword_edits[1].setText("杯子， 水杯")
    panel.duration.setValue(0)
    panel.open_button.click()
    assert live_studio.snapshot()["poll"]["options"][1]["text"] == "保温杯"
    assert "扣2" in panel.warning.text() and messages  # the desk warns: 扣2 votes also enter the lottery
    feed(live_studio, comment(1, "1", user="a"), comment(2, "水杯", user="b"), comment(3, "杯子", user="c"))
    panel.refresh()
    assert [b.value() for b in panel.bars[:2]] == [333, 667] and panel.bars[1].text().startswith("2. 保温杯 — 2")
    assert not panel.bars[2].isVisible() and not panel.open_button.isEnabled()
    assert "3" in panel.status.text()
    panel.close_button.click()
    assert live_studio.snapshot()["poll"]["status"] == "closed" and panel.open_button.isEnabled()
    assert panel.warning.text() == ""  # no poll running: nothing to warn about


def test_a_lottery_opened_during_a_poll_warns_too(qtbot: QtBot, live_studio: Studio) -> None:
    Commerce(live_studio)
    Polls(live_studio)
    panel = PollPanel(live_studio)
    qtbot.addWidget(panel)
    live_studio.execute("show.start")
    live_studio.execute("poll.open", {"question": "q", "options": ["红", "蓝"]})
    assert panel.warning.text() == ""
    live_studio.execute("lottery.open", {"prize": "围巾", "keyword": "", "duration_s": 300})
    assert panel.warning.text() != ""  # any comment enters the lottery: every vote too


def test_questions_panel_marks_and_shows(qtbot: QtBot, live_studio: Studio) -> None:
    Questions(live_studio)
    panel = QuestionsPanel(live_studio)
    qtbot.addWidget(panel)
    live_studio.execute("show.start")
    feed(live_studio, comment(1, "有没有大码？"), comment(2, "好看"), comment(3, "有没有大码"), comment(4, "怎么买"))
    panel.repaint_queue()
    assert panel.model.rowCount() == 2
    assert panel.model.data(panel.model.index(0, 1)) == "怎么买"
    assert panel.model.data(panel.model.index(1, 0)) == 2 and panel.model.data(panel.model.index(1, 2)) == "羊毛大衣"
    panel.table.selectRow(1)
    panel.show_button.click()
    assert live_studio.snapshot()["question"]["text"] == "有没有大码？"
    assert panel.model.data(panel.model.index(1, 1)) == "▶ 有没有大码？"  # marked as on the host view
    assert any("有没有大码" in b and "×2" in b for b in live_studio.snapshot()["banners"])  # on the host view
    panel.answer_button.click()
    assert live_studio.snapshot()["question"] is None
    assert [panel.model.data(panel.model.index(r, 1)) for r in range(panel.model.rowCount())] == ["怎么买"]
    assert "1" in panel.counts.text()
    panel.filter.setCurrentIndex(1)  # answered
    assert panel.model.rowCount() == 1


def test_overlay_addresses_with_copy_buttons(qtbot: QtBot) -> None:
    local = OverlayUrlsDialog(8765)
    qtbot.addWidget(local)
    assert local.urls[0] == "http://127.0.0.1:8765/overlay/timer" and len(local.urls) == 8
    local.copy(local.urls[5])
    assert QGuiApplication.clipboard().text() == "http://127.0.0.1:8765/overlay/poll"
    lan = OverlayUrlsDialog(9000, lan=True, token="t0k-long-enough")
    qtbot.addWidget(lan)
    assert lan.urls[5] == "http://127.0.0.1:9000/overlay/poll?token=t0k-long-enough"
    assert all(u.endswith("?token=t0k-long-enough") for u in lan.urls)  # in LAN mode every page needs it


def test_cancelling_asks_first(qtbot: QtBot, live_studio: Studio, monkeypatch: object) -> None:
    Polls(live_studio)
    panel = PollPanel(live_studio)
    qtbot.addWidget(panel)
    live_studio.execute("show.start")
    live_studio.execute("poll.open", {"question": "q", "options": ["a", "b"]})
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)  # type: ignore[attr-defined]
    panel.cancel_button.click()
    assert live_studio.snapshot()["poll"] is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)  # type: ignore[attr-defined]
    panel.cancel_button.click()
    assert live_studio.snapshot()["poll"] is None
