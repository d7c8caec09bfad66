"""The desk's split-out parts (menus, show list, feed tabs, review pages, commerce boxes) still speak
Chinese: a text's class context moved with it, and a %n text must not fall back to English."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication

from app.studio.commerce import Commerce
from app.studio.studio import Studio
from app.ui.i18n import Translations
from app.ui.main_window import MainWindow
from tests.conftest import ROOT


def test_the_split_desk_speaks_chinese(qtbot, qapp, studio: Studio) -> None:  # type: ignore[no-untyped-def]
    Commerce(studio)
    t = Translations(qapp)
    t.install("zh_CN")
    try:
        w = MainWindow(studio, "zh_CN")
        qtbot.addWidget(w)
        shows = [w.show_list.item(i).text() for i in range(w.show_list.count())]
        assert shows and all("个商品" in s and "items" not in s for s in shows)  # window_shows, a %n text
        menus = [a.text() for m in w.menuBar().actions() if m.menu() for a in m.menu().actions()]
        assert QCoreApplication.translate("WindowMenus", "Keyboard shortcuts") in menus  # window_menus
        assert "快捷键" in menus
        assert [w.feed_tabs.tabText(i) for i in range(2)] == ["评论", "数据源状态"]  # feed_tabs
        assert w.review.summary.horizontalHeaderItem(0).text() == "指标"  # review_pages
        assert w.commerce.sale_status.text() == "还没有秒杀"  # commerce_boxes
        studio.execute("runsheet.update", {"item_id": studio.state.segments[0].item_id, "cart_no": "4"})
        line = str(w.operator.segments.model().index(0, 0).data())  # run_order: the operator panel's texts
        assert "4号链接" in line and "分钟" in line and "Link" not in line and "min)" not in line, line
        w.show_message(w.plural("imported", 3))
        assert w.message_bar.label.text() == "已导入 3 个商品"
    finally:
        t.install("none")


def test_every_catalogue_text_has_its_class_context() -> None:
    """lupdate files a text it cannot place in a class under an empty context, which tr() never asks
    for (a TYPE_CHECKING block inside a class did that to the whole commerce desk)."""
    for lang in ("zh_CN", "en"):
        root = ET.parse(ROOT / "resources" / "i18n" / f"livedeck_{lang}.ts").getroot()
        lost = [m.findtext("source") for c in root.iter("context") if not c.findtext("name")
                for m in c.iter("message")]
        assert lost == [], lost[:5]
