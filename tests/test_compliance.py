"""话术 compliance: what the host will say is checked against the word list when it is written,
at show.start, and before a line reaches the host screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QStyleOptionViewItem

from app.core import compliance as cc
from app.core.triage import load_wordlist
from app.studio.compliance import ComplianceDesk
from app.studio.studio import Studio
from app.ui.runsheet_editor import RunSheetEditor
from app.ui.runsheet_model import COLUMNS

ROOT = Path(__file__).resolve().parents[1]
CHECKER = cc.Checker(load_wordlist(ROOT / "resources" / "wordlists" / "banned_zh.tsv"))
COL = {field: i for i, (field, _h) in enumerate(COLUMNS)}


def words(text: str) -> list[tuple[str, str]]:
    return [(h.word, h.severity) for h in CHECKER.check(text)]


def test_claims_are_found_with_reason_and_rewording() -> None:
    hits = CHECKER.check("这款是全网第一的精华，治愈痘痘，加VX领券")
    assert [(h.word, h.category) for h in hits] == [("全网第一", "absolute"), ("治愈", "medical"),
                                                    ("加VX", "diversion")]
    assert all(h.severity == cc.BLOCK and h.suggestion for h in hits)
    assert "广告法" in hits[0].reason


def test_single_characters_warn_and_everyday_words_pass() -> None:
    assert words("最好用的面霜") == [("最", cc.WARN)]
    assert words("最佳选择") == [("最佳", cc.BLOCK)]  # the longer word, not 最 inside it as well
    assert words("最近很火，最后一单，第一次来的宝宝") == []
    assert words("１００％纯棉") == [("１００％", cc.BLOCK)]  # full-width typed: the original text is marked


def test_show_start_records_a_report_of_flagged_lines(studio: Studio) -> None:
    ComplianceDesk(studio)
    first = studio.state.segments[0].item_id
    studio.execute("runsheet.update", {"item_id": first, "talking_points": "双面呢\n国家级工艺，绝对不起球"})
    studio.execute("show.start")
    rep = studio.snapshot()["compliance"]
    assert rep["summary"]["lines"] == 1 and rep["summary"]["blocking"] == 1
    line = rep["lines"][0]
    assert (line["ref"], line["field"], line["line"]) == (first, "talking_points", "国家级工艺，绝对不起球")
    assert [h["word"] for h in line["hits"]] == ["国家级", "绝对"]
    assert studio.execute("compliance.check", {"text": "最低价"})["blocks"] is False


def test_editor_tints_a_flagged_talking_point_and_explains_it(qtbot, studio: Studio) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack

    ComplianceDesk(studio)
    editor = RunSheetEditor(studio, QUndoStack())
    qtbot.addWidget(editor)
    model = editor.model
    index = model.index(0, COL["talking_points"])
    assert model.setData(index, "无效退款，放心拍", Qt.ItemDataRole.EditRole)
    delegate = editor.table.itemDelegate()
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, index)  # type: ignore[attr-defined]
    assert option.backgroundBrush.color().name() == "#ffc9c9"  # type: ignore[attr-defined]
    tip = delegate.marks.tooltip(index)  # type: ignore[attr-defined]
    assert "无效退款" in tip and "删除承诺" in tip
    clean = model.index(1, COL["talking_points"])
    assert delegate.marks.tooltip(clean) is None  # type: ignore[attr-defined]


@pytest.mark.parametrize(("answer", "sent"), [(QMessageBox.StandardButton.No, False),
                                               (QMessageBox.StandardButton.Yes, True)])
def test_desk_asks_before_a_flagged_message_reaches_the_host(qtbot, monkeypatch, studio: Studio,  # type: ignore[no-untyped-def]
                                                             answer: QMessageBox.StandardButton, sent: bool) -> None:
    from app.studio.host import HostDesk
    from app.ui.operator_panel import OperatorPanel

    ComplianceDesk(studio)
    HostDesk(studio)
    studio.execute("show.start")
    panel = OperatorPanel(studio)
    qtbot.addWidget(panel)
    asked: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        asked.append(box.informativeText())
        return int(answer.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    panel.host_text.setCurrentText("私聊主播加微领券")
    panel.send_message()
    assert asked and "加微" in asked[0]
    assert (studio.snapshot().get("message") is not None) == sent
    panel.host_text.setCurrentText("过款")
    asked.clear()
    panel.send_message()
    assert not asked and studio.snapshot()["message"]["text"] == "过款"
